using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Partnering.Core.Documents;
using Partnering.Core.Tests.Integration;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Documents;

/// <summary>
/// The shipped policy and ladder schemas, checked with a real JSON Schema validator (JsonSchema.Net):
/// the built-in packs, the default ladder, the fixtures and the docs' snippets are valid, and documents
/// the loaders refuse for their shape are invalid too.
/// </summary>
public sealed partial class StandaloneSchemaValidationTests
{
    private static readonly JsonSchema PolicySchema = JsonSchema.FromText(PolicyDocument.GetJsonSchema());

    private static readonly JsonSchema LadderSchema = JsonSchema.FromText(TierLadderDocument.GetJsonSchema());

    private static bool Valid(JsonSchema schema, string json, out string errors)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        errors = result.IsValid ? string.Empty : string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(5).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));
        return result.IsValid;
    }

    private static bool IsPolicy(string json) => PolicyDocument.Load(json).Succeeded;

    private static bool IsLadder(string json) => TierLadderDocument.Load(json).Succeeded;

    /// <summary>Every policy and ladder in the repository: the built-in packs, the default ladder, the fixtures and the docs' snippets that load as one.</summary>
    public static TheoryData<string, string, bool> Examples()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var pack in Directory.GetFiles(SampleWorkspaceTests.RepositoryFile("src", "Partnering.Core", "Eligibility", "Packs"), "*.json"))
        {
            data.Add("pack " + Path.GetFileName(pack), File.ReadAllText(pack), true);
        }

        data.Add("the default ladder", BuiltInDocuments.DefaultLadderJson, false);
        var fixtures = SampleWorkspaceTests.RepositoryFile("tests", "Partnering.Core.Tests", "Documents", "Fixtures");
        foreach (var fixture in Directory.GetFiles(fixtures, "*.policy.json"))
        {
            data.Add("fixture " + Path.GetFileName(fixture), File.ReadAllText(fixture), true);
        }

        foreach (var fixture in Directory.GetFiles(fixtures, "*.ladder.json"))
        {
            data.Add("fixture " + Path.GetFileName(fixture), File.ReadAllText(fixture), false);
        }

        foreach (var page in Directory.GetFiles(SampleWorkspaceTests.RepositoryFile("docs"), "*.md").Append(SampleWorkspaceTests.RepositoryFile("README.md")))
        {
            var index = 0;
            foreach (Match block in FencedJson().Matches(File.ReadAllText(page)))
            {
                index++;
                var text = block.Groups[1].Value;
                if (IsPolicy(text))
                {
                    data.Add($"{Path.GetFileName(page)} snippet {index}", text, true);
                }
                else if (IsLadder(text))
                {
                    data.Add($"{Path.GetFileName(page)} snippet {index}", text, false);
                }
            }
        }

        return data;
    }

    [GeneratedRegex("```jsonc?\\s*\\n(.*?)\\n\\s*```", RegexOptions.Singleline)]
    private static partial Regex FencedJson();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_policy_and_ladder_in_the_repository_is_valid_against_its_schema(string name, string json, bool policy)
    {
        Assert.True(policy ? IsPolicy(json) : IsLadder(json), name);
        Assert.True(Valid(policy ? PolicySchema : LadderSchema, json, out var errors), $"{name}: {errors}");
    }

    [Fact]
    public void The_examples_include_both_packs_the_default_ladder_and_the_docs_snippets()
    {
        var names = Examples().Select(row => (string)row[0]).ToList();
        Assert.Contains("pack Electoral.json", names);
        Assert.Contains("pack IssueAdvocacy.json", names);
        Assert.Contains("the default ladder", names);
        Assert.Contains(names, n => n.Contains("snippet", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_data_classes_write_back_what_they_read(string name, string json, bool policy)
    {
        var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip };
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), options);
        var written = policy
            ? JsonSerializer.Serialize(JsonSerializer.Deserialize(ref reader, WorkspaceJsonContext.Default.PolicyDto), WorkspaceJsonContext.Default.PolicyDto)
            : JsonSerializer.Serialize(JsonSerializer.Deserialize(ref reader, WorkspaceJsonContext.Default.TierLadderDto), WorkspaceJsonContext.Default.TierLadderDto);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }), JsonNode.Parse(written)), name);
    }

    private const string Policy = """
        {"id": "p", "version": "1", "rules": [
          {"id": "a", "effect": "forbid", "appliesTo": ["partnership"], "when": {"all": [{"fact": "partner.kind", "in": ["partyClub"]}, {"predicate": "p", "args": {"n": 1}}]}, "reason": "r", "effectiveFrom": "2025-01-01"}
        ]}
        """;

    private const string Ladder = """
        {"name": "l", "tiers": [{"name": "A"}, {"name": "B"}],
         "steps": [{"from": "A", "to": "B", "when": {"all": [{"evidence": "meetings", "atLeast": 1}, {"ownerAssigned": true}, {"eligibilityAtMost": "permit", "requireKnown": false}]}}],
         "decay": {"atRiskAfterDays": 90, "graceDays": 90, "floor": "A"}}
        """;

    public static TheoryData<string, bool> ShapeRefusals => new()
    {
        { "$.rules[0].effect=\"ban\"", true },
        { "$.rules[0].appliesTo=[\"picnic\"]", true },
        { "$.rules[0].id=5", true },
        { "-$.rules[0].reason", true },
        { "-$.version", true },
        { "$.rules[0].when={}", true },
        { "$.rules[0].when.all[0].colour=\"red\"", true },
        { "$.rules[0].when.all[0].in={}", true },
        { "$.rules[0].effectiveFrom=\"tomorrow\"", true },
        { "$.rules=\"none\"", true },
        { "-$.decay.floor", false },
        { "$.steps[0].when.all[0].evidence=\"handshakes\"", false },
        { "$.steps[0].when.all[0].atLeast=\"two\"", false },
        { "$.steps[0].when.all[2].eligibilityAtMost=\"maybe\"", false },
        { "$.steps[0].when.all[1].ownerAssigned=\"yes\"", false },
        { "-$.tiers[0].name", false },
        { "-$.steps", false },
        { "$.decay.graceDays=1.5", false },
    };

    [Theory]
    [MemberData(nameof(ShapeRefusals))]
    public void A_document_the_loader_refuses_for_its_shape_is_refused_by_the_schema(string change, bool policy)
    {
        var document = JsonNode.Parse(policy ? Policy : Ladder)!;
        Assert.True(policy ? IsPolicy(document.ToJsonString()) : IsLadder(document.ToJsonString()), "the base document loads");
        Assert.True(Valid(policy ? PolicySchema : LadderSchema, document.ToJsonString(), out var baseErrors), baseErrors);

        SchemaValidationTests.ApplyChange(document, change);

        var json = document.ToJsonString();
        Assert.False(policy ? IsPolicy(json) : IsLadder(json), change);
        Assert.False(Valid(policy ? PolicySchema : LadderSchema, json, out _), change);
    }
}
