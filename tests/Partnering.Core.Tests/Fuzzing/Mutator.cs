using System.Text;
using System.Text.Json;

namespace Partnering.Core.Tests.Fuzzing;

/// <summary>One mutated document: the bytes a stream load reads and the text a string load reads.</summary>
/// <param name="Bytes">The document as bytes (may hold invalid UTF-8).</param>
/// <param name="Text">The document as a .NET string (may hold raw lone surrogates).</param>
/// <param name="Mutations">What was done to the seed, for the report.</param>
internal sealed record FuzzInput(byte[] Bytes, string Text, string Mutations)
{
    public override string ToString() => $"{Mutations} ({Bytes.Length:N0} bytes)";
}

/// <summary>
/// Mutates a JSON document, deterministically for a given <see cref="Random"/>: byte flips,
/// truncation, cut and repeated ranges, type swaps, duplicate keys and elements, extreme numbers,
/// huge strings, escaped control characters and lone surrogates (escaped, raw in the string, and as
/// invalid UTF-8 bytes), deep nesting, large arrays, a byte order mark, comments, trailing commas,
/// trailing garbage and unknown fields.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Numbers =
    [
        "2147483647", "-2147483648", "2147483648", "-2147483649", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "18446744073709551616", "1e308", "1e309", "-1e309", "4.9e-324", "1e-400", "0.1", "-0",
        "1E2", "123456789012345678901234567890", "0.30000000000000004", "1" + new string('0', 400), "-1", "0", "1.5",
    ];

    private static readonly string[] Swaps =
        ["0", "-1", "1.5", "\"x\"", "\"\"", "\" \"", "true", "false", "null", "{}", "[]", "[1,\"a\",null]", "{\"a\":1}", "[[]]", "\"2026-02-30\""];

    private static readonly string[] StringPayloads =
    [
        "\\u0000", "\\u001f\\b\\f\\n\\r\\t", "\\uD800", "\\uDC00", "a\\uD800b", "\\uD800\\uD800", "\\uDBFF\\uDFFF", "\\uD83D\\uDE00",
        "\\uFFFF", "\\\\", "'", "$", "a.b", "[0]", "\\\"", "\\u00e9", "é", "\\u2028", "   ", "x-", "-", "2026-01-01", "99999-01-01",
    ];

    private static readonly byte[][] BadBytes =
    [
        [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
    ];

    public static FuzzInput Mutate(string seed, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(seed);
        var count = 1 + random.Next(3);
        var done = new List<string>();
        for (var i = 0; i < count; i++)
        {
            bytes = Once(bytes, random, done);
        }

        var text = Encoding.UTF8.GetString(bytes);
        if (random.Next(12) == 0)
        {
            text = RawSurrogate(text, random, done);
        }

        return new FuzzInput(bytes, text, string.Join(" + ", done));
    }

    private static byte[] Once(byte[] bytes, Random random, List<string> done)
    {
        var tokens = Tokens(bytes);
        var which = random.Next(tokens is null ? 6 : 22);
        switch (which)
        {
            case 0:
                done.Add("flip");
                return Flip(bytes, random);
            case 1:
                done.Add("truncate");
                return bytes.Length == 0 ? bytes : bytes[..random.Next(bytes.Length)];
            case 2:
                done.Add("cut");
                return Splice(bytes, Pos(bytes, random), random.Next(Math.Min(200, bytes.Length + 1)), []);
            case 3:
                done.Add("repeat range");
                var from = Pos(bytes, random);
                var length = random.Next(Math.Min(500, bytes.Length - from + 1));
                return Splice(bytes, Pos(bytes, random), 0, bytes.AsSpan(from, length).ToArray());
            case 4:
                done.Add("bom");
                return [0xEF, 0xBB, 0xBF, .. bytes];
            case 5:
                done.Add("garbage");
                return Splice(bytes, Pos(bytes, random), 0, random.Next(2) == 0 ? Pick(random, BadBytes) : Encoding.UTF8.GetBytes(Pick(random, ["{", "}", "[", "]", ",", ":", "\"", "x", "1", " {}", "nul"])));
        }

        var all = tokens!;
        var values = all.Where(t => !t.IsName).ToList();
        switch (which)
        {
            case 6 or 7:
            {
                var t = Pick(random, values);
                done.Add("type swap");
                return Replace(bytes, t, Pick(random, Swaps));
            }

            case 8 or 9:
            {
                var named = values.Where(t => t.NameStart >= 0).ToList();
                if (named.Count == 0)
                {
                    goto default;
                }

                var t = Pick(random, named);
                done.Add("duplicate key");
                var pair = bytes.AsSpan(t.NameStart, t.End - t.NameStart).ToArray();
                if (random.Next(2) == 0)
                {
                    var colon = Array.IndexOf(pair, (byte)':', t.Start - t.NameStart - 1);
                    pair = [.. pair.AsSpan(0, Math.Max(0, colon + 1)), .. Encoding.UTF8.GetBytes(Pick(random, Swaps))];
                }

                return Splice(bytes, t.End, 0, [(byte)',', .. pair]);
            }

            case 10:
            {
                var items = values.Where(t => t.InArray).ToList();
                if (items.Count == 0)
                {
                    goto default;
                }

                var t = Pick(random, items);
                var copies = 1 + random.Next(3);
                done.Add("duplicate element");
                var item = bytes.AsSpan(t.Start, t.End - t.Start).ToArray();
                var insert = new List<byte>();
                for (var i = 0; i < copies; i++)
                {
                    insert.Add((byte)',');
                    insert.AddRange(item);
                }

                return Splice(bytes, t.End, 0, [.. insert]);
            }

            case 11:
            {
                var numbers = values.Where(t => t.Type == JsonTokenType.Number).ToList();
                var t = numbers.Count > 0 && random.Next(4) > 0 ? Pick(random, numbers) : Pick(random, values);
                done.Add("extreme number");
                return Replace(bytes, t, Pick(random, Numbers));
            }

            case 12 or 13:
            {
                var strings = all.Where(t => t.Type is JsonTokenType.String or JsonTokenType.PropertyName).ToList();
                if (strings.Count == 0)
                {
                    goto default;
                }

                var t = Pick(random, strings);
                done.Add("string payload");
                var payload = Encoding.UTF8.GetBytes(Pick(random, StringPayloads));
                var keep = random.Next(2) == 0;
                return keep
                    ? Splice(bytes, t.Start + 1 + random.Next(t.End - t.Start - 1), 0, payload)
                    : Splice(bytes, t.Start + 1, t.End - t.Start - 2, payload);
            }

            case 14:
            {
                var strings = all.Where(t => t.Type is JsonTokenType.String or JsonTokenType.PropertyName).ToList();
                if (strings.Count == 0)
                {
                    goto default;
                }

                var t = Pick(random, strings);
                done.Add("invalid utf-8");
                return Splice(bytes, t.Start + 1 + random.Next(t.End - t.Start - 1), 0, Pick(random, BadBytes));
            }

            case 15:
            {
                var t = Pick(random, all.Where(t => t.Type is JsonTokenType.String).DefaultIfEmpty(values[0]).ToList());
                var size = Pick(random, [1_000, 70_000, 300_000, 1_100_000]);
                done.Add($"huge string {size:N0}");
                return Replace(bytes, t, "\"" + new string(Pick(random, ['a', 'é', ' ']), size) + "\"");
            }

            case 16:
            {
                var t = Pick(random, values);
                var depth = Pick(random, [10, 62, 63, 64, 65, 200, 5_000]);
                var array = random.Next(2) == 0;
                done.Add($"nest {depth}");
                var inner = Encoding.UTF8.GetString(bytes.AsSpan(t.Start, t.End - t.Start));
                var open = array ? "[" : "{\"a\":";
                var close = array ? "]" : "}";
                return Replace(bytes, t, string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth)));
            }

            case 17:
            {
                var arrays = values.Where(t => t.Type == JsonTokenType.StartArray).ToList();
                if (arrays.Count == 0)
                {
                    goto default;
                }

                var t = Pick(random, arrays);
                var size = Pick(random, [100, 2_000, 30_000]);
                var first = values.FirstOrDefault(v => v.Start > t.Start && v.InArray && v.End <= t.End);
                var item = first.End > 0 && first.End - first.Start <= 64 && random.Next(2) == 0 ? Encoding.UTF8.GetString(bytes.AsSpan(first.Start, first.End - first.Start)) : Pick(random, ["0", "{}", "\"a\"", "null", "[]"]);
                done.Add($"large array {size:N0}");
                var inner = string.Join(",", Enumerable.Repeat(item, size));
                var empty = t.End - t.Start == 2 || Encoding.UTF8.GetString(bytes.AsSpan(t.Start + 1, t.End - t.Start - 2)).Trim().Length == 0;
                return Splice(bytes, t.Start + 1, 0, Encoding.UTF8.GetBytes(inner + (empty ? string.Empty : ",")));
            }

            case 18:
            {
                var t = Pick(random, all);
                done.Add("comment");
                return Splice(bytes, t.Start, 0, Encoding.UTF8.GetBytes(random.Next(2) == 0 ? "/* c */ " : "// c\n"));
            }

            case 19:
            {
                var containers = values.Where(t => t.Type is JsonTokenType.StartArray or JsonTokenType.StartObject && t.End - t.Start > 2).ToList();
                if (containers.Count == 0)
                {
                    goto default;
                }

                var t = Pick(random, containers);
                done.Add("trailing comma");
                return Splice(bytes, t.End - 1, 0, [(byte)',']);
            }

            case 20:
            {
                var objects = values.Where(t => t.Type == JsonTokenType.StartObject).ToList();
                if (objects.Count == 0)
                {
                    goto default;
                }

                var t = Pick(random, objects);
                done.Add("unknown field");
                var value = random.Next(3) switch
                {
                    0 => Pick(random, Swaps),
                    1 => "\"" + Pick(random, StringPayloads) + "\"",
                    _ => Pick(random, Numbers),
                };
                var name = random.Next(4) == 0 ? Pick(random, StringPayloads) : "x-fuzz";
                var empty = Encoding.UTF8.GetString(bytes.AsSpan(t.Start + 1, t.End - t.Start - 2)).Trim().Length == 0;
                return Splice(bytes, t.Start + 1, 0, Encoding.UTF8.GetBytes($"\"{name}\":{value}{(empty ? string.Empty : ",")}"));
            }

            default:
                done.Add("flip");
                return Flip(bytes, random);
        }
    }

    private static string RawSurrogate(string text, Random random, List<string> done)
    {
        var quote = text.IndexOf('"', text.Length == 0 ? 0 : random.Next(text.Length));
        var at = quote < 0 ? random.Next(text.Length + 1) : quote + 1;
        done.Add("raw lone surrogate");
        return text.Insert(at, random.Next(2) == 0 ? "\uD800" : "\uDC00x");
    }

    private static byte[] Flip(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var copy = (byte[])bytes.Clone();
        var flips = 1 + random.Next(4);
        for (var i = 0; i < flips; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static int Pos(byte[] bytes, Random random) => random.Next(bytes.Length + 1);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static byte[] Replace(byte[] bytes, Token t, string with) => Splice(bytes, t.Start, t.End - t.Start, Encoding.UTF8.GetBytes(with));

    private static byte[] Splice(byte[] bytes, int at, int remove, byte[] insert)
    {
        remove = Math.Min(remove, bytes.Length - at);
        var result = new byte[bytes.Length - remove + insert.Length];
        bytes.AsSpan(0, at).CopyTo(result);
        insert.CopyTo(result.AsSpan(at));
        bytes.AsSpan(at + remove).CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }

    /// <summary>A value or field name in the document: where it starts and ends, and where its field name starts when it is a field's value.</summary>
    private readonly record struct Token(int Start, int End, JsonTokenType Type, bool IsName, bool InArray, int NameStart);

    /// <summary>The document's tokens, or null when it is not valid JSON (then only byte-level mutations apply).</summary>
    private static List<Token>? Tokens(byte[] bytes)
    {
        var tokens = new List<Token>();
        var open = new Stack<(int Index, bool IsArray)>();
        var reader = new Utf8JsonReader(JsonBom(bytes), new JsonReaderOptions { MaxDepth = 10_000, CommentHandling = JsonCommentHandling.Skip });
        var offset = bytes.Length - JsonBom(bytes).Length;
        var nameStart = -1;
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex + offset;
                var inArray = open.Count > 0 && open.Peek().IsArray;
                var name = inArray ? -1 : nameStart;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        tokens.Add(new Token(start, start + reader.ValueSpan.Length + 2, reader.TokenType, true, false, -1));
                        nameStart = start;
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        open.Push((tokens.Count, reader.TokenType == JsonTokenType.StartArray));
                        tokens.Add(new Token(start, -1, reader.TokenType, false, inArray, name));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var (index, _) = open.Pop();
                        tokens[index] = tokens[index] with { End = start + 1 };
                        break;
                    case JsonTokenType.String:
                        tokens.Add(new Token(start, start + reader.ValueSpan.Length + 2, reader.TokenType, false, inArray, name));
                        break;
                    default:
                        tokens.Add(new Token(start, start + reader.ValueSpan.Length, reader.TokenType, false, inArray, name));
                        break;
                }

                nameStart = -1;
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return tokens.Any(t => !t.IsName) ? tokens : null;
    }

    private static ReadOnlySpan<byte> JsonBom(byte[] bytes)
        => bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsSpan(3) : bytes;
}
