using System;
using System.Collections.Generic;
using System.Globalization;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

/// <summary>
/// Checks the values of the collaboration DTOs, collecting every problem with its JSON path instead of
/// stopping at the first. Each check takes the field's value, its name and the path of its object, and
/// returns <see langword="null"/> when the value is absent or wrong.
/// </summary>
internal sealed class CollaborationJsonReader
{
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];

    public List<DocumentProblem> Problems { get; } = [];

    public void Problem(string path, string message) => Problems.Add(new DocumentProblem(path, message));

    public static string At(string path, string name) => JsonPath.Child(path, name);

    public static string At(string path, int index) => JsonPath.Item(path, index);

    private bool Present<T>(T? value, string name, string path, bool required)
    {
        if (value is not null)
        {
            return true;
        }

        if (required)
        {
            Problem(At(path, name), ProblemText.Required(name));
        }

        return false;
    }

    public string? String(string? value, string name, string path, bool required = false)
    {
        if (!Present(value, name, path, required))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Problem(At(path, name), "Must not be empty or white space; leave the field out instead.");
            return null;
        }

        return value;
    }

    public int? Int(int? value, string name, string path, int min, int max, bool required = false)
    {
        if (!Present(value, name, path, required))
        {
            return null;
        }

        if (value < min || value > max)
        {
            Problem(At(path, name), string.Create(CultureInfo.InvariantCulture, $"Must be from {min} to {max}; got {value}."));
            return null;
        }

        return value;
    }

    public double? Number(double? value, string name, string path, double min, double max)
    {
        if (value is not { } number)
        {
            return null;
        }

        if (!double.IsFinite(number) || number < min || number > max)
        {
            Problem(At(path, name), string.Create(CultureInfo.InvariantCulture, $"Must be from {min} to {max}; got {number}."));
            return null;
        }

        return number;
    }

    public DateOnly? Date(string? value, string name, string path, bool required = false)
    {
        if (String(value, name, path, required) is not { } text)
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

    public TimeOnly? Time(string? value, string name, string path, bool required = false)
    {
        if (String(value, name, path, required) is not { } text)
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

    public PartyId? Id(string? value, string name, string path, bool required = false)
        => String(value, name, path, required) is { } text ? ParseId(text, At(path, name)) : null;

    public string? Term(string? value, string name, string path, string what, bool required = false)
        => String(value, name, path, required) is { } text ? CheckTerm(text, At(path, name), what) : null;

    private string? CheckTerm(string text, string path, string what)
    {
        if (global::Partnering.Core.Term.Explain(text, what) is { } problem)
        {
            Problem(path, problem);
            return null;
        }

        return text;
    }

    public T? Enum<T>(string? value, string name, string path, bool required = false)
        where T : struct, Enum
    {
        if (String(value, name, path, required) is not { } text)
        {
            return null;
        }

        if (JsonEnum<T>.TryParse(text, out var parsed))
        {
            return parsed;
        }

        Problem(At(path, name), ProblemText.UnknownName(text, JsonEnum<T>.Expected));
        return null;
    }

    /// <summary>An array of items; an absent array is empty. Items that fail to read are left out and reported.</summary>
    public List<T> Array<TDto, T>(List<TDto?>? list, string name, string path, Func<TDto, string, T?> read)
        where TDto : class
        where T : class
        => Array(list, name, path, read, out _);

    /// <summary>An array of items, with the JSON path of each item kept.</summary>
    public List<T> Array<TDto, T>(List<TDto?>? list, string name, string path, Func<TDto, string, T?> read, out List<string> paths)
        where TDto : class
        where T : class
    {
        var items = new List<T>();
        paths = [];
        var at = At(path, name);
        for (var i = 0; list is not null && i < list.Count; i++)
        {
            if (list[i] is not { } dto)
            {
                Problem(At(at, i), ProblemText.NotNull("an object"));
            }
            else if (read(dto, At(at, i)) is { } item)
            {
                items.Add(item);
                paths.Add(At(at, i));
            }
        }

        return items;
    }

    /// <summary>An array of values (strings, ids); an absent array is empty.</summary>
    public List<T> Values<T>(List<string?>? list, string name, string path, Func<string, string, T?> parse, out List<string> paths)
        where T : struct
    {
        var items = new List<T>();
        paths = [];
        foreach (var (text, at) in Strings(list, name, path))
        {
            if (parse(text, at) is { } value)
            {
                items.Add(value);
                paths.Add(at);
            }
        }

        return items;
    }

    public List<string> Terms(List<string?>? list, string name, string path, string what)
    {
        var items = new List<string>();
        foreach (var (text, at) in Strings(list, name, path))
        {
            if (CheckTerm(text, at, what) is { } term)
            {
                items.Add(term);
            }
        }

        return items;
    }

    public List<string> Texts(List<string?>? list, string name, string path)
    {
        var items = new List<string>();
        foreach (var (text, _) in Strings(list, name, path))
        {
            items.Add(text);
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

    private List<(string Text, string Path)> Strings(List<string?>? list, string name, string path)
    {
        var items = new List<(string, string)>();
        var at = At(path, name);
        for (var i = 0; list is not null && i < list.Count; i++)
        {
            if (list[i] is not { } text)
            {
                Problem(At(at, i), ProblemText.NotNull("a string"));
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                Problem(At(at, i), "Must not be empty or white space.");
            }
            else
            {
                items.Add((text, At(at, i)));
            }
        }

        return items;
    }
}
