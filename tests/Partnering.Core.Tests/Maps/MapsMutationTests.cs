using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>
/// The priority scorer's behaviour that the Stryker.NET run of <c>.ci/mutation/maps.json</c> showed loose
/// (docs/mutation.md): the exact explanation of every role (seed 002's example map), the role lines at
/// exactly the ally and opponent thresholds, the chapter and members kept off the list with a note, an
/// actor outside the tie graph, the breadth group of each kind of party, and the geometric mean's
/// zero weights and zero values.
/// </summary>
public sealed class MapsMutationTests
{
    private static PowerMapAssessment GuidanceScored(PlanningOptions? options = null)
    {
        var map = GuidanceMap() with { Placements = [.. GuidanceMap().Placements, Place("ana", 1.0, 0.5), Place("chapter", 1.0, 0.5), Place("ghost", 0.0, 0.9)] };
        var access = AccessMap.Compute(TieGraph.Build(Guidance(), AsOf), map.Target);
        return new PowerMapScorer(options ?? PlanningOptions.Default with { RouteToTargetWeight = 1.0 }).Score(map, access, GuidanceEligibility, AsOf);
    }

    private static PriorityScore Of(PowerMapAssessment assessment, string actor) => Assert.Single(assessment.Scores, s => s.Actor == Id(actor));

    [Fact]
    public void Seed002_an_opponent_permitted_with_conditions_is_explained_word_for_word()
    {
        var chamber = Of(GuidanceScored(), "chamber");

        Assert.Equal(PlanRole.Neutralize, chamber.Role);
        Assert.Equal(
            "Riverside Chamber of Commerce is an influential opponent on Senator Reyes on the school funding bill: an opponent to persuade or neutralize, never a partner. "
            + "Score 0.711 = core 0.90 (weighted geometric mean of influence 0.90×2, onward 0.90×1) × access 0.79 (reach 0.30). Permitted with conditions. "
            + "Way in: Cara Lind, a member, works with Riverside Chamber of Commerce, which donates to Senator Maria Reyes.",
            chamber.Explanation);
        Assert.Equal(
            [
                "influence 0.90 (weight 2): assessed influence over Senator Maria Reyes (confidence 0.50, source: one-on-one, assessed by ana on 2026-01-15)",
                "onward 0.90 (weight 1): its strongest route to Senator Maria Reyes: Riverside Chamber of Commerce, a business, donates to Senator Maria Reyes",
                "access 0.79 (weight 0.3): 1 - 0.3 + 0.3 × reach 0.30; our strongest route: Cara Lind, a member, works with Riverside Chamber of Commerce",
            ],
            chamber.Parts.Select(p => p.ToString()));
    }

    [Fact]
    public void Seed002_a_partner_is_explained_with_its_stance_and_each_priority_factor()
    {
        var scored = GuidanceScored();
        var union = Of(scored, "union-12");
        var parents = Of(scored, "parents");

        Assert.Equal(
            "Teachers Union Local 12 is an influential ally on Senator Reyes on the school funding bill: a partnership to build. "
            + "Score 0.457 = core 0.82 (weighted geometric mean of influence 0.80×2, stance 0.90×1, onward 0.80×1) × access 0.97 (reach 0.90) × priority 0.57 (local no, community-led no, justice focus no). "
            + "Way in: Ana Diaz, a member, sits on the board of Teachers Union Local 12, which Senator Maria Reyes listens to.",
            union.Explanation);
        Assert.Contains("× priority 0.71 (local no, community-led yes, justice focus no). ", parents.Explanation, StringComparison.Ordinal);
        Assert.Equal(
            ["local 0.00 (weight 0.25): state not recorded", "community-led 1.00 (weight 0.25): a community organization", "justice focus 0.00 (weight 0.25): no justice issue area or tag recorded"],
            parents.Parts.Skip(4).Select(p => p.ToString()));
        Assert.Equal(4.0 / 7.0, union.Priority, 12);
        Assert.Equal(5.0 / 7.0, parents.Priority, 12);
    }

    [Fact]
    public void Seed001_a_local_community_led_justice_group_scores_its_full_priority_and_says_why()
    {
        var group = Of(GuidanceScored(), "immigrant-rights");

        Assert.Equal(1.0, group.Priority);
        Assert.Contains("× priority 1.00 (local yes, community-led yes, justice focus yes).", group.Explanation, StringComparison.Ordinal);
        Assert.Equal(
            ["local 1.00 (weight 0.25): based in OH, our home state", "community-led 1.00 (weight 0.25): a community organization", "justice focus 1.00 (weight 0.25): works on immigrant-rights"],
            group.Parts.Skip(4).Select(p => p.ToString()));
    }

    [Fact]
    public void A_partner_based_elsewhere_is_not_local_and_the_basis_names_both_states()
    {
        var factors = PriorityFactors.Default;
        var partner = Org("far", "Far Away Union", OrganizationKind.Union) with { State = "MI" };

        var local = factors.Check(partner, "OH")[0];

        Assert.Equal(0.0, local.Value);
        Assert.Equal("based in MI, not our home state OH", local.Basis);
        Assert.Equal(1.0 / 1.75, factors.Multiplier(partner, "OH"), 12);
        Assert.Equal(1.25 / 1.75, factors.Multiplier(partner, "MI"), 12);
    }

    [Fact]
    public void Seed002_an_actor_eligibility_forbids_is_off_limits_with_no_score()
    {
        var dems = Of(GuidanceScored(), "dems");

        Assert.Equal(PlanRole.Forbidden, dems.Role);
        Assert.Equal(0.0, dems.Score);
        Assert.Equal(0.0, dems.Core);
        Assert.Equal(
            "Riverside County Democrats is an influential ally on Senator Reyes on the school funding bill: off limits. Excluded: eligibility forbids working with this partner, and no route passes through it.",
            dems.Explanation);
    }

    [Fact]
    public void A_forbidden_opponent_stays_to_neutralize_and_the_explanation_says_never_to_coordinate()
    {
        var scored = GuidanceScored();
        var access = AccessMap.Compute(TieGraph.Build(Guidance(), AsOf), Id("senator"));
        var forbidden = new PowerMapScorer().Score(GuidanceMap(), access, p => p.Value == "chamber" ? EligibilityOutcome.Forbid : EligibilityOutcome.Permit, AsOf);
        var chamber = Of(forbidden, "chamber");

        Assert.Equal(PlanRole.Neutralize, chamber.Role);
        Assert.True(chamber.Excluded);
        Assert.True(chamber.Score > 0.0);
        Assert.Contains(
            "never a partner. Eligibility forbids working with it: never coordinate with it, and no route passes through it; counter its influence instead. Score ",
            chamber.Explanation,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Eligibility forbids working with it", Of(scored, "chamber").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_actor_outside_the_tie_graph_keeps_its_id_as_name_an_unknown_group_and_no_way_in()
    {
        var ghost = Of(GuidanceScored(), "ghost");

        Assert.Equal(PlanRole.Persuade, ghost.Role);
        Assert.Equal("ghost", ghost.Name);
        Assert.Equal("Unknown", ghost.Group);
        Assert.Equal((0.0, 0.0), (ghost.Reach, ghost.Onward));
        Assert.Equal(
            "ghost is a persuadable influencer on Senator Reyes on the school funding bill: someone to persuade, not a partner yet. "
            + "Score 0.000 = core 0.00 (weighted geometric mean of influence 0.90×2, onward 0.00×1) × access 0.70 (reach 0.00). "
            + "We have no recorded way to ghost yet, and no recorded tie leads from it to Senator Maria Reyes.",
            ghost.Explanation);
    }

    [Fact]
    public void A_weight_of_zero_leaves_its_part_out_of_the_explanation_and_the_mean()
    {
        var union = Of(GuidanceScored(PlanningOptions.Default), "union-12");

        Assert.Contains("(weighted geometric mean of influence 0.80×2, stance 0.90×1) × access", union.Explanation, StringComparison.Ordinal);
        Assert.Equal(Math.Pow(0.8, 2.0 / 3.0) * Math.Pow(0.9, 1.0 / 3.0), union.Core, 12);
    }

    [Fact]
    public void The_chapter_and_its_members_are_noted_not_scored()
    {
        var scored = GuidanceScored();

        Assert.DoesNotContain(scored.Scores, s => s.Actor == Id("ana") || s.Actor == Id("chapter"));
        Assert.Equal(
            ["Ana Diaz is a member: one of us, not a partnership to build.", "Riverside Indivisible is the chapter: one of us, not a partnership to build."],
            scored.Notes);
        Assert.Equal(Id("senator"), scored.TargetLeaning?.Actor);
        Assert.Equal("Senator Maria Reyes", scored.TargetName);
    }

    [Fact]
    public void Scores_are_listed_highest_first()
    {
        var scores = GuidanceScored().Scores.Select(s => s.Score).ToArray();

        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Equal(["chamber", "union-12", "sea", "parents"], GuidanceScored().Scores.Take(4).Select(s => s.Actor.Value));
    }

    [Fact]
    public void Access_toward_another_target_is_refused_and_says_which()
    {
        var access = AccessMap.Compute(TieGraph.Build(Guidance(), AsOf), Id("chamber"));

        var error = Assert.Throws<ArgumentException>(() => new PowerMapScorer().Score(GuidanceMap(), access, null, AsOf));

        Assert.Equal("access", error.ParamName);
        Assert.StartsWith("The access map leads to 'chamber' but the power map's target is 'senator'; compute access toward the map's target.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_lines_are_inclusive_at_exactly_the_ally_and_opponent_support()
    {
        var options = PlanningOptions.Default;
        var ally = options.Quadrants.AllySupport;
        var opponent = options.Quadrants.OpponentSupport;

        Assert.Equal(PlanRole.Partner, PowerMapScorer.RoleOf(options, ally, EligibilityOutcome.Permit));
        Assert.Equal(PlanRole.Persuade, PowerMapScorer.RoleOf(options, ally - 1e-9, EligibilityOutcome.Permit));
        Assert.Equal(PlanRole.Neutralize, PowerMapScorer.RoleOf(options, opponent, EligibilityOutcome.Forbid));
        Assert.Equal(PlanRole.Forbidden, PowerMapScorer.RoleOf(options, opponent + 1e-9, EligibilityOutcome.Forbid));
        Assert.Equal(PlanRole.Persuade, PowerMapScorer.RoleOf(options, opponent + 1e-9, null));
    }

    [Fact]
    public void The_breadth_group_is_the_kind_the_first_role_other_or_unknown()
    {
        Assert.Equal("Union", PowerMapScorer.GroupOf(Org("u", "U", OrganizationKind.Union)));
        Assert.Equal("FaithLeader", PowerMapScorer.GroupOf(new Individual { Id = Id("i"), Name = "I", Roles = [IndividualRole.FaithLeader, IndividualRole.ElectedOfficial] }));
        Assert.Equal("Other", PowerMapScorer.GroupOf(new Individual { Id = Id("j"), Name = "J" }));
        Assert.Equal("Unknown", PowerMapScorer.GroupOf(null));
    }

    [Fact]
    public void The_geometric_mean_skips_unweighted_terms_and_is_zero_when_a_weighted_term_is()
    {
        Assert.Equal(0.5, PowerMapScorer.GeometricMean((0.5, 1.0), (0.0, 0.0)), 12);
        Assert.Equal(0.0, PowerMapScorer.GeometricMean((0.5, 1.0), (0.0, 2.0)));
        Assert.Equal(Math.Pow(0.25, 0.75) * Math.Pow(0.5, 0.25), PowerMapScorer.GeometricMean((0.25, 3.0), (0.5, 1.0)), 12);
        Assert.Equal(
            PowerMapScorer.GeometricMean((0.25, 3.0), (0.5, 1.0)),
            PowerMapScorer.GeometricMean([new ScorePart("a", 0.25, 3.0, "x"), new ScorePart("b", 0.5, 1.0, "y")]),
            12);
    }
}
