using System;
using System.IO;
using Partnering.Core.Collaboration;

namespace Partnering.Core.Documents;

/// <summary>
/// Loads and saves <see cref="CollaborationData"/> as JSON: camelCase fields, enums as camelCase strings,
/// dates as <c>yyyy-MM-dd</c>, times as <c>HH:mm</c>. Loading reports every problem with its JSON path;
/// fields this version does not know are kept and written back, so load then save loses nothing.
/// </summary>
/// <remarks>
/// Besides the shape of each value, loading checks: the schema version; unique ids (tables, actions
/// within a table, one-on-ones, events, planned meetings); that attendance and action owners name a seat
/// at their table; that cadences, actions and event times are consistent; and the meeting profile's
/// thresholds. A load never half-succeeds.
/// </remarks>
public static partial class CollaborationDocument
{
    private static readonly DtoDocument<CollaborationDto, CollaborationData> Document = new("collaboration", static c => c.CollaborationDto, ReadSection);

    /// <summary>Loads a document from text, within <see cref="DocumentLimits.Default"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The data, or every problem found.</returns>
    public static DocumentLoadResult<CollaborationData> Load(string json) => Load(json, DocumentLimits.Default);

    /// <summary>Loads a document from a UTF-8 stream, within <see cref="DocumentLimits.Default"/>; the stream is read to its end and not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The data, or every problem found.</returns>
    public static DocumentLoadResult<CollaborationData> Load(Stream utf8Json) => Load(utf8Json, DocumentLimits.Default);

    /// <summary>Loads a document from text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">Size and depth limits; <see langword="null"/> for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The data, or every problem found.</returns>
    public static DocumentLoadResult<CollaborationData> Load(string json, DocumentLimits? limits) => Document.Load(json, limits);

    /// <summary>Loads a document from a UTF-8 stream; the stream is read to its end and not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">Size and depth limits; <see langword="null"/> for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The data, or every problem found.</returns>
    public static DocumentLoadResult<CollaborationData> Load(Stream utf8Json, DocumentLimits? limits) => Document.Load(utf8Json, limits);

    /// <summary>Saves data as indented JSON text.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">An <c>UnknownFields</c> entry has the name of a field this version writes.</exception>
    public static string Save(CollaborationData data) => DtoOutput.Text(ToDto(data), WorkspaceJsonContext.Default.CollaborationDto, indented: true);

    /// <summary>Saves data as indented UTF-8 JSON to a stream; the stream is not closed.</summary>
    /// <param name="data">The data.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <exception cref="ArgumentException">An <c>UnknownFields</c> entry has the name of a field this version writes.</exception>
    public static void Save(CollaborationData data, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(utf8Json);
        DtoOutput.Write(utf8Json, ToDto(data), WorkspaceJsonContext.Default.CollaborationDto, indented: true);
    }
}
