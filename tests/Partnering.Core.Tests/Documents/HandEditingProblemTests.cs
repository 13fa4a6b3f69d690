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

    [Theory]
    [InlineData("utf-16", true)]
    [InlineData("utf-16", false)]
    [InlineData("utf-16BE", true)]
    [InlineData("utf-16BE", false)]
    public void A_file_saved_as_UTF16_is_asked_to_be_saved_as_UTF8(string encoding, bool withMark)
    {
        var utf16 = Encoding.GetEncoding(encoding);
        var bytes = (withMark ? utf16.GetPreamble() : []).Concat(utf16.GetBytes(Minimal())).ToArray();

        var problem = Assert.Single(PolicyDocument.Load(new MemoryStream(bytes)).Problems.Concat(WorkspaceDocument.Load(new MemoryStream(bytes)).Problems).DistinctBy(p => p.Message));

        Assert.Equal(new DocumentProblem("$", "The text is not valid JSON: the file is UTF-16 (which some editors call 'Unicode'), not UTF-8; save it as UTF-8."), problem);
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
    public void A_required_field_written_in_another_case_is_pointed_out()
    {
        var json = Minimal().Replace("{\"id\":\"m-ben\",\"name\":", "{\"id\":\"m-ben\",\"Name\":", StringComparison.Ordinal);

        var problem = Assert.Single(WorkspaceDocument.Load(json).Problems);

        Assert.Equal("$.chapter.members[1].name", problem.Path);
        Assert.Equal("The required field \"name\" is missing. The object has \"Name\", which differs only in case: field names are case-sensitive.", problem.Message);
    }

    [Fact]
    public void A_misspelled_required_field_is_pointed_out_in_a_policy_and_a_ladder()
    {
        var policy = """{ "id": "p", "version": "1", "rules": [ { "id": "r", "effect": "forbid", "reson": "Not with them." } ] }""";
        var ladder = TierLadderDocument.Save(Partnering.Core.Tiers.TierLadder.Default).Replace("\"name\": \"Prospect\"", "// a comment, which a ladder may have\n\"nmae\": \"Prospect\"", StringComparison.Ordinal);

        Assert.Contains(PolicyDocument.Load(policy).Problems, p => p.Path == "$.rules[0].reason" && p.Message.EndsWith("The object has \"reson\": is it \"reason\" misspelled?", StringComparison.Ordinal));
        Assert.Contains(TierLadderDocument.Load(ladder).Problems, p => p.Path == "$.tiers[0].name" && p.Message.EndsWith("The object has \"nmae\": is it \"name\" misspelled?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("reasn")] // a letter dropped
    [InlineData("reasonn")] // a letter added
    [InlineData("reasan")] // a letter changed
    [InlineData("raeson")] // two letters swapped
    public void A_field_one_letter_off_is_pointed_out(string written)
    {
        var policy = $$"""{ "id": "p", "version": "1", "rules": [ { "id": "r", "effect": "forbid", "{{written}}": "Not with them." } ] }""";

        Assert.Contains(PolicyDocument.Load(policy).Problems, p => p.Path == "$.rules[0].reason" && p.Message.EndsWith($"The object has \"{written}\": is it \"reason\" misspelled?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("raesno")] // two changes
    [InlineData("rsn")] // too far
    public void A_field_more_than_one_letter_off_is_not(string written)
    {
        var policy = $$"""{ "id": "p", "version": "1", "rules": [ { "id": "r", "effect": "forbid", "{{written}}": "Not with them." } ] }""";

        Assert.Contains(PolicyDocument.Load(policy).Problems, p => p.Path == "$.rules[0].reason" && p.Message == "The required field \"reason\" is missing.");
    }

    [Fact]
    public void A_missing_field_with_nothing_like_it_gets_no_hint()
    {
        var json = Minimal().Replace("{\"id\":\"m-ben\",\"name\":\"Ben Okafor\"", "{\"id\":\"m-ben\",\"nickname\":\"Ben\"", StringComparison.Ordinal);

        Assert.Equal("The required field \"name\" is missing.", Assert.Single(WorkspaceDocument.Load(json).Problems).Message);
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

/// <summary>What a document is when it is not a JSON object at all, said the same way by every document kind.</summary>
public sealed class TopLevelProblemTests
{
    public static TheoryData<string, string> Kinds => new()
    {
        { "workspace", "a workspace is an object with \"schemaVersion\" and \"chapter\"" },
        { "policy", "a policy is an object" },
        { "collaboration", "a collaboration is an object" },
    };

    private static IReadOnlyList<DocumentProblem> Load(string kind, string json) => kind switch
    {
        "workspace" => WorkspaceDocument.Load(json).Problems,
        "policy" => PolicyDocument.Load(json).Problems,
        _ => CollaborationDocument.Load(json).Problems,
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void An_array_is_named_as_an_array(string kind, string expected)
        => Assert.Equal(new DocumentProblem("$", $"The document is an array; {expected}."), Assert.Single(Load(kind, "[1]")));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void An_empty_document_is_named_as_empty(string kind, string expected)
    {
        _ = expected;
        var problem = Assert.Single(Load(kind, "  \n"));

        Assert.Equal("$", problem.Path);
        Assert.EndsWith("the document is empty, or only white space", problem.Message, StringComparison.Ordinal);
    }
}
