using System.Text;
using Partnering.Core.Documents;

namespace Partnering.Core.Tests.Documents;

/// <summary>The slips of editing a document by hand get sentences a person can act on, not the reader's own words.</summary>
public sealed class HandEditingProblemTests
{
    private static string Minimal() => ExampleDocuments.Minimal().ToJsonString();

    [Fact]
    public void A_trailing_comma_is_named_as_one()
    {
        var json = Minimal().Replace("\"strength\":0.8}", "\"strength\":0.8,}", StringComparison.Ordinal);

        var problem = Assert.Single(WorkspaceDocument.Load(json).Problems);

        Assert.Contains("JSON allows no comma after the last item, so remove it", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("reader options", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_is_named_as_one()
    {
        var json = Minimal().Replace("\"ties\":", "// who knows whom\n\"ties\":", StringComparison.Ordinal);

        var problem = Assert.Single(WorkspaceDocument.Load(json).Problems);

        Assert.Contains("a comment starts here, and this document takes no comments", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_saved_as_UTF16_is_asked_to_be_saved_as_UTF8()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Minimal())).ToArray();

        var problem = Assert.Single(WorkspaceDocument.Load(new MemoryStream(bytes)).Problems);

        Assert.Contains("save it as UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_saved_as_Windows_1252_is_asked_to_be_saved_as_UTF8()
    {
        // "Café" in Windows-1252: the é is the single byte 0xE9, which UTF-8 never has alone.
        var bytes = Encoding.UTF8.GetBytes(Minimal().Replace("Ben Okafor", "Ben Caf#", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xE9;

        var problem = Assert.Single(WorkspaceDocument.Load(new MemoryStream(bytes)).Problems);

        Assert.Equal("$.chapter.members[1].name", problem.Path);
        Assert.Contains("saved in another encoding (such as Windows-1252). Save it as UTF-8.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_criterion_key_is_named()
    {
        var ladder = TierLadderDocument.Save(Partnering.Core.Tiers.TierLadder.Default);
        var at = ladder.IndexOf("\"when\": {", StringComparison.Ordinal);
        var json = ladder[..at] + "\"when\": { \"ownerAsigned\": true }, \"x-was\": {" + ladder[(at + "\"when\": {".Length)..];

        var problems = TierLadderDocument.Load(json).Problems;

        Assert.Contains(problems, p => p.Path == "$.steps[0].when" && p.Message.Contains("'ownerAsigned' is none of them", StringComparison.Ordinal));
    }
}
