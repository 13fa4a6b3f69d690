using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Partnering.Core.Internal;
using static Partnering.Core.Documents.DtoOutput;

namespace Partnering.Core.Documents;

internal sealed partial class WorkspaceReader
{
    // ---- values ------------------------------------------------------------------------------

    private ValueList<TModel> ReadList<TDto, TModel>(List<TDto?>? list, Loc at, Func<TDto, Loc, TModel?> read)
        where TDto : class
        where TModel : class
    {
        if (list is null || list.Count == 0)
        {
            return ValueList<TModel>.Empty;
        }

        var items = new TModel[list.Count];
        var ok = true;
        var listPath = at.ToString();
        for (var i = 0; i < list.Count; i++)
        {
            var path = new Loc(listPath, i);
            if (list[i] is not { } dto)
            {
                Add(path, "An item must be an object, not null.");
                ok = false;
            }
            else if (read(dto, path) is { } item)
            {
                items[i] = item;

                // This is the last look at the item: let the collector have it while the rest is read.
                list[i] = null;
            }
            else
            {
                ok = false;
            }
        }

        return ok ? ValueList<TModel>.Wrap(items) : ValueList<TModel>.Empty;
    }

    private string? RequiredText(string? text, Loc path, string what)
    {
        if (text is null)
        {
            Add(path, $"The {what} is missing.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            Add(path, $"The {what} must not be empty or white space.");
            return null;
        }

        return text;
    }

    private ValueList<string> Texts(List<string?>? list, Loc path)
    {
        if (list is null || list.Count == 0)
        {
            return ValueList<string>.Empty;
        }

        var items = new string[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } text)
            {
                Add(path.Item(i), "An item must be text, not null.");
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                Add(path.Item(i), "An item must not be empty or white space.");
            }
            else
            {
                items[i] = text;
            }
        }

        return ValueList<string>.Wrap(items);
    }

    private ValueList<IssueArea> IssueAreas(List<string?>? list, Loc path)
        => Terms(list, path, _issueAreas, "An issue area", static text => new IssueArea(text));

    private ValueList<Tactic> Tactics(List<string?>? list, Loc path)
        => Terms(list, path, _tactics, "A tactic", static text => new Tactic(text));

    /// <summary>A list of free-text terms, each checked once and then shared through <paramref name="known"/>.</summary>
    private ValueList<T> Terms<T>(List<string?>? list, Loc path, Dictionary<string, T> known, string what, Func<string, T> make)
    {
        if (list is null || list.Count == 0)
        {
            return ValueList<T>.Empty;
        }

        var items = new T[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var text = list[i];
            if (text is not null && known.TryGetValue(text, out var term))
            {
                items[i] = term;
            }
            else if (text is null)
            {
                Add(path.Item(i), $"{what} must be text, not null.");
            }
            else if (Term.Explain(text, what) is { } problem)
            {
                Add(path.Item(i), problem);
            }
            else
            {
                items[i] = known[text] = make(text);
            }
        }

        return ValueList<T>.Wrap(items);
    }

    private ValueList<T> Enums<T>(List<string?>? list, Loc path, string what)
        where T : struct, Enum
    {
        if (list is null || list.Count == 0)
        {
            return ValueList<T>.Empty;
        }

        var items = new T[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            if (RequiredEnum<T>(list[i], path, i, what) is { } value)
            {
                items[i] = value;
            }
        }

        return ValueList<T>.Wrap(items);
    }

    private T? RequiredEnum<T>(string? text, Loc path, int index, string what)
        where T : struct, Enum
    {
        if (text is null)
        {
            Add(index < 0 ? path : path.Item(index), $"The {what} is missing: expected one of {JsonEnum<T>.Expected}.");
            return null;
        }

        if (JsonEnum<T>.TryParse(text, out var value))
        {
            return value;
        }

        Add(index < 0 ? path : path.Item(index), $"Unknown {what} '{text}': expected one of {JsonEnum<T>.Expected}.");
        return null;
    }

    private T? RequiredEnum<T>(string? text, Loc path, string what)
        where T : struct, Enum
        => RequiredEnum<T>(text, path, -1, what);

    private PartialDate? OptionalPartialDate(string? text, Loc path)
        => text is null ? null : RequiredPartialDate(text, path, "date");

    private PartialDate? RequiredPartialDate(string? text, Loc path, string what)
    {
        if (text is null)
        {
            Add(path, $"The {what} is missing: write yyyy, yyyy-MM or yyyy-MM-dd.");
            return null;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        Add(path, $"A date must be written yyyy, yyyy-MM or yyyy-MM-dd and name a real date; got '{text}'.");
        return null;
    }

    private DateOnly? RequiredExactDate(string? text, Loc path, string what)
    {
        if (text is null)
        {
            Add(path, $"The {what} is missing: write yyyy-MM-dd.");
            return null;
        }

        if (text.Length == 10 && PartialDate.TryParse(text, out var date))
        {
            return date.Earliest;
        }

        Add(path, $"The {what} must be an exact day written yyyy-MM-dd; got '{text}'.");
        return null;
    }

    private void NotBefore(PartialDate? since, PartialDate? until, Loc path, string rule)
    {
        if (since is { } s && until is { } u && u.Latest < s.Earliest)
        {
            Add(path, $"{rule}: it ends {u} and starts {s}.");
        }
    }

    private void Add(Loc path, string message) => _problems.Add(new DocumentProblem(path.ToString(), message));

    internal static string Item(string path, int index) => JsonPath.Item(path, index);

    /// <summary>
    /// A JSON path built into a string only when a problem needs it: a base path, an optional
    /// item index and an optional field, e.g. <c>$.ties</c>, <c>[3]</c>, <c>.strength</c>.
    /// </summary>
    private readonly struct Loc(string path, int index = -1, string? field = null)
    {
        public Loc Dot(string name) => field is null ? new Loc(path, index, name) : new Loc(ToString(), -1, name);

        public Loc Item(int i) => new(ToString(), i);

        public static implicit operator Loc(string path) => new(path);

        public override string ToString()
        {
            if (index < 0 && field is null)
            {
                return path;
            }

            return index < 0
                ? path + "." + field
                : field is null ? WorkspaceReader.Item(path, index) : WorkspaceReader.Item(path, index) + "." + field;
        }
    }
}
