using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>Invariants of access, the priority score and the recommendations, on small random networks.</summary>
[Properties(Arbitrary = [typeof(MapArbitraries)])]
public sealed class PriorityPropertyTests
{
    private static readonly PowerMapScorer Scorer = new();

    private static PowerMapAssessment Score(Workspace workspace, PowerMap map, Func<PartyId, EligibilityOutcome?>? eligibility = null)
        => Scorer.Score(map, AccessMap.Compute(TieGraph.Build(workspace, AsOf), map.Target), eligibility ?? (_ => EligibilityOutcome.Permit), AsOf);

    private static Dictionary<string, double> Scores(Workspace workspace, PowerMap map)
        => Score(workspace, map).Scores.ToDictionary(s => s.Actor.Value, s => s.Score);

    [Property]
    public bool Scores_are_between_0_and_1(Net net)
        => Score(net.Workspace(), net.Map()).Scores.All(s => s.Score is >= 0.0 and <= 1.0 && !double.IsNaN(s.Score));

    [Property]
    public void Raising_an_actors_influence_never_lowers_its_score(Net net)
    {
        var map = net.Map();
        var before = Scores(net.Workspace(), map);
        foreach (var p in map.Placements)
        {
            var raised = map with { Placements = [.. map.Placements, p with { Influence = Math.Min(1.0, p.Influence + 0.3), AssessedOn = p.AssessedOn.AddDays(1) }] };
            Assert.True(Scores(net.Workspace(), raised)[p.Actor.Value] >= before[p.Actor.Value]);
        }
    }

    [Property]
    public void Raising_an_actors_support_within_its_role_never_lowers_its_score(Net net)
    {
        var map = net.Map();
        var before = Scores(net.Workspace(), map);
        foreach (var p in map.Placements)
        {
            var raisedSupport = Math.Min(1.0, p.Support + 0.5);
            if (PowerMapScorer.RoleOf(PlanningOptions.Default, raisedSupport, null) != PowerMapScorer.RoleOf(PlanningOptions.Default, p.Support, null))
            {
                continue;
            }

            var raised = map with { Placements = [.. map.Placements, p with { Support = raisedSupport, AssessedOn = p.AssessedOn.AddDays(1) }] };
            Assert.True(Scores(net.Workspace(), raised)[p.Actor.Value] >= before[p.Actor.Value]);
        }
    }

    [Property]
    public void Raising_a_ties_strength_never_lowers_any_score(Net net)
    {
        var options = new PlanningOptions { RouteToTargetWeight = 1 };
        var scorer = new PowerMapScorer(options);
        var map = net.Map();
        double ScoreOf(Workspace w, string actor) => scorer.Score(map, AccessMap.Compute(TieGraph.Build(w, AsOf), map.Target), _ => EligibilityOutcome.Permit, AsOf).Scores.Single(s => s.Actor.Value == actor).Score;
        var workspace = net.Workspace();
        for (var i = 0; i < workspace.Ties.Count; i++)
        {
            var ties = workspace.Ties.ToArray();
            ties[i] = ties[i] with { Strength = Math.Min(1.0, ties[i].Strength + 0.4) };
            var stronger = workspace with { Ties = ties };
            foreach (var p in map.Placements)
            {
                Assert.True(ScoreOf(stronger, p.Actor.Value) >= ScoreOf(workspace, p.Actor.Value));
            }
        }
    }

    [Property]
    public void Renaming_and_reordering_actors_changes_no_score(Net net)
    {
        // Renaming reverses the id order (z- prefixes sort the other way), so every id tie-break flips.
        static string Rename(string id) => "z" + new string(id.Reverse().ToArray()) + "-" + (char)('z' - id.Length);
        var plain = Scores(net.Workspace(), net.Map());
        var workspace = net.Workspace(Rename);
        var shuffled = workspace with { Partners = [.. workspace.Partners.Reverse()], Ties = [.. workspace.Ties.Reverse()] };
        var map = net.Map(Rename);
        var renamed = Scores(shuffled, map with { Placements = [.. map.Placements.Reverse()] });
        Assert.Equal(plain.Count, renamed.Count);
        foreach (var pair in plain)
        {
            Assert.Equal(pair.Value, renamed[Rename(pair.Key)], 12);
        }
    }

    [Property]
    public void Adding_an_actor_with_no_ties_changes_no_other_score(Net net)
    {
        var before = Scores(net.Workspace(), net.Map());
        var workspace = net.Workspace();
        var map = net.Map();
        var after = Scores(
            workspace with { Partners = [.. workspace.Partners, Org("newcomer", "Newcomer", OrganizationKind.StudentGroup)] },
            map with { Placements = [.. map.Placements, Place("newcomer", 1.0, 1.0)] });
        Assert.True(after["newcomer"] > 0.0); // reach is a bonus, not a gate (seed 002)
        foreach (var pair in before)
        {
            Assert.Equal(pair.Value, after[pair.Key]);
        }
    }

    [Property]
    public Property A_forbidden_actor_is_never_recommended(Net net)
        => Prop.ForAll(Arb.From(Gen.Choose(0, 4)), forbidden =>
        {
            var banned = Id($"o{forbidden}");
            var assessment = Score(net.Workspace(), net.Map(), party => party == banned ? EligibilityOutcome.Forbid : EligibilityOutcome.Permit);
            var picks = new PartnershipPlanner(options: new PlanningOptions { RepeatGroupFactor = 0.5 }).Recommend(assessment, 10);
            return picks.All(r => r.Actor != banned) && picks.All(r => r.Score.Score > 0.0);
        });

    [Property]
    public Property The_best_route_reported_is_the_strongest_there_is()
        => Prop.ForAll(Nets(6), net =>
        {
            var workspace = net.Workspace();
            var access = AccessMap.Compute(TieGraph.Build(workspace, AsOf), Id("t"));
            var target = net.Nodes - 1;
            for (var v = 0; v < net.Nodes; v++)
            {
                var fromUs = Enumerable.Range(0, net.Members).Max(m => BruteForce(net, m, v, avoid: target));
                var toTarget = BruteForce(net, v, target, avoid: -1);
                var id = Id(net.Name(v));
                Close(fromUs, access.ReachOf(id));
                Close(toTarget, access.RouteToTargetOf(id));
                var routes = access.RoutesFromUs(id);
                Close(fromUs, routes.Count == 0 ? 0.0 : routes[0].Strength);
                var onward = access.RoutesToTarget(id);
                Close(toTarget, onward.Count == 0 ? 0.0 : onward[0].Strength);
                Assert.All(routes, r => Assert.Equal(r.Parties.Count, r.Parties.Distinct().Count()));
                Assert.All(routes, r => Assert.True(r.Strength <= routes[0].Strength + 1e-12));
                Assert.All(onward, r => Assert.Equal(Id("t"), r.End));
            }
        });

    [Property]
    public void Routes_and_recommendations_are_the_same_on_every_run_and_for_any_tie_order(Net net)
    {
        var workspace = net.Workspace();
        var once = Score(workspace, net.Map());
        var again = Score(workspace with { Ties = [.. workspace.Ties.Reverse()] }, net.Map());
        Assert.Equal(once.Scores.Select(s => (s.Actor, s.Score)), again.Scores.Select(s => (s.Actor, s.Score)));
        Assert.Equal(once.Scores.Select(s => (s.RoutesFromUs.Count > 0 ? s.RoutesFromUs[0].Parties : null)), again.Scores.Select(s => (s.RoutesFromUs.Count > 0 ? s.RoutesFromUs[0].Parties : null)));
    }

    [Fact]
    public void Equal_scores_are_ranked_by_id()
    {
        var workspace = new Workspace
        {
            Chapter = Chapter(Member("m", "M")),
            Partners = [Org("b", "B", OrganizationKind.Union), Org("a", "A", OrganizationKind.Union), Org("c", "C", OrganizationKind.Union)],
            Ties = [Tie("m", "c", TieCategory.Other, 0.5), Tie("m", "b", TieCategory.Other, 0.5), Tie("m", "a", TieCategory.Other, 0.5)],
        };
        var map = new PowerMap { Id = "x", Target = Id("t"), Issue = IssueArea.Housing, Placements = [Place("c", 0.5, 0.5), Place("a", 0.5, 0.5), Place("b", 0.5, 0.5)] };

        var picks = new PartnershipPlanner().Recommend(Score(workspace, map), 3);

        Assert.Equal(["a", "b", "c"], picks.Select(p => p.Actor.Value));
    }

    private static void Close(double expected, double actual)
        => Assert.True(Math.Abs(expected - actual) <= 1e-9, $"Expected {expected:R}, got {actual:R}.");

    /// <summary>The strongest simple path from <paramref name="from"/> to <paramref name="to"/>, not passing through <paramref name="avoid"/>.</summary>
    private static double BruteForce(Net net, int from, int to, int avoid)
    {
        if (from == to)
        {
            return 1.0;
        }

        var best = 0.0;
        var seen = new bool[net.Nodes];
        void Walk(int node, double strength)
        {
            if (node == to)
            {
                best = Math.Max(best, strength);
                return;
            }

            if (node == avoid && node != from)
            {
                return;
            }

            seen[node] = true;
            foreach (var (a, b, s) in net.Ties)
            {
                if (s <= 0.0 || a == b)
                {
                    continue;
                }

                var next = a == node ? b : b == node ? a : -1;
                if (next >= 0 && !seen[next])
                {
                    Walk(next, strength * s);
                }
            }

            seen[node] = false;
        }

        Walk(from, 1.0);
        return best;
    }
}
