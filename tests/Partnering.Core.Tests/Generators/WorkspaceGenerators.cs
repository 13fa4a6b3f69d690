using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Partnering.Core.Tests.Generators;

/// <summary>
/// FsCheck generators for the partner model, shared by every test area: valid workspaces of a
/// realistic shape (a chapter with members, organizations and individuals, ties between any two
/// parties, dated interactions, partnerships with owner handoffs, unknown fields at several levels),
/// and the smaller pieces they are built from.
/// </summary>
/// <remarks>
/// Everything generated is valid: it passes <c>WorkspaceDocument.Load</c> after a save (ids unique
/// across the chapter, members and partners; references name existing parties of the right kind;
/// candidacy and other dates in order; strengths in [0, 1]). Ids are readable and stable:
/// <c>chapter</c>, <c>m1</c>.., <c>org1</c>.., <c>ind1</c>... Sizes grow with FsCheck's size
/// parameter. <see cref="Workspace"/> shrinks by dropping interactions, ties, partnerships and
/// unknown fields, which keeps the workspace valid.
/// </remarks>
public static class WorkspaceGenerators
{
    private static readonly string[] MemberNames =
    [
        "Ana Morales", "Ben Okafor", "Chloe Park", "Dev Patel", "Erin Walsh", "Farah Haddad", "Gus Lindqvist",
        "Hana Sato", "Ivy Chen", "Jamal Greene", "Kate O'Neill", "Luis Ortega", "María José Núñez", "Noor Siddiqui",
    ];

    private static readonly string[] OrganizationNames =
    [
        "Riverside Climate Action", "Moms for Safer Streets", "Eastside Food Pantry", "Local 1199 Teachers",
        "First Church of the Valley", "Northside Neighbors", "County Democratic Club", "Friends of the Library",
        "Campus Young Voters", "Chamber of Commerce", "Tenants United", "Bike Riverside", "Masjid Al-Noor",
        "Health Care for All Ohio", "Immigrant Welcome Network", "\"Quoted\" Coalition", "Caf\u00e9 Solidarit\u00e9",
    ];

    private static readonly string[] IndividualNames =
    [
        "Sen. Laura Whitfield", "Rep. Marcus Dunn", "Judge Ray Ito", "Dana Brooks", "Pastor Ruth Adeyemi",
        "Prof. Sam Kowalski", "Imam Yusuf Karim", "Councilmember Tess Rivera", "Jo Nakamura",
    ];

    private static readonly string[] IssueTerms =
    [
        "climate", "health-care", "gun-violence-prevention", "immigration", "education", "voting-rights", "housing",
        "labor", "Public Transit", "food_security",
    ];

    private static readonly string[] TacticTerms =
    [
        "petition", "town-hall-questions", "rally", "call-in-day", "letter-to-the-editor", "town-hall-disruption",
        "Canvass", "vigil",
    ];

    private static readonly string[] Words =
    [
        "volunteers", "meeting space", "printing", "spanish", "data", "graphic design", "childcare", "legal advice",
        "press contacts", "van", "needs issue framing", "no weekend events", "limited staff",
    ];

    private static readonly string[] States = ["OH", "OH", "OH", "PA", "MI", "IN", "KY", "DC"];

    /// <summary>A valid workspace of realistic shape, shrinking by dropping interactions, ties, partnerships and unknown fields.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Workspace> Workspace() => Arb.From(WorkspaceGen(), Shrink);

    /// <summary>A valid workspace whose size grows with FsCheck's size parameter.</summary>
    /// <param name="withUnknownFields">Whether records may carry unknown fields (as a newer document would).</param>
    /// <returns>The generator.</returns>
    public static Gen<Workspace> WorkspaceGen(bool withUnknownFields = true) => Gen.Sized(size =>
    {
        var scale = Math.Max(1, size / 10);
        return from memberCount in Gen.Choose(1, 3 + (2 * scale))
               from organizationCount in Gen.Choose(0, 4 + (3 * scale))
               from individualCount in Gen.Choose(0, 2 + (2 * scale))
               from workspace in WorkspaceOf(memberCount, organizationCount, individualCount, withUnknownFields)
               select workspace;
    });

    /// <summary>A valid workspace with exactly the given numbers of members, organizations and individuals.</summary>
    /// <param name="memberCount">Members, at least 1.</param>
    /// <param name="organizationCount">Organizations.</param>
    /// <param name="individualCount">Individuals.</param>
    /// <param name="withUnknownFields">Whether records may carry unknown fields.</param>
    /// <returns>The generator.</returns>
    public static Gen<Workspace> WorkspaceOf(int memberCount, int organizationCount, int individualCount, bool withUnknownFields = true)
    {
        var memberIds = Enumerable.Range(1, memberCount).Select(i => new PartyId($"m{i}")).ToArray();
        var organizationIds = Enumerable.Range(1, organizationCount).Select(i => new PartyId($"org{i}")).ToArray();
        var individualIds = Enumerable.Range(1, individualCount).Select(i => new PartyId($"ind{i}")).ToArray();
        var partnerIds = organizationIds.Concat(individualIds).ToArray();
        var chapterId = new PartyId("chapter");
        var allIds = new[] { chapterId }.Concat(memberIds).Concat(partnerIds).ToArray();
        var extra = withUnknownFields ? UnknownFields() : Gen.Constant(NoFields);

        var members = Gen.CollectToArray(memberIds, id => Member(id, organizationIds, extra));
        var organizations = Gen.CollectToArray(organizationIds, id => Organization(id, extra));
        var individuals = Gen.CollectToArray(individualIds, id => Individual(id, organizationIds, extra));
        var ties = allIds.Length < 2 ? Gen.Constant(Array.Empty<Tie>()) : Gen.Sized(s => Gen.Choose(0, 2 + (s / 2))).SelectMany(n => Gen.ArrayOf(Tie(allIds, extra), n));
        var interactions = partnerIds.Length == 0
            ? Gen.Constant(Array.Empty<Interaction>())
            : Gen.Sized(s => Gen.Choose(0, 3 + s)).SelectMany(n => Gen.ArrayOf(Interaction(partnerIds, memberIds.Concat(individualIds).ToArray(), extra), n));
        var partnerships = Gen.SubListOf(partnerIds).SelectMany(ids => Gen.CollectToArray(ids, id => Partnership(id, memberIds, extra)));

        return from chapter in Chapter(chapterId, organizationIds, extra)
               from m in members
               from o in organizations
               from i in individuals
               from t in ties
               from x in interactions
               from p in partnerships
               from fields in extra
               select new Workspace
               {
                   Chapter = chapter with { Members = m },
                   Partners = [.. o, .. i],
                   Ties = t,
                   Interactions = x,
                   Partnerships = p,
                   UnknownFields = fields,
               };
    }

    /// <summary>Smaller valid workspaces: fewer interactions, ties and partnerships, no unknown fields.</summary>
    /// <param name="workspace">The workspace to shrink.</param>
    /// <returns>Candidates, smallest change last.</returns>
    public static IEnumerable<Workspace> Shrink(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (workspace.Interactions.Count > 0)
        {
            yield return workspace with { Interactions = [] };
            yield return workspace with { Interactions = workspace.Interactions.Take(workspace.Interactions.Count / 2).ToArray() };
        }

        if (workspace.Ties.Count > 0)
        {
            yield return workspace with { Ties = [] };
            yield return workspace with { Ties = workspace.Ties.Take(workspace.Ties.Count / 2).ToArray() };
        }

        if (workspace.Partnerships.Count > 0)
        {
            yield return workspace with { Partnerships = [] };
        }

        if (workspace.UnknownFields.Count > 0)
        {
            yield return workspace with { UnknownFields = NoFields };
        }
    }

    /// <summary>No unknown fields.</summary>
    public static IReadOnlyDictionary<string, JsonElement> NoFields { get; } = new Dictionary<string, JsonElement>();

    /// <summary>
    /// Unknown fields as a newer document version might write them: mostly none, sometimes one or
    /// two with names no record uses (<c>x-...</c>) and JSON values of every kind.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<IReadOnlyDictionary<string, JsonElement>> UnknownFields()
    {
        var value = Gen.Elements(
            "42", "-1.5e3", "\"a note\"", "true", "false", "null", "[]", "[1, \"two\", {\"three\": 3}]",
            "{\"level\": {\"deep\": [null]}}", "\"caf\\u00e9 \\\"quoted\\\"\"").Select(text => JsonDocument.Parse(text).RootElement.Clone());
        var field = from name in Gen.Elements("x-review", "x-color", "x-syncId", "futureField", "x-ladder", "x-\u00e9t\u00e9")
                    from v in value
                    select KeyValuePair.Create(name, v);
        var some = Gen.Choose(1, 2).SelectMany(n => Gen.ArrayOf(field, n))
            .Select(fields => (IReadOnlyDictionary<string, JsonElement>)fields.DistinctBy(f => f.Key).ToDictionary(f => f.Key, f => f.Value));
        return Gen.Frequency((4, Gen.Constant(NoFields)), (1, some));
    }

    /// <summary>A partial date between <paramref name="fromYear"/> and <paramref name="toYear"/>, known to the year, month or day.</summary>
    /// <param name="fromYear">First year.</param>
    /// <param name="toYear">Last year.</param>
    /// <returns>The generator.</returns>
    public static Gen<PartialDate> PartialDate(int fromYear = 2015, int toYear = 2030)
        => from day in Day(fromYear, toYear)
           from precision in Gen.Choose(0, 2)
           select Coarsen(day, precision);

    /// <summary>A day between the start of <paramref name="fromYear"/> and the end of <paramref name="toYear"/>.</summary>
    /// <param name="fromYear">First year.</param>
    /// <param name="toYear">Last year.</param>
    /// <returns>The generator.</returns>
    public static Gen<DateOnly> Day(int fromYear = 2023, int toYear = 2027)
    {
        var first = new DateOnly(fromYear, 1, 1).DayNumber;
        var last = new DateOnly(toYear, 12, 31).DayNumber;
        return Gen.Choose(first, last).Select(DateOnly.FromDayNumber);
    }

    /// <summary>The day itself (precision 2), its month (1) or its year (0).</summary>
    /// <param name="day">The day.</param>
    /// <param name="precision">0, 1 or 2.</param>
    /// <returns>The partial date.</returns>
    public static PartialDate Coarsen(DateOnly day, int precision) => precision switch
    {
        0 => new PartialDate(day.Year),
        1 => new PartialDate(day.Year, day.Month),
        _ => Core.PartialDate.FromDate(day),
    };

    /// <summary>An issue area from a pool of common terms (some in unnormalized spelling).</summary>
    /// <returns>The generator.</returns>
    public static Gen<IssueArea> IssueArea() => Gen.Elements(IssueTerms).Select(t => new IssueArea(t));

    /// <summary>A tactic from a pool of common terms.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Tactic> Tactic() => Gen.Elements(TacticTerms).Select(t => new Tactic(t));

    /// <summary>A tie strength in [0, 1]: round hundredths mostly, sometimes a long fraction, sometimes 0 or 1.</summary>
    /// <returns>The generator.</returns>
    public static Gen<double> Strength() => Gen.Frequency(
        (6, Gen.Choose(0, 100).Select(n => n / 100.0)),
        (2, Gen.Choose(1, 999_999).Select(n => n / 1_000_000.0 / 3.0)),
        (1, Gen.Elements(0.0, 1.0)));

    /// <summary>
    /// A valid candidacy: declared on or before election day; when withdrawn, between the two. Dates may be
    /// partial; the result is pending unless the election is past its declared year.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<Candidacy> Candidacy() => Candidacy(Gen.Constant(NoFields));

    /// <summary>A valid candidacy (see <see cref="Candidacy()"/>) with unknown fields from <paramref name="extra"/>.</summary>
    /// <param name="extra">Unknown fields.</param>
    /// <returns>The generator.</returns>
    public static Gen<Candidacy> Candidacy(Gen<IReadOnlyDictionary<string, JsonElement>> extra)
        => from declared in Day(2020, 2027)
           from length in Gen.Choose(30, 700)
           from withdrawnAfter in Gen.Frequency((3, Gen.Constant((int?)null)), (1, Gen.Choose(0, length).Select(d => (int?)d)))
           from precisions in Gen.ArrayOf(Gen.Choose(0, 2), 3)
           from office in Gen.Elements("State Senate, District 12", "U.S. House, OH-9", "Mayor", "County Commissioner", "School Board")
           from result in Gen.Elements(CandidacyResult.Pending, CandidacyResult.Won, CandidacyResult.Lost)
           from backedBy in Gen.SubListOf("Sister District", "Swing Left")
           from fields in extra
           select new Candidacy
           {
               Office = office,
               Declared = Coarsen(declared, precisions[0]),
               ElectionDay = Coarsen(declared.AddDays(length), precisions[1]),
               Withdrawn = withdrawnAfter is { } w ? Coarsen(declared.AddDays(w), precisions[2]) : null,
               Result = withdrawnAfter is null ? result : CandidacyResult.Pending,
               BackedBy = backedBy,
               UnknownFields = fields,
           };

    /// <summary>A position on an outcome (issue, outcome term, stance, maybe words).</summary>
    /// <returns>The generator.</returns>
    public static Gen<Position> Position()
        => from issue in IssueArea()
           from outcome in Gen.Elements("Medicaid cuts", "clean-energy-standard", "school vouchers", "background checks")
           from stance in Gen.Elements(Stance.Supports, Stance.Opposes)
           from description in Maybe(Gen.Elements("in their words: stop the cuts", "we back the bill"))
           select new Position { Issue = issue, Outcome = outcome, Stance = stance, Description = description };

    /// <summary>A contact point with some fields set.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ContactPoint> Contact()
        => from name in Maybe(Gen.Elements("Pat Lee", "Sam Ruiz", "Front desk"))
           from role in Maybe(Gen.Elements("organizing director", "chief of staff", "volunteer lead"))
           from email in Maybe(Gen.Elements("info@example.org", "pat@example.org"))
           from phone in Maybe(Gen.Elements("+1 614 555 0100", "(937) 555-0199"))
           select new ContactPoint { Name = name, Role = role, Email = email, Phone = phone };

    /// <summary>An organization of any kind, with fields a chapter would record.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="extra">Unknown fields.</param>
    /// <returns>The generator.</returns>
    public static Gen<Organization> Organization(PartyId id, Gen<IReadOnlyDictionary<string, JsonElement>> extra)
        => from name in Gen.Elements(OrganizationNames)
           from kind in Gen.Elements(Enum.GetValues<OrganizationKind>())
           from tax in Gen.Elements(Enum.GetValues<TaxStatus>())
           from nature in kind switch
           {
               OrganizationKind.PoliticalParty or OrganizationKind.PartyClub => Gen.Constant(PartisanNature.Partisan),
               OrganizationKind.CandidateCampaign or OrganizationKind.ElectoralCommittee => Gen.Constant(PartisanNature.Electoral),
               _ => Gen.Frequency((8, Gen.Constant(PartisanNature.Nonpartisan)), (1, Gen.Elements(PartisanNature.Partisan, PartisanNature.Electoral, PartisanNature.Unknown))),
           }
           from state in Maybe(Gen.Elements(States))
           from areas in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(IssueArea(), n))
           from tags in Gen.SubListOf("ally", "faith", "labor", "campus", "media", "Priority")
           from contacts in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Contact(), n))
           from website in Maybe(Gen.Constant("https://example.org"))
           from goals in Gen.SubListOf("pass the clean energy bill", "fund school nurses", "universal background checks", "feed every family")
           from tactics in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Tactic(), n))
           from capacities in Gen.SubListOf(Words.Take(8))
           from constraints in Gen.SubListOf(Words.Skip(10))
           from baseText in Maybe(Gen.Elements("parents in the county", "members of Local 1199", "the congregation"))
           from baseSize in MaybeValue(Gen.Choose(0, 20000))
           from practices in Gen.SubListOf(Enum.GetValues<PracticeKind>()).Select(kinds => kinds.Select(k => new Practice { Kind = k, Description = k == PracticeKind.Other ? "asks for two weeks' notice" : null }).ToArray())
           from parent in Maybe(Gen.Elements("Sierra Club", "Moms Demand Action", "AFT"))
           from positions in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Position(), n))
           from supports in Gen.SubListOf("Sister District", "Swing Left")
           from fields in extra
           select new Organization
           {
               Id = id,
               Name = name,
               Kind = kind,
               TaxStatus = tax,
               PartisanNature = nature,
               State = state,
               IssueAreas = areas,
               Tags = tags,
               Contacts = contacts,
               Website = website,
               Goals = goals,
               Tactics = tactics,
               Capacities = capacities,
               Constraints = constraints,
               Base = baseText,
               BaseSize = baseSize,
               Practices = practices,
               NationalParent = parent,
               History = parent is null ? [] : ["co-hosted a forum in 2024"],
               Positions = positions,
               SupportsCandidatesOf = supports,
               UnknownFields = fields,
           };

    /// <summary>An individual: an official, candidate, journalist, faith leader...; candidacies valid.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="organizations">Organizations an affiliation may name.</param>
    /// <param name="extra">Unknown fields.</param>
    /// <returns>The generator.</returns>
    public static Gen<Individual> Individual(PartyId id, IReadOnlyList<PartyId> organizations, Gen<IReadOnlyDictionary<string, JsonElement>> extra)
        => from name in Gen.Elements(IndividualNames)
           from roles in Gen.SubListOf(Enum.GetValues<IndividualRole>()).Select(r => r.Take(2).ToArray())
           from state in Maybe(Gen.Elements(States))
           from areas in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(IssueArea(), n))
           from offices in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Office(), n))
           from candidacies in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Candidacy(extra), n))
           from affiliations in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Affiliation(organizations), n))
           from fields in extra
           select new Individual
           {
               Id = id,
               Name = name,
               Roles = roles,
               State = state,
               IssueAreas = areas,
               Offices = offices,
               Candidacies = candidacies,
               Affiliations = affiliations,
               UnknownFields = fields,
           };

    /// <summary>An office held, with dates in order.</summary>
    /// <returns>The generator.</returns>
    public static Gen<OfficeHeld> Office()
        => from title in Gen.Elements("State Senator, District 12", "U.S. Representative, OH-9", "City Council, Ward 3")
           from since in Day(2010, 2024)
           from years in MaybeValue(Gen.Choose(0, 8))
           from elected in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
           from precision in Gen.Choose(0, 2)
           select new OfficeHeld
           {
               Title = title,
               Jurisdiction = "OH",
               Elected = elected,
               Since = Coarsen(since, precision),
               Until = years is { } y ? Coarsen(since.AddYears(y), 2) : null,
           };

    /// <summary>An affiliation, naming a workspace organization when there are any (sometimes by name only).</summary>
    /// <param name="organizations">Organizations it may name.</param>
    /// <returns>The generator.</returns>
    public static Gen<Affiliation> Affiliation(IReadOnlyList<PartyId> organizations)
        => from name in Gen.Elements("Local 1199", "First Church of the Valley", "College Democrats", "Alumni Association", "Rotary Club")
           from organization in organizations.Count == 0 ? Gen.Constant((PartyId?)null) : MaybeValue(Gen.Elements(organizations.ToArray()))
           from role in Maybe(Gen.Elements("member", "treasurer", "deacon", "steward"))
           from since in MaybeValue(PartialDate(2005, 2024))
           from ended in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
           select new Affiliation
           {
               OrganizationName = name,
               Organization = organization,
               Role = role,
               Since = since,
               Until = ended && since is { } s ? Core.PartialDate.FromDate(s.Latest.AddMonths(6)) : null,
           };

    /// <summary>A member of the chapter with skills, expertise and affiliations.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="organizations">Organizations an affiliation may name.</param>
    /// <param name="extra">Unknown fields.</param>
    /// <returns>The generator.</returns>
    public static Gen<Member> Member(PartyId id, IReadOnlyList<PartyId> organizations, Gen<IReadOnlyDictionary<string, JsonElement>> extra)
        => from name in Gen.Elements(MemberNames)
           from contact in Maybe(Contact())
           from leader in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
           from skills in Gen.SubListOf(Words.Take(8))
           from expertise in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(IssueArea(), n))
           from affiliations in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Affiliation(organizations), n))
           from fields in extra
           select new Member
           {
               Id = id,
               Name = name,
               Contact = contact,
               IsLeader = leader,
               Skills = skills,
               IssueExpertise = expertise,
               Affiliations = affiliations,
               UnknownFields = fields,
           };

    /// <summary>The chapter, with a theory of change and national relationships (members are added by the workspace generator).</summary>
    /// <param name="id">Its id.</param>
    /// <param name="organizations">Organizations a national relationship may name.</param>
    /// <param name="extra">Unknown fields.</param>
    /// <returns>The generator.</returns>
    public static Gen<Chapter> Chapter(PartyId id, IReadOnlyList<PartyId> organizations, Gen<IReadOnlyDictionary<string, JsonElement>> extra)
        => from name in Gen.Elements("Riverside Indivisible", "OFA Franklin County", "Sister District Columbus")
           from state in Gen.Elements(States)
           from body in Maybe(Gen.Elements("Indivisible", "OFA"))
           from areas in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(IssueArea(), n))
           from allowed in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Tactic(), n))
           from relationship in organizations.Count == 0 ? Gen.Constant((PartyId?)null) : MaybeValue(Gen.Elements(organizations.ToArray()))
           from kind in MaybeValue(Gen.Elements(ChapterKind.IssueAdvocacy, ChapterKind.Electoral))
           from contact in Maybe(Contact())
           from positions in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Position(), n))
           from theoryFields in extra
           from fields in extra
           select new Chapter
           {
               Id = id,
               Name = name,
               HomeState = state,
               NationalBody = body,
               IssueAreas = areas,
               TheoryOfChange = new TheoryOfChange
               {
                   Summary = "Hold our lawmakers accountable",
                   Targets = [TargetKind.Lawmaker, TargetKind.ExecutiveOfficial],
                   AvoidedTargets = [TargetKind.Person],
                   OpposedOutcomes = ["cuts to Medicaid"],
                   UnknownFields = theoryFields,
               },
               AllowedTactics = allowed,
               DisallowedTactics = [new Tactic("town-hall-disruption")],
               NationalRelationships = relationship is { } r
                   ? [new NationalRelationship { HeldBy = "Indivisible national", OrganizationName = "Sierra Club", Organization = r, Contact = "organizing staff" }]
                   : [],
               Kind = kind,
               PointOfContact = contact,
               Positions = positions,
               UnknownFields = fields,
           };

    /// <summary>A tie between two different parties among <paramref name="parties"/> (at least two).</summary>
    /// <param name="parties">The parties.</param>
    /// <param name="extra">Unknown fields.</param>
    /// <returns>The generator.</returns>
    public static Gen<Tie> Tie(IReadOnlyList<PartyId> parties, Gen<IReadOnlyDictionary<string, JsonElement>> extra)
    {
        ArgumentNullException.ThrowIfNull(parties);
        return from pair in Gen.Two(Gen.Choose(0, parties.Count - 1)).Where(p => p.Item1 != p.Item2)
               from category in Gen.Elements(Enum.GetValues<TieCategory>())
               from strength in Strength()
               from since in MaybeValue(PartialDate(2010, 2025))
               from ended in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
               from source in Maybe(Gen.Elements("member", "website", "news story"))
               from note in Maybe(Gen.Elements("sits on the board", "college roommates", "donor"))
               from fields in extra
               select new Tie
               {
                   From = parties[pair.Item1],
                   To = parties[pair.Item2],
                   Category = category,
                   Strength = strength,
                   Since = since,
                   Until = ended && since is { } s ? Core.PartialDate.FromDate(s.Latest.AddYears(2)) : null,
                   Source = source,
                   Note = note,
                   UnknownFields = fields,
               };
    }

    /// <summary>A dated interaction with one of <paramref name="partners"/>; a commitment exactly when the kind is <see cref="InteractionKind.Commitment"/>.</summary>
    /// <param name="partners">Partners it may be with.</param>
    /// <param name="participants">Parties who may take part.</param>
    /// <param name="extra">Unknown fields.</param>
    /// <returns>The generator.</returns>
    public static Gen<Interaction> Interaction(IReadOnlyList<PartyId> partners, IReadOnlyList<PartyId> participants, Gen<IReadOnlyDictionary<string, JsonElement>> extra)
        => from kind in Gen.Elements(Enum.GetValues<InteractionKind>())
           from date in Day(2025, 2026)
           from partner in Gen.Elements(partners.ToArray())
           from direction in Gen.Elements(Enum.GetValues<Direction>())
           from who in participants.Count == 0 ? Gen.Constant(Array.Empty<PartyId>()) : Gen.SubListOf(participants.ToArray()).Select(p => p.Take(3).ToArray())
           from summary in Maybe(Gen.Elements("talked about the clean energy bill", "shared the town hall alert", "co-hosted the phonebank"))
           from delivered in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
           from commitment in Commitment(date)
           from fields in extra
           select new Interaction
           {
               Kind = kind,
               Date = date,
               Partner = partner,
               Direction = direction,
               Participants = who,
               Summary = summary,
               Delivered = delivered,
               Commitment = kind == InteractionKind.Commitment ? commitment : null,
               UnknownFields = fields,
           };

    /// <summary>A commitment made on <paramref name="made"/>, due later, sometimes kept or dropped.</summary>
    /// <param name="made">When it was made.</param>
    /// <returns>The generator.</returns>
    public static Gen<Commitment> Commitment(DateOnly made)
        => from madeBy in Gen.Elements(CommitmentParty.Us, CommitmentParty.Partner)
           from dueIn in Gen.Choose(1, 60)
           from keptIn in MaybeValue(Gen.Choose(0, 70))
           from dropped in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
           select new Commitment
           {
               MadeBy = madeBy,
               Description = madeBy == CommitmentParty.Us ? "bring ten volunteers to the canvass" : "share our alert with their list",
               Due = made.AddDays(dueIn),
               KeptOn = dropped ? null : keptIn is { } k ? made.AddDays(k) : null,
               Dropped = dropped,
           };

    /// <summary>A partnership with 0 to 3 owner assignments in date order.</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="members">Members who may own it.</param>
    /// <param name="extra">Unknown fields.</param>
    /// <returns>The generator.</returns>
    public static Gen<Partnership> Partnership(PartyId partner, IReadOnlyList<PartyId> members, Gen<IReadOnlyDictionary<string, JsonElement>> extra)
        => from count in Gen.Choose(0, members.Count == 0 ? 0 : 3)
           from owners in Gen.ArrayOf(Gen.Elements(members.ToArray()), count)
           from start in Day(2024, 2025)
           from gaps in Gen.ArrayOf(Gen.Choose(0, 200), count)
           from affiliate in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
           from coalition in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
           from allyCount in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
           from allyDays in Gen.ArrayOf(Gen.Choose(0, 400), allyCount)
           from fields in extra
           select new Partnership
           {
               Partner = partner,
               Owners = owners.Select((m, i) => new OwnerAssignment
               {
                   Member = m,
                   Since = start.AddDays(gaps.Take(i + 1).Sum()),
                   Reason = i == 0 ? null : "handoff: previous owner stepped back",
               }).ToArray(),
               Affiliate = affiliate,
               CoalitionMember = coalition,
               AllyChoices = allyDays.Order().Select((d, i) => new AllyChoice
               {
                   Date = start.AddDays(d),
                   Ally = i % 2 == 0,
                   Reason = i % 2 == 0 ? "not the best fit for more, still allies" : "priorities now align",
                   DecidedBy = members.Count > 0 && i == 0 ? members[0] : null,
               }).ToArray(),
               UnknownFields = fields,
           };

    /// <summary>The value or, one time in four, <see langword="null"/>.</summary>
    /// <typeparam name="T">A reference type.</typeparam>
    /// <param name="gen">The generator.</param>
    /// <returns>The generator of optional values.</returns>
    public static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : class
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(x => (T?)x)));

    /// <summary>The value or, one time in four, <see langword="null"/>.</summary>
    /// <typeparam name="T">A value type.</typeparam>
    /// <param name="gen">The generator.</param>
    /// <returns>The generator of optional values.</returns>
    public static Gen<T?> MaybeValue<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(x => (T?)x)));
}

/// <summary>A generated workspace; a counterexample prints as the workspace document it saves to.</summary>
/// <param name="Value">The workspace.</param>
public sealed record GeneratedWorkspace(Workspace Value)
{
    /// <inheritdoc />
    public override string ToString() => Core.Documents.WorkspaceDocument.Save(Value, indented: false);
}

/// <summary>The model generators, registered with FsCheck for <c>[Property]</c> tests.</summary>
public static class ModelArbitraries
{
    /// <summary>A valid workspace of realistic shape (see <see cref="WorkspaceGenerators.Workspace"/>), shrinking to smaller valid ones.</summary>
    public static Arbitrary<GeneratedWorkspace> Workspace()
        => Arb.From(WorkspaceGenerators.WorkspaceGen().Select(w => new GeneratedWorkspace(w)), g => WorkspaceGenerators.Shrink(g.Value).Select(w => new GeneratedWorkspace(w)));
}
