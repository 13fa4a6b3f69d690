using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>
/// A score reads its routes from the access map once and keeps them (issue #14, speed): reading them
/// changes neither the score's equality nor what a copy made with <c>with</c> reads.
/// </summary>
public sealed class ScoreRouteMemoTests
{
    private static PowerMapAssessment Assess()
    {
        var workspace = Guidance();
        var map = GuidanceMap();
        var access = AccessMap.Compute(TieGraph.Build(workspace, AsOf), map.Target);
        return new PowerMapScorer().Score(map, access, GuidanceEligibility, AsOf);
    }

    [Fact]
    public void A_score_whose_routes_were_read_equals_one_whose_routes_were_not()
    {
        var assessment = Assess();
        var score = assessment.Scores.First(s => s.Reach > 0);
        var copy = score with { };

        _ = score.RoutesFromUs;
        _ = score.RoutesToTarget;

        Assert.Equal(copy, score);
        Assert.Equal(copy.GetHashCode(), score.GetHashCode());
        Assert.Same(score.RoutesFromUs, score.RoutesFromUs);
        Assert.Equal(copy.RoutesFromUs, score.RoutesFromUs);
    }

    [Fact]
    public void A_copy_for_another_actor_reads_that_actors_routes_not_the_kept_ones()
    {
        var assessment = Assess();
        var reached = assessment.Scores.Where(s => s.Reach > 0).ToList();
        var (first, second) = (reached[0], reached[1]);
        _ = first.RoutesFromUs;

        var moved = first with { Actor = second.Actor };

        Assert.Equal(second.Actor, moved.RoutesFromUs[0].End);
        Assert.Equal(first.Actor, first.RoutesFromUs[0].End);
    }
}
