using System.Text.Json.Nodes;
using Partnering.Core.Documents;

namespace Partnering.Core.Tests.Documents;

/// <summary>
/// Ties and interactions in a document saved in the usual order are read straight from the bytes
/// when plainly valid, and through the DTO path otherwise: both must give the same model and the
/// same problems.
/// </summary>
public sealed class WorkspaceBulkReadTests
{
    private static Workspace Plain() => WorkspaceDocument.Load(ExampleDocuments.Minimal().ToJsonString()).GetValueOrThrow();

    [Fact]
    public void Escaped_names_ids_enums_and_dates_load_like_plain_ones()
    {
        var json = ExampleDocuments.Minimal().ToJsonString()
            .Replace("\"from\":\"m-ana\"", "\"fr\\u006Fm\":\"m\\u002Dana\"", StringComparison.Ordinal)
            .Replace("\"category\":\"membership\"", "\"category\":\"membersh\\u0069p\"", StringComparison.Ordinal)
            .Replace("\"date\":\"2025-04-02\"", "\"date\":\"2025\\u002D04-02\"", StringComparison.Ordinal)
            .Replace("\"participants\":[\"m-ana\",\"m-ben\"]", "\"participants\":[\"m-ana\",\"m\\u002Dben\"]", StringComparison.Ordinal);
        Assert.Contains("\\u002Dben", json, StringComparison.Ordinal);

        Assert.Equal(Plain(), WorkspaceDocument.Load(json).GetValueOrThrow());
    }

    [Fact]
    public void Explicit_nulls_for_optional_fields_load_like_absent_ones()
    {
        var document = ExampleDocuments.Minimal();
        var tie = document["ties"]![0]!.AsObject();
        tie["since"] = null;
        tie["until"] = null;
        tie["source"] = null;
        tie["note"] = null;
        var meeting = document["interactions"]![0]!.AsObject();
        meeting["direction"] = null;
        meeting["summary"] = null;
        meeting["delivered"] = null;
        meeting["commitment"] = null;
        var commitment = document["interactions"]![1]!["commitment"]!.AsObject();
        commitment["dropped"] = null;

        Assert.Equal(Plain(), WorkspaceDocument.Load(document.ToJsonString()).GetValueOrThrow());
    }

    [Fact]
    public void Unknown_fields_in_a_tie_an_interaction_and_a_commitment_survive()
    {
        var document = ExampleDocuments.Minimal();
        document["ties"]![1]!["x-tie"] = 1;
        document["interactions"]![0]!["x-meeting"] = new JsonArray(1, 2);
        document["interactions"]![1]!["commitment"]!["x-commitment"] = "kept early";

        var workspace = WorkspaceDocument.Load(document.ToJsonString()).GetValueOrThrow();

        Assert.Equal("1", workspace.Ties[1].UnknownFields["x-tie"].GetRawText());
        Assert.Equal("[1,2]", workspace.Interactions[0].UnknownFields["x-meeting"].GetRawText());
        Assert.Equal("kept early", workspace.Interactions[1].Commitment!.UnknownFields["x-commitment"].GetString());
        Assert.Contains("x-commitment", WorkspaceDocument.Save(workspace), StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_deep_in_long_lists_are_all_reported_at_their_paths()
    {
        var document = ExampleDocuments.Minimal();
        var ties = (JsonArray)document["ties"]!;
        var interactions = (JsonArray)document["interactions"]!;
        for (var i = 0; i < 2000; i++)
        {
            ties.Add(ties[i % 2]!.DeepClone());
            interactions.Add(interactions[i % 2]!.DeepClone());
        }

        ties[1500]!["strength"] = 2;
        ties[1800]!["category"] = "friendship";
        interactions[1700]!["partner"] = "m-ben";
        interactions[1901]!["commitment"]!["due"] = "2025-06";

        var result = WorkspaceDocument.Load(document.ToJsonString());

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["$.ties[1500].strength", "$.ties[1800].category", "$.interactions[1700].partner", "$.interactions[1901].commitment.due"],
            result.Problems.Select(p => p.Path));
    }

    [Fact]
    public void A_field_written_twice_in_a_tie_is_reported_at_the_tie()
    {
        var json = ExampleDocuments.Minimal().ToJsonString()
            .Replace("\"strength\":0.4", "\"strength\":0.4,\"strength\":0.5", StringComparison.Ordinal);

        var problem = Assert.Single(WorkspaceDocument.Load(json).Problems);

        Assert.StartsWith("$.ties[1]", problem.Path, StringComparison.Ordinal);
        Assert.Contains("appears twice in this object", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_inside_an_interaction_is_reported_where_it_is()
    {
        var json = ExampleDocuments.Minimal().ToJsonString()
            .Replace("\"participants\":[\"m-ana\",\"m-ben\"]", "\"participants\":[\"m-ana\",m-ben]", StringComparison.Ordinal);

        var problem = Assert.Single(WorkspaceDocument.Load(json).Problems);

        Assert.StartsWith("$.interactions[0].participants", problem.Path, StringComparison.Ordinal);
    }
}
