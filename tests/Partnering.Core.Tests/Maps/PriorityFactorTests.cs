using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>Seed 001's priorities (local, community-led, justice-focused groups first) as data.</summary>
public sealed class PriorityFactorTests
{
    private static Workspace TwoGroups() => new()
    {
        Chapter = Chapter(Member("m", "M")),
        Partners =
        [
            Org("network", "Statewide Policy Network", OrganizationKind.IssueAdvocacy) with { State = "PA" },
            Org("tenants", "Eastside Tenants Union", OrganizationKind.NeighborhoodAssociation) with { State = "OH", IssueAreas = [new IssueArea("economic-justice")] },
        ],
        Ties = [Tie("m", "network", TieCategory.Other, 0.5), Tie("m", "tenants", TieCategory.Other, 0.5)],
    };

    private static readonly PowerMap Map = new() { Id = "m", Target = Id("t"), Issue = IssueArea.Housing, Placements = [Place("network", 0.8, 0.6), Place("tenants", 0.8, 0.6)] };

    private static IReadOnlyList<PartnershipRecommendation> Recommend(PlanningOptions options)
        => new PartnershipPlanner(options: options).Plan(new PlanningRequest { Workspace = TwoGroups(), PowerMaps = [Map], Eligibility = _ => EligibilityOutcome.Permit, AsOf = AsOf }).Maps.Single().Recommendations;

    [Fact]
    public void Seed001_a_local_community_led_justice_group_comes_before_an_otherwise_equal_group()
    {
        var picks = Recommend(PlanningOptions.Default);

        Assert.Equal(["tenants", "network"], picks.Select(p => p.Actor.Value));
        var tenants = picks[0].Score;
        Assert.Equal(1.0, tenants.Priority, 12);
        Assert.Equal(1.0 / 1.75, picks[1].Score.Priority, 12);
        Assert.Equal(["based in OH, our home state", "a neighborhood association", "works on economic-justice"], tenants.Parts.Where(p => p.Name is "local" or "community-led" or "justice focus").Select(p => p.Basis));
        Assert.Contains("local yes, community-led yes, justice focus yes", tenants.Explanation);
    }

    [Fact]
    public void Seed001_the_weights_are_configurable_and_zero_leaves_the_factors_out()
    {
        var none = new PlanningOptions { PriorityFactors = new PriorityFactors { LocalWeight = 0, CommunityLedWeight = 0, JusticeFocusWeight = 0 } };
        var picks = Recommend(none);

        Assert.All(picks, p => Assert.Equal(1.0, p.Score.Priority));
        Assert.Equal(picks[0].Score.Score, picks[1].Score.Score, 12);
        Assert.Equal(["network", "tenants"], picks.Select(p => p.Actor.Value)); // equal scores: by id
    }

    [Fact]
    public void Seed001_kinds_issue_areas_and_tags_are_data()
    {
        var tagged = TwoGroups() with { Partners = [Org("network", "Statewide Policy Network", OrganizationKind.IssueAdvocacy) with { State = "OH", Tags = ["community-led", "justice"] }, TwoGroups().Partners[1]] };
        var plan = new PartnershipPlanner().Plan(new PlanningRequest { Workspace = tagged, PowerMaps = [Map], Eligibility = _ => EligibilityOutcome.Permit, AsOf = AsOf }).Maps.Single();

        Assert.All(plan.Recommendations, r => Assert.Equal(1.0, r.Score.Priority, 12));
        var onlyJusticeArea = new PlanningOptions { PriorityFactors = new PriorityFactors { JusticeTags = [], CommunityLedTags = [] } };
        var strict = new PartnershipPlanner(options: onlyJusticeArea).Plan(new PlanningRequest { Workspace = tagged, PowerMaps = [Map], Eligibility = _ => EligibilityOutcome.Permit, AsOf = AsOf }).Maps.Single();
        Assert.Equal(1.25 / 1.75, strict.Recommendations.Single(r => r.Actor == Id("network")).Score.Priority, 12);
    }

    [Fact]
    public void Breadth_of_the_recommended_set_is_kept()
    {
        var plan = new PartnershipPlanner().Plan(new PlanningRequest { Workspace = Guidance(), PowerMaps = [GuidanceMap()], Eligibility = GuidanceEligibility, AsOf = AsOf, Top = 5 }).Maps.Single();

        Assert.Equal(plan.Recommendations.Select(r => r.Score.Group).Distinct(), plan.Breadth.Groups);
        Assert.True(plan.Breadth.DistinctGroups >= 2);
    }
}
