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
/// declares. Read and written by hand with <see cref="JsonDocument"/> and <see cref="Utf8JsonWriter"/>;
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
public sealed record MapsDocument
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
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

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
        // The reader does not look for fields written twice; the input check does, for the whole document.
        var utf8 = JsonInput.WithoutBom(bytes.AsMemory());
        if (JsonInput.Check(utf8.Span, limits, duplicates: true) is { Count: > 0 } refused)
        {
            return JsonInput.Failure<MapsDocument>("maps", refused, limits);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = limits.MaxDepth });
        }
        catch (JsonException e)
        {
            return DocumentLoadResult.Failure<MapsDocument>("maps", [new DocumentProblem("$", $"The text is not valid JSON: {e.Message}")]);
        }

        using (document)
        {
            var reader = new Reader();
            var result = reader.Document(document.RootElement);
            return reader.Problems.Count > 0 || result is null
                ? JsonInput.Failure<MapsDocument>("maps", reader.Problems.Count > 0 ? reader.Problems : [new DocumentProblem("$", "The document is invalid.")], limits)
                : DocumentLoadResult.Success(result);
        }
    }

    /// <summary>Reads the workspace's <c>"powerMaps"</c>, <c>"assets"</c> and <c>"outreach"</c> sections in place, adding their problems.</summary>
    internal static (IReadOnlyList<PowerMap> Maps, IReadOnlyList<DeclaredAsset> Assets, OutreachPlan? Outreach)? ReadSections(JsonElement? powerMaps, JsonElement? assets, JsonElement? outreach, List<DocumentProblem> problems)
    {
        var reader = new Reader();
        var read = reader.Sections(powerMaps, assets, outreach);
        problems.AddRange(reader.Problems);
        return reader.Problems.Count > 0 ? null : read;
    }

    /// <summary>Writes the document as indented JSON, unknown fields included.</summary>
    /// <returns>The JSON text.</returns>
    public string Save()
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
            w.WriteString("category", CategoryName(a.Category));
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


    private static readonly (AssetCategory Category, string Name)[] Categories =
    [
        (AssetCategory.OrganizationalRelationship, "organizationalRelationship"),
        (AssetCategory.SignificantIndividual, "significantIndividual"),
        (AssetCategory.SkillOrExpertise, "skillOrExpertise"),
        (AssetCategory.MembershipBase, "membershipBase"),
        (AssetCategory.PhysicalOrFinancial, "physicalOrFinancial"),
    ];

    private static string CategoryName(AssetCategory category) => Array.Find(Categories, c => c.Category == category).Name;

    /// <summary>Reads the document, collecting problems with their paths.</summary>
    private sealed class Reader
    {
        public List<DocumentProblem> Problems { get; } = [];

        private void Problem(string path, string message) => Problems.Add(new DocumentProblem(path, message));

        /// <summary>Reads the workspace's maps sections in place (top-level fields, so their paths are the workspace's).</summary>
        public (List<PowerMap> Maps, List<DeclaredAsset> Assets, OutreachPlan? Outreach) Sections(JsonElement? powerMaps, JsonElement? assetList, JsonElement? outreachPlan)
        {
            var maps = new List<PowerMap>();
            var assets = new List<DeclaredAsset>();
            OutreachPlan? outreach = null;
            if (powerMaps is { } m)
            {
                Array(m, "$.powerMaps", (e, p) => { if (PowerMap(e, p) is { } x) { maps.Add(x); } });
            }

            if (assetList is { } a)
            {
                Array(a, "$.assets", (e, p) => { if (Asset(e, p) is { } x) { assets.Add(x); } });
            }

            if (outreachPlan is { } o)
            {
                outreach = Outreach(o, "$.outreach");
            }

            Unique(maps, x => x.Id, "$.powerMaps", "power map");
            Unique(assets, x => x.Id, "$.assets", "asset");
            return (maps, assets, outreach);
        }

        public MapsDocument? Document(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Problem("$", $"The document must be a JSON object; got {JsonKinds.Of(root)}.");
                return null;
            }

            var unknown = new List<KeyValuePair<string, JsonElement>>();
            var maps = new List<PowerMap>();
            var assets = new List<DeclaredAsset>();
            OutreachPlan? outreach = null;
            var sawVersion = false;
            foreach (var property in root.EnumerateObject())
            {
                var path = "$." + property.Name;
                switch (property.Name)
                {
                    case "schemaVersion":
                        sawVersion = true;
                        if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var version) || version != CurrentSchemaVersion)
                        {
                            Problem(path, string.Create(CultureInfo.InvariantCulture, $"schemaVersion must be {CurrentSchemaVersion}; got {property.Value.GetRawText()}."));
                        }

                        break;
                    case "powerMaps":
                        Array(property.Value, path, (e, p) => { if (PowerMap(e, p) is { } m) { maps.Add(m); } });
                        break;
                    case "assets":
                        Array(property.Value, path, (e, p) => { if (Asset(e, p) is { } a) { assets.Add(a); } });
                        break;
                    case "outreach":
                        outreach = Outreach(property.Value, path);
                        break;
                    default:
                        unknown.Add(new(property.Name, property.Value));
                        break;
                }
            }

            if (!sawVersion)
            {
                Problem("$.schemaVersion", string.Create(CultureInfo.InvariantCulture, $"schemaVersion is required; write {CurrentSchemaVersion}."));
            }

            Unique(maps, m => m.Id, "$.powerMaps", "power map");
            Unique(assets, a => a.Id, "$.assets", "asset");
            return Problems.Count > 0 ? null : new MapsDocument { PowerMaps = maps, Assets = assets, Outreach = outreach, UnknownFields = JsonFieldMap.From(unknown) };
        }

        private void Unique<T>(List<T> items, Func<T, string> id, string path, string what)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (!seen.Add(id(items[i])))
                {
                    Problem(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}].id"), $"The {what} id '{id(items[i])}' is used twice; ids must be unique.");
                }
            }
        }

        private void Array(JsonElement element, string path, Action<JsonElement, string> each)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                Problem(path, $"Expected an array; got {JsonKinds.Of(element)}.");
                return;
            }

            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                each(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]"));
            }
        }

        private PowerMap? PowerMap(JsonElement element, string path)
        {
            if (!IsObject(element, path))
            {
                return null;
            }

            var before = Problems.Count;
            string? id = null, title = null;
            PartyId? target = null;
            IssueArea? issue = null;
            var placements = new List<Placement>();
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            foreach (var property in element.EnumerateObject())
            {
                var p = path + "." + property.Name;
                switch (property.Name)
                {
                    case "id": id = Id(property.Value, p)?.Value; break;
                    case "target": target = Id(property.Value, p); break;
                    case "issue":
                        if (Text(property.Value, p) is { } text)
                        {
                            if (Term.Explain(text, "An issue area") is { } problem)
                            {
                                Problem(p, problem);
                            }
                            else
                            {
                                issue = new IssueArea(text);
                            }
                        }

                        break;
                    case "title": title = Text(property.Value, p); break;
                    case "placements": Array(property.Value, p, (e, q) => { if (Placement(e, q) is { } x) { placements.Add(x); } }); break;
                    default: unknown.Add(new(property.Name, property.Value)); break;
                }
            }

            Required(id, path, "id");
            Required(target, path, "target");
            Required(issue, path, "issue");
            return Problems.Count > before || id is null || target is null || issue is null
                ? null
                : new PowerMap { Id = id, Target = target.Value, Issue = issue.Value, Title = title, Placements = placements, UnknownFields = JsonFieldMap.From(unknown) };
        }

        private Placement? Placement(JsonElement element, string path)
        {
            if (!IsObject(element, path))
            {
                return null;
            }

            var before = Problems.Count;
            PartyId? actor = null;
            double? support = null, influence = null, confidence = null;
            string? source = null, assessedBy = null, note = null;
            DateOnly? on = null;
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            foreach (var property in element.EnumerateObject())
            {
                var p = path + "." + property.Name;
                switch (property.Name)
                {
                    case "actor": actor = Id(property.Value, p); break;
                    case "support": support = Number(property.Value, p, -1.0, 1.0); break;
                    case "influence": influence = Number(property.Value, p, 0.0, 1.0); break;
                    case "confidence": confidence = Number(property.Value, p, 0.0, 1.0); break;
                    case "source": source = Text(property.Value, p); break;
                    case "assessedBy": assessedBy = Text(property.Value, p); break;
                    case "note": note = Text(property.Value, p); break;
                    case "assessedOn":
                        if (Text(property.Value, p) is { } text)
                        {
                            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                            {
                                on = date;
                            }
                            else
                            {
                                Problem(p, $"A date must be written yyyy-MM-dd and name a real day; got '{text}'.");
                            }
                        }

                        break;
                    default: unknown.Add(new(property.Name, property.Value)); break;
                }
            }

            Required(actor, path, "actor");
            Required(support, path, "support");
            Required(influence, path, "influence");
            Required(on, path, "assessedOn");
            if (Problems.Count > before || actor is null || support is null || influence is null || on is null)
            {
                return null;
            }

            var placement = new Placement { Actor = actor.Value, Support = support.Value, Influence = influence.Value, AssessedOn = on.Value, Source = source, AssessedBy = assessedBy, Note = note, UnknownFields = JsonFieldMap.From(unknown) };
            return confidence is { } c ? placement with { Confidence = c } : placement;
        }

        private DeclaredAsset? Asset(JsonElement element, string path)
        {
            if (!IsObject(element, path))
            {
                return null;
            }

            var before = Problems.Count;
            string? id = null, name = null, unit = null, note = null;
            AssetCategory? category = null;
            PartyId? holder = null;
            double? amount = null;
            var inUse = false;
            var sawInUse = false;
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            foreach (var property in element.EnumerateObject())
            {
                var p = path + "." + property.Name;
                switch (property.Name)
                {
                    case "id": id = Id(property.Value, p)?.Value; break;
                    case "name": name = Text(property.Value, p); break;
                    case "unit": unit = Text(property.Value, p); break;
                    case "note": note = Text(property.Value, p); break;
                    case "holder": holder = Id(property.Value, p); break;
                    case "amount": amount = Number(property.Value, p, 0.0, double.MaxValue); break;
                    case "category":
                        if (Text(property.Value, p) is { } text)
                        {
                            var found = System.Array.FindIndex(Categories, c => c.Name == text);
                            if (found < 0)
                            {
                                Problem(p, $"Unknown asset category '{text}'; expected one of {string.Join(", ", System.Array.ConvertAll(Categories, c => c.Name))}.");
                            }
                            else
                            {
                                category = Categories[found].Category;
                            }
                        }

                        break;
                    case "inUse":
                        sawInUse = true;
                        if (property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                        {
                            inUse = property.Value.GetBoolean();
                        }
                        else
                        {
                            Problem(p, $"Expected true or false; got {JsonKinds.Of(property.Value)}.");
                        }

                        break;
                    default: unknown.Add(new(property.Name, property.Value)); break;
                }
            }

            Required(id, path, "id");
            Required(category, path, "category");
            Required(name, path, "name");
            if (!sawInUse)
            {
                Problem(path + ".inUse", "inUse is required: say whether the chapter uses this asset now.");
            }

            if (name is not null && string.IsNullOrWhiteSpace(name))
            {
                Problem(path + ".name", "name must not be empty.");
            }

            return Problems.Count > before || id is null || category is null || name is null
                ? null
                : new DeclaredAsset { Id = id, Category = category.Value, Name = name, Holder = holder, Amount = amount, Unit = unit, InUse = inUse, Note = note, UnknownFields = JsonFieldMap.From(unknown) };
        }

        private OutreachPlan? Outreach(JsonElement element, string path)
        {
            if (!IsObject(element, path))
            {
                return null;
            }

            var before = Problems.Count;
            DateOnly? startsOn = null;
            var items = new List<OutreachItem>();
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            foreach (var property in element.EnumerateObject())
            {
                var p = path + "." + property.Name;
                switch (property.Name)
                {
                    case "startsOn": startsOn = Date(property.Value, p); break;
                    case "items": Array(property.Value, p, (e, q) => { if (OutreachItem(e, q) is { } x) { items.Add(x); } }); break;
                    default: unknown.Add(new(property.Name, property.Value)); break;
                }
            }

            Required(startsOn, path, "startsOn");
            return Problems.Count > before || startsOn is null
                ? null
                : new OutreachPlan { StartsOn = startsOn.Value, Items = items, UnknownFields = JsonFieldMap.From(unknown) };
        }

        private OutreachItem? OutreachItem(JsonElement element, string path)
        {
            if (!IsObject(element, path))
            {
                return null;
            }

            var before = Problems.Count;
            string? mapId = null, tier = null, ask = null, firstStep = null, reason = null;
            PartyId? partner = null, owner = null, introducer = null;
            DateOnly? due = null;
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            foreach (var property in element.EnumerateObject())
            {
                var p = path + "." + property.Name;
                switch (property.Name)
                {
                    case "mapId": mapId = Text(property.Value, p); break;
                    case "partner": partner = Id(property.Value, p); break;
                    case "owner": owner = Id(property.Value, p); break;
                    case "introducer": introducer = Id(property.Value, p); break;
                    case "tier": tier = NotBlank(property.Value, p); break;
                    case "ask": ask = NotBlank(property.Value, p); break;
                    case "firstStep": firstStep = Text(property.Value, p); break;
                    case "reason": reason = Text(property.Value, p); break;
                    case "due": due = Date(property.Value, p); break;
                    default: unknown.Add(new(property.Name, property.Value)); break;
                }
            }

            Required(partner, path, "partner");
            Required(owner, path, "owner");
            Required(tier, path, "tier");
            Required(ask, path, "ask");
            Required(due, path, "due");
            return Problems.Count > before || partner is null || owner is null || tier is null || ask is null || due is null
                ? null
                : new OutreachItem { MapId = mapId, Partner = partner.Value, Owner = owner.Value, Tier = tier, Ask = ask, FirstStep = firstStep, Introducer = introducer, Due = due.Value, Reason = reason, UnknownFields = JsonFieldMap.From(unknown) };
        }

        private string? NotBlank(JsonElement element, string path)
        {
            var text = Text(element, path);
            if (text is not null && string.IsNullOrWhiteSpace(text))
            {
                Problem(path, "Must not be empty.");
                return null;
            }

            return text;
        }

        private DateOnly? Date(JsonElement element, string path)
        {
            if (Text(element, path) is not { } text)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Problem(path, $"A date must be written yyyy-MM-dd and name a real day; got '{text}'.");
            return null;
        }

        private void Required<T>(T? value, string path, string name)
        {
            if (value is null)
            {
                Problem(JsonPath.Child(path, name), ProblemText.Required(name));
            }
        }

        private bool IsObject(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                return true;
            }

            Problem(path, $"Expected an object; got {JsonKinds.Of(element)}.");
            return false;
        }

        private string? Text(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.String)
            {
                return element.GetString();
            }

            Problem(path, ProblemText.Expected("a string", element));
            return null;
        }

        private PartyId? Id(JsonElement element, string path)
        {
            if (Text(element, path) is not { } text)
            {
                return null;
            }

            if (PartyId.Explain(text) is { } problem)
            {
                Problem(path, problem);
                return null;
            }

            return new PartyId(text);
        }

        private double? Number(JsonElement element, string path, double min, double max)
        {
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var value) || !double.IsFinite(value))
            {
                Problem(path, $"Expected a finite number; got {(element.ValueKind == JsonValueKind.Number ? element.GetRawText() : JsonKinds.Of(element))}.");
                return null;
            }

            if (value < min || value > max)
            {
                Problem(path, max == double.MaxValue
                    ? string.Create(CultureInfo.InvariantCulture, $"Must be at least {min}; got {value}.")
                    : string.Create(CultureInfo.InvariantCulture, $"Must be from {min} to {max}; got {value}."));
                return null;
            }

            return value;
        }

    }
}
