using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>
/// Seed 001's priority factors read one structured field at a time (docs/mutation.md, the maps run):
/// which role, issue area or tag counts, the words each basis uses, the weights' validation and text.
/// </summary>
public sealed class MapsPriorityFactorMutationTests
{
    private static readonly PriorityFactors Factors = PriorityFactors.Default;

    private static Individual Person(params IndividualRole[] roles) => new() { Id = Id("p"), Name = "P", Roles = roles };

    [Fact]
    public void Seed001_an_individual_counts_as_community_led_by_the_first_community_role_it_holds()
    {
        var parts = Factors.Check(Person(IndividualRole.Journalist, IndividualRole.FaithLeader, IndividualRole.CommunityLeader), "OH");

        Assert.Equal(("community-led", 1.0, "a faith leader"), (parts[1].Name, parts[1].Value, parts[1].Basis));
        Assert.Equal(1.25 / 1.75, Factors.Multiplier(Person(IndividualRole.Journalist, IndividualRole.FaithLeader), "OH"), 12);
    }

    [Fact]
    public void An_individual_with_no_community_role_is_not_community_led()
    {
        var parts = Factors.Check(Person(IndividualRole.Journalist, IndividualRole.Academic), "OH");

        Assert.Equal((0.0, "not recorded as community-led (kind, role or tag)"), (parts[1].Value, parts[1].Basis));
        Assert.Equal(1.0 / 1.75, Factors.Multiplier(Person(IndividualRole.Journalist), "OH"), 12);
    }

    [Fact]
    public void Tags_match_whatever_their_case_and_the_basis_quotes_the_partners_own_spelling()
    {
        var person = Person(IndividualRole.Journalist) with { Tags = ["press", "Community-Led", "JUSTICE"] };
        var parts = Factors.Check(person, "OH");

        Assert.Equal(["state not recorded", "tagged Community-Led", "tagged JUSTICE"], parts.Select(p => p.Basis));
        Assert.Equal([0.0, 1.0, 1.0], parts.Select(p => p.Value));
        Assert.Equal(1.5 / 1.75, Factors.Multiplier(person, "OH"), 12);
    }

    [Fact]
    public void Seed001_the_first_justice_issue_area_is_the_basis_before_any_tag()
    {
        var group = Org("g", "G", OrganizationKind.Union) with { IssueAreas = [IssueArea.Education, new IssueArea("poverty"), new IssueArea("racial-justice")], Tags = ["justice"] };

        Assert.Equal((1.0, "works on poverty"), (Factors.Check(group, "OH")[2].Value, Factors.Check(group, "OH")[2].Basis));
        var notJustice = group with { IssueAreas = [IssueArea.Education], Tags = ["union"] };
        Assert.Equal((0.0, "no justice issue area or tag recorded"), (Factors.Check(notJustice, "OH")[2].Value, Factors.Check(notJustice, "OH")[2].Basis));
        Assert.Equal(1.0 / 1.75, Factors.Multiplier(notJustice, "OH"), 12);
    }

    [Fact]
    public void A_party_the_workspace_does_not_describe_holds_no_factor()
    {
        var parts = Factors.Check(null, "OH");

        Assert.Equal(["state not recorded", "not recorded as community-led (kind, role or tag)", "no justice issue area or tag recorded"], parts.Select(p => p.Basis));
        Assert.All(parts, p => Assert.Equal(0.0, p.Value));
        Assert.Equal(1.0 / 1.75, Factors.Multiplier(null, "OH"), 12);
    }

    [Fact]
    public void Each_weight_counts_only_for_its_own_factor()
    {
        var factors = new PriorityFactors { LocalWeight = 0.5, CommunityLedWeight = 0.25, JusticeFocusWeight = 0.125 };
        var local = Org("l", "L", OrganizationKind.Union) with { State = "OH" };
        var led = Org("c", "C", OrganizationKind.NeighborhoodAssociation);
        var justice = Org("j", "J", OrganizationKind.Union) with { IssueAreas = [new IssueArea("womens-rights")] };

        Assert.Equal(1.5 / 1.875, factors.Multiplier(local, "OH"), 12);
        Assert.Equal(1.25 / 1.875, factors.Multiplier(led, "OH"), 12);
        Assert.Equal(1.125 / 1.875, factors.Multiplier(justice, "OH"), 12);
        Assert.Equal([0.5, 0.25, 0.125], factors.Check(local, "OH").Select(p => p.Weight));
    }

    [Fact]
    public void Validation_names_every_weight_that_is_negative_or_not_finite()
    {
        var bad = new PriorityFactors { LocalWeight = -0.5, CommunityLedWeight = double.NaN, JusticeFocusWeight = double.PositiveInfinity };

        Assert.Equal(
            [
                "PriorityFactors.LocalWeight must be a finite number of at least 0; got -0.5.",
                "PriorityFactors.CommunityLedWeight must be a finite number of at least 0; got NaN.",
                "PriorityFactors.JusticeFocusWeight must be a finite number of at least 0; got Infinity.",
            ],
            bad.Validate());
        Assert.Empty(new PriorityFactors { LocalWeight = 0, CommunityLedWeight = 0, JusticeFocusWeight = 0 }.Validate());
        Assert.Empty(PriorityFactors.Default.Validate());
    }

    [Fact]
    public void The_text_form_lists_the_three_weights()
    {
        Assert.Equal("local 0.25, community-led 0.25, justice focus 0.25", PriorityFactors.Default.ToString());
        Assert.Equal("local 0.5, community-led 0, justice focus 1.5", new PriorityFactors { LocalWeight = 0.5, CommunityLedWeight = 0, JusticeFocusWeight = 1.5 }.ToString());
    }
}
