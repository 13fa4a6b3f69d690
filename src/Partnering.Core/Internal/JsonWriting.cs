using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Partnering.Core.Internal;

/// <summary>Text from a writer (documents themselves are written through their DTOs: see <c>Documents.DtoOutput</c>).</summary>
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
}
