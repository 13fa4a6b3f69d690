using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Partnering.Core.Documents;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// Loading a large workspace document (load + validate + build the model) against plain
/// source-generated deserialization of the same bytes into the document's flat DTOs.
/// Target: Ratio at most 1.5.
/// </summary>
[MemoryDiagnoser]
public class WorkspaceDocumentLoadBenchmarks
{
    private byte[] _bytes = [];

    /// <summary>Partners in the workspace; ties are 5x and interactions 10x this.</summary>
    [Params(10_000)]
    public int Partners { get; set; }

    [GlobalSetup]
    public void Setup() => _bytes = WorkspaceDocument.SaveToUtf8Bytes(LargeWorkspace.Create(Partners), indented: false);

    [Benchmark(Baseline = true)]
    public object? DeserializeFlatDtos() => JsonSerializer.Deserialize(_bytes, WorkspaceJsonContext.Default.WorkspaceDto);

    [Benchmark]
    public Workspace LoadAndValidate() => WorkspaceDocument.Load(_bytes.AsSpan()).GetValueOrThrow();
}

/// <summary>
/// Saving a large workspace against plain source-generated serialization of the same document's
/// flat DTOs (already built). Target: Ratio at most 1.5.
/// </summary>
[MemoryDiagnoser]
public class WorkspaceDocumentSaveBenchmarks
{
    private Workspace _workspace = null!;
    private WorkspaceDto _dto = null!;

    /// <summary>Partners in the workspace; ties are 5x and interactions 10x this.</summary>
    [Params(10_000)]
    public int Partners { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workspace = LargeWorkspace.Create(Partners);
        _dto = JsonSerializer.Deserialize(WorkspaceDocument.SaveToUtf8Bytes(_workspace, indented: false), WorkspaceJsonContext.Default.WorkspaceDto)!;
    }

    [Benchmark(Baseline = true)]
    public byte[] SerializeFlatDtos() => JsonSerializer.SerializeToUtf8Bytes(_dto, WorkspaceJsonContext.Default.WorkspaceDto);

    [Benchmark]
    public byte[] Save() => WorkspaceDocument.SaveToUtf8Bytes(_workspace, indented: false);
}

/// <summary>A deterministic workspace of realistic shape: 50 members, <c>n</c> partners, 5n ties, 10n interactions.</summary>
internal static class LargeWorkspace
{
    private static readonly string[] Issues = ["climate", "health-care", "gun-violence-prevention", "immigration", "education", "voting-rights", "housing", "labor"];
    private static readonly string[] States = ["OH", "OH", "OH", "PA", "MI", "IN", "KY"];

    public static Workspace Create(int partners)
    {
        var random = new Random(20260101);
        var members = Enumerable.Range(1, 50).Select(i => new Member
        {
            Id = new PartyId($"m{i}"),
            Name = $"Member {i}",
            IsLeader = i % 10 == 0,
            Skills = ["writing", "data"],
            IssueExpertise = [new IssueArea(Issues[i % Issues.Length])],
        }).ToArray();

        var partnerList = new List<Partner>(partners);
        for (var i = 0; i < partners; i++)
        {
            var id = new PartyId($"p{i}");
            var state = States[random.Next(States.Length)];
            var areas = new[] { new IssueArea(Issues[random.Next(Issues.Length)]), new IssueArea(Issues[random.Next(Issues.Length)]) }.Distinct().ToArray();
            if (i % 5 == 4)
            {
                partnerList.Add(new Individual
                {
                    Id = id,
                    Name = $"Individual {i}",
                    State = state,
                    IssueAreas = areas,
                    Roles = [IndividualRole.ElectedOfficial],
                    Offices = [new OfficeHeld { Title = "City Council", Jurisdiction = state, Since = new PartialDate(2020 + (i % 5)) }],
                    Candidacies = [new Candidacy { Office = "City Council", Declared = new PartialDate(2025, 1 + (i % 12)), ElectionDay = new PartialDate(2026, 11, 3) }],
                });
            }
            else
            {
                var kind = (OrganizationKind)random.Next(17);
                partnerList.Add(new Organization
                {
                    Id = id,
                    Name = $"Organization {i}",
                    State = state,
                    IssueAreas = areas,
                    Tags = i % 3 == 0 ? ["ally"] : [],
                    Kind = kind,
                    TaxStatus = (TaxStatus)random.Next(8),
                    PartisanNature = kind is OrganizationKind.PartyClub or OrganizationKind.PoliticalParty ? PartisanNature.Partisan : PartisanNature.Nonpartisan,
                    Goals = ["pass the clean energy bill"],
                    Capacities = ["volunteers"],
                    Base = "residents of the county",
                    BaseSize = random.Next(10, 5000),
                    Contacts = [new ContactPoint { Name = $"Contact {i}", Email = $"c{i}@example.org" }],
                });
            }
        }

        var all = members.Select(m => m.Id).Concat(partnerList.Select(p => p.Id)).ToArray();
        var ties = new Tie[partners * 5];
        for (var i = 0; i < ties.Length; i++)
        {
            var from = all[random.Next(all.Length)];
            var to = all[random.Next(all.Length)];
            while (to == from)
            {
                to = all[random.Next(all.Length)];
            }

            ties[i] = new Tie
            {
                From = from,
                To = to,
                Category = (TieCategory)random.Next(9),
                Strength = random.Next(0, 101) / 100.0,
                Since = i % 4 == 0 ? new PartialDate(2015 + (i % 10), 1 + (i % 12)) : null,
                Source = i % 2 == 0 ? "member" : null,
            };
        }

        var start = new DateOnly(2025, 1, 1);
        var interactions = new Interaction[partners * 10];
        for (var i = 0; i < interactions.Length; i++)
        {
            var kind = (InteractionKind)random.Next(10);
            var date = start.AddDays(random.Next(700));
            interactions[i] = new Interaction
            {
                Kind = kind,
                Date = date,
                Partner = partnerList[random.Next(partnerList.Count)].Id,
                Direction = (Direction)random.Next(3),
                Participants = [members[random.Next(members.Length)].Id, members[random.Next(members.Length)].Id],
                Summary = i % 3 == 0 ? "talked about the clean energy bill" : null,
                Commitment = kind == InteractionKind.Commitment
                    ? new Commitment { MadeBy = CommitmentParty.Us, Description = "bring volunteers", Due = date.AddDays(14), KeptOn = i % 2 == 0 ? date.AddDays(10) : null }
                    : null,
            };
        }

        var partnerships = partnerList.Where((_, i) => i % 5 == 0).Select((p, i) => new Partnership
        {
            Partner = p.Id,
            Owners = [new OwnerAssignment { Member = members[i % members.Length].Id, Since = start.AddDays(i % 300) }],
            CoalitionMember = i % 4 == 0,
        }).ToArray();

        return new Workspace
        {
            Chapter = new Chapter
            {
                Id = new PartyId("chapter"),
                Name = "Riverside Indivisible",
                HomeState = "OH",
                TheoryOfChange = new TheoryOfChange { Summary = "Hold our lawmakers accountable", Targets = [TargetKind.Lawmaker] },
                IssueAreas = [IssueArea.Climate, IssueArea.HealthCare],
                Members = members,
            },
            Partners = partnerList,
            Ties = ties,
            Interactions = interactions,
            Partnerships = partnerships,
        };
    }
}
