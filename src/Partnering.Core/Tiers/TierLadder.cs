using System;
using System.Collections.Generic;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Tiers;

/// <summary>
/// A tier ladder: the ordered tiers a partnership climbs (by default Prospect, Learning, Promotion,
/// Event, Deep), the criteria of each step up, the next actions suggested for each step, and how a
/// silent partnership decays. A ladder is data: load one with <c>TierLadderDocument</c> (namespace <c>Partnering.Core.Documents</c>), or use
/// <see cref="Default"/>; <see cref="Compile(TimeProvider?)"/> turns it into an evaluator once.
/// </summary>
/// <remarks>Equality is by value over every field.</remarks>
public sealed record TierLadder
{
    /// <summary>The ladder's name (e.g. "default").</summary>
    public required string Name { get; init => field = Guard.NotNull(value); }

    /// <summary>The tiers from the lowest (where every partnership starts) to the highest.</summary>
    public required IReadOnlyList<TierDefinition> Tiers { get; init => field = Guard.List(value); }

    /// <summary>The steps up, each from one tier to the next.</summary>
    public required IReadOnlyList<TierStep> Steps { get; init => field = Guard.List(value); }

    /// <summary>How silence puts a partnership at risk and then moves it down.</summary>
    public required TierDecay Decay { get; init => field = Guard.NotNull(value); }

    /// <summary>
    /// The tier a partnership is moved down to, and held at, while its partner's eligibility outcome is
    /// <see cref="Eligibility.EligibilityOutcome.Forbid"/>; <see langword="null"/> (the default ladder) to hold
    /// it where it is: whatever the evidence it takes no step up, silence does not move it down, and an
    /// override never leaves it above the tier it stood at when the Forbid came into force. Either way the
    /// silence clock starts again on the day the Forbid ends.
    /// </summary>
    public string? ForbiddenHoldsAt { get; init; }

    /// <summary>
    /// How fast a partnership may climb: whether steps may be taken early on strong evidence and whether
    /// two early steps may follow each other. Default <see cref="TierPace.Default"/> (document field <c>"pace"</c>).
    /// </summary>
    public TierPace Pace { get; init => field = Guard.NotNull(value); } = TierPace.Default;

    /// <summary>
    /// The tier from which trust is taken to be there for the affiliate step: a partner that has seen the
    /// national body's affiliate information is then asked to register its interest (seed 004, step 4).
    /// <see langword="null"/> (the default for a ladder document without the field) proposes no affiliate step;
    /// the default ladder uses Promotion, a choice of this library, not of the guidance.
    /// </summary>
    public string? AffiliateInterestFrom { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

    /// <summary>The ladder shipped with the package, from the partnering guidance: Prospect, Learning, Promotion, Event, Deep.</summary>
    public static TierLadder Default => DefaultTierLadder.Value;

    /// <summary>Checks the ladder: tier names, steps, criteria and decay settings.</summary>
    /// <returns>Every problem found, each with the JSON path it would have in a ladder document; empty when the ladder is valid.</returns>
    public IReadOnlyList<DocumentProblem> Validate() => TierLadderValidator.Validate(this);

    /// <summary>Validates the ladder and compiles it into an immutable, thread-safe evaluator.</summary>
    /// <param name="timeProvider">The clock for calls without an explicit date; with <see langword="null"/> such calls throw <see cref="InvalidOperationException"/> (the library reads no clock on its own).</param>
    /// <returns>The evaluator.</returns>
    /// <exception cref="InvalidDocumentException">The ladder is invalid; the exception lists every problem.</exception>
    public IPartnershipProgression Compile(TimeProvider? timeProvider = null)
    {
        var problems = Validate();
        return problems.Count > 0
            ? throw new InvalidDocumentException("tier ladder", problems)
            : new PartnershipProgression(this, timeProvider);
    }

    /// <summary>The ladder as a Mermaid state diagram: tiers as states, steps labelled with their criteria, decay as steps down.</summary>
    /// <returns>The Mermaid text.</returns>
    public string ToMermaid() => TierLadderGraph.Mermaid(this);

    /// <summary>The ladder as a Graphviz DOT digraph: tiers as nodes, steps labelled with their criteria, decay as dashed edges.</summary>
    /// <returns>The DOT text.</returns>
    public string ToDot() => TierLadderGraph.Dot(this);
}

/// <summary>One tier of a ladder.</summary>
public sealed record TierDefinition
{
    /// <summary>The tier's name, unique in the ladder (compared ignoring case).</summary>
    public required string Name { get; init => field = Guard.NotNull(value); }

    /// <summary>What a partnership at this tier looks like.</summary>
    public string? Description { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>A step up from one tier to the next: the criteria that must hold and the actions that help get there.</summary>
public sealed record TierStep
{
    /// <summary>The tier the step starts from.</summary>
    public required string From { get; init => field = Guard.NotNull(value); }

    /// <summary>The tier the step leads to; must be the tier right after <see cref="From"/>.</summary>
    public required string To { get; init => field = Guard.NotNull(value); }

    /// <summary>What must hold for the step to be taken.</summary>
    public required TierCriterion When { get; init => field = Guard.NotNull(value); }

    /// <summary>
    /// A faster way up, when strong evidence justifies it (seed 004: in some cases it may be appropriate
    /// to move quickly): when its criterion holds the step is taken even if <see cref="When"/> does not
    /// yet (typically without the time in tier), and the move is recorded with its reason. <see langword="null"/>
    /// when the step has none; <see cref="TierPace.FasterSteps"/> turns all of them off.
    /// </summary>
    public FasterStep? Faster { get; init; }

    /// <summary>Concrete next actions that build the evidence this step asks for.</summary>
    public IReadOnlyList<string> NextActions { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>
/// How relationships that are not nurtured wither. After <see cref="AtRiskAfterDays"/> days without an
/// interaction (or a tier move) a partnership is at risk; after <see cref="GraceDays"/> more days of
/// silence it moves down one tier, and the clock starts again from that move. Decay never moves a
/// partnership below <see cref="Floor"/>.
/// </summary>
public sealed record TierDecay
{
    /// <summary>Days of silence after which a partnership is at risk; positive.</summary>
    public required int AtRiskAfterDays { get; init; }

    /// <summary>Further days of silence, once at risk, before the partnership moves down one tier; positive.</summary>
    public required int GraceDays { get; init; }

    /// <summary>The lowest tier decay moves a partnership to (by default Learning: once a partnership existed it stays at least a learning partner).</summary>
    public required string Floor { get; init => field = Guard.NotNull(value); }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>A faster way to take a step: the strong evidence that justifies it and the reason recorded with the move.</summary>
public sealed record FasterStep
{
    /// <summary>What must hold for the step to be taken early.</summary>
    public required TierCriterion When { get; init => field = Guard.NotNull(value); }

    /// <summary>Why this evidence is strong enough, in words; recorded with every move it allows.</summary>
    public required string Reason { get; init => field = Guard.NotNull(value); }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>
/// How fast a partnership may climb a ladder. The defaults allow a faster step on strong evidence, and
/// keep "no skipping": two faster steps never follow each other, so a partnership that moved early
/// serves the next tier's usual time before it moves again.
/// </summary>
public sealed record TierPace
{
    /// <summary>The defaults: faster steps allowed, no skipping.</summary>
    public static TierPace Default { get; } = new();

    /// <summary>
    /// Whether steps may be taken on their <see cref="TierStep.Faster"/> criterion. Default <see langword="true"/>;
    /// <see langword="false"/> is the strict ladder: every step waits for its own criterion, minimum time included.
    /// </summary>
    public bool FasterSteps { get; init; } = true;

    /// <summary>
    /// No skipping: after a faster step the next step up must meet its ordinary criterion (its minimum time
    /// included). Default <see langword="true"/>; <see langword="false"/> lets faster steps follow each other.
    /// </summary>
    public bool NoSkipping { get; init; } = true;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}
