using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnering.Core.Eligibility;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>A built-in pack, compiled, named for counterexamples.</summary>
public sealed record PackChoice(string Name, EligibilityPolicy Policy, IEligibilityEvaluator Evaluator)
{
    public static readonly PackChoice[] All =
    [
        Of(BuiltInPolicy.IssueAdvocacy),
        Of(BuiltInPolicy.Electoral),
        Of(BuiltInPolicy.Strictest),
    ];

    private static PackChoice Of(EligibilityPolicy policy) => new(policy.Id, policy, new PolicyCompiler().Compile(policy));

    public override string ToString() => Name;
}

/// <summary>The generators the pack properties draw from.</summary>
public static class PackArbitraries
{
    public static Arbitrary<EligibilityCase> Cases() => EligibilityGenerators.Input().ToArbitrary();

    public static Arbitrary<PackChoice> Packs() => Gen.Elements(PackChoice.All).ToArbitrary();
}

/// <summary>The invariants the packs must keep whatever the chapter meets (issue #11).</summary>
[Properties(Arbitrary = [typeof(PackArbitraries)], MaxTest = 300)]
public class PackPropertyTests
{
    private static readonly Tactic[] Tactics = [new("disrupt town hall"), new("rally"), new("banner drop"), new("call-in day")];

    [Property]
    public void The_reference_interpreter_agrees_with_the_engine_on_every_pack(EligibilityCase input, PackChoice pack)
    {
        var expected = ReferenceInterpreter.Decide(pack.Policy, input.Directory, input.Engagement);
        Assert.Equal(expected, pack.Evaluator.Decide(input.Directory, input.Engagement));
        Assert.Equal(expected, pack.Evaluator.Explain(input.Directory, input.Engagement).Outcome);
    }

    [Property]
    public void No_rule_reads_free_text(EligibilityCase input, PackChoice pack)
    {
        // Every field written for people (goals, descriptions, history, base, messages...) is rewritten.
        var chapter = input.Directory.Chapter;
        var rewritten = chapter with
        {
            TheoryOfChange = chapter.TheoryOfChange with { Summary = "Something else entirely", OpposedOutcomes = ["clean air", "stop cuts to Medicaid", "everything"] },
            Members = [.. chapter.Members.Select(m => m with { Skills = ["juggling"] })],
            Positions = [.. chapter.Positions.Select(p => p with { Description = "reworded" })],
            PointOfContact = chapter.PointOfContact,
        };
        var partners = input.Directory.Partners.Select(p => p switch
        {
            Organization o => (Partner)(o with
            {
                Goals = ["Repeal the Affordable Care Act", "cuts to Medicaid", "clean air"],
                Capacities = ["volunteers"],
                Constraints = ["no weekends"],
                Base = "anyone",
                History = ["argued with us in 2019"],
                Website = "https://elsewhere.example",
                Contacts = [new ContactPoint { Name = "Someone", Email = "x@example.org" }],
                Practices = [.. o.Practices.Select(x => x with { Description = "in other words" })],
                Positions = [.. o.Positions.Select(x => x with { Description = "in other words" })],
            }),
            _ => p with { Website = "https://elsewhere.example" },
        });
        var directory = new PartnerDirectory(rewritten, partners);
        var engagement = input.Engagement with { Message = "Rally against the governor personally, repeal everything" };

        Assert.Equal(pack.Evaluator.Decide(input.Directory, input.Engagement), pack.Evaluator.Decide(directory, engagement));
        var before = pack.Evaluator.Explain(input.Directory, input.Engagement);
        var after = pack.Evaluator.Explain(directory, engagement);
        Assert.Equal(before.Outcome, after.Outcome);
        Assert.Equal(before.DecidingRules.Select(r => r.RuleId), after.DecidingRules.Select(r => r.RuleId));
        Assert.Equal(before.ConditionsToHonour, after.ConditionsToHonour);
    }

    [Property]
    public void An_organization_of_unknown_kind_or_nature_never_gets_a_permit(EligibilityCase input, PackChoice pack, EngagementKind kind, byte which)
    {
        var partners = input.Directory.Partners.Select(p => p is Organization o
            ? (Partner)((which % 3) switch
            {
                0 => o with { Kind = OrganizationKind.Unknown },
                1 => o with { PartisanNature = PartisanNature.Unknown },
                _ => o with { Kind = OrganizationKind.Unknown, PartisanNature = PartisanNature.Unknown },
            })
            : p).ToArray();
        var directory = new PartnerDirectory(input.Directory.Chapter, partners);
        var organization = partners.OfType<Organization>().First();
        var engagement = input.Engagement with { Kind = kind, Partners = [organization.Id, .. input.Engagement.Partners] };

        var outcome = pack.Evaluator.Decide(directory, engagement);
        Assert.True(outcome >= EligibilityOutcome.Review, $"{organization.Kind}/{organization.PartisanNature} got {outcome}");
        Assert.Equal(outcome, pack.Evaluator.Explain(directory, engagement).Outcome);
    }

    // Issue #11: unknown is never a plain yes. An organization whose tax status nobody has checked may be
    // a 501(c)(3) (seed 001, rule 9: wary of overtly political framing), so the best it gets is a permit
    // with the framing condition, in every engagement kind and either pack.
    [Property]
    public void An_organization_of_unknown_tax_status_never_gets_a_plain_permit(EligibilityCase input, PackChoice pack, EngagementKind kind)
    {
        var partners = input.Directory.Partners.Select(p => p is Organization o ? (Partner)(o with { TaxStatus = TaxStatus.Unknown }) : p).ToArray();
        var directory = new PartnerDirectory(input.Directory.Chapter, partners);
        var organization = partners.OfType<Organization>().First();
        var engagement = input.Engagement with { Kind = kind, Partners = [organization.Id, .. input.Engagement.Partners] };

        var outcome = pack.Evaluator.Decide(directory, engagement);
        Assert.NotEqual(EligibilityOutcome.Permit, outcome);
        Assert.Equal(outcome, pack.Evaluator.Explain(directory, engagement).Outcome);
    }

    [Property]
    public void Adding_a_tactic_to_a_partners_repertoire_never_changes_the_partnership_decision(EligibilityCase input, PackChoice pack, byte pick)
    {
        var tactic = Tactics[pick % Tactics.Length];
        var partners = input.Directory.Partners.Select(p => p is Organization o ? (Partner)(o with { Tactics = [.. o.Tactics, tactic] }) : p);
        var directory = new PartnerDirectory(input.Directory.Chapter, partners);
        var date = input.Engagement.Date;
        Assert.Equal(pack.Evaluator.ScreenPartners(input.Directory, date), pack.Evaluator.ScreenPartners(directory, date));
    }

    [Property]
    public void Both_packs_agree_on_what_the_seeds_say_both_must_do(EligibilityCase input)
    {
        // Officials in their official capacity (not running), community-only spaces and 501(c)(3) framing
        // bind an issue-advocacy chapter and an electoral team alike: over nonpartisan organizations and
        // officials who are not running, the two packs give the same outcome with the same conditions.
        var partners = input.Directory.Partners.Select(p => p switch
        {
            Organization o => (Partner)(o with
            {
                PartisanNature = PartisanNature.Nonpartisan,
                Kind = o.Kind is OrganizationKind.PoliticalParty or OrganizationKind.PartyClub or OrganizationKind.CandidateCampaign or OrganizationKind.ElectoralCommittee
                    ? OrganizationKind.CommunityService
                    : o.Kind,
            }),
            Individual i => i with { Roles = [IndividualRole.ElectedOfficial], Candidacies = [] },
            _ => p,
        });
        var directory = new PartnerDirectory(input.Directory.Chapter, partners);
        var issueAdvocacy = PackChoice.All[0].Evaluator.Explain(directory, input.Engagement);
        var electoral = PackChoice.All[1].Evaluator.Explain(directory, input.Engagement);
        Assert.Equal(issueAdvocacy.Outcome, electoral.Outcome);
        Assert.Equal(issueAdvocacy.ConditionsToHonour.Order(), electoral.ConditionsToHonour.Order());
    }
}
