using System.Text;
using System.Text.Json.Nodes;
using Partnering.Core.Documents;

namespace Partnering.Core.Tests.Documents;

/// <summary>Input paths no other test reached (found by a coverage run): a long unseekable stream, limits met on one, long numbers, a version 0 document's members.</summary>
public sealed class InputEdgeTests
{
    private static string Padded(int bytes)
    {
        // A name of its own near the start: pooled buffers may hold an earlier load's bytes, and a lost
        // copy of the start must not pass for the document because an earlier one began the same way.
        var document = ExampleDocuments.Minimal();
        document["chapter"]!["name"] = "Riverside " + Guid.NewGuid();
        document["x-pad"] = new JsonArray([.. Enumerable.Range(0, bytes / 100).Select(i => (JsonNode)JsonValue.Create($"{i:D6} " + new string('x', 90))!)]);
        return document.ToJsonString();
    }

    [Fact]
    public void An_unseekable_stream_longer_than_the_first_buffer_loads_as_its_text_does()
    {
        var json = Padded(300_000); // the first buffer for a stream of unknown length is 64 KB: it grows three times

        var fromStream = WorkspaceDocument.Load(new UnseekableStream(Encoding.UTF8.GetBytes(json), 5_000));

        Assert.True(fromStream.Succeeded, string.Join("\n", fromStream.Problems));
        Assert.Equal(WorkspaceDocument.Load(json).Value, fromStream.Value);
        Assert.Equal(3_000, fromStream.Value!.UnknownFields["x-pad"].GetArrayLength());
    }

    [Fact]
    public void An_unseekable_stream_over_the_size_limit_is_refused_once_it_passes_it()
    {
        var limits = new DocumentLimits { MaxBytes = 20_000 };

        var problem = Assert.Single(WorkspaceDocument.Load(new UnseekableStream(Encoding.UTF8.GetBytes(Padded(100_000)), 5_000), limits).Problems);

        Assert.Equal("$", problem.Path);
        Assert.Contains("DocumentLimits.MaxBytes", problem.Message, StringComparison.Ordinal);
        Assert.Contains("20,000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_written_longer_than_the_string_limit_is_refused_at_its_path()
    {
        var json = ExampleDocuments.Minimal().ToJsonString().Replace("\"strength\":0.8", "\"strength\":0." + new string('8', 200), StringComparison.Ordinal);

        var problem = Assert.Single(WorkspaceDocument.Load(json, new DocumentLimits { MaxStringLength = 100 }).Problems);

        Assert.Equal("$.ties[0].strength", problem.Path);
        Assert.Contains("The number is written with 202 characters, over the limit of 100 (DocumentLimits.MaxStringLength).", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"m-ana\": {}}", "$.members", "In a version 0 document \"members\" is an array of members.")]
    [InlineData("[{\"id\": \"m-ana\", \"name\": \"Ana\", \"isLeader\": \"yes\"}]", "$.members[0].isLeader", "Expected true or false; got a value of another JSON type.")]
    public void A_version_0_document_whose_members_are_not_members_is_refused_at_their_path(string members, string path, string message)
    {
        var document = new JsonObject { ["version"] = 0, ["chapter"] = ExampleDocuments.Minimal()["chapter"]!.DeepClone(), ["members"] = JsonNode.Parse(members) };
        ((JsonObject)document["chapter"]!).Remove("members");

        var problems = WorkspaceDocument.Load(document.ToJsonString()).Problems;

        Assert.Contains(problems, p => p.Path == path && p.Message == message);
    }
}
