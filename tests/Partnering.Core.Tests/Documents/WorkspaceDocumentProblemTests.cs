using System.Text;
using System.Text.Json.Nodes;
using Partnering.Core.Documents;

namespace Partnering.Core.Tests.Documents;

/// <summary>One example per kind of problem, each with its exact JSON path.</summary>
public sealed class WorkspaceDocumentProblemTests
{
    private static IReadOnlyList<DocumentProblem> ProblemsAfter(Action<JsonObject> change)
    {
        var document = ExampleDocuments.Minimal();
        change(document);
        var result = WorkspaceDocument.Load(document.ToJsonString());
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        return result.Problems;
    }

    private static DocumentProblem Single(IReadOnlyList<DocumentProblem> problems, string path)
    {
        var problem = Assert.Single(problems);
        Assert.Equal(path, problem.Path);
        return problem;
    }

    [Fact]
    public void The_minimal_document_loads()
    {
        var workspace = WorkspaceDocument.Load(ExampleDocuments.Minimal().ToJsonString()).GetValueOrThrow();
        Assert.Equal("Riverside Indivisible", workspace.Chapter.Name);
        Assert.Equal(2, workspace.Partners.Count);
        Assert.IsType<Organization>(workspace.Partners[0]);
        Assert.IsType<Individual>(workspace.Partners[1]);
    }

    [Theory]
    [InlineData("chapter.name", "$.chapter.name", "missing")]
    [InlineData("chapter.homeState", "$.chapter.homeState", "missing")]
    [InlineData("chapter.theoryOfChange", "$.chapter.theoryOfChange", "missing")]
    [InlineData("chapter.id", "$.chapter.id", "missing")]
    [InlineData("partners.0.kind", "$.partners[0].kind", "missing")]
    [InlineData("partners.0.partisanNature", "$.partners[0].partisanNature", "missing")]
    [InlineData("partners.0.type", "$.partners[0].type", "missing")]
    [InlineData("partners.1.candidacies.0.declared", "$.partners[1].candidacies[0].declared", "missing")]
    [InlineData("ties.0.strength", "$.ties[0].strength", "missing")]
    [InlineData("ties.1.category", "$.ties[1].category", "missing")]
    [InlineData("interactions.0.date", "$.interactions[0].date", "missing")]
    [InlineData("interactions.1.commitment.due", "$.interactions[1].commitment.due", "missing")]
    [InlineData("partnerships.0.owners.1.member", "$.partnerships[0].owners[1].member", "missing")]
    public void A_missing_required_field_is_reported_at_its_path(string field, string path, string words)
    {
        var problem = Single(ProblemsAfter(d => Remove(d, field)), path);
        Assert.Contains(words, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]", "an array")]
    [InlineData("[]", "an array")]
    [InlineData("\"workspace\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("true", "true or false")]
    public void A_document_that_is_not_an_object_says_what_it_is(string json, string what)
    {
        var result = WorkspaceDocument.Load(json);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("$", problem.Path);
        Assert.StartsWith($"The document is {what};", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_chapter_is_reported()
        => Assert.Contains(ProblemsAfter(d => d.Remove("chapter")), p => p.Path == "$.chapter");

    [Theory]
    [InlineData("partners.0.kind", "politicalAction", "$.partners[0].kind")]
    [InlineData("partners.0.taxStatus", "501c3", "$.partners[0].taxStatus")]
    [InlineData("partners.0.partisanNature", "Nonpartisan", "$.partners[0].partisanNature")]
    [InlineData("partners.1.roles.1", "mayor", "$.partners[1].roles[1]")]
    [InlineData("ties.0.category", "friendship", "$.ties[0].category")]
    [InlineData("interactions.0.kind", "lunch", "$.interactions[0].kind")]
    [InlineData("interactions.1.commitment.madeBy", "them", "$.interactions[1].commitment.madeBy")]
    [InlineData("chapter.theoryOfChange.targets.0", "senator", "$.chapter.theoryOfChange.targets[0]")]
    public void An_unknown_enum_value_is_reported_with_the_allowed_values(string field, string value, string path)
    {
        var problem = Single(ProblemsAfter(d => Set(d, field, value)), path);
        Assert.Contains($"'{value}'", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("Expected one of ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_partner_type_is_reported()
    {
        var problems = ProblemsAfter(d => Set(d, "partners.0.type", "group"));
        var problem = Single(problems, "$.partners[0].type");
        Assert.Equal("Expected one of \"organization\", \"individual\"; got 'group'.", problem.Message);
    }

    [Fact]
    public void A_field_of_the_other_partner_type_is_reported()
    {
        var problem = Single(ProblemsAfter(d => Set(d, "partners.1.kind", "union")), "$.partners[1].kind");
        Assert.Contains("organizations only", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chapter.id", "river side", "$.chapter.id")]
    [InlineData("chapter.members.1.id", "", "$.chapter.members[1].id")]
    [InlineData("partners.0.id", "org/climate", "$.partners[0].id")]
    public void A_bad_id_is_reported_with_the_rule_it_breaks(string field, string value, string path)
    {
        var problems = ProblemsAfter(d => Set(d, field, value));
        var problem = problems.First(p => p.Path == path);
        Assert.Equal(PartyId.Explain(value), problem.Message);
    }

    [Theory]
    [InlineData("chapter.members.1.id", "m-ana", "$.chapter.members[1].id")]
    [InlineData("partners.0.id", "riverside", "$.partners[0].id")]
    [InlineData("partners.1.id", "org-climate", "$.partners[1].id")]
    public void A_duplicate_id_is_reported_on_its_second_use(string field, string value, string path)
    {
        var problems = ProblemsAfter(d => Set(d, field, value));
        var problem = problems.First(p => p.Path == path);
        Assert.Contains("used twice", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ties.0.from", "$.ties[0].from")]
    [InlineData("ties.1.to", "$.ties[1].to")]
    [InlineData("interactions.0.partner", "$.interactions[0].partner")]
    [InlineData("interactions.0.participants.1", "$.interactions[0].participants[1]")]
    [InlineData("partnerships.0.partner", "$.partnerships[0].partner")]
    [InlineData("partnerships.0.owners.0.member", "$.partnerships[0].owners[0].member")]
    [InlineData("chapter.members.0.affiliations.0.organization", "$.chapter.members[0].affiliations[0].organization")]
    public void A_reference_to_an_unknown_party_is_reported(string field, string path)
    {
        var problem = Single(ProblemsAfter(d => Set(d, field, "nobody")), path);
        Assert.Contains("'nobody' names no party", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("interactions.0.partner", "m-ana", "$.interactions[0].partner")]
    [InlineData("partnerships.0.owners.0.member", "org-climate", "$.partnerships[0].owners[0].member")]
    [InlineData("chapter.members.0.affiliations.0.organization", "ind-whitfield", "$.chapter.members[0].affiliations[0].organization")]
    public void A_reference_to_a_party_of_the_wrong_kind_is_reported(string field, string value, string path)
    {
        var problem = Single(ProblemsAfter(d => Set(d, field, value)), path);
        Assert.Contains("expected", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tie_from_a_party_to_itself_is_reported()
        => Single(ProblemsAfter(d => Set(d, "ties.0.to", "m-ana")), "$.ties[0].to");

    [Fact]
    public void A_candidacy_withdrawn_before_it_was_declared_is_reported()
    {
        var problem = Single(ProblemsAfter(d => Set(d, "partners.1.candidacies.0.withdrawn", "2025-12")), "$.partners[1].candidacies[0].withdrawn");
        Assert.Contains("before the candidacy was declared", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_candidacy_whose_election_is_before_its_declaration_is_reported()
    {
        var problem = Single(ProblemsAfter(d => Set(d, "partners.1.candidacies.0.electionDay", "2025")), "$.partners[1].candidacies[0].electionDay");
        Assert.Contains("before the candidacy was declared", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_candidacy_withdrawn_after_its_election_is_reported()
        => Single(ProblemsAfter(d => Set(d, "partners.1.candidacies.0.withdrawn", "2027")), "$.partners[1].candidacies[0].withdrawn");

    [Fact]
    public void Vague_candidacy_dates_that_may_be_in_order_are_accepted()
    {
        var document = ExampleDocuments.Minimal();
        Set(document, "partners.1.candidacies.0.declared", "2026");
        Set(document, "partners.1.candidacies.0.withdrawn", "2026-01");
        Assert.True(WorkspaceDocument.Load(document.ToJsonString()).Succeeded);
    }

    [Fact]
    public void A_tie_ending_before_it_starts_is_reported()
        => Single(ProblemsAfter(d => Set(d, "ties.1.until", "2023")), "$.ties[1].until");

    [Fact]
    public void Owners_out_of_date_order_are_reported()
        => Single(ProblemsAfter(d => Set(d, "partnerships.0.owners.1.since", "2024-12-31")), "$.partnerships[0].owners[1].since");

    [Fact]
    public void A_second_partnership_with_the_same_partner_is_reported()
        => Single(ProblemsAfter(d => ((JsonArray)d["partnerships"]!).Add(new JsonObject { ["partner"] = "org-climate" })), "$.partnerships[1].partner");

    [Fact]
    public void A_commitment_interaction_without_a_commitment_is_reported()
    {
        var problem = Single(ProblemsAfter(d => ((JsonObject)d["interactions"]![1]!).Remove("commitment")), "$.interactions[1].commitment");
        Assert.Contains("needs a \"commitment\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commitment_on_another_kind_of_interaction_is_reported()
    {
        var problem = Single(ProblemsAfter(d => Set(d, "interactions.1.kind", "meeting")), "$.interactions[1].commitment");
        Assert.Contains("Only an interaction of kind \"commitment\"", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.01)]
    public void A_strength_outside_zero_to_one_is_reported(double strength)
    {
        var problem = Single(ProblemsAfter(d => d["ties"]![0]!["strength"] = strength), "$.ties[0].strength");
        Assert.Contains("from 0 to 1", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void A_strength_that_is_not_a_finite_number_is_reported(string literal)
    {
        var problem = Single(ProblemsAfter(d => d["ties"]![0]!["strength"] = literal), "$.ties[0].strength");
        Assert.Contains(literal, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_too_large_for_a_double_is_reported_at_its_path()
    {
        var json = ExampleDocuments.Minimal().ToJsonString().Replace("\"strength\":0.8", "\"strength\":1e400", StringComparison.Ordinal);
        var problem = Assert.Single(WorkspaceDocument.Load(json).Problems);
        Assert.Equal("$.ties[0].strength", problem.Path);
    }

    [Theory]
    [InlineData("partners.1.candidacies.0.declared", "2026-02-30", "$.partners[1].candidacies[0].declared")]
    [InlineData("ties.1.since", "March 2024", "$.ties[1].since")]
    [InlineData("interactions.0.date", "2025-04", "$.interactions[0].date")]
    [InlineData("interactions.1.commitment.keptOn", "yesterday", "$.interactions[1].commitment.keptOn")]
    [InlineData("partnerships.0.owners.0.since", "2025-1-10", "$.partnerships[0].owners[0].since")]
    public void A_bad_date_is_reported(string field, string value, string path)
    {
        var problem = Single(ProblemsAfter(d => Set(d, field, value)), path);
        Assert.Contains($"'{value}'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chapter.homeState", "Ohio", "$.chapter.homeState")]
    [InlineData("partners.0.state", "XX", "$.partners[0].state")]
    public void A_bad_state_is_reported(string field, string value, string path)
        => Assert.Contains("two-letter", Single(ProblemsAfter(d => Set(d, field, value)), path).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("chapter.issueAreas.0", "  ", "$.chapter.issueAreas[0]")]
    [InlineData("chapter.allowedTactics.1", "--", "$.chapter.allowedTactics[1]")]
    [InlineData("chapter.members.1.name", " ", "$.chapter.members[1].name")]
    public void Blank_text_is_reported(string field, string value, string path)
        => Single(ProblemsAfter(d => Set(d, field, value)), path);

    [Fact]
    public void A_negative_base_size_is_reported()
        => Single(ProblemsAfter(d => d["partners"]![0]!["baseSize"] = -3), "$.partners[0].baseSize");

    [Fact]
    public void A_null_list_item_is_reported()
        => Single(ProblemsAfter(d => ((JsonArray)d["ties"]!).Add(null)), "$.ties[2]");

    [Fact]
    public void Every_problem_is_reported_together()
    {
        var problems = ProblemsAfter(d =>
        {
            Set(d, "ties.0.category", "friendship");
            Set(d, "interactions.0.partner", "nobody");
            d["ties"]![1]!["strength"] = 2;
            Set(d, "partners.1.candidacies.0.electionDay", "2025");
        });
        Assert.Equal(
            ["$.partners[1].candidacies[0].electionDay", "$.ties[0].category", "$.ties[1].strength", "$.interactions[0].partner"],
            problems.Select(p => p.Path));
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1, \"chapter\": {", "$.chapter")]
    [InlineData("{\"schemaVersion\": 1, \"ties\": [{}, {\"from\": x}]}", "$.ties[1].from")]
    [InlineData("{\"schemaVersion\": 1, \"chapter\": {\"name\": 12}}", "$.chapter.name")]
    [InlineData("{\"schemaVersion\": 1, \"partners\": {}}", "$.partners")]
    [InlineData("{\"schemaVersion\": \"one\"}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\": 1, \"ties\": [{\"strength\": \"strong\"}]}", "$.ties[0].strength")]
    [InlineData("[1, 2]", "$")]
    [InlineData("", "$")]
    [InlineData("{\"schemaVersion\": 1} trailing", "$")]
    public void Malformed_json_or_a_wrong_type_is_one_problem_with_its_path(string json, string path)
    {
        var problem = Assert.Single(WorkspaceDocument.Load(json).Problems);
        Assert.Equal(path, problem.Path);
        Assert.DoesNotContain("Path:", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"name\":\"Ana Morales\"", "\"name\":\"Ana Morales\",\"name\":\"Ana M.\"", "$.chapter.members[0]")]
    [InlineData("\"strength\":0.8", "\"strength\":0.8,\"strength\":0.9", "$.ties[0]")]
    [InlineData("\"kind\":\"meeting\"", "\"kind\":\"meeting\",\"x-a\":1,\"x-a\":2", "$.interactions[0]")]
    public void A_field_written_twice_in_one_object_is_a_problem_not_a_silent_choice(string field, string twice, string path)
    {
        var json = ExampleDocuments.Minimal().ToJsonString();
        Assert.Contains(field, json, StringComparison.Ordinal);
        var problem = Assert.Single(WorkspaceDocument.Load(ReplaceFirst(json, field, twice)).Problems);
        Assert.StartsWith(path, problem.Path, StringComparison.Ordinal);
        Assert.Contains("appears twice in this object", problem.Message, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        return text[..at] + with + text[(at + what.Length)..];
    }

    [Fact]
    public void A_wrong_type_is_described_in_plain_words()
    {
        var problem = Assert.Single(WorkspaceDocument.Load("{\"schemaVersion\": 1, \"chapter\": {\"name\": 12}}").Problems);
        Assert.StartsWith("Expected a string; got a value of another JSON type.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_literal_null_is_a_problem()
        => Assert.Equal("$", Assert.Single(WorkspaceDocument.Load("null").Problems).Path);

    [Fact]
    public void GetValueOrThrow_throws_the_documented_exception_with_every_problem()
    {
        var document = ExampleDocuments.Minimal();
        Set(document, "ties.0.category", "friendship");
        Set(document, "interactions.0.partner", "nobody");
        var e = Assert.Throws<InvalidDocumentException>(() => WorkspaceDocument.Load(document.ToJsonString()).GetValueOrThrow());
        Assert.Equal(2, e.Problems.Count);
        Assert.Contains("$.ties[0].category", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Sets a field named by a dotted path with numeric array indexes ("ties.0.from").</summary>
    internal static void Set(JsonObject document, string dotted, string value)
    {
        var (parent, last) = Walk(document, dotted);
        if (parent is JsonArray array)
        {
            array[int.Parse(last)] = value;
        }
        else
        {
            parent[last] = value;
        }
    }

    internal static void Remove(JsonObject document, string dotted)
    {
        var (parent, last) = Walk(document, dotted);
        Assert.True(((JsonObject)parent).Remove(last), $"No field {dotted} to remove.");
    }

    private static (JsonNode Parent, string Last) Walk(JsonObject document, string dotted)
    {
        var parts = dotted.Split('.');
        JsonNode node = document;
        foreach (var part in parts[..^1])
        {
            node = (int.TryParse(part, out var index) ? node[index] : node[part]) ?? throw new InvalidOperationException($"No {part} in {dotted}.");
        }

        return (node, parts[^1]);
    }
}
