using System;
using System.Collections.Generic;
using System.Linq;

namespace Partnering.Core.Eligibility;

/// <summary>
/// How the evaluator has arranged a policy's rules for speed: which index files each rule, which of a rule's
/// tests are checked as masks of the partner's fixed facts, and how a partner profile's plan folds the general
/// rules. No answer depends on the arrangement, only how much work a decision takes, so these views are for
/// the tests that pin the speed-ups down (EvaluatorShapeTests); nothing in a decision reads them.
/// </summary>
internal sealed partial class CompiledPolicy
{
    /// <summary>Where the rules judging one engagement kind are filed (rule ids in judging order).</summary>
    internal RuleFiling FilingOf(EngagementKind kind)
    {
        var bucket = _byKind[(int)kind];
        return new RuleFiling(
            Ids(bucket.General),
            bucket.ByPartnerId.ToDictionary(p => p.Key, p => Ids(p.Value), StringComparer.Ordinal),
            Ids(bucket.PartnerIdUnknown),
            [.. bucket.ByOrganizationKind.Select(Ids)],
            bucket.HasIndexed);
    }

    /// <summary>How many of a rule's top-level tests are checked as masks of the partner's fixed facts before its tree is walked, and whether those are all its tests.</summary>
    internal (int Masks, bool All) FixedFactTestsOf(string ruleId)
    {
        var rule = Array.Find(_all, r => r.Rule.Id == ruleId)!;
        return (rule.Known.Length, rule.FullyStatic);
    }

    /// <summary>
    /// The plan of the general rules of an engagement kind for a partner's profile (built on first use, as a
    /// decision would), or null when the partner is not in the directory or the profile's cache slot is taken.
    /// </summary>
    internal PlanShape? PlanOf(PartnerDirectory directory, PartyId partner, EngagementKind kind)
    {
        if (directory.FindPartner(partner, out var profile, out _) is null || PlanFor(profile, kind) is not { } plan)
        {
            return null;
        }

        var bitRules = plan.Fast.Select((bits, i) => new BitRuleShape(plan.FastRules[i], bits.Groups, bits.Extra != -1));
        return new PlanShape(plan.StaticOutcome, plan.StaticForbid, plan.StaticPermitted, [.. bitRules], Ids(plan.Forbids), Ids(plan.Others));
    }

    private static string[] Ids(RuleSet set) => [.. set.Rules.Select(r => r.Rule.Id)];
}

/// <summary>Where the rules judging one engagement kind are filed.</summary>
/// <param name="General">Rules judged for every partner.</param>
/// <param name="ByPartnerId">Rules whose condition requires one of the partner ids they name, filed under each.</param>
/// <param name="PartnerIdUnknown">The same rules, for an engagement whose partner is not known.</param>
/// <param name="ByOrganizationKind">Rules whose condition requires one of the organization kinds they name, by kind; the last slot is for partners that are not organizations.</param>
/// <param name="HasIndexed">Whether any rule is filed by partner id or organization kind.</param>
internal sealed record RuleFiling(
    IReadOnlyList<string> General,
    IReadOnlyDictionary<string, string[]> ByPartnerId,
    IReadOnlyList<string> PartnerIdUnknown,
    IReadOnlyList<string[]> ByOrganizationKind,
    bool HasIndexed);

/// <summary>The general rules of one engagement kind pre-judged on a partner profile.</summary>
/// <param name="StandingOutcome">The strictest outcome of the undated rules the profile settles as holding.</param>
/// <param name="StandingForbid">Whether an undated forbid holds whatever the engagement.</param>
/// <param name="StandingPermit">Whether one of the settled rules permits.</param>
/// <param name="BitRules">The rules judged on the engagement's bits.</param>
/// <param name="WalkedForbids">The forbid rules that walk their condition tree.</param>
/// <param name="WalkedOthers">The other rules that walk their condition tree.</param>
internal sealed record PlanShape(
    EligibilityOutcome StandingOutcome,
    bool StandingForbid,
    bool StandingPermit,
    IReadOnlyList<BitRuleShape> BitRules,
    IReadOnlyList<string> WalkedForbids,
    IReadOnlyList<string> WalkedOthers);

/// <summary>A rule of a plan judged on the engagement's bits: how many engagement facts it tests as masks, and whether one more part is evaluated on its own.</summary>
internal sealed record BitRuleShape(string Rule, int Tests, bool Extra);
