using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

/// <summary>Plain words for the model's vocabularies, used in explanations.</summary>
internal static class Words
{
    public static string Of(OrganizationKind kind) => kind switch
    {
        OrganizationKind.IssueAdvocacy => "an issue advocacy group",
        OrganizationKind.CommunityService => "a community organization",
        OrganizationKind.Union => "a union",
        OrganizationKind.ReligiousInstitution => "a religious institution",
        OrganizationKind.NeighborhoodAssociation => "a neighborhood association",
        OrganizationKind.ProfessionalNetwork => "a professional network",
        OrganizationKind.SportsOrSocialClub => "a sports or social club",
        OrganizationKind.StudentGroup => "a student group",
        OrganizationKind.Business => "a business",
        OrganizationKind.PoliticalParty => "a political party",
        OrganizationKind.PartyClub => "a party club",
        OrganizationKind.CandidateCampaign => "a candidate campaign",
        OrganizationKind.ElectoralCommittee => "an electoral committee",
        OrganizationKind.GovernmentOffice => "a government office",
        OrganizationKind.MediaOutlet => "a media outlet",
        OrganizationKind.AlumniAssociation => "an alumni association",
        _ => "an organization",
    };

    public static string Of(IndividualRole role) => role switch
    {
        IndividualRole.ElectedOfficial => "an elected official",
        IndividualRole.AppointedOfficial => "an appointed official",
        IndividualRole.Candidate => "a candidate",
        IndividualRole.Journalist => "a journalist",
        IndividualRole.Celebrity => "a public figure",
        IndividualRole.Academic => "an academic",
        IndividualRole.Artist => "an artist",
        IndividualRole.Entrepreneur => "an entrepreneur",
        IndividualRole.FaithLeader => "a faith leader",
        IndividualRole.CommunityLeader => "a community leader",
        IndividualRole.Staffer => "a staffer",
        _ => "an individual",
    };

    /// <summary>How a tie of the category reads from its <see cref="Tie.From"/> end.</summary>
    public static string Of(TieCategory category) => category switch
    {
        TieCategory.Membership => "is a member of",
        TieCategory.Employment => "works for",
        TieCategory.Board => "sits on the board of",
        TieCategory.Donation => "donates to",
        TieCategory.Alliance => "is allied with",
        TieCategory.FamilySocial => "knows personally",
        TieCategory.Professional => "works with",
        TieCategory.Influence => "has the ear of",
        _ => "is connected to",
    };

    public static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
