using System;
using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Internal;

namespace Partnering.Core.Tiers;

/// <summary>
/// A tier ladder compiled once into an immutable evaluator: tiers by index, each step's criterion as a
/// small tree over shared evidence counters, and the decay settings. Thread-safe; every evaluation
/// runs its own <see cref="ProgressionRun"/>.
/// </summary>
internal sealed class PartnershipProgression : IPartnershipProgression
{
    private readonly TimeProvider? _clock;

    public PartnershipProgression(TierLadder ladder, TimeProvider? clock)
    {
        Ladder = ladder;
        _clock = clock;
        Names = [.. ladder.Tiers.Select(t => t.Name)];
        var counters = new List<CounterKey>();
        Steps = new CompiledStep[Names.Length - 1];
        foreach (var step in ladder.Steps)
        {
            var faster = ladder.Pace.FasterSteps && step.Faster is { } f ? Compile(f.When, counters) : null;
            Steps[LevelOf(step.From)] = new CompiledStep(step, Compile(step.When, counters), faster);
        }

        Counters = [.. counters];
        AtRiskDays = ladder.Decay.AtRiskAfterDays;
        MoveDownDays = ladder.Decay.AtRiskAfterDays + ladder.Decay.GraceDays;
        FloorLevel = LevelOf(ladder.Decay.Floor);
        AllyFloorLevel = Math.Max(FloorLevel, Math.Min(1, Names.Length - 1));
        ForbiddenLevel = ladder.ForbiddenHoldsAt is { } hold ? LevelOf(hold) : -1;
        NoSkipping = ladder.Pace.NoSkipping;
        AffiliateLevel = ladder.AffiliateInterestFrom is { } affiliate ? LevelOf(affiliate) : -1;
    }

    public TierLadder Ladder { get; }

    internal string[] Names { get; }

    internal CompiledStep[] Steps { get; }

    internal CounterKey[] Counters { get; }

    internal int AtRiskDays { get; }

    internal int MoveDownDays { get; }

    internal int FloorLevel { get; }

    internal int ForbiddenLevel { get; }

    /// <summary>The lowest tier silence moves an ally by choice to: the tier above the first (Learning on the default ladder), or the floor when that is higher.</summary>
    internal int AllyFloorLevel { get; }

    /// <summary>Whether two faster steps may not follow each other.</summary>
    internal bool NoSkipping { get; }

    /// <summary>The tier from which the affiliate interest step is proposed, or -1.</summary>
    internal int AffiliateLevel { get; }

    internal int LevelOf(string tier)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], tier, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    public TierStanding Evaluate(PartnershipHistory history, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        var run = new ProgressionRun(this, history);
        run.AdvanceTo(asOf);
        return run.Standing(asOf);
    }

    public TierStanding Evaluate(PartnershipHistory history)
        => Evaluate(history, DateOnly.FromDateTime((_clock ?? throw new InvalidOperationException(
            "This progression has no clock: pass an explicit asOf date, or compile the ladder with a TimeProvider (AddPartnering registers one).")).GetLocalNow().DateTime));

    public IReadOnlyList<TierStanding> EvaluateMany(IEnumerable<PartnershipHistory> histories, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(histories);

        // One run, started over for each history, so its buffers are reused.
        var run = new ProgressionRun(this);
        if (histories is IReadOnlyList<PartnershipHistory> list)
        {
            var standings = new TierStanding[list.Count];
            for (var i = 0; i < standings.Length; i++)
            {
                standings[i] = Evaluate(run, Guard.NotNull(list[i]), asOf);
            }

            return ValueList<TierStanding>.Wrap(standings);
        }

        var result = new List<TierStanding>(histories is ICollection<PartnershipHistory> c ? c.Count : 16);
        foreach (var history in histories)
        {
            result.Add(Evaluate(run, Guard.NotNull(history), asOf));
        }

        return ValueList<TierStanding>.Wrap([.. result]);
    }

    private static TierStanding Evaluate(ProgressionRun run, PartnershipHistory history, DateOnly asOf)
    {
        run.Reset(history);
        run.AdvanceTo(asOf);
        return run.Standing(asOf);
    }

    public string Explain(PartnershipHistory history, DateOnly asOf) => Evaluate(history, asOf).Explain();

    private static Node Compile(TierCriterion criterion, List<CounterKey> counters)
    {
        switch (criterion)
        {
            case AllOfCriterion all:
                return new AllNode([.. all.Items.Select(i => Compile(i, counters))]);
            case AnyOfCriterion any:
                return new AnyNode([.. any.Items.Select(i => Compile(i, counters))]);
            case NotCriterion not:
                return new NotNode(Compile(not.Item, counters));
            case TimeInTierCriterion time:
                return new TimeNode(time.Days);
            case OwnerAssignedCriterion:
                return new OwnerNode();
            case EligibilityCriterion eligibility:
                return new EligibilityNode(eligibility.AtMost, eligibility.RequireKnown);
            case EvidenceCriterion evidence:
                var window = evidence.WithinDays ?? 0;
                var (a, b) = evidence.Evidence switch
                {
                    TierEvidence.AlertsExchanged => (Series.AlertsOurs, Series.AlertsTheirs),
                    TierEvidence.InvitationsExchanged => (Series.InvitationsOurs, Series.InvitationsTheirs),
                    TierEvidence.ShowingUpExchanged => (Series.ShowedUpOurs, Series.ShowedUpTheirs),
                    _ => (SeriesOf(evidence.Evidence), -1),
                };
                return new EvidenceNode(Use(counters, new CounterKey(a, window)), b < 0 ? -1 : Use(counters, new CounterKey(b, window)), evidence.AtLeast ?? int.MinValue, evidence.AtMost ?? int.MaxValue);
            default:
                throw new InvalidOperationException($"Unknown criterion type {criterion.GetType().Name}; the ladder was not validated.");
        }
    }

    private static int Use(List<CounterKey> counters, CounterKey key)
    {
        var index = counters.IndexOf(key);
        if (index < 0)
        {
            index = counters.Count;
            counters.Add(key);
        }

        return index;
    }

    internal static int SeriesOf(TierEvidence evidence) => evidence switch
    {
        TierEvidence.Meetings => Series.Meetings,
        TierEvidence.OneOnOnes => Series.OneOnOnes,
        TierEvidence.CommitmentsMade => Series.CommitmentsMade,
        TierEvidence.CommitmentsKeptOnTime => Series.CommitmentsKept,
        TierEvidence.CommitmentsBroken => Series.CommitmentsBroken,
        TierEvidence.EventsCoPromoted => Series.EventsCoPromoted,
        TierEvidence.EventsCoOrganized => Series.EventsCoOrganized,
        TierEvidence.JointActions => Series.JointActions,
        TierEvidence.SharedLeadershipAgreements => Series.SharedLeadership,
        TierEvidence.Interactions => Series.Interactions,
        TierEvidence.ShowedUpForThem => Series.ShowedUpOurs,
        _ => throw new InvalidOperationException($"Evidence {evidence} has no single series."),
    };

    /// <summary>The dated series a run sorts a history into; evidence counts are windows over them.</summary>
    internal static class Series
    {
        public const int Meetings = 0;
        public const int OneOnOnes = 1;
        public const int AlertsOurs = 2;
        public const int AlertsTheirs = 3;
        public const int InvitationsOurs = 4;
        public const int InvitationsTheirs = 5;
        public const int CommitmentsMade = 6;
        public const int CommitmentsKept = 7;
        public const int CommitmentsBroken = 8;
        public const int EventsCoPromoted = 9;
        public const int EventsCoOrganized = 10;
        public const int JointActions = 11;
        public const int SharedLeadership = 12;
        public const int Interactions = 13;
        public const int ShowedUpOurs = 14;
        public const int ShowedUpTheirs = 15;
        public const int AffiliateInfo = 16;
        public const int AffiliateInterest = 17;
        public const int Count = 18;
    }

    /// <summary>A count of one series over a window of days (0 for the whole history).</summary>
    internal readonly record struct CounterKey(int Series, int Window);

    /// <summary>A step compiled: its criterion and, when faster steps are allowed and it has one, its faster criterion.</summary>
    internal sealed record CompiledStep(TierStep Step, Node Node, Node? Faster);

    /// <summary>
    /// A compiled criterion. <see cref="Holds"/> answers on the run's current day. <see cref="Earliest"/>
    /// gives a lower bound, after the current day, on the first day the criterion could hold (or not
    /// hold, when <c>want</c> is false) with nothing moving in between, or <see cref="Never"/>: the
    /// fold jumps straight there instead of waking on every entry. A bound may be early, never late.
    /// </summary>
    internal abstract class Node
    {
        public abstract bool Holds(ProgressionRun run);

        public abstract int Earliest(ProgressionRun run, bool want);
    }

    /// <summary>No such day: the criterion cannot change with the history as it stands.</summary>
    internal const int Never = int.MaxValue;

    private sealed class AllNode(Node[] items) : Node
    {
        public override bool Holds(ProgressionRun run)
        {
            foreach (var item in items)
            {
                if (!item.Holds(run))
                {
                    return false;
                }
            }

            return true;
        }

        // All hold: not before the last of them can. Not all hold: as soon as any one can fail.
        public override int Earliest(ProgressionRun run, bool want) => want ? Latest(items, run, want) : Soonest(items, run, want);
    }

    private sealed class AnyNode(Node[] items) : Node
    {
        public override bool Holds(ProgressionRun run)
        {
            foreach (var item in items)
            {
                if (item.Holds(run))
                {
                    return true;
                }
            }

            return false;
        }

        public override int Earliest(ProgressionRun run, bool want) => want ? Soonest(items, run, want) : Latest(items, run, want);
    }

    private static int Latest(Node[] items, ProgressionRun run, bool want)
    {
        var day = run.Tomorrow;
        foreach (var item in items)
        {
            day = Math.Max(day, item.Earliest(run, want));
            if (day == Never)
            {
                break;
            }
        }

        return day;
    }

    private static int Soonest(Node[] items, ProgressionRun run, bool want)
    {
        var day = Never;
        foreach (var item in items)
        {
            day = Math.Min(day, item.Earliest(run, want));
            if (day == run.Tomorrow)
            {
                break;
            }
        }

        return day;
    }

    private sealed class NotNode(Node item) : Node
    {
        public override bool Holds(ProgressionRun run) => !item.Holds(run);

        public override int Earliest(ProgressionRun run, bool want) => item.Earliest(run, !want);
    }

    /// <summary>Time in the tier only grows until a move (and a move is a day the fold wakes on anyway).</summary>
    private sealed class TimeNode(int days) : Node
    {
        public override bool Holds(ProgressionRun run) => run.DaysInTier >= days;

        public override int Earliest(ProgressionRun run, bool want)
            => Holds(run) == want ? run.Tomorrow : want ? run.TierStart + days : Never;
    }

    /// <summary>Once an owner is assigned there always is one.</summary>
    private sealed class OwnerNode : Node
    {
        public override bool Holds(ProgressionRun run) => run.OwnerAssigned;

        public override int Earliest(ProgressionRun run, bool want)
            => Holds(run) == want ? run.Tomorrow : want ? run.OwnerStart : Never;
    }

    /// <summary>The outcome in force changes only on the day of the next recorded outcome.</summary>
    private sealed class EligibilityNode(Eligibility.EligibilityOutcome atMost, bool requireKnown) : Node
    {
        public override bool Holds(ProgressionRun run) => run.Eligibility is { } outcome ? outcome <= atMost : !requireKnown;

        public override int Earliest(ProgressionRun run, bool want) => Holds(run) == want ? run.Tomorrow : run.NextEligibilityDay;
    }

    /// <summary>
    /// A count (or the smaller of two, for exchanges) between <c>atLeast</c> and <c>atMost</c>. A count
    /// grows only by new entries and shrinks only by entries leaving its window, so the k-th next entry
    /// or the k-th next leaving bounds when it can reach a number.
    /// </summary>
    private sealed class EvidenceNode(int counter, int other, int atLeast, int atMost) : Node
    {
        public override bool Holds(ProgressionRun run)
        {
            var count = run.Count(counter);
            if (other >= 0)
            {
                count = Math.Min(count, run.Count(other));
            }

            return count >= atLeast && count <= atMost;
        }

        public override int Earliest(ProgressionRun run, bool want)
        {
            var a = run.Count(counter);
            var b = other >= 0 ? run.Count(other) : int.MaxValue;
            var count = Math.Min(a, b);
            var holds = count >= atLeast && count <= atMost;
            if (holds == want)
            {
                return run.Tomorrow;
            }

            if (want)
            {
                // Too few: each count must grow to atLeast. Too many: one count must shrink to atMost.
                return count < atLeast
                    ? Math.Max(Grows(run, counter, a, atLeast), other >= 0 ? Grows(run, other, b, atLeast) : run.Tomorrow)
                    : Math.Min(Shrinks(run, counter, a, atMost), other >= 0 ? Shrinks(run, other, b, atMost) : Never);
            }

            // To stop holding: one count drops below atLeast, or both grow past atMost.
            var below = atLeast == int.MinValue ? Never : Math.Min(Shrinks(run, counter, a, atLeast - 1), other >= 0 ? Shrinks(run, other, b, atLeast - 1) : Never);
            var above = atMost == int.MaxValue ? Never : Math.Max(Grows(run, counter, a, atMost + 1), other >= 0 ? Grows(run, other, b, atMost + 1) : run.Tomorrow);
            return Math.Min(below, above);
        }

        private static int Grows(ProgressionRun run, int counter, int count, int to) => count >= to ? run.Tomorrow : run.NextEntryDay(counter, to - count);

        private static int Shrinks(ProgressionRun run, int counter, int count, int to) => count <= to ? run.Tomorrow : run.LeaveDay(counter, count - to);
    }
}
