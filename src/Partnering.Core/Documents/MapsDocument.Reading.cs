using System.Collections.Generic;
using Partnering.Core.Internal;
using Partnering.Core.Maps;

namespace Partnering.Core.Documents;

public sealed partial record MapsDocument
{
    /// <summary>Maps a whole maps document from its root, adding its problems.</summary>
    private static MapsDocument? ReadDocument(MapsDocumentDto dto, string path, List<DocumentProblem> problems)
    {
        new DtoReader(problems).Version(dto.SchemaVersion, path, CurrentSchemaVersion, "maps document");
        return ReadSections(dto.PowerMaps, dto.Assets, dto.Outreach, problems) is { } read
            ? new MapsDocument { PowerMaps = read.Maps, Assets = read.Assets, Outreach = read.Outreach, UnknownFields = JsonFieldMap.From(dto.Extra) }
            : null;
    }

    /// <summary>Maps the <c>"powerMaps"</c>, <c>"assets"</c> and <c>"outreach"</c> fields (top-level in both the maps document and the workspace), adding their problems.</summary>
    internal static (List<PowerMap> Maps, List<DeclaredAsset> Assets, OutreachPlan? Outreach)? ReadSections(List<PowerMapDto?>? powerMaps, List<DeclaredAssetDto?>? assets, OutreachPlanDto? outreach, List<DocumentProblem> problems)
    {
        var before = problems.Count;
        var r = new DtoReader(problems);
        var reader = new Reader(r);
        var maps = r.Array(powerMaps, "powerMaps", "$", reader.PowerMap, out var mapPaths);
        var declared = r.Array(assets, "assets", "$", reader.Asset, out var assetPaths);
        var plan = r.Object(outreach, "outreach", "$", reader.Outreach);
        r.Unique(maps.ConvertAll(static m => m.Id), mapPaths, "id", "the power maps");
        r.Unique(declared.ConvertAll(static a => a.Id), assetPaths, "id", "the assets");
        return problems.Count > before ? null : (maps, declared, plan);
    }

    /// <summary>Maps the DTOs to the model with the shared value checks, collecting every problem with its path.</summary>
    internal sealed class Reader(DtoReader r)
    {
        public PowerMap? PowerMap(PowerMapDto dto, Loc path)
        {
            var before = r.Problems.Count;
            var id = r.Id(dto.Id, "id", path, required: true);
            var target = r.Id(dto.Target, "target", path, required: true);
            var issue = r.Term(dto.Issue, "issue", path, "An issue area", required: true);
            var placements = dto.MappedPlacements ?? r.Array(dto.Placements, "placements", path, Placement);
            return r.Problems.Count > before
                ? null
                : new PowerMap { Id = id!.Value.Value, Target = target!.Value, Issue = new IssueArea(issue!), Title = dto.Title, Placements = placements, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        /// <summary>One placement; its problems are added with paths under <paramref name="path"/>.</summary>
        public Placement? Placement(PlacementDto dto, Loc path)
        {
            var before = r.Problems.Count;
            var actor = r.Id(dto.Actor, "actor", path, required: true);
            var support = r.Number(dto.Support, "support", path, -1.0, 1.0, required: true);
            var influence = r.Number(dto.Influence, "influence", path, 0.0, 1.0, required: true);
            var confidence = r.Number(dto.Confidence, "confidence", path, 0.0, 1.0);
            var on = r.Date(dto.AssessedOn, "assessedOn", path, required: true);
            return r.Problems.Count > before
                ? null
                : new Placement { Actor = actor!.Value, Support = support!.Value, Influence = influence!.Value, Confidence = confidence ?? Maps.Placement.DefaultConfidence, AssessedOn = on!.Value, Source = dto.Source, AssessedBy = dto.AssessedBy, Note = dto.Note, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        public DeclaredAsset? Asset(DeclaredAssetDto dto, Loc path)
        {
            var before = r.Problems.Count;
            var id = r.Id(dto.Id, "id", path, required: true);
            var category = r.Enum<AssetCategory>(dto.Category, "category", path, required: true);
            var name = r.String(dto.Name, "name", path, required: true);
            r.Has(dto.InUse, "inUse", path, required: true, "say whether the chapter uses this asset now");
            var holder = r.Id(dto.Holder, "holder", path);
            var amount = r.Number(dto.Amount, "amount", path, 0.0, double.MaxValue);
            return r.Problems.Count > before
                ? null
                : new DeclaredAsset { Id = id!.Value.Value, Category = category!.Value, Name = name!, Holder = holder, Amount = amount, Unit = dto.Unit, InUse = dto.InUse!.Value, Note = dto.Note, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        public OutreachPlan? Outreach(OutreachPlanDto dto, Loc path)
        {
            var before = r.Problems.Count;
            var startsOn = r.Date(dto.StartsOn, "startsOn", path, required: true);
            var items = r.Array(dto.Items, "items", path, OutreachItem);
            return r.Problems.Count > before
                ? null
                : new OutreachPlan { StartsOn = startsOn!.Value, Items = items, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        private OutreachItem? OutreachItem(OutreachItemDto dto, Loc path)
        {
            var before = r.Problems.Count;
            var partner = r.Id(dto.Partner, "partner", path, required: true);
            var owner = r.Id(dto.Owner, "owner", path, required: true);
            var introducer = r.Id(dto.Introducer, "introducer", path);
            var tier = r.String(dto.Tier, "tier", path, required: true);
            var ask = r.String(dto.Ask, "ask", path, required: true);
            var due = r.Date(dto.Due, "due", path, required: true);
            return r.Problems.Count > before
                ? null
                : new OutreachItem { MapId = dto.MapId, Partner = partner!.Value, Owner = owner!.Value, Tier = tier!, Ask = ask!, FirstStep = dto.FirstStep, Introducer = introducer, Due = due!.Value, Reason = dto.Reason, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }
    }
}
