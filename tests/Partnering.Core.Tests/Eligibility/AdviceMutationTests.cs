using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Eligibility.EligibilityFixture;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>
/// The advice after a Forbid or NotPermitted (<see cref="PermitGap"/>), pinned on small policies compiled
/// per test (so no shared cache hides a wording): which permit is closest (kinds, dates, conditions), how a
/// forbid is answered (decline, or what to change in the engagement), and the exact wording of each change.
/// </summary>
public sealed class AdviceMutationTests
{
    private const string DeclineOrChange = "decline the engagement as proposed (the partnership stands), or change it so that '";

    private static readonly string[] AllKinds = ["partnership", "outreach", "shareAlerts", "coPromoteEvent", "coSponsorEvent", "coOrganizeEvent", "jointLetter", "rallyWithSpeaker", "meetingWithOfficial", "coalitionTable", "sharedLeadership", "merger"];

    private static readonly PolicyRule PermitAll = new() { Id = "permit-all", Effect = RuleEffect.Permit, Reason = "r" };

    // The engagement-level forbid of seed 003: a tactic the chapter does not use.
    private static readonly PolicyRule NoDisallowedTactics = new() { Id = "no-disallowed-tactics", Effect = RuleEffect.Forbid, Reason = "r", When = Bool("engagement.tacticDisallowed", true) };

    private static IEligibilityEvaluator Compile(params PolicyRule[] rules) => EligibilityGenerators.Compile(new EligibilityPolicy { Id = "advice", Version = "1", Rules = rules });

    private static EligibilityDecision Explain(IEligibilityEvaluator evaluator, Engagement engagement, Partner partner)
        => evaluator.Explain(new PartnerDirectory(Riverside, [partner]), engagement);

    private static PermitGap Advice(IEligibilityEvaluator evaluator, Engagement engagement, Partner partner)
    {
        var decision = Explain(evaluator, engagement, partner);
        Assert.True(decision.Outcome >= EligibilityOutcome.NotPermitted, decision.ToString());
        Assert.NotNull(decision.ClosestPermit);
        return decision.ClosestPermit;
    }

    private static Engagement Disrupt(Partner partner) => Engage(EngagementKind.CoOrganizeEvent, partner) with { Tactic = DisruptTownHall };

    private static PolicyCondition Bool(string fact, bool value) => new PolicyCondition.FactTest { Fact = fact, Comparison = FactComparison.Is, Value = PolicyValue.Of(value) };

    private static PolicyCondition Is(string fact, string value) => new PolicyCondition.FactTest { Fact = fact, Comparison = FactComparison.Is, Value = PolicyValue.Of(value) };

    [Fact]
    public void An_engagement_forbid_written_first_in_the_policy_is_answered_with_what_to_change_not_decline()
    {
        var gap = Advice(Compile(NoDisallowedTactics, PermitAll), Disrupt(ClimateNow), ClimateNow);
        Assert.Equal("permit-all", gap.RuleId);
        Assert.Equal(["no-disallowed-tactics"], gap.BlockingRules);
        Assert.Equal([DeclineOrChange + "no-disallowed-tactics' no longer applies: engagement.tacticDisallowed would have to be false (it is true)"], gap.Changes);
    }

    [Fact]
    public void A_forbid_avoided_only_by_two_changes_words_both_in_one_entry_in_order()
    {
        var forbid = new PolicyRule { Id = "pressure-without-harm", Effect = RuleEffect.Forbid, Reason = "r", When = new PolicyCondition.AnyOf { Parts = [Bool("engagement.tacticDisallowed", true), Bool("engagement.messageConflictsWithTheoryOfChange", true)] } };
        var againstAPerson = Disrupt(HealthFirst) with { Target = TargetKind.Person };
        var gap = Advice(Compile(forbid, PermitAll), againstAPerson, HealthFirst);
        Assert.Equal(
            [DeclineOrChange + "pressure-without-harm' no longer applies: engagement.tacticDisallowed would have to be false (it is true), engagement.messageConflictsWithTheoryOfChange would have to be false (it is true)"],
            gap.Changes);
    }

    [Fact]
    public void The_same_forbid_met_for_another_reason_is_advised_anew_each_time()
    {
        var forbid = new PolicyRule { Id = "pressure-without-harm", Effect = RuleEffect.Forbid, Reason = "r", When = new PolicyCondition.AnyOf { Parts = [Bool("engagement.tacticDisallowed", true), Bool("engagement.messageConflictsWithTheoryOfChange", true)] } };
        var evaluator = Compile(forbid, PermitAll);
        var byTactic = Disrupt(HealthFirst);
        var byTarget = Engage(EngagementKind.CoOrganizeEvent, HealthFirst) with { Tactic = new Tactic("rally"), Target = TargetKind.Person };
        const string Tactic = DeclineOrChange + "pressure-without-harm' no longer applies: engagement.tacticDisallowed would have to be false (it is true)";
        const string Target = DeclineOrChange + "pressure-without-harm' no longer applies: engagement.messageConflictsWithTheoryOfChange would have to be false (it is true)";
        Assert.Equal([Tactic], Advice(evaluator, byTactic, HealthFirst).Changes);
        Assert.Equal([Target], Advice(evaluator, byTarget, HealthFirst).Changes);
        Assert.Equal([Tactic], Advice(evaluator, byTactic, HealthFirst).Changes);
    }

    [Fact]
    public void A_forbid_on_two_facts_about_the_partner_names_both_facts_in_its_decline()
    {
        var forbid = new PolicyRule { Id = "no-partisan-clubs", Effect = RuleEffect.Forbid, Reason = "r", When = new PolicyCondition.AllOf { Parts = [Is("partner.kind", "partyClub"), Is("partner.partisanNature", "partisan")] } };
        var gap = Advice(Compile(forbid, PermitAll), Engage(EngagementKind.Partnership, CountyDems), CountyDems);
        Assert.Equal(CompiledPolicy.NoPermitRule, gap.RuleId);
        Assert.Equal(
            ["decline: 'no-partisan-clubs' applies because of who the partner is (partner.kind = partyClub; partner.partisanNature = partisan), which is not the chapter's to change", "no kind of engagement with this partner is open while that holds"],
            gap.Changes);
    }

    [Fact]
    public void A_policy_without_permit_rules_says_so_after_a_forbid_and_gives_no_advice_when_nothing_forbids()
    {
        var evaluator = Compile(new PolicyRule { Id = "no-mergers", Effect = RuleEffect.Forbid, Reason = "r", AppliesTo = [EngagementKind.Merger] });
        var gap = Advice(evaluator, Engage(EngagementKind.Merger, ClimateNow), ClimateNow);
        Assert.Equal(CompiledPolicy.NoPermitRule, gap.RuleId);
        Assert.Equal(["no-mergers"], gap.BlockingRules);
        Assert.Equal(["decline: 'no-mergers' forbids it whoever the partner is", "the policy has no permit rule at all"], gap.Changes);

        var nothing = Explain(evaluator, Engage(EngagementKind.Partnership, ClimateNow), ClimateNow);
        Assert.Equal(EligibilityOutcome.NotPermitted, nothing.Outcome);
        Assert.Null(nothing.ClosestPermit);
    }

    [Fact]
    public void Under_a_forbid_on_who_the_partner_is_a_permit_only_for_the_forbidden_kind_is_passed_over()
    {
        var evaluator = Compile(
            new PolicyRule { Id = "no-events-with-clubs", Effect = RuleEffect.Forbid, Reason = "r", AppliesTo = [EngagementKind.CoOrganizeEvent], When = Is("partner.kind", "partyClub") },
            new PolicyRule { Id = "a-events", Effect = RuleEffect.Permit, Reason = "r", AppliesTo = [EngagementKind.CoOrganizeEvent] },
            new PolicyRule { Id = "b-alerts", Effect = RuleEffect.Permit, Reason = "r", AppliesTo = [EngagementKind.ShareAlerts] });
        var gap = Advice(evaluator, Engage(EngagementKind.CoOrganizeEvent, CountyDems), CountyDems);
        Assert.Equal("b-alerts", gap.RuleId);
        Assert.Equal(
            [
                "decline: 'no-events-with-clubs' applies because of who the partner is (partner.kind = partyClub), which is not the chapter's to change",
                "kinds of engagement it does not forbid: " + string.Join(", ", AllKinds.Where(k => k != "coOrganizeEvent")),
                "the engagement would have to be one of: shareAlerts (it is coOrganizeEvent)",
            ],
            gap.Changes);
    }

    [Fact]
    public void The_closest_permit_is_one_for_the_engagements_kind_over_an_earlier_one_for_another_kind()
    {
        var evaluator = Compile(
            NoDisallowedTactics,
            new PolicyRule { Id = "a-alerts", Effect = RuleEffect.Permit, Reason = "r", AppliesTo = [EngagementKind.ShareAlerts] },
            new PolicyRule { Id = "b-any-kind", Effect = RuleEffect.Permit, Reason = "r" });
        var gap = Advice(evaluator, Disrupt(ClimateNow), ClimateNow);
        Assert.Equal("b-any-kind", gap.RuleId);
        Assert.Equal([DeclineOrChange + "no-disallowed-tactics' no longer applies: engagement.tacticDisallowed would have to be false (it is true)"], gap.Changes);
    }

    [Fact]
    public void The_closest_permit_is_one_in_effect_on_the_day_over_an_earlier_one_that_has_expired()
    {
        var evaluator = Compile(
            NoDisallowedTactics,
            new PolicyRule { Id = "a-last-year", Effect = RuleEffect.Permit, Reason = "r", AppliesTo = [EngagementKind.ShareAlerts], EffectiveUntil = Today.AddYears(-1) },
            new PolicyRule { Id = "b-alerts", Effect = RuleEffect.Permit, Reason = "r", AppliesTo = [EngagementKind.ShareAlerts] },
            new PolicyRule { Id = "c-expired", Effect = RuleEffect.Permit, Reason = "r", EffectiveUntil = Today.AddYears(-1) },
            new PolicyRule { Id = "d-any-kind", Effect = RuleEffect.Permit, Reason = "r" });
        var gap = Advice(evaluator, Disrupt(ClimateNow), ClimateNow);
        Assert.Equal("d-any-kind", gap.RuleId);
        Assert.Equal([DeclineOrChange + "no-disallowed-tactics' no longer applies: engagement.tacticDisallowed would have to be false (it is true)"], gap.Changes);
    }

    [Fact]
    public void A_permit_that_starts_and_ends_on_the_engagement_day_is_in_effect_that_day()
    {
        var evaluator = Compile(
            NoDisallowedTactics,
            new PolicyRule { Id = "a-alerts", Effect = RuleEffect.Permit, Reason = "r", AppliesTo = [EngagementKind.ShareAlerts] },
            new PolicyRule { Id = "b-today", Effect = RuleEffect.Permit, Reason = "r", EffectiveFrom = Today, EffectiveUntil = Today });
        var gap = Advice(evaluator, Disrupt(ClimateNow), ClimateNow);
        Assert.Equal("b-today", gap.RuleId);
        Assert.Equal([DeclineOrChange + "no-disallowed-tactics' no longer applies: engagement.tacticDisallowed would have to be false (it is true)"], gap.Changes);
    }

    [Fact]
    public void A_permit_with_one_effective_date_names_any_for_the_other()
    {
        var fromTomorrow = Compile(new PolicyRule { Id = "from-tomorrow", Effect = RuleEffect.Permit, Reason = "r", EffectiveFrom = Today.AddDays(1) });
        Assert.Equal(["the engagement date would have to fall within the rule's effective dates (2026-03-15 to any)"], Advice(fromTomorrow, Engage(EngagementKind.Partnership, ClimateNow), ClimateNow).Changes);

        var untilYesterday = Compile(new PolicyRule { Id = "until-yesterday", Effect = RuleEffect.Permit, Reason = "r", EffectiveUntil = Today.AddDays(-1) });
        Assert.Equal(["the engagement date would have to fall within the rule's effective dates (any to 2026-03-13)"], Advice(untilYesterday, Engage(EngagementKind.Partnership, ClimateNow), ClimateNow).Changes);
    }

    [Fact]
    public void A_forbid_on_who_the_partner_is_listing_every_kind_leaves_no_kind_open()
    {
        var evaluator = Compile(
            new PolicyRule { Id = "clubs-never", Effect = RuleEffect.Forbid, Reason = "r", AppliesTo = Enum.GetValues<EngagementKind>(), When = Is("partner.kind", "partyClub") },
            PermitAll);
        var gap = Advice(evaluator, Engage(EngagementKind.CoOrganizeEvent, CountyDems), CountyDems);
        Assert.Equal(CompiledPolicy.NoPermitRule, gap.RuleId);
        Assert.Equal(
            ["decline: 'clubs-never' applies because of who the partner is (partner.kind = partyClub), which is not the chapter's to change", "no kind of engagement with this partner is open while that holds"],
            gap.Changes);
    }

    [Fact]
    public void A_forbid_on_the_partners_id_is_declined_never_offered_as_a_change()
    {
        var evaluator = Compile(new PolicyRule { Id = "not-climate-now", Effect = RuleEffect.Forbid, Reason = "r", When = Is("partner.id", "climate-now") }, PermitAll);
        var gap = Advice(evaluator, Engage(EngagementKind.Partnership, ClimateNow), ClimateNow);
        Assert.Equal(CompiledPolicy.NoPermitRule, gap.RuleId);
        Assert.Equal(
            ["decline: 'not-climate-now' applies because of who the partner is (partner.id = climate-now), which is not the chapter's to change", "no kind of engagement with this partner is open while that holds"],
            gap.Changes);
    }

    [Fact]
    public void A_permit_on_a_partner_fact_the_directory_lacks_asks_to_find_it_out()
    {
        var noState = ClimateNow with { State = null };
        var evaluator = Compile(new PolicyRule { Id = "in-state", Effect = RuleEffect.Permit, Reason = "r", When = Bool("partner.outOfState", false) });
        var gap = Advice(evaluator, Engage(EngagementKind.Partnership, noState), noState);
        Assert.Equal("in-state", gap.RuleId);
        Assert.Equal(["find out partner.outOfState (whether the partner is based outside the chapter's home state): the rule needs partner.outOfState is false"], gap.Changes);
    }

    [Fact]
    public void A_forbid_on_the_tactic_and_the_partner_is_avoided_through_the_tactic_written_first()
    {
        var forbid = new PolicyRule { Id = "no-disruption-with-groups", Effect = RuleEffect.Forbid, Reason = "r", When = new PolicyCondition.AllOf { Parts = [Bool("engagement.tacticDisallowed", true), Is("partner.kind", "issueAdvocacy")] } };
        var gap = Advice(Compile(forbid, PermitAll), Disrupt(ClimateNow), ClimateNow);
        Assert.Equal("permit-all", gap.RuleId);
        Assert.Equal([DeclineOrChange + "no-disruption-with-groups' no longer applies: engagement.tacticDisallowed would have to be false (it is true)"], gap.Changes);
    }

    [Fact]
    public void A_negated_permit_asks_to_find_out_a_missing_fact_for_its_test_to_be_false()
    {
        var unknownSize = ClimateNow with { BaseSize = null };
        var smallBases = new PolicyCondition.Negation { Part = new PolicyCondition.FactTest { Fact = "partner.baseSize", Comparison = FactComparison.AtLeast, Value = PolicyValue.Of(500) } };
        var gap = Advice(Compile(new PolicyRule { Id = "small-bases", Effect = RuleEffect.Permit, Reason = "r", When = smallBases }), Engage(EngagementKind.Partnership, unknownSize), unknownSize);
        Assert.Equal("small-bases", gap.RuleId);
        Assert.Equal(["find out partner.baseSize (how many people an organization's base counts): the rule needs partner.baseSize atLeast 500 to be false"], gap.Changes);
    }

    [Fact]
    public void A_boolean_test_is_worded_with_its_value_now_false_or_missing_each_time()
    {
        var evaluator = Compile(new PolicyRule { Id = "our-tactics", Effect = RuleEffect.Permit, Reason = "r", When = Bool("engagement.tacticAllowed", true) });
        var noTactic = Engage(EngagementKind.CoOrganizeEvent, ClimateNow);
        Assert.Equal(["engagement.tacticAllowed would have to be true (it is false)"], Advice(evaluator, Disrupt(ClimateNow), ClimateNow).Changes);
        Assert.Equal(["engagement.tacticAllowed would have to be true (it is missing)"], Advice(evaluator, noTactic, ClimateNow).Changes);
        Assert.Equal(["engagement.tacticAllowed would have to be true (it is false)"], Advice(evaluator, Disrupt(ClimateNow), ClimateNow).Changes);
    }

    [Fact]
    public void A_negated_boolean_test_that_is_missing_is_worded_as_having_to_be_false()
    {
        var evaluator = Compile(new PolicyRule { Id = "no-disallowed", Effect = RuleEffect.Permit, Reason = "r", When = new PolicyCondition.Negation { Part = Bool("engagement.tacticDisallowed", true) } });
        Assert.Equal(["engagement.tacticDisallowed would have to be false (it is missing)"], Advice(evaluator, Engage(EngagementKind.CoOrganizeEvent, ClimateNow), ClimateNow).Changes);
    }

    [Fact]
    public void Two_boolean_tests_to_change_are_each_worded_with_their_own_fact()
    {
        var evaluator = Compile(new PolicyRule { Id = "listed-outreach", Effect = RuleEffect.Permit, Reason = "r", When = new PolicyCondition.AllOf { Parts = [Bool("engagement.chapterReachesOut", true), Bool("engagement.listsPartnersPublicly", true)] } });
        Assert.Equal(
            ["engagement.chapterReachesOut would have to be true (it is false)", "engagement.listsPartnersPublicly would have to be true (it is false)"],
            Advice(evaluator, Engage(EngagementKind.Outreach, ClimateNow), ClimateNow).Changes);
    }
}
