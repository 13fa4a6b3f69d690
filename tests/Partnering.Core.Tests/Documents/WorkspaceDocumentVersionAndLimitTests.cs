using System.Text;
using System.Text.Json.Nodes;
using Partnering.Core.Documents;

namespace Partnering.Core.Tests.Documents;

public sealed class WorkspaceDocumentVersionAndLimitTests
{
    [Fact]
    public void A_newer_schema_version_is_refused_with_a_clear_problem()
    {
        var document = ExampleDocuments.Minimal();
        document["schemaVersion"] = 2;
        var problem = Assert.Single(WorkspaceDocument.Load(document.ToJsonString()).Problems);
        Assert.Equal("$.schemaVersion", problem.Path);
        Assert.Contains("newer than the version 1", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Upgrade", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_schema_version_that_never_existed_is_refused(int version)
    {
        var document = ExampleDocuments.Minimal();
        document["schemaVersion"] = version;
        Assert.Equal("$.schemaVersion", Assert.Single(WorkspaceDocument.Load(document.ToJsonString()).Problems).Path);
    }

    [Fact]
    public void A_missing_schema_version_is_refused()
    {
        var document = ExampleDocuments.Minimal();
        document.Remove("schemaVersion");
        var problem = Assert.Single(WorkspaceDocument.Load(document.ToJsonString()).Problems);
        Assert.Equal("$.schemaVersion", problem.Path);
        Assert.Contains("\"schemaVersion\": 1", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>Version 0: "version": 0 instead of "schemaVersion", members at the top level.</summary>
    private static JsonObject Version0()
    {
        var current = ExampleDocuments.Minimal();
        var old = new JsonObject { ["version"] = 0 };
        var chapter = (JsonObject)current["chapter"]!.DeepClone();
        var members = chapter["members"]!.DeepClone();
        chapter.Remove("members");
        old["chapter"] = chapter;
        old["members"] = members;
        foreach (var name in new[] { "partners", "ties", "interactions", "partnerships" })
        {
            old[name] = current[name]!.DeepClone();
        }

        return old;
    }

    [Fact]
    public void A_version_0_document_is_migrated_to_the_same_workspace()
    {
        var migrated = WorkspaceDocument.Load(Version0().ToJsonString()).GetValueOrThrow();
        var current = WorkspaceDocument.Load(ExampleDocuments.Minimal().ToJsonString()).GetValueOrThrow();
        Assert.Equal(current, migrated);
        Assert.Empty(migrated.UnknownFields);
    }

    [Fact]
    public void A_migrated_document_is_saved_in_the_current_shape()
    {
        var saved = JsonNode.Parse(WorkspaceDocument.Save(WorkspaceDocument.Load(Version0().ToJsonString()).GetValueOrThrow()))!;
        Assert.True(JsonNode.DeepEquals(ExampleDocuments.Minimal(), saved), saved.ToJsonString());
    }

    [Fact]
    public void Problems_in_a_version_0_document_name_its_own_paths()
    {
        var old = Version0();
        old["members"]![1]!["name"] = " ";
        old["members"]![0]!["affiliations"]![0]!["organization"] = "nobody";
        Assert.Equal(
            ["$.members[0].affiliations[0].organization", "$.members[1].name"],
            WorkspaceDocument.Load(old.ToJsonString()).Problems.Select(p => p.Path));
    }

    [Fact]
    public void A_version_0_document_with_members_in_both_places_is_refused()
    {
        var old = Version0();
        old["chapter"]!["members"] = new JsonArray();
        Assert.Equal("$.members", Assert.Single(WorkspaceDocument.Load(old.ToJsonString()).Problems).Path);
    }

    [Fact]
    public void An_unknown_old_version_is_refused()
    {
        var old = Version0();
        old["version"] = 3;
        Assert.Equal("$.version", Assert.Single(WorkspaceDocument.Load(old.ToJsonString()).Problems).Path);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_before_it_is_read()
    {
        var json = ExampleDocuments.Minimal().ToJsonString();
        var limits = new DocumentLimits { MaxBytes = 100 };
        foreach (var result in new[]
        {
            WorkspaceDocument.Load(json, limits),
            WorkspaceDocument.Load(Encoding.UTF8.GetBytes(json).AsSpan(), limits),
            WorkspaceDocument.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), limits),
        })
        {
            var problem = Assert.Single(result.Problems);
            Assert.Equal("$", problem.Path);
            Assert.Contains("over the limit of 100 bytes (DocumentLimits.MaxBytes)", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_document_exactly_at_the_size_limit_loads()
    {
        var bytes = Encoding.UTF8.GetBytes(ExampleDocuments.Minimal().ToJsonString());
        var limits = new DocumentLimits { MaxBytes = bytes.Length };
        Assert.True(WorkspaceDocument.Load(bytes.AsSpan(), limits).Succeeded);
        Assert.True(WorkspaceDocument.Load(new MemoryStream(bytes), limits).Succeeded);
        Assert.True(WorkspaceDocument.Load(Encoding.UTF8.GetString(bytes), limits).Succeeded);
    }

    [Fact]
    public void A_document_nested_deeper_than_the_limit_is_refused()
    {
        var document = ExampleDocuments.Minimal();
        JsonNode deep = new JsonArray();
        for (var i = 0; i < 200; i++)
        {
            deep = new JsonArray(deep);
        }

        document["partners"]![0]!["x-deep"] = deep;
        var problem = Assert.Single(WorkspaceDocument.Load(document.ToJsonString()).Problems);
        Assert.StartsWith("$.partners[0]", problem.Path, StringComparison.Ordinal);
        Assert.Contains("deeper than the limit of 64 levels (DocumentLimits.MaxDepth)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_depth_limit_is_configurable()
    {
        var json = ExampleDocuments.Minimal().ToJsonString();
        Assert.True(WorkspaceDocument.Load(json, new DocumentLimits { MaxDepth = 6 }).Succeeded);
        var problem = Assert.Single(WorkspaceDocument.Load(json, new DocumentLimits { MaxDepth = 4 }).Problems);
        Assert.Contains("limit of 4 levels", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pathologically_deep_input_is_refused_without_a_stack_overflow()
    {
        var json = "{\"schemaVersion\":1,\"x\":" + new string('[', 100_000) + new string(']', 100_000) + "}";
        Assert.Contains("MaxDepth", Assert.Single(WorkspaceDocument.Load(json).Problems).Message, StringComparison.Ordinal);
    }
}
