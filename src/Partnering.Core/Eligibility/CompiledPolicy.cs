using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Partnering.Core.Eligibility;

internal enum NodeOp : byte
{
    All,
    Any,
    Not,
    BoolIs,
    EnumIn,
    EnumSetAny,
    TextIn,
    TextSetAny,
    IntIs,
    IntAtLeast,
    IntAtMost,
    Predicate,
}

internal readonly struct Node
{
    public NodeOp Op { get; init; }

    public FactId Fact { get; init; }

    public int First { get; init; }

    public int Count { get; init; }

    public ulong Mask { get; init; }

    public long Number { get; init; }

    public string[]? Texts { get; init; }

    public string Description { get; init; }

    /// <summary>For a test of a static partner fact: the profile bits saying the fact is known (0 otherwise).</summary>
    public ulong StaticKnown { get; init; }

    /// <summary>For a test of a static partner fact: the profile bits of which one must be set for the test to hold.</summary>
    public ulong StaticValue { get; init; }
}

internal sealed class CompiledRule
{
    public required PolicyRule Rule { get; init; }

    public required int Root { get; init; }

    public required int FromDay { get; init; }

    public required int UntilDay { get; init; }

    /// <summary>Top-level tests of static partner facts, as masks over the partner's profile (see <see cref="PartnerProfile"/>).</summary>
    public ulong[] Known { get; set; } = [];

    /// <inheritdoc cref="Known"/>
    public ulong[] Value { get; set; } = [];

    /// <summary>Whether every top-level test is one of <see cref="Known"/>, so the masks decide the rule when the facts are known.</summary>
    public bool FullyStatic { get; set; }

    /// <summary>How many leaves the condition has: the most facts an explanation can record for it.</summary>
    public int Leaves { get; set; }

    /// <summary>The rule's place in the policy's rules ordered by id (ordinal), for ordering findings.</summary>
    public int Rank { get; set; }

    /// <summary>The last advice worded for the rule from a given wording of what to avoid (see <see cref="CompiledPolicy"/>'s closest-permit search).</summary>
    public AdviceMemo? LastAdvice { get; set; }

    /// <summary>The start of the advice when the rule forbids for reasons the chapter can change.</summary>
    public string DeclineOrChange => field ??= $"decline the engagement as proposed (the partnership stands), or change it so that '{Rule.Id}' no longer applies: ";

    public EligibilityOutcome Outcome => Effect(Rule.Effect);

    /// <summary>The engagement kinds the rule judges, one bit per <see cref="EngagementKind"/>.</summary>
    public ulong KindMask { get; init; } = ulong.MaxValue;

    /// <summary>The names of the kinds in <see cref="KindMask"/>, for advice (worded once).</summary>
    public string KindText { get; init; } = string.Empty;

    public bool IsPermit => Rule.Effect is RuleEffect.Permit or RuleEffect.PermitWithConditions;

    public static EligibilityOutcome Effect(RuleEffect effect) => effect switch
    {
        RuleEffect.Permit => EligibilityOutcome.Permit,
        RuleEffect.PermitWithConditions => EligibilityOutcome.PermitWithConditions,
        RuleEffect.Review => EligibilityOutcome.Review,
        _ => EligibilityOutcome.Forbid,
    };
}

/// <summary>An advice and the wording of what to avoid it was made from.</summary>
internal sealed record AdviceMemo(string Avoid, string Advice);

/// <summary>Rules of one index bucket, forbids first so a decision can stop at the first forbid.</summary>
internal sealed class RuleSet
{
    public static readonly RuleSet Empty = new([]);

    public RuleSet(IEnumerable<CompiledRule> rules)
    {
        Rules = [.. rules.OrderBy(r => r.Rule.Effect == RuleEffect.Forbid ? 0 : 1)];
        ForbidCount = Rules.Count(r => r.Rule.Effect == RuleEffect.Forbid);
    }

    public CompiledRule[] Rules { get; }

    public int ForbidCount { get; }
}

/// <summary>The rules judging one engagement kind, indexed by partner id and organization kind.</summary>
internal sealed class KindBucket
{
    public required RuleSet General { get; init; }

    public required FrozenDictionary<string, RuleSet> ByPartnerId { get; init; }

    /// <summary>Rules guarded by a partner id, for an engagement whose partner is not known.</summary>
    public required RuleSet PartnerIdUnknown { get; init; }

    /// <summary>Indexed by organization kind; the last slot is for partners that are not organizations.</summary>
    public required RuleSet[] ByOrganizationKind { get; init; }

    /// <summary>Whether any rule is indexed by partner id or organization kind (most packs have none).</summary>
    public required bool HasIndexed { get; init; }
}

/// <summary>
/// Records the facts read while evaluating one rule, for explanations; one trace serves the rules of one
/// explanation in turn (<see cref="Reset"/>). A fact is recorded once: its entry depends only on the fact
/// and the subject, so the facts already recorded are kept as bits.
/// </summary>
internal sealed class FactTrace(int capacity)
{
    private FactUsed[] _facts = capacity == 0 ? [] : new FactUsed[capacity];
    private int _count;
    private List<string>? _missing;

    /// <summary>The facts recorded (one bit per <see cref="FactId"/>).</summary>
    public ulong Recorded { get; set; }

    /// <summary>The facts whose absence is recorded in <see cref="Missing"/>.</summary>
    public ulong RecordedMissing { get; set; }

    public void Add(FactUsed used)
    {
        if (_count == _facts.Length)
        {
            Array.Resize(ref _facts, Math.Max(4, _count * 2));
        }

        _facts[_count++] = used;
    }

    /// <summary>The facts recorded, in order, as the finding's list.</summary>
    public IReadOnlyList<FactUsed> Facts => _count == 0 ? Internal.ValueList<FactUsed>.Empty : Internal.ValueList<FactUsed>.Wrap(_facts[.._count]);

    /// <summary>Why facts are missing; made on the first one (most traces have none).</summary>
    public List<string> Missing => _missing ??= [];

    /// <summary>Empties the trace for the next rule.</summary>
    public void Reset()
    {
        _count = 0;
        Recorded = 0;
        RecordedMissing = 0;
        _missing?.Clear();
    }
}

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
                    rule.LastAdvice = memo = new AdviceMemo(avoid, string.Concat(rule.DeclineOrChange, avoid));
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
            changes.Add($"the engagement would have to be one of: {(bestKinds == best.KindMask ? best.KindText : KindList(bestKinds))} (it is {EnumText<EngagementKind>.Name(subject.Engagement.Kind)})");
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

    private static readonly ulong _allKinds = (1UL << EngagementKinds) - 1;

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

    /// <summary>Turns condition trees into flat node arrays.</summary>
    private sealed class Builder(FrozenDictionary<string, IEligibilityPredicate> predicates)
    {
        private readonly List<List<int>> _pending = [];

        public List<Node> Nodes { get; } = [];

        public List<IEligibilityPredicate> Predicates { get; } = [];

        public List<PredicateArguments> Arguments { get; } = [];

        public int Add(PolicyCondition condition)
        {
            switch (condition)
            {
                case PolicyCondition.AllOf or PolicyCondition.AnyOf or PolicyCondition.Negation:
                    var parts = condition switch
                    {
                        PolicyCondition.AllOf all => all.Parts,
                        PolicyCondition.AnyOf any => any.Parts,
                        _ => [((PolicyCondition.Negation)condition).Part],
                    };
                    var op = condition switch
                    {
                        PolicyCondition.AllOf => NodeOp.All,
                        PolicyCondition.AnyOf => NodeOp.Any,
                        _ => NodeOp.Not,
                    };
                    var children = parts.Select(Add).ToList();
                    var index = Nodes.Count;
                    Nodes.Add(new Node { Op = op, First = _pending.Count, Count = children.Count, Description = condition.ToString() });
                    _pending.Add(children);
                    return index;
                case PolicyCondition.PredicateTest call:
                    Predicates.Add(predicates[call.Name]);
                    var args = new Dictionary<string, PolicyValue>(StringComparer.Ordinal);
                    foreach (var (name, value) in call.Arguments)
                    {
                        args[name] = value;
                    }

                    Arguments.Add(new PredicateArguments(args));
                    Nodes.Add(new Node { Op = NodeOp.Predicate, Number = Predicates.Count - 1, Description = call.ToString() });
                    return Nodes.Count - 1;
                default:
                    var leaf = Leaf((PolicyCondition.FactTest)condition);
                    if (PartnerProfile.TryMasks(leaf, out var staticKnown, out var staticValue))
                    {
                        leaf = leaf with { StaticKnown = staticKnown, StaticValue = staticValue };
                    }

                    Nodes.Add(leaf);
                    return Nodes.Count - 1;
            }
        }

        /// <summary>Lays the children lists out in one array and points each composite node at its slice.</summary>
        public int[] Finish()
        {
            var children = new List<int>();
            var starts = new int[_pending.Count];
            for (var i = 0; i < _pending.Count; i++)
            {
                starts[i] = children.Count;
                children.AddRange(_pending[i]);
            }

            for (var i = 0; i < Nodes.Count; i++)
            {
                if (Nodes[i].Op is NodeOp.All or NodeOp.Any or NodeOp.Not)
                {
                    Nodes[i] = Nodes[i] with { First = starts[Nodes[i].First] };
                }
            }

            return [.. children];
        }

        private static Node Leaf(PolicyCondition.FactTest test)
        {
            var info = FactCatalog.ByName[test.Fact];
            var values = test.Value.Kind == PolicyValueKind.List ? test.Value.Items : [test.Value];
            var description = $"{test.Fact} {PolicyValidator.Key(test.Comparison)} {test.Value}";
            switch (info.Type)
            {
                case FactType.Boolean:
                    return new Node { Op = NodeOp.BoolIs, Fact = info.Id, Number = test.Value.Boolean ? 1 : 0, Description = description };
                case FactType.Enum:
                    return new Node { Op = NodeOp.EnumIn, Fact = info.Id, Mask = PolicyValidator.EnumMask(info, values), Description = description };
                case FactType.EnumSet:
                    return new Node { Op = NodeOp.EnumSetAny, Fact = info.Id, Mask = PolicyValidator.EnumMask(info, values), Description = description };
                case FactType.Text:
                    return new Node { Op = NodeOp.TextIn, Fact = info.Id, Texts = [.. values.Select(v => Normalize(info, v.Text!))], Description = description };
                case FactType.TextSet:
                    return new Node { Op = NodeOp.TextSetAny, Fact = info.Id, Texts = [.. values.Select(v => Normalize(info, v.Text!))], Description = description };
                default:
                    var number = info.Type == FactType.Date
                        ? DateOnly.ParseExact(test.Value.Text!, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber
                        : test.Value.Number;
                    var op = test.Comparison switch
                    {
                        FactComparison.AtLeast => NodeOp.IntAtLeast,
                        FactComparison.AtMost => NodeOp.IntAtMost,
                        _ => NodeOp.IntIs,
                    };
                    return new Node { Op = op, Fact = info.Id, Number = number, Description = description };
            }
        }

        private static string Normalize(FactInfo info, string text)
            => info.Id is FactId.PartnerIssueAreas or FactId.PartnerTactics or FactId.EngagementTactic ? Term.Normalize(text, "A term") : text;
    }
}
