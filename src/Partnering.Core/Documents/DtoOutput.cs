using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

/// <summary>
/// Writing a document: the model is mapped to the same data classes it is read from (each section's
/// mapping beside its reading), then serialized with the one source-generated context. Empty lists
/// and defaults are left out (<see langword="null"/>); unknown fields go back last through <c>Extra</c>.
/// </summary>
internal static class DtoOutput
{
    /// <summary>
    /// The context saves serialize with: the default one's options with room for any depth a load accepts
    /// (<see cref="DocumentLimits.MaxDepth"/> is at most 1,000, and a save may add a level, such as an
    /// empty list), so whatever loaded can be saved. The serializer's own default, 64, refused a policy
    /// condition or ladder criterion nested to the default load limit.
    /// </summary>
    public static WorkspaceJsonContext Saving { get; } = new(new JsonSerializerOptions(WorkspaceJsonContext.Default.Options) { MaxDepth = SaveDepth });

    private const int SaveDepth = 1_100;

    /// <summary>The document as text (compact unless <paramref name="indented"/>).</summary>
    public static string Text<T>(T dto, JsonTypeInfo<T> type, bool indented, bool relaxed = true)
    {
        using var buffer = new PooledBufferWriter(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, Options(indented, relaxed)))
        {
            JsonSerializer.Serialize(writer, dto, ForSaving(type));
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the document to a stream, flushed and left open.</summary>
    public static void Write<T>(Stream utf8, T dto, JsonTypeInfo<T> type, bool indented, bool relaxed = true)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        using var writer = new Utf8JsonWriter(utf8, Options(indented, relaxed));
        JsonSerializer.Serialize(writer, dto, ForSaving(type));
    }

    /// <summary>The same data class's metadata from <see cref="Saving"/>.</summary>
    public static JsonTypeInfo<T> ForSaving<T>(JsonTypeInfo<T> type)
        => ReferenceEquals(type.Options, Saving.Options) ? type : (JsonTypeInfo<T>)Saving.GetTypeInfo(typeof(T))!;

    /// <summary>
    /// The writer's options. A document for people (<paramref name="relaxed"/>) keeps its text as written:
    /// accented letters, other scripts and <c>' &lt; &gt; &amp;</c> are not escaped (a file is not HTML);
    /// quotes, backslashes and control characters still are, and so are emoji (the runtime's encoder
    /// escapes every character beyond the Basic Multilingual Plane). A canonical form that is hashed
    /// keeps the strict escaping it was hashed with.
    /// </summary>
    public static JsonWriterOptions Options(bool indented, bool relaxed = true)
        => new() { Indented = indented, SkipValidation = true, MaxDepth = SaveDepth, Encoder = relaxed ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : null };

    /// <summary>The items mapped, or <see langword="null"/> (left out) when there are none.</summary>
    public static List<TDto?>? Map<TModel, TDto>(IReadOnlyList<TModel> items, Func<TModel, TDto> map)
        where TDto : class?
        => items.Count == 0 ? null : All(items, map);

    /// <summary>The items mapped, written even when there are none.</summary>
    public static List<TDto?> All<TModel, TDto>(IReadOnlyList<TModel> items, Func<TModel, TDto> map)
    {
        var list = new List<TDto?>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            list.Add(map(items[i]));
        }

        return list;
    }

    public static List<string?>? Texts(IReadOnlyList<string> items) => items.Count == 0 ? null : [.. items];

    public static List<string?>? Ids(IReadOnlyList<PartyId> items) => Map(items, static id => id.Value);

    public static List<string?>? Terms(IReadOnlyList<IssueArea> items) => Map(items, static term => term.Name);

    public static List<string?>? Terms(IReadOnlyList<Tactic> items) => Map(items, static term => term.Name);

    public static List<string?>? Names<T>(IReadOnlyList<T> items)
        where T : struct, Enum
        => Map(items, JsonEnum<T>.Name);

    public static string? Name<T>(T? value)
        where T : struct, Enum
        => value is { } v ? JsonEnum<T>.Name(v) : null;

    public static string Name<T>(T value)
        where T : struct, Enum
        => JsonEnum<T>.Name(value);

    /// <summary><see langword="true"/> when set, else left out.</summary>
    public static bool? IfTrue(bool value) => value ? true : null;

    /// <summary><see langword="false"/> when cleared, else left out (the field's default is true).</summary>
    public static bool? IfFalse(bool value) => value ? null : false;

    public static string? Day(DateOnly? date) => date is { } d ? Day(d) : null;

    /// <summary>An exact day, <c>yyyy-MM-dd</c>.</summary>
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A time of day, <c>HH:mm</c> (with seconds and fractions only when it has them).</summary>
    public static string? Time(TimeOnly? value) => value is { } time
        ? time.ToString(time.Ticks % TimeSpan.TicksPerSecond != 0 ? "HH:mm:ss.FFFFFFF" : time.Second != 0 ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture)
        : null;

    /// <summary>The fields a record carried that this version does not know, written back after the known ones.</summary>
    public static Dictionary<string, JsonElement>? Extra(IReadOnlyDictionary<string, JsonElement> fields)
        => fields.Count == 0 ? null : new Dictionary<string, JsonElement>(fields, StringComparer.Ordinal);

    /// <summary>
    /// <see cref="Extra(IReadOnlyDictionary{string, JsonElement})"/>, refusing an unknown field named like a field of
    /// <typeparamref name="TDto"/> (writing both would lose one on the next load).
    /// </summary>
    public static Dictionary<string, JsonElement>? Unclashed<TDto>(IReadOnlyDictionary<string, JsonElement> fields)
    {
        if (fields.Count == 0)
        {
            return null;
        }

        var known = WorkspaceJsonContext.Default.GetTypeInfo(typeof(TDto))!.Properties;
        foreach (var name in fields.Keys)
        {
            foreach (var property in known)
            {
                if (property.Name == name && !property.IsExtensionData)
                {
                    throw new ArgumentException($"An entry of UnknownFields is named '{name}', like a field this version writes; writing both would lose one. Remove or rename it.", nameof(fields));
                }
            }
        }

        return Extra(fields);
    }
}
