using System.Xml.Linq;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>Graphs and maps a careless or hostile caller might hand in, and the pictures.</summary>
public sealed class HostileInputTests
{
    private static AccessMap Access(Workspace workspace, string target = "t", int k = 3)
        => AccessMap.Compute(TieGraph.Build(workspace, AsOf), Id(target), k);

    [Fact]
    public void Cycles_and_self_ties_do_not_loop_and_routes_stay_simple()
    {
        var workspace = new Workspace
        {
            Chapter = Chapter(Member("m", "M")),
            Partners = [Org("a", "A", OrganizationKind.Union), Org("b", "B", OrganizationKind.Union), Org("c", "C", OrganizationKind.Union)],
            Ties =
            [
                Tie("m", "a", TieCategory.Other, 0.9), Tie("a", "b", TieCategory.Other, 0.9), Tie("b", "c", TieCategory.Other, 0.9),
                Tie("c", "a", TieCategory.Other, 0.9), Tie("a", "a", TieCategory.Other, 1.0), Tie("c", "t", TieCategory.Other, 1.0),
                Tie("t", "t", TieCategory.Other, 1.0),
            ],
        };

        var access = Access(workspace, k: 5);

        Assert.Equal(0.81, access.ReachOf(Id("c")), 12);
        Assert.All(access.RoutesFromUs(Id("c")), r => Assert.Equal(r.Parties.Count, r.Parties.Distinct().Count()));
        Assert.Equal(2, access.RoutesFromUs(Id("c")).Count);
        Assert.Equal(5, TieGraph.Build(workspace, AsOf).TieCount);
    }

    [Fact]
    public void Disconnected_parts_have_no_access_and_no_routes()
    {
        var workspace = new Workspace
        {
            Chapter = Chapter(Member("m", "M")),
            Partners = [Org("a", "A", OrganizationKind.Union), Org("island", "Island", OrganizationKind.Union), Org("shore", "Shore", OrganizationKind.Union)],
            Ties = [Tie("m", "a", TieCategory.Other, 0.5), Tie("island", "shore", TieCategory.Other, 0.9), Tie("shore", "t", TieCategory.Other, 0.9)],
        };

        var access = Access(workspace);

        Assert.Equal(0.0, access.ReachOf(Id("island")));
        Assert.Empty(access.RoutesFromUs(Id("island")));
        Assert.Equal(0.81, access.RouteToTargetOf(Id("island")), 12);
        Assert.Equal(0.0, access.RouteToTargetOf(Id("a")));
        Assert.Equal(0.0, access.ReachOf(Id("nobody")));
    }

    [Fact]
    public void A_target_with_no_ties_or_not_in_the_workspace_is_reached_by_nobody()
    {
        var workspace = new Workspace
        {
            Chapter = Chapter(Member("m", "M")),
            Partners = [Org("a", "A", OrganizationKind.Union)],
            Ties = [Tie("m", "a", TieCategory.Other, 0.5)],
        };
        var map = new PowerMap { Id = "x", Target = Id("absent"), Issue = IssueArea.Climate, Placements = [Place("a", 0.5, 0.8)] };

        var access = Access(workspace, "absent");
        var assessment = new PowerMapScorer().Score(map, access, _ => EligibilityOutcome.Permit, AsOf);

        Assert.Equal(0.0, access.RouteToTargetOf(Id("a")));
        Assert.Empty(access.RoutesToTarget(Id("a")));
        Assert.Equal(0.5, access.ReachOf(Id("a")), 12);
        Assert.InRange(assessment.Scores.Single().Score, 0.01, 1.0);
        Assert.Contains("no recorded route to absent", assessment.Scores.Single().Parts.Single(p => p.Name == "onward").Basis);
    }

    [Fact]
    public void Zero_strength_ties_carry_nothing()
    {
        var workspace = new Workspace
        {
            Chapter = Chapter(Member("m", "M")),
            Partners = [Org("a", "A", OrganizationKind.Union)],
            Ties = [Tie("m", "a", TieCategory.Other, 0.0)],
        };

        Assert.Equal(0.0, Access(workspace).ReachOf(Id("a")));
        Assert.Equal(0, TieGraph.Build(workspace, AsOf).TieCount);
    }

    [Fact]
    public void Ties_not_active_on_the_date_are_left_out()
    {
        var workspace = new Workspace
        {
            Chapter = Chapter(Member("m", "M")),
            Partners = [Org("a", "A", OrganizationKind.Union), Org("b", "B", OrganizationKind.Union)],
            Ties =
            [
                Tie("m", "a", TieCategory.Other, 0.9) with { Until = new PartialDate(2025) },
                Tie("m", "b", TieCategory.Other, 0.9) with { Since = new PartialDate(2026, 4) },
            ],
        };

        Assert.Equal(0, TieGraph.Build(workspace, AsOf).TieCount);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void NaN_and_out_of_range_numbers_are_rejected_when_built(double bad)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tie("a", "b", TieCategory.Other, bad));
        Assert.Throws<ArgumentOutOfRangeException>(() => Place("a", 0.0, bad));
        Assert.Throws<ArgumentOutOfRangeException>(() => Place("a", bad * 20, 0.5));
    }

    [Fact]
    public void A_million_ties_are_handled_in_bounded_fashion()
    {
        var workspace = MapScale.Network(100_000, 10, members: 50);
        var map = MapScale.Map(workspace);

        var plan = new PartnershipPlanner().Plan(new PlanningRequest { Workspace = workspace, PowerMaps = [map], AsOf = AsOf, Top = 10, Eligibility = _ => EligibilityOutcome.Permit });

        var only = plan.Maps.Single();
        Assert.Equal(1_000_000, workspace.Ties.Count);
        Assert.Equal(10, only.Recommendations.Count);
        Assert.All(only.Assessment.Scores, s => Assert.InRange(s.Score, 0.0, 1.0));
        Assert.All(only.Recommendations, r => Assert.True(r.Path!.Hops.Count <= 100_000));
    }

    [Fact]
    public void The_svg_is_well_formed_and_shows_every_actor_the_target_and_the_axes()
    {
        var workspace = Guidance() with { Partners = [.. Guidance().Partners, Org("odd", "Fish & <Chips> \"Co\" 'Ltd'", OrganizationKind.Business)] };
        var map = GuidanceMap() with { Placements = [.. GuidanceMap().Placements, Place("odd", -0.9, 0.1)] };
        var assessment = new PowerMapScorer().Score(map, AccessMap.Compute(TieGraph.Build(workspace, AsOf), map.Target), GuidanceEligibility, AsOf);

        var svg = MapPictures.PowerMapSvg(assessment);
        var document = XDocument.Parse(svg);
        var texts = document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();

        foreach (var score in assessment.Scores)
        {
            Assert.Contains(texts, t => t.StartsWith(score.Name, StringComparison.Ordinal));
        }

        Assert.Contains("Senator Maria Reyes (target)", texts);
        Assert.Contains("Riverside County Democrats (forbidden)", texts);
        Assert.Contains("Influential allies", texts);
        Assert.Contains("Persuadable influencers", texts);
        Assert.Equal(assessment.Scores.Count, document.Descendants().Count(e => e.Name.LocalName == "circle"));
        Assert.Contains("#bbbbbb", svg);
    }

    [Property]
    public FsCheck.Property The_svg_stays_well_formed_for_any_names()
        => FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.ArbMap.Default.ArbFor<FsCheck.NonEmptyString>(), name =>
        {
            var text = name.Get.Trim().Length == 0 ? "x" : name.Get;
            var workspace = new Workspace { Chapter = Chapter(Member("m", "M")), Partners = [Org("a", text, OrganizationKind.Union), new Individual { Id = Id("t"), Name = text }] };
            var map = new PowerMap { Id = "x", Target = Id("t"), Issue = IssueArea.Climate, Title = text, Placements = [Place("a", 0.5, 0.5), Place("t", 0.3, 1.0)] };
            var assessment = new PowerMapScorer().Score(map, AccessMap.Compute(TieGraph.Build(workspace, AsOf), map.Target), null, AsOf);
            XDocument.Parse(MapPictures.PowerMapSvg(assessment));
        });

    [Fact]
    public void Access_computed_from_the_workspace_is_access_over_its_tie_graph_with_the_options()
    {
        // the public entry point builds the (internal) tie graph with the options' affiliation strength and routes per actor
        var workspace = Guidance();
        var options = new PlanningOptions { AffiliationStrength = 0.3, RoutesPerActor = 2 };
        var fromWorkspace = AccessMap.Compute(workspace, AsOf, Id("senator"), options, [Id("sea")]);
        var overGraph = AccessMap.Compute(TieGraph.Build(workspace, AsOf, 0.3), Id("senator"), 2, [Id("sea")]);

        Assert.Equal(2, fromWorkspace.RoutesPerActor);
        var parties = workspace.Partners.Select(p => p.Id).Concat(workspace.Chapter.Members.Select(m => m.Id)).ToList();
        Assert.Contains(parties, p => fromWorkspace.ReachOf(p) is > 0 and < 1);
        foreach (var party in parties)
        {
            Assert.Equal(overGraph.ReachOf(party), fromWorkspace.ReachOf(party));
            Assert.Equal(overGraph.RouteToTargetOf(party), fromWorkspace.RouteToTargetOf(party));
            Assert.Equal(overGraph.RoutesFromUs(party).Select(r => r.Description), fromWorkspace.RoutesFromUs(party).Select(r => r.Description));
        }

        Assert.NotEqual(
            parties.Select(AccessMap.Compute(workspace, AsOf, Id("senator")).ReachOf),
            parties.Select(fromWorkspace.ReachOf));
    }

    [Fact]
    public void The_mermaid_diagram_names_each_party_once_and_each_hop()
    {
        var graph = TieGraph.Build(Guidance(), AsOf);
        var access = AccessMap.Compute(graph, Id("senator"));
        var paths = new[] { access.RoutesFromUs(Id("union-12"))[0], access.RoutesToTarget(Id("union-12"))[0], access.RoutesFromUs(Id("sea"))[0] };

        var mermaid = MapPictures.AccessMermaid(paths, access);

        Assert.StartsWith("flowchart LR\n", mermaid, StringComparison.Ordinal);
        Assert.Equal(1, mermaid.Split("Teachers Union Local 12").Length - 1);
        Assert.Contains("n0([\"Ana Diaz\"])", mermaid);
        Assert.Contains("-- \"Board 0.90\" -->", mermaid);
        Assert.Contains("-- \"Influence 0.80\" -->", mermaid);
        Assert.Equal(3, mermaid.Split("-->").Length - 1);
    }
}
