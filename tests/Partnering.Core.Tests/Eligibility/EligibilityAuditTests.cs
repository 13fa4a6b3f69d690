using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Eligibility.EligibilityFixture;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>Decision records, what-if comparisons, custom predicates and DI registration.</summary>
public class EligibilityAuditTests
{
    [Fact]
    public void Identical_inputs_give_byte_identical_redacted_records()
    {
        var engagement = Engage(EngagementKind.CoOrganizeEvent, HealthFirst) with
        {
            Target = TargetKind.Person,
            Message = "Contact ana@example.org or +1 (614) 555-0100 to join the rally against him",
            Member = new PartyId("m-ana"),
        };
        var first = Partnering.Core.Documents.DecisionRecordDocument.Save(DecisionRecord.From(BuiltIn.Explain(Bundle, engagement)));
        var second = Partnering.Core.Documents.DecisionRecordDocument.Save(DecisionRecord.From(new PolicyCompiler().Compile(BuiltInPolicy.Pack).Explain(new PartnerDirectory(Riverside, Partners), engagement)));
        Assert.Equal(first, second);
        Assert.DoesNotContain("ana@example.org", first, StringComparison.Ordinal);
        Assert.DoesNotContain("555", first, StringComparison.Ordinal);
        Assert.Contains("[redacted]", first, StringComparison.Ordinal);
        Assert.Contains("\"outcome\":\"forbid\"", first, StringComparison.Ordinal);
        Assert.Contains(BuiltIn.ContentHash, first, StringComparison.Ordinal);
        Assert.Contains("\"asOf\":\"2026-03-14\"", first, StringComparison.Ordinal);
        Assert.Contains("message-fits-theory-of-change", first, StringComparison.Ordinal);

        using var stream = new MemoryStream();
        Partnering.Core.Documents.DecisionRecordDocument.Save(DecisionRecord.From(BuiltIn.Explain(Bundle, engagement)), stream);
        Assert.Equal(first, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void The_content_hash_is_the_hash_of_the_policy_document_served_by_the_documents_layer()
    {
        // the eligibility capability names no document type: the documents layer provides the hash when the assembly loads
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(PolicyDocument.Save(BuiltInPolicy.Pack, indented: false)))).ToLowerInvariant();

        Assert.Equal(hash, BuiltIn.ContentHash);
        Assert.Equal(hash, PolicyDocument.ContentHash(BuiltInPolicy.Pack));
    }

    [Fact]
    public void The_content_hash_changes_with_the_policy()
    {
        var changed = BuiltInPolicy.Pack with { Version = "1.0.1" };
        Assert.NotEqual(BuiltIn.ContentHash, new PolicyCompiler().Compile(changed).ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", BuiltIn.ContentHash);
    }

    [Fact]
    public void What_if_names_the_partners_that_change_and_the_rules_that_cause_it()
    {
        var stricter = BuiltInPolicy.Pack.ExtendWith(new EligibilityPolicy
        {
            Id = "partnering.builtin",
            Version = "1.1.0",
            Rules =
            [
                BuiltInPolicy.Pack.Rules.Single(r => r.Id == "charity-issue-framing") with { Effect = RuleEffect.Review, Conditions = [], Reviewers = ["steering committee"] },
            ],
        });
        var changes = PolicyWhatIf.ComparePartners(BuiltIn, new PolicyCompiler().Compile(stricter), Bundle, Today);
        var change = Assert.Single(changes);
        Assert.Equal(FoodBank.Id, change.Engagement.Partners[0]);
        Assert.Equal(EligibilityOutcome.PermitWithConditions, change.Before);
        Assert.Equal(EligibilityOutcome.Review, change.After);
        Assert.Equal(["charity-issue-framing"], change.Causes);
    }

    [Fact]
    public void What_if_with_identical_policies_finds_nothing()
        => Assert.Empty(PolicyWhatIf.ComparePartners(BuiltIn, BuiltIn, Bundle, Today));

    private sealed class WithinMiles : IEligibilityPredicate
    {
        public string Name => "withinMiles";

        public IReadOnlyList<PredicateParameter> Parameters { get; } = [new("miles", PredicateParameterType.Number)];

        public bool? Evaluate(in PredicateInput input, PredicateArguments arguments)
            => input.Partner is null ? null : input.Partner.Tags.Contains("nearby") && arguments.GetNumber("miles") >= 10;
    }

    [Fact]
    public void Custom_predicates_registered_through_di_are_known_to_validation_and_evaluation()
    {
        var services = new ServiceCollection();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEligibilityPredicate, WithinMiles>());
        services.AddPartnering();
        using var provider = services.BuildServiceProvider();
        var compiler = provider.GetRequiredService<IPolicyCompiler>();
        var policy = new EligibilityPolicy
        {
            Id = "local",
            Version = "1",
            Rules = [new PolicyRule { Id = "nearby", Effect = RuleEffect.Permit, Reason = "Close enough to show up for each other.", When = new PolicyCondition.PredicateTest { Name = "withinMiles", Arguments = [new("miles", PolicyValue.Of(25))] } }],
        };
        Assert.Empty(compiler.Validate(policy));
        var badArgs = policy with { Rules = [policy.Rules[0] with { When = new PolicyCondition.PredicateTest { Name = "withinMiles", Arguments = [new("miles", PolicyValue.Of("far"))] } }] };
        Assert.Contains(compiler.Validate(badArgs), p => p.Path == "$.rules[0].when.args.miles");
        Assert.Contains(new PolicyCompiler().Validate(policy), p => p.Path == "$.rules[0].when.predicate");

        var nearby = Bowling with { Tags = ["nearby"] };
        var directory = new PartnerDirectory(Riverside, [nearby]);
        var evaluator = compiler.Compile(policy);
        Assert.Equal(EligibilityOutcome.Permit, evaluator.Decide(directory, Engage(EngagementKind.Partnership, nearby)));
        Assert.Equal(EligibilityOutcome.NotPermitted, evaluator.Decide(Bundle, Engage(EngagementKind.Partnership, Bowling)));
    }

    [Fact]
    public void AddPartnering_registers_the_compiler_and_a_built_in_evaluator_and_keeps_an_application_replacement()
    {
        var services = new ServiceCollection();
        services.AddPartnering();
        services.AddPartnering();
        using var provider = services.BuildServiceProvider();
        Assert.Single(services, d => d.ServiceType == typeof(IPolicyCompiler));
        Assert.Equal(BuiltInPolicy.Id, provider.GetRequiredService<IEligibilityEvaluator>().Policy.Id);

        var custom = new ServiceCollection();
        var mine = new PolicyCompiler();
        custom.AddSingleton<IPolicyCompiler>(mine);
        custom.AddPartnering();
        using var customProvider = custom.BuildServiceProvider();
        Assert.Same(mine, customProvider.GetRequiredService<IPolicyCompiler>());
    }
}
