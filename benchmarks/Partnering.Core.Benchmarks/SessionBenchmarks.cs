using BenchmarkDotNet.Attributes;
using Partnering.Core.Documents;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using Partnering.Core.Tiers;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// Opening a <see cref="ChapterSession"/> on the 10,000-partner benchmark workspace (with one power map
/// of 200 actors added) against loading its document alone. Target: <c>LoadAndOpen</c> at most 1.5×
/// <c>Load</c>. The factory is made once (as <c>AddPartnering</c> makes it once), so the built-in pack
/// and the default ladder are compiled once, not per session.
/// </summary>
[MemoryDiagnoser]
public class SessionOpenBenchmarks
{
    private byte[] _document = [];
    private Workspace _workspace = null!;
    private readonly ChapterSessionFactory _factory = new();

    [GlobalSetup]
    public void Setup()
    {
        _workspace = SessionWorkspace.Create();
        _document = WorkspaceDocument.SaveToUtf8Bytes(_workspace, indented: false);
        _ = _factory.Open(_workspace, SessionWorkspace.AsOf);
    }

    [Benchmark(Baseline = true)]
    public int Load() => WorkspaceDocument.Load(_document.AsSpan()).GetValueOrThrow().Partners.Count;

    [Benchmark]
    public int LoadAndOpen() => _factory.Open(WorkspaceDocument.Load(_document.AsSpan()).GetValueOrThrow(), SessionWorkspace.AsOf).Directory.Partners.Count;

    [Benchmark]
    public int OpenOnly() => _factory.Open(_workspace, SessionWorkspace.AsOf).Directory.Partners.Count;
}

/// <summary>
/// Screening every partner, every partnership's tier readiness (eligibility applied) and the
/// recommendations for the power map, on the same workspace: through a session (opened inside the
/// measured call) against the parts called one by one with the same inputs (policy and ladder compiled
/// once outside, as the factory compiles them once). The session must not be slower.
/// </summary>
[MemoryDiagnoser]
public class SessionAnswerBenchmarks
{
    private Workspace _workspace = null!;
    private readonly ChapterSessionFactory _factory = new();
    private IEligibilityEvaluator _policy = null!;
    private IPartnershipProgression _progression = null!;
    private readonly PartnershipPlanner _planner = new();

    [GlobalSetup]
    public void Setup()
    {
        _workspace = SessionWorkspace.Create();
        _policy = new PolicyCompiler().Compile(BuiltInPolicy.For(_workspace));
        _progression = TierLadder.Default.Compile();
        _ = _factory.Open(_workspace, SessionWorkspace.AsOf);
    }

    [Benchmark(Baseline = true)]
    public int Parts()
    {
        var asOf = SessionWorkspace.AsOf;
        var directory = PartnerDirectory.From(_workspace);
        var screening = _policy.ScreenPartners(directory, asOf);
        var outcomes = screening.ToDictionary(s => s.Partner, s => (EligibilityOutcome?)s.Outcome);
        // As the session does: a party with no partnership yet is judged as the chapter reaching out to it (seed 004).
        EligibilityOutcome? Planning(PartyId p)
        {
            if (!outcomes.TryGetValue(p, out var o) || o is not { } screened || directory.PartnershipWith(p) is not null)
            {
                return o;
            }

            var reachingOut = _policy.Decide(directory, new Engagement { Kind = EngagementKind.Outreach, Partners = [p], Date = asOf, ChapterReachesOut = true });
            return reachingOut > screened ? reachingOut : screened;
        }

        var standings = _progression.EvaluateMany(PartnershipHistory.FromWorkspace(_workspace, asOf, _policy, directory), asOf);
        var ready = standings.Count(s => s.Next is { Ready: true });
        var plan = _planner.Plan(new PlanningRequest
        {
            Workspace = _workspace,
            PowerMaps = _workspace.PowerMaps,
            DeclaredAssets = _workspace.Assets,
            Eligibility = Planning,
            AsOf = asOf,
        });
        return screening.Count + ready + plan.Maps[0].Recommendations.Count;
    }

    [Benchmark]
    public int Session()
    {
        var session = _factory.Open(_workspace, SessionWorkspace.AsOf);
        var ready = session.Standings.Count(s => s.Next is { Ready: true });
        return session.Screening.Count + ready + session.Plan.Maps[0].Recommendations.Count;
    }
}

/// <summary>The 10,000-partner benchmark workspace with one power map: a target and 200 actors placed on it.</summary>
internal static class SessionWorkspace
{
    public static readonly DateOnly AsOf = new(2026, 6, 1);

    public static Workspace Create()
    {
        var workspace = LargeWorkspace.Create(10_000);
        var target = workspace.Partners.OfType<Individual>().First().Id;
        var random = new Random(20260315);
        var placements = workspace.Partners.Where(p => p.Id != target).Take(200).Select(p => new Placement
        {
            Actor = p.Id,
            Support = Math.Round(random.NextDouble() * 2 - 1, 2),
            Influence = Math.Round(random.NextDouble(), 2),
            AssessedOn = AsOf.AddDays(-random.Next(1, 200)),
        }).Prepend(new Placement { Actor = target, Support = 0, Influence = 1, AssessedOn = AsOf.AddDays(-30) });
        return workspace with
        {
            PowerMaps = [new PowerMap { Id = "map-1", Target = target, Issue = IssueArea.Climate, Title = "Council on the clean energy bill", Placements = [.. placements] }],
        };
    }
}
