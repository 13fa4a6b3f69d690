using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>Routes: forbidden parties are never passed through, ways in never loop, equal ties never hide a route.</summary>
public sealed class RouteTests
{
    [Fact]
    public void Ties_of_equal_strength_do_not_drop_routes()
    {
        // m–A = 1, m–b = 1, A–b = 1: A is reached directly and through b; b directly and through A.
        var workspace = new Workspace
        {
            Chapter = Chapter(Member("m", "M")),
            Partners = [Org("A", "A", OrganizationKind.Union), Org("b", "B", OrganizationKind.Union)],
            Ties = [Tie("m", "A", TieCategory.Other, 1.0), Tie("m", "b", TieCategory.Other, 1.0), Tie("A", "b", TieCategory.Other, 1.0)],
        };
        var access = AccessMap.Compute(TieGraph.Build(workspace, AsOf), Id("t"));

        Assert.Equal([["m", "A"], ["m", "b", "A"]], access.RoutesFromUs(Id("A")).Select(r => r.Parties.Select(p => p.Value).ToArray()));
        Assert.Equal([["m", "b"], ["m", "A", "b"]], access.RoutesFromUs(Id("b")).Select(r => r.Parties.Select(p => p.Value).ToArray()));
    }

    [Fact]
    public void A_neighbour_reached_through_the_actor_by_a_tie_break_still_gives_its_other_route()
    {
        // b is reached as strongly (and in as many hops) through A as through c; the tie-break sends its
        // strongest route through A, yet m–c–b–A is still a way into A.
        var workspace = new Workspace
        {
            Chapter = Chapter(Member("m", "M")),
            Partners = [Org("A", "A", OrganizationKind.Union), Org("b", "B", OrganizationKind.Union), Org("c", "C", OrganizationKind.Union)],
            Ties = [Tie("m", "A", TieCategory.Other, 1.0), Tie("m", "c", TieCategory.Other, 1.0), Tie("c", "b", TieCategory.Other, 1.0), Tie("A", "b", TieCategory.Other, 1.0)],
        };
        var access = AccessMap.Compute(TieGraph.Build(workspace, AsOf), Id("t"));

        Assert.Equal([["m", "A", "b"], ["m", "c", "b"]], access.RoutesFromUs(Id("b")).Select(r => r.Parties.Select(p => p.Value).ToArray()));
        Assert.Equal([["m", "A"], ["m", "c", "b", "A"]], access.RoutesFromUs(Id("A")).Select(r => r.Parties.Select(p => p.Value).ToArray()));
    }

    [Fact]
    public void K_routes_are_k_in_total_one_per_last_hop()
    {
        var workspace = new Workspace
        {
            Chapter = Chapter(Member("m", "M")),
            Partners = [Org("x", "X", OrganizationKind.Union), Org("a", "A", OrganizationKind.Union), Org("b", "B", OrganizationKind.Union), Org("c", "C", OrganizationKind.Union)],
            Ties =
            [
                Tie("m", "x", TieCategory.Other, 0.9), Tie("m", "a", TieCategory.Other, 0.9), Tie("m", "b", TieCategory.Other, 0.8), Tie("m", "c", TieCategory.Other, 0.7),
                Tie("a", "x", TieCategory.Other, 0.5), Tie("a", "x", TieCategory.Other, 0.6), Tie("b", "x", TieCategory.Other, 0.5), Tie("c", "x", TieCategory.Other, 0.5),
            ],
        };
        var graph = TieGraph.Build(workspace, AsOf);

        var three = AccessMap.Compute(graph, Id("t"), routesPerActor: 3).RoutesFromUs(Id("x"));
        var one = AccessMap.Compute(graph, Id("t"), routesPerActor: 1).RoutesFromUs(Id("x"));

        Assert.Equal([["m", "x"], ["m", "a", "x"], ["m", "b", "x"]], three.Select(r => r.Parties.Select(p => p.Value).ToArray()));
        Assert.Equal(0.9 * 0.6, three[1].Strength, 12); // the stronger of the two parallel ties a–x
        Assert.Single(one);
    }

    [Fact]
    public void Seed000_no_route_passes_through_a_forbidden_party()
    {
        // Dana belongs to the county Democrats (forbidden); the club is tied to a neighborhood group.
        var workspace = Guidance() with
        {
            Partners = [.. Guidance().Partners, Org("block-club", "Elm Street Block Club", OrganizationKind.NeighborhoodAssociation)],
            Ties = [.. Guidance().Ties, Tie("dems", "block-club", TieCategory.Alliance, 0.9)],
        };
        var graph = TieGraph.Build(workspace, AsOf);

        var open = AccessMap.Compute(graph, Id("senator"));
        var closed = AccessMap.Compute(graph, Id("senator"), forbidden: [Id("dems")]);

        Assert.Contains(Id("dems"), open.RoutesFromUs(Id("block-club"))[0].Parties);
        Assert.Empty(closed.RoutesFromUs(Id("block-club")));
        Assert.Equal(0.0, closed.ReachOf(Id("block-club")));
        Assert.True(closed.IsForbidden(Id("dems")));
        Assert.DoesNotContain(closed.RoutesToTarget(Id("parents")).SelectMany(r => r.Parties), p => p == Id("dems"));
        Assert.NotEmpty(closed.RoutesFromUs(Id("dems"))); // it may end a route; it is excluded elsewhere
    }

    [Fact]
    public void The_planner_closes_routes_through_every_party_eligibility_forbids()
    {
        var workspace = Guidance() with
        {
            Partners = [.. Guidance().Partners, Org("block-club", "Elm Street Block Club", OrganizationKind.NeighborhoodAssociation)],
            Ties = [.. Guidance().Ties, Tie("dems", "block-club", TieCategory.Alliance, 0.9)],
        };
        var map = GuidanceMap() with { Placements = [.. GuidanceMap().Placements, Place("block-club", 0.8, 0.5)] };

        var plan = new PartnershipPlanner().Plan(new PlanningRequest { Workspace = workspace, PowerMaps = [map], Eligibility = GuidanceEligibility, AsOf = AsOf, Top = 10 }).Maps.Single();

        var block = plan.Recommendations.Single(r => r.Actor == Id("block-club"));
        Assert.Null(block.Path);
        Assert.True(block.WayIn.BuildsWayIn);
        Assert.NotEqual(Id("dems"), block.WayIn.Introducer);
        Assert.DoesNotContain("County Democrats", block.Reason);
    }

    [Fact]
    public void A_way_in_never_loops_back_through_the_member_who_starts_it()
    {
        // The sample's loop: Ben works with Local 212 (weak), and Local 212's own route to the senator
        // runs back through Ben and the education association.
        var workspace = new Workspace
        {
            Chapter = Chapter(Member("ben", "Ben Okafor")),
            Partners =
            [
                Org("local-212", "Workers United Local 212", OrganizationKind.Union),
                Org("rea", "Riverside Education Association", OrganizationKind.Union),
                new Individual { Id = Id("senator"), Name = "Senator", Roles = [IndividualRole.ElectedOfficial] },
            ],
            Ties = [Tie("ben", "local-212", TieCategory.Professional, 0.2), Tie("ben", "rea", TieCategory.Membership, 0.9), Tie("rea", "senator", TieCategory.Influence, 0.7)],
        };
        var map = new PowerMap { Id = "m", Target = Id("senator"), Issue = IssueArea.Education, Placements = [Place("local-212", 0.6, 0.4), Place("rea", 0.9, 0.8)] };

        var plan = new PartnershipPlanner().Plan(new PlanningRequest { Workspace = workspace, PowerMaps = [map], Eligibility = _ => EligibilityOutcome.Permit, AsOf = AsOf }).Maps.Single();

        var local = plan.Recommendations.Single(r => r.Actor == Id("local-212"));
        Assert.Equal([Id("local-212"), Id("ben"), Id("rea"), Id("senator")], local.Score.RoutesToTarget[0].Parties);
        Assert.Null(local.Score.WayThrough);
        Assert.DoesNotContain("which Ben Okafor works with", local.Reason);
        Assert.Contains("runs back through that way in", local.Reason);
        var rea = plan.Recommendations.Single(r => r.Actor == Id("rea"));
        Assert.Equal([Id("ben"), Id("rea"), Id("senator")], rea.Score.WayThrough!.Parties);
        Assert.True(rea.Score.WayThrough.IsSimple);
    }
}
