using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>
/// The access map's edges (docs/mutation.md, the maps run), on seed 002's example network: the range of
/// routes per actor, which parties count as forbidden, a target outside the graph, and routes from us
/// that may end at the target but never pass through it.
/// </summary>
public sealed class MapsAccessMapMutationTests
{
    private static TieGraph Graph(Workspace? workspace = null) => TieGraph.Build(workspace ?? Guidance(), AsOf);

    [Fact]
    public void Routes_per_actor_run_from_1_to_16_and_anything_else_is_refused_with_the_number()
    {
        var graph = Graph();

        Assert.Single(AccessMap.Compute(graph, Id("senator"), routesPerActor: 1).RoutesFromUs(Id("union-12")));
        Assert.Equal(16, AccessMap.Compute(graph, Id("senator"), routesPerActor: 16).RoutesPerActor);
        foreach (var wrong in new[] { 0, 17 })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => AccessMap.Compute(graph, Id("senator"), routesPerActor: wrong));
            Assert.Equal("routesPerActor", error.ParamName);
            Assert.StartsWith($"Routes per actor must be from 1 to 16; got {wrong}.", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Seed002_only_a_party_of_the_graph_given_as_forbidden_and_not_the_target_is_forbidden()
    {
        var access = AccessMap.Compute(Graph(), Id("senator"), forbidden: [Id("dems"), Id("senator"), Id("not-in-the-graph")]);

        Assert.True(access.IsForbidden(Id("dems")));
        Assert.False(access.IsForbidden(Id("senator")));
        Assert.False(access.IsForbidden(Id("not-in-the-graph")));
        Assert.False(access.IsForbidden(Id("parents")));
        Assert.False(AccessMap.Compute(Graph(), Id("senator")).IsForbidden(Id("dems")));
        Assert.Equal(0.7, access.RouteToTargetOf(Id("dems")), 12); // it may still end a route
    }

    [Fact]
    public void A_target_outside_the_graph_is_reached_by_nobody_yet_our_reach_stands()
    {
        var access = AccessMap.Compute(Graph(), Id("governor"));

        Assert.Equal(0.0, access.RouteToTargetOf(Id("union-12")));
        Assert.Empty(access.RoutesToTarget(Id("union-12")));
        Assert.Equal(0.9, access.ReachOf(Id("union-12")), 12);
        Assert.Equal(1.0, access.ReachOf(Id("ana")));
        Assert.Equal(0.0, access.ReachOf(Id("governor")));
        Assert.Empty(access.RoutesFromUs(Id("governor")));
    }

    [Fact]
    public void Seed002_routes_from_us_may_end_at_the_target_but_never_pass_through_it()
    {
        // The senator's chief of staff is tied to nobody but the senator.
        var workspace = Guidance() with
        {
            Partners = [.. Guidance().Partners, new Individual { Id = Id("staff"), Name = "Chief of Staff", Roles = [IndividualRole.Staffer] }],
            Ties = [.. Guidance().Ties, Tie("senator", "staff", TieCategory.Employment, 1.0)],
        };
        var toSenator = AccessMap.Compute(Graph(workspace), Id("senator"));
        var toStaff = AccessMap.Compute(Graph(workspace), Id("staff"));

        Assert.Equal(0.0, toSenator.ReachOf(Id("staff")));
        Assert.Empty(toSenator.RoutesFromUs(Id("staff")));
        Assert.Equal(0.9 * 0.8, toSenator.ReachOf(Id("senator")), 12);
        Assert.Equal(1.0, toSenator.RouteToTargetOf(Id("senator")));
        Assert.Equal(0.9 * 0.8, toStaff.ReachOf(Id("staff")), 12);
        Assert.Equal(["ana", "union-12", "senator", "staff"], toStaff.RoutesFromUs(Id("staff"))[0].Parties.Select(p => p.Value));
    }
}
