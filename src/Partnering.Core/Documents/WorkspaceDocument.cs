using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

/// <summary>
/// Reads and writes the workspace document: one versioned JSON document holding a chapter, its
/// members, partners, ties, interactions and partnerships, and the optional sections
/// <c>"policy"</c>, <c>"ladder"</c>, <c>"tierOverrides"</c>, <c>"powerMaps"</c>, <c>"assets"</c> and
/// <c>"collaboration"</c> (see <c>workspace.schema.json</c>, shipped in the package's <c>schemas</c> folder).
/// </summary>
/// <remarks>
/// <para>
/// A load never throws for bad input and never half-succeeds: it returns the <see cref="Workspace"/>,
/// or every problem found, each with its JSON path (<c>$.ties[3].strength</c>) and a plain message.
/// Malformed JSON or a value of the wrong JSON type stops the read at once and is reported as one
/// problem; everything else (missing fields, unknown enum values, bad ids and dates, duplicate ids,
/// references to unknown parties, dates out of order, strengths outside [0, 1]) is reported all
/// together. Each optional section is read in the same single pass, into the same data classes as the
/// stand-alone document of its kind (the same rules), with paths from the workspace root
/// (<c>$.collaboration.calendar[2].host</c>), and every party id a section names (hosts, sponsors,
/// seats, action owners, map targets and actors, asset holders, tier overrides' partners and deciders)
/// must be the chapter, a member or a partner. A section needs no <c>"schemaVersion"</c> of its own
/// (the workspace's governs); one written anyway must be the feature's current version and is not
/// written back. The only exceptions the load methods throw are <see cref="ArgumentNullException"/>
/// for a <see langword="null"/> argument, and <see cref="InvalidDocumentException"/> from
/// <see cref="DocumentLoadResult{T}.GetValueOrThrow"/> when the caller asks for it.
/// </para>
/// <para>
/// Nothing is lost: fields this version does not know, at any level, are kept in each record's
/// <c>UnknownFields</c> and written back by <see cref="Save(Workspace, bool)"/>. Documents carry
/// <c>"schemaVersion": 1</c>. A document from a newer schema version is refused with a problem
/// saying so; a version 0 document (the pre-release shape: <c>"version": 0</c> and the members in a
/// top-level <c>"members"</c> array) is migrated on load and saved in the current shape.
/// </para>
/// </remarks>
public static class WorkspaceDocument
{
    private const string What = "workspace";

    /// <summary>The JSON Schema file's name, shipped in the package's <c>schemas</c> folder and as an embedded resource.</summary>
    public const string SchemaFileName = "workspace.schema.json";

    /// <summary>
    /// The JSON Schema of the workspace document (draft 2020-12), for editors and tools that validate or
    /// autocomplete documents. The same file ships in the package's <c>schemas</c> folder as
    /// <see cref="SchemaFileName"/>. The schema checks shapes and vocabularies; <see cref="Load(string)"/>
    /// checks more (cross references, dates in order, unique ids).
    /// </summary>
    /// <returns>The schema as JSON text.</returns>
    public static string GetJsonSchema() => DtoInput.Schema(SchemaFileName);

    /// <summary>Loads a workspace from JSON text with the default limits.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The workspace, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static DocumentLoadResult<Workspace> Load(string json) => Load(json, DocumentLimits.Default);

    /// <summary>Loads a workspace from UTF-8 bytes with the default limits (a leading byte order mark is allowed).</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The workspace, or the problems found.</returns>
    internal static DocumentLoadResult<Workspace> Load(ReadOnlySpan<byte> utf8) => Load(utf8, DocumentLimits.Default);

    /// <summary>Loads a workspace from a stream of UTF-8 JSON with the default limits, reading it to the end. The stream is not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The workspace, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Reading the stream failed (the stream's own exceptions pass through).</exception>
    public static DocumentLoadResult<Workspace> Load(Stream utf8Json) => Load(utf8Json, DocumentLimits.Default);

    /// <summary>Loads a workspace from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="limits">Limits on size and depth; <see cref="DocumentLimits.Default"/> when <see langword="null"/>. The size limit counts UTF-8 bytes.</param>
    /// <returns>The workspace, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static DocumentLoadResult<Workspace> Load(string json, DocumentLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= DocumentLimits.Default;

        // A string of n chars takes at most 3n UTF-8 bytes; only count exactly near the limit.
        if ((long)json.Length * 3 > limits.MaxBytes)
        {
            var count = Encoding.UTF8.GetByteCount(json);
            if (count > limits.MaxBytes)
            {
                return TooLarge(count, limits);
            }
        }

        if (json.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
        {
            // Surrogates: lone ones are kept as bytes the check below reports at their path.
            return LoadCore(JsonInput.Utf8(json), limits);
        }

        var buffer = Take(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            return LoadCore(buffer.AsSpan(0, length), limits);
        }
        finally
        {
            Give(buffer);
        }
    }

    /// <summary>Loads a workspace from UTF-8 bytes (a leading byte order mark is allowed).</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="limits">Limits on size and depth; <see cref="DocumentLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The workspace, or the problems found.</returns>
    internal static DocumentLoadResult<Workspace> Load(ReadOnlySpan<byte> utf8, DocumentLimits? limits)
    {
        limits ??= DocumentLimits.Default;
        return utf8.Length > limits.MaxBytes ? TooLarge(utf8.Length, limits) : LoadCore(utf8, limits);
    }

    /// <summary>
    /// Loads a workspace from a stream of UTF-8 JSON, reading it to the end (or until it exceeds
    /// <see cref="DocumentLimits.MaxBytes"/>). The stream is not closed.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">Limits on size and depth; <see cref="DocumentLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The workspace, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Reading the stream failed (the stream's own exceptions pass through).</exception>
    public static DocumentLoadResult<Workspace> Load(Stream utf8Json, DocumentLimits? limits) => Load(utf8Json, limits, WindowSize);

    /// <summary>
    /// A seekable stream of more than this many bytes is read through a window of
    /// <see cref="WindowSize"/> bytes that grows only to the largest value it must hold whole, so a
    /// large workspace never sits in memory twice (as its bytes and as its model).
    /// </summary>
    internal const int WindowSize = 1 << 20;

    /// <summary><see cref="Load(Stream, DocumentLimits?)"/> with the window's first size named (tests read through tiny windows).</summary>
    internal static DocumentLoadResult<Workspace> Load(Stream utf8, DocumentLimits? limits, int windowSize)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        limits ??= DocumentLimits.Default;
        if (utf8.CanSeek && utf8.Length - utf8.Position > limits.MaxBytes)
        {
            return TooLarge(utf8.Length - utf8.Position, limits);
        }

        if (utf8.CanSeek && utf8.Length - utf8.Position > windowSize)
        {
            // Through the window; a document with any problem is read again whole below, so its
            // problems are word for word those of any other load.
            var start = utf8.Position;
            if (LoadThroughWindow(utf8, limits, windowSize) is { } loaded)
            {
                return loaded;
            }

            utf8.Position = start;
        }

        // One byte more than a seekable stream holds, so the end is seen without growing.
        var buffer = Take(utf8.CanSeek ? (int)Math.Clamp(utf8.Length - utf8.Position + 1, 1, Array.MaxLength) : 64 * 1024);
        var length = 0L;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = Take((int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
                    buffer.AsSpan(0, (int)length).CopyTo(larger);
                    Give(buffer);
                    buffer = larger;
                }

                var read = utf8.Read(buffer, (int)length, buffer.Length - (int)length);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limits.MaxBytes)
                {
                    return TooLarge(length, limits, atLeast: true);
                }
            }

            return LoadCore(buffer.AsSpan(0, (int)length), limits);
        }
        finally
        {
            Give(buffer);
        }
    }

    // Buffers up to a megabyte come from the shared pool; a larger one is the garbage collector's,
    // so a large document's bytes do not stay in the pool for the life of the process.
    private const int Pooled = 1 << 20;

    private static byte[] Take(int length) => length <= Pooled ? ArrayPool<byte>.Shared.Rent(length) : GC.AllocateUninitializedArray<byte>(length);

    private static void Give(byte[] buffer)
    {
        if (buffer.Length <= Pooled)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Checks, then reads, the stream through a window; <see langword="null"/> when the document has any problem.</summary>
    internal static DocumentLoadResult<Workspace>? LoadThroughWindow(Stream utf8, DocumentLimits limits, int windowSize)
    {
        var start = utf8.Position;
        var check = new JsonWindow(new StreamChunks(utf8, windowSize));
        if (JsonInput.CheckWindow(ref check, limits).Count > 0)
        {
            return null;
        }

        utf8.Position = start;
        var window = new JsonWindow(new StreamChunks(utf8, windowSize));
        var result = Read(ref window, limits);
        return result.Succeeded ? result : null;
    }

    /// <summary>Saves a workspace as indented JSON text with <c>"schemaVersion": 1</c>; unknown fields kept from a load are written back.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    public static string Save(Workspace workspace) => Save(workspace, indented: true);

    /// <summary>Saves a workspace as indented UTF-8 JSON to a stream, which is flushed and left open.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static void Save(Workspace workspace, Stream utf8Json) => Save(workspace, utf8Json, indented: true);

    /// <summary>Saves a workspace as JSON text with <c>"schemaVersion": 1</c>; unknown fields kept from a load are written back.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="indented">Whether to indent the output for people to read and edit (default), or write it compact.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    internal static string Save(Workspace workspace, bool indented)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        using var buffer = new PooledBufferWriter(64 * 1024);
        Write(workspace, buffer, indented);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Saves a workspace as UTF-8 JSON to a stream, which is flushed and left open.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="utf8">The stream to write to.</param>
    /// <param name="indented">Whether to indent the output (default) or write it compact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> or <paramref name="utf8"/> is <see langword="null"/>.</exception>
    internal static void Save(Workspace workspace, Stream utf8, bool indented)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(utf8);
        using var writer = new Utf8JsonWriter(utf8, new JsonWriterOptions { Indented = indented, SkipValidation = true });
        WorkspaceReader.Write(writer, workspace);
    }

    /// <summary>Saves a workspace as UTF-8 JSON bytes.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="indented">Whether to indent the output (default) or write it compact.</param>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    internal static byte[] SaveToUtf8Bytes(Workspace workspace, bool indented)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        using var buffer = new PooledBufferWriter(64 * 1024);
        Write(workspace, buffer, indented);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Workspace workspace, IBufferWriter<byte> output, bool indented)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, SkipValidation = true });
        WorkspaceReader.Write(writer, workspace);
    }

    private static DocumentLoadResult<Workspace> LoadCore(ReadOnlySpan<byte> utf8, DocumentLimits limits)
    {
        utf8 = JsonInput.WithoutBom(utf8);
        if (JsonInput.Check(utf8, limits) is { Count: > 0 } refused)
        {
            return JsonInput.Failure<Workspace>(What, refused, limits);
        }

        var window = new JsonWindow(utf8);
        return Read(ref window, limits);
    }

    /// <summary>Reads a checked document. Through a stream's window only success counts (any failure is read again whole).</summary>
    private static DocumentLoadResult<Workspace> Read(ref JsonWindow window, DocumentLimits limits)
    {
        var context = DtoInput.ContextFor(limits.MaxDepth);
        var dto = new WorkspaceDto();
        var workspaceReader = new WorkspaceReader();
        var at = "$";
        var item = -1;
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
                reader.Skip();
                reader.Read();
                return Fail(new DocumentProblem("$", $"The document is {Describe(reader.TokenType)}; a workspace is an object with \"schemaVersion\" and \"chapter\"."));
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
                            var start = reader;
                            if (name == "ties" ? workspaceReader.TryStreamTie(ref reader) : workspaceReader.TryStreamInteraction(ref reader))
                            {
                                index++;
                                continue;
                            }

                            reader = start;
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
                        if (!dto.Extra.TryAdd(name, JsonElement.ParseValue(ref reader)))
                        {
                            return Fail(new DocumentProblem(at, ProblemText.Duplicate(name)));
                        }

                        break;
                }
            }

            at = "$";
            window.Read(ref reader); // throws on anything after the document's object
        }
        catch (JsonException e)
        {
            return window.IsChunked
                ? Fail(new DocumentProblem(at, "The document is read again whole to report this problem."))
                : Fail(DtoInput.JsonProblem(e, item < 0 ? at : WorkspaceReader.Item(at, item), window.Data, limits));
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

        return workspace is not null && problems.Count == 0
            ? DocumentLoadResult.Success(workspace)
            : JsonInput.Failure<Workspace>(What, problems, limits);
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
                    map.Placements = [];
                    while (window.Read(ref reader, whole: true) && reader.TokenType != JsonTokenType.EndArray)
                    {
                        map.Placements.Add(JsonSerializer.Deserialize(ref reader, context.PlacementDto));
                    }

                    break;
                case "placements":
                    map.Placements = JsonSerializer.Deserialize(ref reader, context.ListPlacementDto);
                    break;
                default:
                    (map.Extra ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref reader);
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

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        _ => "not an object",
    };

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

        problems.Add(new DocumentProblem("$.schemaVersion", $"The schema version is missing: a workspace document starts with \"schemaVersion\": {Workspace.CurrentSchemaVersion}."));
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

    private static DocumentLoadResult<Workspace> TooLarge(long bytes, DocumentLimits limits, bool atLeast = false)
        => Fail(new DocumentProblem("$", string.Create(CultureInfo.InvariantCulture, $"The document is {(atLeast ? "more than " : string.Empty)}{(atLeast ? limits.MaxBytes : bytes):N0} bytes, over the limit of {limits.MaxBytes:N0} bytes (DocumentLimits.MaxBytes).")));
}
