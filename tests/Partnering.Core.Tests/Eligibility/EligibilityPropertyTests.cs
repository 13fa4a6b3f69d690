using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Eligibility.EligibilityGenerators;
using Partnering.Core.Documents;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>The invariants of the eligibility semantics, on generated policies and inputs.</summary>
[Properties(Arbitrary = [typeof(EligibilityArbitraries)])]
public class EligibilityPropertyTests
{
    private static EligibilityOutcome Decide(EligibilityPolicy policy, EligibilityCase input) => Compile(policy).Decide(input.Directory, input.Engagement);

    [Property(Runs = 400)]
    public void The_compiled_evaluator_agrees_with_the_reference_interpreter(PolicyCase c)
    {
        var evaluator = Compile(c.Policy);
        var expected = ReferenceInterpreter.Decide(c.Policy, c.Input.Directory, c.Input.Engagement);
        Assert.Equal(expected, evaluator.Decide(c.Input.Directory, c.Input.Engagement));
        Assert.Equal(expected, evaluator.Explain(c.Input.Directory, c.Input.Engagement).Outcome);
    }

    [Property(Runs = 300)]
    public void The_built_in_pack_agrees_with_the_reference_interpreter(EligibilityCase input)
    {
        var expected = ReferenceInterpreter.Decide(BuiltInPolicy.Pack, input.Directory, input.Engagement);
        Assert.Equal(expected, EligibilityFixture.BuiltIn.Decide(input.Directory, input.Engagement));
        Assert.Equal(expected, EligibilityFixture.BuiltIn.Explain(input.Directory, input.Engagement).Outcome);
    }

    [Property]
    public Property Adding_a_forbid_rule_never_makes_a_decision_less_strict(PolicyCase c)
        => Prop.ForAll(Rule("added-forbid", Gen.Constant(RuleEffect.Forbid)).ToArbitrary(), forbid =>
        {
            var before = Decide(c.Policy, c.Input);
            var after = Decide(c.Policy with { Rules = [.. c.Policy.Rules, forbid] }, c.Input);
            Assert.True(after >= before, $"{before} became {after}");
            Assert.True(after != EligibilityOutcome.Permit || before == EligibilityOutcome.Permit);
        });

    [Property]
    public void Removing_a_permit_rule_never_creates_a_permit(PolicyCase c)
    {
        var permits = c.Policy.Rules.Where(r => r.Effect == RuleEffect.Permit).ToList();
        if (permits.Count == 0)
        {
            return;
        }

        var removed = permits[c.Seed % permits.Count];
        var after = Decide(c.Policy with { Rules = [.. c.Policy.Rules.Where(r => r != removed)] }, c.Input);
        Assert.True(after != EligibilityOutcome.Permit || Decide(c.Policy, c.Input) == EligibilityOutcome.Permit);
    }

    [Property]
    public void Shuffling_the_rules_changes_nothing(PolicyCase c)
    {
        var shuffled = c.Policy with { Rules = [.. c.Policy.Rules.OrderBy(_ => new Random(c.Seed).Next()).Reverse()] };
        var random = new Random(c.Seed);
        var reordered = c.Policy with { Rules = [.. c.Policy.Rules.Select(r => (r, k: random.Next())).OrderBy(p => p.k).Select(p => p.r)] };
        foreach (var other in new[] { shuffled, reordered })
        {
            Assert.Equal(Decide(c.Policy, c.Input), Decide(other, c.Input));
            var a = Compile(c.Policy).Explain(c.Input.Directory, c.Input.Engagement);
            var b = Compile(other).Explain(c.Input.Directory, c.Input.Engagement);
            Assert.Equal(a.DecidingRules.Select(r => r.RuleId + r.Partner).Order(), b.DecidingRules.Select(r => r.RuleId + r.Partner).Order());
        }
    }

    [Property]
    public void Screening_a_directory_agrees_with_one_decision_per_partner(PolicyCase c)
    {
        var evaluator = Compile(c.Policy);
        var date = c.Input.Engagement.Date;
        var screening = evaluator.ScreenPartners(c.Input.Directory, date);
        Assert.Equal(c.Input.Directory.Partners.Select(p => p.Id), screening.Select(s => s.Partner));
        foreach (var entry in screening)
        {
            var one = new Engagement { Kind = EngagementKind.Partnership, Partners = [entry.Partner], Date = date };
            Assert.Equal(ReferenceInterpreter.Decide(c.Policy, c.Input.Directory, one), entry.Outcome);
        }
    }

    [Property]
    public bool An_empty_policy_permits_nothing(EligibilityCase input)
        => Decide(new EligibilityPolicy { Id = "empty", Version = "1" }, input) == EligibilityOutcome.NotPermitted;

    [Property]
    public void Every_well_typed_input_gets_a_decision_and_errors_only_name_missing_facts(PolicyCase c)
    {
        var decision = Compile(c.Policy).Explain(c.Input.Directory, c.Input.Engagement);
        Assert.True(Enum.IsDefined(decision.Outcome));
        Assert.All(decision.Errors, e => Assert.Contains("is not known", e, StringComparison.Ordinal));
        if (decision.Findings.Any(f => f.Error is not null && f.Effect != RuleEffect.Permit))
        {
            Assert.True(decision.Outcome >= EligibilityOutcome.Review, "a rule that could not be evaluated must not leave a permit");
        }
    }

    [Property]
    public void A_validated_policy_never_errors_on_a_complete_input(PolicyCase c)
    {
        // A complete input: a known organization, a target, a tactic, a named member.
        var engagement = c.Input.Engagement with
        {
            Partners = [EligibilityFixture.ClimateNow.Id],
            Target = TargetKind.Lawmaker,
            Tactic = new Tactic("rally"),
            Member = new PartyId("m-ana"),
        };
        var organizationFacts = c.Policy.Rules.All(r => r.When is null || !Mentions(r.When, "partner.roles", "partner.runningForOffice", "partner.holdsElectedOffice", "partner.baseSize", "partner.backedByOurNationalBody"));
        if (new PolicyCompiler().Validate(c.Policy).Count > 0 || !organizationFacts)
        {
            return;
        }

        Assert.Empty(new PolicyCompiler().Compile(c.Policy).Explain(c.Input.Directory, engagement).Errors);
    }

    private static bool Mentions(PolicyCondition condition, params string[] facts) => condition switch
    {
        PolicyCondition.AllOf all => all.Parts.Any(p => Mentions(p, facts)),
        PolicyCondition.AnyOf any => any.Parts.Any(p => Mentions(p, facts)),
        PolicyCondition.Negation not => Mentions(not.Part, facts),
        PolicyCondition.FactTest test => facts.Contains(test.Fact),
        _ => false,
    };

    [Property]
    public void Saving_and_loading_a_policy_is_lossless(EligibilityPolicy policy)
    {
        var json = PolicyDocument.Save(policy);
        var loaded = PolicyDocument.Load(json).GetValueOrThrow();
        Assert.Equal(policy, loaded);
        Assert.Equal(json, PolicyDocument.Save(loaded));
        Assert.Equal(PolicyDocument.ContentHash(policy), PolicyDocument.ContentHash(loaded));
    }

    [Property(Runs = 300)]
    public void Re_evaluating_with_only_the_deciding_rules_gives_the_same_outcome(PolicyCase c)
    {
        var decision = Compile(c.Policy).Explain(c.Input.Directory, c.Input.Engagement);
        var ids = decision.DecidingRules.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        var only = c.Policy with { Rules = [.. c.Policy.Rules.Where(r => ids.Contains(r.Id))] };
        Assert.Equal(decision.Outcome, Decide(only, c.Input));
    }

    [Property(Runs = 30)]
    public Property Parallel_evaluation_equals_sequential(EligibilityPolicy policy)
        => Prop.ForAll(Input().ListOf(20).Select(l => l.ToArray()).ToArbitrary(), inputs =>
        {
            var evaluator = Compile(policy);
            var sequential = inputs.Select(i => evaluator.Decide(i.Directory, i.Engagement)).ToArray();
            var parallel = new EligibilityOutcome[inputs.Length];
            Parallel.For(0, inputs.Length, i => parallel[i] = evaluator.Decide(inputs[i].Directory, inputs[i].Engagement));
            var explained = inputs.AsParallel().AsOrdered().Select(i => evaluator.Explain(i.Directory, i.Engagement).Outcome).ToArray();
            Assert.Equal(sequential, parallel);
            Assert.Equal(sequential, explained);
        });

    [Property(Runs = 30)]
    public void A_decision_after_shuffling_a_policy_keeps_its_content_hash_distinct(PolicyCase c)
    {
        var evaluator = Compile(c.Policy);
        Assert.Equal(64, evaluator.ContentHash.Length);
        Assert.Equal(evaluator.ContentHash, Compile(PolicyDocument.Load(PolicyDocument.Save(c.Policy)).GetValueOrThrow()).ContentHash);
    }
}
