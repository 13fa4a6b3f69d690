using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnering.Core.Documents;
using Partnering.Core.Tests.Generators;

namespace Partnering.Core.Tests.Documents;

[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public sealed class WorkspaceDocumentRoundTripTests
{
    [Property]
    public void Save_then_load_gives_an_equal_workspace(GeneratedWorkspace generated)
    {
        var workspace = generated.Value;

        var json = WorkspaceDocument.Save(workspace);
        var loaded = WorkspaceDocument.Load(json);
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Problems));
        Assert.Equal(workspace, loaded.Value);
    }

    [Property]
    public void The_bulk_writer_writes_exactly_what_the_serializer_writes_for_the_documents_types(GeneratedWorkspace generated)
    {
        // Saving writes ties and interactions straight from the model; everything else, and this
        // reference, goes through the DTOs and the source-generated context.
        var workspace = generated.Value;
        foreach (var indented in new[] { false, true })
        {
            using var expected = new MemoryStream();
            using (var writer = new Utf8JsonWriter(expected, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                JsonSerializer.Serialize(writer, WorkspaceReader.ToDto(workspace), WorkspaceJsonContext.Default.WorkspaceDto);
            }

            Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), WorkspaceDocument.Save(workspace, indented));
        }
    }

    [Property(Runs = 50)]
    public void The_order_of_the_top_level_fields_does_not_matter(GeneratedWorkspace generated)
    {
        var workspace = generated.Value;

        // Save writes the order in which ties and interactions are checked as they are read;
        // any other order is read whole and checked at the end, with the same outcome.
        // Unknown fields keep their relative order (their order is part of the model's equality).
        var saved = (JsonObject)JsonNode.Parse(WorkspaceDocument.Save(workspace))!;
        var reordered = new JsonObject();
        var first = new[] { "interactions", "ties", "partnerships", "partners" };
        foreach (var (name, value) in saved.OrderBy(p => Array.IndexOf(first, p.Key) is var i && i < 0 ? first.Length : i).ToList())
        {
            saved.Remove(name);
            reordered[name] = value;
        }

        Assert.Equal(workspace, WorkspaceDocument.Load(reordered.ToJsonString()).GetValueOrThrow());
    }

    [Fact]
    public void Problems_are_the_same_whatever_the_order_of_the_top_level_fields()
    {
        var document = ExampleDocuments.Minimal();
        document["ties"]![0]!["category"] = "friendship";
        document["interactions"]![1]!["partner"] = "nobody";
        document["partners"]![0]!["kind"] = "club";
        var inOrder = WorkspaceDocument.Load(document.ToJsonString()).Problems;
        var reversed = new JsonObject();
        foreach (var (name, value) in document.Reverse().ToList())
        {
            document.Remove(name);
            reversed[name] = value;
        }

        Assert.Equal(inOrder, WorkspaceDocument.Load(reversed.ToJsonString()).Problems);
        Assert.Equal(["$.partners[0].kind", "$.ties[0].category", "$.interactions[1].partner"], inOrder.Select(p => p.Path));
    }

    [Fact]
    public void A_top_level_field_written_twice_is_a_problem()
    {
        var json = ExampleDocuments.Minimal().ToJsonString();
        var twice = json[..^1] + ",\"ties\":[]}";
        var problem = Assert.Single(WorkspaceDocument.Load(twice).Problems);
        Assert.Equal("$.ties", problem.Path);
        Assert.Contains("appears twice", problem.Message, StringComparison.Ordinal);
    }

    [Property]
    public void Save_is_stable_across_a_load(GeneratedWorkspace generated)
    {
        var workspace = generated.Value;

        var json = WorkspaceDocument.Save(workspace, indented: false);
        var again = WorkspaceDocument.Save(WorkspaceDocument.Load(json).GetValueOrThrow(), indented: false);
        Assert.Equal(json, again);
    }

    [Property(Runs = 30)]
    public void Every_load_overload_reads_the_same_workspace(GeneratedWorkspace generated)
    {
        var workspace = generated.Value;

        var bytes = WorkspaceDocument.SaveToUtf8Bytes(workspace, indented: false);
        using var stream = new MemoryStream();
        WorkspaceDocument.Save(workspace, stream);
        stream.Position = 0;
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();

        Assert.Equal(workspace, WorkspaceDocument.Load(bytes.AsSpan()).GetValueOrThrow());
        Assert.Equal(workspace, WorkspaceDocument.Load(stream).GetValueOrThrow());
        Assert.Equal(workspace, WorkspaceDocument.Load(withBom.AsSpan()).GetValueOrThrow());
        Assert.Equal(workspace, WorkspaceDocument.Load(new UnseekableStream(bytes, 7), DocumentLimits.Default).GetValueOrThrow());
    }

    [Fact]
    public void Unknown_fields_survive_at_every_level()
    {
        var document = ExampleDocuments.Minimal();
        document["policies"] = new JsonArray(new JsonObject { ["id"] = "no-partisan" });
        document["chapter"]!["x-color"] = "teal";
        document["chapter"]!["theoryOfChange"]!["x-since"] = 2024;
        document["chapter"]!["members"]![0]!["x-pronouns"] = "she/her";
        document["partners"]![0]!["x-crm"] = new JsonObject { ["id"] = 17 };
        document["partners"]![1]!["candidacies"]![0]!["x-filing"] = "FEC-123";
        document["ties"]![0]!["x-verified"] = true;
        document["interactions"]![1]!["commitment"]!["x-reminder"] = "2025-06-01";
        document["partnerships"]![0]!["owners"]![0]!["x-note"] = JsonValue.Create((string?)null);

        var workspace = WorkspaceDocument.Load(document.ToJsonString()).GetValueOrThrow();
        Assert.Equal("[{\"id\":\"no-partisan\"}]", workspace.UnknownFields["policies"].GetRawText());
        Assert.Equal("teal", workspace.Chapter.UnknownFields["x-color"].GetString());
        Assert.Equal(2024, workspace.Chapter.TheoryOfChange.UnknownFields["x-since"].GetInt32());
        Assert.True(workspace.Chapter.Members[0].UnknownFields.ContainsKey("x-pronouns"));
        Assert.True(workspace.Partners[0].UnknownFields.ContainsKey("x-crm"));
        Assert.True(((Individual)workspace.Partners[1]).Candidacies[0].UnknownFields.ContainsKey("x-filing"));
        Assert.True(workspace.Ties[0].UnknownFields.ContainsKey("x-verified"));
        Assert.True(workspace.Interactions[1].Commitment!.UnknownFields.ContainsKey("x-reminder"));
        Assert.Equal(JsonValueKind.Null, workspace.Partnerships[0].Owners[0].UnknownFields["x-note"].ValueKind);

        var saved = JsonNode.Parse(WorkspaceDocument.Save(workspace))!;
        Assert.True(JsonNode.DeepEquals(document, saved), saved.ToJsonString());
    }

    [Fact]
    public void A_saved_document_starts_with_the_schema_version_and_partners_with_their_type()
    {
        var json = WorkspaceDocument.Save(WorkspaceDocument.Load(ExampleDocuments.Minimal().ToJsonString()).GetValueOrThrow(), indented: false);
        Assert.StartsWith("{\"schemaVersion\":1,", json, StringComparison.Ordinal);
        Assert.Contains("\"partners\":[{\"type\":\"organization\",", json, StringComparison.Ordinal);
        Assert.Contains("{\"type\":\"individual\",", json, StringComparison.Ordinal);
    }

    [Property(Runs = 30)]
    public void Indented_and_compact_output_load_the_same(GeneratedWorkspace generated)
    {
        var workspace = generated.Value;

        var indented = WorkspaceDocument.Save(workspace, indented: true);
        var compact = WorkspaceDocument.Save(workspace, indented: false);
        Assert.Contains('\n', indented);
        Assert.DoesNotContain('\n', compact);
        Assert.Equal(WorkspaceDocument.Load(indented).Value, WorkspaceDocument.Load(compact).Value);
    }

    [Fact]
    public void Save_refuses_null()
    {
        Assert.Throws<ArgumentNullException>(() => WorkspaceDocument.Save(null!));
        Assert.Throws<ArgumentNullException>(() => WorkspaceDocument.Load((string)null!));
        Assert.Throws<ArgumentNullException>(() => WorkspaceDocument.Load((Stream)null!));
    }
}
