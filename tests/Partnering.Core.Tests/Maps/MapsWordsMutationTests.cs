using Partnering.Core.Maps;

namespace Partnering.Core.Tests.Maps;

/// <summary>The plain words a route uses for each organization kind, individual role and tie category (docs/mutation.md, the maps run).</summary>
public sealed class MapsWordsMutationTests
{
    [Fact]
    public void Every_organization_kind_has_its_own_words()
    {
        Assert.Equal(
            [
                "an issue advocacy group", "a community organization", "a union", "a religious institution", "a neighborhood association", "a professional network",
                "a sports or social club", "a student group", "a business", "a political party", "a party club", "a candidate campaign", "an electoral committee",
                "a government office", "a media outlet", "an alumni association",
            ],
            new[]
            {
                OrganizationKind.IssueAdvocacy, OrganizationKind.CommunityService, OrganizationKind.Union, OrganizationKind.ReligiousInstitution, OrganizationKind.NeighborhoodAssociation,
                OrganizationKind.ProfessionalNetwork, OrganizationKind.SportsOrSocialClub, OrganizationKind.StudentGroup, OrganizationKind.Business, OrganizationKind.PoliticalParty,
                OrganizationKind.PartyClub, OrganizationKind.CandidateCampaign, OrganizationKind.ElectoralCommittee, OrganizationKind.GovernmentOffice, OrganizationKind.MediaOutlet,
                OrganizationKind.AlumniAssociation,
            }.Select(Words.Of));
    }

    [Fact]
    public void Every_individual_role_has_its_own_words_and_any_other_is_an_individual()
    {
        Assert.Equal(
            ["an elected official", "an appointed official", "a candidate", "a journalist", "a public figure", "an academic", "an artist", "an entrepreneur", "a faith leader", "a community leader", "a staffer", "an individual"],
            new[]
            {
                IndividualRole.ElectedOfficial, IndividualRole.AppointedOfficial, IndividualRole.Candidate, IndividualRole.Journalist, IndividualRole.Celebrity, IndividualRole.Academic,
                IndividualRole.Artist, IndividualRole.Entrepreneur, IndividualRole.FaithLeader, IndividualRole.CommunityLeader, IndividualRole.Staffer, IndividualRole.Other,
            }.Select(Words.Of));
    }

    [Fact]
    public void Every_tie_category_reads_from_its_from_end()
    {
        Assert.Equal(
            ["is a member of", "works for", "sits on the board of", "donates to", "is allied with", "knows personally", "works with", "has the ear of", "is connected to"],
            new[]
            {
                TieCategory.Membership, TieCategory.Employment, TieCategory.Board, TieCategory.Donation, TieCategory.Alliance, TieCategory.FamilySocial, TieCategory.Professional,
                TieCategory.Influence, TieCategory.Other,
            }.Select(Words.Of));
        Assert.Equal("0.50", Words.Number(0.5));
    }
}
