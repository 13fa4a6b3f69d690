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
    /// for that partner. Overrides and eligibility outcomes are not part of a workspace: add them with
    /// <c>with</c>.
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <returns>The histories, in the order of <see cref="Workspace.Partnerships"/>.</returns>
    public static IReadOnlyList<PartnershipHistory> FromWorkspace(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var byPartner = workspace.Interactions.ToLookup(i => i.Partner);
        return ValueList<PartnershipHistory>.Wrap(
            workspace.Partnerships.Select(p => new PartnershipHistory { Partnership = p, Interactions = [.. byPartner[p.Partner]] }).ToArray());
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
