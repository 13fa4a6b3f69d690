using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Partnering.Core.Internal;

namespace Partnering.Core.Eligibility;

/// <summary>
/// A decision as the chapter's log keeps it: the outcome, the deciding rules, the policy's id, version and
/// content hash, the as-of date and the facts used. Personal contact details (email addresses, phone numbers)
/// are redacted. Identical decisions under the same policy give byte-identical JSON (<c>DecisionRecordDocument.Save</c> in <c>Partnering.Core.Documents</c>).
/// </summary>
public sealed partial record DecisionRecord
{
    /// <summary>The outcome.</summary>
    public required EligibilityOutcome Outcome { get; init; }

    /// <summary>The policy's id.</summary>
    public required string PolicyId { get; init; }

    /// <summary>The policy's version.</summary>
    public required string PolicyVersion { get; init; }

    /// <summary>The SHA-256 of the policy's canonical JSON.</summary>
    public required string PolicyHash { get; init; }

    /// <summary>The day judged (the engagement's date).</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The kind of engagement.</summary>
    public required EngagementKind Kind { get; init; }

    /// <summary>The partners judged.</summary>
    public IReadOnlyList<PartyId> Partners { get; init => field = Guard.List(value); } = ValueList<PartyId>.Empty;

    /// <summary>The member acting for the chapter, by id only.</summary>
    public PartyId? Member { get; init; }

    /// <summary>The engagement's message with email addresses and phone numbers replaced by <c>[redacted]</c>.</summary>
    public string? Message { get; init; }

    /// <summary>The deciding rules' ids, sorted.</summary>
    public IReadOnlyList<string> DecidingRules { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>The facts the deciding rules used, sorted.</summary>
    public IReadOnlyList<FactUsed> Facts { get; init => field = Guard.List(value); } = ValueList<FactUsed>.Empty;

    /// <summary>Conditions to honour.</summary>
    public IReadOnlyList<string> ConditionsToHonour { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Who must review.</summary>
    public IReadOnlyList<string> Reviewers { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Why rules could not be evaluated.</summary>
    public IReadOnlyList<string> Errors { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Makes the record of an explained decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The record, redacted.</returns>
    public static DecisionRecord From(EligibilityDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new DecisionRecord
        {
            Outcome = decision.Outcome,
            PolicyId = decision.PolicyId,
            PolicyVersion = decision.PolicyVersion,
            PolicyHash = decision.PolicyHash,
            AsOf = decision.Engagement.Date,
            Kind = decision.Engagement.Kind,
            Partners = decision.Engagement.Partners,
            Member = decision.Engagement.Member,
            Message = decision.Engagement.Message is { } message ? Redact(message) : null,
            DecidingRules = [.. decision.DecidingRules.Select(r => r.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Facts = [.. decision.FactsUsed.Select(f => f with { Value = f.Value is null ? null : Redact(f.Value) })
                .OrderBy(f => f.Partner?.Value ?? string.Empty, StringComparer.Ordinal).ThenBy(f => f.Fact, StringComparer.Ordinal)],
            ConditionsToHonour = [.. decision.ConditionsToHonour.Order(StringComparer.Ordinal)],
            Reviewers = [.. decision.Reviewers.Order(StringComparer.Ordinal)],
            Errors = [.. decision.Errors.Select(Redact).Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>Replaces email addresses and phone numbers with <c>[redacted]</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The redacted text.</returns>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PhonePattern().Replace(EmailPattern().Replace(text, "[redacted]"), "[redacted]");
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\+?\(?\d[\d\s().\-]{6,}\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhonePattern();
}

/// <summary>One engagement whose outcome differs between two policy versions.</summary>
public sealed record OutcomeChange
{
    /// <summary>The engagement.</summary>
    public required Engagement Engagement { get; init; }

    /// <summary>The outcome under the first policy.</summary>
    public required EligibilityOutcome Before { get; init; }

    /// <summary>The outcome under the second policy.</summary>
    public required EligibilityOutcome After { get; init; }

    /// <summary>The rules that caused the change: deciding rules whose definition changed, else deciding rules present on one side only.</summary>
    public IReadOnlyList<string> Causes { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>The explained decision under the first policy.</summary>
    public required EligibilityDecision BeforeDecision { get; init; }

    /// <summary>The explained decision under the second policy.</summary>
    public required EligibilityDecision AfterDecision { get; init; }

    /// <summary>The change in one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Engagement}: {Before} -> {After} because of {string.Join(", ", Causes)}";
}

/// <summary>What-if analysis: which partners or engagements change outcome between two versions of a policy, and why.</summary>
public static class PolicyWhatIf
{
    /// <summary>Compares two compiled policies over a list of engagements.</summary>
    /// <param name="before">The current policy.</param>
    /// <param name="after">The proposed policy.</param>
    /// <param name="directory">The chapter, partners and members.</param>
    /// <param name="engagements">The engagements to judge.</param>
    /// <returns>The engagements whose outcome changes, in input order.</returns>
    public static IReadOnlyList<OutcomeChange> Compare(IEligibilityEvaluator before, IEligibilityEvaluator after, PartnerDirectory directory, IEnumerable<Engagement> engagements)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(engagements);
        var beforeRules = before.Policy.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var afterRules = after.Policy.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var changes = new List<OutcomeChange>();
        foreach (var engagement in engagements)
        {
            if (before.Decide(directory, engagement) == after.Decide(directory, engagement))
            {
                continue;
            }

            var a = before.Explain(directory, engagement);
            var b = after.Explain(directory, engagement);
            var decidingA = a.DecidingRules.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
            var decidingB = b.DecidingRules.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
            // First the deciding rules whose definition changed; else those deciding on one side only.
            var causes = decidingA.Union(decidingB)
                .Where(id => beforeRules.GetValueOrDefault(id) != afterRules.GetValueOrDefault(id))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (causes.Count == 0)
            {
                causes = [.. decidingA.Union(decidingB).Where(id => decidingA.Contains(id) != decidingB.Contains(id)).Order(StringComparer.Ordinal)];
            }

            if (causes.Count == 0)
            {
                // No deciding rule differs (e.g. a permit was removed, leaving nothing): name the rules that changed.
                causes = [.. beforeRules.Keys.Union(afterRules.Keys)
                    .Where(id => beforeRules.GetValueOrDefault(id) != afterRules.GetValueOrDefault(id))
                    .Order(StringComparer.Ordinal)];
            }

            changes.Add(new OutcomeChange { Engagement = engagement, Before = a.Outcome, After = b.Outcome, Causes = causes, BeforeDecision = a, AfterDecision = b });
        }

        return changes;
    }

    /// <summary>Compares two compiled policies on the organization-level question for every partner in the directory.</summary>
    /// <param name="before">The current policy.</param>
    /// <param name="after">The proposed policy.</param>
    /// <param name="directory">The chapter and partners.</param>
    /// <param name="asOf">The day judged.</param>
    /// <returns>The partners whose outcome changes.</returns>
    public static IReadOnlyList<OutcomeChange> ComparePartners(IEligibilityEvaluator before, IEligibilityEvaluator after, PartnerDirectory directory, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return Compare(before, after, directory, directory.Partners.Select(p => new Engagement { Kind = EngagementKind.Partnership, Partners = [p.Id], Date = asOf }));
    }
}
