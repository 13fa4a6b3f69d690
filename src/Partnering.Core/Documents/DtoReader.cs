using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

/// <summary>
/// The one set of value checks the document mappers share, collecting every problem with its JSON path
/// instead of stopping at the first. Each check takes the field's value, its name and the path of its
/// object, and returns <see langword="null"/> when the value is absent or wrong. Paths are <see cref="Loc"/>s,
/// made into strings only for a problem, so a valid item of a long list costs none. Every problem is
/// worded by <see cref="ProblemText"/>, the same in every document and section.
/// </summary>
internal sealed class DtoReader(List<DocumentProblem> problems)
{
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];

    public List<DocumentProblem> Problems { get; } = problems;

    public void Problem(Loc path, string message) => Problems.Add(new DocumentProblem(path.ToString(), message));

    /// <summary>Whether the value is there; a missing required one is a problem at the field's own path.</summary>
    /// <param name="value">The value.</param>
    /// <param name="name">The field's name.</param>
    /// <param name="path">The path of the field's object.</param>
    /// <param name="required">Whether a missing value is a problem.</param>
    /// <param name="hint">What to write, when the field's name does not say it.</param>
    public bool Has<T>(T? value, string name, Loc path, bool required, string? hint = null)
    {
        if (value is null && required)
        {
            Problem(path.Dot(name), ProblemText.Required(name, hint));
        }

        return value is not null;
    }

    /// <summary>A text, which must not be blank.</summary>
    public string? String(string? value, string name, Loc path, bool required = false)
    {
        if (!Has(value, name, path, required))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Problem(path.Dot(name), ProblemText.Blank(name));
            return null;
        }

        return value;
    }

    public int? Int(int? value, string name, Loc path, int min, int max, bool required = false)
        => Number(value, name, path, min, max, required, whole: true) is { } number ? (int)number : null;

    /// <summary>A document's <c>"schemaVersion"</c>, which must be <paramref name="current"/> (the <paramref name="document"/> names the document in the hint).</summary>
    public void Version(int? value, Loc path, int current, string document, bool required = true)
    {
        if (Has(value, "schemaVersion", path, required, string.Create(CultureInfo.InvariantCulture, $"a {document} starts with \"schemaVersion\": {current}")) && value != current)
        {
            Problem(path.Dot("schemaVersion"), ProblemText.Expected(string.Create(CultureInfo.InvariantCulture, $"\"schemaVersion\": {current}"), value!.Value.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/> (<see cref="double.MaxValue"/> for no upper bound).</summary>
    public double? Number(double? value, string name, Loc path, double min, double max, bool required = false, string? hint = null, bool whole = false)
    {
        if (!Has(value, name, path, required, hint) || value is not { } number)
        {
            return null;
        }

        if (!double.IsFinite(number) || number < min || number > max)
        {
            Problem(path.Dot(name), ProblemText.OutOfRange(whole, min, max, number));
            return null;
        }

        return number;
    }

    /// <summary>An exact day written <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? Date(string? value, string name, Loc path, bool required = false)
        => Partial(value, name, path, required, exact: true)?.Earliest;

    /// <summary>A date written <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> (only the last when <paramref name="exact"/>).</summary>
    public PartialDate? Partial(string? value, string name, Loc path, bool required = false, bool exact = false)
    {
        if (!Has(value, name, path, required, exact ? "write yyyy-MM-dd" : "write yyyy, yyyy-MM or yyyy-MM-dd"))
        {
            return null;
        }

        if ((!exact || value!.Length == 10) && global::Partnering.Core.PartialDate.TryParse(value, out var date))
        {
            return date;
        }

        Problem(path.Dot(name), exact ? ProblemText.BadDate(value!) : ProblemText.BadPartialDate(value!));
        return null;
    }

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
        if (!Has(value, name, path, required, "write HH:mm"))
        {
            return null;
        }

        if (TimeOnly.TryParseExact(value, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        Problem(path.Dot(name), ProblemText.BadTime(value!));
        return null;
    }

    public PartyId? Id(string? value, string name, Loc path, bool required = false)
        => Has(value, name, path, required) ? ParseId(value!, path.Dot(name)) : null;

    /// <summary>A free-text term checked as <paramref name="what"/> (e.g. "An issue area").</summary>
    public string? Term(string? value, string name, Loc path, string what, bool required = false)
        => String(value, name, path, required) is { } text ? CheckTerm(text, path.Dot(name), what) : null;

    private string? CheckTerm(string text, Loc path, string what)
    {
        if (global::Partnering.Core.Term.Explain(text, what) is { } problem)
        {
            Problem(path, problem);
            return null;
        }

        return text;
    }

    public T? Enum<T>(string? value, string name, Loc path, bool required = false)
        where T : struct, Enum
        => Has(value, name, path, required, JsonEnum<T>.Hint) ? Name<T>(value!, path.Dot(name)) : null;

    /// <summary>A name of a closed vocabulary, at its own path.</summary>
    public T? Name<T>(string text, Loc path)
        where T : struct, Enum
    {
        if (JsonEnum<T>.TryParse(text, out var parsed))
        {
            return parsed;
        }

        Problem(path, ProblemText.UnknownName(text, JsonEnum<T>.Expected));
        return null;
    }

    /// <summary>An array of names of a closed vocabulary; an absent array is empty.</summary>
    public ValueList<T> Enums<T>(List<string?>? list, string name, Loc path)
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
                Problem(at.Item(i), ProblemText.NotNull("one of " + JsonEnum<T>.Expected));
            }
            else if (Name<T>(text, at.Item(i)) is { } value)
            {
                items[i] = value;
            }
        }

        return ValueList<T>.Wrap(items);
    }

    /// <summary>A nested object, read at its path when it is there (<paramref name="hint"/>: what to write when a required one is missing).</summary>
    public T? Object<TDto, T>(TDto? dto, string name, Loc path, Func<TDto, Loc, T?> read, bool required = false, string? hint = null)
        where TDto : class
        where T : class
        => Has(dto, name, path, required, hint) ? read(dto!, path.Dot(name)) : null;

    /// <summary>An array of items; an absent array is empty. Items that fail to read are left out and reported.</summary>
    public List<T> Array<TDto, T>(List<TDto?>? list, string name, Loc path, Func<TDto, Loc, T?> read)
        where TDto : class
        where T : class
        => Array(list, name, path, read, out _);

    /// <summary>An array of items, with the JSON path of each item kept; a null item is a problem.</summary>
    public List<T> Array<TDto, T>(List<TDto?>? list, string name, Loc path, Func<TDto, Loc, T?> read, out List<Loc> paths)
        where TDto : class
        where T : class
        => Array(list, name, path, "an object", read, out paths);

    /// <summary>An array of party ids, each checked by <see cref="ParseId"/>; an absent array is empty.</summary>
    public List<PartyId> Ids(List<string?>? list, string name, Loc path)
        => Array(list, name, path, "a string", (text, at) => ParseId(text, at) is { } id ? new StrongBox<PartyId>(id) : null, out _).ConvertAll(static box => box.Value);

    /// <summary>The items of an array read by <paramref name="read"/>, each with its path; a null item is a problem (<paramref name="what"/> it should be).</summary>
    private List<T> Array<TIn, T>(List<TIn?>? list, string name, Loc path, string what, Func<TIn, Loc, T?> read, out List<Loc> paths)
        where TIn : class
        where T : class
    {
        var items = new List<T>();
        paths = [];
        var at = list is { Count: > 0 } ? path.Dot(name).ToString() : string.Empty;
        for (var i = 0; list is not null && i < list.Count; i++)
        {
            if (list[i] is not { } dto)
            {
                Problem(new Loc(at, i), ProblemText.NotNull(what));
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
                Problem(path, ProblemText.NotNull("an object"));
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

    /// <summary>An array of texts (of terms checked as <paramref name="what"/> when it is given): a null, a blank text and a bad term are problems at their item; a term in <paramref name="known"/> is checked once.</summary>
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
            if (list[i] is not { } text)
            {
                Problem(at.Item(i), ProblemText.NotNull("a string"));
            }
            else if (known is not null && known.TryGetValue(text, out var term))
            {
                items[count++] = term;
            }
            else if ((what is null ? (string.IsNullOrWhiteSpace(text) ? ProblemText.BlankItem(name) : null) : global::Partnering.Core.Term.Explain(text, what)) is { } problem)
            {
                Problem(at.Item(i), problem);
            }
            else
            {
                items[count++] = make(text);
                known?.Add(text, items[count - 1]);
            }
        }

        System.Array.Resize(ref items, count);
        return ValueList<T>.Wrap(items);
    }

    /// <summary>Each id once among <paramref name="among"/> (e.g. "the tables"): a repeated one is a problem at its item's <paramref name="field"/>.</summary>
    public void Unique(IEnumerable<string> ids, List<Loc> paths, string field, string among)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                Problem(paths[i].Dot(field), ProblemText.Repeated(id, among));
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
