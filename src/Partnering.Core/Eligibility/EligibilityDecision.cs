using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Partnering.Core.Internal;

namespace Partnering.Core.Eligibility;

/// <summary>
/// Decides eligibility under one compiled policy. Immutable and thread-safe: compile once with
/// <see cref="IPolicyCompiler"/>, evaluate many times from any thread.
/// </summary>
public interface IEligibilityEvaluator
{
    /// <summary>The policy this evaluator was compiled from.</summary>
    EligibilityPolicy Policy { get; }

    /// <summary>The SHA-256 of the policy's canonical JSON (lower-case hex), named in decision records.</summary>
    string ContentHash { get; }

    /// <summary>The outcome only: the cheap path (no explanation is built, nothing is allocated).</summary>
    /// <param name="directory">The chapter, partners and members.</param>
    /// <param name="engagement">The engagement to judge.</param>
    /// <returns>The strictest outcome over the engagement's partners.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The engagement's kind, venue or target is not a defined enum value.</exception>
    EligibilityOutcome Decide(PartnerDirectory directory, Engagement engagement);

    /// <summary>The outcome with its explanation: deciding rules, facts used, conditions, reviewers, errors, and the closest permit.</summary>
    /// <param name="directory">The chapter, partners and members.</param>
    /// <param name="engagement">The engagement to judge.</param>
    /// <returns>The explained decision; its outcome equals <see cref="Decide"/>'s.</returns>
    EligibilityDecision Explain(PartnerDirectory directory, Engagement engagement);

    /// <summary>The organization-level question for every partner in the directory: may the chapter partner with it at all on <paramref name="asOf"/>.</summary>
    /// <param name="directory">The chapter and partners.</param>
    /// <param name="asOf">The day judged.</param>
    /// <returns>One outcome per partner, in directory order; call <see cref="Explain"/> for the reasons of one.</returns>
    IReadOnlyList<PartnerScreening> ScreenPartners(PartnerDirectory directory, DateOnly asOf);

    /// <summary>Explains a list of engagements.</summary>
    /// <param name="directory">The chapter, partners and members.</param>
    /// <param name="engagements">The engagements.</param>
    /// <returns>One decision per engagement, in order.</returns>
    IReadOnlyList<EligibilityDecision> Screen(PartnerDirectory directory, IEnumerable<Engagement> engagements);
}

/// <summary>A partner's outcome in a screening.</summary>
/// <param name="Partner">The partner.</param>
/// <param name="Outcome">The organization-level outcome.</param>
public readonly record struct PartnerScreening(PartyId Partner, EligibilityOutcome Outcome);

/// <summary>A fact a rule read, with its value as text (<see langword="null"/> when it was missing).</summary>
/// <param name="Fact">The fact's name, e.g. <c>partner.partisanNature</c>.</param>
/// <param name="Value">The value, e.g. <c>partisan</c>; <see langword="null"/> when missing.</param>
/// <param name="Partner">The partner it was read for, if any.</param>
public sealed record FactUsed(string Fact, string? Value, PartyId? Partner)
{
    /// <summary>The fact as <c>name = value</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Fact} = {Value ?? "(missing)"}";
}

/// <summary>A rule that applied (or could not be evaluated) in a decision.</summary>
public sealed record RuleFinding
{
    /// <summary>The rule's id.</summary>
    public required string RuleId { get; init; }

    /// <summary>The rule's effect.</summary>
    public required RuleEffect Effect { get; init; }

    /// <summary>The partner it was judged for, if the engagement named one.</summary>
    public PartyId? Partner { get; init; }

    /// <summary>Why the rule could not be evaluated, or <see langword="null"/> when it applied. A rule that cannot be evaluated sends the decision to review.</summary>
    public string? Error { get; init; }

    /// <summary>The rule's reason.</summary>
    public required string Reason { get; init; }

    /// <summary>The rule's source citation.</summary>
    public string? Source { get; init; }

    /// <summary>The facts the rule read, with their values.</summary>
    public IReadOnlyList<FactUsed> Facts { get; init => field = Guard.List(value); } = ValueList<FactUsed>.Empty;

    /// <summary>The finding in one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{RuleId} ({Effect}{(Partner is { } p ? ", " + p : string.Empty)}): {(Error is null ? Reason : "could not be evaluated: " + Error)}"
            + (Facts.Count > 0 ? " [" + string.Join("; ", Facts) + "]" : string.Empty)
            + (Source is null ? string.Empty : " (source: " + Source + ")");
}

/// <summary>
/// For a Forbid or NotPermitted decision: what the chapter can do. Only changes the chapter can make are
/// offered (the engagement's kind, date and facts; finding out a partner fact that is missing), never a
/// change to who the partner is. A forbid that rests on who the partner is is answered with "decline" and
/// the engagement kinds it leaves open; one that rests on the engagement says what to change in it. When a
/// permit rule is within reach, it is named with the changes it needs; otherwise <see cref="RuleId"/> is
/// <c>(none)</c>.
/// </summary>
public sealed record PermitGap
{
    /// <summary>The permit rule within reach, or <c>(none)</c> when no change the chapter can make reaches one.</summary>
    public required string RuleId { get; init; }

    /// <summary>The partner it concerns, if any.</summary>
    public PartyId? Partner { get; init; }

    /// <summary>What would have to change for the rule to apply (each a plain sentence).</summary>
    public IReadOnlyList<string> Changes { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>The forbid rules that would still override it.</summary>
    public IReadOnlyList<string> BlockingRules { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>The gap in one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => RuleId == "(none)"
            ? $"advice: {string.Join("; ", Changes)}"
            : $"closest permit '{RuleId}' would apply if: {(Changes.Count == 0 ? "nothing changed" : string.Join("; ", Changes))}"
                + (BlockingRules.Count > 0 ? $" (forbidden now by {string.Join(", ", BlockingRules)})" : string.Empty);
}

/// <summary>
/// An explained eligibility decision. The outcome is the strictest over the engagement's partners:
/// Forbid when a rule forbids; NotPermitted when no rule permits; otherwise the strictest effect among
/// the rules that applied, and at least Review when a forbid, review or conditional-permit rule could not be evaluated
/// (a rule that cannot be evaluated never permits).
/// </summary>
public sealed record EligibilityDecision
{
    /// <summary>The outcome.</summary>
    public required EligibilityOutcome Outcome { get; init; }

    /// <summary>The engagement judged.</summary>
    public required Engagement Engagement { get; init; }

    /// <summary>The policy's id.</summary>
    public required string PolicyId { get; init; }

    /// <summary>The policy's version.</summary>
    public required string PolicyVersion { get; init; }

    /// <summary>The policy's content hash.</summary>
    public required string PolicyHash { get; init; }

    /// <summary>The policy's description (which pack applies, and why), when it has one.</summary>
    public string? PolicyDescription { get; init; }

    /// <summary>The rules that decided the outcome: re-evaluating with only these gives the same outcome.</summary>
    public IReadOnlyList<RuleFinding> DecidingRules { get; init => field = Guard.List(value); } = ValueList<RuleFinding>.Empty;

    /// <summary>Every rule that applied or could not be evaluated, for every partner.</summary>
    public IReadOnlyList<RuleFinding> Findings { get; init => field = Guard.List(value); } = ValueList<RuleFinding>.Empty;

    /// <summary>Conditions to honour, from the conditional permits that applied.</summary>
    public IReadOnlyList<string> ConditionsToHonour { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Who must review, from the review rules that applied.</summary>
    public IReadOnlyList<string> Reviewers { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Why rules could not be evaluated (missing facts, predicates that could not tell).</summary>
    public IReadOnlyList<string> Errors { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>For Forbid and NotPermitted: the closest permit rule and what would have to change; otherwise <see langword="null"/>.</summary>
    public PermitGap? ClosestPermit { get; init; }

    /// <summary>The facts the deciding rules read.</summary>
    public IReadOnlyList<FactUsed> FactsUsed => [.. DecidingRules.SelectMany(r => r.Facts).Distinct()];

    /// <summary>The decision as readable lines: outcome, deciding rules, conditions, reviewers, errors, closest permit.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Outcome).Append(": ").Append(Engagement);
        if (PolicyDescription is { } description)
        {
            text.AppendLine().Append("  policy: ").Append(description);
        }

        foreach (var rule in DecidingRules)
        {
            text.AppendLine().Append("  rule ").Append(rule);
        }

        if (DecidingRules.Count == 0 && Outcome == EligibilityOutcome.NotPermitted)
        {
            text.AppendLine().Append("  no permit rule applies");
        }

        foreach (var condition in ConditionsToHonour)
        {
            text.AppendLine().Append("  condition: ").Append(condition);
        }

        foreach (var reviewer in Reviewers)
        {
            text.AppendLine().Append("  reviewer: ").Append(reviewer);
        }

        foreach (var error in Errors)
        {
            text.AppendLine().Append("  error: ").Append(error);
        }

        if (ClosestPermit is { } gap)
        {
            text.AppendLine().Append("  ").Append(gap);
        }

        return text.ToString();
    }
}
