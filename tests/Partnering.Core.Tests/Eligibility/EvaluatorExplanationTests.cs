using System.Collections.Frozen;
using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Eligibility.EligibilityFixture;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>
/// The explaining path of the policy evaluator on small hand-made policies: an erroring permit is an
/// error but not a review, findings come in rule-id order, a custom predicate's answer (or failure) is
/// recorded, batch screening explains each engagement in order, and rules filed by organization kind
/// still judge partners that are not organizations. Each pins down a mutant of issue #17's run.
/// </summary>
public sealed class EvaluatorExplanationTests
{
    private static readonly DateOnly Day = new(2026, 3, 14);

    private static PolicyRule Rule(string id, RuleEffect effect, PolicyCondition? when = null) => new() { Id = id, Effect = effect, When = when, Reason = $"rule {id}" };

    private static PolicyCondition Fact(string fact, bool value) => new PolicyCondition.FactTest { Fact = fact, Comparison = FactComparison.Is, Value = PolicyValue.Of(value) };

    private static PolicyCondition Kind(string kind) => new PolicyCondition.FactTest { Fact = "partner.kind", Comparison = FactComparison.Is, Value = PolicyValue.Of(kind) };

    private static IEligibilityEvaluator Compile(IEnumerable<IEligibilityPredicate> predicates, params PolicyRule[] rules)
        => new CompiledPolicy(new EligibilityPolicy { Id = "engine", Version = "1", Rules = rules }, predicates.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal));

    private static IEligibilityEvaluator Compile(params PolicyRule[] rules) => Compile([], rules);

    private static Engagement Partnership(Partner partner) => new() { Kind = EngagementKind.Partnership, Partners = [partner.Id], Date = Day };

    [Fact]
    public void An_erroring_permit_beside_a_firing_permit_is_listed_as_an_error_but_does_not_send_to_review()
    {
        // partner.runningForOffice cannot be evaluated on an organization.
        var evaluator = Compile(Rule("permit-all", RuleEffect.Permit), Rule("permit-runner", RuleEffect.Permit, Fact("partner.runningForOffice", true)));
        var directory = new PartnerDirectory(Riverside, [ClimateNow]);
        var decision = evaluator.Explain(directory, Partnership(ClimateNow));
        Assert.Equal(EligibilityOutcome.Permit, decision.Outcome);
        Assert.Equal(EligibilityOutcome.Permit, evaluator.Decide(directory, Partnership(ClimateNow)));
        Assert.Equal(["permit-all"], decision.DecidingRules.Select(r => r.RuleId));
        Assert.Single(decision.Errors);
        Assert.StartsWith("permit-runner: partner.runningForOffice is not known", decision.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_erroring_review_rule_beside_a_firing_permit_sends_the_explanation_to_review()
    {
        var evaluator = Compile(Rule("permit-all", RuleEffect.Permit), Rule("review-runner", RuleEffect.Review, Fact("partner.runningForOffice", true)));
        var directory = new PartnerDirectory(Riverside, [ClimateNow]);
        var decision = evaluator.Explain(directory, Partnership(ClimateNow));
        Assert.Equal(EligibilityOutcome.Review, decision.Outcome);
        Assert.Equal(EligibilityOutcome.Review, evaluator.Decide(directory, Partnership(ClimateNow)));
        Assert.Contains(decision.DecidingRules, r => r.RuleId == "review-runner");
    }

    [Fact]
    public void Findings_come_in_rule_id_order_whatever_the_policy_order_and_index()
    {
        // "a-kind" is filed under the organization kind, the others are general; declared out of order.
        var evaluator = Compile(Rule("z-permit", RuleEffect.Permit), Rule("m-conditions", RuleEffect.PermitWithConditions), Rule("a-kind", RuleEffect.Permit, Kind("issueAdvocacy")));
        var decision = evaluator.Explain(new PartnerDirectory(Riverside, [ClimateNow]), Partnership(ClimateNow));
        Assert.Equal(["a-kind", "m-conditions", "z-permit"], decision.Findings.Select(f => f.RuleId));
        Assert.Equal(EligibilityOutcome.PermitWithConditions, decision.Outcome);
        Assert.Equal(["m-conditions"], decision.DecidingRules.Select(r => r.RuleId));
    }

    private sealed class Fixed(string name, Func<PredicateInput, bool?> answer) : IEligibilityPredicate
    {
        public string Name => name;

        public IReadOnlyList<PredicateParameter> Parameters { get; } = [];

        public bool? Evaluate(in PredicateInput input, PredicateArguments arguments) => answer(input);
    }

    [Fact]
    public void A_custom_predicate_answer_is_recorded_as_a_fact_of_the_finding()
    {
        var nearby = new Fixed("nearby", input => input.Partner?.Id == ClimateNow.Id);
        var evaluator = Compile([nearby], Rule("near-permit", RuleEffect.Permit, new PolicyCondition.PredicateTest { Name = "nearby" }));
        var decision = evaluator.Explain(new PartnerDirectory(Riverside, [ClimateNow]), Partnership(ClimateNow));
        Assert.Equal(EligibilityOutcome.Permit, decision.Outcome);
        Assert.Equal([new FactUsed("predicate:nearby", "true", ClimateNow.Id)], decision.DecidingRules.Single().Facts);
    }

    [Fact]
    public void A_custom_predicate_that_fails_or_cannot_tell_is_an_error_that_sends_a_forbid_to_review()
    {
        var failing = new Fixed("failing", _ => throw new InvalidOperationException("boom"));
        var unsure = new Fixed("unsure", _ => null);
        var evaluator = Compile(
            [failing, unsure],
            Rule("permit-all", RuleEffect.Permit),
            Rule("forbid-failing", RuleEffect.Forbid, new PolicyCondition.PredicateTest { Name = "failing" }),
            Rule("forbid-unsure", RuleEffect.Forbid, new PolicyCondition.PredicateTest { Name = "unsure" }));
        var directory = new PartnerDirectory(Riverside, [ClimateNow]);
        var decision = evaluator.Explain(directory, Partnership(ClimateNow));
        Assert.Equal(EligibilityOutcome.Review, decision.Outcome);
        Assert.Equal(EligibilityOutcome.Review, evaluator.Decide(directory, Partnership(ClimateNow)));
        Assert.Equal(
            ["forbid-failing: the predicate 'failing' could not tell (InvalidOperationException: boom).", "forbid-unsure: the predicate 'unsure' could not tell."],
            decision.Errors);
        var failed = decision.Findings.Single(f => f.RuleId == "forbid-failing");
        Assert.Equal([new FactUsed("predicate:failing", null, ClimateNow.Id)], failed.Facts);
    }

    [Fact]
    public void A_predicate_that_does_not_hold_is_worded_in_the_advice()
    {
        var never = new Fixed("listed", _ => false);
        var evaluator = Compile([never], Rule("listed-permit", RuleEffect.Permit, new PolicyCondition.PredicateTest { Name = "listed" }));
        var decision = evaluator.Explain(new PartnerDirectory(Riverside, [ClimateNow]), Partnership(ClimateNow));
        Assert.Equal(EligibilityOutcome.NotPermitted, decision.Outcome);
        Assert.Equal("listed-permit", decision.ClosestPermit!.RuleId);
        Assert.Equal(["listed() would have to hold (it does not hold)"], decision.ClosestPermit.Changes);
    }

    [Fact]
    public void A_predicate_that_holds_where_it_must_not_or_cannot_tell_is_worded_in_the_advice()
    {
        // The mutation run left the "not hold" and "could not tell" wordings of a predicate unpinned.
        var always = new Fixed("listed", _ => true);
        var notListed = Compile([always], Rule("unlisted-permit", RuleEffect.Permit, new PolicyCondition.Negation { Part = new PolicyCondition.PredicateTest { Name = "listed" } }));
        var decision = notListed.Explain(new PartnerDirectory(Riverside, [ClimateNow]), Partnership(ClimateNow));
        Assert.Equal(EligibilityOutcome.NotPermitted, decision.Outcome);
        Assert.Equal(["listed() would have to not hold (it holds)"], decision.ClosestPermit!.Changes);

        var unsure = new Fixed("listed", _ => null);
        var listed = Compile([unsure], Rule("listed-permit", RuleEffect.Permit, new PolicyCondition.PredicateTest { Name = "listed" }));
        decision = listed.Explain(new PartnerDirectory(Riverside, [ClimateNow]), Partnership(ClimateNow));
        Assert.Equal(["listed() would have to hold (it could not tell)"], decision.ClosestPermit!.Changes);
    }

    [Fact]
    public void A_test_of_an_engagement_value_names_the_value_it_has_in_the_advice()
    {
        // Seed 003: the engagement is what a chapter can change; the advice says what it is now.
        var aimed = new PolicyCondition.FactTest { Fact = "engagement.target", Comparison = FactComparison.Is, Value = PolicyValue.Of("institution") };
        var evaluator = Compile(Rule("institutions-permit", RuleEffect.Permit, aimed), Rule("unaimed-permit", RuleEffect.Permit, new PolicyCondition.Negation { Part = aimed }));
        var decision = evaluator.Explain(new PartnerDirectory(Riverside, [ClimateNow]), Partnership(ClimateNow) with { Target = TargetKind.Person });
        Assert.Equal(EligibilityOutcome.Permit, decision.Outcome);
        var only = Compile(Rule("institutions-permit", RuleEffect.Permit, aimed));
        decision = only.Explain(new PartnerDirectory(Riverside, [ClimateNow]), Partnership(ClimateNow) with { Target = TargetKind.Person });
        Assert.Equal(["engagement.target is \"institution\" would have to hold (engagement.target is person)"], decision.ClosestPermit!.Changes);
        decision = only.Explain(new PartnerDirectory(Riverside, [ClimateNow]), Partnership(ClimateNow));
        Assert.Equal(["engagement.target is \"institution\" would have to hold (engagement.target is missing)"], decision.ClosestPermit!.Changes);
        var not = Compile(Rule("unaimed-permit", RuleEffect.Permit, new PolicyCondition.Negation { Part = aimed }));
        decision = not.Explain(new PartnerDirectory(Riverside, [ClimateNow]), Partnership(ClimateNow) with { Target = TargetKind.Institution });
        Assert.Equal(["engagement.target is \"institution\" would have to not hold (engagement.target is institution)"], decision.ClosestPermit!.Changes);
    }

    [Fact]
    public void The_entry_points_refuse_missing_arguments_and_the_first_undefined_kind_or_venue()
    {
        var evaluator = Compile(Rule("permit-all", RuleEffect.Permit));
        var directory = new PartnerDirectory(Riverside, [ClimateNow]);
        var engagement = Partnership(ClimateNow);
        Assert.Equal("directory", Assert.Throws<ArgumentNullException>(() => evaluator.Explain(null!, engagement)).ParamName);
        Assert.Equal("engagement", Assert.Throws<ArgumentNullException>(() => evaluator.Explain(directory, null!)).ParamName);
        Assert.Equal("directory", Assert.Throws<ArgumentNullException>(() => evaluator.ScreenPartners(null!, Day)).ParamName);
        Assert.Equal("directory", Assert.Throws<ArgumentNullException>(() => evaluator.Screen(null!, [])).ParamName);
        Assert.Equal("engagements", Assert.Throws<ArgumentNullException>(() => evaluator.Screen(directory, null!)).ParamName);

        // The first value past each vocabulary is refused, not read as the last one.
        var firstUndefinedKind = (EngagementKind)Enum.GetValues<EngagementKind>().Length;
        var firstUndefinedVenue = (EngagementVenue)Enum.GetValues<EngagementVenue>().Length;
        foreach (var undefined in new[] { engagement with { Kind = firstUndefinedKind }, engagement with { Venue = firstUndefinedVenue } })
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => evaluator.Explain(directory, undefined));
            Assert.Throws<ArgumentOutOfRangeException>(() => evaluator.Decide(directory, undefined));
        }
    }

    [Fact]
    public void Batch_screening_explains_each_engagement_in_order()
    {
        var directory = new PartnerDirectory(Riverside, Partners);
        var engagements = new[] { Partnership(CountyDems), Partnership(ClimateNow), EligibilityFixture.Engage(EngagementKind.RallyWithSpeaker, SenPark, Day), Partnership(FoodBank) };
        var screened = BuiltIn.Screen(directory, engagements);
        Assert.Equal(engagements.Select(e => BuiltIn.Explain(directory, e).Outcome), screened.Select(d => d.Outcome));
        Assert.Equal(engagements, screened.Select(d => d.Engagement));
        Assert.Equal([EligibilityOutcome.Forbid, EligibilityOutcome.Permit, EligibilityOutcome.Forbid, EligibilityOutcome.PermitWithConditions], screened.Select(d => d.Outcome));
        Assert.Empty(BuiltIn.Screen(directory, []));
    }

    [Fact]
    public void A_rule_filed_by_organization_kind_still_judges_an_individual_and_an_unknown_partner()
    {
        // partner.kind is unknown for an individual or a partner missing from the directory: the forbid
        // cannot be evaluated, so the permitted engagement goes to review instead of slipping through.
        var evaluator = Compile(Rule("permit-all", RuleEffect.Permit), Rule("no-parties", RuleEffect.Forbid, Kind("politicalParty")));
        var directory = new PartnerDirectory(Riverside, [ClimateNow, RepLee]);
        var ghost = new Engagement { Kind = EngagementKind.Partnership, Partners = [new PartyId("ghost")], Date = Day };
        foreach (var engagement in new[] { Partnership(RepLee), ghost })
        {
            Assert.Equal(EligibilityOutcome.Review, evaluator.Decide(directory, engagement));
            Assert.Equal(EligibilityOutcome.Review, evaluator.Explain(directory, engagement).Outcome);
        }

        Assert.Equal(EligibilityOutcome.Permit, evaluator.Decide(directory, Partnership(ClimateNow)));
    }

    [Fact]
    public void With_several_partners_the_strictest_wins_and_a_forbid_ends_the_decision()
    {
        var evaluator = Compile(
            Rule("permit-all", RuleEffect.Permit),
            Rule("charities-conditions", RuleEffect.PermitWithConditions, new PolicyCondition.FactTest { Fact = "partner.taxStatus", Comparison = FactComparison.Is, Value = PolicyValue.Of("charity501C3") }),
            Rule("no-clubs", RuleEffect.Forbid, Kind("partyClub")));
        var directory = new PartnerDirectory(Riverside, [ClimateNow, FoodBank, CountyDems]);
        Engagement With(params Partner[] partners) => new() { Kind = EngagementKind.CoOrganizeEvent, Partners = [.. partners.Select(p => p.Id)], Date = Day };
        foreach (var (engagement, expected) in new[]
        {
            (With(ClimateNow, FoodBank), EligibilityOutcome.PermitWithConditions),
            (With(FoodBank, ClimateNow), EligibilityOutcome.PermitWithConditions),
            (With(CountyDems, ClimateNow), EligibilityOutcome.Forbid),
            (With(ClimateNow, CountyDems, FoodBank), EligibilityOutcome.Forbid),
            (With(ClimateNow, ClimateNow), EligibilityOutcome.Permit),
        })
        {
            Assert.Equal(expected, evaluator.Decide(directory, engagement));
            Assert.Equal(expected, evaluator.Explain(directory, engagement).Outcome);
        }
    }
    [Theory]
    [InlineData(-1, false)] // the day before the rule starts
    [InlineData(0, true)]   // its first day
    [InlineData(20, true)]  // its last day
    [InlineData(21, false)] // the day after it ends
    public void Rules_filed_by_partner_id_or_kind_and_rules_without_a_partner_apply_on_both_boundary_days(int offset, bool applies)
    {
        var from = Day.AddDays(-offset);
        var until = from.AddDays(20);
        PolicyRule Dated(string id, RuleEffect effect, PolicyCondition? when) => Rule(id, effect, when) with { EffectiveFrom = from, EffectiveUntil = until };
        var byKind = Kind("issueAdvocacy");
        var byId = new PolicyCondition.FactTest { Fact = "partner.id", Comparison = FactComparison.Is, Value = PolicyValue.Of(ClimateNow.Id.Value) };
        var directory = new PartnerDirectory(Riverside, [ClimateNow]);
        var nobody = new Engagement { Kind = EngagementKind.Partnership, Partners = [], Date = Day };
        foreach (var (guard, engagement) in new (PolicyCondition?, Engagement)[] { (byKind, Partnership(ClimateNow)), (byId, Partnership(ClimateNow)), (null, nobody) })
        {
            void Expect(EligibilityOutcome expected, params PolicyRule[] rules)
            {
                var evaluator = Compile(rules);
                Assert.Equal(expected, evaluator.Decide(directory, engagement));
                Assert.Equal(expected, evaluator.Explain(directory, engagement).Outcome);
            }

            Expect(applies ? EligibilityOutcome.Forbid : EligibilityOutcome.Permit, Rule("permit-all", RuleEffect.Permit), Dated("dated-forbid", RuleEffect.Forbid, guard));
            Expect(applies ? EligibilityOutcome.Permit : EligibilityOutcome.NotPermitted, Dated("dated-permit", RuleEffect.Permit, guard));
            Expect(applies ? EligibilityOutcome.Review : EligibilityOutcome.Permit, Rule("permit-all", RuleEffect.Permit), Dated("dated-review", RuleEffect.Review, guard));
        }
    }
}
