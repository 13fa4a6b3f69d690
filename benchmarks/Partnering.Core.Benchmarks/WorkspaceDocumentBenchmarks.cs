using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Partnering.Core.Documents;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// Loading workspace documents (load + validate + build the model) against plain source-generated
/// deserialization of the same bytes into the document's flat DTOs. Target: Ratio at most 1.5.
/// <c>Large</c> (the best case) is one compact document of 10,000 partners; <c>Mixed</c> is a seeded
/// set of 40 documents a tool would meet (see <see cref="WorkspaceMix"/>). Each operation loads the
/// whole set.
/// </summary>
[MemoryDiagnoser]
public class WorkspaceDocumentLoadBenchmarks
{
    private byte[][] _documents = [];

    [Params("Large", "Mixed")]
    public string Shape { get; set; } = "Large";

    [GlobalSetup]
    public void Setup() => _documents = Shape == "Mixed"
        ? WorkspaceMix.Documents()
        : [WorkspaceDocument.SaveToUtf8Bytes(LargeWorkspace.Create(10_000), indented: false)];

    [Benchmark(Baseline = true)]
    public int DeserializeFlatDtos()
    {
        var n = 0;
        foreach (var bytes in _documents)
        {
            n += JsonSerializer.Deserialize(bytes, WorkspaceJsonContext.Default.WorkspaceDto) is null ? 0 : 1;
        }

        return n;
    }

    /// <summary>The load's first pass alone (limits, UTF-8, duplicate keys): the part of the load the serializer does not do.</summary>
    [Benchmark]
    public int CheckPassOnly()
    {
        var n = 0;
        foreach (var bytes in _documents)
        {
            n += Partnering.Core.Internal.JsonInput.Check(bytes, DocumentLimits.Default).Count;
        }

        return n;
    }

    [Benchmark]
    public int LoadAndValidate()
    {
        var n = 0;
        foreach (var bytes in _documents)
        {
            n += WorkspaceDocument.Load(bytes.AsSpan()).GetValueOrThrow().Partners.Count;
        }

        return n;
    }
}

/// <summary>
/// A seeded mix of workspace documents: 40 chapters from 5 to 2,000 partners (most small, a few
/// large), half saved indented, and in a third of them fields a newer version wrote (unknown fields on
/// partners and ties, which must survive).
/// </summary>
internal static class WorkspaceMix
{
    public static Workspace[] Workspaces()
    {
        var random = new Random(20261201);
        return [.. Enumerable.Range(0, 40).Select(i => LargeWorkspace.Create(random.Next(10) switch { < 6 => random.Next(5, 60), < 9 => random.Next(60, 500), _ => random.Next(500, 2_000) }))];
    }

    public static byte[][] Documents()
    {
        var random = new Random(7);
        return [.. Workspaces().Select((w, i) =>
        {
            var bytes = WorkspaceDocument.SaveToUtf8Bytes(w, indented: i % 2 == 0);
            if (i % 3 != 0)
            {
                return bytes;
            }

            var root = System.Text.Json.Nodes.JsonNode.Parse(bytes)!;
            foreach (var partner in root["partners"]!.AsArray())
            {
                if (random.Next(4) == 0)
                {
                    partner!["x-syncId"] = $"crm-{random.Next(100_000)}";
                    partner["x-review"] = new System.Text.Json.Nodes.JsonObject { ["by"] = "board", ["on"] = "2026-02-01" };
                }
            }

            foreach (var tie in root["ties"]!.AsArray())
            {
                if (random.Next(5) == 0)
                {
                    tie!["futureField"] = new System.Text.Json.Nodes.JsonArray(1, "two", null);
                }
            }

            return System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
        })];
    }
}

/// <summary>
/// Saving workspaces against plain source-generated serialization of the same documents' flat DTOs
/// (already built), written with the same options and buffer. Target: Ratio at most 1.5. <c>Large</c> (the best case) is one workspace of 10,000
/// partners; <c>Mixed</c> the seeded set of 40 workspaces of <see cref="WorkspaceMix"/>.
/// </summary>
[MemoryDiagnoser]
public class WorkspaceDocumentSaveBenchmarks
{
    private Workspace[] _workspaces = [];
    private WorkspaceDto[] _dtos = [];

    [Params("Large", "Mixed")]
    public string Shape { get; set; } = "Large";

    [GlobalSetup]
    public void Setup()
    {
        _workspaces = Shape == "Mixed" ? WorkspaceMix.Workspaces() : [LargeWorkspace.Create(10_000)];
        _dtos = [.. _workspaces.Select(w => JsonSerializer.Deserialize(WorkspaceDocument.SaveToUtf8Bytes(w, indented: false), WorkspaceJsonContext.Default.WorkspaceDto)!)];
        if (Serialize(_dtos[0]) is var baseline && !baseline.AsSpan().SequenceEqual(WorkspaceDocument.SaveToUtf8Bytes(_workspaces[0], indented: false)))
        {
            throw new InvalidOperationException("The baseline must write the same bytes as Save.");
        }
    }

    private static byte[] Serialize(WorkspaceDto dto)
    {
        using var buffer = new Partnering.Core.Internal.PooledBufferWriter(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, DtoOutput.Options(indented: false)))
        {
            JsonSerializer.Serialize(writer, dto, WorkspaceJsonContext.Default.WorkspaceDto);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The serializer writing the same bytes as <see cref="Save"/> from DTOs already built: the same
    /// writer options (a document for people keeps accented letters unescaped) and the same pooled buffer,
    /// so the ratio is the cost of mapping the model and nothing else.
    /// </summary>
    [Benchmark(Baseline = true)]
    public int SerializeFlatDtos()
    {
        var n = 0;
        foreach (var dto in _dtos)
        {
            n += Serialize(dto).Length;
        }

        return n;
    }

    [Benchmark]
    public int Save()
    {
        var n = 0;
        foreach (var workspace in _workspaces)
        {
            n += WorkspaceDocument.SaveToUtf8Bytes(workspace, indented: false).Length;
        }

        return n;
    }
}

/// <summary>A deterministic workspace of realistic shape: 50 members, <c>n</c> partners, 5n ties, 10n interactions, and every optional section (a pack policy, the default ladder, tier overrides, n/100 power maps, assets, coalition tables and a calendar).</summary>
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
            Policy = Partnering.Core.Eligibility.BuiltInPolicy.IssueAdvocacy,
            Ladder = Partnering.Core.Tiers.TierLadder.Default,
            TierOverrides = [.. partnerships.Where((_, i) => i % 10 == 0).Select((p, i) => new Partnering.Core.Tiers.PartnershipTierOverride
            {
                Partner = p.Partner,
                Override = new Partnering.Core.Tiers.TierOverride { Date = start.AddDays(400 + (i % 100)), Tier = "Learning", Reason = "the steering committee decided", DecidedBy = members[i % members.Length].Id },
            })],
            PowerMaps = [.. Enumerable.Range(0, Math.Max(1, partners / 100)).Select(m => new Partnering.Core.Maps.PowerMap
            {
                Id = $"map-{m}",
                Target = partnerList[(m * 5 + 4) % partnerList.Count].Id,
                Issue = new IssueArea(Issues[m % Issues.Length]),
                Placements = [.. Enumerable.Range(0, 20).Select(k => partnerList[(m * 37 + k * 11) % partnerList.Count].Id).Distinct().Select((actor, k) => new Partnering.Core.Maps.Placement
                {
                    Actor = actor,
                    Support = (k % 9 - 4) / 4.0,
                    Influence = (k % 5) / 4.0,
                    AssessedOn = start.AddDays(k),
                })],
            })],
            Assets = [.. Enumerable.Range(0, Math.Max(1, partners / 200)).Select(a => new Partnering.Core.Maps.DeclaredAsset
            {
                Id = $"asset-{a}",
                Category = Partnering.Core.Maps.AssetCategory.PhysicalOrFinancial,
                Name = "meeting hall",
                Holder = partnerList[a % partnerList.Count].Id,
            })],
            Collaboration = new Partnering.Core.Collaboration.CollaborationData
            {
                Tables = [.. Enumerable.Range(0, 5).Select(t => new Partnering.Core.Collaboration.CoalitionTable
                {
                    Id = $"table-{t}",
                    Name = $"Table {t}",
                    Issue = new IssueArea(Issues[t % Issues.Length]),
                    Cadence = new Partnering.Core.Collaboration.MeetingCadence { Start = start, Frequency = Partnering.Core.Collaboration.CadenceFrequency.Monthly },
                    Seats = [new Partnering.Core.Collaboration.TableSeat { Organization = new PartyId("chapter") }, .. partnerList.OfType<Organization>().Skip(t * 10).Take(10).Select(o => new Partnering.Core.Collaboration.TableSeat { Organization = o.Id })],
                })],
                Calendar = [.. Enumerable.Range(0, Math.Max(1, partners / 50)).Select(e => new Partnering.Core.Collaboration.CalendarEvent
                {
                    Id = $"event-{e}",
                    Title = $"Event {e}",
                    Date = start.AddDays(e % 700),
                    Start = new TimeOnly(18, 0),
                    End = new TimeOnly(20, 0),
                    Kind = Partnering.Core.Collaboration.EventKind.Rally,
                    Host = partnerList[(e * 5) % partnerList.Count].Id,
                })],
            },
        };
    }
}
