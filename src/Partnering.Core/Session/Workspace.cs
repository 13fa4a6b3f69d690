using System.Collections.Generic;
using System.Text.Json;
using Partnering.Core.Collaboration;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;
using Partnering.Core.Maps;
using Partnering.Core.Tiers;

namespace Partnering.Core;

/// <summary>
/// A chapter's partnering data: the chapter and its members, the partners, the ties between parties,
/// the interactions and the partnerships. This is the model behind the workspace JSON document.
/// </summary>
/// <remarks>
/// Build one with an object initializer, or load one with <c>WorkspaceDocument.Load</c>. A workspace
/// is immutable and safe to share between threads. Cross references (ties naming parties,
/// interactions naming partners) are checked by the document loader, not by this type.
/// </remarks>
public sealed record Workspace
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The chapter ("us").</summary>
    public required Chapter Chapter { get; init => field = Guard.NotNull(value); }

    /// <summary>Organizations and individuals the chapter knows.</summary>
    public IReadOnlyList<Partner> Partners { get; init => field = Guard.List(value); } = ValueList<Partner>.Empty;

    /// <summary>Ties between any two parties.</summary>
    public IReadOnlyList<Tie> Ties { get; init => field = Guard.List(value); } = ValueList<Tie>.Empty;

    /// <summary>Dated interactions with partners.</summary>
    public IReadOnlyList<Interaction> Interactions { get; init => field = Guard.List(value); } = ValueList<Interaction>.Empty;

    /// <summary>Partnerships with owners and flags.</summary>
    public IReadOnlyList<Partnership> Partnerships { get; init => field = Guard.List(value); } = ValueList<Partnership>.Empty;

    /// <summary>
    /// The chapter's own eligibility policy (document field <c>"policy"</c>), which extends the pack for the
    /// chapter's kind by rule id (see <c>BuiltInPolicy.For(Workspace)</c>), or <see langword="null"/>
    /// when the chapter uses its pack as shipped.
    /// </summary>
    public EligibilityPolicy? Policy { get; init; }

    /// <summary>
    /// The chapter's own tier ladder (document field <c>"ladder"</c>), or <see langword="null"/> when
    /// the chapter uses the default ladder.
    /// </summary>
    public TierLadder? Ladder { get; init; }

    /// <summary>Manual tier decisions on partnerships (document field <c>"tierOverrides"</c>).</summary>
    public IReadOnlyList<PartnershipTierOverride> TierOverrides { get; init => field = Guard.List(value); } = ValueList<PartnershipTierOverride>.Empty;

    /// <summary>Power maps of the chapter's targets, with their assessment history (document field <c>"powerMaps"</c>).</summary>
    public IReadOnlyList<PowerMap> PowerMaps { get; init => field = Guard.List(value); } = ValueList<PowerMap>.Empty;

    /// <summary>Assets the chapter declares by hand for its asset map (document field <c>"assets"</c>).</summary>
    public IReadOnlyList<DeclaredAsset> Assets { get; init => field = Guard.List(value); } = ValueList<DeclaredAsset>.Empty;

    /// <summary>The chapter's outreach plan from its maps' recommendations (document field <c>"outreach"</c>), or <see langword="null"/> when there is none.</summary>
    public OutreachPlan? Outreach { get; init; }

    /// <summary>
    /// Coalition tables, one-on-ones, the coalition calendar and planned meetings (document field
    /// <c>"collaboration"</c>), or <see langword="null"/> when the workspace has none.
    /// </summary>
    public CollaborationData? Collaboration { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}
