using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>
/// The words of a priority score where a side has no route (docs/mutation.md, the maps run), its text
/// form, and the routes a copy made for another actor reads, on seed 002's example map.
/// </summary>
public sealed class MapsScoreWordingMutationTests
{
    /// <summary>Seed 002's map plus a library board the senator listens to that no member knows yet.</summary>
    private static PowerMapAssessment Scored()
    {
        var workspace = Guidance() with
        {
            Partners = [.. Guidance().Partners, Org("library", "Riverside Library Board", OrganizationKind.GovernmentOffice)],
            Ties = [.. Guidance().Ties, Tie("library", "senator", TieCategory.Influence, 0.5)],
        };
        var map = GuidanceMap() with { Placements = [.. GuidanceMap().Placements, Place("library", 0.0, 0.6)] };
        return new PowerMapScorer().Score(map, AccessMap.Compute(TieGraph.Build(workspace, AsOf), map.Target), GuidanceEligibility, AsOf);
    }

    private static PriorityScore Of(PowerMapAssessment assessment, string actor) => Assert.Single(assessment.Scores, s => s.Actor == Id(actor));

    [Fact]
    public void Seed002_an_actor_we_cannot_reach_yet_is_told_how_it_reaches_the_target()
    {
        var library = Of(Scored(), "library");

        Assert.EndsWith(
            " We have no recorded way to Riverside Library Board yet; it reaches Senator Maria Reyes as follows: Riverside Library Board, a government office, has the ear of Senator Maria Reyes.",
            library.Explanation,
            StringComparison.Ordinal);
        Assert.Equal(
            [
                "onward 0.50 (weight 0): its strongest route to Senator Maria Reyes: Riverside Library Board, a government office, has the ear of Senator Maria Reyes",
                "access 0.70 (weight 0.3): 1 - 0.3 + 0.3 × reach 0.00; no route from the chapter or any member yet",
            ],
            library.Parts.Skip(1).Select(p => p.ToString()));
    }

    [Fact]
    public void Seed002_an_actor_with_no_route_on_says_so_in_its_onward_part()
    {
        var group = Of(Scored(), "immigrant-rights");

        Assert.Equal("onward 0.00 (weight 0): no recorded route to Senator Maria Reyes", group.Parts[2].ToString());
        Assert.EndsWith(" We have no recorded way to Riverside Immigrant Rights Network yet, and no recorded tie leads from it to Senator Maria Reyes.", group.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_form_is_name_score_and_explanation()
    {
        var union = Of(Scored(), "union-12");

        Assert.Equal(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Teachers Union Local 12 {union.Score:0.000}: {union.Explanation}"), union.ToString());
        Assert.StartsWith("Teachers Union Local 12 0.", union.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_made_for_another_actor_reads_that_actors_routes_not_the_ones_already_read()
    {
        var union = Of(Scored(), "union-12");
        Assert.Equal(Id("union-12"), union.RoutesFromUs[^1].Parties[^1]);
        Assert.Equal(Id("union-12"), union.RoutesToTarget[0].Parties[0]);

        var sea = union with { Actor = Id("sea") };

        Assert.Equal(["ben", "sea"], sea.RoutesFromUs[0].Parties.Select(p => p.Value));
        Assert.Equal(["sea", "senator"], sea.RoutesToTarget[0].Parties.Select(p => p.Value));
        Assert.Equal(["ana", "union-12"], union.RoutesFromUs[0].Parties.Select(p => p.Value));
    }
}
