using System;
using System.Collections.Generic;
using System.Numerics;
using System.Threading;

namespace Partnering.Core.Eligibility;

/// <summary>
/// The outcome-only path's plans: for each partner profile (the partner's static facts as bits) and each
/// engagement kind, the general rules pre-judged once. Rules the static facts settle are folded into the
/// plan's standing result; the rest keep only what the static facts leave open, and when that is a
/// conjunction of engagement and date facts (the usual case: "has a tactic and the tactic is one we do not
/// use") it is judged on the bits of <see cref="EngagementProfile"/>, read once per decision, instead of
/// walking the condition tree.
/// </summary>
internal sealed partial class CompiledPolicy
{
    private const int PlanSlots = 4096;

    /// <summary>Plans by profile: a direct-mapped, lock-free cache (a slot is filled once; see <see cref="PlanFor"/>).</summary>
    private readonly PlanEntry?[] _plans = new PlanEntry?[PlanSlots];

    /// <summary>The plans of one profile, one per engagement kind.</summary>
    private sealed class PlanEntry(ulong profile, StaticPlan[] plans)
    {
        public ulong Profile { get; } = profile;

        public StaticPlan[] Plans { get; } = plans;
    }

    /// <summary>
    /// The general rules of one engagement kind pre-judged on a partner profile (see <see cref="StaticPlan"/>).
    /// Cached by profile, so partners sharing a profile share a plan. The cache is one slot per hash of the
    /// profile, filled by the first profile that lands there and never replaced, so readers need no lock; a
    /// profile whose slot is taken uses the plain rule set (the same answers, a little slower).
    /// </summary>
    private StaticPlan? PlanFor(ulong profile, EngagementKind kind)
    {
        ref var slot = ref _plans[(int)((profile * 0x9E3779B97F4A7C15UL) >> 52)];
        var entry = Volatile.Read(ref slot);
        if (entry is null)
        {
            Interlocked.CompareExchange(ref slot, new PlanEntry(profile, BuildPlans(profile)), null);
            entry = Volatile.Read(ref slot)!;
        }

        return entry.Profile == profile ? entry.Plans[(int)kind] : null;
    }

    private StaticPlan[] BuildPlans(ulong profile)
    {
        var plans = new StaticPlan[_byKind.Length];
        for (var k = 0; k < plans.Length; k++)
        {
            plans[k] = BuildPlan(_byKind[k].General, profile);
        }

        return plans;
    }

    /// <summary>Pre-judges a rule set on a profile; see <see cref="StaticPlan"/>.</summary>
    private StaticPlan BuildPlan(RuleSet set, ulong profile)
    {
        var plan = new StaticPlan();
        var fast = new List<BitRule>();
        var fastRules = new List<string>();
        var forbids = new List<CompiledRule>();
        var others = new List<CompiledRule>();
        for (var i = 0; i < set.Rules.Length; i++)
        {
            var rule = set.Rules[i];
            var forbid = i < set.ForbidCount;
            var result = rule.Root < 0 ? StaticResult.True : (StaticResult)StaticEval(rule.Root, profile);
            if (result == StaticResult.False || rule.UntilDay < rule.FromDay)
            {
                continue;
            }

            var undated = rule.FromDay == int.MinValue && rule.UntilDay == int.MaxValue;
            if (result == StaticResult.True && undated)
            {
                // Settled by who the partner is, whatever the engagement: folded into the plan's standing result.
                if (forbid)
                {
                    plan.StaticForbid = true;
                }
                else
                {
                    plan.StaticOutcome = rule.Outcome > plan.StaticOutcome ? rule.Outcome : plan.StaticOutcome;
                    plan.StaticPermitted |= rule.IsPermit;
                }

                continue;
            }

            if (Residual(rule, result, profile, out var bits))
            {
                fast.Add(bits);
                fastRules.Add(rule.Rule.Id);
                plan.Needed |= bits.Facts;
            }
            else
            {
                (forbid ? forbids : others).Add(rule);
            }
        }

        plan.Fast = [.. fast];
        plan.FastRules = [.. fastRules];
        plan.Forbids = new RuleSet(forbids);
        plan.Others = new RuleSet(others);
        return plan;
    }

    /// <summary>
    /// What a rule the profile leaves open (or that has effective dates) still tests, as a <see cref="BitRule"/>,
    /// when that is a conjunction of tests of distinct <see cref="EngagementProfile"/> facts.
    /// </summary>
    private bool Residual(CompiledRule rule, StaticResult result, ulong profile, out BitRule bits)
    {
        ulong known = 0, opposite = 0, facts = 0;
        var groups = 0;
        var extra = -1;
        if (result == StaticResult.Dynamic)
        {
            var root = rule.Root;
            var node = _nodes[root];
            var count = node.Op == NodeOp.All ? node.Count : 1;
            for (var i = 0; i < count; i++)
            {
                var part = node.Op == NodeOp.All ? _children[node.First + i] : root;
                switch ((StaticResult)StaticEval(part, profile))
                {
                    case StaticResult.True:
                        continue;
                    case StaticResult.Dynamic when EngagementProfile.TryMasks(_nodes[part], out var k, out var v) && (facts & (1UL << (int)_nodes[part].Fact)) == 0:
                        known |= k;
                        opposite |= k & ~v;
                        facts |= 1UL << (int)_nodes[part].Fact;
                        groups++;
                        continue;
                    default:
                        // A part still open that is not one test of an engagement fact (a text, a number, a
                        // predicate, an any/not over engagement facts, a fact tested twice): one such part is
                        // walked on its own; with more, the rule walks its tree.
                        if (extra >= 0)
                        {
                            bits = default;
                            return false;
                        }

                        extra = part;
                        continue;
                }
            }
        }

        bits = new BitRule
        {
            Known = known,
            Opposite = opposite,
            Groups = groups,
            Facts = facts,
            Extra = extra,
            FromDay = rule.FromDay,
            Span = unchecked((uint)(rule.UntilDay - rule.FromDay)),
            Outcome = (int)rule.Outcome,
            IsPermit = rule.IsPermit,
            ErrorWhenUnknown = rule.Rule.Effect != RuleEffect.Permit,
        };
        return true;
    }

    /// <summary>A node's value from the profile alone: <see cref="Tri.True"/>, <see cref="Tri.False"/>, or <see cref="StaticResult.Dynamic"/> when it needs the engagement.</summary>
    private byte StaticEval(int index, ulong profile)
    {
        var node = _nodes[index];
        switch (node.Op)
        {
            case NodeOp.All or NodeOp.Any:
            {
                var all = node.Op == NodeOp.All;
                var decisive = all ? (byte)Tri.False : (byte)Tri.True;
                var result = all ? (byte)Tri.True : (byte)Tri.False;
                for (var i = 0; i < node.Count; i++)
                {
                    var part = StaticEval(_children[node.First + i], profile);
                    if (part == decisive)
                    {
                        return decisive;
                    }

                    if (part > result)
                    {
                        // Past the decisive value, part is neutral or Dynamic (3): the larger wins.
                        result = part;
                    }
                }

                return result;
            }

            case NodeOp.Not:
            {
                var part = StaticEval(_children[node.First], profile);
                return part switch
                {
                    (byte)Tri.True => (byte)Tri.False,
                    (byte)Tri.False => (byte)Tri.True,
                    _ => part,
                };
            }

            default:
                return node.StaticKnown != 0 && (profile & node.StaticKnown) != 0
                    ? (profile & node.StaticValue) != 0 ? (byte)Tri.True : (byte)Tri.False
                    : (byte)StaticResult.Dynamic;
        }
    }

    /// <summary>
    /// Decides with a plan: the plan's standing result, its bit rules judged without a branch per rule (the
    /// requests of a varied mix take different paths, and mispredicted branches were most of a decision's
    /// time), then the rules that walk their tree and the rules indexed by partner id or organization kind.
    /// </summary>
    private EligibilityOutcome DecideWith(StaticPlan plan, KindBucket bucket, in Subject subject)
    {
        if (plan.StaticForbid)
        {
            return EligibilityOutcome.Forbid;
        }

        var day = subject.Engagement.Date.DayNumber;
        var facts = EngagementProfile.Of(plan.Needed, subject);
        var seen = 0;
        var permitted = plan.StaticPermitted;
        var error = false;
        foreach (ref readonly var rule in plan.Fast.AsSpan())
        {
            var applies = ((facts & rule.Opposite) == 0) & (unchecked((uint)(day - rule.FromDay)) <= rule.Span);
            var known = BitOperations.PopCount(facts & rule.Known) == rule.Groups;
            if (rule.Extra >= 0)
            {
                var part = Eval(rule.Extra, subject, null);
                applies &= part != Tri.False;
                known &= part != Tri.Unknown;
            }

            var holds = applies & known;
            seen |= (holds ? 1 : 0) << rule.Outcome;
            permitted |= holds & rule.IsPermit;
            error |= applies & !known & rule.ErrorWhenUnknown;
        }

        if ((seen & (1 << (int)EligibilityOutcome.Forbid)) != 0 || AnyForbid(plan.Forbids, subject, day, ref error))
        {
            return EligibilityOutcome.Forbid;
        }

        var outcome = seen == 0 ? plan.StaticOutcome : (EligibilityOutcome)Math.Max((int)plan.StaticOutcome, 31 - BitOperations.LeadingZeroCount((uint)seen));
        Others(plan.Others, subject, day, ref outcome, ref permitted, ref error);
        if (bucket.HasIndexed)
        {
            var byId = bucket.ByPartnerId.Count == 0 ? RuleSet.Empty : bucket.ByPartnerId.GetValueOrDefault(subject.Partner!.Id.Value, RuleSet.Empty);
            var byKind = bucket.ByOrganizationKind[subject.Organization is { } org ? (int)org.Kind : OrganizationKinds];
            if (AnyForbid(byId, subject, day, ref error) || AnyForbid(byKind, subject, day, ref error))
            {
                return EligibilityOutcome.Forbid;
            }

            Others(byId, subject, day, ref outcome, ref permitted, ref error);
            Others(byKind, subject, day, ref outcome, ref permitted, ref error);
        }

        if (error && outcome < EligibilityOutcome.Review)
        {
            outcome = EligibilityOutcome.Review;
        }

        return permitted ? outcome : _nothingPermits;
    }
}

/// <summary>
/// A rule's value from a partner's static facts: true, false, or dynamic when it needs the engagement. Never
/// unknown: a static test whose fact is missing reads as dynamic and is judged with the engagement.
/// </summary>
internal enum StaticResult : byte
{
    False = Tri.False,
    True = Tri.True,
    Dynamic = 3,
}

/// <summary>
/// A rule of a <see cref="StaticPlan"/> whose remaining tests are a conjunction of tests of distinct
/// <see cref="EngagementProfile"/> facts (and at most one other part, <see cref="Extra"/>), judged with
/// masks: it is false when a tested fact is known with another value (<see cref="Opposite"/>), true when it
/// is not false and all <see cref="Groups"/> facts are known (one bit of each group in <see cref="Known"/>),
/// unknown otherwise.
/// </summary>
internal readonly record struct BitRule
{
    public ulong Known { get; init; }

    public ulong Opposite { get; init; }

    /// <summary>How many facts are tested.</summary>
    public int Groups { get; init; }

    /// <summary>The facts tested (one bit per <see cref="FactId"/>).</summary>
    public ulong Facts { get; init; }

    /// <summary>A part that is not a test of an engagement fact (a partner's national parent, an any/not...), evaluated on its own; -1 when none.</summary>
    public int Extra { get; init; }

    public int FromDay { get; init; }

    /// <summary>Days from <see cref="FromDay"/> to the rule's last day, so one unsigned comparison checks the dates.</summary>
    public uint Span { get; init; }

    public int Outcome { get; init; }

    public bool IsPermit { get; init; }

    /// <summary>Whether the rule, unknown, sends the decision to review (every effect but a plain permit).</summary>
    public bool ErrorWhenUnknown { get; init; }
}

/// <summary>
/// A rule set pre-judged on a partner profile: the rules the profile settles (and that have no effective
/// dates) folded into a standing result, the rules left to engagement facts as <see cref="BitRule"/>s, and
/// the rest (forbids apart) walking their trees.
/// </summary>
internal sealed class StaticPlan
{
    /// <summary>An undated forbid rule holds whatever the engagement.</summary>
    public bool StaticForbid { get; set; }

    /// <summary>The strictest outcome of the undated non-forbid rules that hold whatever the engagement.</summary>
    public EligibilityOutcome StaticOutcome { get; set; } = EligibilityOutcome.Permit;

    /// <summary>Whether one of those is a permit.</summary>
    public bool StaticPermitted { get; set; }

    /// <summary>The facts (bits by <see cref="FactId"/>) the bit rules read, for <see cref="EngagementProfile.Of"/>.</summary>
    public ulong Needed { get; set; }

    public BitRule[] Fast { get; set; } = [];

    /// <summary>The ids of the rules in <see cref="Fast"/>, in the same order (for <see cref="CompiledPolicy.PlanOf"/>).</summary>
    public string[] FastRules { get; set; } = [];

    public RuleSet Forbids { get; set; } = RuleSet.Empty;

    public RuleSet Others { get; set; } = RuleSet.Empty;
}

/// <summary>
/// The facts of a decision that are not the partner's static facts, as bits in the manner of
/// <see cref="PartnerProfile"/>: the engagement's kind, target, venue and flags, the tactic checks, the
/// member's ties, and the partner's date-dependent facts (running, holding office, backed by our national
/// body). A fact's group of bits is all zero when the fact is missing, so a missing fact never reads as
/// false. The engagement's own facts are read directly, and those that depend on the chapter through what
/// <see cref="PartnerDirectory"/> worked out once with <see cref="FactReader"/>'s code; the member's and
/// the partner's through <see cref="FactReader"/>: the bits say exactly what the condition tree would.
/// </summary>
internal static class EngagementProfile
{
    private static readonly int EngagementKinds = Enum.GetValues<EngagementKind>().Length;
    private static readonly int Targets = Enum.GetValues<TargetKind>().Length;
    private static readonly int Venues = Enum.GetValues<EngagementVenue>().Length;

    /// <summary>Where each fact's bits start (-1: not an engagement bit), and how many values an enum fact has (0 for a boolean).</summary>
    private static readonly (int At, int Width)[] Layout = BuildLayout();

    /// <summary>How many bits the layout takes; every group must fit in one <see cref="ulong"/> (a test holds it to at most 64).</summary>
    internal static int BitsUsed { get; private set; }

    private static readonly int KindAt = Layout[(int)FactId.EngagementKind].At;
    private static readonly int TargetAt = Layout[(int)FactId.EngagementTarget].At;
    private static readonly int VenueAt = Layout[(int)FactId.EngagementVenue].At;
    private static readonly int HasTargetAt = Layout[(int)FactId.EngagementHasTarget].At;
    private static readonly int HasTacticAt = Layout[(int)FactId.EngagementHasTactic].At;
    private static readonly int ReachesOutAt = Layout[(int)FactId.EngagementChapterReachesOut].At;
    private static readonly int ListsAt = Layout[(int)FactId.EngagementListsPartnersPublicly].At;
    private static readonly int MemberNamedAt = Layout[(int)FactId.MemberNamed].At;
    private static readonly int ConflictsAt = Layout[(int)FactId.EngagementMessageConflicts].At;

    private static readonly int DisallowedAt = Layout[(int)FactId.EngagementTacticDisallowed].At;
    private static readonly int AllowedAt = Layout[(int)FactId.EngagementTacticAllowed].At;

    /// <summary>The facts <see cref="Of"/> reads through <see cref="FactReader"/>, when a plan needs them.</summary>
    private static readonly ulong ReadFacts = (1UL << (int)FactId.MemberAffiliatedWithPartner) | (1UL << (int)FactId.PartnerRunningForOffice)
        | (1UL << (int)FactId.PartnerHoldsElectedOffice) | (1UL << (int)FactId.PartnerBackedByOurNationalBody);

    private static (int At, int Width)[] BuildLayout()
    {
        var layout = new (int At, int Width)[FactCatalog.All.Length];
        Array.Fill(layout, (-1, 0));
        var at = 0;
        void Add(FactId fact, int width)
        {
            layout[(int)fact] = (at, width);
            at += width == 0 ? 2 : width;
        }

        Add(FactId.EngagementKind, EngagementKinds);
        Add(FactId.EngagementTarget, Targets);
        Add(FactId.EngagementVenue, Venues);
        Add(FactId.EngagementHasTarget, 0);
        Add(FactId.EngagementHasTactic, 0);
        Add(FactId.EngagementTacticDisallowed, 0);
        Add(FactId.EngagementTacticAllowed, 0);
        Add(FactId.EngagementChapterReachesOut, 0);
        Add(FactId.EngagementListsPartnersPublicly, 0);
        Add(FactId.EngagementMessageConflicts, 0);
        Add(FactId.MemberNamed, 0);
        Add(FactId.MemberAffiliatedWithPartner, 0);
        Add(FactId.PartnerRunningForOffice, 0);
        Add(FactId.PartnerHoldsElectedOffice, 0);
        Add(FactId.PartnerBackedByOurNationalBody, 0);
        BitsUsed = at;
        return layout;
    }

    /// <summary>For a leaf testing an engagement bit fact: the bits that say the fact is known, and the bits of which one must be set for the test to hold.</summary>
    public static bool TryMasks(in Node node, out ulong known, out ulong value)
    {
        known = value = 0;
        var (at, width) = Layout[(int)node.Fact];
        if (at < 0)
        {
            return false;
        }

        if (width == 0 && node.Op == NodeOp.BoolIs)
        {
            known = 3UL << at;
            value = 1UL << (node.Number != 0 ? at : at + 1);
            return true;
        }

        if (width > 0 && node.Op == NodeOp.EnumIn)
        {
            var group = (1UL << width) - 1;
            known = group << at;
            value = (node.Mask & group) << at;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The engagement's bits for this subject: its own flags always (a few instructions), and of the other
    /// facts those in <paramref name="needed"/> (one bit per <see cref="FactId"/>).
    /// </summary>
    public static ulong Of(ulong needed, in Subject subject)
    {
        var engagement = subject.Engagement;
        var bits = (1UL << (KindAt + (int)engagement.Kind)) | (1UL << (VenueAt + (int)engagement.Venue));
        bits |= engagement.Target is { } target
            ? (1UL << (TargetAt + (int)target)) | (1UL << HasTargetAt) | (1UL << (ConflictsAt + (subject.Directory.MessageConflicts(target) ? 0 : 1)))
            : 1UL << (HasTargetAt + 1);
        if (engagement.Tactic is { } tactic)
        {
            bits |= (1UL << HasTacticAt) | (1UL << (DisallowedAt + (subject.Directory.ChapterDisallows(tactic) ? 0 : 1)))
                | (1UL << (AllowedAt + (subject.Directory.ChapterAllows(tactic) ? 0 : 1)));
        }
        else
        {
            bits |= 1UL << (HasTacticAt + 1);
        }

        bits |= 1UL << (ReachesOutAt + (engagement.ChapterReachesOut ? 0 : 1));
        bits |= 1UL << (ListsAt + (engagement.ListsPartnersPublicly ? 0 : 1));
        bits |= 1UL << (MemberNamedAt + (engagement.Member is null ? 1 : 0));
        for (var read = needed & ReadFacts; read != 0; read &= read - 1)
        {
            var fact = (FactId)BitOperations.TrailingZeroCount(read);
            bits |= FactReader.Bool(fact, subject) switch
            {
                Tri.True => 1UL << Layout[(int)fact].At,
                Tri.False => 1UL << (Layout[(int)fact].At + 1),
                _ => 0,
            };
        }

        return bits;
    }
}
