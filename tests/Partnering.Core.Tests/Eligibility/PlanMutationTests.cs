using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Eligibility.EligibilityFixture;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>
/// The outcome-only path (a partner's profile pre-judges the general rules into a plan, and what is left
/// open is read as bits of <see cref="EngagementProfile"/>) gives the same outcomes as the explaining path
/// and the reference interpreter. Each policy is compiled afresh, so its plans and the engagement bits are
/// built in the test itself. Each test pins down surviving mutants of issue #17's run
/// (CompiledPolicy.Plans.cs, CompiledPolicy.Builder.cs); see docs/mutation-eligibility/plans-and-builder.md.
/// </summary>
public sealed class PlanMutationTests
{
    private static readonly DateOnly Day = new(2026, 3, 14);

    private static PolicyCondition Is(string fact, PolicyValue value) => new PolicyCondition.FactTest { Fact = fact, Comparison = FactComparison.Is, Value = value };

    private static PolicyCondition In(string fact, params string[] values)
        => new PolicyCondition.FactTest { Fact = fact, Comparison = FactComparison.In, Value = PolicyValue.List(values) };

    private static PolicyRule Rule(string id, RuleEffect effect, PolicyCondition? when) => new() { Id = id, Effect = effect, When = when, Reason = id };

    private static readonly PolicyRule PermitOrganizations = Rule("organizations", RuleEffect.Permit, Is("partner.type", PolicyValue.Of("organization")));

    private static readonly PolicyRule PermitIndividuals = Rule("individuals", RuleEffect.Permit, Is("partner.type", PolicyValue.Of("individual")));

    private static EligibilityPolicy Policy(params PolicyRule[] rules) => new() { Id = "plans", Version = "1", Rules = rules };

    /// <summary>Decides with a freshly compiled evaluator (so its plans are built here), checked against the explaining path and the reference interpreter.</summary>
    private static EligibilityOutcome Decide(EligibilityPolicy policy, Partner partner, Engagement engagement)
    {
        var evaluator = EligibilityGenerators.Compile(policy);
        var directory = new PartnerDirectory(Riverside, [partner]);
        var decided = evaluator.Decide(directory, engagement);
        Assert.Equal(ReferenceInterpreter.Decide(policy, directory, engagement), decided);
        Assert.Equal(decided, evaluator.Explain(directory, engagement).Outcome);
        return decided;
    }

    private static Engagement With(EngagementKind kind, Partner partner) => new() { Kind = kind, Partners = [partner.Id], Date = Day };

    public static TheoryData<string, Engagement> OutreachEngagements => new()
    {
        { "no target, tactic or member, not listed, chapter not reaching out", With(EngagementKind.Outreach, FoodBank) },
        { "a target the theory of change pressures", With(EngagementKind.Outreach, FoodBank) with { Target = TargetKind.ExecutiveOfficial } },
        { "a tactic the chapter uses", With(EngagementKind.Outreach, FoodBank) with { Tactic = new Tactic("rally") } },
        { "a tactic the chapter does not use", With(EngagementKind.Outreach, FoodBank) with { Tactic = DisruptTownHall } },
        { "listed publicly, chapter reaching out, a member named", With(EngagementKind.Outreach, FoodBank) with { ListsPartnersPublicly = true, ChapterReachesOut = true, Member = new PartyId("m-ana") } },
    };

    [Theory]
    [MemberData(nameof(OutreachEngagements))]
    public void A_forbid_on_the_engagement_kind_holds_whatever_else_the_engagement_says(string what, Engagement engagement)
    {
        // The kind is read from its own bits; every other engagement fact has bits of its own, none of them the kind's.
        var policy = Policy(PermitOrganizations, Rule("no-outreach", RuleEffect.Forbid, new PolicyCondition.AllOf { Parts = [Is("partner.type", PolicyValue.Of("organization")), In("engagement.kind", "outreach", "shareAlerts")] }));
        Assert.True(EligibilityOutcome.Forbid == Decide(policy, FoodBank, engagement), what);
        Assert.Equal(EligibilityOutcome.Permit, Decide(policy, FoodBank, engagement with { Kind = EngagementKind.CoOrganizeEvent }));
    }

    [Theory]
    [InlineData(EngagementKind.Partnership)]
    [InlineData(EngagementKind.Outreach)]
    [InlineData(EngagementKind.ShareAlerts)]
    public void A_forbid_on_a_partner_fact_an_individual_lacks_sends_the_decision_to_review_whatever_the_kind(EngagementKind kind)
    {
        // partner.supportsOurCandidates is an organization's fact: unknown for a person, never true nor false.
        var policy = Policy(PermitIndividuals, Rule("affiliates", RuleEffect.Forbid, Is("partner.supportsOurCandidates", PolicyValue.Of(true))));
        Assert.Equal(EligibilityOutcome.Review, Decide(policy, RepLee, With(kind, RepLee)));
        var negated = Policy(PermitIndividuals, Rule("non-affiliates", RuleEffect.Forbid, Is("partner.supportsOurCandidates", PolicyValue.Of(false))));
        Assert.Equal(EligibilityOutcome.Review, Decide(negated, RepLee, With(kind, RepLee)));
    }

    [Theory]
    [InlineData(-1, EligibilityOutcome.Permit)]
    [InlineData(0, EligibilityOutcome.Forbid)]
    [InlineData(1, EligibilityOutcome.Permit)]
    public void A_rule_in_force_for_a_single_day_holds_on_that_day(int offset, EligibilityOutcome expected)
    {
        var oneDay = Rule("closed-that-day", RuleEffect.Forbid, Is("partner.type", PolicyValue.Of("organization"))) with { EffectiveFrom = Day, EffectiveUntil = Day };
        Assert.Equal(expected, Decide(Policy(PermitOrganizations, oneDay), FoodBank, With(EngagementKind.Partnership, FoodBank) with { Date = Day.AddDays(offset) }));
    }

    [Theory]
    [InlineData(TargetKind.Person, EligibilityOutcome.Forbid)]
    [InlineData(TargetKind.Lawmaker, EligibilityOutcome.Permit)]
    [InlineData(TargetKind.Agency, EligibilityOutcome.Permit)]
    [InlineData(null, EligibilityOutcome.Review)]
    public void Two_tests_of_the_engagement_target_in_one_rule_must_both_hold(TargetKind? target, EligibilityOutcome expected)
    {
        var policy = Policy(PermitOrganizations, Rule("person", RuleEffect.Forbid, new PolicyCondition.AllOf
        {
            Parts = [In("engagement.target", "lawmaker", "person"), In("engagement.target", "person", "agency")],
        }));
        Assert.Equal(expected, Decide(policy, FoodBank, With(EngagementKind.CoOrganizeEvent, FoodBank) with { Target = target }));
    }

    [Theory]
    [InlineData("m-ana", EligibilityOutcome.Forbid)]
    [InlineData(null, EligibilityOutcome.Permit)]
    public void A_forbid_on_a_member_affiliated_with_the_partner_reads_the_members_ties(string? member, EligibilityOutcome expected)
    {
        // Ana belongs to College Democrats; with no member named, no member is affiliated.
        var policy = Policy(PermitOrganizations, Rule("conflict-of-interest", RuleEffect.Forbid, Is("member.affiliatedWithPartner", PolicyValue.Of(true))));
        Assert.Equal(expected, Decide(policy, CollegeDems, With(EngagementKind.Outreach, CollegeDems) with { Member = member is null ? null : new PartyId(member) }));
    }

    [Theory]
    [InlineData("m-ana", EligibilityOutcome.Permit)]
    [InlineData(null, EligibilityOutcome.Forbid)]
    public void A_forbid_when_no_member_is_named_reads_whether_one_is(string? member, EligibilityOutcome expected)
    {
        var policy = Policy(PermitOrganizations, Rule("someone-responsible", RuleEffect.Forbid, Is("member.named", PolicyValue.Of(false))));
        Assert.Equal(expected, Decide(policy, FoodBank, With(EngagementKind.Outreach, FoodBank) with { Member = member is null ? null : new PartyId(member) }));
    }

    [Fact]
    public void Terms_in_a_policy_match_in_their_normal_form_for_issue_areas_and_tactics()
    {
        // A policy may spell a term as people write it; the compiler compares its normal form (health-care, disrupt-town-hall).
        var issues = new PolicyCondition.FactTest { Fact = "partner.issueAreas", Comparison = FactComparison.HasAny, Value = PolicyValue.List("Health Care") };
        var partnerTactics = new PolicyCondition.FactTest { Fact = "partner.tactics", Comparison = FactComparison.Has, Value = PolicyValue.Of("Disrupt Town_Hall") };
        var tactic = Is("engagement.tactic", PolicyValue.Of("Disrupt Town Hall"));
        var compiler = new PolicyCompiler();
        var directory = new PartnerDirectory(Riverside, [FoodBank, ClimateNow with { Tactics = [DisruptTownHall] }]);
        var partnership = new Engagement { Kind = EngagementKind.Partnership, Partners = [FoodBank.Id], Date = Day };
        var anEvent = new Engagement { Kind = EngagementKind.CoOrganizeEvent, Partners = [ClimateNow.Id], Date = Day, Target = TargetKind.Lawmaker, Tactic = DisruptTownHall };
        foreach (var (when, matching, other) in new (PolicyCondition, Engagement, Engagement)[]
        {
            (issues, partnership, partnership with { Partners = [ClimateNow.Id] }),
            (partnerTactics, partnership with { Partners = [ClimateNow.Id] }, partnership),
            (tactic, anEvent, anEvent with { Tactic = new Tactic("rally") }),
        })
        {
            var policy = Policy(PermitOrganizations, Rule("term", RuleEffect.Forbid, when));
            var evaluator = compiler.Compile(policy);
            Assert.Equal(EligibilityOutcome.Forbid, evaluator.Decide(directory, matching));
            Assert.Equal(EligibilityOutcome.Forbid, evaluator.Explain(directory, matching).Outcome);
            Assert.Equal(EligibilityOutcome.Permit, evaluator.Decide(directory, other));
        }
    }
}
