using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Partnering.Core.Internal;

/// <summary>Writing pieces every document writer shares: text from a writer, unknown fields written back, optional string lists.</summary>
internal static class JsonWriting
{
    /// <summary>What <paramref name="write"/> writes, as a string (compact unless <paramref name="indented"/>).</summary>
    public static string ToText(Action<Utf8JsonWriter> write, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes back, in their order, the fields a document carried that this version does not know.</summary>
    public static void UnknownFields(Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonElement> fields)
    {
        foreach (var (name, value) in fields)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    /// <summary>Writes a string array under <paramref name="name"/>, or nothing when the list is empty.</summary>
    public static void NonEmptyStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
