using FsCheck;
using FsCheck.Fluent;

namespace Partnering.Core.Spreadsheets.Tests;

/// <summary>
/// Workspaces holding only what the CSV shapes cover (see docs/spreadsheets.md): one contact per
/// partner, at most one office and one candidacy per individual, affiliations by name, string unknown
/// fields, list items without separators, text without surrounding spaces, distinct interactions.
/// </summary>
public static class CoveredWorkspaces
{
    private static readonly string[] Names = ["Riverside Climate Action", "Moms for Safer Streets", "Local 1199, Teachers", "\"Quoted\" Coalition", "Café Solidarité", "Sen. Laura Whitfield", "Dana Brooks"];
    private static readonly string[] Terms = ["climate", "health-care", "housing", "labor", "public-transit"];
    private static readonly string[] Words = ["volunteers", "meeting space", "spanish", "data", "graphic design"];
    private static readonly string[] Prose = ["Expand Medicaid, and protect the ACA", "Safer streets", "Fund \"public\" transit", "line one\nline two"];

    public static Arbitrary<Workspace> Workspace() => Arb.From(Generate());

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<T?> MaybeValue<T>(Gen<T> gen) where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<List<T>> Distinct<T>(T[] items) => Gen.SubListOf(items).Select(l => l.Distinct().ToList());

    private static Gen<DateOnly> Date { get; } = Gen.Choose(0, 365 * 20).Select(d => new DateOnly(2010, 1, 1).AddDays(d));

    private static Gen<PartialDate> Vague { get; } =
        from date in Date
        from precision in Gen.Choose(0, 2)
        select precision switch { 0 => new PartialDate(date.Year), 1 => new PartialDate(date.Year, date.Month), _ => PartialDate.FromDate(date) };

    private static Gen<T> Enum<T>() where T : struct, System.Enum => Gen.Elements(System.Enum.GetValues<T>());

    private static Gen<Dictionary<string, System.Text.Json.JsonElement>> Unknown(string name)
        => Gen.Frequency(
            (2, Gen.Constant(new Dictionary<string, System.Text.Json.JsonElement>())),
            (1, Gen.Elements(Words).Select(w => new Dictionary<string, System.Text.Json.JsonElement> { [name] = System.Text.Json.JsonSerializer.SerializeToElement(w) })));

    private static Gen<Partner> Organization(int i) =>
        from name in Gen.Elements(Names)
        from state in Gen.Elements<string?>(null, "OH", "PA")
        from issues in Distinct(Terms)
        from tags in Distinct(Words)
        from email in Maybe(Gen.Constant($"org{i}@example.org"))
        from role in Maybe(Gen.Constant("organizing director"))
        from kind in Enum<OrganizationKind>()
        from nature in Enum<PartisanNature>()
        from tax in Enum<TaxStatus>()
        from goals in Distinct(Prose)
        from tactics in Distinct(Terms)
        from capacities in Distinct(Words)
        from baseText in Maybe(Gen.Constant("renters in the east side"))
        from baseSize in MaybeValue(Gen.Choose(0, 5000))
        from parent in Maybe(Gen.Constant("Sierra Club"))
        from unknown in Unknown("Volunteer notes")
        select (Partner)new Organization
        {
            Id = new PartyId($"org{i}"),
            Name = name,
            State = state,
            IssueAreas = [.. issues.Select(t => new IssueArea(t))],
            Tags = tags,
            Contacts = email is null ? [] : [new ContactPoint { Email = email, Role = role }],
            Kind = kind,
            PartisanNature = nature,
            TaxStatus = tax,
            Goals = goals,
            Tactics = [.. tactics.Select(t => new Tactic(t))],
            Capacities = capacities,
            Base = baseText,
            BaseSize = baseSize,
            NationalParent = parent,
            UnknownFields = unknown,
        };

    private static Gen<Partner> Individual(int i) =>
        from name in Gen.Elements(Names)
        from roles in Distinct(System.Enum.GetValues<IndividualRole>())
        from office in Maybe(from since in MaybeValue(Vague) select new OfficeHeld { Title = "State Senator", Since = since })
        from candidacy in Maybe(
            from declared in Date
            from days in Gen.Choose(1, 400)
            from withdrawn in MaybeValue(Gen.Constant(PartialDate.FromDate(declared.AddDays(1))))
            select new Candidacy { Office = "State Senate, District 12", Declared = declared, ElectionDay = declared.AddDays(days), Withdrawn = withdrawn })
        from unknown in Unknown("Volunteer notes")
        select (Partner)new Individual
        {
            Id = new PartyId($"ind{i}"),
            Name = name,
            Roles = roles,
            Offices = office is null ? [] : [office],
            Candidacies = candidacy is null ? [] : [candidacy],
            UnknownFields = unknown,
        };

    private static Gen<Member> Member(int i) =>
        from name in Gen.Elements("Ana Morales", "Ben Okafor", "María José Núñez")
        from email in Maybe(Gen.Constant($"m{i}@example.org"))
        from leader in Gen.Elements(true, false)
        from skills in Distinct(Words)
        from expertise in Distinct(Terms)
        from affiliations in Distinct(["Riverside Education Association", "First Church, Riverside"])
        from unknown in Unknown("Shirt size")
        select new Member
        {
            Id = new PartyId($"m{i}"),
            Name = name,
            Contact = email is null ? null : new ContactPoint { Email = email },
            IsLeader = leader,
            Skills = skills,
            IssueExpertise = [.. expertise.Select(t => new IssueArea(t))],
            Affiliations = [.. affiliations.Select(a => new Affiliation { OrganizationName = a })],
            UnknownFields = unknown,
        };

    private static Gen<Workspace> Generate() =>
        from memberCount in Gen.Choose(1, 3)
        from members in Gen.CollectToArray(Enumerable.Range(1, memberCount), Member)
        from orgCount in Gen.Choose(1, 4)
        from orgs in Gen.CollectToArray(Enumerable.Range(1, orgCount), Organization)
        from indCount in Gen.Choose(0, 2)
        from individuals in Gen.CollectToArray(Enumerable.Range(1, indCount), Individual)
        let partners = orgs.Concat(individuals).ToList()
        let parties = members.Select(m => m.Id).Concat(partners.Select(p => p.Id)).ToArray()
        from ties in Gen.ListOf(
            from one in Gen.Elements(parties)
            from to in Gen.Elements(parties)
            from category in Enum<TieCategory>()
            from strength in Gen.Choose(0, 1000)
            from since in MaybeValue(Vague)
            from note in Maybe(Gen.Constant("sits on the board of"))
            select new Tie { From = one, To = to, Category = category, Strength = strength / 1000.0, Since = since, Note = note })
        from interactions in Gen.ListOf(
            from partner in Gen.Elements(partners.Select(p => p.Id).ToArray())
            from kind in Enum<InteractionKind>()
            from direction in Enum<Direction>()
            from date in Date
            from participants in Distinct(members.Select(m => m.Id).ToArray())
            from summary in Maybe(Gen.Elements(Prose))
            from delivered in Gen.Elements(true, true, false)
            from unknown in Unknown("Follow-up")
            select new Interaction { Partner = partner, Kind = kind, Direction = direction, Date = date, Participants = participants, Summary = summary, Delivered = delivered, UnknownFields = unknown })
        from partnered in Gen.SubListOf(partners.Select(p => p.Id).ToArray())
        from partnerships in Gen.CollectToArray(partnered.Distinct(), p =>
            from owners in Gen.ListOf(
                from member in Gen.Elements(members.Select(m => m.Id).ToArray())
                from since in Date
                from reason in Maybe(Gen.Constant("handoff: moved away"))
                from unknown in Unknown("Contact log")
                select new OwnerAssignment { Member = member, Since = since, Reason = reason, UnknownFields = unknown })
            from affiliate in Gen.Elements(true, false)
            from coalition in Gen.Elements(true, false)
            select new Partnership
            {
                Partner = p,
                Owners = [.. owners.DistinctBy(o => (o.Member, o.Since)).Take(2)],
                Affiliate = affiliate,
                CoalitionMember = coalition,
            })
        select Fixtures.Empty with
        {
            Chapter = Fixtures.Empty.Chapter with { Members = members },
            Partners = partners,
            Ties = [.. ties.Where(t => t.From != t.To).DistinctBy(t => (Min(t.From, t.To), Max(t.From, t.To), t.Category))],
            Interactions = [.. interactions.DistinctBy(x => (x.Partner, x.Date, x.Kind, x.Direction, x.Summary))],
            Partnerships = partnerships,
        };

    private static PartyId Min(PartyId a, PartyId b) => a <= b ? a : b;

    private static PartyId Max(PartyId a, PartyId b) => a <= b ? b : a;
}
