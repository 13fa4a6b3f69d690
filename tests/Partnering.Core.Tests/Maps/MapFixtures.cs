using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;

namespace Partnering.Core.Tests.Maps;

/// <summary>Workspaces and power maps for the maps tests: the guidance's example and small random networks.</summary>
public static class MapFixtures
{
    public static readonly DateOnly AsOf = new(2026, 3, 1);

    public static PartyId Id(string value) => new(value);

    public static Tie Tie(string from, string to, TieCategory category, double strength, string? note = null)
        => new() { From = Id(from), To = Id(to), Category = category, Strength = strength, Note = note };

    public static Placement Place(string actor, double support, double influence, DateOnly? on = null)
        => new() { Actor = Id(actor), Support = support, Influence = influence, AssessedOn = on ?? new DateOnly(2026, 1, 15), AssessedBy = "ana", Source = "one-on-one" };

    public static Chapter Chapter(params Member[] members) => new()
    {
        Id = Id("chapter"),
        Name = "Riverside Indivisible",
        HomeState = "OH",
        TheoryOfChange = new TheoryOfChange { Summary = "Hold our lawmakers accountable" },
        Members = members,
    };

    public static Member Member(string id, string name) => new() { Id = Id(id), Name = name };

    public static Organization Org(string id, string name, OrganizationKind kind, PartisanNature nature = PartisanNature.Nonpartisan)
        => new() { Id = Id(id), Name = name, Kind = kind, PartisanNature = nature };

    /// <summary>
    /// The guidance's example (seed 002): a state senator deciding on an education bill; two teachers'
    /// unions, a chamber of commerce opposing the bill, a parents' group (the PTA), a party club with
    /// all the influence there is, and a group found by research that nobody is tied to yet.
    /// </summary>
    public static Workspace Guidance() => new()
    {
        Chapter = Chapter(
            Member("ana", "Ana Diaz") with { Skills = ["public speaking", "writing"], IssueExpertise = [IssueArea.Education], Affiliations = [new Affiliation { OrganizationName = "Riverside Running Club", Organization = Id("running-club") }] },
            Member("ben", "Ben Okafor") with { Skills = ["data"] },
            Member("cara", "Cara Lind"),
            Member("dana", "Dana Wu")),
        Partners =
        [
            new Individual { Id = Id("senator"), Name = "Senator Maria Reyes", Roles = [IndividualRole.ElectedOfficial], Offices = [new OfficeHeld { Title = "State Senator, District 9", Jurisdiction = "OH" }] },
            Org("union-12", "Teachers Union Local 12", OrganizationKind.Union),
            Org("sea", "State Education Association", OrganizationKind.Union),
            Org("chamber", "Riverside Chamber of Commerce", OrganizationKind.Business),
            Org("parents", "Riverside Parents for Schools", OrganizationKind.CommunityService),
            Org("immigrant-rights", "Riverside Immigrant Rights Network", OrganizationKind.CommunityService) with { State = "OH", IssueAreas = [new IssueArea("immigrant-rights")] },
            Org("dems", "Riverside County Democrats", OrganizationKind.PartyClub, PartisanNature.Partisan),
            Org("running-club", "Riverside Running Club", OrganizationKind.SportsOrSocialClub),
        ],
        Ties =
        [
            Tie("ana", "union-12", TieCategory.Board, 0.9),
            Tie("senator", "union-12", TieCategory.Influence, 0.8, "listens to"),
            Tie("ben", "sea", TieCategory.Membership, 0.5),
            Tie("sea", "senator", TieCategory.Influence, 0.6),
            Tie("cara", "chamber", TieCategory.Professional, 0.3),
            Tie("chamber", "senator", TieCategory.Donation, 0.9),
            Tie("dana", "parents", TieCategory.Membership, 0.8),
            Tie("dana", "dems", TieCategory.Membership, 0.9),
            Tie("dems", "senator", TieCategory.Influence, 0.7),
        ],
    };

    public static PowerMap GuidanceMap() => new()
    {
        Id = "senate-education",
        Target = Id("senator"),
        Issue = IssueArea.Education,
        Title = "Senator Reyes on the school funding bill",
        Placements =
        [
            Place("senator", 0.1, 1.0),
            Place("union-12", 0.2, 0.5, new DateOnly(2025, 6, 1)),
            Place("union-12", 0.8, 0.8),
            Place("sea", 0.6, 0.7),
            Place("chamber", -0.6, 0.9),
            Place("parents", 0.9, 0.3),
            Place("dems", 0.9, 1.0),
            Place("immigrant-rights", 0.8, 0.4),
        ],
    };

    public static EligibilityOutcome? GuidanceEligibility(PartyId party) => party.Value switch
    {
        "dems" => EligibilityOutcome.Forbid,
        "chamber" => EligibilityOutcome.PermitWithConditions,
        "sea" => EligibilityOutcome.Review,
        _ => EligibilityOutcome.Permit,
    };

    /// <summary>A small random network: members m0.., organizations o0.., the target t, ties between any of them.</summary>
    public sealed record Net(int Members, int Orgs, (int A, int B, double S)[] Ties, (int Org, double Support, double Influence)[] Placements)
    {
        public int Nodes => Members + Orgs + 1;

        public string Name(int node) => node < Members ? $"m{node}" : node < Members + Orgs ? $"o{node - Members}" : "t";

        public override string ToString()
            => $"Net(members {Members}, orgs {Orgs}, ties [{string.Join(", ", Ties.Select(t => $"{Name(t.A)}-{Name(t.B)}:{t.S}"))}], placements [{string.Join(", ", Placements.Select(p => $"o{p.Org}:{p.Support}/{p.Influence}"))}])";

        public Workspace Workspace(Func<string, string>? rename = null)
        {
            rename ??= static s => s;
            return new Workspace
            {
                Chapter = Chapter([.. Enumerable.Range(0, Members).Select(i => Member(rename($"m{i}"), $"Member {i}"))]) with { Id = Id(rename("chapter")) },
                Partners =
                [
                    .. Enumerable.Range(0, Orgs).Select(i => (Partner)Org(rename($"o{i}"), $"Org {i}", (OrganizationKind)(i % 5))),
                    new Individual { Id = Id(rename("t")), Name = "Target", Roles = [IndividualRole.ElectedOfficial] },
                ],
                Ties = [.. Ties.Select(t => Tie(rename(Name(t.A)), rename(Name(t.B)), TieCategory.Other, t.S))],
            };
        }

        public PowerMap Map(Func<string, string>? rename = null)
        {
            rename ??= static s => s;
            return new PowerMap
            {
                Id = "m",
                Target = Id(rename("t")),
                Issue = IssueArea.Education,
                Placements = [.. Placements.GroupBy(p => p.Org).Select(g => g.First()).Select(p => Place(rename($"o{p.Org}"), p.Support, p.Influence))],
            };
        }
    }

    private static readonly double[] Strengths = [0.0, 0.1, 0.25, 0.5, 0.5, 0.8, 1.0];
    private static readonly double[] Supports = [-1.0, -0.5, 0.0, 0.25, 0.5, 1.0];
    private static readonly double[] Influences = [0.0, 0.2, 0.5, 0.8, 1.0];

    public static Arbitrary<Net> Nets(int maxOrgs = 5) => Arb.From(
        from members in Gen.Choose(1, 3)
        from orgs in Gen.Choose(1, maxOrgs)
        let nodes = members + orgs + 1
        from ties in (from a in Gen.Choose(0, nodes - 1)
                      from b in Gen.Choose(0, nodes - 1)
                      from s in Gen.Elements(Strengths)
                      select (a, b, s)).ArrayOf()
        from placements in (from o in Gen.Choose(0, orgs - 1)
                            from s in Gen.Elements(Supports)
                            from i in Gen.Elements(Influences)
                            select (o, s, i)).ArrayOf()
        select new Net(members, orgs, ties.Take(14).ToArray(), placements));
}

/// <summary>The generators of the map properties, registered with FsCheck.</summary>
public static class MapArbitraries
{
    /// <summary>A small random network of up to 3 members, 5 organizations and the target.</summary>
    public static Arbitrary<MapFixtures.Net> Net() => MapFixtures.Nets();
}
