using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>Several maps per chapter, and the asset map's scores.</summary>
public sealed class AssetAndMultiMapTests
{
    [Fact]
    public void Each_map_has_its_own_placements_and_an_asset_used_by_any_map_is_not_unused()
    {
        var workspace = Guidance() with
        {
            Partners = [.. Guidance().Partners, new Individual { Id = Id("mayor"), Name = "Mayor Kim", Roles = [IndividualRole.ElectedOfficial] }],
            Ties = [.. Guidance().Ties, Tie("running-club", "mayor", TieCategory.Influence, 0.5)],
        };
        var cityMap = new PowerMap { Id = "city-housing", Target = Id("mayor"), Issue = IssueArea.Housing, Placements = [Place("running-club", 0.5, 0.4), Place("union-12", -0.2, 0.1)] };

        var plan = new PartnershipPlanner().Plan(new PlanningRequest { Workspace = workspace, PowerMaps = [GuidanceMap(), cityMap], Eligibility = GuidanceEligibility, AsOf = AsOf });

        Assert.Equal(2, plan.Maps.Count);
        Assert.Equal(0.8, plan.Maps[0].Assessment.Scores.Single(s => s.Actor == Id("union-12")).Placement.Support);
        Assert.Equal(-0.2, plan.Maps[1].Assessment.Scores.Single(s => s.Actor == Id("union-12")).Placement.Support);
        Assert.Equal("Mayor Kim", plan.Maps[1].Assessment.TargetName);
        Assert.DoesNotContain(plan.UnusedAssets, u => u.Asset.Reaches == Id("running-club"));
    }

    [Fact]
    public void An_asset_serving_a_partnership_is_in_use_and_not_unused()
    {
        var workspace = Guidance() with { Partnerships = [new Partnership { Partner = Id("running-club") }] };

        var plan = new PartnershipPlanner().Plan(new PlanningRequest { Workspace = workspace, PowerMaps = [GuidanceMap()], Eligibility = GuidanceEligibility, AsOf = AsOf });

        Assert.True(plan.Assets.Assets.Single(a => a.Id == "affiliation:ana:0").InUse);
        Assert.DoesNotContain(plan.UnusedAssets, u => u.Asset.Id == "affiliation:ana:0");
    }

    [Fact]
    public void A_members_tie_is_an_asset_named_by_the_partner_and_a_tie_to_a_person_is_a_significant_individual()
    {
        // Seed 003's asset inventory: each member's relationships, named as the chapter would say
        // them. The asset map looks partners up by id (only those the members' ties and
        // affiliations name, issue #14), so both ends of a tie must still find their names.
        var workspace = Guidance() with
        {
            Ties = [.. Guidance().Ties, Tie("senator", "cara", TieCategory.FamilySocial, 0.4, "went to school with")],
        };

        var assets = AssetMap.Build(workspace, [], AsOf).Assets;

        var board = Assert.Single(assets, a => a.Holder == Id("ana") && a.Reaches == Id("union-12"));
        Assert.Equal(AssetCategory.OrganizationalRelationship, board.Category);
        Assert.Contains("Teachers Union Local 12", board.Name, StringComparison.Ordinal);
        var person = Assert.Single(assets, a => a.Holder == Id("cara") && a.Reaches == Id("senator"));
        Assert.Equal(AssetCategory.SignificantIndividual, person.Category);
        Assert.Equal("Senator Maria Reyes went to school with Cara Lind", person.Name);
    }

    private static readonly Arbitrary<(int Kind, double Amount)[]> Declared = Arb.From(
        (from kind in Gen.Choose(0, 4)
         from amount in Gen.Choose(0, 5000)
         select (kind, (double)amount)).ArrayOf());

    [Property]
    public Property Asset_scores_are_between_0_and_1_and_adding_an_asset_never_lowers_a_category()
        => Prop.ForAll(Declared, declared =>
        {
            var assets = declared.Select((d, i) => new DeclaredAsset { Id = $"d{i}", Category = (AssetCategory)d.Kind, Name = $"Asset {i}", Amount = d.Amount, InUse = i % 2 == 0 }).ToList();
            var scorer = new AssetMapScorer();
            var before = scorer.Score(AssetMap.Build(Guidance(), assets, AsOf));
            var after = scorer.Score(AssetMap.Build(Guidance(), [.. assets, new DeclaredAsset { Id = "extra", Category = AssetCategory.PhysicalOrFinancial, Name = "Van", InUse = false }], AsOf));
            Assert.InRange(before.Overall, 0.0, 1.0);
            Assert.All(before.Categories, c => Assert.InRange(c.Score, 0.0, 1.0));
            Assert.All(before.Categories.Zip(after.Categories), pair => Assert.True(pair.Second.Score >= pair.First.Score));
            Assert.True(after.Overall >= before.Overall);
        });

    [Fact]
    public void Placements_assessed_after_the_date_do_not_count_yet()
    {
        var map = GuidanceMap() with { Placements = [.. GuidanceMap().Placements, Place("union-12", -1.0, 1.0, new DateOnly(2026, 6, 1))] };

        var assessment = new PowerMapScorer().Score(map, AccessMap.Compute(TieGraph.Build(Guidance(), AsOf), map.Target), GuidanceEligibility, AsOf);

        Assert.Equal(0.8, assessment.Scores.Single(s => s.Actor == Id("union-12")).Placement.Support);
    }

    [Fact]
    public void Members_placed_on_a_map_are_noted_not_scored()
    {
        var map = GuidanceMap() with { Placements = [.. GuidanceMap().Placements, Place("ana", 1.0, 0.2)] };

        var assessment = new PowerMapScorer().Score(map, AccessMap.Compute(TieGraph.Build(Guidance(), AsOf), map.Target), _ => EligibilityOutcome.Permit, AsOf);

        Assert.DoesNotContain(assessment.Scores, s => s.Actor == Id("ana"));
        Assert.Contains(assessment.Notes, n => n.Contains("Ana Diaz is a member"));
    }
}
