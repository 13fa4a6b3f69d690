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
            var from = LevelOf(step.From);
            var used = new Dictionary<int, (bool Enter, bool Leave)>();
            var thresholds = new List<int>();
            var node = Compile(step.When, positive: true, counters, used, thresholds);
            Steps[from] = new CompiledStep(
                step,
                node,
                [.. used.Select(u => new CounterUse(u.Key, u.Value.Enter, u.Value.Leave))],
                [.. thresholds.Distinct().Order()]);
        }

        Counters = [.. counters];
        AtRiskDays = ladder.Decay.AtRiskAfterDays;
        MoveDownDays = ladder.Decay.AtRiskAfterDays + ladder.Decay.GraceDays;
        FloorLevel = LevelOf(ladder.Decay.Floor);
        ForbiddenLevel = ladder.ForbiddenHoldsAt is { } hold ? LevelOf(hold) : -1;
    }

    public TierLadder Ladder { get; }

    internal string[] Names { get; }

    internal CompiledStep[] Steps { get; }

    internal CounterKey[] Counters { get; }

    internal int AtRiskDays { get; }

    internal int MoveDownDays { get; }

    internal int FloorLevel { get; }

    internal int ForbiddenLevel { get; }

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

    private static Node Compile(TierCriterion criterion, bool positive, List<CounterKey> counters, Dictionary<int, (bool Enter, bool Leave)> used, List<int> thresholds)
    {
        switch (criterion)
        {
            case AllOfCriterion all:
                return new AllNode([.. all.Items.Select(i => Compile(i, positive, counters, used, thresholds))]);
            case AnyOfCriterion any:
                return new AnyNode([.. any.Items.Select(i => Compile(i, positive, counters, used, thresholds))]);
            case NotCriterion not:
                return new NotNode(Compile(not.Item, !positive, counters, used, thresholds));
            case TimeInTierCriterion time:
                thresholds.Add(time.Days);
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
                    _ => (SeriesOf(evidence.Evidence), -1),
                };

                // A count only ever helps an "at least" and only ever hurts an "at most"; under a
                // "not" the roles swap. The run then only wakes up on the days a count can help.
                var growthHelps = positive ? evidence.AtLeast.HasValue : evidence.AtMost.HasValue;
                var shrinkHelps = positive ? evidence.AtMost.HasValue : evidence.AtLeast.HasValue;
                var ca = Use(counters, used, new CounterKey(a, window), growthHelps, shrinkHelps);
                var cb = b < 0 ? -1 : Use(counters, used, new CounterKey(b, window), growthHelps, shrinkHelps);
                return new EvidenceNode(ca, cb, evidence.AtLeast ?? int.MinValue, evidence.AtMost ?? int.MaxValue);
            default:
                throw new InvalidOperationException($"Unknown criterion type {criterion.GetType().Name}; the ladder was not validated.");
        }
    }

    private static int Use(List<CounterKey> counters, Dictionary<int, (bool Enter, bool Leave)> used, CounterKey key, bool enter, bool leave)
    {
        var index = counters.IndexOf(key);
        if (index < 0)
        {
            index = counters.Count;
            counters.Add(key);
        }

        used[index] = used.TryGetValue(index, out var was) ? (was.Enter || enter, was.Leave || leave) : (enter, leave);
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
        public const int Count = 14;
    }

    /// <summary>A count of one series over a window of days (0 for the whole history).</summary>
    internal readonly record struct CounterKey(int Series, int Window);

    /// <summary>A counter a step reads, and whether its growth (Enter) or its shrinking (Leave) can make the step's criterion hold.</summary>
    internal readonly record struct CounterUse(int Counter, bool Enter, bool Leave);

    internal sealed record CompiledStep(TierStep Step, Node Node, CounterUse[] Counters, int[] Thresholds);

    internal abstract class Node
    {
        public abstract bool Holds(ProgressionRun run);
    }

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
    }

    private sealed class NotNode(Node item) : Node
    {
        public override bool Holds(ProgressionRun run) => !item.Holds(run);
    }

    private sealed class TimeNode(int days) : Node
    {
        public override bool Holds(ProgressionRun run) => run.DaysInTier >= days;
    }

    private sealed class OwnerNode : Node
    {
        public override bool Holds(ProgressionRun run) => run.OwnerAssigned;
    }

    private sealed class EligibilityNode(Eligibility.EligibilityOutcome atMost, bool requireKnown) : Node
    {
        public override bool Holds(ProgressionRun run) => run.Eligibility is { } outcome ? outcome <= atMost : !requireKnown;
    }

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
    }
}
