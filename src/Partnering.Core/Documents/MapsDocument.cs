using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Partnering.Core.Maps;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

/// <summary>
/// The chapter's maps as a JSON document: its power maps (with every assessment) and the assets it
/// declares. Read through the documents layer's source-generated DTOs and written with <see cref="Utf8JsonWriter"/>;
/// camelCase names, enums as camelCase strings, dates as <c>yyyy-MM-dd</c>; unknown fields survive a
/// load and save.
/// </summary>
/// <example>
/// <code>
/// {
///   "schemaVersion": 1,
///   "powerMaps": [{
///     "id": "senate-education", "target": "senator", "issue": "education", "title": "Senator Reyes on the school funding bill",
///     "placements": [{ "actor": "union-12", "support": 0.8, "influence": 0.8, "confidence": 0.7,
///                      "source": "one-on-one", "assessedBy": "ana", "assessedOn": "2026-01-15" }]
///   }],
///   "assets": [{ "id": "email-list", "category": "membershipBase", "name": "Email list", "amount": 1200, "unit": "subscribers", "inUse": true }]
/// }
/// </code>
/// </example>
public sealed partial record MapsDocument
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The power maps.</summary>
    public IReadOnlyList<PowerMap> PowerMaps { get; init => field = Guard.List(value); } = ValueList<PowerMap>.Empty;

    /// <summary>The declared assets.</summary>
    public IReadOnlyList<DeclaredAsset> Assets { get; init => field = Guard.List(value); } = ValueList<DeclaredAsset>.Empty;

    /// <summary>The outreach plan (field <c>"outreach"</c>), or <see langword="null"/> when there is none.</summary>
    public OutreachPlan? Outreach { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

    /// <summary>Reads a maps document. Every problem is reported with its JSON path; nothing is dropped, clamped or defaulted silently.</summary>
    /// <param name="json">The document text.</param>
    /// <returns>The document, or the problems found.</returns>
    public static DocumentLoadResult<MapsDocument> Load(string json) => Load(json, null);

    /// <summary>Reads a maps document within the given limits, with the same rules as <see cref="Load(string)"/>.</summary>
    /// <param name="json">The document text.</param>
    /// <param name="limits">Size and depth limits; <see langword="null"/> for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The document, or the problems found.</returns>
    public static DocumentLoadResult<MapsDocument> Load(string json, DocumentLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= DocumentLimits.Default;
        if (Encoding.UTF8.GetByteCount(json) > limits.MaxBytes)
        {
            return DocumentLoadResult.Failure<MapsDocument>("maps", [new DocumentProblem("$", string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {limits.MaxBytes} bytes."))]);
        }

        return Parse(JsonInput.Utf8(json), limits);
    }

    /// <summary>Reads a maps document from a UTF-8 stream (read to its end, not closed), with the same rules as <see cref="Load(string)"/>.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The document, or the problems found.</returns>
    public static DocumentLoadResult<MapsDocument> Load(Stream utf8Json) => Load(utf8Json, null);

    /// <summary>Reads a maps document from a UTF-8 stream within the given limits.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">Size and depth limits; <see langword="null"/> for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The document, or the problems found.</returns>
    public static DocumentLoadResult<MapsDocument> Load(Stream utf8Json, DocumentLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits ??= DocumentLimits.Default;
        return JsonInput.ReadAll(utf8Json, limits, string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {limits.MaxBytes} bytes."), out var bytes) is { } tooLarge
            ? DocumentLoadResult.Failure<MapsDocument>("maps", [tooLarge])
            : Parse(bytes, limits);
    }

    private static DocumentLoadResult<MapsDocument> Parse(byte[] bytes, DocumentLimits limits)
    {
        var utf8 = JsonInput.WithoutBom(bytes.AsMemory());
        if (JsonInput.Check(utf8.Span, limits) is { Count: > 0 } refused)
        {
            return JsonInput.Failure<MapsDocument>("maps", refused, limits);
        }

        return Read(utf8.Span, limits);
    }

    /// <summary>Writes the document as indented JSON, unknown fields included (<see cref="Save(MapsDocument)"/>).</summary>
    /// <returns>The JSON text.</returns>
    internal string Save()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", CurrentSchemaVersion);
            WriteFields(w, PowerMaps, Assets, Outreach, all: true);
            JsonWriting.UnknownFields(w, UnknownFields);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Writes the document's fields: both lists (<paramref name="all"/>, the stand-alone document) or
    /// only those with items (the workspace, where they are top-level sections), then the outreach plan.
    /// </summary>
    internal static void WriteFields(Utf8JsonWriter w, IReadOnlyList<PowerMap> maps, IReadOnlyList<DeclaredAsset> assets, OutreachPlan? outreach, bool all)
    {
        if (all || maps.Count > 0)
        {
        w.WriteStartArray("powerMaps");
        foreach (var map in maps)
        {
            w.WriteStartObject();
            w.WriteString("id", map.Id);
            w.WriteString("target", map.Target.Value);
            w.WriteString("issue", map.Issue.Name);
            Optional(w, "title", map.Title);
            w.WriteStartArray("placements");
            foreach (var p in map.Placements)
            {
                w.WriteStartObject();
                w.WriteString("actor", p.Actor.Value);
                w.WriteNumber("support", p.Support);
                w.WriteNumber("influence", p.Influence);
                w.WriteNumber("confidence", p.Confidence);
                Optional(w, "source", p.Source);
                Optional(w, "assessedBy", p.AssessedBy);
                w.WriteString("assessedOn", p.AssessedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Optional(w, "note", p.Note);
                JsonWriting.UnknownFields(w, p.UnknownFields);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            JsonWriting.UnknownFields(w, map.UnknownFields);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        }

        if (all || assets.Count > 0)
        {
        w.WriteStartArray("assets");
        foreach (var a in assets)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("category", JsonEnum<AssetCategory>.Name(a.Category));
            w.WriteString("name", a.Name);
            Optional(w, "holder", a.Holder?.Value);
            if (a.Amount is { } amount)
            {
                w.WriteNumber("amount", amount);
            }

            Optional(w, "unit", a.Unit);
            w.WriteBoolean("inUse", a.InUse);
            Optional(w, "note", a.Note);
            JsonWriting.UnknownFields(w, a.UnknownFields);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        }

        if (outreach is not null)
        {
            w.WritePropertyName("outreach");
            WriteOutreach(w, outreach);
        }
    }

    private static void WriteOutreach(Utf8JsonWriter w, OutreachPlan plan)
    {
        w.WriteStartObject();
        w.WriteString("startsOn", plan.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteStartArray("items");
        foreach (var item in plan.Items)
        {
            w.WriteStartObject();
            Optional(w, "mapId", item.MapId);
            w.WriteString("partner", item.Partner.Value);
            w.WriteString("owner", item.Owner.Value);
            w.WriteString("tier", item.Tier);
            w.WriteString("ask", item.Ask);
            Optional(w, "firstStep", item.FirstStep);
            Optional(w, "introducer", item.Introducer?.Value);
            w.WriteString("due", item.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Optional(w, "reason", item.Reason);
            JsonWriting.UnknownFields(w, item.UnknownFields);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        JsonWriting.UnknownFields(w, plan.UnknownFields);
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
