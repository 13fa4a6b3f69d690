using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Collaboration;
using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Collaboration.CollaborationFixtures;

namespace Partnering.Core.Tests.Collaboration;

/// <summary>The tactic check is the eligibility engine's decision: one rule system.</summary>
public class TacticReviewPropertyTests
{
    private static readonly string[] TacticPool = ["rally", "town hall questions", "town hall disruption", "banner drop", "sit-in", "petition"];
    private static readonly PartyId[] Proposers = [ClimateGroup, FaithCoalition, Union, new("org-unknown")];
    private static readonly IEligibilityEvaluator Evaluator = new PolicyCompiler().Compile(BuiltInPolicy.Pack);
    private static readonly ITacticReview Review = new EligibilityTacticReview(Evaluator);

    /// <summary>A chapter with some tactics allowed and some disallowed, a proposal, and its day.</summary>
    public sealed record TacticCase(PartnerDirectory Directory, TacticProposal Proposal, DateOnly Day)
    {
        public override string ToString()
            => $"allowed=[{string.Join(",", Directory.Chapter.AllowedTactics)}] disallowed=[{string.Join(",", Directory.Chapter.DisallowedTactics)}] "
                + $"tactic={Proposal.Tactic} by={Proposal.ProposedBy} target={Proposal.Target} day={Day:yyyy-MM-dd}";
    }

    private static readonly Arbitrary<TacticCase> Cases = Arb.From(
        from sides in Gen.ArrayOf(Gen.Choose(0, 2), TacticPool.Length)
        from tactic in Gen.Elements(TacticPool)
        from proposer in Gen.Elements(Proposers.Select(p => (PartyId?)p).Append(null).ToArray())
        from target in Gen.Elements(Enum.GetValues<TargetKind>().Select(t => (TargetKind?)t).Append(null).ToArray())
        from days in Gen.Choose(0, 365)
        select Build(sides, tactic, proposer, target, days));

    private static TacticCase Build(int[] sides, string tactic, PartyId? proposer, TargetKind? target, int days)
    {
        var chapter = OurChapter with
        {
            AllowedTactics = TacticPool.Where((_, i) => sides[i] == 1).Select(t => new Tactic(t)).ToArray(),
            DisallowedTactics = TacticPool.Where((_, i) => sides[i] == 2).Select(t => new Tactic(t)).ToArray(),
        };
        var proposal = new TacticProposal { Tactic = new Tactic(tactic), ProposedBy = proposer, Target = target, Description = "A joint action." };
        return new(new PartnerDirectory(chapter, OurWorkspace.Partners), proposal, new DateOnly(2026, 1, 1).AddDays(days));
    }

    [Property]
    public Property The_verdict_is_the_eligibility_engines_decision_for_the_same_engagement()
        => Prop.ForAll(Cases, c =>
        {
            var verdict = Review.Review(c.Proposal, c.Directory, c.Day);
            var engagement = EligibilityTacticReview.EngagementFor(c.Proposal, c.Day);
            var decision = Evaluator.Explain(c.Directory, engagement);

            Assert.Equal(Evaluator.Decide(c.Directory, engagement), verdict.Outcome);
            Assert.Equal(ReferenceInterpreter.Decide(BuiltInPolicy.Pack, c.Directory, engagement), verdict.Outcome);
            Assert.Equal(decision, verdict.Decision);
            Assert.Equal(decision.DecidingRules.Select(r => r.RuleId), verdict.Reasons.Select(r => r.RuleId).Take(decision.DecidingRules.Count));
            Assert.NotEmpty(verdict.Reasons);
        });

    [Property]
    public Property A_disallowed_tactic_is_never_joined_and_an_undecided_one_is_never_a_yes()
        => Prop.ForAll(Cases, c =>
        {
            var verdict = Review.Review(c.Proposal, c.Directory, c.Day);
            var chapter = c.Directory.Chapter;
            if (chapter.DisallowedTactics.Contains(c.Proposal.Tactic))
            {
                Assert.Equal(EligibilityOutcome.Forbid, verdict.Outcome);
                Assert.Contains(verdict.Reasons, r => r.RuleId == "tactics-fit-theory-of-change");
            }
            else if (!chapter.AllowedTactics.Contains(c.Proposal.Tactic))
            {
                Assert.False(verdict.Join);
            }
        });

    [Property]
    public Property An_allowed_tactic_from_a_partner_no_rule_forbids_aimed_at_a_target_we_pressure_is_joined()
        => Prop.ForAll(Cases, c =>
        {
            var proposal = c.Proposal with { ProposedBy = ClimateGroup, Target = TargetKind.Lawmaker };
            var chapter = c.Directory.Chapter;
            var verdict = Review.Review(proposal, c.Directory, c.Day);
            Assert.Equal(chapter.AllowedTactics.Contains(proposal.Tactic), verdict.Join);
        });

    [Fact]
    public void A_replaced_policy_changes_the_tactic_verdict_the_same_way_it_changes_eligibility()
    {
        var withoutTacticRules = BuiltInPolicy.Pack with
        {
            Rules = BuiltInPolicy.Pack.Rules.Where(r => !r.Id.StartsWith("tactics-", StringComparison.Ordinal)).ToArray(),
        };
        var evaluator = new PolicyCompiler().Compile(withoutTacticRules);
        var proposal = new TacticProposal { Tactic = new Tactic("town hall disruption"), ProposedBy = ClimateGroup, Target = TargetKind.Lawmaker };
        var directory = PartnerDirectory.From(OurWorkspace);

        var verdict = new EligibilityTacticReview(evaluator).Review(proposal, directory, new DateOnly(2026, 3, 21));

        Assert.NotEqual(EligibilityOutcome.Forbid, verdict.Outcome);
        Assert.Equal(evaluator.Decide(directory, EligibilityTacticReview.EngagementFor(proposal, new DateOnly(2026, 3, 21))), verdict.Outcome);
    }
}
