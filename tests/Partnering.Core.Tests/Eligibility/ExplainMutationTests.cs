using System.Collections.Frozen;
using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Eligibility.EligibilityFixture;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>
/// The explanation of a decision where the 2026-12-02 mutation run of <c>CompiledPolicy.Explain.cs</c>
/// found it unpinned: the answer a policy gives when nothing permits (seed 000: when in doubt, ask the
/// point of contact) speaks only when no rule already settled the case; an engagement with several
/// partners is explained partner by partner, every partner's findings, reviewers and conditions kept;
/// the advice is the first worst partner's; a rule that cannot be read says every fact it missed.
/// </summary>
public sealed class ExplainMutationTests
{
    private static readonly DateOnly Day = new(2026, 3, 14);

    private static PolicyRule Rule(string id, RuleEffect effect, PolicyCondition? when = null) => new() { Id = id, Effect = effect, When = when, Reason = $"rule {id}" };

    private static PolicyCondition Is(string fact, string value) => new PolicyCondition.FactTest { Fact = fact, Comparison = FactComparison.Is, Value = PolicyValue.Of(value) };

    private static PolicyCondition Is(string fact, bool value) => new PolicyCondition.FactTest { Fact = fact, Comparison = FactComparison.Is, Value = PolicyValue.Of(value) };

    /// <summary>Seed 000's "when in doubt, ask": the policy's answer when no rule permits.</summary>
    private static readonly PolicyRule AskFirst = new() { Id = "ask-first", Effect = RuleEffect.Review, Reason = "when in doubt, ask", Reviewers = [CompiledPolicy.PointOfContactReviewer] };

    private static IEligibilityEvaluator Compile(PolicyRule? whenNothingPermits, params PolicyRule[] rules)
        => new CompiledPolicy(new EligibilityPolicy { Id = "explain", Version = "1", Rules = rules, WhenNothingPermits = whenNothingPermits }, FrozenDictionary<string, IEligibilityPredicate>.Empty);

    private static Engagement Partnership(params Partner[] partners) => new() { Kind = EngagementKind.Partnership, Partners = [.. partners.Select(p => p.Id)], Date = Day };

    private static readonly PartnerDirectory Directory = new(Riverside, [ClimateNow, CountyDems, StateParty, HealthFirst]);

    [Fact]
    public void The_answer_when_nothing_permits_is_not_added_to_a_permitted_engagement()
    {
        var evaluator = Compile(AskFirst, Rule("permit-advocacy", RuleEffect.Permit, Is("partner.kind", "issueAdvocacy")));
        var decision = evaluator.Explain(Directory, Partnership(ClimateNow));
        Assert.Equal(EligibilityOutcome.Permit, decision.Outcome);
        Assert.Equal(["permit-advocacy"], decision.Findings.Select(f => f.RuleId));
        Assert.Empty(decision.Reviewers);
    }

    [Fact]
    public void A_review_rule_that_fired_settles_who_looks_so_the_answer_when_nothing_permits_stays_silent()
    {
        var evaluator = Compile(AskFirst, Rule("review-clubs", RuleEffect.Review, Is("partner.kind", "partyClub")) with { Reviewers = ["the steering committee"] });
        var decision = evaluator.Explain(Directory, Partnership(CountyDems));
        Assert.Equal(EligibilityOutcome.Review, decision.Outcome);
        Assert.Equal(["review-clubs"], decision.Findings.Select(f => f.RuleId));
        Assert.Equal(["the steering committee"], decision.Reviewers);
    }

    [Fact]
    public void A_review_rule_that_cannot_be_read_settles_nothing_so_the_answer_when_nothing_permits_speaks()
    {
        // partner.runningForOffice is not known for an organization: the review rule is an error.
        var evaluator = Compile(AskFirst, Rule("review-runners", RuleEffect.Review, Is("partner.runningForOffice", true)) with { Reviewers = ["the steering committee"] });
        var decision = evaluator.Explain(Directory, Partnership(CountyDems));
        Assert.Equal(EligibilityOutcome.Review, decision.Outcome);
        Assert.Equal(["review-runners", "ask-first"], decision.Findings.Select(f => f.RuleId));
        Assert.Single(decision.Errors);
    }

    [Fact]
    public void Every_partner_of_an_engagement_is_explained_findings_reviewers_and_conditions_included()
    {
        var evaluator = Compile(
            null,
            Rule("permit-all", RuleEffect.Permit),
            Rule("frame-on-the-issue", RuleEffect.PermitWithConditions, Is("partner.kind", "issueAdvocacy")) with { Conditions = ["speak to the issue, not to candidates"] },
            Rule("review-clubs", RuleEffect.Review, Is("partner.kind", "partyClub")) with { Reviewers = ["the steering committee"] });
        var decision = evaluator.Explain(Directory, Partnership(ClimateNow, CountyDems));
        Assert.Equal(EligibilityOutcome.Review, decision.Outcome);
        Assert.Equal(
            [("frame-on-the-issue", ClimateNow.Id), ("permit-all", ClimateNow.Id), ("permit-all", CountyDems.Id), ("review-clubs", CountyDems.Id)],
            decision.Findings.Select(f => (f.RuleId, f.Partner!.Value)));
        Assert.Equal(["the steering committee"], decision.Reviewers);
        Assert.Equal(["speak to the issue, not to candidates"], decision.ConditionsToHonour);
        Assert.Equal(["frame-on-the-issue", "permit-all", "review-clubs"], decision.DecidingRules.Select(f => f.RuleId));

        // One partner explained alone keeps its own findings only.
        Assert.Equal(["frame-on-the-issue", "permit-all"], evaluator.Explain(Directory, Partnership(ClimateNow)).Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Conditions_of_a_permitted_partner_are_not_listed_when_another_partner_is_not_permitted()
    {
        var evaluator = Compile(null, Rule("frame-on-the-issue", RuleEffect.PermitWithConditions, Is("partner.kind", "issueAdvocacy")) with { Conditions = ["speak to the issue"] });
        var decision = evaluator.Explain(Directory, Partnership(ClimateNow, CountyDems));
        Assert.Equal(EligibilityOutcome.NotPermitted, decision.Outcome);
        Assert.Empty(decision.ConditionsToHonour);
        Assert.Equal(CountyDems.Id, decision.ClosestPermit!.Partner);
    }

    [Fact]
    public void The_advice_is_for_the_first_partner_with_the_worst_outcome()
    {
        var evaluator = Compile(null, Rule("permit-advocacy", RuleEffect.Permit, Is("partner.kind", "issueAdvocacy")));
        var decision = evaluator.Explain(Directory, Partnership(HealthFirst, CountyDems, StateParty));
        Assert.Equal(EligibilityOutcome.NotPermitted, decision.Outcome);
        Assert.Equal(CountyDems.Id, decision.ClosestPermit!.Partner);
        Assert.Equal(StateParty.Id, evaluator.Explain(Directory, Partnership(StateParty, CountyDems)).ClosestPermit!.Partner);
    }

    [Fact]
    public void A_policy_with_no_permit_rule_gives_no_advice_when_nothing_forbids()
    {
        var evaluator = Compile(null, Rule("review-clubs", RuleEffect.Review, Is("partner.kind", "partyClub")));
        var decision = evaluator.Explain(Directory, Partnership(ClimateNow));
        Assert.Equal(EligibilityOutcome.NotPermitted, decision.Outcome);
        Assert.Null(decision.ClosestPermit);
    }

    [Fact]
    public void A_permit_that_cannot_be_read_is_an_error_but_not_what_decided_a_not_permitted()
    {
        var evaluator = Compile(null, Rule("permit-runners", RuleEffect.Permit, Is("partner.runningForOffice", true)));
        var decision = evaluator.Explain(Directory, Partnership(ClimateNow));
        Assert.Equal(EligibilityOutcome.NotPermitted, decision.Outcome);
        Assert.Empty(decision.DecidingRules);
        Assert.Single(decision.Errors);
    }

    [Fact]
    public void A_rule_that_cannot_be_read_names_every_fact_it_missed_one_sentence_after_another()
    {
        var both = new PolicyCondition.AllOf { Parts = [Is("partner.runningForOffice", true), Is("partner.holdsElectedOffice", true)] };
        var evaluator = Compile(null, Rule("permit-all", RuleEffect.Permit), Rule("forbid-officials", RuleEffect.Forbid, both));
        var decision = evaluator.Explain(Directory, Partnership(ClimateNow));
        Assert.Equal(EligibilityOutcome.Review, decision.Outcome);
        var error = decision.Findings.Single(f => f.RuleId == "forbid-officials").Error!;
        Assert.StartsWith("partner.runningForOffice is not known", error, StringComparison.Ordinal);
        Assert.Contains(". partner.holdsElectedOffice is not known", error, StringComparison.Ordinal);
    }
}
