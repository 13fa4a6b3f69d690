using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Partnering.Core.Internal;
using Partnering.Core.Collaboration;

namespace Partnering.Core.Documents;

/// <summary>
/// Reads values out of a parsed JSON object, collecting every problem with its JSON path instead of
/// stopping at the first. Each reader returns <see langword="null"/> when the value is absent or wrong.
/// </summary>
internal sealed class CollaborationJsonReader
{
    public List<DocumentProblem> Problems { get; } = [];

    public void Problem(string path, string message) => Problems.Add(new DocumentProblem(path, message));

    public static string At(string path, string name) => JsonPath.Child(path, name);

    public static string At(string path, int index) => JsonPath.Item(path, index);

    public bool IsObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Problem(path, $"Expected an object; got {JsonKinds.Of(element)}.");
        return false;
    }

    /// <summary>The properties not in <paramref name="known"/>, in document order; duplicate names are problems.</summary>
    public Dictionary<string, JsonElement> Unknown(JsonElement obj, string path, params string[] known)
    {
        var unknown = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                Problem(At(path, property.Name), "This field appears more than once; keep one.");
                continue;
            }

            if (System.Array.IndexOf(known, property.Name) < 0)
            {
                unknown[property.Name] = property.Value;
            }
        }

        return unknown;
    }

    private bool TryGet(JsonElement obj, string name, string path, bool required, out JsonElement value)
    {
        if (obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Problem(At(path, name), ProblemText.Required(name));
        }

        return false;
    }

    public string? String(JsonElement obj, string name, string path, bool required = false)
    {
        if (!TryGet(obj, name, path, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(At(path, name), ProblemText.Expected("a string", value));
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Problem(At(path, name), "Must not be empty or white space; leave the field out instead.");
            return null;
        }

        return text;
    }

    public bool? Bool(JsonElement obj, string name, string path)
    {
        if (!TryGet(obj, name, path, false, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Problem(At(path, name), $"Expected true or false; got {JsonKinds.Of(value)}.");
        return null;
    }

    public int? Int(JsonElement obj, string name, string path, int min, int max, bool required = false)
    {
        if (!TryGet(obj, name, path, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Problem(At(path, name), $"Expected a whole number; got {JsonKinds.Of(value)}.");
            return null;
        }

        if (number < min || number > max)
        {
            Problem(At(path, name), string.Create(CultureInfo.InvariantCulture, $"Must be from {min} to {max}; got {number}."));
            return null;
        }

        return number;
    }

    public double? Number(JsonElement obj, string name, string path, double min, double max)
    {
        if (!TryGet(obj, name, path, false, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || double.IsNaN(number) || double.IsInfinity(number))
        {
            Problem(At(path, name), $"Expected a number; got {JsonKinds.Of(value)}.");
            return null;
        }

        if (number < min || number > max)
        {
            Problem(At(path, name), string.Create(CultureInfo.InvariantCulture, $"Must be from {min} to {max}; got {number}."));
            return null;
        }

        return number;
    }

    public DateOnly? Date(JsonElement obj, string name, string path, bool required = false)
    {
        var text = String(obj, name, path, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem(At(path, name), $"Expected a date written yyyy-MM-dd; got '{text}'.");
        return null;
    }

    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];

    public TimeOnly? Time(JsonElement obj, string name, string path, bool required = false)
    {
        var text = String(obj, name, path, required);
        if (text is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        Problem(At(path, name), $"Expected a time of day written HH:mm; got '{text}'.");
        return null;
    }

    public PartyId? Id(JsonElement obj, string name, string path, bool required = false)
    {
        var text = String(obj, name, path, required);
        if (text is null)
        {
            return null;
        }

        if (PartyId.Explain(text) is { } problem)
        {
            Problem(At(path, name), problem);
            return null;
        }

        return new PartyId(text);
    }

    public string? Term(JsonElement obj, string name, string path, string what, bool required = false)
    {
        var text = String(obj, name, path, required);
        return text is null ? null : CheckTerm(text, At(path, name), what);
    }

    private string? CheckTerm(string text, string path, string what)
    {
        if (global::Partnering.Core.Term.Explain(text, what) is { } problem)
        {
            Problem(path, problem);
            return null;
        }

        return text;
    }

    public T? Enum<T>(JsonElement obj, string name, string path, bool required = false)
        where T : struct, Enum
    {
        var text = String(obj, name, path, required);
        if (text is null)
        {
            return null;
        }

        foreach (var value in System.Enum.GetValues<T>())
        {
            if (string.Equals(CollaborationJson.EnumName(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        var names = new List<string>();
        foreach (var value in System.Enum.GetValues<T>())
        {
            names.Add(CollaborationJson.EnumName(value));
        }

        Problem(At(path, name), $"Expected one of {string.Join(", ", names)}; got '{text}'.");
        return null;
    }

    /// <summary>An array of items; an absent array is empty. Items that fail to read are left out and reported.</summary>
    public List<T> Array<T>(JsonElement obj, string name, string path, Func<JsonElement, string, T?> read)
        where T : class
        => Array(obj, name, path, read, out _);

    /// <summary>An array of items, with the JSON path of each item kept.</summary>
    public List<T> Array<T>(JsonElement obj, string name, string path, Func<JsonElement, string, T?> read, out List<string> paths)
        where T : class
    {
        var items = new List<T>();
        paths = [];
        if (!TryGet(obj, name, path, false, out var value))
        {
            return items;
        }

        var at = At(path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(at, $"Expected an array; got {JsonKinds.Of(value)}.");
            return items;
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (read(item, At(at, i)) is { } read1)
            {
                items.Add(read1);
                paths.Add(At(at, i));
            }

            i++;
        }

        return items;
    }

    /// <summary>An array of values (strings, ids); an absent array is empty.</summary>
    public List<T> Values<T>(JsonElement obj, string name, string path, Func<string, string, T?> parse, out List<string> paths)
        where T : struct
    {
        var items = new List<T>();
        paths = [];
        foreach (var text in Strings(obj, name, path))
        {
            if (parse(text.Text, text.Path) is { } value)
            {
                items.Add(value);
                paths.Add(text.Path);
            }
        }

        return items;
    }

    public List<string> Terms(JsonElement obj, string name, string path, string what)
    {
        var items = new List<string>();
        foreach (var text in Strings(obj, name, path))
        {
            if (CheckTerm(text.Text, text.Path, what) is { } term)
            {
                items.Add(term);
            }
        }

        return items;
    }

    public List<string> Texts(JsonElement obj, string name, string path)
    {
        var items = new List<string>();
        foreach (var text in Strings(obj, name, path))
        {
            items.Add(text.Text);
        }

        return items;
    }

    public PartyId? ParseId(string text, string path)
    {
        if (PartyId.Explain(text) is { } problem)
        {
            Problem(path, problem);
            return null;
        }

        return new PartyId(text);
    }

    private List<(string Text, string Path)> Strings(JsonElement obj, string name, string path)
    {
        var items = new List<(string, string)>();
        if (!TryGet(obj, name, path, false, out var value))
        {
            return items;
        }

        var at = At(path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(at, $"Expected an array of strings; got {JsonKinds.Of(value)}.");
            return items;
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = At(at, i++);
            if (item.ValueKind != JsonValueKind.String)
            {
                Problem(itemPath, ProblemText.Expected("a string", item));
            }
            else if (string.IsNullOrWhiteSpace(item.GetString()))
            {
                Problem(itemPath, "Must not be empty or white space.");
            }
            else
            {
                items.Add((item.GetString()!, itemPath));
            }
        }

        return items;
    }

}
