using Microsoft.Extensions.DependencyInjection;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>The guidance's example: a state senator on an education bill.</summary>
public sealed class GuidanceScenarioTests
{
    private static PartnershipPlan Plan(PlanningOptions? options = null, int top = 5) => new PartnershipPlanner(options: options).Plan(new PlanningRequest
    {
        Workspace = Guidance(),
        PowerMaps = [GuidanceMap()],
        DeclaredAssets =
        [
            new DeclaredAsset { Id = "email-list", Category = AssetCategory.MembershipBase, Name = "Email list", Amount = 1200, Unit = "subscribers", InUse = true },
            new DeclaredAsset { Id = "hall", Category = AssetCategory.PhysicalOrFinancial, Name = "Church hall on Tuesdays", InUse = false },
        ],
        Eligibility = GuidanceEligibility,
        AsOf = AsOf,
        Top = top,
    });

    [Fact]
    public void Seed002_the_union_comes_first_the_PTA_is_recommended_and_the_opposing_chamber_is_only_to_move()
    {
        var plan = Plan().Maps.Single();

        Assert.Equal("union-12", plan.Recommendations[0].Actor.Value);
        Assert.Contains(plan.Recommendations, r => r.Actor == Id("parents"));
        Assert.DoesNotContain(plan.Recommendations, r => r.Actor == Id("chamber"));
        var chamber = Assert.Single(plan.ToMove, m => m.Actor == Id("chamber"));
        Assert.Equal(PlanRole.Neutralize, chamber.Approach);
        Assert.Contains("never a partner", chamber.Reason);
        Assert.Equal(Id("cara"), Assert.Single(chamber.Routes.Take(1)).Start);
        Assert.Equal(Enumerable.Range(1, plan.Recommendations.Count), plan.Recommendations.Select(r => r.Rank));
    }

    [Fact]
    public void Seed000_a_party_club_with_all_the_influence_there_is_is_never_recommended()
    {
        var plan = Plan().Maps.Single();

        Assert.Equal(1.0, plan.Assessment.Scores.Single(s => s.Actor == Id("dems")).Placement.Influence);
        Assert.DoesNotContain(plan.Recommendations, r => r.Actor == Id("dems"));
        Assert.DoesNotContain(plan.ToMove, r => r.Actor == Id("dems"));
        Assert.Equal(PlanRole.Forbidden, plan.Assessment.Scores.Single(s => s.Actor == Id("dems")).Role);
    }

    [Fact]
    public void Seed000_the_built_in_policy_screened_through_its_public_api_keeps_the_party_club_out()
    {
        var workspace = Guidance();
        var screening = new PolicyCompiler().Compile(BuiltInPolicy.Pack).ScreenPartners(PartnerDirectory.From(workspace), AsOf).ToDictionary(s => s.Partner, s => s.Outcome);

        var plan = new PartnershipPlanner().Plan(new PlanningRequest
        {
            Workspace = workspace,
            PowerMaps = [GuidanceMap()],
            Eligibility = party => screening.TryGetValue(party, out var outcome) ? outcome : null,
            AsOf = AsOf,
            Top = 10,
        }).Maps.Single();

        Assert.Equal(EligibilityOutcome.Forbid, screening[Id("dems")]);
        Assert.DoesNotContain(plan.Recommendations, r => r.Actor == Id("dems"));
    }

    [Fact]
    public void Seed002_a_group_found_by_research_with_no_ties_is_recommended_with_a_way_in_to_build()
    {
        var plan = Plan().Maps.Single();

        var found = Assert.Single(plan.Recommendations, r => r.Actor == Id("immigrant-rights"));
        Assert.Null(found.Path);
        Assert.Equal(WayInKind.ColdApproach, found.WayIn.Kind);
        Assert.True(found.WayIn.BuildsWayIn);
        Assert.StartsWith("Build a way in", found.WayIn.Step);
        Assert.StartsWith("Build a way in", found.Reason);
        Assert.Equal(0.0, found.Score.Reach);
        Assert.Equal(1.0 - PlanningOptions.Default.AccessBonus, found.Score.AccessFactor, 12);
    }

    [Fact]
    public void A_group_tied_only_to_others_gets_an_introduction_as_its_way_in()
    {
        var workspace = Guidance() with { Ties = [.. Guidance().Ties, Tie("immigrant-rights", "running-club", TieCategory.Alliance, 0.6)] };
        var plan = new PartnershipPlanner(options: new PlanningOptions { AffiliationStrength = 0 }).Plan(new PlanningRequest { Workspace = workspace, PowerMaps = [GuidanceMap()], Eligibility = GuidanceEligibility, AsOf = AsOf, Top = 10 });

        var found = plan.Maps.Single().Recommendations.Single(r => r.Actor == Id("immigrant-rights"));
        Assert.Equal(WayInKind.Introduction, found.WayIn.Kind);
        Assert.Equal(Id("running-club"), found.WayIn.Introducer);
        Assert.Contains("Riverside Running Club", found.WayIn.Step);
    }

    [Fact]
    public void A_weak_route_makes_the_first_step_an_introduction_by_the_party_next_to_the_actor()
    {
        var workspace = Guidance() with { Ties = [.. Guidance().Ties, Tie("ben", "running-club", TieCategory.FamilySocial, 0.9), Tie("running-club", "immigrant-rights", TieCategory.Alliance, 0.2)] };
        var plan = new PartnershipPlanner().Plan(new PlanningRequest { Workspace = workspace, PowerMaps = [GuidanceMap()], Eligibility = GuidanceEligibility, AsOf = AsOf, Top = 10 });

        var found = plan.Maps.Single().Recommendations.Single(r => r.Actor == Id("immigrant-rights"));
        Assert.Equal(WayInKind.Introduction, found.WayIn.Kind);
        Assert.Equal(Id("running-club"), found.WayIn.Introducer);
        Assert.Equal(Id("ben"), found.WayIn.Member);
    }

    [Fact]
    public void Reach_is_a_bonus_not_a_gate()
    {
        var scores = Plan().Maps.Single().Assessment.Scores.ToDictionary(s => s.Actor.Value);

        Assert.True(scores["immigrant-rights"].Score > 0.0);
        Assert.All(scores.Values.Where(s => !s.Excluded), s => Assert.Equal(s.Core * s.AccessFactor * s.Priority, s.Score, 12));
    }

    [Fact]
    public void The_best_path_reads_as_a_sentence_through_to_the_senator()
    {
        var first = Plan().Maps.Single().Recommendations[0];

        Assert.Equal("Ana Diaz, a member, sits on the board of Teachers Union Local 12", first.Path!.Description);
        Assert.Contains("Way in: Ana Diaz, a member, sits on the board of Teachers Union Local 12, which Senator Maria Reyes listens to.", first.Reason);
        Assert.Equal(WayInKind.Route, first.WayIn.Kind);
        Assert.Equal(Id("ana"), first.WayIn.Member);
        Assert.Equal(0.9, first.Path.Strength, 12);
        Assert.Equal([Id("ana"), Id("union-12")], first.Path.Parties);
    }

    [Fact]
    public void The_latest_assessment_counts()
    {
        var union = Plan().Maps.Single().Assessment.Scores.Single(s => s.Actor == Id("union-12"));

        Assert.Equal(0.8, union.Placement.Support);
        Assert.Equal(Quadrant.InfluentialAlly, union.Quadrant);
    }

    [Fact]
    public void An_earlier_date_uses_the_assessment_of_that_time()
    {
        var map = GuidanceMap();

        Assert.Equal(0.2, map.PlacementOf(Id("union-12"), new DateOnly(2025, 12, 31))!.Support);
        Assert.Null(map.PlacementOf(Id("sea"), new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void The_forbidden_party_club_is_scored_zero_and_says_why()
    {
        var dems = Plan().Maps.Single().Assessment.Scores.Single(s => s.Actor == Id("dems"));

        Assert.True(dems.Excluded);
        Assert.Equal(0.0, dems.Score);
        Assert.Contains("Excluded", dems.Explanation);
    }

    [Fact]
    public void Review_is_flagged_and_explained()
    {
        var sea = Plan().Maps.Single().Recommendations.Single(r => r.Actor == Id("sea"));

        Assert.True(sea.NeedsReview);
        Assert.Contains("review", sea.Reason);
    }

    [Fact]
    public void Every_partner_score_explains_each_of_its_parts()
    {
        var score = Plan().Maps.Single().Assessment.Scores.Single(s => s.Actor == Id("union-12"));

        Assert.Equal(["influence", "stance", "onward", "access", "local", "community-led", "justice focus"], score.Parts.Select(p => p.Name));
        Assert.Equal(score.Core, PowerMapScorer.GeometricMean(score.Parts.Take(3).ToList()), 12);
        Assert.Contains("weighted geometric mean", score.Explanation);
        Assert.Contains("priority", score.Explanation);
        Assert.All(score.Parts, p => Assert.False(string.IsNullOrWhiteSpace(p.Basis)));
    }

    [Fact]
    public void Quadrants_follow_the_documented_thresholds()
    {
        var scores = Plan().Maps.Single().Assessment.Scores.ToDictionary(s => s.Actor.Value, s => s.Quadrant);

        Assert.Equal(Quadrant.InfluentialAlly, scores["union-12"]);
        Assert.Equal(Quadrant.InfluentialOpponent, scores["chamber"]);
        Assert.Equal(Quadrant.BaseSupporter, scores["parents"]);
    }

    [Theory]
    [InlineData(0.6, 0.5, Quadrant.InfluentialAlly)]
    [InlineData(0.25, 0.9, Quadrant.InfluentialAlly)]
    [InlineData(0.24, 0.9, Quadrant.PersuadableInfluencer)]
    [InlineData(-0.25, 0.9, Quadrant.InfluentialOpponent)]
    [InlineData(-0.24, 0.49, Quadrant.Bystander)]
    [InlineData(0.9, 0.49, Quadrant.BaseSupporter)]
    [InlineData(-1.0, 0.0, Quadrant.LowInfluenceOpponent)]
    public void Classify_uses_inclusive_thresholds(double support, double influence, Quadrant expected)
        => Assert.Equal(expected, QuadrantThresholds.Default.Classify(support, influence));

    [Fact]
    public void The_target_leaning_is_kept_apart_from_the_scores()
    {
        var assessment = Plan().Maps.Single().Assessment;

        Assert.Equal(0.1, assessment.TargetLeaning!.Support);
        Assert.DoesNotContain(assessment.Scores, s => s.Actor == Id("senator"));
    }

    [Fact]
    public void Breadth_counts_distinct_groups()
    {
        var breadth = Plan().Maps.Single().Breadth;

        Assert.Equal(["Union", "CommunityService"], breadth.Groups);
        Assert.Equal(0.5, breadth.Ratio);
    }

    [Fact]
    public void A_repeat_group_factor_spreads_the_list_over_more_groups()
    {
        var spread = Plan(new PlanningOptions { RepeatGroupFactor = 0.5 }, top: 2).Maps.Single();

        Assert.Equal(["union-12", "immigrant-rights"], spread.Recommendations.Select(r => r.Actor.Value));
        Assert.Equal(2, spread.Breadth.DistinctGroups);
    }

    [Fact]
    public void Unused_assets_are_the_running_club_and_the_hall_and_the_party_club_tie_is_ruled_out()
    {
        var unused = Plan().UnusedAssets;

        Assert.Equal(["tie:7", "affiliation:ana:0", "hall"], unused.Select(u => u.Asset.Id));
        Assert.Equal([true, false, false], unused.Select(u => u.RuledOut));
        Assert.Contains("ruled out", unused[0].Reason);
        Assert.All(unused, u => Assert.False(string.IsNullOrWhiteSpace(u.Reason)));
    }

    [Fact]
    public void The_asset_map_holds_all_five_categories_and_scores_them()
    {
        var plan = Plan();

        Assert.Equal(Enum.GetValues<AssetCategory>(), plan.AssetScore.Categories.Select(c => c.Category));
        Assert.All(plan.AssetScore.Categories, c => Assert.InRange(c.Score, 0.0, 1.0));
        Assert.InRange(plan.AssetScore.Overall, 0.0, 1.0);
        Assert.Contains(plan.Assets.Assets, a => a.Category == AssetCategory.SkillOrExpertise && a.Name == "Ana Diaz: expertise in education");
        Assert.Contains(plan.Assets.Assets, a => a.Id == "tie:0" && a.Holder == Id("ana") && a.Reaches == Id("union-12"));
        Assert.Contains("1200", plan.AssetScore.Categories[3].Basis);
    }

    [Fact]
    public void AddPartnering_registers_replaceable_planners()
    {
        var services = new ServiceCollection();
        var mine = new PowerMapScorer(new PlanningOptions { InfluenceWeight = 1 });
        services.AddSingleton<IPowerMapScorer>(mine);
        services.AddPartnering();
        services.AddPartnering();
        using var provider = services.BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<IPowerMapScorer>());
        Assert.NotNull(provider.GetRequiredService<IPartnershipPlanner>());
        Assert.Single(services, d => d.ServiceType == typeof(IPartnershipPlanner));
        Assert.NotNull(provider.GetRequiredService<OutreachPlanner>());
        Assert.Single(services, d => d.ServiceType == typeof(OutreachPlanner));
    }

    [Fact]
    public void AddPartnering_keeps_outreach_options_registered_before_it()
    {
        var services = new ServiceCollection();
        var mine = new OutreachOptions();
        services.AddSingleton(mine);
        services.AddPartnering();
        using var provider = services.BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<OutreachOptions>());
        Assert.NotNull(provider.GetRequiredService<OutreachPlanner>());
    }

    [Fact]
    public void Invalid_options_are_reported_together()
    {
        var options = new PlanningOptions { InfluenceWeight = -1, SupportWeight = double.NaN, RoutesPerActor = 0, RepeatGroupFactor = 0, AccessBonus = 2, PriorityFactors = new PriorityFactors { LocalWeight = -1 } };

        Assert.Equal(6, options.Validate().Count);
        var error = Assert.Throws<ArgumentException>(() => new PowerMapScorer(options));
        Assert.Contains("RoutesPerActor", error.Message);
    }

    [Fact]
    public void No_eligibility_given_flags_every_recommendation_for_review()
    {
        var plan = new PartnershipPlanner().Plan(new PlanningRequest { Workspace = Guidance(), PowerMaps = [GuidanceMap()], AsOf = AsOf });

        Assert.All(plan.Maps.Single().Recommendations, r => Assert.True(r.NeedsReview));
        Assert.Contains(plan.Maps.Single().Recommendations, r => r.Actor == Id("dems"));
        Assert.All(plan.Maps.Single().Recommendations, r => Assert.Contains("review", r.Reason));
    }

    [Fact]
    public void Scores_are_ordered_by_score_then_id()
    {
        var scores = Plan().Maps.Single().Assessment.Scores;

        for (var i = 1; i < scores.Count; i++)
        {
            Assert.True(scores[i - 1].Score > scores[i].Score || (scores[i - 1].Score == scores[i].Score && scores[i - 1].Actor < scores[i].Actor));
        }
    }

    [Fact]
    public void Eligibility_is_never_read_as_a_yes_for_NotPermitted()
    {
        var assessment = new PowerMapScorer().Score(GuidanceMap(), AccessMap.Compute(TieGraph.Build(Guidance(), AsOf), Id("senator")), _ => EligibilityOutcome.NotPermitted, AsOf);

        Assert.All(assessment.Scores, s => Assert.True(s.NeedsReview));
    }
}
