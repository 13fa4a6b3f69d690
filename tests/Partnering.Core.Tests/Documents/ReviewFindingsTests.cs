using System.Text.Json.Nodes;
using Partnering.Core.Documents;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Documents;

/// <summary>
/// Defects found by a review of the stand-alone documents (policy, ladder, maps, collaboration), now
/// mended: each test states the behaviour the documents promise (each was red before its fix). The
/// comments say what the defect was.
/// </summary>
public sealed class ReviewFindingsTests
{
    private const string Policy = """{"id":"p","version":"1","rules":[{"id":"r","effect":"permit","reason":"R"}]}""";

    private static string Nested(string leaf, int levels)
        => string.Concat(Enumerable.Repeat("{\"not\":", levels)) + leaf + new string('}', levels);

    /// <summary>A policy whose one rule's condition is <paramref name="levels"/> "not"s deep (the deepest object is at depth 4 + levels).</summary>
    private static string DeepPolicy(int levels)
        => Policy.Replace("\"reason\":\"R\"", "\"reason\":\"R\",\"when\":" + Nested("""{"fact":"partner.type","is":"individual"}""", levels), StringComparison.Ordinal);

    /// <summary>The default ladder with a criterion <paramref name="levels"/> "not"s deep first in its first step's "all" (the deepest object is at depth 6 + levels).</summary>
    private static string DeepLadder(int levels)
    {
        var ladder = JsonNode.Parse(TierLadderDocument.Save(TierLadder.Default))!;
        ladder["steps"]![0]!["when"]!["all"]![0] = JsonNode.Parse(Nested("""{"ownerAssigned":true}""", levels));
        return ladder.ToJsonString();
    }

    // 1. A policy or ladder nested to the default depth limit (64) loads, but Save throws the serializer's
    //    JsonException ("A possible object cycle was detected ... maximum allowed depth of 64"): the save
    //    side uses the default serializer options whatever the document's depth. With a larger
    //    DocumentLimits.MaxDepth any condition deeper than about 60 levels loads and cannot be saved; the
    //    workspace's "policy" and "ladder" sections and PolicyDocument.ContentHash fail the same way.
    [Theory]
    [InlineData("policy")]
    [InlineData("ladder")]
    public void A_document_nested_to_the_depth_limit_saves_and_reloads_equal(string kind)
    {
        if (kind == "policy")
        {
            var loaded = PolicyDocument.Load(DeepPolicy(60)); // depth 64, the default limit
            Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));

            var saved = PolicyDocument.Save(loaded.Value!);

            Assert.Equal(loaded.Value, PolicyDocument.Load(saved).Value);
        }
        else
        {
            var loaded = TierLadderDocument.Load(DeepLadder(58)); // depth 64, the default limit
            Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));

            var saved = TierLadderDocument.Save(loaded.Value!);

            Assert.Equal(loaded.Value, TierLadderDocument.Load(saved).Value);
        }
    }

    // 2. When the input check finds more problems than DocumentLimits.MaxProblems (lone surrogates,
    //    bytes that are not UTF-8, a ladder's repeated fields), it stops at exactly MaxProblems and the
    //    cap never adds its closing note, so nothing says that problems were left out (the docs: "when
    //    there are more, the last problem says how many were left out and names the limit").
    [Fact]
    public void More_input_check_problems_than_MaxProblems_end_with_a_problem_naming_the_limit()
    {
        var limits = new DocumentLimits { MaxProblems = 3 };
        var fields = string.Join(",", Enumerable.Range(0, 6).Select(i => $"\"note{i}\":\"\\uD800\""));

        var problems = PolicyDocument.Load(Policy.Replace("\"id\":\"p\"", "\"id\":\"p\"," + fields, StringComparison.Ordinal), limits).Problems;

        Assert.Equal(3, problems.Count);
        Assert.Contains("DocumentLimits.MaxProblems", problems[^1].Message, StringComparison.Ordinal);
        Assert.All(problems.Take(2), p => Assert.Contains("lone surrogate", p.Message, StringComparison.Ordinal));

        // The check stops one over the limit, so it says "at least": true for 4 problems and for 50.
        foreach (var count in new[] { 4, 50 })
        {
            var many = string.Join(",", Enumerable.Range(0, count).Select(i => $"\"note{i}\":\"\\uD800\""));
            var capped = PolicyDocument.Load(Policy.Replace("\"id\":\"p\"", "\"id\":\"p\"," + many, StringComparison.Ordinal), limits).Problems;
            Assert.Equal(3, capped.Count);
            Assert.StartsWith("...and at least 2 more problems not listed", capped[^1].Message, StringComparison.Ordinal);
        }
    }

    // 3. Predicate "args" written with a repeated name got the serializer's own sentence ("Duplicate
    //    properties not allowed during deserialization.") instead of the one wording of a field written
    //    twice: "args" is a dictionary, whose duplicate message DtoInput did not recognize. "args" of the
    //    wrong JSON type (an array, a string, a number) were said to expect a string: the expected kind
    //    came from the CLR type in the serializer's message, and Dictionary`2[System.String,JsonElement]
    //    contains "String". "args" is an object (the schema says so too).
    [Theory]
    [InlineData("""{"a":1,"a":2}""", "$.rules[0].when.args.a", "The field \"a\" appears twice in this object; keep one.")]
    [InlineData("[1]", "$.rules[0].when.args", "Expected an object; got a value of another JSON type.")]
    [InlineData("\"a\"", "$.rules[0].when.args", "Expected an object; got a value of another JSON type.")]
    public void Predicate_args_repeated_or_of_the_wrong_type_get_the_library_s_wording(string args, string path, string message)
    {
        var json = Policy.Replace("\"reason\":\"R\"", "\"reason\":\"R\",\"when\":{\"predicate\":\"x\",\"args\":" + args + "}", StringComparison.Ordinal);

        var problem = Assert.Single(PolicyDocument.Load(json).Problems);

        Assert.Equal(path, problem.Path);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    // 4. A raw lone surrogate in the .NET string given to Load(string) is reported as "bytes that are
    //    not UTF-8: the file was saved in another encoding (such as Windows-1252). Save it as UTF-8.":
    //    there is no file and no encoding; the text holds a lone surrogate, as the escaped case says.
    [Fact]
    public void A_raw_lone_surrogate_in_text_is_reported_as_a_lone_surrogate()
    {
        var problem = Assert.Single(PolicyDocument.Load(Policy.Replace("\"R\"", "\"R\uD800\"", StringComparison.Ordinal)).Problems);

        Assert.Equal("$.rules[0].reason", problem.Path);
        Assert.Contains("lone surrogate", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Windows-1252", problem.Message, StringComparison.Ordinal);
    }

    // 5. Malformed JSON inside a field name is reported at the path of the field before it
    //    ("$.id: The text is not valid JSON ... '0x01' is invalid within a JSON string") although "id"
    //    is well formed: the input check's frame keeps the previous field's name until the next name is
    //    read. (A field name's problem is otherwise at its object.)
    [Fact]
    public void Malformed_JSON_in_a_field_name_is_not_reported_at_the_previous_field()
    {
        var problem = Assert.Single(PolicyDocument.Load(Policy.Replace("\"version\"", "\"ver\u0001sion\"", StringComparison.Ordinal)).Problems);

        Assert.StartsWith("The text is not valid JSON", problem.Message, StringComparison.Ordinal);
        Assert.Equal("$", problem.Path);
    }
}
