using System.Text.Json;
using System.Text.Json.Nodes;
using Partnering.Core.Documents;
using Partnering.Core.Internal;

namespace Partnering.Core.Tests.Documents;

/// <summary>
/// A problem the serializer finds inside a workspace says where it is in the file: the line counted
/// from the top of the document, not from the start of the section or item being read.
/// </summary>
public sealed class ProblemPositionTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static (string Json, int Line) Edited(string from, string to)
    {
        var json = ExampleDocuments.Minimal().ToJsonString(Indented);
        var at = json.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return (json[..at] + to + json[(at + from.Length)..], json[..at].Count(c => c == '\n') + 1);
    }

    [Theory]
    [InlineData("\"strength\": 0.8", "\"strength\": \"0.8\"", "$.ties[0].strength")] // a tie, read one at a time
    [InlineData("\"partisanNature\": \"nonpartisan\"", "\"partisanNature\": 3", "$.partners[0].partisanNature")] // the partners, read as one array
    [InlineData("\"isLeader\": true", "\"isLeader\": \"yes\"", "$.chapter.members[0].isLeader")] // the chapter, read as one object
    public void A_wrong_type_is_reported_on_its_line_of_the_file(string from, string to, string path)
    {
        var (json, line) = Edited(from, to);

        var problem = Assert.Single(WorkspaceDocument.Load(json).Problems);

        Assert.Equal(path, problem.Path);
        Assert.Contains($"(line {line}, ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_written_twice_inside_an_unknown_top_level_field_is_a_problem_at_its_path()
    {
        // An unknown field is kept as written, so a repeated key in it would be saved twice, or lose one.
        var json = ExampleDocuments.Minimal().ToJsonString().TrimEnd('}') + ",\"x-meta\":{\"a\":1,\"a\":2}}";

        var problems = WorkspaceDocument.Load(json).Problems;

        var problem = Assert.Single(problems);
        Assert.Equal(JsonPath.Child(JsonPath.Child("$", "x-meta"), "a"), problem.Path);
        Assert.StartsWith(ProblemText.Duplicate("a"), problem.Message, StringComparison.Ordinal);
    }
}
