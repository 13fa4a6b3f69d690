using BenchmarkDotNet.Attributes;
using Partnering.Core.Eligibility;
using Partnering.Core.Tiers;

namespace Partnering.Core.Benchmarks;

/// <summary>Replaying one partnership's long history (target: 1,000 entries in at most 50 µs).</summary>
[MemoryDiagnoser]
public class TierReplayBenchmarks
{
    private IPartnershipProgression _progression = null!;
    private PartnershipHistory _history = null!;
    private DateOnly _asOf;

    [Params(1_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _progression = TierLadder.Default.Compile();
        var random = new Random(42);
        _history = TierBenchmarkData.History(random, new PartyId("org-0"), Entries, spanDays: 3 * 365);
        _asOf = TierBenchmarkData.Origin.AddDays(3 * 365 + 30);
    }

    /// <summary>The naive way: walk every day and recount every criterion over the whole history.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveDayByDay() => NaiveTierFold.Level(_progression.Ladder, _history, _asOf);

    /// <summary>The fold: sort once, wake only on days something can change, explain the result.</summary>
    [Benchmark]
    public TierStanding Evaluate() => _progression.Evaluate(_history, _asOf);
}

/// <summary>Next-tier readiness for many partnerships on one thread (target: 10,000 in at most 20 ms).</summary>
[MemoryDiagnoser]
public class TierReadinessBenchmarks
{
    private IPartnershipProgression _progression = null!;
    private PartnershipHistory[] _histories = null!;
    private DateOnly _asOf;

    [Params(10_000)]
    public int Partnerships { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _progression = TierLadder.Default.Compile();
        var random = new Random(7);
        _histories = [.. Enumerable.Range(0, Partnerships).Select(i => TierBenchmarkData.History(random, new PartyId($"org-{i}"), random.Next(4, 20), spanDays: 365))];
        _asOf = TierBenchmarkData.Origin.AddDays(365);
    }

    /// <summary>The naive way: a day-by-day fold per partnership, then each criterion of the next step counted and checked.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveDayByDay()
    {
        var result = 0;
        foreach (var history in _histories)
        {
            var (ready, met, unmet, numbers) = NaiveTierFold.Readiness(_progression.Ladder, history, _asOf);
            result += (ready ? 1 : 0) + met + unmet + numbers;
        }

        return result;
    }

    /// <summary>Every standing with its readiness for the next tier: ready or not, the criteria met and unmet, and their numbers.</summary>
    [Benchmark]
    public int EvaluateMany()
    {
        var result = 0;
        foreach (var standing in _progression.EvaluateMany(_histories, _asOf))
        {
            if (standing.Next is not { } next)
            {
                continue;
            }

            result += (next.Ready ? 1 : 0) + next.Met.Count + next.Unmet.Count;
            foreach (var check in next.Unmet)
            {
                result += check.Actual ?? 0;
            }

            foreach (var check in next.Met)
            {
                result += check.Actual ?? 0;
            }
        }

        return result;
    }
}

internal static class TierBenchmarkData
{
    public static readonly DateOnly Origin = new(2023, 1, 1);

    private static readonly InteractionKind[] Kinds =
    [
        InteractionKind.Meeting, InteractionKind.Meeting, InteractionKind.OneOnOne, InteractionKind.AlertShared, InteractionKind.AlertShared,
        InteractionKind.InvitationExtended, InteractionKind.EventCoPromoted, InteractionKind.EventCoOrganized, InteractionKind.JointAction,
        InteractionKind.SharedLeadershipAgreement, InteractionKind.Commitment, InteractionKind.Commitment, InteractionKind.Other,
    ];

    /// <summary>A partner that mostly keeps its word, with <paramref name="count"/> entries spread over <paramref name="spanDays"/> days.</summary>
    public static PartnershipHistory History(Random random, PartyId partner, int count, int spanDays)
    {
        var interactions = new Interaction[count];
        for (var i = 0; i < count; i++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var date = Origin.AddDays(random.Next(spanDays));
            var due = date.AddDays(random.Next(3, 30));
            interactions[i] = new Interaction
            {
                Kind = kind,
                Date = date,
                Partner = partner,
                Direction = (Direction)random.Next(3),
                Commitment = kind == InteractionKind.Commitment
                    ? new Commitment { MadeBy = CommitmentParty.Partner, Description = "turnout", Due = due, KeptOn = random.Next(20) == 0 ? due.AddDays(2) : due.AddDays(-1) }
                    : null,
            };
        }

        return new PartnershipHistory
        {
            Partnership = new Partnership { Partner = partner, Owners = [new OwnerAssignment { Member = new PartyId("m-1"), Since = Origin }] },
            Interactions = interactions,
            Eligibility = [new EligibilityRecord { Date = Origin, Outcome = EligibilityOutcome.Permit }],
        };
    }
}

/// <summary>
/// The straightforward way to fold a history: every day from the first entry, recount each criterion
/// over the whole history. Kept as the benchmarks' baseline (overrides are left out).
/// </summary>
internal static class NaiveTierFold
{
    public static int Level(TierLadder ladder, PartnershipHistory history, DateOnly asOf) => Fold(ladder, history, asOf).Level;

    private static (int Level, DateOnly Since) Fold(TierLadder ladder, PartnershipHistory history, DateOnly asOf)
    {
        var interactions = history.Interactions;
        var start = interactions.Count == 0 ? asOf : interactions.Min(i => i.Date);
        var level = 0;
        var since = start;
        var lastMove = start;
        var top = ladder.Tiers.Count - 1;
        var floor = ladder.Tiers.ToList().FindIndex(t => t.Name == ladder.Decay.Floor);
        for (var d = start; d <= asOf; d = d.AddDays(1))
        {
            var last = lastMove;
            foreach (var i in interactions)
            {
                if (i.Date <= d && i.Date > last)
                {
                    last = i.Date;
                }
            }

            if (level > floor && d.DayNumber - last.DayNumber >= ladder.Decay.AtRiskAfterDays + ladder.Decay.GraceDays)
            {
                level--;
                since = lastMove = d;
            }
            else if (level < top && Holds(ladder.Steps[level].When, history, d, since))
            {
                level++;
                since = lastMove = d;
            }
        }

        return (level, since);
    }

    /// <summary>Whether the next step holds, how many of its simple criteria count toward it and how many do not, and the sum of their numbers.</summary>
    public static (bool Ready, int Met, int Unmet, int Numbers) Readiness(TierLadder ladder, PartnershipHistory history, DateOnly asOf)
    {
        var (level, since) = Fold(ladder, history, asOf);
        if (level == ladder.Tiers.Count - 1)
        {
            return (false, 0, 0, 0);
        }

        var when = ladder.Steps[level].When;
        int met = 0, unmet = 0, numbers = 0;
        Leaves(when, wanted: true);
        return (Holds(when, history, asOf, since), met, unmet, numbers);

        void Leaves(TierCriterion criterion, bool wanted)
        {
            switch (criterion)
            {
                case AllOfCriterion all:
                    all.Items.ToList().ForEach(c => Leaves(c, wanted));
                    break;
                case AnyOfCriterion any:
                    any.Items.ToList().ForEach(c => Leaves(c, wanted));
                    break;
                case NotCriterion not:
                    Leaves(not.Item, !wanted);
                    break;
                default:
                    numbers += criterion switch
                    {
                        EvidenceCriterion e => Count(e, history, asOf),
                        TimeInTierCriterion => asOf.DayNumber - since.DayNumber,
                        _ => 0,
                    };
                    _ = Holds(criterion, history, asOf, since) == wanted ? met++ : unmet++;
                    break;
            }
        }
    }

    private static bool Holds(TierCriterion criterion, PartnershipHistory history, DateOnly d, DateOnly since) => criterion switch
    {
        AllOfCriterion all => all.Items.All(c => Holds(c, history, d, since)),
        AnyOfCriterion any => any.Items.Any(c => Holds(c, history, d, since)),
        NotCriterion not => !Holds(not.Item, history, d, since),
        TimeInTierCriterion t => d.DayNumber - since.DayNumber >= t.Days,
        OwnerAssignedCriterion => history.Partnership.OwnerOn(d) is not null,
        EligibilityCriterion e => history.Eligibility.LastOrDefault(r => r.Date <= d) is not { } r || r.Outcome <= e.AtMost,
        EvidenceCriterion e => Count(e, history, d) is var n && (e.AtLeast is not { } l || n >= l) && (e.AtMost is not { } m || n <= m),
        _ => false,
    };

    private static int Count(EvidenceCriterion e, PartnershipHistory history, DateOnly d)
    {
        var from = e.WithinDays is { } w ? d.AddDays(1 - w) : DateOnly.MinValue;
        int ours = 0, theirs = 0, n = 0;
        foreach (var i in history.Interactions)
        {
            var date = i.Kind == InteractionKind.Commitment && e.Evidence is TierEvidence.CommitmentsKeptOnTime or TierEvidence.CommitmentsBroken && i.Commitment is { } c
                ? (c.Due > i.Date ? c.Due : i.Date)
                : i.Date;
            if (date < from || date > d)
            {
                continue;
            }

            var kept = i.Commitment is { KeptOn: { } k } cc && k <= cc.Due;
            switch (e.Evidence)
            {
                case TierEvidence.Meetings when i.Kind is InteractionKind.Meeting or InteractionKind.OneOnOne:
                case TierEvidence.OneOnOnes when i.Kind is InteractionKind.OneOnOne:
                case TierEvidence.CommitmentsMade when i.Kind is InteractionKind.Commitment:
                case TierEvidence.CommitmentsKeptOnTime when i.Kind is InteractionKind.Commitment && i.Commitment is not null && kept:
                case TierEvidence.CommitmentsBroken when i.Kind is InteractionKind.Commitment && i.Commitment is not null && !kept:
                case TierEvidence.EventsCoPromoted when i.Kind is InteractionKind.EventCoPromoted && i.Delivered:
                case TierEvidence.EventsCoOrganized when i.Kind is InteractionKind.EventCoOrganized && i.Delivered:
                case TierEvidence.JointActions when i.Kind is InteractionKind.JointAction:
                case TierEvidence.SharedLeadershipAgreements when i.Kind is InteractionKind.SharedLeadershipAgreement:
                case TierEvidence.Interactions:
                    n++;
                    break;
                case TierEvidence.AlertsExchanged when i.Kind is InteractionKind.AlertShared:
                case TierEvidence.InvitationsExchanged when i.Kind is InteractionKind.InvitationExtended:
                    ours += i.Direction != Direction.FromPartner ? 1 : 0;
                    theirs += i.Direction != Direction.FromUs ? 1 : 0;
                    break;
            }
        }

        return e.Evidence is TierEvidence.AlertsExchanged or TierEvidence.InvitationsExchanged ? Math.Min(ours, theirs) : n;
    }
}
