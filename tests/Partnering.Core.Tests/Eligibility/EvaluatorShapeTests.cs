using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Eligibility.EligibilityFixture;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>
/// The evaluator's speed-ups, pinned down as arrangements: a rule that requires a partner id or an
/// organization kind is filed under it, so decisions about other partners never look at it; a rule's tests
/// of the partner's fixed facts are checked as masks before its tree is walked; a partner profile's plan
/// folds the rules its fixed facts settle and judges what the engagement leaves open on bits. No answer
/// depends on these (the agreement properties and the seed tests hold the answers); what they change is
/// the work, and a custom predicate, which may be costly, is asked only when the partner's fixed facts leave
/// its rule open. These kill the fast-path survivors of issue #17's run that are not equivalent once the
/// arrangement is observable (docs/mutation-eligibility/evaluator.md and plans-and-builder.md).
/// </summary>
public sealed class EvaluatorShapeTests
{
    private static PolicyCondition Is(string fact, PolicyValue value) => new PolicyCondition.FactTest { Fact = fact, Comparison = FactComparison.Is, Value = value };

    private static PolicyCondition In(string fact, params string[] values)
        => new PolicyCondition.FactTest { Fact = fact, Comparison = FactComparison.In, Value = PolicyValue.List(values) };

    private static PolicyCondition All(params PolicyCondition[] parts) => new PolicyCondition.AllOf { Parts = parts };

    private static PolicyCondition Any(params PolicyCondition[] parts) => new PolicyCondition.AnyOf { Parts = parts };

    private static PolicyCondition Not(PolicyCondition part) => new PolicyCondition.Negation { Part = part };

    private static PolicyCondition Asked => new PolicyCondition.PredicateTest { Name = "asked" };

    private static PolicyRule Rule(string id, RuleEffect effect, PolicyCondition? when) => new()
    {
        Id = id,
        Effect = effect,
        When = when,
        Reason = id,
        Reviewers = effect == RuleEffect.Review ? ["organizing staff"] : [],
        Conditions = effect == RuleEffect.PermitWithConditions ? ["a written agreement"] : [],
    };

    private static CompiledPolicy Compile(params PolicyRule[] rules) => Compile(null, rules);

    private static CompiledPolicy Compile(IEligibilityPredicate? predicate, params PolicyRule[] rules)
        => (CompiledPolicy)new PolicyCompiler(predicate is null ? [] : [predicate], EligibilityLimits.Default)
            .Compile(new EligibilityPolicy { Id = "shape", Version = "1", Rules = rules });

    private static readonly PolicyCondition Organization = Is("partner.type", PolicyValue.Of("organization"));

    private static readonly int OrganizationKinds = Enum.GetValues<OrganizationKind>().Length;

    /// <summary>A predicate that holds and counts how often it is asked.</summary>
    private sealed class Counting : IEligibilityPredicate
    {
        private int _calls;

        public int Calls => _calls;

        public string Name => "asked";

        public IReadOnlyList<PredicateParameter> Parameters { get; } = [];

        public bool? Evaluate(in PredicateInput input, PredicateArguments arguments)
        {
            Interlocked.Increment(ref _calls);
            return true;
        }
    }

    [Fact]
    public void A_rule_that_requires_a_partner_id_or_an_organization_kind_is_filed_under_it_and_only_there()
    {
        var policy = Compile(
            Rule("advocacy-review", RuleEffect.Review, In("partner.kind", "issueAdvocacy")),
            Rule("named-permit", RuleEffect.Permit, All(Is("engagement.hasTactic", PolicyValue.Of(false)), In("partner.id", "food-bank", "climate-now"))),
            Rule("services-forbid", RuleEffect.Forbid, All(Is("engagement.hasTactic", PolicyValue.Of(true)), In("partner.kind", "communityService", "religiousInstitution"))),
            Rule("in-state", RuleEffect.Permit, In("partner.state", "OH")),
            Rule("organizations", RuleEffect.Permit, Organization),
            Rule("either-kind", RuleEffect.Review, Any(In("partner.kind", "business"), Is("engagement.hasTarget", PolicyValue.Of(true)))));

        var filing = policy.FilingOf(EngagementKind.Outreach);

        // A test of the state is a text test like an id's, and a test of the partner's type an enum test like a
        // kind's, but neither is a partner id or an organization kind; a kind inside any(...) is not required.
        Assert.Equal(["in-state", "organizations", "either-kind"], filing.General);
        Assert.Equal(["climate-now", "food-bank"], filing.ByPartnerId.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["named-permit"], filing.ByPartnerId["food-bank"]);
        Assert.Equal(["named-permit"], filing.ByPartnerId["climate-now"]);
        Assert.Equal(["named-permit"], filing.PartnerIdUnknown);
        Assert.Equal(OrganizationKinds + 1, filing.ByOrganizationKind.Count);
        for (var k = 0; k < OrganizationKinds; k++)
        {
            string[] expected = (OrganizationKind)k switch
            {
                // The rule's whole condition is the kind test (the first rule's root is the policy's first node).
                OrganizationKind.IssueAdvocacy => ["advocacy-review"],
                OrganizationKind.CommunityService or OrganizationKind.ReligiousInstitution => ["services-forbid"],
                _ => [],
            };
            Assert.True(expected.SequenceEqual(filing.ByOrganizationKind[k]), $"{(OrganizationKind)k}: {string.Join(", ", filing.ByOrganizationKind[k])}");
        }

        // A partner that is not an organization, or not known, cannot be ruled out by kind: forbids first.
        Assert.Equal(["services-forbid", "advocacy-review"], filing.ByOrganizationKind[OrganizationKinds]);
        Assert.True(filing.HasIndexed);
    }

    [Fact]
    public void A_policy_without_id_or_kind_rules_has_nothing_indexed_so_a_decision_skips_the_indexes()
    {
        var filing = Compile(Rule("organizations", RuleEffect.Permit, Organization), Rule("in-state", RuleEffect.Review, In("partner.state", "OH"))).FilingOf(EngagementKind.Partnership);
        Assert.Equal(["organizations", "in-state"], filing.General);
        Assert.Empty(filing.ByPartnerId);
        Assert.Empty(filing.PartnerIdUnknown);
        Assert.All(filing.ByOrganizationKind, Assert.Empty);
        Assert.False(filing.HasIndexed);
    }

    [Fact]
    public void A_rule_filed_for_some_engagement_kinds_is_in_no_other_kind_s_rules()
    {
        var outreachOnly = Rule("outreach-only", RuleEffect.Permit, null) with { AppliesTo = [EngagementKind.Outreach] };
        var policy = Compile(outreachOnly);
        Assert.Equal(["outreach-only"], policy.FilingOf(EngagementKind.Outreach).General);
        Assert.Empty(policy.FilingOf(EngagementKind.Partnership).General);
    }

    [Fact]
    public void A_rule_s_tests_of_the_partner_s_fixed_facts_are_checked_as_masks_before_its_tree_is_walked()
    {
        var policy = Compile(
            Rule("advocacy", RuleEffect.Review, In("partner.kind", "issueAdvocacy")),
            Rule("fixed", RuleEffect.Permit, All(Organization, In("partner.kind", "communityService"))),
            Rule("mixed", RuleEffect.Forbid, All(Organization, Is("engagement.hasTactic", PolicyValue.Of(true)), In("partner.kind", "business"))),
            Rule("open", RuleEffect.Permit, Is("engagement.hasTactic", PolicyValue.Of(false))),
            Rule("always", RuleEffect.Permit, null));

        Assert.Equal((1, true), policy.FixedFactTestsOf("advocacy"));
        Assert.Equal((2, true), policy.FixedFactTestsOf("fixed"));
        Assert.Equal((2, false), policy.FixedFactTestsOf("mixed"));
        Assert.Equal((0, false), policy.FixedFactTestsOf("open"));
        Assert.Equal((0, false), policy.FixedFactTestsOf("always"));
    }

    [Fact]
    public void A_profile_s_plan_folds_what_the_partner_settles_and_judges_what_the_engagement_leaves_open_on_bits()
    {
        var dated = Rule("dated-permit", RuleEffect.Permit, Organization) with { EffectiveFrom = new DateOnly(2026, 1, 1) };
        var policy = Compile(
            Rule("organizations", RuleEffect.Permit, Organization),
            Rule("nonpartisan-review", RuleEffect.Review, All(Organization, In("partner.partisanNature", "nonpartisan"))),
            Rule("services-or-advocacy", RuleEffect.PermitWithConditions, Any(In("partner.kind", "issueAdvocacy"), In("partner.kind", "communityService"))),
            Rule("partisan-forbid", RuleEffect.Forbid, In("partner.partisanNature", "partisan")),
            Rule("disallowed-forbid", RuleEffect.Forbid, All(Organization, Is("engagement.hasTactic", PolicyValue.Of(true)), Is("engagement.tacticDisallowed", PolicyValue.Of(true)))),
            Rule("outreach-targets", RuleEffect.Review, All(In("engagement.target", "executiveOfficial", "lawmaker"), In("engagement.kind", "outreach"))),
            Rule("listed-in-state", RuleEffect.Review, All(Is("engagement.listsPartnersPublicly", PolicyValue.Of(true)), In("partner.state", "OH"))),
            Rule("twice-open-forbid", RuleEffect.Forbid, All(In("partner.state", "PA"), In("engagement.tactic", "strike"))),
            Rule("affiliated", RuleEffect.Review, Is("member.affiliatedWithPartner", PolicyValue.Of(true))),
            Rule("running", RuleEffect.Review, Is("partner.runningForOffice", PolicyValue.Of(true))),
            Rule("holding", RuleEffect.Review, Is("partner.holdsElectedOffice", PolicyValue.Of(true))),
            Rule("backed", RuleEffect.Review, Is("partner.backedByOurNationalBody", PolicyValue.Of(true))),
            dated);

        var plan = policy.PlanOf(new PartnerDirectory(Riverside, [FoodBank]), FoodBank.Id, EngagementKind.Outreach);

        // The food bank is a nonpartisan community-service organization: the three undated rules it satisfies
        // fold into the standing result (the strictest, Review); the partisan forbid it cannot meet is dropped.
        // (Only general rules are planned: a rule that requires an organization kind is filed by kind.)
        Assert.NotNull(plan);
        Assert.Equal(EligibilityOutcome.Review, plan.StandingOutcome);
        Assert.True(plan.StandingPermit);
        Assert.False(plan.StandingForbid);
        Assert.Equal(
            [
                new BitRuleShape("disallowed-forbid", 2, false),
                new BitRuleShape("outreach-targets", 2, false),
                new BitRuleShape("listed-in-state", 1, true),
                new BitRuleShape("affiliated", 1, false),
                new BitRuleShape("running", 1, false),
                new BitRuleShape("holding", 1, false),
                new BitRuleShape("backed", 1, false),
                new BitRuleShape("dated-permit", 0, false),
            ],
            plan.BitRules);
        Assert.Equal(["twice-open-forbid"], plan.WalkedForbids);
        Assert.Empty(plan.WalkedOthers);
    }

    [Fact]
    public void A_rule_with_two_open_parts_that_are_not_engagement_bits_walks_its_tree_even_when_its_first_part_is_the_policy_s_first_node()
    {
        // Children are compiled before their parent, so the first part of the first rule is node 0: a plan that
        // took "no extra part yet" as "index 0" would keep only the second part and judge the rule on it alone.
        var policy = Compile(
            Rule("ohio-strike-forbid", RuleEffect.Forbid, All(In("partner.state", "OH"), In("engagement.tactic", "strike"))),
            Rule("organizations", RuleEffect.Permit, Organization));
        var directory = new PartnerDirectory(Riverside, [SierraPa]);

        var plan = policy.PlanOf(directory, SierraPa.Id, EngagementKind.Outreach)!;
        Assert.Equal(["ohio-strike-forbid"], plan.WalkedForbids);
        Assert.Empty(plan.BitRules);

        // A Pennsylvania group on strike: the state part does not hold, so the forbid does not fire.
        Assert.Equal(EligibilityOutcome.Permit, policy.Decide(directory, Engage(EngagementKind.Outreach, SierraPa) with { Tactic = new Tactic("strike") }));
    }

    [Fact]
    public void A_profile_that_an_undated_forbid_settles_has_a_standing_forbid()
    {
        var policy = Compile(Rule("organizations", RuleEffect.Permit, Organization), Rule("charities-forbid", RuleEffect.Forbid, In("partner.taxStatus", "charity501C3")));
        var directory = new PartnerDirectory(Riverside, [FoodBank, ClimateNow]);

        var foodBank = policy.PlanOf(directory, FoodBank.Id, EngagementKind.Partnership)!;
        Assert.True(foodBank.StandingForbid);
        Assert.Empty(foodBank.BitRules);

        // Another profile gets a plan of its own (its own cache slot), where the forbid is dropped.
        var climate = policy.PlanOf(directory, ClimateNow.Id, EngagementKind.Partnership)!;
        Assert.False(climate.StandingForbid);
        Assert.True(climate.StandingPermit);
        Assert.Equal(EligibilityOutcome.Permit, climate.StandingOutcome);
        Assert.Empty(climate.WalkedForbids);

        Assert.Null(policy.PlanOf(directory, new PartyId("nobody"), EngagementKind.Partnership));
    }

    [Fact]
    public void The_engagement_facts_fit_one_word_of_bits()
    {
        // Kind (12), target (8) and venue (values of their enums), then two bits for each of 12 yes/no facts.
        var expected = Enum.GetValues<EngagementKind>().Length + Enum.GetValues<TargetKind>().Length + Enum.GetValues<EngagementVenue>().Length + (2 * 12);
        Assert.Equal(expected, EngagementProfile.BitsUsed);
        Assert.InRange(EngagementProfile.BitsUsed, 1, 64);
    }

    [Fact]
    public void A_predicate_is_not_asked_when_the_partner_s_kind_already_rules_its_indexed_rule_out()
    {
        var asked = new Counting();
        var policy = Compile(
            asked,
            Rule("organizations", RuleEffect.Permit, Organization),
            Rule("named-advocacy", RuleEffect.Review, All(In("partner.id", "food-bank"), Asked, In("partner.kind", "issueAdvocacy"))));
        var directory = new PartnerDirectory(Riverside, [FoodBank]);

        Assert.Equal(EligibilityOutcome.Permit, policy.Decide(directory, Engage(EngagementKind.Outreach, FoodBank)));
        Assert.Equal(0, asked.Calls);
    }

    [Fact]
    public void A_predicate_is_not_asked_when_the_partner_s_plan_settles_its_general_rule()
    {
        var asked = new Counting();
        var policy = Compile(
            asked,
            Rule("organizations", RuleEffect.Permit, Organization),
            Rule("asked-outside-services", RuleEffect.Review, All(Asked, Not(In("partner.kind", "communityService")))));
        var directory = new PartnerDirectory(Riverside, [FoodBank, ClimateNow]);

        Assert.Equal(EligibilityOutcome.Permit, policy.Decide(directory, Engage(EngagementKind.Outreach, FoodBank)));
        Assert.Equal(0, asked.Calls);

        // The rule is open for an advocacy group: the predicate is asked, and it holds.
        Assert.Equal(EligibilityOutcome.Review, policy.Decide(directory, Engage(EngagementKind.Outreach, ClimateNow)));
        Assert.Equal(1, asked.Calls);
    }
}
