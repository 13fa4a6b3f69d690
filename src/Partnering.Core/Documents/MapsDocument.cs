using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Partnering.Core.Maps;
using Partnering.Core.Internal;
using static Partnering.Core.Documents.DtoOutput;

namespace Partnering.Core.Documents;

/// <summary>
/// The chapter's maps as a JSON document: its power maps (with every assessment) and the assets it
/// declares. Read and written through the documents layer's source-generated DTOs;
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
    public static DocumentLoadResult<MapsDocument> Load(string json, DocumentLimits? limits) => Document.Load(json, limits);

    /// <summary>Reads a maps document from a UTF-8 stream (read to its end, not closed), with the same rules as <see cref="Load(string)"/>.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The document, or the problems found.</returns>
    public static DocumentLoadResult<MapsDocument> Load(Stream utf8Json) => Load(utf8Json, null);

    /// <summary>Reads a maps document from a UTF-8 stream within the given limits.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">Size and depth limits; <see langword="null"/> for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The document, or the problems found.</returns>
    public static DocumentLoadResult<MapsDocument> Load(Stream utf8Json, DocumentLimits? limits) => Document.Load(utf8Json, limits);

    private static readonly DtoDocument<MapsDocumentDto, MapsDocument> Document = new("maps", static c => c.MapsDocumentDto, ReadDocument, Noun: "maps document");

    /// <summary>Writes a maps document as indented JSON text, unknown fields included.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static string Save(MapsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Save();
    }

    /// <summary>Writes a maps document as indented UTF-8 JSON to a stream (left open): the same bytes as <see cref="Save(MapsDocument)"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static void Save(MapsDocument document, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(utf8Json);
        DtoOutput.Write(utf8Json, document.ToDto(), WorkspaceJsonContext.Default.MapsDocumentDto, indented: true);
    }

    /// <summary>Writes the document as indented JSON, unknown fields included (<see cref="Save(MapsDocument)"/>).</summary>
    /// <returns>The JSON text.</returns>
    internal string Save() => DtoOutput.Text(ToDto(), WorkspaceJsonContext.Default.MapsDocumentDto, indented: true);

    private MapsDocumentDto ToDto()
        => new() { SchemaVersion = CurrentSchemaVersion, PowerMaps = All(PowerMaps, ToDto), Assets = All(Assets, ToDto), Outreach = ToDto(Outreach), Extra = Extra(UnknownFields) };

    /// <summary>A power map as the document's data class (also an item of the workspace's <c>"powerMaps"</c>).</summary>
    internal static PowerMapDto ToDto(PowerMap map) => new()
    {
        Id = map.Id,
        Target = map.Target.Value,
        Issue = map.Issue.Name,
        Title = map.Title,
        Placements = All(map.Placements, static p => new PlacementDto
        {
            Actor = p.Actor.Value,
            Support = p.Support,
            Influence = p.Influence,
            Confidence = p.Confidence,
            Source = p.Source,
            AssessedBy = p.AssessedBy,
            AssessedOn = Day(p.AssessedOn),
            Note = p.Note,
            Extra = Extra(p.UnknownFields),
        }),
        Extra = Extra(map.UnknownFields),
    };

    /// <summary>A declared asset as the document's data class (also an item of the workspace's <c>"assets"</c>).</summary>
    internal static DeclaredAssetDto ToDto(DeclaredAsset a) => new()
    {
        Id = a.Id,
        Category = Name(a.Category),
        Name = a.Name,
        Holder = a.Holder?.Value,
        Amount = a.Amount,
        Unit = a.Unit,
        InUse = a.InUse,
        Note = a.Note,
        Extra = Extra(a.UnknownFields),
    };

    /// <summary>The outreach plan as the document's data class (also the workspace's <c>"outreach"</c>).</summary>
    internal static OutreachPlanDto? ToDto(OutreachPlan? plan) => plan is null ? null : new()
    {
        StartsOn = Day(plan.StartsOn),
        Items = All(plan.Items, static item => new OutreachItemDto
        {
            MapId = item.MapId,
            Partner = item.Partner.Value,
            Owner = item.Owner.Value,
            Tier = item.Tier,
            Ask = item.Ask,
            FirstStep = item.FirstStep,
            Introducer = item.Introducer?.Value,
            Due = Day(item.Due),
            Reason = item.Reason,
            Extra = Extra(item.UnknownFields),
        }),
        Extra = Extra(plan.UnknownFields),
    };
}
