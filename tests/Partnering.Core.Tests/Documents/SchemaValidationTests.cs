using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Json.Schema;
using Partnering.Core.Documents;
using Partnering.Core.Tests.Integration;

namespace Partnering.Core.Tests.Documents;

/// <summary>
/// The shipped workspace schema, checked with a real JSON Schema validator (JsonSchema.Net): every
/// example workspace in the repository and every generated workspace the loader accepts is valid, and
/// documents the loader refuses for their shape are invalid too.
/// </summary>
public sealed partial class SchemaValidationTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(WorkspaceDocument.GetJsonSchema());

    private static bool Valid(string json, out string errors)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        errors = result.IsValid ? string.Empty : string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(5).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));
        return result.IsValid;
    }

    /// <summary>The bundled workspaces, the fixtures' workspaces and every fenced JSON snippet in docs/ that is a whole workspace document.</summary>
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in Directory.GetFiles(SampleWorkspaceTests.RepositoryFile("samples", "ChapterPlanner"), "*.json"))
        {
            data.Add(Path.GetFileName(sample), File.ReadAllText(sample));
        }

        foreach (var fixture in Directory.GetFiles(SampleWorkspaceTests.RepositoryFile("tests", "Partnering.Core.Tests", "Documents", "Fixtures"), "*workspace.json"))
        {
            data.Add("fixture " + Path.GetFileName(fixture), File.ReadAllText(fixture));
        }

        foreach (var page in Directory.GetFiles(SampleWorkspaceTests.RepositoryFile("docs"), "*.md").Append(SampleWorkspaceTests.RepositoryFile("README.md")))
        {
            var index = 0;
            foreach (Match block in FencedJson().Matches(File.ReadAllText(page)))
            {
                index++;
                var text = block.Groups[1].Value;
                if (IsWholeWorkspace(text))
                {
                    data.Add($"{Path.GetFileName(page)} snippet {index}", text);
                }
            }
        }

        return data;
    }

    private static bool IsWholeWorkspace(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject o && o.ContainsKey("schemaVersion") && o.ContainsKey("chapter") && WorkspaceDocument.Load(text).Succeeded;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex("```json\\s*\\n(.*?)\\n\\s*```", RegexOptions.Singleline)]
    private static partial Regex FencedJson();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_workspace_in_the_repository_is_valid_against_the_schema(string name, string json)
    {
        Assert.True(WorkspaceDocument.Load(json).Succeeded, name);
        Assert.True(Valid(json, out var errors), $"{name}: {errors}");
    }

    [Property(Runs = 40)]
    public Property Every_generated_workspace_the_loader_accepts_is_valid_against_the_schema()
        => Prop.ForAll(WorkspaceSectionsTests.WithSections.ToArbitrary(), workspace =>
        {
            var json = WorkspaceDocument.Save(workspace);
            Assert.True(WorkspaceDocument.Load(json).Succeeded);
            Assert.True(Valid(json, out var errors), errors);
        });

    /// <summary>Shape problems (wrong JSON types, missing required fields, values outside closed vocabularies) in the workspace's own parts.</summary>
    public static TheoryData<string> ShapeRefusals => new()
    {
        "$.schemaVersion=\"1\"",
        "$.chapter.name=5",
        "$.chapter.members=true",
        "$.partners[0].name=null",
        "$.partners[0].kind=\"nonsense\"",
        "$.partners[0].type=\"robot\"",
        "$.partners[1].roles=[\"astronaut\"]",
        "$.ties[0].strength=\"strong\"",
        "$.ties[0].category=\"friendship\"",
        "$.interactions[0].kind=3",
        "$.interactions[0].participants={}",
        "$.partnerships[0].owners[0].since=[]",
        "-$.chapter",
        "-$.chapter.id",
        "-$.ties[0].strength",
        "-$.interactions[1].commitment.madeBy",
        "-$.partners[0].kind", // an organization's kind and partisan nature are required of organizations only
        "-$.partners[0].partisanNature",
        "$.partners[0].roles=[\"electedOfficial\"]", // neither kind of partner takes the other's fields
        "$.partners[1].kind=\"issueAdvocacy\"",
        "$.partners[0].baseSize=-1",
        "$.partners[0].positions=[{\"issue\":\"climate\",\"stance\":\"support\"}]", // a position's outcome
        "$.partnerships[0].allyChoices=[{\"date\":\"2025-02-01\",\"ally\":true}]", // an ally choice's reason
    };

    [Property(Runs = 60)]
    public Property A_null_optional_field_reads_as_absent_for_the_loader_and_the_schema()
        => Prop.ForAll(
            (from workspace in WorkspaceSectionsTests.WithSections
             from seed in Gen.Choose(0, int.MaxValue - 1)
             select (workspace, seed)).ToArbitrary(),
            t =>
            {
                // Write null for absent optional fields of records of every kind (a condition or a
                // criterion, which must hold exactly one key, aside); the workspace is the same.
                var root = JsonNode.Parse(WorkspaceDocument.Save(t.workspace))!;
                var nulls = WithNulls(root, WorkspaceJsonContext.Default.WorkspaceDto, new Random(t.seed));
                var json = root.ToJsonString();

                var loaded = WorkspaceDocument.Load(json);
                Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
                Assert.Equal(t.workspace, loaded.Value);
                Assert.True(Valid(json, out var errors), $"{nulls} nulls: {errors}");
            });

    private static int WithNulls(JsonNode? node, System.Text.Json.Serialization.Metadata.JsonTypeInfo type, Random random)
    {
        var count = 0;
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                count += WithNulls(item, type, random);
            }
        }
        else if (node is JsonObject obj && type.Type != typeof(PolicyConditionDto) && type.Type != typeof(TierCriterionDto))
        {
            foreach (var property in type.Properties.Where(p => !p.IsExtensionData))
            {
                var held = property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>) ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
                if (obj[property.Name] is { } child)
                {
                    count += held.IsSubclassOf(typeof(Dto)) ? WithNulls(child, WorkspaceJsonContext.Default.GetTypeInfo(held)!, random) : 0;
                }
                else if (!obj.ContainsKey(property.Name) && random.Next(2) == 0 && !(type.Type == typeof(WorkspaceDto) && property.Name == "members"))
                {
                    obj[property.Name] = null;
                    count++;
                }
            }
        }

        return count;
    }

    [Theory]
    [MemberData(nameof(ShapeRefusals))]
    public void A_document_the_loader_refuses_for_its_shape_is_refused_by_the_schema(string change)
    {
        var document = ExampleDocuments.Minimal();
        ApplyChange(document, change);

        var json = document.ToJsonString();
        Assert.False(WorkspaceDocument.Load(json).Succeeded, change);
        Assert.False(Valid(json, out _), change);
    }

    /// <summary>
    /// Applies a shape change written <c>-$.a.b[1].c</c> (remove the field) or <c>$.a.b[1].c=JSON</c>
    /// (set it), as the shape-refusal cases of every schema test are written.
    /// </summary>
    internal static void ApplyChange(JsonNode document, string change)
    {
        var remove = change.StartsWith('-');
        var (path, value) = remove ? (change[1..], null) : (change[..change.IndexOf('=')], change[(change.IndexOf('=') + 1)..]);
        var segments = Regex.Matches(path[2..], @"([A-Za-z]+)|\[(\d+)\]").Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var parent = document;
        foreach (var segment in segments[..^1])
        {
            parent = segment is int i ? parent[i]! : parent[(string)segment]!;
        }

        var last = (string)segments[^1];
        if (remove)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = JsonNode.Parse(value!);
        }
    }
}
