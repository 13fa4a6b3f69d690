using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Partnering.Core.Documents;

namespace Partnering.Core.Internal;

/// <summary>
/// The one way every document reader takes its input: text or a stream becomes UTF-8 bytes, and one
/// pass over them checks, before any other work, what every reader relies on: the JSON is well formed,
/// no string or field name holds a lone surrogate or invalid UTF-8 (so whatever loads can be saved),
/// and the <see cref="DocumentLimits"/> hold (depth, array lengths, string lengths). Each problem
/// found has the JSON path where it is.
/// </summary>
internal static class JsonInput
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The text as UTF-8. A lone surrogate (which no UTF-8 can hold) is written in its three-byte
    /// form, which is not valid UTF-8, so <see cref="Check"/> reports it at its path instead of the
    /// encoder silently replacing it or throwing.
    /// </summary>
    public static byte[] Utf8(string json)
    {
        var output = new byte[Encoding.UTF8.GetMaxByteCount(json.Length)];
        var text = json.AsSpan();
        var length = 0;
        while (true)
        {
            var status = System.Text.Unicode.Utf8.FromUtf16(text, output.AsSpan(length), out var read, out var written, replaceInvalidSequences: false);
            length += written;
            if (status == OperationStatus.Done)
            {
                return output[..length];
            }

            int c = text[read]; // the lone surrogate
            output[length++] = (byte)(0xE0 | (c >> 12));
            output[length++] = (byte)(0x80 | ((c >> 6) & 0x3F));
            output[length++] = (byte)(0x80 | (c & 0x3F));
            text = text[(read + 1)..];
        }
    }

    /// <summary>What a loader makes of a document's UTF-8 bytes, which live only for the call.</summary>
    public delegate T BytesReader<T>(ReadOnlySpan<byte> utf8);

    /// <summary>
    /// The text as UTF-8 given to <paramref name="read"/> (in a pooled buffer, or through <see cref="Utf8(string)"/>
    /// when it holds surrogates), or <paramref name="fail"/> with a problem when it is over <see cref="DocumentLimits.MaxBytes"/>.
    /// </summary>
    public static T FromText<T>(string json, DocumentLimits limits, Func<DocumentProblem, T> fail, BytesReader<T> read)
    {
        // A string of n chars takes at most 3n UTF-8 bytes; only count exactly near the limit (and once).
        int? exact = null;
        if ((long)json.Length * 3 > limits.MaxBytes && (exact = Encoding.UTF8.GetByteCount(json)) > limits.MaxBytes)
        {
            return fail(new DocumentProblem("$", ProblemText.TooLarge(exact.Value, limits.MaxBytes)));
        }

        if (json.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
        {
            // Surrogates: lone ones are kept as bytes the input check reports at their path.
            return read(Utf8(json));
        }

        // A small text goes into a pooled buffer of its largest size; a large one into an array of its exact
        // size (three bytes a char would triple a large document's memory).
        var most = Encoding.UTF8.GetMaxByteCount(json.Length);
        var buffer = Take(most <= Pooled ? most : exact ?? Encoding.UTF8.GetByteCount(json));
        try
        {
            return read(buffer.AsSpan(0, Encoding.UTF8.GetBytes(json, buffer)));
        }
        finally
        {
            Give(buffer);
        }
    }

    /// <summary>
    /// A stream read to its end and given to <paramref name="read"/>, or <paramref name="fail"/> with a problem once
    /// it holds more than <see cref="DocumentLimits.MaxBytes"/>.
    /// </summary>
    public static T FromStream<T>(Stream stream, DocumentLimits limits, Func<DocumentProblem, T> fail, BytesReader<T> read)
    {
        if (stream.CanSeek && stream.Length - stream.Position > limits.MaxBytes)
        {
            return fail(new DocumentProblem("$", ProblemText.TooLarge(stream.Length - stream.Position, limits.MaxBytes)));
        }

        // One byte more than a seekable stream holds, so the end is seen without growing.
        var buffer = Take(stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position + 1, 1, Array.MaxLength) : 64 * 1024);
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

                var count = stream.Read(buffer, (int)length, buffer.Length - (int)length);
                if (count == 0)
                {
                    return read(buffer.AsSpan(0, (int)length));
                }

                length += count;
                if (length > limits.MaxBytes)
                {
                    return fail(new DocumentProblem("$", ProblemText.TooLarge(null, limits.MaxBytes)));
                }
            }
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

    /// <summary>The bytes without a leading UTF-8 byte order mark.</summary>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> utf8) => utf8.StartsWith(Bom) ? utf8[3..] : utf8;

    /// <summary>
    /// Checks the document in one pass; returns the problems found (empty when it may be read).
    /// Malformed JSON, too deep a nesting and a limit exceeded stop the check at once; strings that
    /// cannot round-trip are all reported (up to <see cref="DocumentLimits.MaxProblems"/>).
    /// </summary>
    /// <param name="utf8">The document, without a byte order mark.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="allowComments">Whether comments are skipped (the ladder document allows them) or are an error.</param>
    /// <param name="duplicates">Whether a field written twice in one object is a problem here (for readers that do not check it themselves).</param>
    public static List<DocumentProblem> Check(ReadOnlySpan<byte> utf8, DocumentLimits limits, bool allowComments = false, bool duplicates = false)
    {
        var window = new JsonWindow(utf8);
        return CheckWindow(ref window, limits, allowComments, duplicates);
    }

    /// <summary>The same check, over a window that may read a stream a piece at a time.</summary>
    /// <param name="window">The window over the document.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="allowComments">Whether comments are skipped or are an error.</param>
    /// <param name="duplicates">Whether a field written twice in one object is a problem here.</param>
    /// <param name="lengths">When given, receives the number of items of each array that is a field of the top-level object, by field name (so a reader can size its lists once).</param>
    public static List<DocumentProblem> CheckWindow(ref JsonWindow window, DocumentLimits limits, bool allowComments = false, bool duplicates = false, Dictionary<string, int>? lengths = null)
    {
        var found = Scan(ref window, limits, allowComments, duplicates, lengths);
        if (found.Count <= limits.MaxProblems)
        {
            return found;
        }

        // The scan stops one problem over the limit, so how many more there are is not known: at least
        // the ones found and not listed.
        var listed = limits.MaxProblems - 1;
        return [.. found.Take(listed), new DocumentProblem("$", string.Create(CultureInfo.InvariantCulture, $"...and at least {found.Count - listed:N0} more problems not listed: the check stops after {limits.MaxProblems:N0} (DocumentLimits.MaxProblems). Fix the ones above and load again."))];
    }

    private static List<DocumentProblem> Scan(ref JsonWindow window, DocumentLimits limits, bool allowComments, bool duplicates, Dictionary<string, int>? lengths)
    {
        var problems = new List<DocumentProblem>();
        if (LooksLikeUtf16(window.Data))
        {
            problems.Add(new DocumentProblem("$", "The text is not valid JSON: the file is UTF-16 (which some editors call 'Unicode'), not UTF-8; save it as UTF-8."));
            return problems;
        }

        var reader = window.Reader(new JsonReaderOptions
        {
            MaxDepth = limits.MaxDepth + 1,
            CommentHandling = allowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
        });
        var frames = new List<Frame>();
        var names = duplicates ? new List<HashSet<string>>() : null;
        var known = new FieldNames();
        try
        {
            while (window.Read(ref reader))
            {
                // Every value (not a field name or an end) is the next item of an array it is in.
                if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray) && !NextItem(frames, limits, problems))
                {
                    return problems;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = frames[^1] with { Name = null };
                        if (!Text(ref reader, frames, limits, problems, known, out var name))
                        {
                            return problems;
                        }

                        frames[^1] = frames[^1] with { Name = name };
                        if (names is not null && name is not null && !names[frames.Count - 1].Add(name))
                        {
                            problems.Add(new DocumentProblem(PathOf(frames), ProblemText.Duplicate(name)));
                            if (problems.Count > limits.MaxProblems) // one over, so the cap says that some were left out
                            {
                                return problems;
                            }
                        }

                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (frames.Count >= limits.MaxDepth)
                        {
                            problems.Add(new DocumentProblem(PathOf(frames), string.Create(CultureInfo.InvariantCulture, $"The document nests objects and arrays deeper than the limit of {limits.MaxDepth} levels (DocumentLimits.MaxDepth){Where(ref reader)}.")));
                            return problems;
                        }

                        var isArray = reader.TokenType == JsonTokenType.StartArray;
                        frames.Add(new Frame(isArray, -1, null));
                        if (names is not null && !isArray)
                        {
                            // One set of names per depth, reused by every object at that depth.
                            while (names.Count < frames.Count)
                            {
                                names.Add(new HashSet<string>(StringComparer.Ordinal));
                            }

                            names[frames.Count - 1].Clear();
                        }

                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (lengths is not null && frames.Count == 2 && frames[1].IsArray && !frames[0].IsArray && frames[0].Name is { } field)
                        {
                            lengths[field] = frames[1].Index + 1;
                        }

                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.String:
                        if (!Text(ref reader, frames, limits, problems, names: null, out _))
                        {
                            return problems;
                        }

                        break;
                    case JsonTokenType.Number:
                        if (reader.ValueSpan.Length > limits.MaxStringLength)
                        {
                            problems.Add(new DocumentProblem(PathOf(frames), string.Create(CultureInfo.InvariantCulture, $"The number is written with {reader.ValueSpan.Length:N0} characters, over the limit of {limits.MaxStringLength:N0} (DocumentLimits.MaxStringLength).")));
                            return problems;
                        }

                        break;
                }
            }
        }
        catch (JsonException e)
        {
            // Past a field's value the next token is another field's name (or the end): what is wrong is
            // in the object, not in the field read last.
            if (frames.Count > 0 && !frames[^1].IsArray && reader.TokenType != JsonTokenType.PropertyName)
            {
                frames[^1] = frames[^1] with { Name = null };
            }

            problems.Add(new DocumentProblem(PathOf(frames), "The text is not valid JSON" + Where(e) + ": " + Plain(e.Message)));
        }

        return problems;
    }

    /// <summary>At most <see cref="DocumentLimits.MaxProblems"/> problems; when there were more, the last says how many and names the limit.</summary>
    public static IReadOnlyList<DocumentProblem> Capped(IReadOnlyList<DocumentProblem> problems, DocumentLimits limits)
    {
        if (problems.Count <= limits.MaxProblems)
        {
            return problems;
        }

        var more = problems.Count - (limits.MaxProblems - 1);
        return [.. problems.Take(limits.MaxProblems - 1), new DocumentProblem("$", string.Create(CultureInfo.InvariantCulture, $"...and {more:N0} more problems not listed: a load reports at most {limits.MaxProblems:N0} (DocumentLimits.MaxProblems). Fix the ones above and load again."))];
    }

    /// <summary>A failed load with its problems capped at <see cref="DocumentLimits.MaxProblems"/>.</summary>
    public static DocumentLoadResult<T> Failure<T>(string what, IReadOnlyList<DocumentProblem> problems, DocumentLimits limits)
        where T : class
        => DocumentLoadResult.Failure<T>(what, Capped(problems, limits));

    private readonly record struct Frame(bool IsArray, int Index, string? Name);

    private static bool NextItem(List<Frame> frames, DocumentLimits limits, List<DocumentProblem> problems)
    {
        if (frames.Count == 0 || !frames[^1].IsArray)
        {
            return true;
        }

        var index = frames[^1].Index + 1;
        frames[^1] = frames[^1] with { Index = index };
        if (index >= limits.MaxArrayLength)
        {
            problems.Add(new DocumentProblem(PathOf(frames), string.Create(CultureInfo.InvariantCulture, $"The array has more than {limits.MaxArrayLength:N0} items, the limit (DocumentLimits.MaxArrayLength).")));
            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether the bytes hold a surrogate encoded as if it were a character (<c>ED A0-BF 80-BF</c>): what
    /// <see cref="Utf8(string)"/> makes of a lone surrogate in a .NET string, which is no file's encoding.
    /// </summary>
    private static bool HoldsLoneSurrogate(ReadOnlySpan<byte> raw)
    {
        for (var i = 0; i + 2 < raw.Length; i++)
        {
            if (raw[i] == 0xED && raw[i + 1] is >= 0xA0 and <= 0xBF && raw[i + 2] is >= 0x80 and <= 0xBF)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks a string or field name: its length, and that it decodes to text that can be written back.</summary>
    /// <param name="reader">The reader, at the string or field name.</param>
    /// <param name="frames">Where the reader is.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="problems">Where a problem goes.</param>
    /// <param name="names">For a field name, the names already read, which give its text back without a new string.</param>
    /// <param name="value">A field name's text.</param>
    private static bool Text(ref Utf8JsonReader reader, List<Frame> frames, DocumentLimits limits, List<DocumentProblem> problems, FieldNames? names, out string? value)
    {
        value = null;
        var isName = names is not null;
        var raw = reader.ValueSpan;
        var what = isName ? "field name" : "string";

        // Counted in characters once unescaped, so a saved document (which may escape more) reads
        // back within the same limit. Only a string longer in bytes than the limit needs counting.
        if (raw.Length > limits.MaxStringLength && Length(ref reader) is var length && length > limits.MaxStringLength)
        {
            problems.Add(new DocumentProblem(PathOf(frames), string.Create(CultureInfo.InvariantCulture, $"The {what} is {length:N0} characters long, over the limit of {limits.MaxStringLength:N0} (DocumentLimits.MaxStringLength).")));
            return false;
        }

        var valid = true;
        if (!reader.ValueIsEscaped)
        {
            valid = IsValidUtf8(raw);
            if (valid && isName)
            {
                value = names!.Get(raw);
            }
        }
        else
        {
            try
            {
                var text = reader.GetString();
                if (isName)
                {
                    value = text;
                }
            }
            catch (InvalidOperationException)
            {
                valid = false;
            }
        }

        if (!valid)
        {
            // The name's own path is not usable (it cannot be written); report at the object holding it.
            if (isName)
            {
                frames[^1] = frames[^1] with { Name = null };
            }

            problems.Add(new DocumentProblem(PathOf(frames), reader.ValueIsEscaped
                ? $"The {what} holds a lone surrogate (an escaped \\uD800-\\uDFFF without its pair) or bytes that are not UTF-8: text like this cannot be saved back, so it is refused. Write the character itself, or both halves of its surrogate pair."
                : HoldsLoneSurrogate(raw)
                    ? $"The {what} holds a lone surrogate (a character from U+D800 to U+DFFF without its pair): text like this cannot be saved back, so it is refused. Write the character itself, or both halves of its surrogate pair."
                    : $"The {what} holds bytes that are not UTF-8: the file was saved in another encoding (such as Windows-1252). Save it as UTF-8."));
            return problems.Count <= limits.MaxProblems; // stops one over, so the cap says that some were left out
        }

        return true;
    }

    /// <summary>The string's length in UTF-16 characters once unescaped (its byte length when it cannot be decoded: it is refused either way).</summary>
    private static long Length(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.ValueIsEscaped ? reader.GetString()!.Length : Encoding.UTF8.GetCharCount(reader.ValueSpan);
        }
        catch (InvalidOperationException)
        {
            return reader.ValueSpan.Length;
        }
    }

    /// <summary>
    /// Whether the text is UTF-16: its byte order mark, or (without one) a zero byte beside each of the
    /// first two characters, which a JSON document in UTF-8 never has (the first character of JSON is
    /// white space or punctuation, and UTF-8 text holds no zero bytes outside strings' escapes).
    /// </summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> utf8)
        => utf8.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || utf8.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || (utf8.Length >= 4 && ((utf8[0] != 0 && utf8[1] == 0 && utf8[3] == 0) || (utf8[0] == 0 && utf8[2] == 0 && utf8[1] != 0)));

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
        => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0 || System.Text.Unicode.Utf8.IsValid(bytes);

    private static string Where(ref Utf8JsonReader reader)
        => string.Create(CultureInfo.InvariantCulture, $" (byte {reader.TokenStartIndex + 1})");

    /// <summary>Where the reader stopped, as <c> (line 3, byte 14)</c>, or nothing when it did not say.</summary>
    public static string Where(JsonException e)
        => e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {e.BytePositionInLine + 1})") : string.Empty;

    /// <summary>
    /// Where the serializer stopped in the document, when it was reading a value that starts at
    /// <paramref name="valueStart"/> of <paramref name="utf8"/>: its position is counted from the value's
    /// start, so the lines before the value (and, on the value's first line, the bytes before it) are added.
    /// </summary>
    public static string Where(JsonException e, ReadOnlySpan<byte> utf8, long valueStart)
    {
        if (e.LineNumber is not { } line || valueStart <= 0 || valueStart > utf8.Length)
        {
            return Where(e);
        }

        var before = utf8[..(int)valueStart];
        var lines = before.Count((byte)'\n');
        var column = line == 0 ? before.Length - (before.LastIndexOf((byte)'\n') + 1) : 0;
        return string.Create(CultureInfo.InvariantCulture, $" (line {lines + line + 1}, byte {column + e.BytePositionInLine + 1})");
    }

    /// <summary>The reader's message without its own position suffix.</summary>
    private static string Plain(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (cut >= 0 ? message[..cut] : message).TrimEnd();

        // The reader's words for the slips of hand editing, said for a person with the file open.
        return message switch
        {
            _ when message.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal)
                => "the document is empty, or only white space",
            _ when message.Contains("trailing comma", StringComparison.Ordinal)
                => "a comma is followed by the end of its object or array; JSON allows no comma after the last item, so remove it",
            _ when message.StartsWith("'/' is an invalid start of", StringComparison.Ordinal)
                => "a comment starts here, and this document takes no comments (only a stand-alone ladder does); remove it or put the note in a field of its own",
            _ => message,
        };
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                path.Append(CultureInfo.InvariantCulture, $"[{frame.Index}]");
            }
            else if (!frame.IsArray && frame.Name is { } name)
            {
                path.Append(JsonPath.Child(string.Empty, name));
            }
        }

        return path.ToString();
    }
}

/// <summary>
/// The field names a check has read, by their UTF-8 bytes: a document repeats a few names (a
/// million ties are four or five names a million times), so each is made a string once instead of
/// every time it occurs. A small direct-mapped cache: a name that collides with another is made
/// again, which costs only the string.
/// </summary>
internal sealed class FieldNames
{
    private const int Slots = 256;
    private const int Longest = 64;
    private readonly byte[]?[] _keys = new byte[Slots][];
    private readonly string?[] _values = new string[Slots];

    /// <summary>The text of an unescaped, valid UTF-8 field name.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > Longest)
        {
            return System.Text.Encoding.UTF8.GetString(utf8);
        }

        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }

        var slot = (int)((hash ^ (hash >> 16)) % Slots);
        if (_keys[slot] is { } key && utf8.SequenceEqual(key))
        {
            return _values[slot]!;
        }

        var text = System.Text.Encoding.UTF8.GetString(utf8);
        _keys[slot] = utf8.ToArray();
        _values[slot] = text;
        return text;
    }
}
