using BenchmarkDotNet.Attributes;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// Access and priority ranking over a tie graph: <see cref="Actors"/> organizations, each with 10 ties
/// to random parties (other actors, 50 members, the target), every actor placed on one power map.
/// The tie graph is the compiled form of a workspace (built once, asked many times), so it is built in
/// setup: the baseline computes access alone (one pass from our side, one from the target);
/// <see cref="AccessAndRanking"/> adds scoring every actor and picking the top 10 (the figure the
/// issue sets targets for); <see cref="BuildTieGraph"/> and <see cref="EndToEnd"/> show the build.
/// </summary>
[MemoryDiagnoser]
public class MapBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);
    private Workspace _workspace = null!;
    private PowerMap _map = null!;
    private TieGraph _graph = null!;
    private readonly PowerMapScorer _scorer = new();
    private readonly PartnershipPlanner _planner = new();

    [Params(1_000, 10_000, 100_000)]
    public int Actors { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_workspace, _map) = Network(Actors);
        _graph = TieGraph.Build(_workspace, AsOf);
    }

    /// <summary>The synthetic network: <paramref name="actors"/> organizations with 10 ties each to random parties (other actors, 50 members, the target), all placed on one map.</summary>
    internal static (Workspace Workspace, PowerMap Map) Network(int actors)
    {
        const int members = 50;
        const int tiesPerActor = 10;
        var partners = new Partner[actors + 1];
        var placements = new Placement[actors];
        for (var i = 0; i < actors; i++)
        {
            partners[i] = new Organization { Id = new PartyId($"a{i}"), Name = $"Actor {i}", Kind = (OrganizationKind)(i % 9), PartisanNature = PartisanNature.Nonpartisan };
            placements[i] = new Placement { Actor = new PartyId($"a{i}"), Support = (((i * 37) % 201) - 100) / 100.0, Influence = (i * 53 % 101) / 100.0, AssessedOn = AsOf };
        }

        partners[actors] = new Individual { Id = new PartyId("t"), Name = "Target", Roles = [IndividualRole.ElectedOfficial] };
        var ties = new Tie[actors * tiesPerActor];
        var state = 12345UL;
        int Next(int bound)
        {
            state = (state * 6364136223846793005UL) + 1442695040888963407UL;
            return (int)((state >> 33) % (ulong)bound);
        }

        var k = 0;
        for (var i = 0; i < actors; i++)
        {
            for (var j = 0; j < tiesPerActor; j++)
            {
                var other = Next(actors + members + 1);
                var to = other < actors ? $"a{other}" : other < actors + members ? $"m{other - actors}" : "t";
                ties[k++] = new Tie { From = new PartyId($"a{i}"), To = new PartyId(to), Category = TieCategory.Other, Strength = (Next(95) + 5) / 100.0 };
            }
        }

        var workspace = new Workspace
        {
            Chapter = new Chapter
            {
                Id = new PartyId("chapter"),
                Name = "Bench Chapter",
                HomeState = "OH",
                TheoryOfChange = new TheoryOfChange { Summary = "Hold our lawmakers accountable" },
                Members = [.. Enumerable.Range(0, members).Select(i => new Member { Id = new PartyId($"m{i}"), Name = $"Member {i}" })],
            },
            Partners = partners,
            Ties = ties,
        };
        return (workspace, new PowerMap { Id = "bench", Target = new PartyId("t"), Issue = IssueArea.Education, Placements = placements });
    }

    [Benchmark(Baseline = true)]
    public AccessMap AccessOnly() => AccessMap.Compute(_graph, _map.Target);

    [Benchmark]
    public IReadOnlyList<PartnershipRecommendation> AccessAndRanking()
    {
        var access = AccessMap.Compute(_graph, _map.Target);
        var assessment = _scorer.Score(_map, access, static _ => EligibilityOutcome.Permit, AsOf);
        return _planner.Recommend(assessment, 10);
    }

    [Benchmark]
    public object BuildTieGraph() => TieGraph.Build(_workspace, AsOf); // object: the tie graph is internal

    [Benchmark]
    public IReadOnlyList<PartnershipRecommendation> EndToEnd()
    {
        var access = AccessMap.Compute(TieGraph.Build(_workspace, AsOf), _map.Target);
        var assessment = _scorer.Score(_map, access, static _ => EligibilityOutcome.Permit, AsOf);
        return _planner.Recommend(assessment, 10);
    }
}
