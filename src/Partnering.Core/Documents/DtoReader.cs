using System;
using System.Collections.Generic;
using System.Globalization;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

/// <summary>
/// How one document kind words the problems its values share, kept as earlier versions worded them:
/// where a missing field is reported (at its object, or at its own path), the sentence for a blank text
/// field and for a blank item of a list of texts, the sentence for a date that is not <c>yyyy-MM-dd</c>,
/// and whether a blank date, time, id or name is reported as blank or as not parsing.
/// </summary>
internal sealed record DtoWording(bool RequiredAtOwner, Func<string, string> Blank, string BlankItem, Func<string, string> BadDate, bool ValuesBlankChecked)
{
    public static readonly DtoWording Collaboration = new(false, _ => "Must not be empty or white space; leave the field out instead.", "Must not be empty or white space.", text => $"Expected a date written yyyy-MM-dd; got '{text}'.", true);

    /// <summary>The policy and ladder documents' wording.</summary>
    public static readonly DtoWording Policy = new(true, _ => "The text must not be empty or white space.", "The text must not be empty or white space.", text => $"Expected a date written \"yyyy-MM-dd\"; got \"{text}\".", false);

    public static readonly DtoWording TierOverrides = new(true, name => $"\"{name}\" must not be blank.", "Must not be empty or white space.", text => $"A tier override's date is a full date written yyyy-MM-dd; got '{text}'.", true);
}

/// <summary>
/// The one set of value checks the document mappers share, collecting every problem with its JSON path
/// instead of stopping at the first. Each check takes the field's value, its name and the path of its
/// object, and returns <see langword="null"/> when the value is absent or wrong.
/// </summary>
internal sealed class DtoReader(List<DocumentProblem> problems, DtoWording wording)
{
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];

    public List<DocumentProblem> Problems { get; } = problems;

    public void Problem(string path, string message) => Problems.Add(new DocumentProblem(path, message));

    public static string At(string path, string name) => JsonPath.Child(path, name);

    public static string At(string path, int index) => JsonPath.Item(path, index);

    /// <summary>Whether the value is there; a missing required one is a problem (at its object or its own path, as the document words it).</summary>
    public bool Has<T>(T? value, string name, string path, bool required)
    {
        if (value is not null)
        {
            return true;
        }

        if (required)
        {
            Problem(wording.RequiredAtOwner ? path : At(path, name), ProblemText.Required(name));
        }

        return false;
    }

    public string? String(string? value, string name, string path, bool required = false)
    {
        if (!Has(value, name, path, required))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Problem(At(path, name), wording.Blank(name));
            return null;
        }

        return value;
    }

    /// <summary>The text a date, time, id or name is parsed from.</summary>
    private string? Text(string? value, string name, string path, bool required)
        => wording.ValuesBlankChecked ? String(value, name, path, required) : Has(value, name, path, required) ? value : null;

    public int? Int(int? value, string name, string path, int min, int max, bool required = false)
    {
        if (!Has(value, name, path, required))
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
            Problem(At(path, name), max == double.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"Must be at least {min}; got {number}.")
                : string.Create(CultureInfo.InvariantCulture, $"Must be from {min} to {max}; got {number}."));
            return null;
        }

        return number;
    }

    public DateOnly? Date(string? value, string name, string path, bool required = false)
    {
        if (Text(value, name, path, required) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem(At(path, name), wording.BadDate(text));
        return null;
    }

    public TimeOnly? Time(string? value, string name, string path, bool required = false)
    {
        if (Text(value, name, path, required) is not { } text)
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
        => Text(value, name, path, required) is { } text ? ParseId(text, At(path, name)) : null;

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
        => Text(value, name, path, required) is { } text ? Name<T>(text, At(path, name)) : null;

    /// <summary>A name of a closed vocabulary, at its own path.</summary>
    public T? Name<T>(string text, string path)
        where T : struct, Enum
    {
        if (JsonEnum<T>.TryParse(text, out var parsed))
        {
            return parsed;
        }

        Problem(path, ProblemText.UnknownName(text, JsonEnum<T>.Expected));
        return null;
    }

    /// <summary>A nested object, read at its path when it is there.</summary>
    public T? Object<TDto, T>(TDto? dto, string name, string path, Func<TDto, string, T?> read, bool required = false)
        where TDto : class
        where T : class
        => Has(dto, name, path, required) ? read(dto!, At(path, name)) : null;

    /// <summary>An array of items; an absent array is empty. Items that fail to read are left out and reported.</summary>
    public List<T> Array<TDto, T>(List<TDto?>? list, string name, string path, Func<TDto, string, T?> read, string? nullItem = null)
        where TDto : class
        where T : class
        => Array(list, name, path, read, out _, nullItem);

    /// <summary>An array of items, with the JSON path of each item kept; a null item is a problem (<paramref name="nullItem"/>, or "Expected an object; got null.").</summary>
    public List<T> Array<TDto, T>(List<TDto?>? list, string name, string path, Func<TDto, string, T?> read, out List<string> paths, string? nullItem = null)
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
                Problem(At(at, i), nullItem ?? ProblemText.NotNull(typeof(TDto) == typeof(string) ? "a string" : "an object"));
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
        => Strings(list, name, path).ConvertAll(static item => item.Text);

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
                Problem(At(at, i), wording.BlankItem);
            }
            else
            {
                items.Add((text, At(at, i)));
            }
        }

        return items;
    }

    /// <summary>Each id once: a repeated one is a problem at its item's <paramref name="field"/>.</summary>
    public void Unique(IEnumerable<string> ids, List<string> paths, string field, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                Problem(At(paths[i], field), $"Another {what} already has '{id}'; it must be unique.");
            }

            i++;
        }
    }

    /// <summary>
    /// The model object, or <see langword="null"/>: when a problem was found since <paramref name="before"/>, or with a
    /// problem at <paramref name="path"/> when it refuses its values, or at <paramref name="explainAt"/> when <paramref name="explain"/> finds one.
    /// </summary>
    public T? Build<T>(string path, Func<T> create, int before = int.MaxValue, Func<T, string?>? explain = null, string? explainAt = null)
        where T : class
    {
        if (Problems.Count > before)
        {
            return null;
        }

        T made;
        try
        {
            made = create();
        }
        catch (ArgumentException e)
        {
            Problem(path, e.Message);
            return null;
        }

        if (explain?.Invoke(made) is { } problem)
        {
            Problem(explainAt ?? path, problem);
            return null;
        }

        return made;
    }
}
