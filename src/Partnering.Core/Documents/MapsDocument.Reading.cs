using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Partnering.Core.Maps;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

public sealed partial record MapsDocument
{
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
