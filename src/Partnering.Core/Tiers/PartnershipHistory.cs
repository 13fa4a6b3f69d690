using System;
using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;

namespace Partnering.Core.Tiers;

/// <summary>
/// Everything dated that decides a partnership's tier: the partnership (owners and their handoffs,
/// flags), its interactions, manual overrides and the partner's eligibility outcomes over time. The
/// tier is a pure fold of this history: the same history gives the same tier at any date.
/// </summary>
public sealed record PartnershipHistory
{
    /// <summary>The partnership: partner, owner assignments, affiliate and coalition flags.</summary>
    public required Partnership Partnership { get; init => field = Guard.NotNull(value); }

    /// <summary>Interactions with the partner, in any order; interactions with another partner are ignored.</summary>
    public IReadOnlyList<Interaction> Interactions { get; init => field = Guard.List(value); } = ValueList<Interaction>.Empty;

    /// <summary>Manual tier decisions, in any order; those on the same day apply in list order.</summary>
    public IReadOnlyList<TierOverride> Overrides { get; init => field = Guard.List(value); } = ValueList<TierOverride>.Empty;

    /// <summary>The partner's eligibility outcomes, each in force from its date until the next one.</summary>
    public IReadOnlyList<EligibilityRecord> Eligibility { get; init => field = Guard.List(value); } = ValueList<EligibilityRecord>.Empty;

    /// <summary>When the partner was identified as a prospect, if known; otherwise the first dated entry starts the partnership.</summary>
    public DateOnly? IdentifiedOn { get; init; }

    /// <summary>
    /// One history per partnership of <paramref name="workspace"/>, with the workspace's interactions
    /// and tier overrides for that partner. Eligibility outcomes are not part of a workspace: add them
    /// with <c>with</c>. To count the coalition tables' follow-through too, use
    /// <see cref="FromWorkspace(Workspace, DateOnly)"/>.
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <returns>The histories, in the order of <see cref="Workspace.Partnerships"/>.</returns>
    public static IReadOnlyList<PartnershipHistory> FromWorkspace(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Build(workspace, workspace.Interactions);
    }

    /// <summary>
    /// One history per partnership of <paramref name="workspace"/>, with the workspace's interactions
    /// and tier overrides, plus the evidence of its coalition tables as of <paramref name="asOf"/>
    /// (<see cref="Collaboration.CoalitionTables.ToInteractions"/>: meetings attended together and
    /// actions agreed, kept or dropped). An interaction the workspace already records is not counted twice.
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="asOf">The day of the question; later table meetings and deliveries are left out.</param>
    /// <returns>The histories, in the order of <see cref="Workspace.Partnerships"/>.</returns>
    public static IReadOnlyList<PartnershipHistory> FromWorkspace(Workspace workspace, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var interactions = new List<Interaction>(workspace.Interactions);
        var seen = new HashSet<Interaction>(workspace.Interactions);
        foreach (var table in workspace.Collaboration?.Tables ?? [])
        {
            interactions.AddRange(Collaboration.CoalitionTables.ToInteractions(table, workspace.Chapter.Id, asOf).Where(seen.Add));
        }

        return Build(workspace, interactions);
    }

    private static ValueList<PartnershipHistory> Build(Workspace workspace, IEnumerable<Interaction> interactions)
    {
        var byPartner = interactions.ToLookup(i => i.Partner);
        var overrides = workspace.TierOverrides.ToLookup(o => o.Partner, o => o.Override);
        return ValueList<PartnershipHistory>.Wrap(
            workspace.Partnerships.Select(p => new PartnershipHistory
            {
                Partnership = p,
                Interactions = [.. byPartner[p.Partner]],
                Overrides = [.. overrides[p.Partner]],
            }).ToArray());
    }

    /// <summary>A short text form for test output.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{Partnership.Partner}: {Interactions.Count} interactions, {Overrides.Count} overrides, {Eligibility.Count} eligibility outcomes, {Partnership.Owners.Count} owners";
}

/// <summary>A manual tier decision (up or down), with who decided and why. It is recorded like any move.</summary>
public sealed record TierOverride
{
    /// <summary>The day it takes effect.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The tier the partnership is set to.</summary>
    public required string Tier { get; init => field = Guard.NotBlank(value); }

    /// <summary>Why.</summary>
    public required string Reason { get; init => field = Guard.NotBlank(value); }

    /// <summary>Who decided (a member).</summary>
    public required PartyId DecidedBy { get; init; }
}

/// <summary>
/// A manual tier decision as a workspace records it: the <see cref="TierOverride"/> and the partner
/// whose partnership it applies to.
/// </summary>
public sealed record PartnershipTierOverride
{
    /// <summary>The partner of the partnership the decision applies to.</summary>
    public required PartyId Partner { get; init; }

    /// <summary>The decision.</summary>
    public required TierOverride Override { get; init => field = Guard.NotNull(value); }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, System.Text.Json.JsonElement> UnknownFields { get; init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>The partner's eligibility outcome, in force from <see cref="Date"/> until the next record.</summary>
public sealed record EligibilityRecord
{
    /// <summary>From when.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The outcome.</summary>
    public required EligibilityOutcome Outcome { get; init; }

    /// <summary>Why, in words (e.g. the rule that decided).</summary>
    public string? Reason { get; init; }
}
