using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Partnering.Core.Eligibility;

// After a Forbid or NotPermitted: the closest permit the chapter could reach, and what to change.
internal sealed partial class CompiledPolicy
{
    /// <summary>The rule id of advice that offers no permit rule (decline, or ask).</summary>
    public const string NoPermitRule = "(none)";

    /// <summary>The cost of a change the chapter cannot make (a known fact about who the partner is).</summary>
    private const int Never = 1 << 20;

    /// <summary>
    /// What the chapter can do after a Forbid or NotPermitted. Only changes the chapter can make are offered:
    /// the engagement's kind, date and facts, and finding out facts about the partner that are missing. A known
    /// fact about who the partner is (its kind, partisan nature, tax status, an individual's candidacy, a
    /// member's affiliation) is never offered as a change. A forbid rule that rests on such facts is answered
    /// with "decline", and the engagement kinds it leaves open; one that rests on the engagement with what to
    /// change in it (the partnership stands). Without a permit the chapter can reach, the advice is to ask the
    /// chapter's point of contact.
    /// </summary>
    private PermitGap? ClosestPermit(in Subject subject, List<(CompiledRule Rule, RuleFinding Finding)> fired)
    {
        var day = subject.Engagement.Date.DayNumber;
        var kindBit = 1UL << (int)subject.Engagement.Kind;
        List<string>? blocking = null;
        var changes = new List<string>();
        var open = _allKinds;
        var fixedBlock = false;
        foreach (var (rule, finding) in fired)
        {
            if (finding.Error is not null || rule.Rule.Effect != RuleEffect.Forbid)
            {
                continue;
            }

            (blocking ??= []).Add(rule.Rule.Id);
            if (rule.Root >= 0 && Cost(rule.Root, false, subject) < Never)
            {
                // The changes that would avoid the rule are worded into the list, then joined into one entry.
                var start = changes.Count;
                Needed(rule.Root, false, subject, changes);
                var avoid = changes.Count - start == 1 ? changes[start] : string.Join(", ", changes.Skip(start));
                changes.RemoveRange(start, changes.Count - start);

                // The same wording of what to avoid (a boolean's wording is made once) gives the same advice: kept per rule.
                var memo = rule.LastAdvice;
                if (memo is null || !ReferenceEquals(memo.Avoid, avoid))
                {
                    rule.LastAdvice = memo = new AdviceMemo(avoid, string.Concat("decline the engagement as proposed (the partnership stands), or change it so that '", rule.Rule.Id, "' no longer applies: ", avoid));
                }

                changes.Add(memo.Advice);
            }
            else
            {
                fixedBlock = true;
                open &= ~rule.KindMask;
                changes.Add(finding.Facts.Count == 0
                    ? $"decline: '{rule.Rule.Id}' forbids it whoever the partner is"
                    : $"decline: '{rule.Rule.Id}' applies because of who the partner is ({string.Join("; ", finding.Facts)}), which is not the chapter's to change");
            }
        }

        if (_permitsById.Length == 0)
        {
            return blocking is null ? null : new PermitGap { RuleId = NoPermitRule, Partner = subject.PartnerId, Changes = [.. changes, "the policy has no permit rule at all"], BlockingRules = Freeze(blocking) };
        }

        if (fixedBlock)
        {
            if (open == 0)
            {
                changes.Add("no kind of engagement with this partner is open while that holds");
                return new PermitGap { RuleId = NoPermitRule, Partner = subject.PartnerId, Changes = Freeze(changes), BlockingRules = Freeze(blocking) };
            }

            changes.Add($"kinds of engagement it does not forbid: {KindList(open)}");
        }

        // Count first (no allocation), then word only the closest rule's changes.
        CompiledRule? best = null;
        var fewest = Never;
        foreach (var rule in _permitsById)
        {
            // Under a forbid that rests on the partner, only another kind of engagement can help.
            var kinds = fixedBlock ? rule.KindMask & open : rule.KindMask;
            if (kinds == 0)
            {
                continue;
            }

            var count = ((kinds & kindBit) == 0 ? 1 : 0) + (day < rule.FromDay || day > rule.UntilDay ? 1 : 0);
            if (count < fewest && rule.Root >= 0)
            {
                count += Cost(rule.Root, true, subject);
            }

            if (count < fewest)
            {
                best = rule;
                fewest = count;
                if (fewest == 0)
                {
                    // A permit that already holds: none can come closer, and it needs no change.
                    break;
                }
            }
        }

        if (best is null)
        {
            changes.Add($"no permit rule fits this partner as recorded: when in doubt, ask {PointOfContact(subject.Chapter)}");
            return new PermitGap { RuleId = NoPermitRule, Partner = subject.PartnerId, Changes = Freeze(changes), BlockingRules = Freeze(blocking) };
        }

        var bestKinds = fixedBlock ? best.KindMask & open : best.KindMask;
        if ((bestKinds & kindBit) == 0)
        {
            changes.Add($"the engagement would have to be one of: {(bestKinds == best.KindMask ? best.KindText! : KindList(bestKinds))} (it is {EnumText<EngagementKind>.Name(subject.Engagement.Kind)})");
        }

        if (day < best.FromDay || day > best.UntilDay)
        {
            changes.Add($"the engagement date would have to fall within the rule's effective dates ({best.Rule.EffectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "any"} to {best.Rule.EffectiveUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "any"})");
        }

        if (best.Root >= 0 && fewest > 0)
        {
            Needed(best.Root, true, subject, changes);
        }

        return new PermitGap { RuleId = best.Rule.Id, Partner = subject.PartnerId, Changes = Freeze(changes), BlockingRules = Freeze(blocking) };
    }

    // From the enum itself, not EngagementKinds: static fields in other files of a partial class may not be set yet.
    private static readonly ulong _allKinds = (1UL << Enum.GetValues<EngagementKind>().Length) - 1;

    private static ulong KindMaskOf(IReadOnlyList<EngagementKind> kinds)
        => kinds.Count == 0 ? _allKinds : kinds.Aggregate(0UL, (mask, kind) => mask | (1UL << (int)kind));

    private static string KindList(ulong kinds)
    {
        var names = new List<string>();
        for (var k = 0; k < EngagementKinds; k++)
        {
            if ((kinds & (1UL << k)) != 0)
            {
                names.Add(EnumText<EngagementKind>.Names[k]);
            }
        }

        return string.Join(", ", names);
    }

    /// <summary>Whether a leaf reads a fact the chapter cannot change: who the partner is, or its member's ties.</summary>
    private static bool IsFixed(in Node node) => node.Op != NodeOp.Predicate && node.Fact >= FactId.PartnerId;

    private Tri Value(in Node node, in Subject s)
        => node.Op == NodeOp.Predicate ? CallPredicate(node, s, null)
            : node.StaticKnown != 0 && (s.Profile & node.StaticKnown) != 0 ? (s.Profile & node.StaticValue) != 0 ? Tri.True : Tri.False
            : Leaf(node, s);

    /// <summary>
    /// The fewest changes the chapter can make for the node to take the wanted value: 1 per engagement fact
    /// or missing partner fact to change, <see cref="Never"/> when it needs a known partner fact changed.
    /// </summary>
    private int Cost(int index, bool wanted, in Subject s)
    {
        ref readonly var node = ref _nodes[index];
        switch (node.Op)
        {
            case NodeOp.All or NodeOp.Any:
                var conjunction = (node.Op == NodeOp.All) == wanted;
                var result = conjunction ? 0 : Never;
                for (var i = 0; i < node.Count; i++)
                {
                    var part = Cost(_children[node.First + i], wanted, s);
                    if (conjunction)
                    {
                        result += part;
                        if (result >= Never)
                        {
                            return Never;
                        }
                    }
                    else if (part < result)
                    {
                        result = part;
                    }
                }

                return result;
            case NodeOp.Not:
                return Cost(_children[node.First], !wanted, s);
            default:
                var value = Value(node, s);
                return value == (wanted ? Tri.True : Tri.False) ? 0 : IsFixed(node) && value != Tri.Unknown ? Never : 1;
        }
    }

    /// <summary>Words the changes <see cref="Cost"/> counted, into <paramref name="changes"/>.</summary>
    private void Needed(int index, bool wanted, in Subject s, List<string> changes)
    {
        ref readonly var node = ref _nodes[index];
        switch (node.Op)
        {
            case NodeOp.All or NodeOp.Any:
                if ((node.Op == NodeOp.All) == wanted)
                {
                    for (var i = 0; i < node.Count; i++)
                    {
                        Needed(_children[node.First + i], wanted, s, changes);
                    }

                    return;
                }

                // On a tie the later part is worded: policies test their guards first (the partner's type,
                // whether there is a target or a tactic) and the substance last (the message, the tactic).
                var best = -1;
                var fewest = int.MaxValue;
                for (var i = 0; i < node.Count; i++)
                {
                    var part = Cost(_children[node.First + i], wanted, s);
                    if (part <= fewest)
                    {
                        best = _children[node.First + i];
                        fewest = part;
                    }
                }

                if (best >= 0)
                {
                    Needed(best, wanted, s, changes);
                }

                return;
            case NodeOp.Not:
                Needed(_children[node.First], !wanted, s, changes);
                return;
            default:
                var value = Value(node, s);
                if (value == (wanted ? Tri.True : Tri.False))
                {
                    return;
                }

                if (node.Op == NodeOp.Predicate)
                {
                    changes.Add($"{node.Description} would have to {(wanted ? "hold" : "not hold")} (it {(value == Tri.Unknown ? "could not tell" : value == Tri.True ? "holds" : "does not hold")})");
                    return;
                }

                var info = FactCatalog.Info(node.Fact);
                if (value == Tri.Unknown && IsFixed(node))
                {
                    changes.Add($"find out {info.Name} ({info.Meaning}): the rule needs {node.Description}{(wanted ? string.Empty : " to be false")}");
                    return;
                }

                var now = FactReader.Display(node.Fact, s);
                if (node.Op == NodeOp.BoolIs)
                {
                    // A boolean test has six wordings (wanted or not, and the value now: true, false or
                    // missing), each worded once per policy.
                    ref var worded = ref _booleanAdvice[(index * 6) + (wanted ? 3 : 0) + (now is null ? 2 : now == "true" ? 0 : 1)];
                    changes.Add(worded ??= string.Concat(info.Name, (node.Number != 0) == wanted ? " would have to be true (it is " : " would have to be false (it is ", now ?? "missing", ")"));
                    return;
                }

                // string.Concat rather than interpolation: one allocation, no pooled buffer (the advice is on the explanation's hot path).
                changes.Add(string.Concat(node.Description, wanted ? " would have to hold (" : " would have to not hold (", info.Name, " is ", (now ?? "missing") + ")"));
                return;
        }
    }
}
