using System.Text;
using Partnering.Core.Documents;
using Partnering.Core.Eligibility;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>Loading and validating policy documents: every problem has a JSON path; hostile documents get clear errors or bounded work.</summary>
public class PolicyValidationTests
{
    private static IReadOnlyList<DocumentProblem> Problems(string rulesJson, PolicyCompiler? compiler = null)
    {
        var loaded = PolicyDocument.Load($$"""{"id": "p", "version": "1", "rules": {{rulesJson}}}""");
        return loaded.Succeeded ? (compiler ?? new PolicyCompiler()).Validate(loaded.Value!) : loaded.Problems;
    }

    private static void AssertProblem(string rulesJson, string path, string fragment, PolicyCompiler? compiler = null)
    {
        var problems = Problems(rulesJson, compiler);
        Assert.True(problems.Any(p => p.Path == path && p.Message.Contains(fragment, StringComparison.Ordinal)), string.Join(Environment.NewLine, problems));
    }

    private const string Ok = """ "reason": "r" """;

    [Fact]
    public void Unknown_facts_are_named_with_their_path()
        => AssertProblem($$"""[{"id": "a", "effect": "forbid", "when": {"all": [{"fact": "partner.colour", "is": "red"}]}, {{Ok}}}]""", "$.rules[0].when.all[0].fact", "Unknown fact 'partner.colour'");

    [Fact]
    public void Unknown_predicates_are_named()
        => AssertProblem($$$"""[{"id": "a", "effect": "forbid", "when": {"predicate": "nearby", "args": {"miles": 5}}, {{{Ok}}}}]""", "$.rules[0].when.predicate", "Unknown predicate 'nearby'");

    [Fact]
    public void Type_mismatches_are_problems()
    {
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "when": {"fact": "partner.runningForOffice", "is": "yes"}, {{Ok}}}]""", "$.rules[0].when.is", "boolean");
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "when": {"fact": "partner.baseSize", "in": [1]}, {{Ok}}}]""", "$.rules[0].when.in", "can be tested with is, atLeast, atMost");
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "when": {"fact": "engagement.date", "atLeast": "tomorrow"}, {{Ok}}}]""", "$.rules[0].when.atLeast", "yyyy-MM-dd");
    }

    [Fact]
    public void Unknown_enum_values_are_problems()
    {
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "when": {"fact": "partner.kind", "in": ["partyClub", "cult"]}, {{Ok}}}]""", "$.rules[0].when.in[1]", "Unknown value \"cult\"");
        AssertProblem($$"""[{"id": "a", "effect": "ban", {{Ok}}}]""", "$.rules[0].effect", "Expected one of \"permit\", \"permitWithConditions\", \"review\", \"forbid\"; got 'ban'.");
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "appliesTo": ["picnic"], {{Ok}}}]""", "$.rules[0].appliesTo[0]", "got 'picnic'");
    }

    [Fact]
    public void Null_unknown_and_empty_applies_to_are_problems_at_their_paths()
    {
        var problems = Problems($$"""[{"id": "a", "effect": "forbid", "appliesTo": ["outreach", null, "picnic"], {{Ok}}}]""");
        Assert.Equal(["$.rules[0].appliesTo[1]", "$.rules[0].appliesTo[2]"], problems.Select(p => p.Path));
        Assert.Equal($"Expected one of {JsonEnum<EngagementKind>.Expected}; got null.", problems[0].Message);
        Assert.Equal($"Expected one of {JsonEnum<EngagementKind>.Expected}; got 'picnic'.", problems[1].Message);
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "appliesTo": [], {{Ok}}}]""", "$.rules[0].appliesTo", "'appliesTo' is empty");
    }

    [Fact]
    public void Duplicate_rule_ids_are_problems()
        => AssertProblem($$"""[{"id": "a", "effect": "forbid", "when": {"fact": "member.named", "is": true}, {{Ok}}}, {"id": "a", "effect": "permit", {{Ok}}}]""", "$.rules[1].id", "already used by $.rules[0]");

    [Fact]
    public void Empty_all_and_any_are_problems()
    {
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "when": {"all": []}, {{Ok}}}]""", "$.rules[0].when.all", "at least one condition");
        AssertProblem($$$"""[{"id": "a", "effect": "forbid", "when": {"not": {"any": []}}, {{{Ok}}}}]""", "$.rules[0].when.not.any", "at least one condition");
    }

    [Fact]
    public void Too_deep_trees_are_problems_and_the_depth_is_configurable()
    {
        var deep = new StringBuilder();
        for (var i = 0; i < 10; i++)
        {
            deep.Append("""{"not": """);
        }

        deep.Append("""{"fact": "member.named", "is": true}""").Append('}', 10);
        var rules = $$"""[{"id": "a", "effect": "forbid", "when": {{deep}}, {{Ok}}}]""";
        Assert.Empty(Problems(rules));
        var strict = new PolicyCompiler([], EligibilityLimits.Default with { MaxConditionDepth = 5 });
        AssertProblem(rules, "$.rules[0].when.not.not.not.not.not", "nested more than 5 levels", strict);
    }

    [Fact]
    public void Rules_that_can_never_fire_are_problems()
    {
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "when": {"fact": "partner.kind", "in": []}, {{Ok}}}]""", "$.rules[0].when", "can never fire");
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "when": {"all": [{"fact": "partner.kind", "is": "union"}, {"fact": "partner.kind", "is": "business"}]}, {{Ok}}}]""", "$.rules[0].when", "can never fire");
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "effectiveFrom": "2026-05-01", "effectiveUntil": "2026-04-01", {{Ok}}}]""", "$.rules[0].effectiveUntil", "can never fire");
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "appliesTo": [], {{Ok}}}]""", "$.rules[0].appliesTo", "could never fire");
    }

    [Fact]
    public void A_permit_always_overridden_by_an_unconditional_forbid_is_a_problem()
        => AssertProblem($$"""[{"id": "no-mergers", "effect": "forbid", "appliesTo": ["merger"], {{Ok}}}, {"id": "merge-allies", "effect": "permit", "appliesTo": ["merger"], "when": {"fact": "partner.issueOverlap", "is": true}, {{Ok}}}]""", "$.rules[1]", "'no-mergers' ($.rules[0]) always overrides it");

    [Fact]
    public void Review_rules_need_reviewers_and_conditional_permits_need_conditions()
    {
        AssertProblem($$"""[{"id": "a", "effect": "review", {{Ok}}}]""", "$.rules[0].reviewers", "must name who reviews");
        AssertProblem($$"""[{"id": "a", "effect": "permitWithConditions", {{Ok}}}]""", "$.rules[0].conditions", "must name the conditions");
        AssertProblem($$"""[{"id": "a", "effect": "permit", "reviewers": ["x"], {{Ok}}}]""", "$.rules[0].reviewers", "Only review rules");
    }

    [Fact]
    public void Conditions_are_closed_and_missing_fields_are_named()
    {
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "when": {"eval": "1 == 1"}, {{Ok}}}]""", "$.rules[0].when", "Unknown condition 'eval'");
        // A misspelled "fact" names only the misspelled key, not the comparison beside it.
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "when": {"fcat": "partner.kind", "is": "union"}, {{Ok}}}]""", "$.rules[0].when", "Unknown condition 'fcat';");
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "when": {"is": "union"}, {{Ok}}}]""", "$.rules[0].when", "'is' is not a condition alone: a comparison (is, in, has, hasAny, atLeast, atMost) goes beside 'fact'");
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "when": {"fact": "member.named", "is": true, "because": "x"}, {{Ok}}}]""", "$.rules[0].when.because", "conditions are closed");
        AssertProblem("""[{"id": "a", "effect": "forbid"}]""", "$.rules[0].reason", "The required field \"reason\" is missing.");
        AssertProblem($$"""[{"id": "a", "effect": "forbid", "when": {"fact": "partner.baseSize", "atLeast": 1.5}, {{Ok}}}]""", "$.rules[0].when.atLeast", "Expected a whole number; got 1.5.");
    }

    [Fact]
    public void A_policy_that_fails_validation_is_never_compiled()
    {
        var policy = PolicyDocument.Load($$"""{"id": "p", "version": "1", "rules": [{"id": "a", "effect": "forbid", "when": {"fact": "nope", "is": true}, {{Ok}}}]}""").GetValueOrThrow();
        var error = Assert.Throws<InvalidDocumentException>(() => new PolicyCompiler().Compile(policy));
        Assert.Contains(error.Problems, p => p.Path == "$.rules[0].when.fact");
    }

    [Fact]
    public void Unknown_fields_survive_load_and_save()
    {
        var json = $$"""{"id": "p", "version": "1", "owner": {"name": "steering"}, "rules": [{"id": "a", "effect": "permit", {{Ok}}, "ticket": 42}]}""";
        var policy = PolicyDocument.Load(json).GetValueOrThrow();
        Assert.Equal("steering", policy.UnknownFields["owner"].GetProperty("name").GetString());
        var again = PolicyDocument.Load(PolicyDocument.Save(policy)).GetValueOrThrow();
        Assert.Equal(policy, again);
        Assert.Equal(42, again.Rules[0].UnknownFields["ticket"].GetInt32());
    }

    [Fact]
    public void Hostile_nesting_is_refused_by_the_reader_with_a_clear_problem()
    {
        var json = $$"""{"id": "p", "version": "1", "rules": [{"id": "a", "effect": "forbid", {{Ok}}, "when": {{string.Concat(Enumerable.Repeat("""{"not": """, 5000))}}{"fact": "member.named", "is": true}{{new string('}', 5000)}}}]}""";
        var loaded = PolicyDocument.Load(json);
        Assert.False(loaded.Succeeded);
        // Reported where the limit is crossed (issue #18: every limit at its path).
        Assert.Contains(loaded.Problems, p => p.Path.StartsWith("$.rules[0].when.not", StringComparison.Ordinal) && p.Message.Contains("DocumentLimits.MaxDepth", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hundred_thousand_rules_get_a_clear_error_and_bounded_work_when_allowed()
    {
        var rules = Enumerable.Range(0, 100_000).Select(i => new PolicyRule { Id = "r" + i, Effect = RuleEffect.Forbid, Reason = "r", When = new PolicyCondition.FactTest { Fact = "partner.id", Comparison = FactComparison.In, Value = PolicyValue.List("p" + i) } }).ToArray();
        var policy = new EligibilityPolicy { Id = "big", Version = "1", Rules = rules };
        var problems = new PolicyCompiler().Validate(policy);
        Assert.Contains(problems, p => p.Path == "$.rules" && p.Message.Contains("at most 20000", StringComparison.Ordinal));

        var roomy = new PolicyCompiler([], EligibilityLimits.Default with { MaxRules = 200_000 });
        var evaluator = roomy.Compile(policy);
        var directory = new PartnerDirectory(EligibilityFixture.Riverside, [EligibilityFixture.ClimateNow with { Id = new PartyId("p77") }]);
        Assert.Equal(EligibilityOutcome.Forbid, evaluator.Decide(directory, new Engagement { Kind = EngagementKind.Partnership, Partners = [new PartyId("p77")], Date = EligibilityFixture.Today }));
    }

    [Fact]
    public void Huge_strings_are_problems()
    {
        var huge = new string('x', 1_000_000);
        AssertProblem($$"""[{"id": "a", "effect": "permit", "reason": "{{huge}}"}]""", "$.rules[0].reason", "at most 4000");
        AssertProblem($$$"""[{"id": "a", "effect": "forbid", "reason": "r", "when": {"fact": "partner.tags", "has": "{{{huge}}}"}}]""", "$.rules[0].when.has", "at most 4000");
    }

    [Fact]
    public void A_document_larger_than_the_limit_is_refused()
    {
        var loaded = PolicyDocument.Load("""{"id": "p", "version": "1", "rules": []}""", DocumentLimits.Default with { MaxBytes = 10 });
        Assert.Contains(loaded.Problems, p => p.Message.Contains("over the limit of 10 bytes (DocumentLimits.MaxBytes)", StringComparison.Ordinal));
    }

    [Fact]
    public void Chapters_extend_and_override_the_built_in_pack_by_id()
    {
        var chapter = new EligibilityPolicy
        {
            Id = "riverside",
            Version = "2026-03",
            Rules =
            [
                BuiltInPolicy.Pack.Rules.Single(r => r.Id == "review-across-national-relationships") with { Reviewers = ["regional organizer"] },
                new PolicyRule { Id = "no-bowling", Effect = RuleEffect.Forbid, Reason = "Not this season.", When = new PolicyCondition.FactTest { Fact = "partner.id", Comparison = FactComparison.Is, Value = PolicyValue.Of("bowling") } },
            ],
        };
        var merged = BuiltInPolicy.Pack.ExtendWith(chapter);
        Assert.Equal("riverside", merged.Id);
        Assert.Equal(BuiltInPolicy.Pack.Rules.Count + 1, merged.Rules.Count);
        Assert.Equal(["regional organizer"], merged.Rules.Single(r => r.Id == "review-across-national-relationships").Reviewers);
        var evaluator = new PolicyCompiler().Compile(merged);
        var outreach = EligibilityFixture.Engage(EngagementKind.Outreach, EligibilityFixture.SierraPa) with { ChapterReachesOut = true };
        Assert.Equal(["regional organizer"], evaluator.Explain(EligibilityFixture.Bundle, outreach).Reviewers);
        Assert.Equal(EligibilityOutcome.Forbid, evaluator.Decide(EligibilityFixture.Bundle, EligibilityFixture.Engage(EngagementKind.Partnership, EligibilityFixture.Bowling)));
    }

    [Fact]
    public void A_rule_adopted_on_a_date_does_not_judge_engagements_before_it()
    {
        var policy = BuiltInPolicy.Pack.ExtendWith(new EligibilityPolicy
        {
            Id = "dated",
            Version = "1",
            Rules = [new PolicyRule { Id = "pause-tenants", Effect = RuleEffect.Forbid, Reason = "Paused.", EffectiveFrom = new DateOnly(2026, 4, 1), When = new PolicyCondition.FactTest { Fact = "partner.id", Comparison = FactComparison.Is, Value = PolicyValue.Of("tenant-union") } }],
        });
        var evaluator = new PolicyCompiler().Compile(policy);
        var meeting = EligibilityFixture.Engage(EngagementKind.Partnership, EligibilityFixture.TenantUnion);
        Assert.Equal(EligibilityOutcome.PermitWithConditions, evaluator.Decide(EligibilityFixture.Bundle, meeting with { Date = new DateOnly(2026, 3, 31) }));
        Assert.Equal(EligibilityOutcome.Forbid, evaluator.Decide(EligibilityFixture.Bundle, meeting with { Date = new DateOnly(2026, 4, 1) }));
    }
}
