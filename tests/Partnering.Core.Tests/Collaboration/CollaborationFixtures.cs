using Partnering.Core.Collaboration;

namespace Partnering.Core.Tests.Collaboration;

/// <summary>A small chapter and its partners, shared by the collaboration tests.</summary>
internal static class CollaborationFixtures
{
    public static readonly PartyId Us = new("chapter");
    public static readonly PartyId FaithCoalition = new("org-faith");
    public static readonly PartyId ClimateGroup = new("org-climate");
    public static readonly PartyId Union = new("org-union");
    public static readonly PartyId HousingGroup = new("org-housing");

    public static Chapter OurChapter { get; } = new()
    {
        Id = Us,
        Name = "Riverside Indivisible",
        HomeState = "OH",
        TheoryOfChange = new TheoryOfChange
        {
            Summary = "Hold our lawmakers accountable",
            Targets = [TargetKind.Lawmaker, TargetKind.ExecutiveOfficial],
            AvoidedTargets = [TargetKind.Person],
        },
        AllowedTactics = [new Tactic("town hall questions"), new Tactic("rally"), new Tactic("petition"), new Tactic("press conference")],
        DisallowedTactics = [new Tactic("town hall disruption")],
    };

    public static Organization Org(PartyId id, string name, params PracticeKind[] practices) => new()
    {
        Id = id,
        Name = name,
        Kind = OrganizationKind.IssueAdvocacy,
        PartisanNature = PartisanNature.Nonpartisan,
        TaxStatus = TaxStatus.SocialWelfare501C4, // researched: an unknown status would add the issue-framing condition
        Practices = practices.Select(p => new Practice { Kind = p }).ToArray(),
    };

    public static Workspace OurWorkspace { get; } = new()
    {
        Chapter = OurChapter,
        Partners =
        [
            Org(FaithCoalition, "Riverside Faith Coalition", PracticeKind.NoPublicListing),
            Org(ClimateGroup, "Riverside Climate Action"),
            Org(Union, "Teachers Local 12"),
            Org(HousingGroup, "Fair Housing Now"),
        ],
    };

    public static CalendarEvent Event(string id, string date, string start, string end, EventKind kind = EventKind.Rally, string[]? audience = null, string[]? press = null, PartyId? host = null) => new()
    {
        Id = id,
        Title = "Event " + id,
        Date = DateOnly.Parse(date),
        Start = TimeOnly.Parse(start),
        End = TimeOnly.Parse(end),
        Kind = kind,
        Host = host ?? Us,
        Audience = audience ?? [],
        Press = press ?? [],
    };

    public static AgreedAction Action(string id, PartyId owner, string agreed, string due, ActionStatus status = ActionStatus.Open, string? deliveredOn = null) => new()
    {
        Id = id,
        Description = "Action " + id,
        Owner = owner,
        AgreedOn = DateOnly.Parse(agreed),
        Due = DateOnly.Parse(due),
        Status = status,
        DeliveredOn = deliveredOn is null ? null : DateOnly.Parse(deliveredOn),
    };
}
