using System.Text;
using Partnering.Core.Documents;
using Partnering.Core.Eligibility;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Tiers;

/// <summary>Loading, saving and validating ladder documents.</summary>
public sealed class TierLadderDocumentTests
{
    private const string Small = """
        {
          "name": "small",
          "tiers": [ { "name": "Prospect" }, { "name": "Ally", "color": "green" } ],
          "steps": [
            { "from": "Prospect", "to": "Ally",
              "when": { "any": [ { "evidence": "meetings", "atLeast": 2, "withinDays": 60, "note": "two talks" },
                                  { "not": { "eligibilityAtMost": "permit", "requireKnown": true } } ] },
              "nextActions": [ "Call them" ], "owner": "m-ana" }
          ],
          "decay": { "atRiskAfterDays": 30, "graceDays": 30, "floor": "Ally", "reviewedBy": "board" },
          "version": 3
        }
        """;

    private static IReadOnlyList<DocumentProblem> Problems(string json) => TierLadderDocument.Load(json).Problems;

    [Fact]
    public void The_default_ladder_loads_from_its_embedded_document_and_is_valid()
    {
        var ladder = TierLadder.Default;

        Assert.Equal(["Prospect", "Learning", "Promotion", "Event", "Deep"], ladder.Tiers.Select(t => t.Name));
        Assert.Equal(4, ladder.Steps.Count);
        Assert.All(ladder.Steps, s => Assert.NotEmpty(s.NextActions));
        Assert.Empty(ladder.Validate());
        // A Forbid holds a partnership where it is (DOMAIN §3): the default ladder asks for no move down.
        Assert.Equal(("Learning", null), (ladder.Decay.Floor, ladder.ForbiddenHoldsAt));
    }

    [Fact]
    public void A_ladder_reads_every_kind_of_criterion()
    {
        var ladder = TierLadderDocument.Load(Small).GetValueOrThrow();

        var any = Assert.IsType<AnyOfCriterion>(ladder.Steps[0].When);
        Assert.Equal(new EvidenceCriterion { Evidence = TierEvidence.Meetings, AtLeast = 2, WithinDays = 60 }, any.Items[0] with { UnknownFields = new Dictionary<string, System.Text.Json.JsonElement>() });
        var not = Assert.IsType<NotCriterion>(any.Items[1]);
        Assert.Equal(new EligibilityCriterion { AtMost = EligibilityOutcome.Permit, RequireKnown = true }, not.Item);
        Assert.Equal(["Call them"], ladder.Steps[0].NextActions);
    }

    [Fact]
    public void Unknown_fields_survive_a_load_save_load_round_trip()
    {
        var ladder = TierLadderDocument.Load(Small).GetValueOrThrow();

        var saved = TierLadderDocument.Save(ladder);
        var again = TierLadderDocument.Load(saved).GetValueOrThrow();

        Assert.Equal(ladder, again);
        Assert.Equal("3", ladder.UnknownFields["version"].GetRawText());
        Assert.Equal("\"green\"", ladder.Tiers[1].UnknownFields["color"].GetRawText());
        Assert.Equal("\"m-ana\"", ladder.Steps[0].UnknownFields["owner"].GetRawText());
        Assert.Equal("\"board\"", ladder.Decay.UnknownFields["reviewedBy"].GetRawText());
        Assert.Equal("\"two talks\"", ((AnyOfCriterion)ladder.Steps[0].When).Items[0].UnknownFields["note"].GetRawText());
        Assert.Contains("\"note\": \"two talks\"", saved, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_ladder_round_trips_and_loads_from_a_stream()
    {
        var saved = TierLadderDocument.Save(TierLadder.Default);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(saved));

        Assert.Equal(TierLadder.Default, TierLadderDocument.Load(stream).GetValueOrThrow());
        Assert.Contains("Share each other's action alerts", saved, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_json_is_a_problem_not_an_exception()
    {
        var result = TierLadderDocument.Load("{ \"name\": ");

        Assert.False(result.Succeeded);
        Assert.StartsWith("The text is not valid JSON", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused()
    {
        var result = TierLadderDocument.Load(Small, new DocumentLimits { MaxBytes = 100 });

        Assert.Equal("$", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public void Missing_fields_are_reported_together_with_their_paths()
    {
        var problems = Problems("""
            { "tiers": [ { "description": "no name" }, { "name": "Ally" } ],
              "steps": [ { "from": "Prospect", "to": "Ally", "when": { "evidence": "meetings", "atLeast": 2 } } ],
              "decay": { "atRiskAfterDays": 15, "graceDays": 10 } }
            """);

        Assert.Equal(
            [
                ("$.tiers[0].name", "The required field \"name\" is missing."),
                ("$.decay.floor", "The required field \"floor\" is missing."),
                ("$.name", "The required field \"name\" is missing."),
            ],
            problems.Select(p => (p.Path, p.Message)));
    }

    [Theory]
    [InlineData("""{ "name": "x", "tiers": [ { "name": 3 } ], "steps": [], "decay": {} }""", "$.tiers[0].name", "Expected a string; got a value of another JSON type.")]
    [InlineData("""{ "name": "x", "tiers": [], "steps": [ { "when": { "evidence": "meetings", "atLeast": "two" } } ], "decay": {} }""", "$.steps[0].when.atLeast", "Expected a whole number (no decimal point or exponent, at most 2,147,483,647 either way); got another value.")]
    [InlineData("""{ "name": "x", "tiers": [], "steps": [], "decay": { "atRiskAfterDays": 1.5 } }""", "$.decay.atRiskAfterDays", "Expected a whole number (no decimal point or exponent, at most 2,147,483,647 either way); got another value.")]
    public void A_value_of_the_wrong_JSON_type_stops_the_read_with_one_problem_at_its_path(string json, string path, string fragment)
    {
        var problem = Assert.Single(Problems(json));

        Assert.Equal(path, problem.Path);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_evidence_kind_names_the_known_ones()
    {
        var problem = Assert.Single(Problems(Small.Replace("\"meetings\"", "\"handshakes\"", StringComparison.Ordinal)));

        Assert.Equal("$.steps[0].when.any[0].evidence", problem.Path);
        Assert.StartsWith("Expected one of \"meetings\", \"oneOnOnes\",", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("; got 'handshakes'.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_criterion_with_two_kinds_or_none_is_refused()
    {
        var two = Assert.Single(Problems(Small.Replace("\"evidence\": \"meetings\",", "\"evidence\": \"meetings\", \"daysInTier\": 3,", StringComparison.Ordinal)));
        Assert.Equal("$.steps[0].when.any[0]", two.Path);
        Assert.Contains("this one has evidence, daysInTier", two.Message, StringComparison.Ordinal);

        var none = Assert.Single(Problems(Small.Replace("{ \"not\": { \"eligibilityAtMost\": \"permit\", \"requireKnown\": true } }", "{ \"maybe\": true }", StringComparison.Ordinal)));
        Assert.Equal("$.steps[0].when.any[1]", none.Path);
    }

    [Fact]
    public void A_bound_on_the_wrong_kind_of_criterion_is_refused()
    {
        var problem = Assert.Single(Problems(Small.Replace("\"requireKnown\": true", "\"atLeast\": 1", StringComparison.Ordinal)));

        Assert.Equal(("$.steps[0].when.any[1].not.atLeast", "'atLeast' does not apply to a 'eligibilityAtMost' criterion."), (problem.Path, problem.Message));
    }

    [Fact]
    public void Validation_finds_duplicates_unreachable_tiers_contradictions_empty_lists_and_bad_windows()
    {
        var ladder = new TierLadder
        {
            Name = "broken",
            Tiers = [new TierDefinition { Name = "Prospect" }, new TierDefinition { Name = "Ally" }, new TierDefinition { Name = "ally" }, new TierDefinition { Name = "Core" }],
            Steps =
            [
                new TierStep
                {
                    From = "Prospect",
                    To = "Ally",
                    When = new AllOfCriterion
                    {
                        Items =
                        [
                            new EvidenceCriterion { Evidence = TierEvidence.Meetings, AtLeast = 3, WithinDays = 90 },
                            new EvidenceCriterion { Evidence = TierEvidence.Meetings, AtMost = 1, WithinDays = 90 },
                            new AnyOfCriterion { Items = [] },
                            new EvidenceCriterion { Evidence = TierEvidence.JointActions, AtLeast = 1, WithinDays = 0 },
                            new EvidenceCriterion { Evidence = (TierEvidence)99, AtLeast = 1 },
                            new EvidenceCriterion { Evidence = TierEvidence.Interactions, AtLeast = 4, AtMost = 2 },
                            new TimeInTierCriterion { Days = -5 },
                        ],
                    },
                },
                new TierStep { From = "Prospect", To = "Core", When = new OwnerAssignedCriterion() },
                new TierStep { From = "Prospect", To = "Ally", When = new OwnerAssignedCriterion() },
            ],
            Decay = new TierDecay { AtRiskAfterDays = 0, GraceDays = 10, Floor = "Friend" },
        };

        var problems = ladder.Validate().Select(p => p.Path + ": " + p.Message).ToList();

        Assert.Equal(
            [
                "$.tiers[2].name: Duplicate tier name 'ally' (also at $.tiers[1]); tier names must be unique, ignoring case.",
                "$.steps[0].when.all[2].any: An empty 'any' is not allowed: it says nothing about the evidence needed. List at least one criterion.",
                "$.steps[0].when.all[3].withinDays: A window must be from 1 to 100000 days; got 0. Leave it out to count the whole history.",
                "$.steps[0].when.all[4].evidence: Unknown evidence kind 99; known kinds: meetings, oneOnOnes, alertsExchanged, invitationsExchanged, commitmentsMade, commitmentsKeptOnTime, commitmentsBroken, eventsCoPromoted, eventsCoOrganized, jointActions, sharedLeadershipAgreements, interactions, showedUpForThem, showingUpExchanged.",
                "$.steps[0].when.all[5]: Contradictory bounds: at least 4 and at most 2 can never both hold.",
                "$.steps[0].when.all[6].daysInTier: Days in tier must be from 1 to 100000; got -5.",
                "$.steps[0].when.all[1]: Contradicts $.steps[0].when.all[0]: 'meetings >= 3 in 90 days' and 'meetings <= 1 in 90 days' can never both hold.",
                "$.steps[1].to: A step goes up exactly one tier: from 'Prospect' the next tier is 'Ally', not 'Core'.",
                "$.steps[2]: Duplicate step from 'Prospect' to 'Ally' (also at $.steps[0]); give one step per pair of tiers.",
                "$.tiers[3]: Tier 'Core' cannot be reached: no step leads to it from 'ally'. Add a step from 'ally' to 'Core'.",
                "$.decay.atRiskAfterDays: Days until at risk must be positive; got 0.",
                "$.decay.floor: Unknown tier 'Friend'; the ladder's tiers are 'Prospect', 'Ally', 'Core'.",
            ],
            problems);
    }

    [Fact]
    public void Compiling_an_invalid_ladder_throws_with_every_problem()
    {
        var ladder = TierLadder.Default with { Decay = TierLadder.Default.Decay with { GraceDays = -1, Floor = "Nowhere" } };

        var e = Assert.Throws<InvalidDocumentException>(() => ladder.Compile());

        Assert.Equal(["$.decay.graceDays", "$.decay.floor"], e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void A_field_given_twice_is_a_problem()
    {
        var problems = Problems(Small.Replace("\"version\": 3", "\"version\": 3, \"name\": \"again\"", StringComparison.Ordinal)
            .Replace("\"atLeast\": 2,", "\"atLeast\": 2, \"atLeast\": 5,", StringComparison.Ordinal));

        Assert.Equal(["$.steps[0].when.any[0].atLeast", "$.name"], problems.Select(p => p.Path));
    }

    [Fact]
    public void A_loaded_document_is_validated()
    {
        var problem = Assert.Single(Problems(Small.Replace("\"floor\": \"Ally\"", "\"floor\": \"Friend\"", StringComparison.Ordinal)));

        Assert.Equal("$.decay.floor", problem.Path);
    }
}
