namespace Partnering.Core;

/// <summary>What kind of body an organization is. Closed: use <see cref="Other"/> and tags for the rest.</summary>
public enum OrganizationKind
{
    /// <summary>An issue advocacy group (climate, health care, gun-violence prevention...).</summary>
    IssueAdvocacy,

    /// <summary>A community or direct-service organization (food bank, tenant services...).</summary>
    CommunityService,

    /// <summary>A labor union.</summary>
    Union,

    /// <summary>A congregation or other religious institution.</summary>
    ReligiousInstitution,

    /// <summary>A neighborhood or residents' association.</summary>
    NeighborhoodAssociation,

    /// <summary>A professional network or association.</summary>
    ProfessionalNetwork,

    /// <summary>A sports or social club.</summary>
    SportsOrSocialClub,

    /// <summary>A student group.</summary>
    StudentGroup,

    /// <summary>A business or chamber of commerce.</summary>
    Business,

    /// <summary>A political party, national or state.</summary>
    PoliticalParty,

    /// <summary>A party club (a county party club, a campus "College Democrats"...).</summary>
    PartyClub,

    /// <summary>A candidate's campaign.</summary>
    CandidateCampaign,

    /// <summary>A PAC or other electoral committee.</summary>
    ElectoralCommittee,

    /// <summary>A government office or agency.</summary>
    GovernmentOffice,

    /// <summary>A newspaper, station or other media outlet.</summary>
    MediaOutlet,

    /// <summary>An alumni association.</summary>
    AlumniAssociation,

    /// <summary>Anything else.</summary>
    Other,

    /// <summary>Not known until researched. An organization of unknown kind is never simply permitted: research it first.</summary>
    Unknown,
}

/// <summary>Tax status of an organization (United States).</summary>
public enum TaxStatus
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>No tax-exempt status.</summary>
    None,

    /// <summary>501(c)(3) charity: wary of overtly political framing.</summary>
    Charity501C3,

    /// <summary>501(c)(4) social welfare organization.</summary>
    SocialWelfare501C4,

    /// <summary>501(c)(5) labor or agricultural organization.</summary>
    Labor501C5,

    /// <summary>501(c)(6) business league or chamber of commerce.</summary>
    BusinessLeague501C6,

    /// <summary>Section 527 political organization.</summary>
    Political527,

    /// <summary>Any other status.</summary>
    Other,
}

/// <summary>
/// Whether an organization is partisan or electoral in nature, whatever its form. Closed: the
/// eligibility rules draw a hard line on it.
/// </summary>
public enum PartisanNature
{
    /// <summary>Not partisan and not electoral.</summary>
    Nonpartisan,

    /// <summary>Promotes a political party (a party, a party club, a partisan student group...).</summary>
    Partisan,

    /// <summary>Supports or opposes candidates in elections (a campaign, a PAC...).</summary>
    Electoral,

    /// <summary>Not known until researched. A partner of unknown nature is never simply permitted: research it first.</summary>
    Unknown,
}

/// <summary>
/// What kind of chapter "we" are. It chooses the eligibility pack that binds the chapter (see
/// <c>Eligibility.PolicyPacks</c>): the partisan line of an issue-advocacy chapter (seed 000) is not the
/// line of an electoral team (seed 004).
/// </summary>
public enum ChapterKind
{
    /// <summary>An issue-advocacy chapter (an OFA chapter, an Indivisible group, a campus organizing project): no coordination with parties or candidates.</summary>
    IssueAdvocacy,

    /// <summary>An electoral team (a Sister District team): works to elect its national body's candidates, with allied electoral groups and Affiliates.</summary>
    Electoral,
}

/// <summary>Which way a position goes on an outcome.</summary>
public enum Stance
{
    /// <summary>Works for the outcome.</summary>
    Supports,

    /// <summary>Works against the outcome.</summary>
    Opposes,
}

/// <summary>A public role an individual holds.</summary>
public enum IndividualRole
{
    /// <summary>Holds elected office.</summary>
    ElectedOfficial,

    /// <summary>Appointed or career official.</summary>
    AppointedOfficial,

    /// <summary>Running or has run for office.</summary>
    Candidate,

    /// <summary>Journalist or editor.</summary>
    Journalist,

    /// <summary>Public figure or celebrity.</summary>
    Celebrity,

    /// <summary>Academic or researcher.</summary>
    Academic,

    /// <summary>Artist or performer.</summary>
    Artist,

    /// <summary>Entrepreneur or business owner.</summary>
    Entrepreneur,

    /// <summary>Faith leader.</summary>
    FaithLeader,

    /// <summary>Community leader.</summary>
    CommunityLeader,

    /// <summary>Staff of an office or organization.</summary>
    Staffer,

    /// <summary>Any other role.</summary>
    Other,
}

/// <summary>The result of a candidacy's election. A withdrawal is recorded by its date instead.</summary>
public enum CandidacyResult
{
    /// <summary>The election has not happened or its result is not recorded.</summary>
    Pending,

    /// <summary>Won the election.</summary>
    Won,

    /// <summary>Lost the election.</summary>
    Lost,
}

/// <summary>What a tie between two parties is. Closed; <see cref="Other"/> with a note covers the rest.</summary>
public enum TieCategory
{
    /// <summary>One is a member of the other.</summary>
    Membership,

    /// <summary>One employs the other.</summary>
    Employment,

    /// <summary>One sits on the other's board.</summary>
    Board,

    /// <summary>One donates to the other.</summary>
    Donation,

    /// <summary>The two are allied organizations.</summary>
    Alliance,

    /// <summary>Family or social ties.</summary>
    FamilySocial,

    /// <summary>Professional ties (colleagues, clients, advisers).</summary>
    Professional,

    /// <summary>One has the other's ear: a constituency, an adviser, a known influence.</summary>
    Influence,

    /// <summary>Any other tie.</summary>
    Other,
}

/// <summary>The kinds of dated interaction that make up a partnership's history.</summary>
public enum InteractionKind
{
    /// <summary>A meeting between the chapter and the partner.</summary>
    Meeting,

    /// <summary>A one-on-one meeting.</summary>
    OneOnOne,

    /// <summary>An action alert shared (see <see cref="Interaction.Direction"/>).</summary>
    AlertShared,

    /// <summary>An invitation extended to an event or action (see <see cref="Interaction.Direction"/>).</summary>
    InvitationExtended,

    /// <summary>An event one side promoted for the other (co-branded or shared to its network).</summary>
    EventCoPromoted,

    /// <summary>An event organized together (fundraiser, phonebank, canvass...).</summary>
    EventCoOrganized,

    /// <summary>A joint action (a joint letter, a meeting with an official together...).</summary>
    JointAction,

    /// <summary>An agreement to share leadership, a joint brand or a public coalition.</summary>
    SharedLeadershipAgreement,

    /// <summary>A commitment made by one side (see <see cref="Interaction.Commitment"/>).</summary>
    Commitment,

    /// <summary>A note or update with no other kind.</summary>
    Other,

    /// <summary>
    /// Showing up for the other side: one side attended the other's protest, action or public event
    /// (see <see cref="Interaction.Direction"/>: <see cref="Direction.FromUs"/> when we showed up for
    /// them). Counts as reciprocity (seeds 001 and 004: real partnership means showing up for them).
    /// </summary>
    AttendedAction,

    /// <summary>Showing up for the other side: one side's people volunteered with the other (see <see cref="Interaction.Direction"/>).</summary>
    Volunteered,

    /// <summary>Showing up for the other side: one side raised funds for the other (see <see cref="Interaction.Direction"/>).</summary>
    RaisedFunds,

    /// <summary>We shared the national body's public affiliate information (info sheet, interest form) with the partner (seed 004, step 3).</summary>
    AffiliateInfoShared,

    /// <summary>The partner registered its interest in becoming an affiliate (filled out the interest form; seed 004, step 4).</summary>
    AffiliateInterestRecorded,
}

/// <summary>Which way an interaction went.</summary>
public enum Direction
{
    /// <summary>Both ways or jointly.</summary>
    Mutual,

    /// <summary>From the chapter to the partner.</summary>
    FromUs,

    /// <summary>From the partner to the chapter.</summary>
    FromPartner,
}

/// <summary>Who made a commitment.</summary>
public enum CommitmentParty
{
    /// <summary>The chapter.</summary>
    Us,

    /// <summary>The partner.</summary>
    Partner,
}

/// <summary>Kinds of decision-maker or body a message can be aimed at.</summary>
public enum TargetKind
{
    /// <summary>A legislator or legislative body.</summary>
    Lawmaker,

    /// <summary>An executive official (governor, mayor, agency head) in their office.</summary>
    ExecutiveOfficial,

    /// <summary>A government agency.</summary>
    Agency,

    /// <summary>A corporation or business.</summary>
    Corporation,

    /// <summary>An institution (school board, university, hospital...).</summary>
    Institution,

    /// <summary>A person as a person (not in an office): e.g. an event aimed against a politician personally.</summary>
    Person,

    /// <summary>A political party.</summary>
    Party,

    /// <summary>The public at large (awareness, education).</summary>
    Public,
}

/// <summary>A practice a partner asks others to respect.</summary>
public enum PracticeKind
{
    /// <summary>Spaces or meetings open to community members only: not to be entered uninvited.</summary>
    CommunityOnlySpaces,

    /// <summary>Does not want to be listed publicly as a sponsor or partner.</summary>
    NoPublicListing,

    /// <summary>Needs issue-only framing (e.g. a 501(c)(3)).</summary>
    IssueFramingOnly,

    /// <summary>Decisions need the partner's board or membership approval first.</summary>
    ApprovalNeeded,

    /// <summary>Any other practice, described in words.</summary>
    Other,
}
