using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Eligibility.EligibilityFixture;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>
/// The outcome-only path judges what a partner's static facts leave open on the engagement's facts read
/// as bits (<see cref="EngagementProfile"/>). These pin that path down beside the explaining one: a missing
/// engagement fact under a forbid fails closed, and a rule's effective dates hold on both boundary days.
/// </summary>
public sealed class EngagementBitsTests
{
    private static readonly DateOnly Day = new(2026, 3, 14);

    private static PolicyCondition Fact(string fact, PolicyValue value) => new PolicyCondition.FactTest { Fact = fact, Comparison = FactComparison.Is, Value = value };

    private static EligibilityOutcome DecideBoth(EligibilityPolicy policy, Engagement engagement)
    {
        var evaluator = EligibilityGenerators.Compile(policy);
        var directory = new PartnerDirectory(Riverside, [FoodBank]);
        var decided = evaluator.Decide(directory, engagement);
        Assert.Equal(decided, evaluator.Explain(directory, engagement).Outcome);
        Assert.Equal(ReferenceInterpreter.Decide(policy, directory, engagement), decided);
        return decided;
    }

    private static readonly PolicyRule PermitOrganizations = new()
    {
        Id = "organizations",
        Effect = RuleEffect.Permit,
        When = Fact("partner.type", PolicyValue.Of("organization")),
        Reason = "organizations",
    };

    [Theory]
    [InlineData(null, EligibilityOutcome.Review)]
    [InlineData(TargetKind.Person, EligibilityOutcome.Forbid)]
    [InlineData(TargetKind.Lawmaker, EligibilityOutcome.Permit)]
    public void A_forbid_on_an_engagement_fact_that_is_missing_sends_the_decision_to_review(TargetKind? target, EligibilityOutcome expected)
    {
        var policy = new EligibilityPolicy
        {
            Id = "bits",
            Version = "1",
            Rules =
            [
                PermitOrganizations,
                new PolicyRule
                {
                    Id = "message",
                    Effect = RuleEffect.Forbid,
                    When = new PolicyCondition.AllOf { Parts = [Fact("partner.type", PolicyValue.Of("organization")), Fact("engagement.messageConflictsWithTheoryOfChange", PolicyValue.Of(true))] },
                    Reason = "message",
                },
            ],
        };
        var engagement = new Engagement { Kind = EngagementKind.CoOrganizeEvent, Partners = [FoodBank.Id], Date = Day, Target = target };
        Assert.Equal(expected, DecideBoth(policy, engagement));
    }

    [Theory]
    [InlineData(-1, EligibilityOutcome.Permit)]
    [InlineData(0, EligibilityOutcome.Forbid)]
    [InlineData(1, EligibilityOutcome.Forbid)]
    [InlineData(2, EligibilityOutcome.Permit)]
    public void A_dated_rule_on_engagement_facts_holds_on_both_boundary_days(int offset, EligibilityOutcome expected)
    {
        var policy = new EligibilityPolicy
        {
            Id = "bits",
            Version = "1",
            Rules =
            [
                PermitOrganizations,
                new PolicyRule
                {
                    Id = "no-tactics-that-week",
                    Effect = RuleEffect.Forbid,
                    When = Fact("engagement.hasTactic", PolicyValue.Of(true)),
                    Reason = "no tactics",
                    EffectiveFrom = Day,
                    EffectiveUntil = Day.AddDays(1),
                },
            ],
        };
        var engagement = new Engagement { Kind = EngagementKind.CoOrganizeEvent, Partners = [FoodBank.Id], Date = Day.AddDays(offset), Tactic = new Tactic("rally") };
        Assert.Equal(expected, DecideBoth(policy, engagement));
    }
}
