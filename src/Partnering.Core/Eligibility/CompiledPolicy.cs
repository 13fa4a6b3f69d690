using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Partnering.Core.Eligibility;

/// <summary>A validated policy compiled into flat node arrays and an index by engagement kind.</summary>
internal sealed partial class CompiledPolicy : IEligibilityEvaluator
{
    private static readonly int OrganizationKinds = Enum.GetValues<OrganizationKind>().Length;
    private readonly Node[] _nodes;
    private readonly int[] _children;
    private readonly IEligibilityPredicate[] _predicates;
    private readonly PredicateArguments[] _arguments;
    private readonly KindBucket[] _byKind;
    private readonly CompiledRule[] _all;

    public CompiledPolicy(EligibilityPolicy policy, FrozenDictionary<string, IEligibilityPredicate> predicates)
    {
        Policy = policy;
        ContentHash = ContentHasher(policy);
        var builder = new Builder(predicates);
        _all = [.. policy.Rules.Select(rule => new CompiledRule
        {
            Rule = rule,
            Root = rule.When is null ? -1 : builder.Add(rule.When),
            FromDay = rule.EffectiveFrom?.DayNumber ?? int.MinValue,
            UntilDay = rule.EffectiveUntil?.DayNumber ?? int.MaxValue,
            KindMask = KindMaskOf(rule.AppliesTo),
            KindText = KindList(KindMaskOf(rule.AppliesTo)),
        })];
        _children = builder.Finish();
        _nodes = [.. builder.Nodes];
        _booleanAdvice = new string?[_nodes.Length * 6];
        foreach (var rule in _all)
        {
            Prefilter(rule);
            rule.Leaves = rule.Root < 0 ? 0 : CountLeaves(rule.Root);
        }

        _mostLeaves = _all.Length == 0 ? 0 : _all.Max(r => r.Leaves);
        var byId = _all.Select((rule, i) => (rule, i)).OrderBy(p => p.rule.Rule.Id, StringComparer.Ordinal).ThenBy(p => p.i).ToArray();
        for (var rank = 0; rank < byId.Length; rank++)
        {
            byId[rank].rule.Rank = rank;
        }

        _predicates = [.. builder.Predicates];
        _arguments = [.. builder.Arguments];
        _byKind = [.. Enum.GetValues<EngagementKind>().Select(BuildBucket)];
        _permitsById = [.. _all.Where(r => r.IsPermit).OrderBy(r => r.Rule.Id, StringComparer.Ordinal)];
        _nothingPermits = policy.WhenNothingPermits is null ? EligibilityOutcome.NotPermitted : EligibilityOutcome.Review;
        _fallback = policy.WhenNothingPermits is { } fallback
            ? new CompiledRule { Rule = fallback, Root = -1, FromDay = int.MinValue, UntilDay = int.MaxValue }
            : null;
    }

    /// <summary>The wordings of boolean tests in advice, six per node (see <see cref="Needed"/>), made on first use.</summary>
    private readonly string?[] _booleanAdvice;

    /// <summary>The most leaves of any rule's condition: the size of an explanation's trace.</summary>
    private readonly int _mostLeaves;

    /// <summary>The permit rules in id order, for the closest-permit search.</summary>
    private readonly CompiledRule[] _permitsById;

    /// <summary>The policy's answer when nothing permits, as a rule for explanations.</summary>
    private readonly CompiledRule? _fallback;

    /// <summary>The reviewer name that stands for the chapter's point of contact in policies.</summary>
    public const string PointOfContactReviewer = "@pointOfContact";

    /// <summary>Who <see cref="PointOfContactReviewer"/> is for this chapter: the named person, or what to record.</summary>
    public static string PointOfContact(Chapter chapter)
    {
        var body = chapter.NationalBody;
        if (chapter.PointOfContact is { Name: { } name } contact && name.Trim().Length > 0)
        {
            return name.Trim() + (contact.Role is { } role && role.Trim().Length > 0 ? " (" + role.Trim() + ")" : string.Empty) + (body is null ? string.Empty : ", " + body);
        }

        return $"the chapter's point of contact at {body ?? "its national body"} (none on record: set the chapter's pointOfContact)";
    }

    private static string Reviewer(string reviewer, Chapter chapter)
        => string.Equals(reviewer, PointOfContactReviewer, StringComparison.Ordinal) ? PointOfContact(chapter) : reviewer;

    /// <summary>The outcome when no rule permits and none forbids: NotPermitted, or Review when the policy names who to ask.</summary>
    private readonly EligibilityOutcome _nothingPermits;

    public EligibilityPolicy Policy { get; }

    public string ContentHash { get; }

    /// <summary>
    /// The SHA-256 of a policy's canonical document, as lower-case hex. The canonical form is the documents
    /// layer's, which provides this when the assembly loads (<c>Documents/BuiltInDocuments.cs</c>), so this
    /// capability names no document type.
    /// </summary>
    internal static Func<EligibilityPolicy, string> ContentHasher { get; set; } = _ => throw new InvalidOperationException("The documents layer did not provide the policy content hash.");

    private int CountLeaves(int index)
    {
        var node = _nodes[index];
        if (node.Op is not (NodeOp.All or NodeOp.Any or NodeOp.Not))
        {
            return 1;
        }

        var leaves = 0;
        for (var i = 0; i < node.Count; i++)
        {
            leaves += CountLeaves(_children[node.First + i]);
        }

        return leaves;
    }

    private void Prefilter(CompiledRule rule)
    {
        if (rule.Root < 0)
        {
            return;
        }

        var root = _nodes[rule.Root];
        var parts = root.Op == NodeOp.All ? Enumerable.Range(0, root.Count).Select(i => _children[root.First + i]).ToArray() : [rule.Root];
        var known = new List<ulong>();
        var value = new List<ulong>();
        foreach (var part in parts)
        {
            if (PartnerProfile.TryMasks(_nodes[part], out var k, out var v))
            {
                known.Add(k);
                value.Add(v);
            }
        }

        rule.Known = [.. known];
        rule.Value = [.. value];
        rule.FullyStatic = known.Count == parts.Length;
    }

    /// <summary>Judges one rule: static masks first, then the condition tree. With a trace, always walks the tree so the facts are recorded.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Tri Judge(CompiledRule rule, in Subject s, FactTrace? trace)
    {
        if (trace is null && rule.Known.Length > 0)
        {
            var profile = s.Profile;
            var known = rule.Known;
            var value = rule.Value;
            var allKnown = true;
            for (var i = 0; i < known.Length; i++)
            {
                if ((profile & known[i]) == 0)
                {
                    allKnown = false;
                }
                else if ((profile & value[i]) == 0)
                {
                    return Tri.False;
                }
            }

            if (allKnown && rule.FullyStatic)
            {
                return Tri.True;
            }
        }

        return rule.Root < 0 ? Tri.True : Eval(rule.Root, s, trace);
    }

    private KindBucket BuildBucket(EngagementKind kind)
    {
        var general = new List<CompiledRule>();
        var byId = new Dictionary<string, List<CompiledRule>>(StringComparer.Ordinal);
        var idUnknown = new List<CompiledRule>();
        var byOrgKind = Enumerable.Range(0, OrganizationKinds + 1).Select(_ => new List<CompiledRule>()).ToArray();
        foreach (var rule in _all)
        {
            if (rule.Rule.AppliesTo.Count > 0 && !rule.Rule.AppliesTo.Contains(kind))
            {
                continue;
            }

            if (Guard(rule.Root, FactId.PartnerId) is { } idGuard)
            {
                foreach (var id in idGuard.Texts!)
                {
                    if (!byId.TryGetValue(id, out var list))
                    {
                        byId[id] = list = [];
                    }

                    if (!list.Contains(rule))
                    {
                        list.Add(rule);
                    }
                }

                idUnknown.Add(rule);
            }
            else if (Guard(rule.Root, FactId.PartnerKind) is { } kindGuard)
            {
                for (var k = 0; k < OrganizationKinds; k++)
                {
                    if ((kindGuard.Mask & (1UL << k)) != 0)
                    {
                        byOrgKind[k].Add(rule);
                    }
                }

                byOrgKind[OrganizationKinds].Add(rule);
            }
            else
            {
                general.Add(rule);
            }
        }

        return new KindBucket
        {
            HasIndexed = idUnknown.Count > 0 || Array.Exists(byOrgKind, list => list.Count > 0),
            General = new RuleSet(general),
            ByPartnerId = byId.ToFrozenDictionary(p => p.Key, p => new RuleSet(p.Value), StringComparer.Ordinal),
            PartnerIdUnknown = new RuleSet(idUnknown),
            ByOrganizationKind = [.. byOrgKind.Select(list => list.Count == 0 ? RuleSet.Empty : new RuleSet(list))],
        };
    }

    /// <summary>
    /// A test of <paramref name="fact"/> that must hold for the rule to fire (the root, or a part of a root
    /// all(...)), so the rule can be indexed by it. Rules so indexed are also kept in a bucket for inputs where
    /// the fact is missing, where the test is unknown rather than false.
    /// </summary>
    private Node? Guard(int root, FactId fact)
    {
        if (root < 0)
        {
            return null;
        }

        var node = _nodes[root];
        if (IsGuard(node, fact))
        {
            return node;
        }

        if (node.Op == NodeOp.All)
        {
            for (var i = 0; i < node.Count; i++)
            {
                var part = _nodes[_children[node.First + i]];
                if (IsGuard(part, fact))
                {
                    return part;
                }
            }
        }

        return null;
    }

    private static bool IsGuard(in Node node, FactId fact)
        => node.Fact == fact && ((fact == FactId.PartnerId && node.Op == NodeOp.TextIn) || (fact == FactId.PartnerKind && node.Op == NodeOp.EnumIn));

    public EligibilityOutcome Decide(PartnerDirectory directory, Engagement engagement)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(engagement);
        CheckDefined(engagement);
        var partners = engagement.Partners;
        if (partners.Count == 0)
        {
            return DecideOne(new Subject(directory, engagement, null));
        }

        var outcome = EligibilityOutcome.Permit;
        for (var i = 0; i < partners.Count; i++)
        {
            var one = DecideOne(new Subject(directory, engagement, partners[i]));
            if (one == EligibilityOutcome.Forbid)
            {
                return one;
            }

            if (one > outcome)
            {
                outcome = one;
            }
        }

        return outcome;
    }

    private static readonly int EngagementKinds = Enum.GetValues<EngagementKind>().Length;
    private static readonly int Venues = Enum.GetValues<EngagementVenue>().Length;
    private static readonly int Targets = Enum.GetValues<TargetKind>().Length;

    /// <summary>An engagement carrying a value outside its enums (a bad cast) is not a well-typed input.</summary>
    private static void CheckDefined(Engagement engagement)
    {
        if ((uint)engagement.Kind >= (uint)EngagementKinds || (uint)engagement.Venue >= (uint)Venues
            || (engagement.Target is { } target && (uint)target >= (uint)Targets))
        {
            throw new ArgumentOutOfRangeException(nameof(engagement), $"The engagement's kind, venue or target is not a defined value (kind {(int)engagement.Kind}, venue {(int)engagement.Venue}, target {(int?)engagement.Target}).");
        }
    }

    private EligibilityOutcome DecideOne(in Subject subject)
    {
        var bucket = _byKind[(int)subject.Engagement.Kind];
        var plan = subject.Profile != 0 ? PlanFor(subject.Profile, subject.Engagement.Kind) : null;
        if (plan is not null)
        {
            return DecideWith(plan, bucket, subject);
        }

        var byId = subject.Partner is { } partner
            ? bucket.ByPartnerId.Count == 0 ? RuleSet.Empty : bucket.ByPartnerId.GetValueOrDefault(partner.Id.Value, RuleSet.Empty)
            : bucket.PartnerIdUnknown;
        var byKind = bucket.ByOrganizationKind[subject.Organization is { } org ? (int)org.Kind : OrganizationKinds];
        var day = subject.Engagement.Date.DayNumber;

        var error = false;
        var outcome = EligibilityOutcome.Permit;
        var permitted = false;
        if (AnyForbid(bucket.General, subject, day, ref error) || AnyForbid(byId, subject, day, ref error) || AnyForbid(byKind, subject, day, ref error))
        {
            return EligibilityOutcome.Forbid;
        }

        Others(bucket.General, subject, day, ref outcome, ref permitted, ref error);
        Others(byId, subject, day, ref outcome, ref permitted, ref error);
        Others(byKind, subject, day, ref outcome, ref permitted, ref error);
        if (error && outcome < EligibilityOutcome.Review)
        {
            outcome = EligibilityOutcome.Review;
        }

        return permitted ? outcome : _nothingPermits;
    }

    private bool AnyForbid(RuleSet set, in Subject subject, int day, ref bool error)
    {
        var rules = set.Rules;
        for (var i = 0; i < set.ForbidCount; i++)
        {
            var rule = rules[i];
            if (day < rule.FromDay || day > rule.UntilDay)
            {
                continue;
            }

            var result = Judge(rule, subject, null);
            if (result == Tri.True)
            {
                return true;
            }

            error |= result == Tri.Unknown;
        }

        return false;
    }

    private void Others(RuleSet set, in Subject subject, int day, ref EligibilityOutcome outcome, ref bool permitted, ref bool error)
    {
        var rules = set.Rules;
        for (var i = set.ForbidCount; i < rules.Length; i++)
        {
            var rule = rules[i];
            if (day < rule.FromDay || day > rule.UntilDay)
            {
                continue;
            }

            var result = Judge(rule, subject, null);
            if (result == Tri.True)
            {
                var effect = rule.Outcome;
                if (effect > outcome)
                {
                    outcome = effect;
                }

                permitted |= rule.IsPermit;
            }
            else if (result == Tri.Unknown && rule.Rule.Effect != RuleEffect.Permit)
            {
                // A rule that cannot be evaluated never permits; one that could have made the
                // decision stricter (review, conditional permit) sends it to review.
                error = true;
            }
        }
    }

    private Tri Eval(int index, in Subject s, FactTrace? trace)
    {
        ref readonly var node = ref _nodes[index];
        switch (node.Op)
        {
            case NodeOp.All:
            {
                var result = Tri.True;
                for (var i = 0; i < node.Count; i++)
                {
                    var part = Eval(_children[node.First + i], s, trace);
                    if (part == Tri.False)
                    {
                        return Tri.False;
                    }

                    if (part == Tri.Unknown)
                    {
                        result = Tri.Unknown;
                    }
                }

                return result;
            }

            case NodeOp.Any:
            {
                var result = Tri.False;
                for (var i = 0; i < node.Count; i++)
                {
                    var part = Eval(_children[node.First + i], s, trace);
                    if (part == Tri.True)
                    {
                        return Tri.True;
                    }

                    if (part == Tri.Unknown)
                    {
                        result = Tri.Unknown;
                    }
                }

                return result;
            }

            case NodeOp.Not:
            {
                var part = Eval(_children[node.First], s, trace);
                return part == Tri.Unknown ? Tri.Unknown : part == Tri.True ? Tri.False : Tri.True;
            }

            case NodeOp.Predicate:
                return CallPredicate(node, s, trace);
        }

        var value = node.StaticKnown != 0 && (s.Profile & node.StaticKnown) != 0
            ? (s.Profile & node.StaticValue) != 0 ? Tri.True : Tri.False
            : Leaf(node, s);
        if (trace is not null)
        {
            Record(trace, node.Fact, s, value);
        }

        return value;
    }

    private static Tri Leaf(in Node node, in Subject s)
    {
        switch (node.Op)
        {
            case NodeOp.BoolIs:
                var b = FactReader.Bool(node.Fact, s);
                return b == Tri.Unknown ? Tri.Unknown : (b == Tri.True) == (node.Number != 0) ? Tri.True : Tri.False;
            case NodeOp.EnumIn:
                var e = FactReader.Enum(node.Fact, s);
                return e < 0 ? Tri.Unknown : (node.Mask & (1UL << e)) != 0 ? Tri.True : Tri.False;
            case NodeOp.EnumSetAny:
                return FactReader.EnumSet(node.Fact, s, out var mask) ? (mask & node.Mask) != 0 ? Tri.True : Tri.False : Tri.Unknown;
            case NodeOp.TextIn:
                var text = FactReader.Text(node.Fact, s);
                return text is null ? Tri.Unknown : Array.IndexOf(node.Texts!, text) >= 0 ? Tri.True : Tri.False;
            case NodeOp.TextSetAny:
                return FactReader.TextSetHasAny(node.Fact, s, node.Texts!);
            default:
                if (!FactReader.Integer(node.Fact, s, out var n))
                {
                    return Tri.Unknown;
                }

                var holds = node.Op switch
                {
                    NodeOp.IntIs => n == node.Number,
                    NodeOp.IntAtLeast => n >= node.Number,
                    _ => n <= node.Number,
                };
                return holds ? Tri.True : Tri.False;
        }
    }

    private Tri CallPredicate(in Node node, in Subject s, FactTrace? trace)
    {
        var predicate = _predicates[node.Number];
        bool? result;
        string? failure = null;
        try
        {
            result = predicate.Evaluate(new PredicateInput(s), _arguments[node.Number]);
        }
#pragma warning disable CA1031 // A failing predicate must send the decision to review, never skip the rule.
        catch (Exception e)
#pragma warning restore CA1031
        {
            result = null;
            failure = e.GetType().Name + ": " + e.Message;
        }

        if (trace is not null)
        {
            trace.Add(new FactUsed("predicate:" + predicate.Name, result is { } r ? (r ? "true" : "false") : null, s.PartnerId));
            if (result is null)
            {
                trace.Missing.Add($"the predicate '{predicate.Name}' could not tell{(failure is null ? string.Empty : " (" + failure + ")")}.");
            }
        }

        return result is { } value ? (value ? Tri.True : Tri.False) : Tri.Unknown;
    }

    /// <summary>The facts that depend only on the chapter and the partner (not on the engagement, its date or the member), one bit per <see cref="FactId"/>.</summary>
    private static readonly ulong StaticFacts = Bits(
        FactId.PartnerId, FactId.PartnerType, FactId.PartnerKind, FactId.PartnerTaxStatus, FactId.PartnerPartisanNature, FactId.PartnerRoles,
        FactId.PartnerPractices, FactId.PartnerIssueAreas, FactId.PartnerTags, FactId.PartnerTactics, FactId.PartnerState, FactId.PartnerBaseSize,
        FactId.PartnerNationalParent, FactId.PartnerIssueOverlap, FactId.PartnerGoalsConflict, FactId.PartnerTacticsConflict, FactId.PartnerOutOfState,
        FactId.PartnerNationalRelationshipHeld, FactId.PartnerSupportsOurCandidates);

    private static ulong Bits(params FactId[] facts) => facts.Aggregate(0UL, (bits, fact) => bits | (1UL << (int)fact));

    private static void Record(FactTrace trace, FactId fact, in Subject s, Tri value)
    {
        // The entry and the reason it is missing depend only on the fact (for one subject), and differ
        // between facts: a fact already recorded is recorded again only as the same entry.
        var bit = 1UL << (int)fact;
        if ((trace.Recorded & bit) == 0)
        {
            trace.Recorded |= bit;
            if ((StaticFacts & bit) != 0 && s.PartnerIndex >= 0)
            {
                // Who the partner is: the same entry for every decision about the partner, made once.
                ref var cached = ref s.Directory.StaticFactsUsed(s.PartnerIndex, FactCatalog.All.Length)[(int)fact];
                trace.Add(cached ??= new FactUsed(FactCatalog.Info(fact).Name, FactReader.Display(fact, s), s.PartnerId));
            }
            else
            {
                trace.Add(new FactUsed(FactCatalog.Info(fact).Name, FactReader.Display(fact, s), s.PartnerId));
            }
        }

        if (value == Tri.Unknown && (trace.RecordedMissing & bit) == 0)
        {
            trace.RecordedMissing |= bit;
            trace.Missing.Add(s.WhyMissing(fact));
        }
    }

    public IReadOnlyList<PartnerScreening> ScreenPartners(PartnerDirectory directory, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var partners = directory.Partners;
        var result = new PartnerScreening[partners.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var engagement = new Engagement { Kind = EngagementKind.Partnership, Date = asOf, Partners = [partners[i].Id] };
            result[i] = new PartnerScreening(partners[i].Id, DecideOne(new Subject(directory, engagement, partners[i], directory.Profiles[i], i)));
        }

        return result;
    }

    public IReadOnlyList<EligibilityDecision> Screen(PartnerDirectory directory, IEnumerable<Engagement> engagements)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(engagements);
        return [.. engagements.Select(e => Explain(directory, e))];
    }
}
