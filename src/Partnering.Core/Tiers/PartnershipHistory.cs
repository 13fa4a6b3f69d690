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
    /// Whether the ladder's affiliate step (<see cref="TierLadder.AffiliateInterestFrom"/>) applies to this
    /// partnership. Seed 004: an Affiliate is a group that supports an electoral team's national body's
    /// candidates, so <c>FromWorkspace</c> sets it only where the chapter is
    /// <see cref="ChapterKind.Electoral"/> and the partner is an independent group or a local chapter
    /// that may support candidates: not an individual, not a 501(c)(3), and not a party, a campaign, an
    /// electoral committee, a government office, a media outlet or a business. <see langword="true"/> by
    /// default, for a history built by hand.
    /// </summary>
    public bool MayBecomeAffiliate { get; init; } = true;

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
    /// and tier overrides, plus the evidence of its collaboration section as of <paramref name="asOf"/>:
    /// the one-on-ones held with the partner, and the coalition tables' meetings attended together and
    /// actions agreed, kept or dropped (<see cref="Collaboration.CoalitionTables.ToInteractions"/>).
    /// Each counts once: a one-on-one or table meeting the workspace already records as an interaction
    /// with that partner on that day, or an agreed action it already records as a commitment, is not
    /// counted again. No eligibility outcome is attached; see
    /// <see cref="FromWorkspace(Workspace, DateOnly, IEligibilityEvaluator, PartnerDirectory)"/>.
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="asOf">The day of the question; later one-on-ones, table meetings and deliveries are left out.</param>
    /// <returns>The histories, in the order of <see cref="Workspace.Partnerships"/>.</returns>
    public static IReadOnlyList<PartnershipHistory> FromWorkspace(Workspace workspace, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Build(workspace, WithCollaboration(workspace, asOf));
    }

    /// <summary>
    /// The histories of <see cref="FromWorkspace(Workspace, DateOnly)"/>, each carrying the eligibility
    /// outcomes <paramref name="policy"/> gives the partnership (<see cref="EngagementKind.Partnership"/>)
    /// on the days that matter: the first day of its history, each day the partner's facts change
    /// (an office begins or ends, a candidacy is declared or withdrawn, election day and the day after)
    /// and <paramref name="asOf"/>. A record is kept only where the outcome changes, with the deciding
    /// rules as its reason, so a Forbid holds the partnership and its standing says why.
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <param name="policy">The chapter's compiled eligibility policy.</param>
    /// <param name="directory">The workspace's directory (<see cref="PartnerDirectory.From(Workspace)"/>).</param>
    /// <returns>The histories, in the order of <see cref="Workspace.Partnerships"/>.</returns>
    public static IReadOnlyList<PartnershipHistory> FromWorkspace(Workspace workspace, DateOnly asOf, IEligibilityEvaluator policy, PartnerDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(directory);
        var histories = Build(workspace, WithCollaboration(workspace, asOf));
        var result = new PartnershipHistory[histories.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var history = histories[i];
            result[i] = history with { Eligibility = EligibilityOver(history, asOf, policy, directory) };
        }

        return ValueList<PartnershipHistory>.Wrap(result);
    }

    /// <summary>The outcomes of the partnership question on the days that matter, kept where they change.</summary>
    internal static IReadOnlyList<EligibilityRecord> EligibilityOver(PartnershipHistory history, DateOnly asOf, IEligibilityEvaluator policy, PartnerDirectory directory)
    {
        var partner = history.Partnership.Partner;
        var first = history.IdentifiedOn ?? asOf;
        foreach (var x in history.Interactions)
        {
            first = x.Date < first ? x.Date : first;
        }

        foreach (var o in history.Partnership.Owners)
        {
            first = o.Since < first ? o.Since : first;
        }

        foreach (var o in history.Overrides)
        {
            first = o.Date < first ? o.Date : first;
        }

        first = first > asOf ? asOf : first;
        var days = new SortedSet<DateOnly> { first, asOf };
        if (directory.FindPartner(partner) is Individual person)
        {
            foreach (var office in person.Offices)
            {
                AddDays(days, office.Since, 0);
                AddDays(days, office.Until, 1);
            }

            foreach (var candidacy in person.Candidacies)
            {
                AddDays(days, candidacy.Declared, 0);
                AddDays(days, candidacy.ElectionDay, 1);
                AddDays(days, candidacy.Withdrawn, 0);
            }
        }

        var records = new List<EligibilityRecord>();
        EligibilityOutcome? last = null;
        foreach (var day in days.GetViewBetween(first, asOf))
        {
            var engagement = new Engagement { Kind = EngagementKind.Partnership, Partners = [partner], Date = day };
            var outcome = policy.Decide(directory, engagement);
            if (outcome == last)
            {
                continue;
            }

            last = outcome;
            var decision = policy.Explain(directory, engagement);
            var reason = decision.DecidingRules.Count == 0
                ? null
                : string.Join("; ", decision.DecidingRules.Select(r => $"{r.RuleId}: {r.Error ?? r.Reason}"));
            records.Add(new EligibilityRecord { Date = day, Outcome = outcome, Reason = reason });
        }

        return ValueList<EligibilityRecord>.Wrap([.. records]);
    }

    private static void AddDays(SortedSet<DateOnly> days, PartialDate? date, int after)
    {
        if (date is not { } d)
        {
            return;
        }

        days.Add(d.Earliest);
        days.Add(d.Latest);
        if (after > 0 && d.Latest < DateOnly.MaxValue)
        {
            days.Add(d.Latest.AddDays(after));
        }
    }

    /// <summary>The workspace's interactions, then the collaboration section's evidence it does not already record.</summary>
    private static List<Interaction> WithCollaboration(Workspace workspace, DateOnly asOf)
    {
        var interactions = new List<Interaction>(workspace.Interactions);
        if (workspace.Collaboration is not { } collaboration)
        {
            return interactions;
        }

        // What the workspace records already: a meeting or one-on-one with a partner on a day, a commitment by description.
        var met = new HashSet<(PartyId, DateOnly)>();
        var committed = new HashSet<(PartyId, DateOnly, string)>();
        foreach (var x in workspace.Interactions)
        {
            if (x.Kind is InteractionKind.Meeting or InteractionKind.OneOnOne)
            {
                met.Add((x.Partner, x.Date));
            }

            if (x.Commitment is { } c)
            {
                committed.Add((x.Partner, x.Date, c.Description));
            }
        }

        foreach (var oneOnOne in collaboration.OneOnOnes)
        {
            if (oneOnOne.Date <= asOf && met.Add((oneOnOne.Partner, oneOnOne.Date)))
            {
                interactions.Add(new Interaction
                {
                    Kind = InteractionKind.OneOnOne,
                    Date = oneOnOne.Date,
                    Partner = oneOnOne.Partner,
                    Participants = oneOnOne.HeldBy is { } by ? [by] : [],
                    Summary = $"One-on-one {oneOnOne.Id}.",
                });
            }
        }

        foreach (var table in collaboration.Tables)
        {
            foreach (var x in Collaboration.CoalitionTables.ToInteractions(table, workspace.Chapter.Id, asOf))
            {
                var fresh = x.Commitment is { } c
                    ? committed.Add((x.Partner, x.Date, c.Description))
                    : met.Add((x.Partner, x.Date));
                if (fresh)
                {
                    interactions.Add(x);
                }
            }
        }

        return interactions;
    }

    private static ValueList<PartnershipHistory> Build(Workspace workspace, IEnumerable<Interaction> interactions)
    {
        var byPartner = interactions.ToLookup(i => i.Partner);
        var overrides = workspace.TierOverrides.ToLookup(o => o.Partner, o => o.Override);
        var partners = workspace.Partners.ToLookup(p => p.Id);
        var electoral = workspace.Chapter.Kind == ChapterKind.Electoral;
        return ValueList<PartnershipHistory>.Wrap(
            workspace.Partnerships.Select(p => new PartnershipHistory
            {
                Partnership = p,
                Interactions = [.. byPartner[p.Partner]],
                Overrides = [.. overrides[p.Partner]],
                MayBecomeAffiliate = electoral && partners[p.Partner].FirstOrDefault() is Organization { TaxStatus: not TaxStatus.Charity501C3 } group && MayBeAnAffiliate(group.Kind),
            }).ToArray());
    }

    /// <summary>
    /// Whether a body of this kind may be an Affiliate: an independent group or a local chapter of another
    /// progressive organization (seed 004), not a party, a campaign, an electoral committee, a government
    /// office, a media outlet or a business.
    /// </summary>
    private static bool MayBeAnAffiliate(OrganizationKind kind)
        => kind is not (OrganizationKind.PoliticalParty or OrganizationKind.PartyClub or OrganizationKind.CandidateCampaign
            or OrganizationKind.ElectoralCommittee or OrganizationKind.GovernmentOffice or OrganizationKind.MediaOutlet or OrganizationKind.Business);

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
    public IReadOnlyDictionary<string, System.Text.Json.JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
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
