using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

// Reading a checked document into the model: the top level field by field, ties, interactions,
// partners and power-map placements one at a time through a stream's window, and version migration.
public static partial class WorkspaceDocument
{
    private static DocumentLoadResult<Workspace> LoadCore(ReadOnlySpan<byte> utf8, DocumentLimits limits)
    {
        utf8 = JsonInput.WithoutBom(utf8);
        var lengths = new Dictionary<string, int>(StringComparer.Ordinal);
        var window = new JsonWindow(utf8);
        if (JsonInput.CheckWindow(ref window, limits, lengths: lengths) is { Count: > 0 } refused)
        {
            return JsonInput.Failure<Workspace>(What, refused, limits);
        }

        window = new JsonWindow(utf8);
        return Read(ref window, limits, lengths);
    }

    /// <summary>Reads a checked document. Through a stream's window only success counts (any failure is read again whole).</summary>
    private static DocumentLoadResult<Workspace> Read(ref JsonWindow window, DocumentLimits limits, IReadOnlyDictionary<string, int>? lengths = null)
    {
        var context = DtoInput.ContextFor(limits.MaxDepth);
        var dto = new WorkspaceDto();
        var workspaceReader = new WorkspaceReader(lengths);
        var at = "$";
        var item = -1;
        long start = 0; // where the value being read starts, for the position of a serializer's problem
        try
        {
            var reader = window.Reader(new JsonReaderOptions { MaxDepth = limits.MaxDepth });
            if (!window.Read(ref reader))
            {
                return Fail(new DocumentProblem("$", "The document is empty; a workspace is an object with \"schemaVersion\" and \"chapter\"."));
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                window.Read(ref reader); // throws on anything after the literal
                return Fail(new DocumentProblem("$", "The document is the JSON literal null; a workspace is an object with \"schemaVersion\" and \"chapter\"."));
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                // What the top level is, then the rest of the input read, so trailing text is still refused.
                var top = reader.TokenType;
                reader.Skip();
                reader.Read();
                return Fail(new DocumentProblem("$", ProblemText.NotAnObject(top, "a workspace is an object with \"schemaVersion\" and \"chapter\"")));
            }

            // The top level is read field by field. Once the version, the chapter and the partners
            // are known (the order Save writes), ties and interactions are read and checked one at a
            // time, so their DTOs never pile up; in any other order they are read whole and checked
            // at the end, with the same result.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var streaming = false;
            while (window.Read(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                at = JsonPath.Child("$", name);

                // Every value is in the window whole, but for ties and interactions read one at a time.
                // Through a stream's window, partners and power-map placements are read one at a
                // time too, so the window never has to hold a whole array of them (a document that
                // fails here is read again whole and reported).
                window.Read(ref reader, whole: true, piecewiseArray: (name is "ties" or "interactions" && (streaming || CouldStream(dto, seen))) || (name is "partners" or "powerMaps" && window.IsChunked));
                start = reader.TokenStartIndex;
                if (Fields.ContainsKey(name) && !seen.Add(name))
                {
                    return Fail(new DocumentProblem(at, ProblemText.Duplicate(name)));
                }

                switch (name)
                {
                    case "partners" when window.IsChunked && reader.TokenType == JsonTokenType.StartArray:
                        dto.Partners = [];
                        while (window.Read(ref reader, whole: true) && reader.TokenType != JsonTokenType.EndArray)
                        {
                            dto.Partners.Add(JsonSerializer.Deserialize(ref reader, context.PartnerDto));
                        }

                        break;
                    case "ties" or "interactions" when reader.TokenType == JsonTokenType.StartArray
                        && (streaming || (streaming = CanStream(dto, seen, workspaceReader))):
                        var index = 0;
                        while (window.Read(ref reader, whole: true) && reader.TokenType != JsonTokenType.EndArray)
                        {
                            item = index;

                            // A plainly valid item is read straight into the model; anything else
                            // is read again from the same place through its DTO, which reports it.
                            var itemStart = reader;
                            if (name == "ties" ? workspaceReader.TryStreamTie(ref reader) : workspaceReader.TryStreamInteraction(ref reader))
                            {
                                index++;
                                continue;
                            }

                            reader = itemStart;
                            start = reader.TokenStartIndex;
                            if (name == "ties")
                            {
                                workspaceReader.StreamTie(reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize(ref reader, context.TieDto), index);
                            }
                            else
                            {
                                workspaceReader.StreamInteraction(reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize(ref reader, context.InteractionDto), index);
                            }

                            index++;
                        }

                        item = -1;
                        break;
                    case "powerMaps" when window.IsChunked && reader.TokenType == JsonTokenType.StartArray:
                        dto.PowerMaps = [];
                        while (window.Read(ref reader, whole: false) && reader.TokenType != JsonTokenType.EndArray)
                        {
                            if (reader.TokenType != JsonTokenType.StartObject || ReadPowerMapPiecewise(ref window, ref reader, context) is not { } map)
                            {
                                return Fail(new DocumentProblem(at, "The document is read again whole to report this problem."));
                            }

                            dto.PowerMaps.Add(map);
                        }

                        break;
                    default:
                        if (Fields.TryGetValue(name, out var field))
                        {
                            // Every known field (every section) is read in place into its DTO.
                            field.Set!(dto, JsonSerializer.Deserialize(ref reader, context.GetTypeInfo(field.PropertyType)!));
                            break;
                        }

                        dto.Extra ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                        if (!dto.Extra.TryAdd(name, JsonSerializer.Deserialize(ref reader, context.JsonElement)))
                        {
                            return Fail(new DocumentProblem(at, ProblemText.Duplicate(name)));
                        }

                        break;
                }
            }

            at = "$";
            start = 0;
            window.Read(ref reader); // throws on anything after the document's object
        }
        catch (JsonException e)
        {
            return window.IsChunked
                ? Fail(new DocumentProblem(at, "The document is read again whole to report this problem."))
                : Fail(DtoInput.JsonProblem(e, item < 0 ? at : JsonPath.Item(at, item), window.Data, limits, valueStart: start));
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // The serializer wraps most failures in JsonException; these are belt and braces so
            // that no input can escape as anything but a problem.
            return Fail(new DocumentProblem(at, $"The document could not be read: {e.Message}"));
        }

        var problems = new List<DocumentProblem>();
        var membersPath = "$.chapter.members";
        if (!CheckVersion(dto, problems, ref membersPath))
        {
            return DocumentLoadResult.Failure<Workspace>(What, problems);
        }

        var workspace = workspaceReader.Read(dto, membersPath);
        problems.AddRange(workspaceReader.Problems);
        if (dto.Policy is not null || dto.Ladder is not null || dto.TierOverrides is not null || dto.PowerMaps is not null || dto.Assets is not null || dto.Outreach is not null || dto.Collaboration is not null)
        {
            workspace = WorkspaceSections.Read(dto, workspace, problems);
        }

        if (workspace is not null && problems.Count == 0)
        {
            return DocumentLoadResult.Success(workspace);
        }

        if (!window.IsChunked)
        {
            MisspellingHints.Add(window.Data, problems, limits);
        }

        return JsonInput.Failure<Workspace>(What, problems, limits);
    }

    /// <summary>
    /// Reads one power map through a stream's window, its placements one at a time; <see langword="null"/>
    /// for anything the whole read must report (a duplicate field, a wrong type).
    /// </summary>
    private static PowerMapDto? ReadPowerMapPiecewise(ref JsonWindow window, ref Utf8JsonReader reader, WorkspaceJsonContext context)
    {
        var map = new PowerMapDto();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (window.Read(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            window.Read(ref reader, whole: true, piecewiseArray: name == "placements");
            if (!seen.Add(name))
            {
                return null;
            }

            switch (name)
            {
                case "id" or "target" or "issue" or "title":
                    if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                    {
                        return null;
                    }

                    var text = reader.GetString();
                    _ = name switch
                    {
                        "id" => map.Id = text,
                        "target" => map.Target = text,
                        "issue" => map.Issue = text,
                        _ => map.Title = text,
                    };
                    break;
                case "placements" when reader.TokenType == JsonTokenType.StartArray:
                    // Each placement is mapped to the model as it is read, so a large map's data
                    // classes never pile up; any problem leaves the map to the whole read, which
                    // reports it at its path.
                    var mapped = new List<Maps.Placement>();
                    var mapper = new MapsDocument.Reader(new DtoReader([]));
                    while (window.Read(ref reader, whole: true) && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (JsonSerializer.Deserialize(ref reader, context.PlacementDto) is not { } placement
                            || mapper.Placement(placement, "$") is not { } read)
                        {
                            return null;
                        }

                        mapped.Add(read);
                    }

                    map.Placements = [];
                    map.MappedPlacements = mapped;
                    break;
                case "placements":
                    map.Placements = JsonSerializer.Deserialize(ref reader, context.ListPlacementDto);
                    break;
                default:
                    (map.Extra ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = JsonSerializer.Deserialize(ref reader, context.JsonElement);
                    break;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? map : null;
    }

    /// <summary>The workspace's known top-level fields, by name (the DTO's own metadata: no list to keep in step).</summary>
    private static readonly FrozenDictionary<string, System.Text.Json.Serialization.Metadata.JsonPropertyInfo> Fields =
        WorkspaceJsonContext.Default.WorkspaceDto.Properties.Where(p => !p.IsExtensionData).ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);

    private static bool CouldStream(WorkspaceDto dto, HashSet<string> seen)
        => dto.SchemaVersion == Workspace.CurrentSchemaVersion && seen.Contains("chapter") && seen.Contains("partners");

    private static bool CanStream(WorkspaceDto dto, HashSet<string> seen, WorkspaceReader reader)
    {
        if (!CouldStream(dto, seen))
        {
            return false;
        }

        reader.BeginStreaming(dto);
        return true;
    }

    /// <summary>Checks the schema version and migrates older documents in place. Returns false when the document cannot be read at all.</summary>
    private static bool CheckVersion(WorkspaceDto dto, List<DocumentProblem> problems, ref string membersPath)
    {
        if (dto.SchemaVersion is { } version)
        {
            if (version > Workspace.CurrentSchemaVersion)
            {
                problems.Add(new DocumentProblem("$.schemaVersion", string.Create(CultureInfo.InvariantCulture, $"The document uses schema version {version}, newer than the version {Workspace.CurrentSchemaVersion} this library reads. Upgrade Partnering.Core to read it; it is not loaded, so nothing in it is lost.")));
                return false;
            }

            if (version < Workspace.CurrentSchemaVersion)
            {
                problems.Add(new DocumentProblem("$.schemaVersion", string.Create(CultureInfo.InvariantCulture, $"Schema version {version} does not exist: version 1 documents write \"schemaVersion\": 1, and the pre-release version 0 wrote \"version\": 0 instead.")));
                return false;
            }

            return true;
        }

        if (dto.Extra is { } extra && extra.TryGetValue("version", out var old))
        {
            if (old.ValueKind == JsonValueKind.Number && old.TryGetInt32(out var v) && v == 0)
            {
                return MigrateFromVersion0(dto, problems, ref membersPath);
            }

            problems.Add(new DocumentProblem("$.version", $"\"version\" is only read from pre-release version 0 documents (\"version\": 0); got {old.GetRawText()}. Current documents write \"schemaVersion\": {Workspace.CurrentSchemaVersion}."));
            return false;
        }

        problems.Add(new DocumentProblem("$.schemaVersion", ProblemText.Required("schemaVersion", string.Create(CultureInfo.InvariantCulture, $"a workspace document starts with \"schemaVersion\": {Workspace.CurrentSchemaVersion}"))));
        return false;
    }

    /// <summary>
    /// Version 0, the pre-release shape, wrote <c>"version": 0</c> instead of <c>"schemaVersion"</c>
    /// and kept the members in a top-level <c>"members"</c> array rather than in the chapter.
    /// Everything else is as in version 1.
    /// </summary>
    private static bool MigrateFromVersion0(WorkspaceDto dto, List<DocumentProblem> problems, ref string membersPath)
    {
        var extra = dto.Extra!;
        extra.Remove("version");
        if (extra.Remove("members", out var members))
        {
            if (members.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new DocumentProblem("$.members", "In a version 0 document \"members\" is an array of members."));
                return false;
            }

            if (dto.Chapter is { Members: not null })
            {
                problems.Add(new DocumentProblem("$.members", "A version 0 document lists members at the top level or in the chapter, not both."));
                return false;
            }

            List<MemberDto?>? list;
            try
            {
                list = members.Deserialize(WorkspaceJsonContext.Default.ListMemberDto);
            }
            catch (JsonException e)
            {
                problems.Add(new DocumentProblem(e.Path is { } p ? "$.members" + p[1..] : "$.members", DtoInput.Plain(e.Message)));
                return false;
            }

            if (dto.Chapter is { } chapter)
            {
                chapter.Members = list;
                membersPath = "$.members";
            }
        }

        if (extra.Count == 0)
        {
            dto.Extra = null;
        }

        dto.SchemaVersion = Workspace.CurrentSchemaVersion;
        return true;
    }

    private static DocumentLoadResult<Workspace> Fail(DocumentProblem problem) => DocumentLoadResult.Failure<Workspace>(What, [problem]);

    private static DocumentLoadResult<Workspace> TooLarge(long bytes, DocumentLimits limits)
        => Fail(new DocumentProblem("$", ProblemText.TooLarge(bytes, limits.MaxBytes)));
}
