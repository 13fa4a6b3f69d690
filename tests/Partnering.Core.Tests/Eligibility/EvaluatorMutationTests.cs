using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Eligibility.EligibilityFixture;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>
/// Behaviour of the policy evaluator's core (<c>CompiledPolicy.cs</c>) that issue #17's mutation run left
/// unpinned: who the point of contact is in a reviewer list, the argument checks, the paths taken when a
/// partner is unknown or its plan slot is taken, the closest of equally close permits, an integer
/// <c>is</c> test, and how the facts and missing facts of a finding are recorded (once each, with the
/// engagement's own values). Each test names the behaviour it pins; all assert outcomes, explanations or
/// advice, never internals.
/// </summary>
public sealed class EvaluatorMutationTests
{
    private static readonly DateOnly Day = new(2026, 3, 14);

    private static PolicyRule Rule(string id, RuleEffect effect, PolicyCondition? when = null, params EngagementKind[] appliesTo)
        => new() { Id = id, Effect = effect, When = when, Reason = $"rule {id}", AppliesTo = appliesTo, Reviewers = effect == RuleEffect.Review ? ["organizing staff"] : [] };

    private static PolicyCondition Is(string fact, PolicyValue value) => new PolicyCondition.FactTest { Fact = fact, Comparison = FactComparison.Is, Value = value };

    private static PolicyCondition All(params PolicyCondition[] parts) => new PolicyCondition.AllOf { Parts = parts };

    private static PolicyCondition Not(PolicyCondition part) => new PolicyCondition.Negation { Part = part };

    private static IEligibilityEvaluator Compile(params PolicyRule[] rules) => Compile([], rules);

    private static IEligibilityEvaluator Compile(IEnumerable<IEligibilityPredicate> predicates, params PolicyRule[] rules)
        => new PolicyCompiler(predicates, EligibilityLimits.Default).Compile(new EligibilityPolicy { Id = "mutation", Version = "1", Rules = rules });

    private static Engagement Engagement(EngagementKind kind, params Partner[] partners) => new() { Kind = kind, Partners = [.. partners.Select(p => p.Id)], Date = Day };

    private static (EligibilityOutcome Decided, EligibilityDecision Explained) Run(IEligibilityEvaluator evaluator, PartnerDirectory directory, Engagement engagement)
        => (evaluator.Decide(directory, engagement), evaluator.Explain(directory, engagement));

    private static void Outcome(EligibilityOutcome expected, (EligibilityOutcome Decided, EligibilityDecision Explained) run)
    {
        Assert.Equal(expected, run.Decided);
        Assert.Equal(expected, run.Explained.Outcome);
    }

    private sealed class Fixed(string name, bool? answer) : IEligibilityPredicate
    {
        public string Name => name;

        public IReadOnlyList<PredicateParameter> Parameters { get; } = [];

        public bool? Evaluate(in PredicateInput input, PredicateArguments arguments) => answer;
    }

    [Fact]
    public void The_closest_permit_among_equally_close_permit_rules_is_the_first_by_id()
    {
        // Both permits need the same one change (another kind of engagement): the advice names the first by id.
        var evaluator = Compile(Rule("b-outreach", RuleEffect.Permit, null, EngagementKind.Outreach), Rule("a-outreach", RuleEffect.Permit, null, EngagementKind.Outreach));
        var decision = evaluator.Explain(new PartnerDirectory(Riverside, [ClimateNow]), Engagement(EngagementKind.Partnership, ClimateNow));
        Assert.Equal(EligibilityOutcome.NotPermitted, decision.Outcome);
        Assert.Equal("a-outreach", decision.ClosestPermit!.RuleId);
    }

    [Theory]
    [InlineData("Maya Chen", "  ", "Indivisible", "Maya Chen, Indivisible")]
    [InlineData("Maya Chen", null, "Indivisible", "Maya Chen, Indivisible")]
    [InlineData("Maya Chen", "organizing director", null, "Maya Chen (organizing director)")]
    [InlineData("Maya Chen", null, null, "Maya Chen")]
    [InlineData(null, null, null, "the chapter's point of contact at its national body (none on record: set the chapter's pointOfContact)")]
    [InlineData(null, null, "Indivisible", "the chapter's point of contact at Indivisible (none on record: set the chapter's pointOfContact)")]
    public void The_point_of_contact_reviewer_is_worded_from_the_chapter_s_contact_and_national_body(string? name, string? role, string? body, string expected)
    {
        var chapter = Riverside with
        {
            NationalBody = body,
            PointOfContact = name is null ? null : new ContactPoint { Name = name, Role = role, Email = "poc@example.org" },
        };
        var ask = Rule("ask-contact", RuleEffect.Review) with { Reviewers = [CompiledPolicy.PointOfContactReviewer] };
        var evaluator = Compile(Rule("permit-all", RuleEffect.Permit), ask);
        var decision = evaluator.Explain(new PartnerDirectory(chapter, [ClimateNow]), Engagement(EngagementKind.Partnership, ClimateNow));
        Assert.Equal(EligibilityOutcome.Review, decision.Outcome);
        Assert.Equal([expected], decision.Reviewers);
    }

    [Fact]
    public void Deciding_without_a_directory_or_an_engagement_throws_ArgumentNullException()
    {
        var evaluator = Compile(Rule("permit-all", RuleEffect.Permit));
        var directory = new PartnerDirectory(Riverside, [ClimateNow]);
        Assert.Throws<ArgumentNullException>("directory", () => evaluator.Decide(null!, Engagement(EngagementKind.Partnership, ClimateNow)));
        Assert.Throws<ArgumentNullException>("engagement", () => evaluator.Decide(directory, null!));
    }

    [Fact]
    public void A_target_one_past_the_defined_targets_is_rejected()
    {
        var evaluator = Compile(Rule("permit-all", RuleEffect.Permit));
        var directory = new PartnerDirectory(Riverside, [ClimateNow]);
        var undefined = (TargetKind)Enum.GetValues<TargetKind>().Length;
        var engagement = Engagement(EngagementKind.CoSponsorEvent, ClimateNow) with { Target = undefined };
        Assert.Throws<ArgumentOutOfRangeException>("engagement", () => evaluator.Decide(directory, engagement));
        Assert.Throws<ArgumentOutOfRangeException>("engagement", () => evaluator.Explain(directory, engagement));
    }

    [Fact]
    public void Every_partner_named_by_an_id_rule_is_permitted_however_many_partner_profiles_there_are()
    {
        // Hundreds of organizations with distinct static facts (kind, partisan nature, tax status): some
        // share a slot of the evaluator's plan cache, and each must still be judged by the rule naming it.
        var partners = new List<Organization>();
        foreach (var kind in Enum.GetValues<OrganizationKind>())
        {
            foreach (var nature in Enum.GetValues<PartisanNature>())
            {
                foreach (var tax in Enum.GetValues<TaxStatus>())
                {
                    partners.Add(Org($"org-{partners.Count}", $"Organization {partners.Count}", kind, nature, IssueArea.Climate) with { TaxStatus = tax });
                }
            }
        }

        var named = new PolicyCondition.FactTest { Fact = "partner.id", Comparison = FactComparison.In, Value = PolicyValue.List([.. partners.Select(p => p.Id.Value)]) };
        var evaluator = Compile(Rule("named-permit", RuleEffect.Permit, named));
        var directory = new PartnerDirectory(Riverside, partners);
        var notPermitted = partners.Where(p => evaluator.Decide(directory, Engagement(EngagementKind.Partnership, p)) != EligibilityOutcome.Permit).Select(p => p.Id.Value).ToArray();
        Assert.Empty(notPermitted);
    }

    [Fact]
    public void A_review_rule_filed_by_organization_kind_sends_an_engagement_without_partners_to_review()
    {
        // Without a partner, partner.kind cannot be evaluated: a review rule testing it sends the decision to review.
        var evaluator = Compile(Rule("permit-all", RuleEffect.Permit), Rule("review-advocacy", RuleEffect.Review, Is("partner.kind", PolicyValue.Of("issueAdvocacy"))));
        var run = Run(evaluator, new PartnerDirectory(Riverside, [ClimateNow]), Engagement(EngagementKind.Partnership));
        Outcome(EligibilityOutcome.Review, run);
        Assert.Equal(["review-advocacy: partner.kind is not known: the engagement names no partner."], run.Explained.Errors);
    }

    [Theory]
    [InlineData(499, false)]
    [InlineData(500, true)]
    [InlineData(501, false)]
    public void A_base_size_test_with_is_holds_at_that_size_only(int baseSize, bool holds)
    {
        var partner = ClimateNow with { BaseSize = baseSize };
        var evaluator = Compile(Rule("five-hundred", RuleEffect.Permit, Is("partner.baseSize", PolicyValue.Of(500))));
        Outcome(holds ? EligibilityOutcome.Permit : EligibilityOutcome.NotPermitted, Run(evaluator, new PartnerDirectory(Riverside, [partner]), Engagement(EngagementKind.Partnership, partner)));
    }

    [Fact]
    public void A_predicate_that_does_not_hold_is_recorded_as_false_in_the_finding()
    {
        var evaluator = Compile([new Fixed("listed", false)], Rule("unlisted-permit", RuleEffect.Permit, Not(new PolicyCondition.PredicateTest { Name = "listed" })));
        var decision = evaluator.Explain(new PartnerDirectory(Riverside, [ClimateNow]), Engagement(EngagementKind.Partnership, ClimateNow));
        Assert.Equal(EligibilityOutcome.Permit, decision.Outcome);
        Assert.Equal([new FactUsed("predicate:listed", "false", ClimateNow.Id)], decision.DecidingRules.Single().Facts);
    }

    [Fact]
    public void A_fact_read_twice_by_one_rule_is_recorded_once_in_its_finding()
    {
        var advocacy = All(Is("partner.kind", PolicyValue.Of("issueAdvocacy")), Not(Is("partner.kind", PolicyValue.Of("business"))));
        var evaluator = Compile(Rule("advocacy-permit", RuleEffect.Permit, advocacy));
        var decision = evaluator.Explain(new PartnerDirectory(Riverside, [ClimateNow]), Engagement(EngagementKind.Partnership, ClimateNow));
        Assert.Equal(EligibilityOutcome.Permit, decision.Outcome);
        Assert.Equal([new FactUsed("partner.kind", "issueAdvocacy", ClimateNow.Id)], decision.DecidingRules.Single().Facts);
    }

    [Fact]
    public void An_engagement_fact_is_recorded_with_each_engagement_s_own_value_for_the_same_partner()
    {
        // The facts about who the partner is are the same in every explanation; the engagement's are not.
        var evaluator = Compile(Rule("coordinated-permit", RuleEffect.Permit, new PolicyCondition.FactTest { Fact = "engagement.partnerCount", Comparison = FactComparison.AtLeast, Value = PolicyValue.Of(1) }));
        var directory = new PartnerDirectory(Riverside, [ClimateNow, FoodBank]);
        var alone = evaluator.Explain(directory, Engagement(EngagementKind.Partnership, ClimateNow));
        Assert.Equal([new FactUsed("engagement.partnerCount", "1", ClimateNow.Id)], alone.Findings.Single().Facts);
        var together = evaluator.Explain(directory, Engagement(EngagementKind.Partnership, ClimateNow, FoodBank));
        Assert.Equal([new FactUsed("engagement.partnerCount", "2", ClimateNow.Id)], together.Findings.Single(f => f.Partner == ClimateNow.Id).Facts);
    }

    private const string RunningMissing = "partner.runningForOffice is not known: 'climate-now' is an organization, and only individuals have it.";

    [Fact]
    public void An_erroring_rule_names_only_its_missing_facts_not_the_known_ones()
    {
        var runningAdvocate = All(Is("partner.kind", PolicyValue.Of("issueAdvocacy")), Is("partner.runningForOffice", PolicyValue.Of(true)));
        var evaluator = Compile(Rule("permit-all", RuleEffect.Permit), Rule("review-runner", RuleEffect.Review, runningAdvocate));
        var decision = evaluator.Explain(new PartnerDirectory(Riverside, [ClimateNow]), Engagement(EngagementKind.Partnership, ClimateNow));
        Assert.Equal(EligibilityOutcome.Review, decision.Outcome);
        Assert.Equal(["review-runner: " + RunningMissing], decision.Errors);
    }

    [Fact]
    public void An_erroring_rule_names_a_missing_fact_once_however_often_it_reads_it()
    {
        var running = Is("partner.runningForOffice", PolicyValue.Of(true));
        var evaluator = Compile(Rule("permit-all", RuleEffect.Permit), Rule("review-runner", RuleEffect.Review, All(running, Not(Not(running)))));
        var decision = evaluator.Explain(new PartnerDirectory(Riverside, [ClimateNow]), Engagement(EngagementKind.Partnership, ClimateNow));
        Assert.Equal(EligibilityOutcome.Review, decision.Outcome);
        Assert.Equal(["review-runner: " + RunningMissing], decision.Errors);
    }
}
