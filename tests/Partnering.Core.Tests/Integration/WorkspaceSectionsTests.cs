using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Collaboration;
using Partnering.Core.Documents;
using Partnering.Core.Maps;
using Partnering.Core.Tests.Documents;
using Partnering.Core.Tests.Generators;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Integration;

/// <summary>The workspace document's optional sections: policy, ladder, tier overrides, power maps, assets, collaboration.</summary>
public sealed class WorkspaceSectionsTests
{
    private static readonly DateOnly Base = new(2026, 3, 1);

    /// <summary>
    /// A generated workspace with every section filled from its own parties, so all references hold:
    /// a policy (with a description, a fallback rule and a predicate), the default ladder or a variant
    /// of it (its pace, a negated criterion), tier overrides, a power map, assets, an outreach plan and
    /// collaboration data with every field in play; and fields a newer version wrote on any record
    /// (<see cref="WithUnknownFields"/>). <see cref="GeneratorFieldCoverageTests"/> holds it to every
    /// field of the document.
    /// </summary>
    internal static Gen<Workspace> WithSections { get; } =
        from workspace in WorkspaceGenerators.WorkspaceGen()
        from policy in WorkspaceGenerators.Maybe(Partnering.Core.Tests.Eligibility.EligibilityGenerators.Policy(4))
        from policyExtras in Gen.Elements(true, false)
        from ladder in Gen.Elements(0, 1, 2)
        from seed in Gen.Choose(0, 1_000_000)
        from collaboration in Collaboration(workspace)
        from unknownSeed in Gen.Choose(-1, 1_000_000)
        select WithUnknownFields(AddSections(workspace, policyExtras ? Decorated(policy) : policy, ladder, seed, collaboration), unknownSeed);

    /// <summary>Collaboration data naming the workspace's own parties, or none when it has no organizations.</summary>
    private static Gen<CollaborationData?> Collaboration(Workspace workspace)
    {
        var organizations = workspace.Partners.OfType<Organization>().Select(o => o.Id).Prepend(workspace.Chapter.Id).ToArray();
        var members = workspace.Chapter.Members.Select(m => m.Id).ToArray();
        return organizations.Length < 2 || members.Length == 0
            ? Gen.Constant<CollaborationData?>(null)
            : CollaborationGenerators.Data(organizations, members).Select(d => (CollaborationData?)d);
    }

    /// <summary>The policy with the fields the rule generator leaves out: a description, a fallback rule and a rule that calls a predicate.</summary>
    private static Partnering.Core.Eligibility.EligibilityPolicy? Decorated(Partnering.Core.Eligibility.EligibilityPolicy? policy) => policy is null ? null : policy with
    {
        Description = "A generated policy",
        WhenNothingPermits = new Partnering.Core.Eligibility.PolicyRule { Id = "fallback", Effect = Partnering.Core.Eligibility.RuleEffect.Review, Reason = "Nothing else decided it." },
        Rules =
        [
            .. policy.Rules,
            new Partnering.Core.Eligibility.PolicyRule
            {
                Id = "called",
                Effect = Partnering.Core.Eligibility.RuleEffect.Review,
                Reason = "A predicate asks for review.",
                When = new Partnering.Core.Eligibility.PolicyCondition.PredicateTest { Name = "x.generated", Arguments = [new("limit", Partnering.Core.Eligibility.PolicyValue.Of(3)), new("kinds", Partnering.Core.Eligibility.PolicyValue.ListOf([Partnering.Core.Eligibility.PolicyValue.Of("union")]))] },
            },
        ],
    };

    /// <summary>
    /// The workspace with fields a newer version wrote on about a third of its records, in every section
    /// (a condition object is closed, so it gets none): saved, widened, and loaded back. A negative seed
    /// leaves it as it is.
    /// </summary>
    internal static Workspace WithUnknownFields(Workspace workspace, int seed)
    {
        if (seed < 0)
        {
            return workspace;
        }

        var random = new Random(seed);
        var root = JsonNode.Parse(WorkspaceDocument.Save(workspace))!;
        Widen(root, WorkspaceJsonContext.Default.WorkspaceDto, random);
        var loaded = WorkspaceDocument.Load(root.ToJsonString());
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        return loaded.Value!;
    }

    private static void Widen(JsonNode? node, System.Text.Json.Serialization.Metadata.JsonTypeInfo type, Random random)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                Widen(item, type, random);
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            var held = property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>) ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
            if (held.IsSubclassOf(typeof(Dto)) && obj[property.Name] is { } child)
            {
                Widen(child, WorkspaceJsonContext.Default.GetTypeInfo(held)!, random);
            }
        }

        if (type.Type != typeof(PolicyConditionDto) && random.Next(3) == 0 && !obj.ContainsKey("x-sync"))
        {
            obj["x-sync"] = random.Next(2) == 0 ? JsonValue.Create("crm-" + random.Next(1000)) : new JsonObject { ["by"] = "board", ["at"] = new JsonArray(1, null, true) };
        }
    }

    private static Workspace AddSections(Workspace workspace, Partnering.Core.Eligibility.EligibilityPolicy? policy, int ladder, int seed, CollaborationData? collaboration)
    {
        var members = workspace.Chapter.Members.Select(m => m.Id).ToArray();
        var partners = workspace.Partners.Select(p => p.Id).ToArray();
        var parties = partners.Concat(members).Prepend(workspace.Chapter.Id).ToArray();
        var tiers = TierLadder.Default.Tiers.Select(t => t.Name).ToArray();
        PartyId Pick(PartyId[] from, int i) => from[(seed + i) % from.Length];

        var overrides = members.Length == 0 ? [] : workspace.Partnerships.Select((p, i) => new PartnershipTierOverride
        {
            Partner = p.Partner,
            Override = new TierOverride { Date = Base.AddDays(i), Tier = tiers[(seed + i) % tiers.Length], Reason = "the board decided", DecidedBy = Pick(members, i) },
            UnknownFields = i == 0 ? new Dictionary<string, JsonElement> { ["x-note"] = JsonDocument.Parse("\"kept\"").RootElement.Clone() } : [],
        }).ToArray();

        var maps = partners.Length == 0 ? [] : new[]
        {
            new PowerMap
            {
                Id = "map-1",
                Target = Pick(partners, 0),
                Issue = new IssueArea("health-care"),
                Title = "A map",
                Placements = [.. parties.Take(3).Select((p, i) => new Placement
                {
                    Actor = p,
                    Support = 0.25 * (i - 1),
                    Influence = 0.5,
                    AssessedOn = Base.AddDays(i),
                    AssessedBy = "someone",
                    Source = i == 1 ? "a one-on-one" : null,
                    Note = i == 2 ? "moving our way" : null,
                })],
            },
        };

        var assets = new[] { new DeclaredAsset { Id = "asset-1", Category = AssetCategory.PhysicalOrFinancial, Name = "a small fund", Holder = Pick(parties, 1), Amount = 500, Unit = "USD", Note = seed % 2 == 0 ? "for printing" : null } };

        var outreach = partners.Length == 0 || members.Length == 0 ? null : new OutreachPlan
        {
            StartsOn = Base,
            Items =
            [
                .. partners.Take(2).Select((p, i) => new OutreachItem
                {
                    MapId = i == 0 ? "map-1" : null,
                    Partner = p,
                    Owner = Pick(members, i),
                    Tier = tiers[i % tiers.Length],
                    Ask = "a first one-on-one",
                    FirstStep = i == 0 ? "ask for an introduction" : null,
                    Introducer = i == 0 ? Pick(members, i + 1) : null,
                    Due = Base.AddDays(14 + i),
                    Reason = i == 0 ? "they hold the target's ear" : null,
                }),
            ],
        };

        return workspace with
        {
            Policy = policy,
            Ladder = ladder switch { 0 => null, 1 => TierLadder.Default, _ => LadderVariant },
            TierOverrides = overrides,
            PowerMaps = maps,
            Assets = assets,
            Outreach = outreach,
            Collaboration = collaboration,
        };
    }

    /// <summary>
    /// The default ladder with its pace changed, the move down to Prospect under a Forbid (the default ladder holds
    /// in place, so the field is round-tripped here), and its first step's criterion also asking, negated, that
    /// eligibility be known to be at most Review.
    /// </summary>
    private static TierLadder LadderVariant { get; } = TierLadder.Default with
    {
        Pace = new TierPace { FasterSteps = false, NoSkipping = false },
        ForbiddenHoldsAt = "Prospect",
        Steps =
        [
            TierLadder.Default.Steps[0] with
            {
                When = new AllOfCriterion
                {
                    Items = [TierLadder.Default.Steps[0].When, new NotCriterion { Item = new EligibilityCriterion { AtMost = Partnering.Core.Eligibility.EligibilityOutcome.NotPermitted, RequireKnown = false } }],
                },
            },
            .. TierLadder.Default.Steps.Skip(1),
        ],
    };

    [Property]
    public Property Save_then_load_gives_an_equal_workspace_with_sections()
        => Prop.ForAll(WithSections.ToArbitrary(), workspace =>
        {
            var json = WorkspaceDocument.Save(workspace);
            var loaded = WorkspaceDocument.Load(json);
            Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
            Assert.Equal(workspace, loaded.Value);
            Assert.Equal(json, WorkspaceDocument.Save(loaded.Value!));
        });

    [Fact]
    public void A_workspace_without_sections_saves_no_section_fields()
    {
        var json = WorkspaceDocument.Save(WorkspaceDocument.Load(ExampleDocuments.Minimal().ToJsonString()).GetValueOrThrow());
        var root = JsonNode.Parse(json)!.AsObject();
        Assert.DoesNotContain(root, p => p.Key is "policy" or "ladder" or "tierOverrides" or "powerMaps" or "assets" or "collaboration");
    }

    [Property]
    public Property The_directory_answers_the_section_queries_as_a_scan_does()
        => Prop.ForAll(WithSections.ToArbitrary(), workspace =>
        {
            var directory = PartnerDirectory.From(workspace);
            var tables = workspace.Collaboration?.Tables ?? [];
            var calendar = workspace.Collaboration?.Calendar ?? [];
            var oneOnOnes = workspace.Collaboration?.OneOnOnes ?? [];
            foreach (var party in workspace.Partners.Select(p => p.Id).Concat(workspace.Chapter.Members.Select(m => m.Id)).Append(workspace.Chapter.Id).Append(new PartyId("nobody")))
            {
                Assert.Equal(tables.Where(t => t.Seats.Any(s => s.Organization == party)), directory.TablesSeating(party));
                Assert.Equal(calendar.Where(e => e.Host == party || e.Sponsors.Any(s => s.Sponsor == party)), directory.EventsOf(party));
                Assert.Equal(oneOnOnes.Where(o => o.Partner == party), directory.OneOnOnesWith(party));
                Assert.Equal(workspace.PowerMaps.Where(m => m.Target == party || m.Placements.Any(p => p.Actor == party)), directory.PowerMapsNaming(party));
                Assert.Equal(workspace.TierOverrides.Where(o => o.Partner == party).OrderBy(o => o.Override.Date), directory.TierOverridesOf(party));
            }
        });

    [Property]
    public Property Histories_from_a_workspace_carry_its_overrides_and_the_collaboration_evidence_once()
        => Prop.ForAll(WithSections.ToArbitrary(), workspace =>
        {
            var asOf = Base.AddDays(60);
            var plain = PartnershipHistory.FromWorkspace(workspace);
            var withTables = PartnershipHistory.FromWorkspace(workspace, asOf);
            var tableEvidence = (workspace.Collaboration?.Tables ?? []).SelectMany(t => CoalitionTables.ToInteractions(t, workspace.Chapter.Id, asOf)).Distinct().ToList();
            var oneOnOnes = (workspace.Collaboration?.OneOnOnes ?? []).Where(o => o.Date <= asOf).ToList();
            for (var i = 0; i < workspace.Partnerships.Count; i++)
            {
                var partner = workspace.Partnerships[i].Partner;
                Assert.Equal(workspace.TierOverrides.Where(o => o.Partner == partner).Select(o => o.Override), plain[i].Overrides);
                Assert.Equal(plain[i].Overrides, withTables[i].Overrides);
                var recordedHere = workspace.Interactions.Where(x => x.Partner == partner).ToList();
                Assert.Equal(recordedHere, plain[i].Interactions);

                // The workspace's own interactions first, then each piece of collaboration evidence once.
                Assert.Equal(recordedHere, withTables[i].Interactions.Take(recordedHere.Count));
                var added = withTables[i].Interactions.Skip(recordedHere.Count).ToList();
                var meetings = added.Where(x => x.Commitment is null).Select(x => x.Date).ToList();
                Assert.Equal(meetings.Distinct().Count(), meetings.Count);
                Assert.DoesNotContain(meetings, d => recordedHere.Any(x => x.Date == d && x.Kind is InteractionKind.Meeting or InteractionKind.OneOnOne));
                Assert.All(added, x => Assert.True(
                    tableEvidence.Contains(x) || (x.Kind == InteractionKind.OneOnOne && oneOnOnes.Any(o => o.Partner == partner && o.Date == x.Date))));

                // Every one-on-one held with the partner by then is counted (as a one-on-one, or as the meeting recorded that day).
                Assert.All(oneOnOnes.Where(o => o.Partner == partner), o => Assert.Contains(withTables[i].Interactions, x => x.Date == o.Date && x.Kind is InteractionKind.Meeting or InteractionKind.OneOnOne));
            }

            // Evidence already recorded in the workspace is not counted twice.
            var recorded = workspace with { Interactions = [.. withTables.SelectMany(h => h.Interactions)] };
            Assert.Equal(
                PartnershipHistory.FromWorkspace(recorded, asOf).Select(h => h.Interactions.Count),
                PartnershipHistory.FromWorkspace(recorded).Select(h => h.Interactions.Count));
        });

    private static JsonObject WithSection(string name, string json)
    {
        var document = ExampleDocuments.Minimal();
        document[name] = JsonNode.Parse(json);
        return document;
    }

    private static IReadOnlyList<DocumentProblem> Problems(JsonObject document)
    {
        var result = WorkspaceDocument.Load(document.ToJsonString());
        Assert.False(result.Succeeded);
        return result.Problems;
    }

    private const string Event = """{ "id": "e1", "title": "Rally", "date": "2026-05-01", "start": "09:00", "end": "10:00", "kind": "rally", "host": "org-climate" }""";

    [Theory]
    [InlineData("collaboration", """{ "calendar": [ { "id": "e1", "date": "2026-05-01", "start": "09:00", "end": "10:00", "kind": "rally", "host": "org-climate" } ] }""", "$.collaboration.calendar[0]")]
    [InlineData("collaboration", """{ "calendar": [ { "id": "e1", "title": "Rally", "date": "2026-05-01", "start": "09:00", "end": "10:00", "kind": "riot", "host": "org-climate" } ] }""", "$.collaboration.calendar[0].kind")]
    [InlineData("collaboration", """{ "schemaVersion": 7 }""", "$.collaboration.schemaVersion")]
    [InlineData("collaboration", "[]", "$.collaboration")]
    [InlineData("powerMaps", """[ { "id": "m1", "target": "ind-whitfield", "issue": "education", "placements": [ { "actor": "org-climate", "support": 4, "influence": 0.5, "assessedOn": "2026-01-01" } ] } ]""", "$.powerMaps[0].placements[0].support")]
    [InlineData("assets", """[ { "id": "a1", "category": "nonsense", "name": "fund" } ]""", "$.assets[0].category")]
    [InlineData("tierOverrides", """[ { "partner": "org-climate", "date": "2026-13-01", "tier": "ally", "reason": "r", "decidedBy": "m-ana" } ]""", "$.tierOverrides[0].date")]
    [InlineData("tierOverrides", "{}", "$.tierOverrides")]
    [InlineData("ladder", """{ "name": "x" }""", "$.ladder")]
    [InlineData("policy", """{ "id": "p", "version": "1", "rules": [ { "id": "r1" } ] }""", "$.policy.rules[0]")]
    public void A_problem_inside_a_section_has_its_full_path(string section, string json, string pathPrefix)
    {
        var problems = Problems(WithSection(section, json));
        Assert.Contains(problems, p => p.Path.StartsWith(pathPrefix, StringComparison.Ordinal));
        Assert.All(problems, p => Assert.StartsWith("$." + section, p.Path, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("collaboration", """{ "calendar": [ { "id": "e1", "title": "Rally", "date": "2026-05-01", "start": "09:00", "end": "10:00", "kind": "rally", "host": "ghost" } ] }""", "$.collaboration.calendar[0].host")]
    [InlineData("collaboration", """{ "calendar": [ { "id": "e1", "title": "Rally", "date": "2026-05-01", "start": "09:00", "end": "10:00", "kind": "rally", "host": "org-climate", "sponsors": [ { "sponsor": "ghost" } ] } ] }""", "$.collaboration.calendar[0].sponsors[0].sponsor")]
    [InlineData("collaboration", """{ "tables": [ { "id": "t", "name": "T", "issue": "climate", "cadence": { "start": "2026-01-01", "frequency": "monthly" }, "seats": [ { "organization": "ghost" } ] } ] }""", "$.collaboration.tables[0].seats[0].organization")]
    [InlineData("collaboration", """{ "tables": [ { "id": "t", "name": "T", "issue": "climate", "cadence": { "start": "2026-01-01", "frequency": "monthly" }, "actions": [ { "id": "a", "description": "d", "owner": "ghost", "agreedOn": "2026-01-01", "due": "2026-02-01", "status": "open" } ] } ] }""", "$.collaboration.tables[0].actions[0].owner")]
    [InlineData("collaboration", """{ "oneOnOnes": [ { "id": "o", "partner": "ghost", "date": "2026-01-01" } ] }""", "$.collaboration.oneOnOnes[0].partner")]
    [InlineData("powerMaps", """[ { "id": "m1", "target": "ghost", "issue": "education" } ]""", "$.powerMaps[0].target")]
    [InlineData("powerMaps", """[ { "id": "m1", "target": "ind-whitfield", "issue": "education", "placements": [ { "actor": "ghost", "support": 0.5, "influence": 0.5, "assessedOn": "2026-01-01" } ] } ]""", "$.powerMaps[0].placements[0].actor")]
    [InlineData("assets", """[ { "id": "a1", "category": "physicalOrFinancial", "name": "fund", "holder": "ghost", "inUse": false } ]""", "$.assets[0].holder")]
    [InlineData("tierOverrides", """[ { "partner": "ind-whitfield", "date": "2026-01-01", "tier": "ally", "reason": "r", "decidedBy": "m-ana" } ]""", "$.tierOverrides[0].partner")]
    [InlineData("tierOverrides", """[ { "partner": "org-climate", "date": "2026-01-01", "tier": "ally", "reason": "r", "decidedBy": "org-climate" } ]""", "$.tierOverrides[0].decidedBy")]
    [InlineData("tierOverrides", """[ { "partner": "org-climate", "date": "2026-01-01", "tier": "no-such-tier", "reason": "r", "decidedBy": "m-ana" } ]""", "$.tierOverrides[0].tier")]
    public void A_reference_to_an_unknown_party_or_tier_is_a_problem_at_its_path(string section, string json, string path)
    {
        var problems = Problems(WithSection(section, json));
        Assert.Contains(problems, p => p.Path == path);
    }

    [Fact]
    public void Unknown_fields_inside_sections_survive_a_save()
    {
        var tier = TierLadder.Default.Tiers[^1].Name;
        var document = WithSection("collaboration", $$"""{ "x-root": 1, "calendar": [ {{Event[..^1]}}, "x-event": [1, 2] } ] }""");
        document["tierOverrides"] = JsonNode.Parse($$"""[ { "partner": "org-climate", "date": "2026-01-01", "tier": "{{tier}}", "reason": "r", "decidedBy": "m-ana", "x-override": "kept" } ]""");
        document["powerMaps"] = JsonNode.Parse("""[ { "id": "m1", "target": "ind-whitfield", "issue": "education", "x-map": true } ]""");

        var loaded = WorkspaceDocument.Load(document.ToJsonString());
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var saved = JsonNode.Parse(WorkspaceDocument.Save(loaded.Value!))!;
        Assert.Equal(1, saved["collaboration"]!["x-root"]!.GetValue<int>());
        Assert.Equal("[1,2]", saved["collaboration"]!["calendar"]![0]!["x-event"]!.ToJsonString());
        Assert.Equal("kept", saved["tierOverrides"]![0]!["x-override"]!.GetValue<string>());
        Assert.True(saved["powerMaps"]![0]!["x-map"]!.GetValue<bool>());
        Assert.Null(saved["collaboration"]!["schemaVersion"]);
        Assert.Equal(loaded.Value, WorkspaceDocument.Load(saved.ToJsonString()).GetValueOrThrow());
    }

    [Fact]
    public void A_section_may_carry_its_features_schema_version()
    {
        var loaded = WorkspaceDocument.Load(WithSection("collaboration", $$"""{ "schemaVersion": 1, "calendar": [ {{Event}} ] }""").ToJsonString());
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        Assert.Single(loaded.Value!.Collaboration!.Calendar);
    }

    [Fact]
    public void A_section_named_twice_is_a_problem()
    {
        var json = ExampleDocuments.Minimal().ToJsonString().TrimEnd('}') + """, "assets": [], "assets": [] }""";
        Assert.Contains(WorkspaceDocument.Load(json).Problems, p => p.Path == "$.assets");
    }
}
