using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>
/// What a priority score says about eligibility, for every outcome and for none: excluded only on a
/// forbid, a review needed when nothing was checked, on review and on not permitted, and the sentence
/// the explanation carries for each.
/// </summary>
public sealed class ScoreExplanationTests
{
    private static PriorityScore ScoreWith(EligibilityOutcome? outcome, bool routes = true)
    {
        var workspace = new Workspace
        {
            Chapter = Chapter(Member("m", "M")),
            Partners = [Org("a", "Allies United", OrganizationKind.Union), new Individual { Id = Id("t"), Name = "Sen. Target", Roles = [IndividualRole.ElectedOfficial] }],
            Ties = routes ? [Tie("m", "a", TieCategory.Other, 0.5), Tie("a", "t", TieCategory.Other, 0.8)] : [],
        };
        var map = new PowerMap { Id = "x", Title = "Housing", Target = Id("t"), Issue = IssueArea.Housing, Placements = [Place("a", 0.5, 0.6)] };
        var access = AccessMap.Compute(TieGraph.Build(workspace, AsOf), map.Target);
        return Assert.Single(new PowerMapScorer().Score(map, access, _ => outcome, AsOf).Scores);
    }

    [Theory]
    [InlineData(null, false, true, " Eligibility not checked: review before reaching out.")]
    [InlineData(EligibilityOutcome.Permit, false, false, null)]
    [InlineData(EligibilityOutcome.PermitWithConditions, false, false, " Permitted with conditions.")]
    [InlineData(EligibilityOutcome.Review, false, true, " Eligibility says review: someone must look before reaching out.")]
    [InlineData(EligibilityOutcome.NotPermitted, false, true, " Eligibility says not permitted: someone must look before reaching out.")]
    [InlineData(EligibilityOutcome.Forbid, true, false, " Excluded: eligibility forbids working with this partner, and no route passes through it.")]
    public void Each_eligibility_outcome_excludes_flags_and_explains_as_it_should(EligibilityOutcome? outcome, bool excluded, bool needsReview, string? sentence)
    {
        var score = ScoreWith(outcome);

        Assert.Equal(outcome, score.Eligibility);
        Assert.Equal(excluded, score.Excluded);
        Assert.Equal(needsReview, score.NeedsReview);
        foreach (var other in new[] { " Eligibility not checked", " Permitted with conditions", " Eligibility says", " Excluded:" })
        {
            Assert.Equal(sentence is not null && sentence.StartsWith(other, StringComparison.Ordinal), score.Explanation.Contains(other, StringComparison.Ordinal));
        }

        if (sentence is not null)
        {
            Assert.Contains(sentence, score.Explanation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_actor_nobody_reaches_says_so_and_keeps_a_reduced_score()
    {
        // seed 002: search for groups beyond the familiar ones; reach is a bonus, not a gate.
        var unreached = ScoreWith(EligibilityOutcome.Permit, routes: false);
        var reached = ScoreWith(EligibilityOutcome.Permit);

        Assert.InRange(unreached.Score, double.Epsilon, reached.Score - 1e-9);
        Assert.Contains("We have no recorded way to Allies United yet, and no recorded tie leads from it to Sen. Target.", unreached.Explanation, StringComparison.Ordinal);
        Assert.Contains("access 0.70 (reach 0.00)", unreached.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_explanation_names_the_actor_the_map_and_the_weighted_parts()
    {
        var score = ScoreWith(EligibilityOutcome.Permit);

        Assert.StartsWith("Allies United is a", score.Explanation, StringComparison.Ordinal);
        Assert.Contains(" on Housing: a partnership to build. Score ", score.Explanation, StringComparison.Ordinal);
        Assert.Contains("weighted geometric mean of influence 0.60×", score.Explanation, StringComparison.Ordinal);
        Assert.Contains(", stance 0.75×", score.Explanation, StringComparison.Ordinal);
        Assert.InRange(score.Score, 0.0, 1.0);
        Assert.True(score.Score > 0.0);
    }
}
