using System;
using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;

namespace Partnering.Core.Collaboration;

/// <summary>
/// The verdict on a tactic proposed for a joint action: the eligibility engine's decision on the
/// engagement, and its deciding rules as reasons. We join only when <see cref="Outcome"/> is
/// <see cref="EligibilityOutcome.Permit"/> or <see cref="EligibilityOutcome.PermitWithConditions"/>.
/// </summary>
public sealed record TacticVerdict
{
    /// <summary>The proposal judged.</summary>
    public required TacticProposal Proposal { get; init => field = Guard.NotNull(value); }

    /// <summary>The outcome.</summary>
    public required EligibilityOutcome Outcome { get; init; }

    /// <summary>The reasons, each with its rule id: the deciding rules first, then why a rule could not be evaluated or what would have to change.</summary>
    public IReadOnlyList<CheckFinding> Reasons { get; init => field = Guard.List(value); } = ValueList<CheckFinding>.Empty;

    /// <summary>The eligibility decision the verdict comes from (facts used, conditions, reviewers, closest permit), when an engine judged it.</summary>
    public EligibilityDecision? Decision { get; init; }

    /// <summary>Whether the chapter joins the action with this tactic.</summary>
    public bool Join => Outcome <= EligibilityOutcome.PermitWithConditions;
}

/// <summary>
/// Checks a tactic proposed for a joint action against the chapter's theory of change and tactics. The
/// default, <see cref="EligibilityTacticReview"/>, asks the eligibility engine: there is one rule system.
/// </summary>
public interface ITacticReview
{
    /// <summary>Judges a proposal.</summary>
    /// <param name="proposal">The tactic proposed.</param>
    /// <param name="directory">The chapter (with its theory of change and allowed and disallowed tactics) and its partners.</param>
    /// <param name="actionDate">The day of the joint action.</param>
    /// <returns>The verdict with its reasons.</returns>
    TacticVerdict Review(TacticProposal proposal, PartnerDirectory directory, DateOnly actionDate);
}

/// <summary>
/// The tactic review backed by the eligibility engine. A proposal becomes a
/// <see cref="EngagementKind.CoalitionTable"/> engagement with the proposed tactic, the proposing partner,
/// the date, and the target and description as the message; the verdict is the evaluator's explained
/// decision. With the built-in pack a disallowed tactic is forbidden (<c>tactics-fit-theory-of-change</c>),
/// an allowed one is permitted (<c>tactics-we-use</c>) unless another rule forbids the partner or the
/// target, and a tactic the chapter never decided on goes to review (<c>tactics-not-yet-decided</c>).
/// </summary>
public sealed class EligibilityTacticReview : ITacticReview
{
    private readonly IEligibilityEvaluator _evaluator;

    /// <summary>Creates the review.</summary>
    /// <param name="evaluator">The compiled eligibility policy, e.g. the one <c>AddPartnering</c> registers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is <see langword="null"/>.</exception>
    public EligibilityTacticReview(IEligibilityEvaluator evaluator) => _evaluator = Guard.NotNull(evaluator);

    /// <summary>The engagement a proposal is judged as.</summary>
    /// <param name="proposal">The tactic proposed.</param>
    /// <param name="actionDate">The day of the joint action.</param>
    /// <returns>A coalition table engagement with the proposal's tactic, proposer, target and description.</returns>
    public static Engagement EngagementFor(TacticProposal proposal, DateOnly actionDate)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return new Engagement
        {
            Kind = EngagementKind.CoalitionTable,
            Partners = proposal.ProposedBy is { } by ? [by] : [],
            Date = actionDate,
            Tactic = proposal.Tactic,
            Target = proposal.Target,
            Message = proposal.Description,
        };
    }

    /// <inheritdoc/>
    public TacticVerdict Review(TacticProposal proposal, PartnerDirectory directory, DateOnly actionDate)
        => Review(proposal, directory, actionDate, null);

    /// <summary>
    /// Judges a proposal made at <paramref name="table"/>: the joint action is one engagement with the
    /// proposer and every other group seated there on the day (not the chapter itself), so the strictest
    /// rule over all of them wins and every seat's conditions and reviewers are in the decision. A reason
    /// that comes from a seat names it.
    /// </summary>
    internal TacticVerdict Review(TacticProposal proposal, PartnerDirectory directory, DateOnly actionDate, CoalitionTable? table)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(directory);
        var engagement = EngagementFor(proposal, actionDate);
        if (table is not null)
        {
            var seated = table.Seats
                .Where(s => s.Organization != directory.Chapter.Id && s.Organization != proposal.ProposedBy && !(s.Since > actionDate))
                .Select(s => s.Organization)
                .Distinct();
            engagement = engagement with { Partners = [.. engagement.Partners, .. seated] };
        }

        var decision = _evaluator.Explain(directory, engagement);
        CheckFinding Finding(RuleFinding rule) => table is not null && rule.Partner is { } seat && seat != proposal.ProposedBy
            ? new(rule.RuleId, $"{directory.NameOf(seat) ?? seat.Value} sits at '{table.Name}': " + Because(rule))
            : new(rule.RuleId, Because(rule));

        // At a table, the strictest deciding rules first (with several partners, each one's own rule decides for it).
        var reasons = new List<CheckFinding>();
        foreach (var rule in table is null ? decision.DecidingRules : (IEnumerable<RuleFinding>)decision.DecidingRules.OrderByDescending(r => r.Effect))
        {
            reasons.Add(Finding(rule));
        }

        if (decision.DecidingRules.Count == 0 && decision.Outcome == EligibilityOutcome.NotPermitted)
        {
            reasons.Add(new("no-permit", $"No rule permits '{proposal.Tactic}' for this action: silence is not a yes."));
        }

        // Forbid and review findings that did not decide still say what the chapter must look at.
        foreach (var rule in decision.Findings.Where(f => f.Effect is RuleEffect.Forbid or RuleEffect.Review && !decision.DecidingRules.Contains(f)))
        {
            reasons.Add(Finding(rule));
        }

        if (decision.ClosestPermit is { } gap)
        {
            reasons.Add(new(gap.RuleId, gap.ToString()));
        }

        return new TacticVerdict { Proposal = proposal, Outcome = decision.Outcome, Reasons = reasons, Decision = decision };
    }

    private static string Because(RuleFinding rule)
    {
        var facts = rule.Facts.Count > 0 ? $" [{string.Join("; ", rule.Facts)}]" : string.Empty;
        return (rule.Error is null ? rule.Reason : $"{rule.Reason} (could not be evaluated: {rule.Error})") + facts;
    }
}
