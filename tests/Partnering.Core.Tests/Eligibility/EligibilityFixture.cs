using Partnering.Core.Eligibility;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>A chapter and a directory of partners that exercise every rule of the built-in pack.</summary>
internal static class EligibilityFixture
{
    public static readonly DateOnly Today = new(2026, 3, 14);

    public static readonly Tactic DisruptTownHall = new("disrupt town hall");

    public static readonly Chapter Riverside = new()
    {
        Id = new PartyId("riverside"),
        Name = "Riverside Indivisible",
        HomeState = "OH",
        NationalBody = "Indivisible",
        Kind = ChapterKind.IssueAdvocacy,
        PointOfContact = new ContactPoint { Name = "Maya Chen", Role = "organizing director", Email = "maya@example.org" },
        Positions = [new Position { Issue = IssueArea.HealthCare, Outcome = "repeal the affordable care act", Stance = Stance.Opposes }, new Position { Issue = IssueArea.HealthCare, Outcome = "medicaid cuts", Stance = Stance.Opposes }],
        IssueAreas = [IssueArea.Climate, IssueArea.HealthCare, IssueArea.Housing],
        TheoryOfChange = new TheoryOfChange
        {
            Summary = "Hold our lawmakers accountable",
            Targets = [TargetKind.Lawmaker, TargetKind.ExecutiveOfficial],
            AvoidedTargets = [TargetKind.Person],
            OpposedOutcomes = ["repeal the affordable care act"],
        },
        AllowedTactics = [new Tactic("call-in day"), new Tactic("rally"), new Tactic("town hall attendance")],
        DisallowedTactics = [DisruptTownHall],
        NationalRelationships = [new NationalRelationship { HeldBy = "Indivisible national", OrganizationName = "Sierra Club", Contact = "organizing staff" }],
        Members =
        [
            new Member
            {
                Id = new PartyId("m-ana"),
                Name = "Ana",
                Contact = new ContactPoint { Email = "ana@example.org", Phone = "+1 614 555 0100" },
                Affiliations = [new Affiliation { OrganizationName = "College Democrats", Organization = new PartyId("college-dems"), Role = "member" }],
            },
        ],
    };

    public static readonly Organization ClimateNow = Org("climate-now", "Climate Now Ohio", OrganizationKind.IssueAdvocacy, PartisanNature.Nonpartisan, IssueArea.Climate) with { TaxStatus = TaxStatus.SocialWelfare501C4 };
    public static readonly Organization CountyDems = Org("county-dems", "County Democratic Club", OrganizationKind.PartyClub, PartisanNature.Partisan, IssueArea.HealthCare);
    public static readonly Organization StateParty = Org("state-party", "Ohio State Party", OrganizationKind.PoliticalParty, PartisanNature.Partisan, IssueArea.Climate);
    public static readonly Organization CollegeDems = Org("college-dems", "College Democrats", OrganizationKind.StudentGroup, PartisanNature.Partisan, IssueArea.Climate);
    public static readonly Organization GreenPac = Org("green-pac", "Green Victory Fund", OrganizationKind.Business, PartisanNature.Electoral, IssueArea.Climate);
    public static readonly Organization HealthFirst = Org("health-first", "Health Care for All Ohio", OrganizationKind.IssueAdvocacy, PartisanNature.Nonpartisan, IssueArea.HealthCare);
    public static readonly Organization RepealNow = Org("repeal-now", "Patients Choice Ohio", OrganizationKind.IssueAdvocacy, PartisanNature.Nonpartisan, IssueArea.HealthCare) with { Goals = ["Repeal the Affordable Care Act by 2027"], Positions = [new Position { Issue = IssueArea.HealthCare, Outcome = "repeal the affordable care act", Stance = Stance.Supports }] };
    public static readonly Organization SierraPa = Org("sierra-pa", "Sierra Club Pittsburgh", OrganizationKind.IssueAdvocacy, PartisanNature.Nonpartisan, IssueArea.Climate) with { State = "PA", NationalParent = "Sierra Club" };
    public static readonly Organization FoodBank = Org("food-bank", "Riverside Food Bank", OrganizationKind.CommunityService, PartisanNature.Nonpartisan, IssueArea.HealthCare) with { TaxStatus = TaxStatus.Charity501C3 };
    public static readonly Organization TenantUnion = Org("tenant-union", "Eastside Tenants", OrganizationKind.CommunityService, PartisanNature.Nonpartisan, IssueArea.Housing) with { Practices = [new Practice { Kind = PracticeKind.CommunityOnlySpaces, Description = "Members-only meetings" }] };
    public static readonly Organization QuietChurch = Org("quiet-church", "First Valley Church", OrganizationKind.ReligiousInstitution, PartisanNature.Nonpartisan, IssueArea.Climate) with { Practices = [new Practice { Kind = PracticeKind.NoPublicListing }] };
    public static readonly Organization Bowling = Org("bowling", "Riverside Bowling League", OrganizationKind.SportsOrSocialClub, PartisanNature.Nonpartisan, new IssueArea("recreation"));

    public static readonly Individual RepLee = new()
    {
        Id = new PartyId("rep-lee"),
        Name = "Rep. Dana Lee",
        State = "OH",
        Roles = [IndividualRole.ElectedOfficial],
        Offices = [new OfficeHeld { Title = "U.S. Representative, OH-3", Since = new PartialDate(2023, 1, 3) }],
        Contacts = [new ContactPoint { Name = "Scheduler", Email = "scheduler@example.gov" }],
    };

    public static readonly Individual SenPark = new()
    {
        Id = new PartyId("sen-park"),
        Name = "Sen. Jo Park",
        State = "OH",
        Roles = [IndividualRole.ElectedOfficial, IndividualRole.Candidate],
        Offices = [new OfficeHeld { Title = "State Senator, District 12", Since = new PartialDate(2022, 1, 1) }],
        Candidacies = [new Candidacy { Office = "State Senator, District 12", Declared = new PartialDate(2026, 2, 1), ElectionDay = new PartialDate(2026, 11, 3) }],
    };

    public static readonly Partner[] Partners = [ClimateNow, CountyDems, StateParty, CollegeDems, GreenPac, HealthFirst, RepealNow, SierraPa, FoodBank, TenantUnion, QuietChurch, Bowling, RepLee, SenPark];

    public static readonly PartnerDirectory Bundle = new(Riverside, Partners);

    public static readonly IEligibilityEvaluator BuiltIn = new PolicyCompiler().Compile(BuiltInPolicy.Pack);

    // A researched organization: its tax status is known (no exemption unless a test says otherwise);
    // an unknown one is a PermitWithConditions at best (see the unknown-tax-status tests).
    public static Organization Org(string id, string name, OrganizationKind kind, PartisanNature nature, IssueArea issue) => new()
    {
        Id = new PartyId(id),
        Name = name,
        Kind = kind,
        PartisanNature = nature,
        TaxStatus = TaxStatus.None,
        State = "OH",
        IssueAreas = [issue],
    };

    public static Engagement Engage(EngagementKind kind, Partner partner, DateOnly? date = null) => new()
    {
        Kind = kind,
        Partners = [partner.Id],
        Date = date ?? Today,
        Target = kind is EngagementKind.Partnership or EngagementKind.Outreach or EngagementKind.ShareAlerts ? null : TargetKind.Lawmaker,
    };
}
