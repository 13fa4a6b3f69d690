using System;
using System.Collections.Generic;
using System.Linq;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>Shorthands for the usual kinds of column.</summary>
internal static class Col<T>
{
    public static Column<T> Text(string name, string[] synonyms, Func<T, string?> get, Func<T, string, T> set)
        => new(name, synonyms, e => get(e) ?? string.Empty, (e, cell, _) => string.Equals(get(e), cell, StringComparison.Ordinal) ? e : set(e, cell));

    public static Column<T> Value<TValue>(string name, string[] synonyms, Func<T, TValue?> get, Func<string, TValue> parse, Func<TValue, string> text, Func<T, TValue, T> set)
        where TValue : struct
        => new(name, synonyms, e => get(e) is { } v ? text(v) : string.Empty, (e, cell, _) =>
        {
            var value = parse(cell);
            return get(e) is { } current && EqualityComparer<TValue>.Default.Equals(current, value) ? e : set(e, value);
        });

    public static Column<T> Flag(string name, string[] synonyms, Func<T, bool> get, Func<T, bool, T> set, bool defaultValue = false)
        => new(name, synonyms, e => Cells.Text(get(e)), (e, cell, _) => set(e, Cells.YesNo(cell)), emptyText: Cells.Text(defaultValue));

    /// <summary>A list column: items separated by <c>;</c> (and <c>,</c> when <paramref name="terms"/>); an import adds the items the entity lacks.</summary>
    public static Column<T> List<TItem>(string name, string[] synonyms, Func<T, IReadOnlyList<TItem>> get, Func<string, TItem> parse, Func<T, IReadOnlyList<TItem>, T> set, bool terms = true, Func<TItem, string>? text = null)
    {
        text ??= item => item?.ToString() ?? string.Empty;
        return new(
            name,
            synonyms,
            e => Cells.Join(get(e).Select(text)),
            (e, cell, _) =>
            {
                var items = (terms ? Cells.Terms(cell) : Cells.Texts(cell)).Select(parse);
                var current = get(e);
                var union = Cells.Union(current, items);
                return ReferenceEquals(union, current) ? e : set(e, union);
            },
            grows: true);
    }
}
