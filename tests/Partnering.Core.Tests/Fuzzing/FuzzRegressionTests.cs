using System.Diagnostics;
using Partnering.Core.Collaboration;
using Partnering.Core.Documents;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Fuzzing;

/// <summary>
/// Each failure class the fuzzer found (issue #18), kept as a named test with its minimized input.
/// Every test states the promise: problems with paths, never another exception; what loads saves.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly DocumentLimits Defaults = DocumentLimits.Default;

    /// <summary>
    /// Generous: these loads take a small fraction of it, while the quadratic code they replace took
    /// 13 to 56 s on an idle machine. (CI machines are shared and busy; speed is measured in benchmarks.)
    /// </summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    /// <summary>Loads text as every kind would be given it: each returns its problems.</summary>
    private static IReadOnlyList<DocumentProblem> Problems(FuzzKind kind, string json) => kind switch
    {
        FuzzKind.Workspace => WorkspaceDocument.Load(json).Problems,
        FuzzKind.Policy => PolicyDocument.Load(json).Problems,
        FuzzKind.Ladder => TierLadderDocument.Load(json).Problems,
        FuzzKind.Maps => MapsDocument.Load(json).Problems,
        _ => CollaborationDocument.Load(json).Problems,
    };

    private static IReadOnlyList<DocumentProblem> StreamProblems(FuzzKind kind, byte[] utf8) => kind switch
    {
        FuzzKind.Workspace => WorkspaceDocument.Load(new MemoryStream(utf8)).Problems,
        FuzzKind.Policy => PolicyDocument.Load(new MemoryStream(utf8)).Problems,
        FuzzKind.Ladder => TierLadderDocument.Load(new MemoryStream(utf8)).Problems,
        _ => CollaborationDocument.Load(new MemoryStream(utf8)).Problems,
    };

    [Fact]
    public void Policy_version_with_an_escaped_lone_surrogate_is_a_problem_at_its_path()
    {
        // Minimized: InvalidOperationException from PolicyDocument.Reader.RequiredText (GetString).
        var problem = Assert.Single(PolicyDocument.Load("""{"version":"\uD800"}""").Problems);

        Assert.Equal("$.version", problem.Path);
        Assert.Contains("lone surrogate", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FuzzKind.Policy, """{"id":"p","version":"1","rules":[],"x":"\uDC00"}""", "$.x")]
    [InlineData(FuzzKind.Ladder, """{"name":"\uD800x"}""", "$.name")]
    [InlineData(FuzzKind.Maps, """{"schemaVersion":1,"powerMaps":[{"id":"\uDBFF"}]}""", "$.powerMaps[0].id")]
    [InlineData(FuzzKind.Collaboration, """{"schemaVersion":1,"tables":[{"id":"a\uD800\uD800"}]}""", "$.tables[0].id")]
    [InlineData(FuzzKind.Workspace, """{"schemaVersion":1,"x-note":["\uDFFF"]}""", "$.x-note[0]")]
    [InlineData(FuzzKind.Workspace, """{"schemaVersion":1,"collaboration":{"x":"\uD800"}}""", "$.collaboration.x")]
    public void An_escaped_lone_surrogate_in_any_string_of_any_kind_is_a_problem_at_its_path(FuzzKind kind, string json, string path)
    {
        // Minimized from the load classes: CollaborationJsonReader.String, MapsDocument.Reader.Text,
        // TierLadderDocument.Reader.String, WorkspaceSections.WithVersion, and unknown fields that
        // loaded but could not be saved (JsonWriting.UnknownFields, WorkspaceJsonWriter.End).
        var problem = Assert.Single(Problems(kind, json));

        Assert.Equal(path, problem.Path);
    }

    [Theory]
    [InlineData(FuzzKind.Policy, """{"id":"p","version":"1","rules":[],"\uD800":1}""")]
    [InlineData(FuzzKind.Ladder, """{"\uDC00":1}""")]
    [InlineData(FuzzKind.Maps, """{"schemaVersion":1,"\uD800":1}""")]
    [InlineData(FuzzKind.Collaboration, """{"schemaVersion":1,"\uD800":1}""")]
    [InlineData(FuzzKind.Workspace, """{"schemaVersion":1,"\uD800":1}""")]
    public void An_unknown_field_whose_name_is_a_lone_surrogate_is_a_problem_at_its_object(FuzzKind kind, string json)
    {
        // Minimized: JsonProperty.Name threw InvalidOperationException (PolicyDocument.Reader.Properties, WorkspaceDocument.Scan).
        var problem = Assert.Single(Problems(kind, json));

        Assert.Equal("$", problem.Path);
        Assert.Contains("field name", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FuzzKind.Workspace)]
    [InlineData(FuzzKind.Policy)]
    [InlineData(FuzzKind.Ladder)]
    [InlineData(FuzzKind.Maps)]
    [InlineData(FuzzKind.Collaboration)]
    public void A_raw_lone_surrogate_in_the_text_given_to_load_is_a_problem_not_an_ArgumentException(FuzzKind kind)
    {
        // Minimized: Load(string) threw ArgumentException from JsonDocument.Parse(string) in three loaders.
        var json = "{\"x\":\"a\uD800b\"}";

        var problem = Assert.Single(Problems(kind, json));

        Assert.Equal("$.x", problem.Path);
    }

    [Theory]
    [InlineData(FuzzKind.Workspace)]
    [InlineData(FuzzKind.Policy)]
    [InlineData(FuzzKind.Ladder)]
    [InlineData(FuzzKind.Collaboration)]
    public void Invalid_utf8_in_a_stream_is_a_problem_so_nothing_is_lost_on_save(FuzzKind kind)
    {
        // Minimized: a ladder read from a stream kept 0xFF inside an unknown field; save wrote U+FFFD.
        byte[] json = [.. "{\"x-note\":\"a"u8, 0xFF, .. "\"}"u8];

        var problem = Assert.Single(StreamProblems(kind, json));

        Assert.Equal("$.x-note", problem.Path);
        Assert.Contains("not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlong_or_surrogate_encoding_in_utf8_is_refused_too()
    {
        byte[] surrogate = [.. "{\"name\":\""u8, 0xED, 0xA0, 0x80, .. "\"}"u8];
        byte[] overlong = [.. "{\"name\":\""u8, 0xC0, 0xAF, .. "\"}"u8];

        Assert.Equal("$.name", Assert.Single(TierLadderDocument.Load(new MemoryStream(surrogate)).Problems).Path);
        Assert.Equal("$.name", Assert.Single(TierLadderDocument.Load(new MemoryStream(overlong)).Problems).Path);
    }

    [Fact]
    public void A_valid_surrogate_pair_still_loads_and_round_trips()
    {
        var json = TierLadderDocument.Save(TierLadder.Default).Replace("\"name\": \"default\"", "\"name\": \"default \\uD83D\\uDE00\"", StringComparison.Ordinal);

        var ladder = TierLadderDocument.Load(json).GetValueOrThrow();

        Assert.Equal("default \U0001F600", ladder.Name);
        Assert.Equal(ladder, TierLadderDocument.Load(TierLadderDocument.Save(ladder)).GetValueOrThrow());
    }

    [Theory]
    [InlineData(2147483647)]
    [InlineData(2147483646)]
    [InlineData(1000000000)]
    public void A_validated_ladder_with_atLeast_near_int_max_evaluates_without_overflow(int atLeast)
    {
        // Minimized: {"evidence":"alertsExchanged","atLeast":2147483647} loaded and validated, then
        // ProgressionRun.NextEntryDay overflowed into a negative index (IndexOutOfRangeException).
        var json = DefaultLadderJson().Replace("{ \"evidence\": \"alertsExchanged\", \"atLeast\": 1, \"withinDays\": 180 }", $"{{ \"evidence\": \"alertsExchanged\", \"atLeast\": {atLeast} }}", StringComparison.Ordinal);
        var ladder = TierLadderDocument.Load(json).GetValueOrThrow();

        var exception = Record.Exception(() => Fuzzer.Ops.UseLadder(ladder, PartnershipHistory.FromWorkspace(FuzzSeeds.Sample)));

        Assert.Null(exception);
    }

    [Fact]
    public void A_policy_of_thirty_two_thousand_empty_rules_is_linear_and_its_problems_are_capped()
    {
        // Minimized: the required-field check rescanned every problem so far (16.7 s at 32k rules).
        var json = "{\"id\":\"p\",\"version\":\"1\",\"rules\":[" + string.Join(",", Enumerable.Repeat("{}", 32_000)) + "]}";

        var clock = Stopwatch.StartNew();
        var problems = PolicyDocument.Load(json).Problems;
        clock.Stop();

        Assert.Equal(Defaults.MaxProblems, problems.Count);
        Assert.Contains("DocumentLimits.MaxProblems", problems[^1].Message, StringComparison.Ordinal);
        Assert.Equal("$.rules[0].id", problems[0].Path);
        Assert.True(clock.Elapsed < Bound, $"{clock.Elapsed.TotalMilliseconds:N0} ms");
    }

    [Theory]
    [InlineData("tiers")]
    [InlineData("steps")]
    public void A_ladder_of_thirty_two_thousand_empty_objects_is_linear(string field)
    {
        // Minimized: the ladder's required-field check was quadratic (more than 20 s for steps, 56 s for tiers).
        var json = $"{{\"name\":\"x\",\"{field}\":[" + string.Join(",", Enumerable.Repeat("{}", 32_000)) + "]}";

        var clock = Stopwatch.StartNew();
        var problems = TierLadderDocument.Load(json).Problems;
        clock.Stop();

        Assert.Equal(Defaults.MaxProblems, problems.Count);
        Assert.True(clock.Elapsed < Bound, $"{clock.Elapsed.TotalMilliseconds:N0} ms");
    }

    [Fact]
    public void A_ladder_with_thirty_two_thousand_contradicting_criteria_is_checked_in_one_pass()
    {
        // Minimized: the validator compared every pair of criteria in an "all" (13.8 s, and a 71 KB
        // ladder gave 1,000,000 problems and 1 GB of memory).
        var items = string.Join(",", Enumerable.Range(0, 32_000).Select(i => i % 2 == 0 ? "{\"evidence\":\"meetings\",\"atLeast\":5}" : "{\"evidence\":\"meetings\",\"atMost\":1}"));
        var json = DefaultLadderJson().Replace("{ \"evidence\": \"meetings\", \"atLeast\": 1, \"withinDays\": 180 }", items, StringComparison.Ordinal);

        var clock = Stopwatch.StartNew();
        var problems = TierLadderDocument.Load(json).Problems;
        clock.Stop();

        Assert.Equal(Defaults.MaxProblems, problems.Count);
        Assert.StartsWith("Contradicts $.steps[0].when.all[0]", problems[0].Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < Bound, $"{clock.Elapsed.TotalMilliseconds:N0} ms");
    }

    [Fact]
    public void A_field_written_twice_in_a_power_map_is_a_problem_at_that_path()
    {
        // The maps reader had no duplicate-field check: the second value silently won.
        var problems = MapsDocument.Load("""{"schemaVersion":1,"powerMaps":[{"target":"a","target":"b"}]}""").Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("$.powerMaps[0].target", problem.Path);
        Assert.Contains("appears twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_written_twice_in_a_workspace_power_map_or_tier_override_is_a_problem()
    {
        var sample = WorkspaceDocument.Save(FuzzSeeds.FullWorkspace, indented: false);
        var map = sample.Replace("\"powerMaps\":[{", "\"powerMaps\":[{\"title\":\"a\",\"title\":\"b\",", StringComparison.Ordinal);
        var tierOverride = sample.Replace("\"tierOverrides\":[{", "\"tierOverrides\":[{\"x\":1,\"x\":2,", StringComparison.Ordinal);
        var topLevel = sample[..^1] + ",\"x-a\":1,\"x-a\":2}";

        Assert.Contains(WorkspaceDocument.Load(map).Problems, p => p.Path == "$.powerMaps[0].title");
        Assert.Contains(WorkspaceDocument.Load(tierOverride).Problems, p => p.Path == "$.tierOverrides[0].x");
        Assert.Contains(WorkspaceDocument.Load(topLevel).Problems, p => p.Path == "$.x-a");
    }

    [Theory]
    [InlineData(FuzzKind.Workspace)]
    [InlineData(FuzzKind.Policy)]
    [InlineData(FuzzKind.Ladder)]
    [InlineData(FuzzKind.Maps)]
    [InlineData(FuzzKind.Collaboration)]
    public void Each_limit_is_applied_before_the_work_and_reported_at_its_path(FuzzKind kind)
    {
        var limits = new DocumentLimits { MaxStringLength = 10, MaxArrayLength = 3, MaxDepth = 4 };
        var longString = "{\"a\":{\"b\":\"" + new string('x', 11) + "\"}}";
        var longArray = "{\"a\":[1,2,3,4]}";
        var deep = "{\"a\":[[[[1]]]]}";

        Assert.Equal(("$.a.b", true), Single(kind, longString, limits, "DocumentLimits.MaxStringLength"));
        Assert.Equal(("$.a[3]", true), Single(kind, longArray, limits, "DocumentLimits.MaxArrayLength"));
        Assert.Equal(("$.a[0][0][0]", true), Single(kind, deep, limits, "DocumentLimits.MaxDepth"));
    }

    private static (string Path, bool NamesLimit) Single(FuzzKind kind, string json, DocumentLimits limits, string limit)
    {
        var problems = kind switch
        {
            FuzzKind.Workspace => WorkspaceDocument.Load(json, limits).Problems,
            FuzzKind.Policy => PolicyDocument.Load(json, limits).Problems,
            FuzzKind.Ladder => TierLadderDocument.Load(json, limits).Problems,
            FuzzKind.Maps => MapsDocument.Load(json, limits).Problems,
            _ => CollaborationDocument.Load(json, limits).Problems,
        };
        var problem = Assert.Single(problems);
        return (problem.Path, problem.Message.Contains(limit, StringComparison.Ordinal));
    }

    [Fact]
    public void A_string_as_long_as_the_limit_loads_and_its_saved_escaped_form_reloads()
    {
        // Minimized from a fuzz round-trip failure: 300,000 'é' loaded, were saved escaped as
        // \u00E9 (1.8 MB) and were refused on reload while the limit counted bytes; it counts characters.
        var limits = new DocumentLimits { MaxStringLength = 1000 };
        var json = "{\"schemaVersion\":1,\"note\":\"" + new string('é', 1000) + "\"}";

        var loaded = MapsDocument.Load(json, limits).GetValueOrThrow();

        Assert.Equal(loaded, MapsDocument.Load(loaded.Save(), limits).GetValueOrThrow());
    }

    [Fact]
    public void Capped_problems_end_with_one_that_names_the_cap()
    {
        var limits = new DocumentLimits { MaxProblems = 5 };
        var json = "{\"schemaVersion\":1,\"tables\":[" + string.Join(",", Enumerable.Repeat("null", 40)) + "]}";

        var problems = CollaborationDocument.Load(json, limits).Problems;

        Assert.Equal(5, problems.Count);
        Assert.Equal(["$.tables[0]", "$.tables[1]", "$.tables[2]", "$.tables[3]", "$"], problems.Select(p => p.Path));
        Assert.Contains("36 more problems", problems[^1].Message, StringComparison.Ordinal);
    }

    private static string DefaultLadderJson() => BuiltInDocuments.DefaultLadderJson;
}
