using BenchmarkDotNet.Attributes;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// Access and priority on 10,000 actors, the best case beside a realistic mix.
/// <list type="bullet">
/// <item><description><c>Uniform</c> (the best case): every actor has 10 ties of fair strength to random
/// parties, so everyone is two or three hops from us; every actor is placed and eligible.</description></item>
/// <item><description><c>Mixed</c>: a seeded mix of near and far actors — a dense circle around the members
/// (30 %), chains of 3 to 8 hops hanging off it (50 %), and actors nobody reaches (20 %); strengths from
/// 0.05 to 1; 60 % placed on the map; eligibility Permit, Review, PermitWithConditions, Forbid and
/// NotPermitted.</description></item>
/// </list>
/// <see cref="AccessAndRanking"/> is the whole question (access, score every placed actor, top 10);
/// <see cref="Routes"/> asks for the routes from us and to the target of 256 seeded actors, per actor.
/// </summary>
[MemoryDiagnoser]
public class MapMixBenchmarks
{
    private const int Actors = 10_000;
    private const int Members = 50;
    private const int Asked = 256;
    private static readonly DateOnly AsOf = new(2026, 3, 1);
    private static readonly EligibilityOutcome[] Outcomes =
    [
        EligibilityOutcome.Permit, EligibilityOutcome.Permit, EligibilityOutcome.Permit, EligibilityOutcome.PermitWithConditions,
        EligibilityOutcome.Review, EligibilityOutcome.Forbid, EligibilityOutcome.NotPermitted,
    ];

    private readonly PowerMapScorer _scorer = new();
    private readonly PartnershipPlanner _planner = new();
    private PowerMap _map = null!;
    private TieGraph _graph = null!;
    private AccessMap _access = null!;
    private PartyId[] _asked = [];
    private Func<PartyId, EligibilityOutcome?> _eligibility = null!;

    [Params("Uniform", "Mixed")]
    public string Shape { get; set; } = "Uniform";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261201);
        var mixed = Shape == "Mixed";
        var ties = new List<Tie>();
        string Actor(int i) => $"a{i}";
        void Add(string from, string to, double strength) => ties.Add(new Tie { From = new PartyId(from), To = new PartyId(to), Category = TieCategory.Other, Strength = strength });
        if (!mixed)
        {
            for (var i = 0; i < Actors; i++)
            {
                for (var j = 0; j < 10; j++)
                {
                    var other = random.Next(Actors + Members + 1);
                    Add(Actor(i), other < Actors ? Actor(other) : other < Actors + Members ? $"m{other - Actors}" : "t", (random.Next(95) + 5) / 100.0);
                }
            }
        }
        else
        {
            var circle = Actors * 3 / 10;
            var chained = Actors * 8 / 10;
            for (var i = 0; i < circle; i++)
            {
                Add($"m{random.Next(Members)}", Actor(i), Strength(random));
                for (var j = 0; j < 5; j++)
                {
                    Add(Actor(i), Actor(random.Next(circle)), Strength(random));
                }
            }

            for (var i = circle; i < chained;)
            {
                var previous = Actor(random.Next(circle));
                var length = random.Next(3, 9);
                for (var k = 0; k < length && i < chained; k++, i++)
                {
                    Add(previous, Actor(i), Strength(random));
                    previous = Actor(i);
                }

                if (random.Next(4) == 0)
                {
                    Add(previous, "t", Strength(random));
                }
            }

            for (var i = chained; i < Actors; i++)
            {
                Add(Actor(i), Actor(chained + random.Next(Actors - chained)), Strength(random));
            }

            for (var j = 0; j < 40; j++)
            {
                Add(Actor(random.Next(circle)), "t", Strength(random));
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
                Members = [.. Enumerable.Range(0, Members).Select(i => new Member { Id = new PartyId($"m{i}"), Name = $"Member {i}" })],
            },
            Partners =
            [
                .. Enumerable.Range(0, Actors).Select(i => (Partner)new Organization { Id = new PartyId(Actor(i)), Name = $"Actor {i}", Kind = (OrganizationKind)(i % 9), PartisanNature = PartisanNature.Nonpartisan }),
                new Individual { Id = new PartyId("t"), Name = "Target", Roles = [IndividualRole.ElectedOfficial] },
            ],
            Ties = ties,
        };
        var placed = Enumerable.Range(0, Actors).Where(_ => !mixed || random.Next(10) < 6).ToArray();
        _map = new PowerMap
        {
            Id = "bench",
            Target = new PartyId("t"),
            Issue = IssueArea.Education,
            Placements = [.. placed.Select(i => new Placement { Actor = new PartyId(Actor(i)), Support = (random.Next(201) - 100) / 100.0, Influence = random.Next(101) / 100.0, AssessedOn = AsOf })],
        };
        var outcomes = Enumerable.Range(0, Actors).ToDictionary(i => new PartyId(Actor(i)), _ => mixed ? Outcomes[random.Next(Outcomes.Length)] : EligibilityOutcome.Permit);
        _eligibility = party => outcomes.TryGetValue(party, out var o) ? o : null;
        _graph = TieGraph.Build(workspace, AsOf);
        _access = AccessMap.Compute(_graph, _map.Target);
        _asked = [.. Enumerable.Range(0, Asked).Select(_ => new PartyId(Actor(random.Next(Actors))))];
    }

    private static double Strength(Random random) => random.Next(5) == 0 ? 0.05 : (random.Next(95) + 5) / 100.0;

    /// <summary>Access from us and to the target, every placed actor scored, the top 10 picked.</summary>
    [Benchmark(Baseline = true)]
    public IReadOnlyList<PartnershipRecommendation> AccessAndRanking()
    {
        var access = AccessMap.Compute(_graph, _map.Target);
        var assessment = _scorer.Score(_map, access, _eligibility, AsOf);
        return _planner.Recommend(assessment, 10);
    }

    /// <summary>The best routes from us and onward to the target, per actor asked.</summary>
    [Benchmark(OperationsPerInvoke = Asked)]
    public int Routes()
    {
        var sum = 0;
        foreach (var actor in _asked)
        {
            sum += _access.RoutesFromUs(actor).Count + _access.RoutesToTarget(actor).Count;
        }

        return sum;
    }
}
