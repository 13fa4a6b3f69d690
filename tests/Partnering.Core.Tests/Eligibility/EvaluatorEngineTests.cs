using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Eligibility.EligibilityFixture;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>
/// The policy evaluator's own semantics, on small hand-made policies (not the built-in pack): errors
/// never turn into a permit, a rule's effective dates include both boundary days, the strictest
/// outcome wins, and <c>atLeast</c> holds exactly at its threshold. Both paths are checked, the fast
/// <c>Decide</c> and the explaining <c>Explain</c>; rules apply to every kind or to one kind.
/// </summary>
public sealed class EvaluatorEngineTests
{
    private static readonly DateOnly Day = new(2026, 3, 14);

    private static PolicyRule Rule(string id, RuleEffect effect, PolicyCondition? when = null, bool partnershipOnly = false, DateOnly? from = null, DateOnly? until = null) => new()
    {
        Id = id,
        Effect = effect,
        When = when,
        Reason = $"rule {id}",
        AppliesTo = partnershipOnly ? [EngagementKind.Partnership] : [],
        EffectiveFrom = from,
        EffectiveUntil = until,
    };

    private static PolicyCondition Fact(string fact, FactComparison comparison, PolicyValue value) => new PolicyCondition.FactTest { Fact = fact, Comparison = comparison, Value = value };

    // Both facts are about individuals: on an organization they cannot be evaluated (Unknown).
    private static PolicyCondition RunningForOffice => Fact("partner.runningForOffice", FactComparison.Is, PolicyValue.Of(true));

    private static PolicyCondition HoldsOffice => Fact("partner.holdsElectedOffice", FactComparison.Is, PolicyValue.Of(true));

    private static (EligibilityOutcome Decided, EligibilityDecision Explained) Run(Organization partner, params PolicyRule[] rules)
    {
        var evaluator = EligibilityGenerators.Compile(new EligibilityPolicy { Id = "engine", Version = "1", Rules = rules });
        var directory = new PartnerDirectory(Riverside, [partner]);
        var engagement = new Engagement { Kind = EngagementKind.Partnership, Partners = [partner.Id], Date = Day };
        return (evaluator.Decide(directory, engagement), evaluator.Explain(directory, engagement));
    }

    private static void Outcome(EligibilityOutcome expected, (EligibilityOutcome Decided, EligibilityDecision Explained) run)
    {
        Assert.Equal(expected, run.Decided);
        Assert.Equal(expected, run.Explained.Outcome);
    }

    // cedar#2428: an erroring forbid must not turn into a permit, however many there are. The evaluator
    // files rules by what they test first (a partner id, an organization kind, or neither), and checks
    // an engagement without partners on its own path: each of these is exercised.
    [Theory]
    [InlineData(1, "general", false)]
    [InlineData(2, "general", false)]
    [InlineData(3, "general", false)]
    [InlineData(2, "general", true)]
    [InlineData(2, "kind", false)]
    [InlineData(3, "kind", true)]
    [InlineData(2, "id", false)]
    [InlineData(2, "no partner", false)]
    public void Forbid_rules_that_cannot_be_evaluated_send_a_permitted_engagement_to_review_never_permit(int erroring, string filed, bool partnershipOnly)
    {
        PolicyCondition Filed(PolicyCondition test) => filed switch
        {
            "kind" => new PolicyCondition.AllOf { Parts = [Fact("partner.kind", FactComparison.Is, PolicyValue.Of("issueAdvocacy")), test] },
            "id" => new PolicyCondition.AllOf { Parts = [Fact("partner.id", FactComparison.Is, PolicyValue.Of(ClimateNow.Id.Value)), test] },
            _ => test,
        };
        var forbids = Enumerable.Range(0, erroring).Select(i => Rule($"forbid-{i}", RuleEffect.Forbid, Filed(i % 2 == 0 ? RunningForOffice : HoldsOffice), partnershipOnly)).ToArray();
        var rules = new[] { Rule("permit-all", RuleEffect.Permit) }.Concat(forbids).ToArray();
        var run = filed == "no partner" ? RunWithoutPartners(rules) : Run(ClimateNow, rules);

        Outcome(EligibilityOutcome.Review, run);
        Assert.Equal(erroring, run.Explained.Errors.Count);
    }

    private static (EligibilityOutcome Decided, EligibilityDecision Explained) RunWithoutPartners(params PolicyRule[] rules)
    {
        var evaluator = EligibilityGenerators.Compile(new EligibilityPolicy { Id = "engine", Version = "1", Rules = rules });
        var directory = new PartnerDirectory(Riverside, [ClimateNow]);
        var engagement = new Engagement { Kind = EngagementKind.Partnership, Partners = [], Date = Day };
        return (evaluator.Decide(directory, engagement), evaluator.Explain(directory, engagement));
    }

    [Fact]
    public void Two_erroring_forbids_beside_a_firing_forbid_still_forbid()
    {
        var run = Run(ClimateNow, Rule("permit-all", RuleEffect.Permit), Rule("e1", RuleEffect.Forbid, RunningForOffice), Rule("e2", RuleEffect.Forbid, HoldsOffice), Rule("always", RuleEffect.Forbid));
        Outcome(EligibilityOutcome.Forbid, run);
    }

    [Fact]
    public void An_erroring_permit_rule_alone_permits_nothing()
        => Outcome(EligibilityOutcome.NotPermitted, Run(ClimateNow, Rule("permit-runner", RuleEffect.Permit, RunningForOffice)));

    [Theory]
    [InlineData(-1, false)] // the day before the rule starts
    [InlineData(0, true)]   // its first day
    [InlineData(10, true)]
    [InlineData(20, true)]  // its last day
    [InlineData(21, false)] // the day after it ends
    public void A_rule_applies_from_its_first_day_to_its_last_day_inclusive(int offset, bool applies)
    {
        foreach (var partnershipOnly in new[] { false, true })
        {
            var from = Day.AddDays(-offset);
            var until = from.AddDays(20);

            // a dated forbid beside a permit
            var forbid = Run(ClimateNow, Rule("permit-all", RuleEffect.Permit), Rule("dated-forbid", RuleEffect.Forbid, null, partnershipOnly, from, until));
            Outcome(applies ? EligibilityOutcome.Forbid : EligibilityOutcome.Permit, forbid);

            // a dated permit alone
            var permit = Run(ClimateNow, Rule("dated-permit", RuleEffect.Permit, null, partnershipOnly, from, until));
            Outcome(applies ? EligibilityOutcome.Permit : EligibilityOutcome.NotPermitted, permit);

            // a dated erroring forbid: only sends to review while in force
            var erroring = Run(ClimateNow, Rule("permit-all", RuleEffect.Permit), Rule("dated-error", RuleEffect.Forbid, RunningForOffice, partnershipOnly, from, until));
            Outcome(applies ? EligibilityOutcome.Review : EligibilityOutcome.Permit, erroring);
        }
    }

    [Theory]
    [InlineData(RuleEffect.Permit, RuleEffect.PermitWithConditions, EligibilityOutcome.PermitWithConditions)]
    [InlineData(RuleEffect.PermitWithConditions, RuleEffect.Permit, EligibilityOutcome.PermitWithConditions)]
    [InlineData(RuleEffect.Permit, RuleEffect.Review, EligibilityOutcome.Review)]
    [InlineData(RuleEffect.Review, RuleEffect.PermitWithConditions, EligibilityOutcome.Review)]
    [InlineData(RuleEffect.Review, RuleEffect.Review, EligibilityOutcome.NotPermitted)] // review is not a permit
    [InlineData(RuleEffect.PermitWithConditions, RuleEffect.PermitWithConditions, EligibilityOutcome.PermitWithConditions)]
    [InlineData(RuleEffect.Permit, RuleEffect.Permit, EligibilityOutcome.Permit)]
    public void The_strictest_of_the_firing_rules_wins_whatever_their_order(RuleEffect first, RuleEffect second, EligibilityOutcome expected)
    {
        foreach (var partnershipOnly in new[] { false, true })
        {
            var run = Run(ClimateNow, Rule("a", first, null, partnershipOnly), Rule("b", second));
            Outcome(expected, run);
            if (expected != EligibilityOutcome.NotPermitted)
            {
                // the strictest firing rule is among the deciding ones
                var strictest = first > second ? "a" : second > first ? "b" : null;
                var deciding = run.Explained.DecidingRules.Select(r => r.RuleId).ToArray();
                Assert.NotEmpty(deciding);
                if (strictest is not null)
                {
                    Assert.Contains(strictest, deciding);
                }
            }
        }
    }

    [Theory]
    [InlineData(499, false)]
    [InlineData(500, true)] // exactly at the threshold
    [InlineData(501, true)]
    public void AtLeast_holds_exactly_at_its_threshold(int baseSize, bool holds)
    {
        var big = ClimateNow with { BaseSize = baseSize };
        var rule = Rule("big-base", RuleEffect.Permit, Fact("partner.baseSize", FactComparison.AtLeast, PolicyValue.Of(500)));
        Outcome(holds ? EligibilityOutcome.Permit : EligibilityOutcome.NotPermitted, Run(big, rule));
    }

    [Theory]
    [InlineData(499, true)]
    [InlineData(500, true)] // exactly at the threshold
    [InlineData(501, false)]
    public void AtMost_holds_exactly_at_its_threshold(int baseSize, bool holds)
    {
        var small = ClimateNow with { BaseSize = baseSize };
        var rule = Rule("small-base", RuleEffect.Permit, Fact("partner.baseSize", FactComparison.AtMost, PolicyValue.Of(500)));
        Outcome(holds ? EligibilityOutcome.Permit : EligibilityOutcome.NotPermitted, Run(small, rule));
    }

    [Fact]
    public void A_rule_for_one_organization_kind_applies_to_that_kind_only()
    {
        var kindForbid = Rule("no-advocacy", RuleEffect.Forbid, Fact("partner.kind", FactComparison.Is, PolicyValue.Of("issueAdvocacy")));
        Outcome(EligibilityOutcome.Forbid, Run(ClimateNow, Rule("permit-all", RuleEffect.Permit), kindForbid));
        Outcome(EligibilityOutcome.Permit, Run(FoodBank, Rule("permit-all", RuleEffect.Permit), kindForbid));
    }
}
