using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>
/// The tie graph's own questions (docs/mutation.md, the maps run): which parties and ties it keeps on a
/// day (self-ties, zero strength, the first and last active day, affiliations and their strength), what
/// it says each party is, and the words of a hop read backwards or through an affiliation.
/// </summary>
public sealed class MapsTieGraphMutationTests
{
    private static Workspace Network() => new()
    {
        Chapter = Chapter(
            Member("ana", "Ana Diaz") with { Affiliations = [new Affiliation { OrganizationName = "Riverside Running Club", Organization = Id("running-club"), Role = "  treasurer ", Since = PartialDate.FromDate(AsOf) }] },
            Member("ben", "Ben Okafor") with
            {
                Affiliations =
                [
                    new Affiliation { OrganizationName = "Riverside Running Club", Organization = Id("running-club"), Until = PartialDate.FromDate(AsOf.AddDays(-1)) },
                    new Affiliation { OrganizationName = "A club nobody recorded", Organization = Id("elsewhere") },
                ],
            }),
        Partners =
        [
            Org("running-club", "Riverside Running Club", OrganizationKind.SportsOrSocialClub),
            Org("union", "Teachers Union Local 12", OrganizationKind.Union),
            new Individual { Id = Id("rep"), Name = "Rep. Lee", Roles = [IndividualRole.ElectedOfficial] },
            new Individual { Id = Id("vol"), Name = "Vic Ortiz" },
        ],
        Ties =
        [
            Tie("ana", "union", TieCategory.Board, 0.9),
            Tie("union", "union", TieCategory.Alliance, 1.0),
            Tie("ben", "union", TieCategory.Professional, 0.0),
            Tie("rep", "union", TieCategory.Influence, 0.8, "  listens to  "),
            Tie("union", "rep", TieCategory.Alliance, 0.5),
            Tie("ben", "stranger", TieCategory.Donation, 0.4),
            Tie("ana", "rep", TieCategory.Professional, 0.7) with { Since = PartialDate.FromDate(AsOf.AddDays(1)) },
            Tie("ben", "vol", TieCategory.FamilySocial, 0.6) with { Since = new PartialDate(2026, 3), Until = PartialDate.FromDate(AsOf) },
        ],
    };

    private static string[] Ids(IEnumerable<PartyId> parties) => [.. parties.Select(p => p.Value)];

    [Fact]
    public void The_graph_keeps_every_party_named_and_only_the_ties_active_that_day()
    {
        var graph = TieGraph.Build(Network(), AsOf);

        Assert.Equal(8, graph.PartyCount); // chapter, ana, ben, the club, the union, rep, vol, and the stranger a tie names
        Assert.Equal(6, graph.TieCount); // no self-tie, no tie of strength 0, none starting tomorrow, no ended affiliation
        Assert.Equal(AsOf, graph.AsOf);
        Assert.True(graph.Contains(Id("stranger")));
        Assert.False(graph.Contains(Id("elsewhere")));
        Assert.Equal(["ana", "rep"], Ids(graph.NeighboursOf(Id("union"))));
        Assert.Equal(["running-club", "union"], Ids(graph.NeighboursOf(Id("ana"))));
        Assert.Equal(["stranger", "vol"], Ids(graph.NeighboursOf(Id("ben"))));
        Assert.Empty(graph.NeighboursOf(Id("chapter")));
        Assert.Empty(graph.NeighboursOf(Id("nobody")));
    }

    [Fact]
    public void An_affiliation_strength_of_zero_leaves_affiliations_out_and_one_above_one_is_refused()
    {
        var graph = TieGraph.Build(Network(), AsOf, affiliationStrength: 0.0);

        Assert.Equal(5, graph.TieCount);
        Assert.Equal(["union"], Ids(graph.NeighboursOf(Id("ana"))));
        Assert.Throws<ArgumentOutOfRangeException>(() => TieGraph.Build(Network(), AsOf, affiliationStrength: 1.5));
        Assert.Equal(0.8, AccessMap.Compute(TieGraph.Build(Network(), AsOf, affiliationStrength: 0.8), Id("rep")).ReachOf(Id("running-club")), 12);
    }

    [Fact]
    public void Each_party_is_named_and_kinded_and_an_undescribed_one_keeps_its_id()
    {
        var graph = TieGraph.Build(Network(), AsOf);

        Assert.Equal(
            [GraphPartyKind.Chapter, GraphPartyKind.Member, GraphPartyKind.Organization, GraphPartyKind.Individual, GraphPartyKind.Unknown, GraphPartyKind.Unknown],
            new[] { "chapter", "ana", "union", "rep", "stranger", "nobody" }.Select(p => graph.KindOf(Id(p))));
        Assert.Equal(["Riverside Indivisible", "Rep. Lee", "stranger", "nobody"], new[] { "chapter", "rep", "stranger", "nobody" }.Select(p => graph.NameOf(Id(p))));
        Assert.Equal("Teachers Union Local 12", graph.PartnerOf(Id("union"))?.Name);
        Assert.Null(graph.PartnerOf(Id("ana")));
        Assert.Null(graph.PartnerOf(Id("nobody")));
        Assert.Equal("OH", graph.HomeState);
    }

    [Fact]
    public void Routes_read_an_affiliation_with_its_role_a_tie_backwards_and_a_party_of_our_own()
    {
        var access = AccessMap.Compute(TieGraph.Build(Network(), AsOf), Id("rep"));

        var club = access.RoutesFromUs(Id("running-club"))[0];
        Assert.Equal("Ana Diaz, a member, belongs to (as treasurer) Riverside Running Club", club.Description);
        Assert.Equal((HopBasis.Affiliation, TieCategory.Membership, 0.5), (club.Hops[0].Basis, club.Hops[0].Category, club.Hops[0].Strength));
        var onward = access.RoutesToTarget(Id("union"));
        Assert.Equal("Teachers Union Local 12, a union, is tied to Rep. Lee (Rep. Lee listens to Teachers Union Local 12)", onward[0].Description);
        Assert.Equal((HopBasis.Tie, TieCategory.Influence, 0.8), (onward[0].Hops[0].Basis, onward[0].Hops[0].Category, onward[0].Hops[0].Strength));
        Assert.Equal("Ben Okafor, a member, knows personally Vic Ortiz", access.RoutesFromUs(Id("vol"))[0].Description);
        Assert.Equal("Ben Okafor, a member, donates to stranger", access.RoutesFromUs(Id("stranger"))[0].Description);
        Assert.Equal("Ana Diaz is a member", access.RoutesFromUs(Id("ana"))[0].Description);
        Assert.Equal("Riverside Indivisible is the chapter", access.RoutesFromUs(Id("chapter"))[0].Description);
        Assert.Equal(
            "Ana Diaz, a member, sits on the board of Teachers Union Local 12, which Rep. Lee listens to",
            access.RoutesFromUs(Id("rep"))[0].Description);
        Assert.Equal(0.9 * 0.8, access.ReachOf(Id("rep")), 12);
    }

    [Fact]
    public void Affiliations_without_a_role_a_second_affiliation_and_what_each_party_is_called()
    {
        // Survivors of the 2026-12-02 run (docs/mutation.md): lines 164, 206, 229, 233, 254, 333, 334 and 570.
        Assert.Equal("workspace", Assert.Throws<ArgumentNullException>(() => TieGraph.Build(null!, AsOf)).ParamName);
        var workspace = new Workspace
        {
            Chapter = Chapter(
                Member("ana", "Ana Diaz") with { Affiliations = [new Affiliation { OrganizationName = "Teachers Union Local 12", Organization = Id("union") }] },
                Member("ben", "Ben Okafor") with { Affiliations = [new Affiliation { OrganizationName = "Riverside Running Club", Organization = Id("club"), Role = " " }] }),
            Partners =
            [
                Org("union", "Teachers Union Local 12", OrganizationKind.Union),
                Org("club", "Riverside Running Club", OrganizationKind.SportsOrSocialClub),
                new Individual { Id = Id("rep"), Name = "Rep. Lee", Roles = [IndividualRole.ElectedOfficial, IndividualRole.Candidate] },
                new Individual { Id = Id("vol"), Name = "Vic Ortiz" },
            ],
            Ties = [Tie("ghost", "rep", TieCategory.Donation, 0.3), Tie("vol", "stranger", TieCategory.FamilySocial, 0.9), Tie("stranger", "rep", TieCategory.Influence, 0.9)],
        };
        var graph = TieGraph.Build(workspace, AsOf);
        Assert.Equal(["ana"], Ids(graph.NeighboursOf(Id("union"))));
        Assert.Equal(["ben"], Ids(graph.NeighboursOf(Id("club"))));

        var access = AccessMap.Compute(graph, Id("rep"));
        Assert.Equal("Ana Diaz, a member, belongs to Teachers Union Local 12", access.RoutesFromUs(Id("union"))[0].Description);
        var club = access.RoutesFromUs(Id("club"))[0];
        Assert.Equal("Ben Okafor, a member, belongs to Riverside Running Club", club.Description);
        Assert.Equal((HopBasis.Affiliation, 0.5), (club.Hops[0].Basis, club.Hops[0].Strength));
        Assert.Equal("Vic Ortiz, an individual, knows personally stranger, which has the ear of Rep. Lee", access.RoutesToTarget(Id("vol"))[0].Description);
        Assert.Equal("stranger, a party, has the ear of Rep. Lee", access.RoutesToTarget(Id("stranger"))[0].Description);
        Assert.Equal("ghost, a party, donates to Rep. Lee", access.RoutesToTarget(Id("ghost"))[0].Description);
        Assert.Equal(0.81, access.RouteToTargetOf(Id("vol")), 12);
        Assert.True(graph.TryIndex(Id("rep"), out var rep));
        Assert.Equal("an elected official", graph.RoleAt(rep));
    }
}
