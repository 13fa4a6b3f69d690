using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Partnering.Core.Tiers;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;

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

    private const string What = "tier ladder";

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
    public static DocumentLoadResult<TierLadder> Load(string json, DocumentLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= DocumentLimits.Default;
        return Encoding.UTF8.GetByteCount(json) > limits.MaxBytes
            ? DocumentLoadResult.Failure<TierLadder>(What, [new DocumentProblem("$", TooLarge(limits))])
            : Parse(JsonInput.Utf8(json), limits);
    }

    /// <summary>Loads a ladder from a UTF-8 stream (read to its end; the caller keeps ownership).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="limits">Size and depth limits; <see langword="null"/> for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The ladder, or every problem found.</returns>
    public static DocumentLoadResult<TierLadder> Load(Stream utf8Json, DocumentLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits ??= DocumentLimits.Default;
        return JsonInput.ReadAll(utf8Json, limits, TooLarge(limits), out var bytes) is { } tooLarge
            ? DocumentLoadResult.Failure<TierLadder>(What, [tooLarge])
            : Parse(bytes, limits);
    }

    private static string TooLarge(DocumentLimits limits)
        => string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {limits.MaxBytes} bytes.");

    private static DocumentLoadResult<TierLadder> Parse(byte[] bytes, DocumentLimits limits)
    {
        var utf8 = JsonInput.WithoutBom(bytes.AsMemory());
        if (JsonInput.Check(utf8.Span, limits, allowComments: true, duplicates: true) is { Count: > 0 } refused)
        {
            return JsonInput.Failure<TierLadder>(What, refused, limits);
        }

        return Read(utf8.Span, limits);
    }

    /// <summary>Writes a ladder as indented JSON text, unknown fields included.</summary>
    /// <param name="ladder">The ladder.</param>
    /// <returns>The document.</returns>
    public static string Save(TierLadder ladder)
    {
        using var stream = new MemoryStream();
        Save(ladder, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes a ladder as indented UTF-8 JSON to a stream (left open).</summary>
    /// <param name="ladder">The ladder.</param>
    /// <param name="utf8Json">Where to write.</param>
    public static void Save(TierLadder ladder, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var w = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Write(w, ladder);
    }

    /// <summary>Writes the ladder object (also as the workspace's <c>"ladder"</c> section).</summary>
    internal static void Write(Utf8JsonWriter w, TierLadder ladder)
    {
        w.WriteStartObject();
        w.WriteString("name", ladder.Name);
        w.WriteStartArray("tiers");
        foreach (var tier in ladder.Tiers)
        {
            w.WriteStartObject();
            w.WriteString("name", tier.Name);
            if (tier.Description is { } description)
            {
                w.WriteString("description", description);
            }

            JsonWriting.UnknownFields(w, tier.UnknownFields);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("steps");
        foreach (var step in ladder.Steps)
        {
            w.WriteStartObject();
            w.WriteString("from", step.From);
            w.WriteString("to", step.To);
            w.WritePropertyName("when");
            WriteCriterion(w, step.When);
            if (step.Faster is { } faster)
            {
                w.WriteStartObject("faster");
                w.WritePropertyName("when");
                WriteCriterion(w, faster.When);
                w.WriteString("reason", faster.Reason);
                JsonWriting.UnknownFields(w, faster.UnknownFields);
                w.WriteEndObject();
            }

            w.WriteStartArray("nextActions");
            foreach (var action in step.NextActions)
            {
                w.WriteStringValue(action);
            }

            w.WriteEndArray();
            JsonWriting.UnknownFields(w, step.UnknownFields);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("decay");
        w.WriteNumber("atRiskAfterDays", ladder.Decay.AtRiskAfterDays);
        w.WriteNumber("graceDays", ladder.Decay.GraceDays);
        w.WriteString("floor", ladder.Decay.Floor);
        JsonWriting.UnknownFields(w, ladder.Decay.UnknownFields);
        w.WriteEndObject();
        if (ladder.ForbiddenHoldsAt is { } hold)
        {
            w.WriteString("forbiddenHoldsAt", hold);
        }

        if (ladder.Pace != TierPace.Default)
        {
            w.WriteStartObject("pace");
            w.WriteBoolean("fasterSteps", ladder.Pace.FasterSteps);
            w.WriteBoolean("noSkipping", ladder.Pace.NoSkipping);
            JsonWriting.UnknownFields(w, ladder.Pace.UnknownFields);
            w.WriteEndObject();
        }

        if (ladder.AffiliateInterestFrom is { } affiliate)
        {
            w.WriteString("affiliateInterestFrom", affiliate);
        }

        JsonWriting.UnknownFields(w, ladder.UnknownFields);
        w.WriteEndObject();
    }

    private static void WriteCriterion(Utf8JsonWriter w, TierCriterion criterion)
    {
        w.WriteStartObject();
        switch (criterion)
        {
            case AllOfCriterion all:
                w.WriteStartArray("all");
                foreach (var item in all.Items)
                {
                    WriteCriterion(w, item);
                }

                w.WriteEndArray();
                break;
            case AnyOfCriterion any:
                w.WriteStartArray("any");
                foreach (var item in any.Items)
                {
                    WriteCriterion(w, item);
                }

                w.WriteEndArray();
                break;
            case NotCriterion not:
                w.WritePropertyName("not");
                WriteCriterion(w, not.Item);
                break;
            case EvidenceCriterion evidence:
                w.WriteString("evidence", JsonEnum<TierEvidence>.Name(evidence.Evidence));
                if (evidence.AtLeast is { } least)
                {
                    w.WriteNumber("atLeast", least);
                }

                if (evidence.AtMost is { } most)
                {
                    w.WriteNumber("atMost", most);
                }

                if (evidence.WithinDays is { } days)
                {
                    w.WriteNumber("withinDays", days);
                }

                break;
            case TimeInTierCriterion time:
                w.WriteNumber("daysInTier", time.Days);
                break;
            case OwnerAssignedCriterion:
                w.WriteBoolean("ownerAssigned", true);
                break;
            case EligibilityCriterion eligibility:
                w.WriteString("eligibilityAtMost", JsonEnum<EligibilityOutcome>.Name(eligibility.AtMost));
                if (!eligibility.RequireKnown)
                {
                    w.WriteBoolean("requireKnown", false);
                }

                break;
            default:
                throw new ArgumentException($"Unknown criterion type {criterion.GetType().Name}.", nameof(criterion));
        }

        JsonWriting.UnknownFields(w, criterion.UnknownFields);
        w.WriteEndObject();
    }
}
