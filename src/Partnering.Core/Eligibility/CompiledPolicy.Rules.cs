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

    public EligibilityOutcome Outcome => Effect(Rule.Effect);

    /// <summary>The engagement kinds the rule judges, one bit per <see cref="EngagementKind"/>.</summary>
    public ulong KindMask { get; init; } = ulong.MaxValue;

    /// <summary>The names of the kinds in <see cref="KindMask"/>, for advice (worded once); set for every rule of the policy, not for the answer when nothing permits, which is never advised.</summary>
    public string? KindText { get; init; }

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
    /// <summary>Room for as many facts as the capacity, the most leaves of any rule, and a rule records at most one fact per leaf (a fact once, a predicate per call), so the array never has to grow.</summary>
    private readonly FactUsed[] _facts = new FactUsed[capacity];
    private int _count;
    private List<string>? _missing;

    /// <summary>The facts recorded (one bit per <see cref="FactId"/>).</summary>
    public ulong Recorded { get; set; }

    /// <summary>The facts whose absence is recorded in <see cref="Missing"/>.</summary>
    public ulong RecordedMissing { get; set; }

    public void Add(FactUsed used) => _facts[_count++] = used;

    /// <summary>The facts recorded, in order, as the finding's list.</summary>
    public IReadOnlyList<FactUsed> Facts => Internal.ValueList<FactUsed>.Wrap(_facts[.._count]);

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
