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
}
