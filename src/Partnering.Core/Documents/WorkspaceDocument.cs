using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
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
public static partial class WorkspaceDocument
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
        return JsonInput.FromText(json, limits, Fail, utf8 => LoadCore(utf8, limits));
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

        return JsonInput.FromStream(utf8, limits, Fail, bytes => LoadCore(bytes, limits));
    }

    /// <summary>Checks, then reads, the stream through a window; <see langword="null"/> when the document has any problem.</summary>
    internal static DocumentLoadResult<Workspace>? LoadThroughWindow(Stream utf8, DocumentLimits limits, int windowSize)
    {
        var start = utf8.Position;
        var check = new JsonWindow(new StreamChunks(utf8, windowSize));
        var lengths = new Dictionary<string, int>(StringComparer.Ordinal);
        if (JsonInput.CheckWindow(ref check, limits, lengths: lengths).Count > 0)
        {
            return null;
        }

        utf8.Position = start;
        var window = new JsonWindow(new StreamChunks(utf8, windowSize));
        var result = Read(ref window, limits, lengths);
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
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="indented">Whether to indent the output (default) or write it compact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    internal static void Save(Workspace workspace, Stream utf8Json, bool indented)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, DtoOutput.Options(indented));
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
        using var writer = new Utf8JsonWriter(output, DtoOutput.Options(indented));
        WorkspaceReader.Write(writer, workspace);
    }
}
