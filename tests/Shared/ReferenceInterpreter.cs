using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Partnering.Core.Eligibility;

/// <summary>
/// A small, obviously correct interpreter of the eligibility semantics, kept for differential tests and as
/// the benchmark baseline. It walks the policy model directly: every rule, in document order, no index, no
/// compilation, facts computed from their plain definitions. Not part of the package: it lives with the
/// tests (tests/Shared) and is compiled into the test and benchmark projects, which see the internals it uses.
/// </summary>
internal static class ReferenceInterpreter
{
    private enum Truth
    {
        No,
        Yes,
        Unknown,
    }

    public static EligibilityOutcome Decide(EligibilityPolicy policy, PartnerDirectory directory, Engagement engagement, IReadOnlyDictionary<string, IEligibilityPredicate>? predicates = null)
    {
        var partners = engagement.Partners.Count == 0 ? [null] : engagement.Partners.Select(p => (PartyId?)p).ToList();
        return partners.Select(p => DecideOne(policy, directory, engagement, p, predicates)).Max();
    }

    private static EligibilityOutcome DecideOne(EligibilityPolicy policy, PartnerDirectory directory, Engagement engagement, PartyId? partnerId, IReadOnlyDictionary<string, IEligibilityPredicate>? predicates)
    {
        var subject = new Subject(directory, engagement, partnerId);
        var effects = new List<RuleEffect>();
        var error = false;
        foreach (var rule in policy.Rules)
        {
            var judges = (rule.AppliesTo.Count == 0 || rule.AppliesTo.Contains(engagement.Kind))
                && (rule.EffectiveFrom is not { } from || engagement.Date >= from)
                && (rule.EffectiveUntil is not { } until || engagement.Date <= until);
            if (!judges)
            {
                continue;
            }

            var truth = rule.When is null ? Truth.Yes : Eval(rule.When, subject, predicates);
            if (truth == Truth.Yes)
            {
                effects.Add(rule.Effect);
            }
            else if (truth == Truth.Unknown && rule.Effect != RuleEffect.Permit)
            {
                error = true;
            }
        }

        if (effects.Contains(RuleEffect.Forbid))
        {
            return EligibilityOutcome.Forbid;
        }

        if (!effects.Contains(RuleEffect.Permit) && !effects.Contains(RuleEffect.PermitWithConditions))
        {
            // When nothing permits, the policy's fallback answers (a review: "when in doubt, ask"), or NotPermitted.
            return policy.WhenNothingPermits is null ? EligibilityOutcome.NotPermitted : EligibilityOutcome.Review;
        }

        if (error || effects.Contains(RuleEffect.Review))
        {
            return EligibilityOutcome.Review;
        }

        return effects.Contains(RuleEffect.PermitWithConditions) ? EligibilityOutcome.PermitWithConditions : EligibilityOutcome.Permit;
    }

    private static Truth Eval(PolicyCondition condition, Subject s, IReadOnlyDictionary<string, IEligibilityPredicate>? predicates)
    {
        switch (condition)
        {
            case PolicyCondition.AllOf all:
                var parts = all.Parts.Select(p => Eval(p, s, predicates)).ToList();
                return parts.Contains(Truth.No) ? Truth.No : parts.Contains(Truth.Unknown) ? Truth.Unknown : Truth.Yes;
            case PolicyCondition.AnyOf any:
                var options = any.Parts.Select(p => Eval(p, s, predicates)).ToList();
                return options.Contains(Truth.Yes) ? Truth.Yes : options.Contains(Truth.Unknown) ? Truth.Unknown : Truth.No;
            case PolicyCondition.Negation not:
                var inner = Eval(not.Part, s, predicates);
                return inner == Truth.Unknown ? Truth.Unknown : inner == Truth.Yes ? Truth.No : Truth.Yes;
            case PolicyCondition.PredicateTest call:
                var predicate = predicates![call.Name];
                bool? result;
                try
                {
                    result = predicate.Evaluate(new PredicateInput(s), new PredicateArguments(call.Arguments.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal)));
                }
#pragma warning disable CA1031 // Mirrors the engine: a failing predicate is unknown.
                catch (Exception)
#pragma warning restore CA1031
                {
                    result = null;
                }

                return result is null ? Truth.Unknown : result.Value ? Truth.Yes : Truth.No;
            default:
                var test = (PolicyCondition.FactTest)condition;
                var value = FactValue(test.Fact, s);
                if (value is null)
                {
                    return Truth.Unknown;
                }

                return Compare(value, test) ? Truth.Yes : Truth.No;
        }
    }

    private static bool Compare(object value, PolicyCondition.FactTest test)
    {
        var wanted = test.Value.Kind == PolicyValueKind.List ? test.Value.Items : [test.Value];
        switch (value)
        {
            case bool flag:
                return flag == test.Value.Boolean;
            case long number:
                var other = test.Value.Kind == PolicyValueKind.Text
                    ? DateOnly.ParseExact(test.Value.Text!, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber
                    : test.Value.Number;
                return test.Comparison switch
                {
                    FactComparison.AtLeast => number >= other,
                    FactComparison.AtMost => number <= other,
                    _ => number == other,
                };
            case string text:
                return wanted.Any(w => Normalize(test.Fact, w.Text!) == text);
            default:
                var set = (IEnumerable<string>)value;
                return wanted.Any(w => set.Contains(Normalize(test.Fact, w.Text!)));
        }
    }

    private static string Normalize(string fact, string text)
        => fact is "partner.issueAreas" or "partner.tactics" or "engagement.tactic" ? new Tactic(text).Name : text;

    /// <summary>The fact's value: bool, long (numbers and dates as day numbers), string (enum names too), or a set of strings; null when missing.</summary>
    private static object? FactValue(string fact, Subject s)
    {
        var e = s.Engagement;
        var c = s.Chapter;
        var p = s.Partner;
        var o = s.Organization;
        var i = s.Individual;
        return fact switch
        {
            "engagement.kind" => Name(e.Kind.ToString()),
            "engagement.date" => (long)e.Date.DayNumber,
            "engagement.target" => e.Target is { } t ? Name(t.ToString()) : null,
            "engagement.hasTarget" => e.Target is not null,
            "engagement.tactic" => e.Tactic?.Name,
            "engagement.hasTactic" => e.Tactic is not null,
            "engagement.venue" => Name(e.Venue.ToString()),
            "engagement.chapterReachesOut" => e.ChapterReachesOut,
            "engagement.listsPartnersPublicly" => e.ListsPartnersPublicly,
            "engagement.partnerCount" => (long)e.Partners.Count,
            "engagement.messageConflictsWithTheoryOfChange" => e.Target is { } target
                ? c.TheoryOfChange.AvoidedTargets.Contains(target) || (target != TargetKind.Public && c.TheoryOfChange.Targets.Count > 0 && !c.TheoryOfChange.Targets.Contains(target))
                : null,
            "engagement.tacticDisallowed" => e.Tactic is { } t1 ? c.DisallowedTactics.Contains(t1) : null,
            "engagement.tacticAllowed" => e.Tactic is { } t2 ? c.AllowedTactics.Contains(t2) : null,
            "partner.id" => p?.Id.Value,
            "partner.type" => o is not null ? "organization" : i is not null ? "individual" : null,
            "partner.kind" => o is null ? null : Name(o.Kind.ToString()),
            "partner.taxStatus" => o is null ? null : Name(o.TaxStatus.ToString()),
            "partner.partisanNature" => o is null ? null : Name(o.PartisanNature.ToString()),
            "partner.roles" => i?.Roles.Select(r => Name(r.ToString())).ToList(),
            "partner.practices" => o?.Practices.Select(x => Name(x.Kind.ToString())).ToList(),
            "partner.issueAreas" => p?.IssueAreas.Select(a => a.Name).ToList(),
            "partner.tags" => p?.Tags.ToList(),
            "partner.tactics" => o?.Tactics.Select(x => x.Name).ToList(),
            "partner.state" => p?.State,
            "partner.baseSize" => o?.BaseSize is { } size ? (long)size : null,
            "partner.nationalParent" => o is null ? null : o.NationalParent ?? string.Empty,
            "partner.runningForOffice" => i is null ? null : i.IsRunningOn(e.Date) ? true : i.Candidacies.Count == 0 && i.Roles.Contains(IndividualRole.Candidate) ? null : false,
            "partner.holdsElectedOffice" => i?.HoldsElectedOfficeOn(e.Date),
            "partner.issueOverlap" => p is null ? null : p.IssueAreas.Intersect(c.IssueAreas).Any(),
            "partner.goalsConflict" => o is null ? null : o.Positions.Any(theirs => c.Positions.Any(ours => theirs.Issue == ours.Issue && theirs.Outcome == ours.Outcome && theirs.Stance != ours.Stance)),
            "partner.tacticsConflict" => o is null ? null : o.Tactics.Intersect(c.DisallowedTactics).Any(),
            "partner.outOfState" => p?.State is { } state ? state != c.HomeState : null,
            "partner.nationalRelationshipHeld" => p is null ? null : c.NationalRelationships.Any(r => r.Organization == p.Id
                || string.Equals(r.OrganizationName, p.Name, StringComparison.OrdinalIgnoreCase)
                || (o?.NationalParent is { } parent && string.Equals(r.OrganizationName, parent, StringComparison.OrdinalIgnoreCase))),
            "member.named" => e.Member is not null,
            "member.affiliatedWithPartner" => e.Member is null ? false : s.Member is null || p is null ? null : s.Member.Affiliations.Any(a =>
                (a.Organization == p.Id || (a.Organization is null && string.Equals(a.OrganizationName, p.Name, StringComparison.OrdinalIgnoreCase)))
                && (a.Since is not { } since || since.Earliest <= e.Date) && (a.Until is not { } until || e.Date <= until.Latest)),
            "partner.backedByOurNationalBody" => i is null || c.NationalBody is null ? null
                : i.Candidacies.Any(d => d.IsSurelyRunningOn(e.Date) && d.BackedBy.Any(b => string.Equals(b.Trim(), c.NationalBody.Trim(), StringComparison.OrdinalIgnoreCase))),
            "partner.supportsOurCandidates" => o is null || c.NationalBody is null ? null
                : o.SupportsCandidatesOf.Any(b => string.Equals(b.Trim(), c.NationalBody.Trim(), StringComparison.OrdinalIgnoreCase)),
            _ => throw new ArgumentException($"Unknown fact '{fact}'.", nameof(fact)),
        };
    }

    private static string Name(string member) => char.ToLowerInvariant(member[0]) + member[1..];
}
