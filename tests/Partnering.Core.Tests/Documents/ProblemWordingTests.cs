using System.Globalization;
using System.Text.Json.Nodes;

namespace Partnering.Core.Tests.Documents;

/// <summary>
/// One vocabulary of problem messages (issue #13): a missing field, a blank text and a bad date are
/// worded the same in the workspace, each of its sections and each stand-alone document, and each is
/// reported at the field's own path.
/// </summary>
public sealed class ProblemWordingTests
{
    private static readonly Dictionary<string, Func<string, IReadOnlyList<DocumentProblem>>> Loaders =
        DuplicateKeyTests.Kinds.ToDictionary(k => k.Fixture, k => k.Load);

    /// <summary>The problems of <paramref name="fixture"/> once the value at <paramref name="path"/> (<c>partners.0.name</c>) is removed or replaced.</summary>
    private static IReadOnlyList<DocumentProblem> ProblemsAfter(string fixture, string path, JsonNode? value, bool remove = false)
    {
        var root = JsonNode.Parse(File.ReadAllText(SampleWorkspaceTests.RepositoryFile("tests", "Partnering.Core.Tests", "Documents", "Fixtures", fixture)))!;
        var steps = path.Split('.');
        var node = root;
        foreach (var step in steps[..^1])
        {
            node = int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? node![i] : node![step];
        }

        var obj = node!.AsObject();
        if (remove)
        {
            Assert.True(obj.Remove(steps[^1]), path);
        }
        else
        {
            obj[steps[^1]] = value;
        }

        return Loaders[fixture](root.ToJsonString());
    }

    private static string JsonPath(string path)
        => "$" + string.Concat(path.Split('.').Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? $"[{s}]" : "." + s));

    /// <summary>The one problem at <paramref name="path"/>, with its field's name written as <c>"x"</c>: the wording without the field it is about.</summary>
    private static string WordingAt(IReadOnlyList<DocumentProblem> problems, string path)
    {
        var problem = Assert.Single(problems, p => p.Path == JsonPath(path));
        return problem.Message.Replace($"\"{path.Split('.')[^1]}\"", "\"x\"", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("every-section-workspace.json", "partners.0.name", "interactions.0.date")]
    [InlineData("every-section-workspace.json", "chapter.members.0.name", "partnerships.0.owners.0.since")]
    [InlineData("every-section-workspace.json", "policy.rules.0.reason", "policy.rules.0.effectiveFrom", false)]
    [InlineData("every-section-workspace.json", "ladder.tiers.0.name", null)]
    [InlineData("every-section-workspace.json", "tierOverrides.0.reason", "tierOverrides.0.date")]
    [InlineData("every-section-workspace.json", "assets.0.name", "powerMaps.0.placements.0.assessedOn")]
    [InlineData("every-section-workspace.json", "collaboration.tables.0.name", "collaboration.tables.0.cadence.start")]
    [InlineData("issue-advocacy.policy.json", "rules.0.reason", "rules.0.effectiveFrom", false)]
    [InlineData("default.ladder.json", "tiers.0.name", null)]
    [InlineData("maps.json", "assets.0.name", "powerMaps.0.placements.0.assessedOn")]
    [InlineData("collaboration.json", "tables.0.name", "tables.0.cadence.start")]
    public void A_missing_field_a_blank_text_and_a_bad_date_are_worded_the_same_in_every_document(string fixture, string text, string? date, bool dateRequired = true)
    {
        Assert.Equal("The required field \"x\" is missing.", WordingAt(ProblemsAfter(fixture, text, null, remove: true), text));
        Assert.Equal("\"x\" must not be empty or white space.", WordingAt(ProblemsAfter(fixture, text, " \t"), text));
        if (date is not null && dateRequired)
        {
            Assert.Equal("The required field \"x\" is missing: write yyyy-MM-dd.", WordingAt(ProblemsAfter(fixture, date, null, remove: true), date));
        }

        if (date is not null)
        {
            Assert.Equal("Expected a date written yyyy-MM-dd; got '2026-02-30'.", WordingAt(ProblemsAfter(fixture, date, "2026-02-30"), date));
        }
    }
}
