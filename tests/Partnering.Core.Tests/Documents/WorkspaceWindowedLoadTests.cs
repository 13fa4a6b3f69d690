using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnering.Core.Documents;
using Partnering.Core.Tests.Generators;

namespace Partnering.Core.Tests.Documents;

/// <summary>
/// A large seekable stream is read through a small window (issue #14's memory target: a workspace
/// is never held as its bytes and its model at once). Through windows of any size, down to a few
/// bytes, a load must give what the whole-document load gives: the same workspace, or the same
/// problems word for word.
/// </summary>
[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public sealed class WorkspaceWindowedLoadTests
{
    private static DocumentLoadResult<Workspace> Windowed(byte[] bytes, int windowSize)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return WorkspaceDocument.Load(stream, null, windowSize);
    }

    private static void SameResult(DocumentLoadResult<Workspace> whole, DocumentLoadResult<Workspace> windowed)
    {
        Assert.Equal(whole.Succeeded, windowed.Succeeded);
        Assert.Equal(whole.Value, windowed.Value);
        Assert.Equal(whole.Problems.Select(p => (p.Path, p.Message)), windowed.Problems.Select(p => (p.Path, p.Message)));
    }

    [Property(Runs = 60)]
    public void Any_window_reads_the_same_workspace_as_the_whole_document(GeneratedWorkspace generated, PositiveInt size, bool indented, bool bom)
    {
        var workspace = generated.Value;
        var bytes = WorkspaceDocument.SaveToUtf8Bytes(workspace, indented);
        if (bom)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        using var stream = new MemoryStream(bytes, writable: false);

        // Read through the window itself (not the whole-document reading a problem falls back to).
        var windowed = WorkspaceDocument.LoadThroughWindow(stream, DocumentLimits.Default, 1 + (size.Get % 200));

        Assert.NotNull(windowed);
        Assert.Equal(workspace, windowed.Value);
    }

    [Property(Runs = 60)]
    public void A_damaged_document_gets_the_same_problems_through_any_window(GeneratedWorkspace generated, PositiveInt where, PositiveInt size, byte junk, bool truncate)
    {
        var bytes = WorkspaceDocument.SaveToUtf8Bytes(generated.Value, indented: false);
        var at = where.Get % bytes.Length;
        var damaged = truncate ? bytes[..at] : [.. bytes[..at], junk, .. bytes[(at + 1)..]];

        SameResult(WorkspaceDocument.Load(damaged.AsSpan()), Windowed(damaged, 1 + (size.Get % 64)));
    }

    [Fact]
    public void Problems_found_only_after_the_first_window_are_reported_as_a_whole_load_reports_them()
    {
        // A tie far into a long list refers to nobody: the window has moved well past the start by then.
        var json = ExampleDocuments.Minimal().ToJsonString();
        var document = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        var ties = (System.Text.Json.Nodes.JsonArray)document["ties"]!;
        for (var i = 0; i < 500; i++)
        {
            ties.Add(ties[i % 2]!.DeepClone());
        }

        ties[450]!["to"] = "nobody";
        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());

        var windowed = Windowed(bytes, 32);

        Assert.False(windowed.Succeeded);
        Assert.Equal("$.ties[450].to", Assert.Single(windowed.Problems).Path);
        SameResult(WorkspaceDocument.Load(bytes.AsSpan()), windowed);
    }

    [Fact]
    public void A_long_list_of_ties_is_read_through_a_window_far_smaller_than_the_document()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(ExampleDocuments.Minimal().ToJsonString())!;
        var ties = (System.Text.Json.Nodes.JsonArray)document["ties"]!;
        for (var i = 0; i < 5000; i++)
        {
            ties.Add(ties[i % 2]!.DeepClone());
        }

        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());
        using var stream = new MemoryStream(bytes, writable: false);
        var windowed = WorkspaceDocument.LoadThroughWindow(stream, DocumentLimits.Default, 256);

        Assert.NotNull(windowed);
        Assert.Equal(5002, windowed.Value!.Ties.Count);
        Assert.Equal(WorkspaceDocument.Load(bytes.AsSpan()).Value, windowed.Value);
    }

    /// <summary>A minimal document with many partners and a power map with many placements, after its ties (the order Save writes).</summary>
    private static System.Text.Json.Nodes.JsonObject WithLongPartnersAndPowerMap(int count)
    {
        var document = ExampleDocuments.Minimal();
        var partners = (System.Text.Json.Nodes.JsonArray)document["partners"]!;
        var placements = new System.Text.Json.Nodes.JsonArray();
        for (var i = 0; i < count; i++)
        {
            partners.Add(System.Text.Json.Nodes.JsonNode.Parse($$"""{ "type": "organization", "id": "org-{{i}}", "name": "Group {{i}}", "kind": "communityService", "taxStatus": "charity501C3", "partisanNature": "nonpartisan" }"""));
            placements.Add(System.Text.Json.Nodes.JsonNode.Parse($$"""{ "actor": "org-{{i}}", "support": {{(i % 5 - 2) / 2.0}}, "influence": {{i % 10 / 10.0}}, "assessedOn": "2026-02-01" }"""));
        }

        document["powerMaps"] = new System.Text.Json.Nodes.JsonArray(System.Text.Json.Nodes.JsonNode.Parse(
            """{ "id": "map-1", "target": "ind-whitfield", "issue": "climate", "title": "Who moves the senator", "kept": { "a": [1, 2] } }"""));
        document["powerMaps"]![0]!["placements"] = placements;
        return document;
    }

    [Fact]
    public void Long_partner_and_placement_lists_are_read_one_at_a_time_through_a_small_window()
    {
        // Issue #14: a window holds one partner or one placement at a time, never the whole list.
        var bytes = Encoding.UTF8.GetBytes(WithLongPartnersAndPowerMap(3000).ToJsonString());
        using var stream = new MemoryStream(bytes, writable: false);

        var whole = WorkspaceDocument.Load(bytes.AsSpan()).GetValueOrThrow();
        var windowed = WorkspaceDocument.LoadThroughWindow(stream, DocumentLimits.Default, 256);

        Assert.NotNull(windowed);
        Assert.Equal(whole, windowed.Value);
        Assert.Equal(3000, windowed.Value!.PowerMaps[0].Placements.Count);
        Assert.Equal("Who moves the senator", windowed.Value.PowerMaps[0].Title);
        Assert.True(windowed.Value.PowerMaps[0].UnknownFields.ContainsKey("kept"));
    }

    [Theory]
    [InlineData("issue", "42")]
    [InlineData("target", "null")]
    [InlineData("placements", "{}")]
    [InlineData("title", "[\"a\"]")]
    public void A_power_map_read_piecewise_reports_a_bad_field_as_the_whole_load_does(string field, string value)
    {
        var document = WithLongPartnersAndPowerMap(50);
        document["powerMaps"]![0]![field] = System.Text.Json.Nodes.JsonNode.Parse(value);
        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());

        var windowed = Windowed(bytes, 64);

        Assert.False(windowed.Succeeded);
        SameResult(WorkspaceDocument.Load(bytes.AsSpan()), windowed);
    }

    // Placements read through a window are mapped to the model one at a time (issue #14: no list of
    // their data classes); a bad one deep in the list must still be reported at its own path, word
    // for word as the whole load reports it, with nothing else.
    [Theory]
    [InlineData("support", "1.5")]
    [InlineData("influence", "null")]
    [InlineData("assessedOn", "\"2026-02-30\"")]
    [InlineData("actor", "\"no such group\"")]
    [InlineData("confidence", "-0.1")]
    public void A_bad_placement_deep_in_a_long_map_is_reported_through_a_window_as_the_whole_load_does(string field, string value)
    {
        var document = WithLongPartnersAndPowerMap(400);
        document["powerMaps"]![0]!["placements"]![321]![field] = System.Text.Json.Nodes.JsonNode.Parse(value);
        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());

        var windowed = Windowed(bytes, 128);

        Assert.False(windowed.Succeeded);
        Assert.StartsWith("$.powerMaps[0].placements[321]", Assert.Single(windowed.Problems).Path, StringComparison.Ordinal);
        SameResult(WorkspaceDocument.Load(bytes.AsSpan()), windowed);
    }

    [Fact]
    public void A_placement_without_a_confidence_has_the_default_and_one_with_it_keeps_it_through_a_window()
    {
        var document = WithLongPartnersAndPowerMap(300);
        document["powerMaps"]![0]!["placements"]![7]!["confidence"] = 0.9;
        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());

        var placements = Windowed(bytes, 128).GetValueOrThrow().PowerMaps[0].Placements;

        Assert.Equal(0.9, placements[7].Confidence);
        Assert.Equal(0.5, placements[8].Confidence);
    }

    [Fact]
    public void A_power_map_field_written_twice_is_reported_through_a_window_as_the_whole_load_does()
    {
        var json = WithLongPartnersAndPowerMap(50).ToJsonString().Replace("\"issue\":\"climate\"", "\"issue\":\"climate\",\"issue\":\"health-care\"", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(json);

        var windowed = Windowed(bytes, 64);

        Assert.False(windowed.Succeeded);
        Assert.Contains(windowed.Problems, p => p.Path == "$.powerMaps[0].issue");
        SameResult(WorkspaceDocument.Load(bytes.AsSpan()), windowed);
    }
}
