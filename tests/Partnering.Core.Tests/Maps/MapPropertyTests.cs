using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>Generators for the maps properties: small random networks and a set of forbidden organizations.</summary>
public static class MapRouteArbitraries
{
    /// <summary>Small random networks (members, organizations, the target, any ties, any placements).</summary>
    public static Arbitrary<Net> Net() => Nets(6);

    /// <summary>Which organizations eligibility forbids (a bit per organization index).</summary>
    public static Arbitrary<Forbidden> Forbidden() => Arb.From(Gen.Choose(0, 63).Select(mask => new Forbidden(mask)));
}

/// <summary>A set of forbidden organizations: organization i is forbidden when bit i is set.</summary>
/// <param name="Mask">The bits.</param>
public sealed record Forbidden(int Mask)
{
    /// <summary>Whether the party is a forbidden organization.</summary>
    public bool Contains(PartyId party) => party.Value.StartsWith('o') && int.TryParse(party.Value.AsSpan(1), out var i) && i < 6 && (Mask & (1 << i)) != 0;

    /// <summary>The eligibility delegate.</summary>
    public EligibilityOutcome? Outcome(PartyId party) => Contains(party) ? EligibilityOutcome.Forbid : EligibilityOutcome.Permit;
}

/// <summary>Invariants of the planner (issue #14), as FsCheck properties over small random networks.</summary>
[Properties(Arbitrary = [typeof(MapRouteArbitraries)])]
public sealed class MapPropertyTests
{
    private static PowerMapPlan PlanOf(Workspace workspace, PowerMap map, Forbidden forbidden)
        => new PartnershipPlanner().Plan(new PlanningRequest { Workspace = workspace, PowerMaps = [map], Eligibility = forbidden.Outcome, AsOf = AsOf, Top = 10 }).Maps.Single();

    private static IEnumerable<string> AllParties(Net net) => Enumerable.Range(0, net.Nodes).Select(net.Name);

    [Property]
    public bool No_recommended_partner_is_an_opponent(Net net, Forbidden forbidden)
    {
        var plan = PlanOf(net.Workspace(), net.Map(), forbidden);
        return plan.Recommendations.All(r => r.Score.Role == PlanRole.Partner
                && r.Score.Placement.Support >= QuadrantThresholds.Default.AllySupport
                && !forbidden.Contains(r.Actor))
            && plan.ToMove.All(m => m.Score.Placement.Support < QuadrantThresholds.Default.AllySupport);
    }

    [Property]
    public bool No_route_passes_through_a_forbidden_party(Net net, Forbidden forbidden)
    {
        var access = AccessMap.Compute(TieGraph.Build(net.Workspace(), AsOf), Id("t"), 4, AllParties(net).Select(Id).Where(forbidden.Contains));
        return AllParties(net).Select(Id).All(party =>
            access.RoutesFromUs(party).Concat(access.RoutesToTarget(party))
                .All(route => route.Parties.Skip(1).SkipLast(1).All(p => !forbidden.Contains(p))));
    }

    [Property]
    public bool Every_printed_way_in_is_a_simple_path(Net net, Forbidden forbidden)
    {
        var plan = PlanOf(net.Workspace(), net.Map(), forbidden);
        return plan.Assessment.Scores.All(s =>
                s.RoutesFromUs.All(r => r.IsSimple)
                && s.RoutesToTarget.All(r => r.IsSimple)
                && (s.WayThrough is null || (s.WayThrough.IsSimple && s.RoutesFromUs.Any(r => r.Start == s.WayThrough.Start) && s.WayThrough.Parties.Contains(s.Actor) && s.WayThrough.End == Id("t"))))
            && plan.Recommendations.All(r => r.WayIn.Route is null || r.WayIn.Route.IsSimple);
    }

    [Property]
    public bool Adding_a_tie_never_lowers_an_actors_best_access(Net net, byte a, byte b, bool strong)
    {
        var workspace = net.Workspace();
        var before = AccessMap.Compute(TieGraph.Build(workspace, AsOf), Id("t"));
        var extra = Tie(net.Name(a % net.Nodes), net.Name(b % net.Nodes), TieCategory.Other, strong ? 0.9 : 0.3);
        var after = AccessMap.Compute(TieGraph.Build(workspace with { Ties = [.. workspace.Ties, extra] }, AsOf), Id("t"));
        return AllParties(net).Select(Id).All(p => after.ReachOf(p) >= before.ReachOf(p) - 1e-12 && after.RouteToTargetOf(p) >= before.RouteToTargetOf(p) - 1e-12);
    }

    [Property]
    public bool The_ranking_is_invariant_to_the_order_of_the_input_lists(Net net, Forbidden forbidden)
    {
        var workspace = net.Workspace();
        var map = net.Map();
        var shuffled = workspace with
        {
            Chapter = workspace.Chapter with { Members = [.. workspace.Chapter.Members.Reverse()] },
            Partners = [.. workspace.Partners.Reverse()],
            Ties = [.. workspace.Ties.Reverse()],
        };
        var once = PlanOf(workspace, map, forbidden);
        var again = PlanOf(shuffled, map with { Placements = [.. map.Placements.Reverse()] }, forbidden);
        // The ranking: who, in which order, with which score and which kind of first step. (The words of a
        // step may differ between two parallel ties of equal strength recorded in opposite directions.)
        return once.Recommendations.Select(r => (r.Actor, r.Score.Score, r.WayIn.Kind, string.Join(">", r.Path?.Parties ?? []))).SequenceEqual(again.Recommendations.Select(r => (r.Actor, r.Score.Score, r.WayIn.Kind, string.Join(">", r.Path?.Parties ?? []))))
            && once.ToMove.Select(r => (r.Actor, r.Score.Score)).SequenceEqual(again.ToMove.Select(r => (r.Actor, r.Score.Score)));
    }
}
