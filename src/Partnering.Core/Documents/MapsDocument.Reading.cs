using System;
using System.Collections.Generic;
using System.Globalization;
using Partnering.Core.Internal;
using Partnering.Core.Maps;

namespace Partnering.Core.Documents;

public sealed partial record MapsDocument
{
    /// <summary>Maps a whole maps document from its root, adding its problems.</summary>
    private static MapsDocument? ReadDocument(MapsDocumentDto dto, string path, List<DocumentProblem> problems)
    {
        if (dto.SchemaVersion is not { } version)
        {
            problems.Add(new(JsonPath.Child(path, "schemaVersion"), string.Create(CultureInfo.InvariantCulture, $"schemaVersion is required; write {CurrentSchemaVersion}.")));
        }
        else if (version != CurrentSchemaVersion)
        {
            problems.Add(new(JsonPath.Child(path, "schemaVersion"), string.Create(CultureInfo.InvariantCulture, $"schemaVersion must be {CurrentSchemaVersion}; got {version}.")));
        }

        return ReadSections(dto.PowerMaps, dto.Assets, dto.Outreach, problems) is { } read
            ? new MapsDocument { PowerMaps = read.Maps, Assets = read.Assets, Outreach = read.Outreach, UnknownFields = JsonFieldMap.From(dto.Extra) }
            : null;
    }

    /// <summary>Maps the <c>"powerMaps"</c>, <c>"assets"</c> and <c>"outreach"</c> fields (top-level in both the maps document and the workspace), adding their problems.</summary>
    internal static (List<PowerMap> Maps, List<DeclaredAsset> Assets, OutreachPlan? Outreach)? ReadSections(List<PowerMapDto?>? powerMaps, List<DeclaredAssetDto?>? assets, OutreachPlanDto? outreach, List<DocumentProblem> problems)
    {
        var before = problems.Count;
        var reader = new Reader(problems);
        var maps = reader.List(powerMaps, "$.powerMaps", reader.PowerMap);
        var declared = reader.List(assets, "$.assets", reader.Asset);
        var plan = outreach is null ? null : reader.Outreach(outreach, "$.outreach");
        reader.Unique(maps, x => x.Id, "$.powerMaps", "power map");
        reader.Unique(declared, x => x.Id, "$.assets", "asset");
        return problems.Count > before ? null : (maps, declared, plan);
    }

    /// <summary>Maps the DTOs to the model, collecting every problem with its path.</summary>
    internal sealed class Reader(List<DocumentProblem> problems)
    {
        private void Problem(string path, string message) => problems.Add(new DocumentProblem(path, message));

        public void Unique<T>(List<T> items, Func<T, string> id, string path, string what)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (!seen.Add(id(items[i])))
                {
                    Problem(JsonPath.Child(JsonPath.Item(path, i), "id"), $"The {what} id '{id(items[i])}' is used twice; ids must be unique.");
                }
            }
        }

        public List<TModel> List<TDto, TModel>(List<TDto?>? list, string path, Func<TDto, string, TModel?> read)
            where TDto : class
            where TModel : class
        {
            var result = new List<TModel>(list?.Count ?? 0);
            for (var i = 0; list is not null && i < list.Count; i++)
            {
                var at = JsonPath.Item(path, i);
                if (list[i] is not { } dto)
                {
                    Problem(at, ProblemText.NotNull("an object"));
                }
                else if (read(dto, at) is { } item)
                {
                    result.Add(item);
                }
            }

            return result;
        }

        public PowerMap? PowerMap(PowerMapDto dto, string path)
        {
            var before = problems.Count;
            var id = Id(dto.Id, path, "id");
            var target = Id(dto.Target, path, "target");
            IssueArea? issue = null;
            if (Required(dto.Issue, path, "issue") is { } text)
            {
                if (Term.Explain(text, "An issue area") is { } problem)
                {
                    Problem(JsonPath.Child(path, "issue"), problem);
                }
                else
                {
                    issue = new IssueArea(text);
                }
            }

            var placements = dto.MappedPlacements ?? List(dto.Placements, JsonPath.Child(path, "placements"), Placement);
            return problems.Count > before
                ? null
                : new PowerMap { Id = id!.Value.Value, Target = target!.Value, Issue = issue!.Value, Title = dto.Title, Placements = placements, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        /// <summary>One placement; its problems are added with paths under <paramref name="path"/>.</summary>
        public Placement? Placement(PlacementDto dto, string path)
        {
            var before = problems.Count;
            var actor = Id(dto.Actor, path, "actor");
            var support = Number(dto.Support, path, "support", -1.0, 1.0, required: true);
            var influence = Number(dto.Influence, path, "influence", 0.0, 1.0, required: true);
            var confidence = Number(dto.Confidence, path, "confidence", 0.0, 1.0, required: false);
            var on = Date(dto.AssessedOn, path, "assessedOn", required: true);
            if (problems.Count > before)
            {
                return null;
            }

            return new Placement { Actor = actor!.Value, Support = support!.Value, Influence = influence!.Value, Confidence = confidence ?? Maps.Placement.DefaultConfidence, AssessedOn = on!.Value, Source = dto.Source, AssessedBy = dto.AssessedBy, Note = dto.Note, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        public DeclaredAsset? Asset(DeclaredAssetDto dto, string path)
        {
            var before = problems.Count;
            var id = Id(dto.Id, path, "id");
            AssetCategory? category = null;
            if (Required(dto.Category, path, "category") is { } text)
            {
                if (JsonEnum<AssetCategory>.TryParse(text, out var value))
                {
                    category = value;
                }
                else
                {
                    Problem(JsonPath.Child(path, "category"), ProblemText.UnknownName(text, JsonEnum<AssetCategory>.Expected));
                }
            }

            var name = Required(dto.Name, path, "name");
            if (dto.InUse is null)
            {
                Problem(JsonPath.Child(path, "inUse"), "inUse is required: say whether the chapter uses this asset now.");
            }

            if (name is not null && string.IsNullOrWhiteSpace(name))
            {
                Problem(JsonPath.Child(path, "name"), "name must not be empty.");
            }

            var holder = dto.Holder is null ? null : Id(dto.Holder, path, "holder");
            var amount = Number(dto.Amount, path, "amount", 0.0, double.MaxValue, required: false);
            return problems.Count > before
                ? null
                : new DeclaredAsset { Id = id!.Value.Value, Category = category!.Value, Name = name!, Holder = holder, Amount = amount, Unit = dto.Unit, InUse = dto.InUse!.Value, Note = dto.Note, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        public OutreachPlan? Outreach(OutreachPlanDto dto, string path)
        {
            var before = problems.Count;
            var startsOn = Date(dto.StartsOn, path, "startsOn", required: true);
            var items = List(dto.Items, JsonPath.Child(path, "items"), OutreachItem);
            return problems.Count > before
                ? null
                : new OutreachPlan { StartsOn = startsOn!.Value, Items = items, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        private OutreachItem? OutreachItem(OutreachItemDto dto, string path)
        {
            var before = problems.Count;
            var partner = Id(dto.Partner, path, "partner");
            var owner = Id(dto.Owner, path, "owner");
            var introducer = dto.Introducer is null ? null : Id(dto.Introducer, path, "introducer");
            var tier = NotBlank(dto.Tier, path, "tier");
            var ask = NotBlank(dto.Ask, path, "ask");
            var due = Date(dto.Due, path, "due", required: true);
            return problems.Count > before
                ? null
                : new OutreachItem { MapId = dto.MapId, Partner = partner!.Value, Owner = owner!.Value, Tier = tier!, Ask = ask!, FirstStep = dto.FirstStep, Introducer = introducer, Due = due!.Value, Reason = dto.Reason, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        /// <summary>A required field; absent is a problem at the field's path.</summary>
        private string? Required(string? text, string owner, string name)
        {
            if (text is null)
            {
                Problem(JsonPath.Child(owner, name), ProblemText.Required(name));
            }

            return text;
        }

        private string? NotBlank(string? text, string owner, string name)
        {
            if (Required(text, owner, name) is { } value && string.IsNullOrWhiteSpace(value))
            {
                Problem(JsonPath.Child(owner, name), "Must not be empty.");
                return null;
            }

            return text;
        }

        private DateOnly? Date(string? text, string owner, string name, bool required)
        {
            if ((required ? Required(text, owner, name) : text) is not { } value)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Problem(JsonPath.Child(owner, name), $"A date must be written yyyy-MM-dd and name a real day; got '{value}'.");
            return null;
        }

        private PartyId? Id(string? text, string owner, string name)
        {
            if (Required(text, owner, name) is not { } value)
            {
                return null;
            }

            if (PartyId.Explain(value) is { } problem)
            {
                Problem(JsonPath.Child(owner, name), problem);
                return null;
            }

            return new PartyId(value);
        }

        private double? Number(double? value, string owner, string name, double min, double max, bool required)
        {
            if (value is not { } number)
            {
                if (required)
                {
                    Problem(JsonPath.Child(owner, name), ProblemText.Required(name));
                }

                return null;
            }

            if (!double.IsFinite(number) || number < min || number > max)
            {
                Problem(JsonPath.Child(owner, name), max == double.MaxValue
                    ? string.Create(CultureInfo.InvariantCulture, $"Must be at least {min}; got {number}.")
                    : string.Create(CultureInfo.InvariantCulture, $"Must be from {min} to {max}; got {number}."));
                return null;
            }

            return number;
        }
    }
}
