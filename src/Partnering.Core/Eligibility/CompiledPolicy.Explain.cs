using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Partnering.Core.Eligibility;

// Explaining a decision: every rule that fired, the facts it read, and why it was decided so.
internal sealed partial class CompiledPolicy
{
    public EligibilityDecision Explain(PartnerDirectory directory, Engagement engagement)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(engagement);
        CheckDefined(engagement);
        var partners = engagement.Partners;
        var outcome = EligibilityOutcome.Permit;
        List<RuleFinding>? findings = null;
        List<RuleFinding>? deciding = null;
        var judged = new (Subject Subject, EligibilityOutcome Outcome, List<(CompiledRule Rule, RuleFinding Finding)> Fired)[Math.Max(partners.Count, 1)];
        for (var p = 0; p < judged.Length; p++)
        {
            var subject = new Subject(directory, engagement, partners.Count == 0 ? null : partners[p]);
            var (one, fired) = ExplainOne(subject);
            // The answer when nothing permits speaks only when no review rule already settled who looks.
            if (_fallback is not null && one == EligibilityOutcome.Review
                && !fired.Exists(f => f.Finding.Error is null && (f.Rule.IsPermit || f.Rule.Rule.Effect == RuleEffect.Review)))
            {
                fired.Add((_fallback, new RuleFinding
                {
                    RuleId = _fallback.Rule.Id,
                    Effect = _fallback.Rule.Effect,
                    Partner = subject.PartnerId,
                    Reason = _fallback.Rule.Reason,
                    Source = _fallback.Rule.Source,
                }));
            }

            judged[p] = (subject, one, fired);
            outcome = one > outcome ? one : outcome;
            if (judged.Length > 1)
            {
                findings ??= new List<RuleFinding>(fired.Count);
                foreach (var (_, finding) in fired)
                {
                    findings.Add(finding);
                }
            }

            Deciding(ref deciding, one, fired);
        }

        List<string>? conditions = null;
        List<string>? reviewers = null;
        List<string>? errors = null;
        var allFired = judged.Length == 1 ? judged[0].Fired : [.. judged.SelectMany(static j => j.Fired)];
        foreach (var (rule, finding) in allFired)
        {
            if (finding.Error is not null)
            {
                AddOnce(ref errors, $"{finding.RuleId}: {finding.Error}");
            }
            else if (rule.Rule.Effect == RuleEffect.PermitWithConditions && outcome < EligibilityOutcome.NotPermitted)
            {
                foreach (var condition in rule.Rule.Conditions)
                {
                    AddOnce(ref conditions, condition);
                }
            }
            else if (rule.Rule.Effect == RuleEffect.Review)
            {
                foreach (var reviewer in rule.Rule.Reviewers)
                {
                    AddOnce(ref reviewers, Reviewer(reviewer, directory.Chapter));
                }
            }
        }

        PermitGap? gap = null;
        if (outcome >= EligibilityOutcome.NotPermitted)
        {
            for (var p = 0; gap is null && p < judged.Length; p++)
            {
                if (judged[p].Outcome == outcome)
                {
                    gap = ClosestPermit(judged[p].Subject, judged[p].Fired) ?? NoGap;
                }
            }

            gap = ReferenceEquals(gap, NoGap) ? null : gap;
        }

        return new EligibilityDecision
        {
            Outcome = outcome,
            Engagement = engagement,
            PolicyId = Policy.Id,
            PolicyVersion = Policy.Version,
            PolicyHash = ContentHash,
            PolicyDescription = Policy.Description,
            DecidingRules = Freeze(deciding),
            Findings = judged.Length == 1 ? FindingsOf(judged[0].Fired) : Freeze(findings),
            ConditionsToHonour = Freeze(conditions),
            Reviewers = Freeze(reviewers),
            Errors = Freeze(errors),
            ClosestPermit = gap,
        };
    }

    private static void AddOnce(ref List<string>? list, string item)
    {
        list ??= [];
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    /// <summary>The findings of one subject's fired rules, in order, as the model's read-only list.</summary>
    private static Internal.ValueList<RuleFinding> FindingsOf(List<(CompiledRule Rule, RuleFinding Finding)> fired)
    {
        if (fired.Count == 0)
        {
            return Internal.ValueList<RuleFinding>.Empty;
        }

        var findings = new RuleFinding[fired.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = fired[i].Finding;
        }

        return Internal.ValueList<RuleFinding>.Wrap(findings);
    }

    /// <summary>A list as the model's read-only list, without the copy and checks of the init accessors (the items are never null).</summary>
    private static Internal.ValueList<T> Freeze<T>(List<T>? list)
        => list is null || list.Count == 0 ? Internal.ValueList<T>.Empty : Internal.ValueList<T>.Wrap([.. list]);

    /// <summary>Stands for "no advice" while the advice of the first subject with the worst outcome is looked for.</summary>
    private static readonly PermitGap NoGap = new() { RuleId = NoPermitRule };

    /// <summary>Adds the findings that decided <paramref name="outcome"/>, in the order they fired.</summary>
    private static void Deciding(ref List<RuleFinding>? into, EligibilityOutcome outcome, List<(CompiledRule Rule, RuleFinding Finding)> fired)
    {
        foreach (var (rule, finding) in fired)
        {
            var error = finding.Error is not null;
            var effect = rule.Rule.Effect;
            var decides = outcome switch
            {
                EligibilityOutcome.Forbid => !error && effect == RuleEffect.Forbid,
                EligibilityOutcome.NotPermitted => error && effect != RuleEffect.Permit,
                EligibilityOutcome.Review => error ? effect != RuleEffect.Permit : effect == RuleEffect.Review || rule.IsPermit,
                _ => !error && rule.Outcome == outcome,
            };
            if (decides)
            {
                (into ??= []).Add(finding);
            }
        }
    }

    private (EligibilityOutcome Outcome, List<(CompiledRule Rule, RuleFinding Finding)> Fired) ExplainOne(in Subject subject)
    {
        var day = subject.Engagement.Date.DayNumber;
        var fired = new List<(CompiledRule, RuleFinding)>(8);
        FactTrace? trace = null;
        var outcome = EligibilityOutcome.Permit;
        var permitted = false;
        var forbidden = false;
        var error = false;
        var bucket = _byKind[(int)subject.Engagement.Kind];
        var byId = subject.Partner is { } partner
            ? bucket.ByPartnerId.GetValueOrDefault(partner.Id.Value, RuleSet.Empty)
            : bucket.PartnerIdUnknown;
        var byKind = bucket.ByOrganizationKind[subject.Organization is { } org ? (int)org.Kind : OrganizationKinds];
        foreach (var set in (ReadOnlySpan<RuleSet>)[bucket.General, byId, byKind])
        {
            foreach (var rule in set.Rules)
            {
                if (day < rule.FromDay || day > rule.UntilDay || Judge(rule, subject, null) == Tri.False)
                {
                    continue;
                }

                // Only rules that apply (or cannot be evaluated) are walked again to record their facts.
                trace ??= new FactTrace(_mostLeaves);
                trace.Reset();
                var result = Judge(rule, subject, trace);

                var finding = new RuleFinding
                {
                    RuleId = rule.Rule.Id,
                    Effect = rule.Rule.Effect,
                    Partner = subject.PartnerId,
                    Reason = rule.Rule.Reason,
                    Source = rule.Rule.Source,
                    Facts = trace.Facts,
                    Error = result == Tri.Unknown ? string.Join(" ", trace.Missing.DefaultIfEmpty("a fact it needs is missing.")) : null,
                };
                fired.Add((rule, finding));
                if (result == Tri.Unknown)
                {
                    error |= rule.Rule.Effect != RuleEffect.Permit;
                    continue;
                }

                forbidden |= rule.Rule.Effect == RuleEffect.Forbid;
                permitted |= rule.IsPermit;
                outcome = rule.Outcome > outcome ? rule.Outcome : outcome;
            }
        }

        // In id order: an insertion sort by rank (a handful of rules fire).
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(fired);
        for (var i = 1; i < span.Length; i++)
        {
            var item = span[i];
            var j = i - 1;
            for (; j >= 0 && span[j].Item1.Rank > item.Item1.Rank; j--)
            {
                span[j + 1] = span[j];
            }

            span[j + 1] = item;
        }

        if (forbidden)
        {
            return (EligibilityOutcome.Forbid, fired);
        }

        if (error && outcome < EligibilityOutcome.Review)
        {
            outcome = EligibilityOutcome.Review;
        }

        return (permitted ? outcome : _nothingPermits, fired);
    }
}
