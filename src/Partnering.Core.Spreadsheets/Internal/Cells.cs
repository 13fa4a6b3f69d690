using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>Reading and writing cell text: vague dates, lists, yes/no, enum names, ids.</summary>
internal static class Cells
{
    private static readonly char[] ListSeparators = [';', ','];
    private static readonly char[] TextListSeparators = [';'];

    /// <summary>Lower case letters and digits only: how headers and enum names are compared.</summary>
    public static string Normalize(string text)
    {
        var clean = true;
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Items of a list of terms (issue areas, tags, roles...), separated by <c>;</c> or <c>,</c>.</summary>
    public static IEnumerable<string> Terms(string cell) => Split(cell, ListSeparators);

    /// <summary>Items of a list of free text (goals, capacities...), separated by <c>;</c> only, since prose holds commas.</summary>
    public static IEnumerable<string> Texts(string cell) => Split(cell, TextListSeparators);

    private static string[] Split(string cell, char[] separators)
        => cell.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>How a list is written: items joined by <c>"; "</c>.</summary>
    public static string Join<T>(IEnumerable<T> items) => string.Join("; ", items);

    /// <summary>The union of two lists, keeping the first's order then the new items.</summary>
    public static IReadOnlyList<T> Union<T>(IReadOnlyList<T> existing, IEnumerable<T> added)
    {
        List<T>? result = null;
        foreach (var item in added)
        {
            if (!existing.Contains(item) && (result is null || !result.Contains(item)))
            {
                result ??= [.. existing];
                result.Add(item);
            }
        }

        return result is null ? existing : result;
    }

    /// <summary>A vague date: <c>2025</c>, <c>2025-03</c>, <c>2025-03-14</c>, or <c>3/14/2025</c> as US spreadsheets write it.</summary>
    public static PartialDate PartialDate(string cell)
    {
        if (Core.PartialDate.TryParse(cell, out var date))
        {
            return date;
        }

        if (TryUsDate(cell, out var us))
        {
            return us;
        }

        throw new CellException($"expected a date written 2025, 2025-03 or 2025-03-14; got '{cell}'");
    }

    /// <summary>An exact date: <c>2025-03-14</c> or <c>3/14/2025</c>.</summary>
    public static DateOnly Date(string cell)
    {
        if (Core.PartialDate.TryParse(cell, out var date) && date.IsExact)
        {
            return date.Earliest;
        }

        if (TryUsDate(cell, out var us))
        {
            return us;
        }

        throw new CellException($"expected a full date written 2025-03-14; got '{cell}'");
    }

    /// <summary>
    /// A full date written <c>2025-03-14</c>, read from its UTF-8 bytes without making a string: what
    /// <see cref="Date"/> reads first. <see langword="false"/> for anything else, which <see cref="Date"/> then reads.
    /// </summary>
    public static bool TryIsoDate(ReadOnlySpan<byte> utf8, out DateOnly date)
    {
        date = default;
        if (utf8.Length != 10 || utf8[4] != '-' || utf8[7] != '-')
        {
            return false;
        }

        var year = 0;
        var month = 0;
        var day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            var digit = utf8[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                day = (day * 10) + digit;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryUsDate(string cell, out DateOnly date)
        => DateOnly.TryParseExact(cell, ["M/d/yyyy", "MM/dd/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Text(PartialDate? date) => date?.ToString() ?? string.Empty;

    public static string Text(DateOnly date) => string.Create(10, date, static (span, d) =>
    {
        // yyyy-MM-dd by hand: formatting through the culture machinery is the import's hot spot
        var (year, month, day) = (d.Year, d.Month, d.Day);
        span[0] = (char)('0' + (year / 1000));
        span[1] = (char)('0' + (year / 100 % 10));
        span[2] = (char)('0' + (year / 10 % 10));
        span[3] = (char)('0' + (year % 10));
        span[4] = '-';
        span[5] = (char)('0' + (month / 10));
        span[6] = (char)('0' + (month % 10));
        span[7] = '-';
        span[8] = (char)('0' + (day / 10));
        span[9] = (char)('0' + (day % 10));
    });

    /// <summary>Yes or no: <c>yes/no</c>, <c>y/n</c>, <c>true/false</c>, <c>1/0</c>, <c>x</c> for yes.</summary>
    public static bool YesNo(string cell) => Normalize(cell) switch
    {
        "yes" or "y" or "true" or "1" or "x" => true,
        "no" or "n" or "false" or "0" => false,
        _ => throw new CellException($"expected yes or no; got '{cell}'"),
    };

    public static string Text(bool value) => value ? "yes" : "no";

    /// <summary>A number from 0 to 1, or a percentage (<c>70%</c>).</summary>
    public static double Strength(string cell)
    {
        var percent = cell.EndsWith('%');
        var number = percent ? cell[..^1].Trim() : cell;
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || double.TryParse(number, NumberStyles.Float, CultureInfo.GetCultureInfo("de-DE"), out value))
        {
            value = percent ? value / 100 : value;
            if (value is >= 0 and <= 1)
            {
                return value;
            }
        }

        throw new CellException($"expected a strength from 0 to 1 (or a percentage); got '{cell}'");
    }

    public static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static int Count(string cell)
        => int.TryParse(cell.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new CellException($"expected a whole number, 0 or more; got '{cell}'");

    public static PartyId Id(string cell)
        => PartyId.TryParse(cell, out var id) ? id : throw new CellException($"expected an id (letters, digits and - _ . :); got '{cell}'");

    public static IssueArea IssueArea(string item) => Term(item, static t => new IssueArea(t));

    public static Tactic Tactic(string item) => Term(item, static t => new Tactic(t));

    private static T Term<T>(string item, Func<string, T> create)
    {
        // spreadsheets repeat the same few terms row after row: each spelling is normalized once
        if (TermCache<T>.Made.TryGetValue(item, out var made))
        {
            return made;
        }

        try
        {
            var term = create(item);
            if (TermCache<T>.Made.Count < 4096)
            {
                TermCache<T>.Made.TryAdd(item, term);
            }

            return term;
        }
        catch (ArgumentException e)
        {
            throw new CellException($"'{item}' is not a usable term: {e.Message}");
        }
    }

    /// <summary>A string value as a JSON element, for unknown columns.</summary>
    public static JsonElement Json(string value)
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(value, SpreadsheetJsonContext.Default.String));
        return document.RootElement.Clone();
    }

    /// <summary>An unknown field's value as cell text: a string as itself, anything else as its JSON.</summary>
    public static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText();
}

/// <summary>Terms made from their spellings, per kind of term (the terms are values: any thread may share them).</summary>
internal static class TermCache<T>
{
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, T> Made = new(StringComparer.Ordinal);
}

/// <summary>Enum values by forgiving name: case, spaces and punctuation ignored; a unique suffix matches too (<c>501(c)(3)</c>).</summary>
internal static class CellEnum<T>
    where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();
    private static readonly string[] Written = Values.Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString())).ToArray();
    private static readonly string[] Normalized = Values.Select(v => Cells.Normalize(v.ToString())).ToArray();

    private static readonly Dictionary<string, T> ByWritten = Enumerable.Range(0, Values.Length).ToDictionary(i => Written[i], i => Values[i], StringComparer.OrdinalIgnoreCase);

    private static readonly byte[][] WrittenUtf8 = [.. Written.Select(Encoding.UTF8.GetBytes)];

    public static string Expected { get; } = string.Join(", ", Written);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, T> Loose = new(StringComparer.Ordinal);

    public static bool HasUnknown { get; } = Enum.TryParse<T>("Unknown", out _);

    public static T Unknown => Enum.Parse<T>("Unknown");

    private static readonly Dictionary<T, string> TextOf = Enumerable.Range(0, Values.Length).ToDictionary(i => Values[i], i => Written[i]);

    public static string Text(T value) => TextOf.TryGetValue(value, out var text) ? text : value.ToString();

    /// <summary>
    /// A cell that is one of the written names (ignoring case), read from its UTF-8 bytes without making
    /// a string: what <see cref="Parse"/> finds first. <see langword="false"/> for anything else, which
    /// <see cref="Parse"/> then reads.
    /// </summary>
    public static bool TryWritten(ReadOnlySpan<byte> utf8, out T value)
    {
        for (var i = 0; i < WrittenUtf8.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(utf8, WrittenUtf8[i]))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    public static T Parse(string cell, string what, IReadOnlyDictionary<string, T>? synonyms = null)
    {
        if (ByWritten.TryGetValue(cell, out var written) || Loose.TryGetValue(cell, out written))
        {
            return written;
        }

        var parsed = ParseLoosely(cell, what, synonyms);
        if (Loose.Count < 1024)
        {
            // spreadsheets repeat the same loose spellings ("501(c)(3)", "Non-partisan") row after row
            Loose.TryAdd(cell, parsed);
        }

        return parsed;
    }

    private static T ParseLoosely(string cell, string what, IReadOnlyDictionary<string, T>? synonyms)
    {
        var key = Cells.Normalize(cell);
        if (synonyms is not null && synonyms.TryGetValue(key, out var synonym))
        {
            return synonym;
        }

        var exact = Array.IndexOf(Normalized, key);
        if (exact >= 0)
        {
            return Values[exact];
        }

        if (key.Length >= 3)
        {
            var matches = Enumerable.Range(0, Values.Length).Where(i => Normalized[i].EndsWith(key, StringComparison.Ordinal) || Normalized[i].StartsWith(key, StringComparison.Ordinal)).ToArray();
            if (matches.Length == 1)
            {
                return Values[matches[0]];
            }
        }

        throw new CellException($"expected {what}: one of {Expected}; got '{cell}'");
    }
}
