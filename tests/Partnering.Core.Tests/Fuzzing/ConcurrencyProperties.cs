using FsCheck.Xunit;
using Partnering.Core.Collaboration;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Fuzzing;

/// <summary>
/// Objects built once are shared by many threads in an embedding application (issue #18, Concurrency):
/// for each capability, the same questions asked from several threads at once get the answers they
/// get one at a time. The questions are generated (each int picks a partner, an engagement kind, a
/// date...), the answers compared as full text (reasons included).
/// </summary>
public sealed class ConcurrencyProperties
{
    private const int Threads = 8;
    private static readonly DateOnly AsOf = new(2026, 3, 1);

    private static Workspace Sample => FuzzSeeds.FullWorkspace;

    /// <summary>Runs <paramref name="answers"/> on <see cref="Threads"/> threads started together; true when every thread's answers equal the sequential ones.</summary>
    private static bool SameFromEveryThread(Func<string[]> answers)
    {
        var expected = answers();
        var results = new string[Threads][];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = answers();
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        return results.All(r => r.SequenceEqual(expected));
    }

    [Property(MaxTest = 15)]
    public bool A_compiled_policy_decides_the_same_from_every_thread(int[] picks)
    {
        var directory = PartnerDirectory.From(Sample);
        var evaluator = new PolicyCompiler().Compile(BuiltInPolicy.Pack);
        var kinds = Enum.GetValues<EngagementKind>();
        var questions = picks.Select(p => (uint)p).Select(p => new Engagement
        {
            Kind = kinds[p % kinds.Length],
            Partners = [directory.Partners[(int)(p / 7 % directory.Partners.Count)].Id],
            Date = AsOf.AddDays((int)(p % 720) - 360),
        }).ToArray();

        return SameFromEveryThread(() => [.. questions.Select(q => evaluator.Decide(directory, q) + " " + evaluator.Explain(directory, q))]);
    }

    [Property(MaxTest = 15)]
    public bool A_compiled_ladder_places_partnerships_the_same_from_every_thread(int[] picks)
    {
        var progression = new PartnershipProgression(Sample.Ladder ?? TierLadder.Default, TimeProvider.System);
        var histories = PartnershipHistory.FromWorkspace(Sample);
        var questions = picks.Select(p => (uint)p).Select(p => (History: histories[(int)(p % histories.Count)], Date: AsOf.AddDays((int)(p / 3 % 900) - 450))).ToArray();

        return SameFromEveryThread(() => [.. questions.Select(q => progression.Evaluate(q.History, q.Date).Explain())]);
    }

    [Property(MaxTest = 15)]
    public bool A_loaded_workspace_answers_queries_the_same_from_every_thread(int[] picks)
    {
        var directory = PartnerDirectory.From(Sample);
        var ids = Sample.Partners.Select(p => p.Id).Concat(Sample.Chapter.Members.Select(m => m.Id)).ToArray();
        var kinds = Enum.GetValues<OrganizationKind>();
        var questions = picks.Select(p => (uint)p).ToArray();

        return SameFromEveryThread(() => [.. questions.Select(p => (p % 4) switch
        {
            0 => directory.NameOf(ids[(int)(p / 4 % ids.Length)]) ?? "-",
            1 => string.Join(",", directory.OrganizationsOfKind(kinds[(int)(p / 4 % kinds.Length)]).Select(o => o.Id)),
            2 => string.Join(",", directory.TiesOf(ids[(int)(p / 4 % ids.Length)]).Select(t => $"{t.From}-{t.To}:{t.Strength}")),
            _ => string.Join(",", PartnershipHistory.FromWorkspace(Sample, AsOf.AddDays((int)(p % 365))).Select(h => h.Partnership.Partner + ":" + h.Interactions.Count)),
        })]);
    }

    [Property(MaxTest = 10)]
    public bool Power_maps_score_the_same_from_every_thread(int[] picks)
    {
        var scorer = new PowerMapScorer();
        var graph = TieGraph.Build(Sample, AsOf);
        var maps = Sample.PowerMaps;
        var accesses = maps.Select(m => AccessMap.Compute(graph, m.Target)).ToArray();
        var questions = picks.Select(p => (uint)p).Select(p => (int)(p % maps.Count)).ToArray();

        return SameFromEveryThread(() => [.. questions.Select(i => string.Join("\n", scorer.Score(maps[i], accesses[i], _ => EligibilityOutcome.Permit, AsOf).Scores))]);
    }

    [Property(MaxTest = 10)]
    public bool Collaboration_checks_give_the_same_answers_from_every_thread(int[] picks)
    {
        var data = Sample.Collaboration!;
        var detector = new CalendarConflictDetector();
        var check = new InclusiveMeetingCheck(data.MeetingProfile);
        var questions = picks.Select(p => (uint)p).ToArray();

        return SameFromEveryThread(() => [.. questions.Select(p => (p % 3) switch
        {
            0 => string.Join("\n", detector.FindConflicts(data.Calendar).Select(c => c.Reason)),
            1 when data.PlannedMeetings.Count > 0 => string.Join("\n", check.Check(data.PlannedMeetings[(int)(p / 3 % data.PlannedMeetings.Count)], AsOf.AddDays((int)(p % 60))).Items),
            _ when data.Tables.Count > 0 => CoalitionTables.StandingOf(data.Tables[(int)(p / 3 % data.Tables.Count)], Sample.Chapter.Id, AsOf.AddDays((int)(p % 200))).ToString()!,
            _ => "-",
        })]);
    }
}
