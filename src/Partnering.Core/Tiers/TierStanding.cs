using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;

namespace Partnering.Core.Tiers;

/// <summary>
/// Where a partnership stands on the ladder on a date, and why: its tier and since when, every move
/// with its reason, whether it is at risk, and what the next step needs.
/// </summary>
public sealed record TierStanding
{
    /// <summary>The partner.</summary>
    public required PartyId Partner { get; init; }

    /// <summary>The day of the question.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The current tier's name.</summary>
    public required string Tier { get; init; }

    /// <summary>The current tier's position on the ladder, 0 for the lowest.</summary>
    public required int Level { get; init; }

    /// <summary>Since when the partnership stands at <see cref="Tier"/>; <see langword="null"/> when its history has no dated entry yet.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Every move, up or down, in date order, each with its reason.</summary>
    public IReadOnlyList<TierTransition> Transitions { get; init => field = Guard.List(value); } = ValueList<TierTransition>.Empty;

    /// <summary>Whether the partnership is at risk from silence.</summary>
    public bool AtRisk { get; init; }

    /// <summary>Why it is at risk, or <see langword="null"/>.</summary>
    public string? RiskReason { get; init; }

    /// <summary>The last interaction with the partner on or before <see cref="AsOf"/>, if any.</summary>
    public DateOnly? LastInteraction { get; init; }

    /// <summary>The day silence would move it down one tier if nothing happens before, or <see langword="null"/> when decay cannot move it.</summary>
    public DateOnly? MovesDownOn { get; init; }

    /// <summary>
    /// The step to the next tier, with each criterion met or unmet; <see langword="null"/> at the top tier.
    /// While the partner's eligibility outcome is <see cref="EligibilityOutcome.Forbid"/> the step suggests
    /// no actions: nothing should deepen a partnership the policy forbids (issue-advocacy chapters may not
    /// coordinate with a party club or a candidate who is running, seed 000).
    /// A standing from a progression keeps only the numbers behind it and works it out on each read
    /// (every read gives an equal object), so long lists of standings stay small; read it once into a
    /// local when you use it several times.
    /// </summary>
    public TierReadiness? Next
    {
        get => field ?? (PendingStep is { } step && Pending is { } pending ? TierReadiness.Of(step, pending.Build(), held: Eligibility == EligibilityOutcome.Forbid) : null);
        init
        {
            field = value;
            PendingStep = null;
            Pending = null;
        }
    }

    /// <summary>For a standing a progression made: the next step, whose readiness <see cref="Next"/> builds; cleared when <see cref="Next"/> is set.</summary>
    internal TierStep? PendingStep { get; init; }

    /// <summary>For a standing a progression made: the numbers the next step's check is built from.</summary>
    internal PendingCheck? Pending { get; init; }

    /// <summary>The partner's eligibility outcome in force, if one is recorded.</summary>
    public EligibilityOutcome? Eligibility { get; init; }

    /// <summary>Whether the partner is an affiliate (a flag beside the tier, not a tier).</summary>
    public bool Affiliate { get; init; }

    /// <summary>Whether the partner is a coalition member (a flag beside the tier, not a tier).</summary>
    public bool CoalitionMember { get; init; }

    /// <summary>
    /// The "ally by choice" decision in force (seed 004: not the best fit for more, but still allies), or
    /// <see langword="null"/>. While it is in force <see cref="Next"/> is <see langword="null"/> (no next step
    /// is proposed or taken) and silence never moves the partnership below Learning.
    /// </summary>
    public AllyChoice? AllyByChoice { get; init; }

    /// <summary>Where the partner is on the affiliate path (seed 004): information shared, interest registered, affiliate; with the next step when one is due.</summary>
    public AffiliateProgress Affiliation => AffiliateProgress.Of(this);

    /// <summary>What <see cref="Affiliation"/> is worked out from.</summary>
    internal AffiliateDays AffiliateDays { get; init; } = AffiliateDays.None;

    /// <summary>The standing in words: tier, since when, flags, risk, moves and what the next step needs.</summary>
    /// <returns>Several lines of text.</returns>
    public string Explain()
    {
        var b = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"{Partner}: {Tier}");
        b.Append(Since is { } since ? string.Create(inv, $" since {since:yyyy-MM-dd}") : " (no history yet)");
        b.Append(inv, $", as of {AsOf:yyyy-MM-dd}");
        if (Affiliate)
        {
            b.Append(", affiliate");
        }

        if (CoalitionMember)
        {
            b.Append(", coalition member");
        }

        if (AllyByChoice is not null)
        {
            b.Append(", ally by choice");
        }

        b.AppendLine();
        if (AtRisk)
        {
            b.Append("  At risk: ").AppendLine(RiskReason);
        }

        foreach (var t in Transitions)
        {
            b.Append("  ").AppendLine(t.ToString());
        }

        if (Eligibility == EligibilityOutcome.Forbid)
        {
            b.Append(inv, $"  Held at {Tier}: the partner's eligibility outcome is forbid, so the partnership neither moves up nor slips back while it is.").AppendLine();
        }

        if (Next is { } next)
        {
            b.Append(inv, $"  Next: {next.To} ({(next.Ready ? "ready" : "not yet")})").AppendLine();
            foreach (var c in next.Met)
            {
                b.Append("    met: ").AppendLine(c.Description);
            }

            foreach (var c in next.Unmet)
            {
                b.Append("    missing: ").AppendLine(c.Description);
            }

            foreach (var a in next.NextActions)
            {
                b.Append("    try: ").AppendLine(a);
            }
        }
        else if (AllyByChoice is { } ally)
        {
            b.Append(inv, $"  Ally by choice since {ally.Date:yyyy-MM-dd}: {ally.Reason}. No next step is proposed.").AppendLine();
        }
        else
        {
            b.AppendLine("  At the top of the ladder.");
        }

        if (Affiliation.Suggestion is { } affiliate)
        {
            b.Append("  Affiliate: ").AppendLine(affiliate);
        }

        return b.ToString();
    }

    /// <summary>The first line of <see cref="Explain"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Explain().Split(Environment.NewLine)[0];

    /// <summary>Equal when every public value is equal, <see cref="Next"/> included (compared by value, however it was made).</summary>
    /// <param name="other">The other standing.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(TierStanding? other)
        => ReferenceEquals(this, other)
            || (other is not null && Partner == other.Partner && AsOf == other.AsOf && Tier == other.Tier && Level == other.Level
                && Since == other.Since && Transitions.Equals(other.Transitions) && AtRisk == other.AtRisk
                && RiskReason == other.RiskReason && LastInteraction == other.LastInteraction && MovesDownOn == other.MovesDownOn
                && Eligibility == other.Eligibility && Affiliate == other.Affiliate && CoalitionMember == other.CoalitionMember
                && AllyByChoice == other.AllyByChoice && AffiliateDays == other.AffiliateDays && Equals(Next, other.Next));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Partner, AsOf, Tier, Level, Since, AtRisk, Transitions.Count);
}

/// <summary>How a partnership moved.</summary>
public enum TierMoveKind
{
    /// <summary>One step up: the step's criteria held.</summary>
    StepUp,

    /// <summary>One step down after a long silence.</summary>
    Decay,

    /// <summary>
    /// Moved down because the partner's eligibility outcome is Forbid: to the ladder's hold tier, or, on a
    /// ladder without one, back to the tier it stood at when the Forbid came into force (after an override up).
    /// </summary>
    Forbidden,

    /// <summary>A manual decision, with who decided and why.</summary>
    Override,

    /// <summary>One step up taken early on strong evidence: the step's faster criterion held (see <see cref="TierStep.Faster"/>); the move carries the ladder's reason.</summary>
    FasterStep,
}

/// <summary>One move of a partnership on the ladder, with its reason and the evidence that allowed it.</summary>
public sealed record TierTransition
{
    /// <summary>The day of the move.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The tier before.</summary>
    public required string From { get; init; }

    /// <summary>The tier after.</summary>
    public required string To { get; init; }

    /// <summary>What kind of move.</summary>
    public required TierMoveKind Kind { get; init; }

    /// <summary>
    /// Why, in words. For a step up, when none is given: the evidence that allowed it, with the numbers;
    /// for a faster step, the ladder's reason for moving quickly, then the evidence.
    /// </summary>
    public string Reason
    {
        get => field ?? (Check is null ? string.Empty
            : FasterReason is { } faster ? $"{From} -> {To} early, {faster}: " + string.Join("; ", Evidence.Select(e => e.Description))
            : $"{From} -> {To}: " + string.Join("; ", Evidence.Select(e => e.Description)));
        init;
    }

    /// <summary>For a faster step: the ladder's reason (see <see cref="FasterStep.Reason"/>).</summary>
    internal string? FasterReason { get; init; }

    /// <summary>For a step up: the step's criterion as checked that day (worked out from the history when asked); <see langword="null"/> for the other moves.</summary>
    public CriterionCheck? Check => Pending?.Build();

    /// <summary>For a step up or a faster step: what its check is worked out from (the history, the criterion and the day of the move).</summary>
    internal PendingEvidence? Pending { get; init; }

    /// <summary>For a step up: the simple criteria that held that day and allowed it, each with its numbers (see <see cref="TierReadiness.Met"/>).</summary>
    public IReadOnlyList<CriterionCheck> Evidence => Check is null ? ValueList<CriterionCheck>.Empty : CriterionCheck.Leaves(Check).Met;

    /// <summary>For an override: who decided.</summary>
    public PartyId? DecidedBy { get; init; }

    /// <summary>The move in one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd} {From} -> {To} ({TierNames.Move(Kind)}): {Reason}");

    /// <summary>Equal when date, tiers, kind, who decided, reason and the evidence checked are equal.</summary>
    /// <param name="other">The other move.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(TierTransition? other)
        => ReferenceEquals(this, other)
            || (other is not null && Date == other.Date && From == other.From && To == other.To && Kind == other.Kind
                && DecidedBy == other.DecidedBy && Reason == other.Reason && Equals(Check, other.Check));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, From, To, Kind, DecidedBy);
}

/// <summary>The step from the current tier to the next: whether it could be taken, the criteria met and unmet with their numbers, and the suggested next actions.</summary>
public sealed record TierReadiness
{
    /// <summary>The current tier.</summary>
    public required string From { get; init; }

    /// <summary>The next tier.</summary>
    public required string To { get; init; }

    /// <summary>Whether the step's criteria all hold on the day of the question and no Forbid holds the partnership.</summary>
    public required bool Ready { get; init; }

    /// <summary>The whole criterion, checked.</summary>
    public required CriterionCheck Check { get; init; }

    /// <summary>The simple criteria (evidence, time, owner, eligibility) of <see cref="Check"/> that count toward the step; one under a <c>not</c> counts when it does not hold (its description then starts with "not: ").</summary>
    public IReadOnlyList<CriterionCheck> Met => _leaves.Of(Check).Met;

    /// <summary>The simple criteria of <see cref="Check"/> that still stand in the way.</summary>
    public IReadOnlyList<CriterionCheck> Unmet => _leaves.Of(Check).Unmet;

    /// <summary>Met and unmet, worked out once from <see cref="Check"/> on first read; left out of equality.</summary>
    private LeavesCache _leaves;

    /// <summary>
    /// The suggested next actions for this step: first <see cref="NameAnOwner"/> while an
    /// <see cref="OwnerAssignedCriterion"/> stands in the way (and only then), then the ladder's own; none
    /// while the partnership is held by a Forbid.
    /// </summary>
    public IReadOnlyList<string> NextActions { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>The action suggested while the step waits for a relationship owner (seed 002, assign a relationship owner).</summary>
    public const string NameAnOwner = "Name one member as the relationship owner: one person in charge of it, not by default one of the chapter's leaders";

    internal static TierReadiness Of(TierStep step, CriterionCheck check, bool held)
    {
        // Held by a Forbid, the step is not ready whatever its criteria say (a custom ladder may not ask for eligibility).
        var readiness = new TierReadiness { From = step.From, To = step.To, Ready = check.Holds && !held, Check = check, NextActions = held ? ValueList<string>.Empty : step.NextActions };
        return !held && readiness.Unmet.Any(c => c.Criterion is OwnerAssignedCriterion && !c.Negated)
            ? readiness with { NextActions = [NameAnOwner, .. step.NextActions] }
            : readiness;
    }
}

/// <summary>
/// The met and unmet leaves of a checked criterion, worked out on first read and kept with the check
/// they came from (a copy made with <c>with</c> and another check works them out again). Publishing
/// one immutable entry makes it thread-safe: two threads may both work it out, and either result is
/// the same. Always equal, so records holding one keep their value equality.
/// </summary>
internal struct LeavesCache : IEquatable<LeavesCache>
{
    private Entry? _entry;

    public (IReadOnlyList<CriterionCheck> Met, IReadOnlyList<CriterionCheck> Unmet) Of(CriterionCheck check)
    {
        var entry = Volatile.Read(ref _entry);
        if (entry is null || !ReferenceEquals(entry.Check, check))
        {
            var (met, unmet) = CriterionCheck.Leaves(check);
            entry = new Entry(check, met, unmet);
            Volatile.Write(ref _entry, entry);
        }

        return (entry.Met, entry.Unmet);
    }

    public readonly bool Equals(LeavesCache other) => true;

    public override readonly bool Equals(object? obj) => obj is LeavesCache;

    public override readonly int GetHashCode() => 0;

    private sealed record Entry(CriterionCheck Check, IReadOnlyList<CriterionCheck> Met, IReadOnlyList<CriterionCheck> Unmet);
}

/// <summary>
/// One criterion checked on a day: whether it holds, the count found for evidence criteria, and the
/// parts for all / any / not. <see cref="Description"/> gives the numbers in words
/// ("2 of 3 commitments due kept on time in the last 365 days; needs at least 3").
/// </summary>
public sealed record CriterionCheck
{
    /// <summary>The criterion checked.</summary>
    public required TierCriterion Criterion { get; init; }

    /// <summary>Whether the criterion itself holds (for a <c>not</c>, whether its inner criterion does not).</summary>
    public required bool Holds { get; init; }

    /// <summary>The number found: the evidence count, or the days in the tier; <see langword="null"/> for the other criteria.</summary>
    public int? Actual { get; init; }

    /// <summary>The numbers in words, e.g. "2 of 3 commitments due kept on time in the last 365 days; needs at least 3".</summary>
    public string Description => Negated ? "not: " + Text() : Text();

    /// <summary>The checked parts of an all / any / not.</summary>
    public IReadOnlyList<CriterionCheck> Parts { get; init => field = Guard.List(value); } = ValueList<CriterionCheck>.Empty;

    /// <summary>For commitments: how many came due; for exchanges: how many went from us.</summary>
    internal int Other { get; init; }

    /// <summary>For exchanges: how many came from the partner.</summary>
    internal int Third { get; init; }

    /// <summary>For time in tier: the tier; for the owner: the member.</summary>
    internal string? Subject { get; init; }

    /// <summary>For eligibility: the outcome in force.</summary>
    internal EligibilityRecord? Record { get; init; }

    /// <summary>Listed as a "not" leaf: it counts when it does not hold.</summary>
    internal bool Negated { get; init; }

    /// <summary>The description with a met / unmet mark.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Holds ? "[met] " : "[unmet] ") + Description;

    private string Text()
    {
        var inv = CultureInfo.InvariantCulture;
        switch (Criterion)
        {
            case AllOfCriterion:
                return string.Create(inv, $"all of {Parts.Count}: {Parts.Count(p => p.Holds)} met");
            case AnyOfCriterion:
                return string.Create(inv, $"any of {Parts.Count}: {Parts.Count(p => p.Holds)} met");
            case NotCriterion:
                return "not: " + Parts[0].Description;
            case TimeInTierCriterion time:
                return string.Create(inv, $"in {Subject} for {Actual} days; needs at least {time.Days}");
            case OwnerAssignedCriterion:
                return Subject is { } owner ? $"relationship owned by {owner}" : "no relationship owner assigned";
            case EligibilityCriterion eligibility:
            {
                var needs = $"needs at most {TierNames.Outcome(eligibility.AtMost)}";
                if (Record is not { } record)
                {
                    return eligibility.RequireKnown
                        ? $"no eligibility outcome recorded; {needs}, and a recorded one"
                        : $"no eligibility outcome recorded, which counts as met here; {needs}";
                }

                var why = record.Reason is { } r ? $" ({r})" : string.Empty;
                return string.Create(inv, $"eligibility {TierNames.Outcome(record.Outcome)} since {record.Date:yyyy-MM-dd}{why}; {needs}");
            }

            case EvidenceCriterion evidence:
            {
                var window = evidence.WithinDays is { } w ? string.Create(inv, $" in the last {w} days") : " so far";
                var needs = (evidence.AtLeast, evidence.AtMost) switch
                {
                    ({ } l, { } m) when l == m => string.Create(inv, $"needs exactly {l}"),
                    ({ } l, { } m) => string.Create(inv, $"needs {l} to {m}"),
                    ({ } l, null) => string.Create(inv, $"needs at least {l}"),
                    (null, { } m) => string.Create(inv, $"needs at most {m}"),
                    _ => "needs nothing",
                };
                var words = evidence.Evidence switch
                {
                    TierEvidence.AlertsExchanged or TierEvidence.InvitationsExchanged or TierEvidence.ShowingUpExchanged
                        => string.Create(inv, $"{Actual} {TierNames.EvidenceWords(evidence.Evidence)}{window} ({Other} from us, {Third} from them)"),
                    TierEvidence.CommitmentsKeptOnTime => string.Create(inv, $"{Actual} of {Other} commitments due kept on time{window}"),
                    TierEvidence.CommitmentsBroken => string.Create(inv, $"{Actual} of {Other} commitments due broken (late, dropped or not kept){window}"),
                    _ => string.Create(inv, $"{Actual} {TierNames.EvidenceWords(evidence.Evidence)}{window}"),
                };
                return $"{words}; {needs}";
            }

            default:
                return Criterion.Describe();
        }
    }

    /// <summary>
    /// Walks the simple criteria that count toward the step (<paramref name="wanted"/>: whether this part
    /// should hold; a <c>not</c> flips it): each met one goes to <paramref name="met"/> at <paramref name="m"/>,
    /// each unmet one to <paramref name="unmet"/> at <paramref name="u"/>. With <see langword="null"/> arrays it
    /// only counts, so <see cref="Leaves"/> can size them exactly.
    /// </summary>
    internal void CollectLeaves(bool wanted, CriterionCheck[]? met, CriterionCheck[]? unmet, ref int m, ref int u)
    {
        var parts = Parts;
        switch (Criterion)
        {
            case NotCriterion:
                for (var i = 0; i < parts.Count; i++)
                {
                    parts[i].CollectLeaves(!wanted, met, unmet, ref m, ref u);
                }

                break;
            case AnyOfCriterion when wanted && Holds:
                // An "any" that holds: its other alternatives stand in nobody's way.
                for (var i = 0; i < parts.Count; i++)
                {
                    if (parts[i].Holds)
                    {
                        parts[i].CollectLeaves(wanted, met, unmet, ref m, ref u);
                    }
                }

                break;
            case AllOfCriterion or AnyOfCriterion:
                for (var i = 0; i < parts.Count; i++)
                {
                    parts[i].CollectLeaves(wanted, met, unmet, ref m, ref u);
                }

                break;
            default:
                if (Holds == wanted)
                {
                    if (met is not null)
                    {
                        met[m] = wanted ? this : this with { Negated = true };
                    }

                    m++;
                }
                else
                {
                    if (unmet is not null)
                    {
                        unmet[u] = wanted ? this : this with { Negated = true };
                    }

                    u++;
                }

                break;
        }
    }

    internal static (IReadOnlyList<CriterionCheck> Met, IReadOnlyList<CriterionCheck> Unmet) Leaves(CriterionCheck root)
    {
        ArgumentNullException.ThrowIfNull(root);

        // Counted first, then filled: two exact arrays, no lists (a step's readiness is read for every
        // partnership of a chapter, and its "any" parts made lists the hot spot).
        int metCount = 0, unmetCount = 0;
        root.CollectLeaves(true, null, null, ref metCount, ref unmetCount);
        var met = metCount == 0 ? [] : new CriterionCheck[metCount];
        var unmet = unmetCount == 0 ? [] : new CriterionCheck[unmetCount];
        int m = 0, u = 0;
        root.CollectLeaves(true, met, unmet, ref m, ref u);
        return (ValueList<CriterionCheck>.Wrap(met), ValueList<CriterionCheck>.Wrap(unmet));
    }
}

/// <summary>Where a partner is on the affiliate path (seed 004).</summary>
public enum AffiliateStage
{
    /// <summary>The affiliate information has not been shared with them.</summary>
    NotOffered,

    /// <summary>We shared the national body's public affiliate information.</summary>
    InformationShared,

    /// <summary>They registered their interest (the interest form); the national body's staff follows up.</summary>
    InterestRegistered,

    /// <summary>They are an affiliate (<see cref="Partnership.Affiliate"/>).</summary>
    Affiliate,
}

/// <summary>
/// The affiliate path of a partnership as of a day: the stage, when information was shared and interest
/// registered, and the next step when one is due. Seed 004: share the public affiliate information if
/// they may be a good fit; when trust and interest are there, ask them to register their interest.
/// Trust is taken to be there from the ladder's <see cref="TierLadder.AffiliateInterestFrom"/> tier.
/// </summary>
public sealed record AffiliateProgress
{
    /// <summary>The stage.</summary>
    public required AffiliateStage Stage { get; init; }

    /// <summary>The last day we shared the affiliate information, if we did.</summary>
    public DateOnly? InformationSharedOn { get; init; }

    /// <summary>The last day they registered interest, if they did.</summary>
    public DateOnly? InterestRegisteredOn { get; init; }

    /// <summary>The next step on the path, in words, or <see langword="null"/> when none is due (an affiliate already, an ally by choice, a partner whose eligibility outcome is Forbid, a partnership that may not become an affiliate (<see cref="PartnershipHistory.MayBecomeAffiliate"/>), or a ladder without the affiliate step).</summary>
    public string? Suggestion { get; init; }

    internal static AffiliateProgress Of(TierStanding standing)
    {
        var days = standing.AffiliateDays;
        DateOnly? info = days.Info == int.MinValue ? null : DateOnly.FromDayNumber(days.Info);
        DateOnly? interest = days.Interest == int.MinValue ? null : DateOnly.FromDayNumber(days.Interest);
        var stage = standing.Affiliate ? AffiliateStage.Affiliate
            : interest is not null ? AffiliateStage.InterestRegistered
            : info is not null ? AffiliateStage.InformationShared
            : AffiliateStage.NotOffered;
        string? suggestion = null;
        var inv = CultureInfo.InvariantCulture;
        if (days.FromLevel >= 0 && standing.AllyByChoice is null && stage != AffiliateStage.Affiliate && standing.Eligibility != EligibilityOutcome.Forbid)
        {
            var trust = standing.Level >= days.FromLevel && !standing.AtRisk;
            suggestion = stage switch
            {
                AffiliateStage.InterestRegistered => string.Create(inv, $"they registered interest on {interest:yyyy-MM-dd}: the national body's staff follows up; mark the partnership as affiliate once they are set up."),
                AffiliateStage.InformationShared when trust => $"trust is there ({standing.Tier}): if they are interested, ask them to fill out the affiliate interest form.",
                AffiliateStage.NotOffered when trust => $"trust is there ({standing.Tier}): offer them the affiliate information, and if they are interested, the interest form.",
                AffiliateStage.NotOffered when standing.Level >= 1 => "if they may be a good fit as an affiliate, share the public affiliate information; do not recruit.",
                _ => null,
            };
        }

        return new AffiliateProgress { Stage = stage, InformationSharedOn = info, InterestRegisteredOn = interest, Suggestion = suggestion };
    }
}

/// <summary>The days behind <see cref="TierStanding.Affiliation"/>: the last information shared and interest registered (<see cref="int.MinValue"/> for none), and the ladder's trust level (-1 for none).</summary>
internal readonly record struct AffiliateDays(int Info, int Interest, int FromLevel)
{
    public static AffiliateDays None { get; } = new(int.MinValue, int.MinValue, -1);
}
