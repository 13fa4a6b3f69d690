using System;
using System.IO;
using Partnering.Core.Tiers;
using Partnering.Core.Eligibility;

namespace Partnering.Core.Documents;

/// <summary>
/// Reads and writes tier ladder documents (JSON, camelCase). Loading reports every problem with its
/// JSON path, validates the ladder, and keeps fields it does not know so saving writes them back.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "name": "default",
///   "tiers": [ { "name": "Prospect", "description": "..." }, ... ],
///   "steps": [ { "from": "Prospect", "to": "Learning",
///                "when": { "all": [ { "evidence": "meetings", "atLeast": 1, "withinDays": 180 },
///                                   { "ownerAssigned": true },
///                                   { "eligibilityAtMost": "permitWithConditions" } ] },
///                "nextActions": [ "..." ] } ],
///   "decay": { "atRiskAfterDays": 90, "graceDays": 90, "floor": "Learning" },
///   "forbiddenHoldsAt": "Prospect",
///   "pace": { "fasterSteps": true, "noSkipping": true },
///   "affiliateInterestFrom": "Promotion"
/// }
/// </code>
/// A criterion is an object with exactly one of <c>all</c>, <c>any</c> (arrays of criteria),
/// <c>not</c> (a criterion), <c>evidence</c> (with <c>atLeast</c>, <c>atMost</c>, <c>withinDays</c>),
/// <c>daysInTier</c>, <c>ownerAssigned</c> (<c>true</c>) or <c>eligibilityAtMost</c> (with <c>requireKnown</c>).
/// </remarks>
public static partial class TierLadderDocument
{
    /// <summary>The JSON Schema file's name, shipped in the package's <c>schemas</c> folder and as an embedded resource.</summary>
    public const string SchemaFileName = "ladder.schema.json";

    /// <summary>
    /// The JSON Schema of the ladder document (draft 2020-12), for editors and tools; the same file ships in
    /// the package's <c>schemas</c> folder as <see cref="SchemaFileName"/>. The schema checks shapes and
    /// vocabularies; a load checks more.
    /// </summary>
    /// <returns>The schema as JSON text.</returns>
    public static string GetJsonSchema() => DtoInput.Schema(SchemaFileName);

    private static readonly DtoDocument<TierLadderDto, TierLadder> Document = new("tier ladder", static c => c.TierLadderDto, ReadSection, Ladder: true);

    /// <summary>Loads a ladder from JSON text with the default limits.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The ladder, or every problem found (JSON errors, missing or mistyped fields, validation problems).</returns>
    public static DocumentLoadResult<TierLadder> Load(string json) => Load(json, null);

    /// <summary>Loads a ladder from a UTF-8 stream with the default limits (read to its end; the caller keeps ownership).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The ladder, or every problem found.</returns>
    public static DocumentLoadResult<TierLadder> Load(Stream utf8Json) => Load(utf8Json, null);

    /// <summary>Loads a ladder from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="limits">Size and depth limits; <see langword="null"/> for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The ladder, or every problem found (JSON errors, missing or mistyped fields, validation problems).</returns>
    public static DocumentLoadResult<TierLadder> Load(string json, DocumentLimits? limits) => Document.Load(json, limits);

    /// <summary>Loads a ladder from a UTF-8 stream (read to its end; the caller keeps ownership).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="limits">Size and depth limits; <see langword="null"/> for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The ladder, or every problem found.</returns>
    public static DocumentLoadResult<TierLadder> Load(Stream utf8Json, DocumentLimits? limits) => Document.Load(utf8Json, limits);

    /// <summary>Writes a ladder as indented JSON text, unknown fields included.</summary>
    /// <param name="ladder">The ladder.</param>
    /// <returns>The document.</returns>
    public static string Save(TierLadder ladder)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        return DtoOutput.Text(ToDto(ladder), WorkspaceJsonContext.Default.TierLadderDto, indented: true);
    }

    /// <summary>Writes a ladder as indented UTF-8 JSON to a stream (left open).</summary>
    /// <param name="ladder">The ladder.</param>
    /// <param name="utf8Json">Where to write.</param>
    public static void Save(TierLadder ladder, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(utf8Json);
        DtoOutput.Write(utf8Json, ToDto(ladder), WorkspaceJsonContext.Default.TierLadderDto, indented: true);
    }

    /// <summary>The ladder as the document's data classes (also the workspace's <c>"ladder"</c> section).</summary>
    internal static TierLadderDto ToDto(TierLadder ladder) => new()
    {
        Name = ladder.Name,
        Tiers = DtoOutput.All(ladder.Tiers, static t => new TierDefinitionDto { Name = t.Name, Description = t.Description, Extra = DtoOutput.Extra(t.UnknownFields) }),
        Steps = DtoOutput.All(ladder.Steps, static step => new TierStepDto
        {
            From = step.From,
            To = step.To,
            When = ToDto(step.When),
            Faster = step.Faster is { } faster ? new TierFasterDto { When = ToDto(faster.When), Reason = faster.Reason, Extra = DtoOutput.Extra(faster.UnknownFields) } : null,
            NextActions = [.. step.NextActions],
            Extra = DtoOutput.Extra(step.UnknownFields),
        }),
        Decay = new TierDecayDto { AtRiskAfterDays = ladder.Decay.AtRiskAfterDays, GraceDays = ladder.Decay.GraceDays, Floor = ladder.Decay.Floor, Extra = DtoOutput.Extra(ladder.Decay.UnknownFields) },
        ForbiddenHoldsAt = ladder.ForbiddenHoldsAt,
        Pace = ladder.Pace == TierPace.Default ? null : new TierPaceDto { FasterSteps = ladder.Pace.FasterSteps, NoSkipping = ladder.Pace.NoSkipping, Extra = DtoOutput.Extra(ladder.Pace.UnknownFields) },
        AffiliateInterestFrom = ladder.AffiliateInterestFrom,
        Extra = DtoOutput.Extra(ladder.UnknownFields),
    };

    private static TierCriterionDto ToDto(TierCriterion criterion)
    {
        var dto = new TierCriterionDto { Extra = DtoOutput.Extra(criterion.UnknownFields) };
        switch (criterion)
        {
            case AllOfCriterion all:
                dto.All = DtoOutput.All(all.Items, ToDto);
                break;
            case AnyOfCriterion any:
                dto.Any = DtoOutput.All(any.Items, ToDto);
                break;
            case NotCriterion not:
                dto.Not = ToDto(not.Item);
                break;
            case EvidenceCriterion evidence:
                (dto.Evidence, dto.AtLeast, dto.AtMost, dto.WithinDays) = (JsonEnum<TierEvidence>.Name(evidence.Evidence), evidence.AtLeast, evidence.AtMost, evidence.WithinDays);
                break;
            case TimeInTierCriterion time:
                dto.DaysInTier = time.Days;
                break;
            case OwnerAssignedCriterion:
                dto.OwnerAssigned = true;
                break;
            case EligibilityCriterion eligibility:
                (dto.EligibilityAtMost, dto.RequireKnown) = (JsonEnum<EligibilityOutcome>.Name(eligibility.AtMost), DtoOutput.IfFalse(eligibility.RequireKnown));
                break;
        }

        return dto;
    }
}
