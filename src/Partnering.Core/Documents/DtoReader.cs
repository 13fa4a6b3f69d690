using System;
using System.Collections.Generic;
using System.Globalization;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

/// <summary>
/// How one document kind words the problems its values share, kept as earlier versions worded them:
/// where a missing field is reported (at its object, or at its own path), the sentence for a blank text
/// field and for a blank item of a list of texts, the sentence for a date that is not <c>yyyy-MM-dd</c>,
/// and whether a blank date, time, id or name is reported as blank or as not parsing. The sentences for
/// a missing field, a name outside its vocabulary, a repeated id and a null item have defaults (the shared
/// <see cref="ProblemText"/> where it has one); each takes the field's label (its name, or the description
/// a check was given).
/// </summary>
internal sealed record DtoWording(bool RequiredAtOwner, Func<string, string> Blank, string BlankItem, Func<string, string> BadDate, bool ValuesBlankChecked)
{
    public static readonly DtoWording Collaboration = new(false, _ => "Must not be empty or white space; leave the field out instead.", "Must not be empty or white space.", text => $"Expected a date written yyyy-MM-dd; got '{text}'.", true);

    /// <summary>The policy and ladder documents' wording.</summary>
    public static readonly DtoWording Policy = new(true, _ => "The text must not be empty or white space.", "The text must not be empty or white space.", text => $"Expected a date written \"yyyy-MM-dd\"; got \"{text}\".", false);

    public static readonly DtoWording TierOverrides = new(true, name => $"\"{name}\" must not be blank.", "Must not be empty or white space.", text => $"A tier override's date is a full date written yyyy-MM-dd; got '{text}'.", true);

    /// <summary>The workspace's own sections (chapter, partners, ties, interactions, partnerships): each value named by what it is ("The partner's name is missing."); its dates are read by <see cref="DtoReader.Partial"/>, which words them itself.</summary>
    public static readonly DtoWording Workspace = new(false, what => $"The {what} must not be empty or white space.", "An item must not be empty or white space.", text => $"Expected a date written yyyy-MM-dd; got '{text}'.", false)
    {
        Missing = static (what, hint) => hint is null ? $"The {what} is missing." : $"The {what} is missing: {hint}.",
        Unknown = static (text, expected, what) => $"Unknown {what} '{text}': expected one of {expected}.",
        NullItem = static (what, text) => $"{what ?? "An item"} must be {(text ? "text" : "an object")}, not null.",
    };

    /// <summary>A required field is absent: its label and a hint of what to write (<c>null</c> for a text).</summary>
    public Func<string, string?, string> Missing { get; init; } = static (name, _) => ProblemText.Required(name);

    /// <summary>A name outside its vocabulary: the text, the names expected and the label.</summary>
    public Func<string, string, string?, string> Unknown { get; init; } = static (text, expected, _) => ProblemText.UnknownName(text, expected);

    /// <summary>An id that another item of the list already has: what the items are, and the id.</summary>
    public Func<string, string, string> Taken { get; init; } = static (what, id) => $"Another {what} already has '{id}'; it must be unique.";

    /// <summary>A null item of a list: the label of a list of terms (else <c>null</c>) and whether the items are texts.</summary>
    public Func<string?, bool, string> NullItem { get; init; } = static (_, text) => ProblemText.NotNull(text ? "a string" : "an object");
}

/// <summary>
/// The one set of value checks the document mappers share, collecting every problem with its JSON path
/// instead of stopping at the first. Each check takes the field's value, its name and the path of its
/// object, and returns <see langword="null"/> when the value is absent or wrong. Paths are <see cref="Loc"/>s,
/// made into strings only for a problem, so a valid item of a long list costs none.
/// </summary>
internal sealed class DtoReader(List<DocumentProblem> problems, DtoWording wording)
{
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];

    public List<DocumentProblem> Problems { get; } = problems;

    public void Problem(Loc path, string message) => Problems.Add(new DocumentProblem(path.ToString(), message));

    /// <summary>Whether the value is there; a missing required one is a problem (at its object or its own path, as the document words it).</summary>
    /// <param name="value">The value.</param>
    /// <param name="name">The field's name.</param>
    /// <param name="path">The path of the field's object.</param>
    /// <param name="required">Whether a missing value is a problem.</param>
    /// <param name="what">The label the wording names the value by (else its name).</param>
    /// <param name="hint">What to write, for a wording that says so.</param>
    public bool Has<T>(T? value, string name, Loc path, bool required, string? what = null, string? hint = null)
    {
        if (value is not null)
        {
            return true;
        }

        if (required)
        {
            Problem(wording.RequiredAtOwner ? path : path.Dot(name), wording.Missing(what ?? name, hint));
        }

        return false;
    }

    public string? String(string? value, string name, Loc path, bool required = false, string? what = null)
        => Text(value, name, path, required, what, blankChecked: true);

    /// <summary>The text a date, time, id or name is parsed from (blank-checked when the wording says so).</summary>
    private string? Text(string? value, string name, Loc path, bool required, string? what = null, string? hint = null, bool blankChecked = false)
    {
        if (!Has(value, name, path, required, what, hint))
        {
            return null;
        }

        if ((blankChecked || wording.ValuesBlankChecked) && string.IsNullOrWhiteSpace(value))
        {
            Problem(path.Dot(name), wording.Blank(what ?? name));
            return null;
        }

        return value;
    }

    public int? Int(int? value, string name, Loc path, int min, int max, bool required = false)
    {
        if (!Has(value, name, path, required))
        {
            return null;
        }

        if (value < min || value > max)
        {
            Problem(path.Dot(name), string.Create(CultureInfo.InvariantCulture, $"Must be from {min} to {max}; got {value}."));
            return null;
        }

        return value;
    }

    public double? Number(double? value, string name, Loc path, double min, double max, bool required = false)
    {
        if (!Has(value, name, path, required) || value is not { } number)
        {
            return null;
        }

        if (!double.IsFinite(number) || number < min || number > max)
        {
            Problem(path.Dot(name), max == double.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"Must be at least {min}; got {number}.")
                : string.Create(CultureInfo.InvariantCulture, $"Must be from {min} to {max}; got {number}."));
            return null;
        }

        return number;
    }

    public DateOnly? Date(string? value, string name, Loc path, bool required = false)
    {
        if (Text(value, name, path, required) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem(path.Dot(name), wording.BadDate(text));
        return null;
    }

    /// <summary>A date written <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> (the workspace's dates), worded by <paramref name="what"/> it is.</summary>
    public PartialDate? Partial(string? value, string name, Loc path, bool required = false, string what = "date", bool exact = false)
    {
        if (!Has(value, name, path, required, what, exact ? "write yyyy-MM-dd" : "write yyyy, yyyy-MM or yyyy-MM-dd"))
        {
            return null;
        }

        if ((!exact || value!.Length == 10) && global::Partnering.Core.PartialDate.TryParse(value, out var date))
        {
            return date;
        }

        Problem(path.Dot(name), exact
            ? $"The {what} must be an exact day written yyyy-MM-dd; got '{value}'."
            : $"A date must be written yyyy, yyyy-MM or yyyy-MM-dd and name a real date; got '{value}'.");
        return null;
    }

    /// <summary>An exact day written <c>yyyy-MM-dd</c>, read as a <see cref="Partial"/> date.</summary>
    public DateOnly? ExactDay(string? value, string name, Loc path, bool required, string what)
        => Partial(value, name, path, required, what, exact: true)?.Earliest;

    /// <summary>A span whose end is certainly before its start is a problem at <paramref name="path"/>: "<paramref name="rule"/>: it ends … and starts …".</summary>
    public void NotBefore(PartialDate? since, PartialDate? until, Loc path, string rule)
    {
        if (since is { } s && until is { } u && u.Latest < s.Earliest)
        {
            Problem(path, $"{rule}: it ends {u} and starts {s}.");
        }
    }

    public TimeOnly? Time(string? value, string name, Loc path, bool required = false)
    {
        if (Text(value, name, path, required) is not { } text)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        Problem(path.Dot(name), $"Expected a time of day written HH:mm; got '{text}'.");
        return null;
    }

    public PartyId? Id(string? value, string name, Loc path, bool required = false)
        => Text(value, name, path, required) is { } text ? ParseId(text, path.Dot(name)) : null;

    /// <summary>A free-text term checked as <paramref name="what"/> (e.g. "An issue area"); <paramref name="label"/> names it when missing or blank.</summary>
    public string? Term(string? value, string name, Loc path, string what, bool required = false, string? label = null)
        => String(value, name, path, required, label) is { } text ? CheckTerm(text, path.Dot(name), what) : null;

    private string? CheckTerm(string text, Loc path, string what)
    {
        if (global::Partnering.Core.Term.Explain(text, what) is { } problem)
        {
            Problem(path, problem);
            return null;
        }

        return text;
    }

    public T? Enum<T>(string? value, string name, Loc path, bool required = false, string? what = null)
        where T : struct, Enum
        => Text(value, name, path, required, what, JsonEnum<T>.Hint) is { } text ? Name<T>(text, path.Dot(name), what) : null;

    /// <summary>A name of a closed vocabulary, at its own path.</summary>
    public T? Name<T>(string text, Loc path, string? what = null)
        where T : struct, Enum
    {
        if (JsonEnum<T>.TryParse(text, out var parsed))
        {
            return parsed;
        }

        Problem(path, wording.Unknown(text, JsonEnum<T>.Expected, what));
        return null;
    }

    /// <summary>An array of names of a closed vocabulary; an absent array is empty. A null item is a missing name (or <paramref name="nullItem"/>).</summary>
    public ValueList<T> Enums<T>(List<string?>? list, string name, Loc path, string? what = null, string? nullItem = null)
        where T : struct, Enum
    {
        if (list is not { Count: > 0 })
        {
            return ValueList<T>.Empty;
        }

        var at = path.Dot(name);
        var items = new T[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } text)
            {
                Problem(at.Item(i), nullItem ?? wording.Missing(what ?? name, JsonEnum<T>.Hint));
            }
            else if (JsonEnum<T>.TryParse(text, out var value))
            {
                items[i] = value;
            }
            else
            {
                Problem(at.Item(i), wording.Unknown(text, JsonEnum<T>.Expected, what));
            }
        }

        return ValueList<T>.Wrap(items);
    }

    /// <summary>A nested object, read at its path when it is there.</summary>
    public T? Object<TDto, T>(TDto? dto, string name, Loc path, Func<TDto, Loc, T?> read, bool required = false)
        where TDto : class
        where T : class
        => Has(dto, name, path, required) ? read(dto!, path.Dot(name)) : null;

    /// <summary>An array of items; an absent array is empty. Items that fail to read are left out and reported.</summary>
    public List<T> Array<TDto, T>(List<TDto?>? list, string name, Loc path, Func<TDto, Loc, T?> read, string? nullItem = null)
        where TDto : class
        where T : class
        => Array(list, name, path, read, out _, nullItem);

    /// <summary>An array of items, with the JSON path of each item kept; a null item is a problem (<paramref name="nullItem"/>, or "Expected an object; got null.").</summary>
    public List<T> Array<TDto, T>(List<TDto?>? list, string name, Loc path, Func<TDto, Loc, T?> read, out List<Loc> paths, string? nullItem = null)
        where TDto : class
        where T : class
    {
        var items = new List<T>();
        paths = [];
        var at = list is { Count: > 0 } ? path.Dot(name).ToString() : string.Empty;
        for (var i = 0; list is not null && i < list.Count; i++)
        {
            if (list[i] is not { } dto)
            {
                Problem(new Loc(at, i), nullItem ?? wording.NullItem(null, typeof(TDto) == typeof(string)));
            }
            else if (read(dto, new Loc(at, i)) is { } item)
            {
                items.Add(item);
                paths.Add(new Loc(at, i));
            }
        }

        return items;
    }

    /// <summary>
    /// An array read whole or not at all (the workspace's lists): an absent array is empty, and so is one
    /// with an item that fails. Each item's path is a <see cref="Loc"/>, and each DTO is let go once read,
    /// so the collector can have it while the rest is read.
    /// </summary>
    public ValueList<T> Items<TDto, T>(List<TDto?>? list, Loc at, Func<TDto, Loc, T?> read)
        where TDto : class
        where T : class
    {
        if (list is not { Count: > 0 })
        {
            return ValueList<T>.Empty;
        }

        var items = new T[list.Count];
        var ok = true;
        var listPath = at.ToString();
        for (var i = 0; i < list.Count; i++)
        {
            var path = new Loc(listPath, i);
            if (list[i] is not { } dto)
            {
                Problem(path, wording.NullItem(null, false));
                ok = false;
            }
            else if (read(dto, path) is { } item)
            {
                items[i] = item;
                list[i] = null;
            }
            else
            {
                ok = false;
            }
        }

        return ok ? ValueList<T>.Wrap(items) : ValueList<T>.Empty;
    }

    /// <summary>An array of values (strings, ids); an absent array is empty.</summary>
    public List<T> Values<T>(List<string?>? list, string name, Loc path, Func<string, Loc, T?> parse, out List<Loc> paths)
        where T : struct
    {
        var items = new List<T>();
        paths = [];
        var at = list is { Count: > 0 } ? path.Dot(name).ToString() : string.Empty;
        for (var i = 0; list is not null && i < list.Count; i++)
        {
            if (Item(list[i], at, i, null) is { } text && parse(text, new Loc(at, i)) is { } value)
            {
                items.Add(value);
                paths.Add(new Loc(at, i));
            }
        }

        return items;
    }

    /// <summary>An array of free-text terms checked as <paramref name="what"/> (e.g. "An audience"); an absent array is empty.</summary>
    public ValueList<string> Terms(List<string?>? list, string name, Loc path, string what)
        => Strings(list, name, path, what, null, static text => text);

    /// <summary>An array of free-text terms, each checked once and then shared through <paramref name="known"/>.</summary>
    public ValueList<T> Terms<T>(List<string?>? list, string name, Loc path, string what, Dictionary<string, T> known, Func<string, T> make)
        => Strings(list, name, path, what, known, make);

    /// <summary>An array of texts, none blank; an absent array is empty.</summary>
    public ValueList<string> Texts(List<string?>? list, string name, Loc path)
        => Strings(list, name, path, null, null, static text => text);

    public PartyId? ParseId(string text, Loc path)
    {
        if (PartyId.Explain(text) is { } problem)
        {
            Problem(path, problem);
            return null;
        }

        return new PartyId(text);
    }

    /// <summary>Item <paramref name="index"/> of the array of texts at <paramref name="at"/> (of terms when <paramref name="what"/> is given): null, blank (for terms, when the wording checks values) and a bad term are problems.</summary>
    private string? Item(string? text, Loc at, int index, string? what)
    {
        if (text is null)
        {
            Problem(at.Item(index), wording.NullItem(what, true));
        }
        else if ((what is null || wording.ValuesBlankChecked) && string.IsNullOrWhiteSpace(text))
        {
            Problem(at.Item(index), wording.BlankItem);
        }
        else if (what is null || global::Partnering.Core.Term.Explain(text, what) is not { } problem)
        {
            return text;
        }
        else
        {
            Problem(at.Item(index), problem);
        }

        return null;
    }

    private ValueList<T> Strings<T>(List<string?>? list, string name, Loc path, string? what, Dictionary<string, T>? known, Func<string, T> make)
    {
        if (list is not { Count: > 0 })
        {
            return ValueList<T>.Empty;
        }

        var at = path.Dot(name);
        var items = new T[list.Count];
        var count = 0;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is { } cached && known is not null && known.TryGetValue(cached, out var term))
            {
                items[count++] = term;
            }
            else if (Item(list[i], at, i, what) is { } text)
            {
                items[count++] = make(text);
                known?.Add(text, items[count - 1]);
            }
        }

        System.Array.Resize(ref items, count);
        return ValueList<T>.Wrap(items);
    }

    /// <summary>Each id once: a repeated one is a problem at its item's <paramref name="field"/>.</summary>
    public void Unique(IEnumerable<string> ids, List<Loc> paths, string field, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                Problem(paths[i].Dot(field), wording.Taken(what, id));
            }

            i++;
        }
    }

    /// <summary>
    /// The model object, or <see langword="null"/>: when a problem was found since <paramref name="before"/>, or with a
    /// problem at <paramref name="path"/> when it refuses its values, or at <paramref name="explainAt"/> when <paramref name="explain"/> finds one.
    /// </summary>
    public T? Build<T>(Loc path, Func<T> create, int before = int.MaxValue, Func<T, string?>? explain = null, Loc? explainAt = null)
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
