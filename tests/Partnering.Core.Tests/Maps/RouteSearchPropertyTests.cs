using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>
/// The other ways in (issue #14, speed): <c>RouteTree.Detours</c> searches only below the avoided party,
/// and must find exactly what a search over the whole graph without that party finds: the same parties,
/// reached at the same cost and hops, over the same ties, with the same stops.
/// </summary>
[Properties(Arbitrary = [typeof(MapRouteArbitraries)])]
public sealed class RouteSearchPropertyTests
{
    /// <summary>Denser networks than the other properties', with few distinct strengths, so equal routes and their tie-breaks are common.</summary>
    public static Arbitrary<Net> TiedNets() => Arb.From(
        from members in Gen.Choose(1, 3)
        from orgs in Gen.Choose(2, 8)
        let nodes = members + orgs + 1
        from ties in (from a in Gen.Choose(0, nodes - 1)
                      from b in Gen.Choose(0, nodes - 1)
                      from s in Gen.Elements(0.25, 0.5, 1.0)
                      select (a, b, s)).ArrayOf()
        select new Net(members, orgs, ties.Take(24).ToArray(), []));

    [Property(Runs = 300, Arbitrary = [typeof(RouteSearchPropertyTests)])]
    public void Detours_within_the_subtree_equal_the_whole_graph_search(Net net, Forbidden forbidden)
    {
        var graph = TieGraph.Build(net.Workspace(), AsOf);
        var parties = Enumerable.Range(0, net.Nodes).Select(i => Id(net.Name(i))).ToList();
        foreach (var closedOrNot in new[] { null, parties.Where(forbidden.Contains) })
        {
            var access = AccessMap.Compute(graph, Id("t"), 4, closedOrNot);
            foreach (var tree in new[] { access.FromUsTree, access.ToTargetTree })
            {
                if (tree is null)
                {
                    continue;
                }

                for (var node = 0; node < graph.NodeCount; node++)
                {
                    if (tree.Parent(node) < 0)
                    {
                        continue;
                    }

                    var below = Enumerable.Range(0, graph.NodeCount).Where(v => v != node && Below(tree, node, v)).ToHashSet();
                    Same(graph, graph.RoutesAvoiding(tree.Roots, tree.Closed, node, below), tree.Detours(node, below));
                    // The stops: a bound at the avoided party's own cost, and a running bound from the totals found.
                    var bound = tree.Cost(node) + 0.5;
                    Same(graph, graph.RoutesAvoiding(tree.Roots, tree.Closed, node, below, bound), tree.Detours(node, below, bound));
                    var lastHop = below.ToDictionary(v => v, v => 0.25);
                    Same(graph, graph.RoutesAvoiding(tree.Roots, tree.Closed, node, below, double.PositiveInfinity, lastHop, [], 1), tree.Detours(node, below, double.PositiveInfinity, lastHop, [], 1));
                }
            }
        }
    }

    private static bool Below(RouteTree tree, int ancestor, int node)
    {
        for (var walk = node; walk >= 0; walk = tree.Parent(walk))
        {
            if (walk == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static void Same(TieGraph graph, Dictionary<int, (double Cost, int Hops, List<int> Nodes, List<int> Slots)> expected, Dictionary<int, (double Cost, int Hops, List<int> Nodes, List<int> Slots)> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (node, want) in expected)
        {
            var got = actual[node];
            Assert.Equal(want.Cost, got.Cost);
            Assert.Equal(want.Hops, got.Hops);
            Assert.Equal(want.Nodes, got.Nodes);
            // A tie has a slot at each end; the same tie is what counts.
            Assert.Equal(want.Slots.Select(graph.EdgeAt), got.Slots.Select(graph.EdgeAt));
        }
    }
}
