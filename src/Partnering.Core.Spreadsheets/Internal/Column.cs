using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>
/// One column of a sheet: its name as exported, the other names a chapter may give it, how to read
/// an entity's value as cell text and how to apply a cell to an entity. Import and export share these,
/// so what is exported reads back the same.
/// </summary>
/// <typeparam name="T">The entity a row describes.</typeparam>
internal sealed class Column<T>
{
    public Column(string name, string[] synonyms, Func<T, string> get, Func<T, string, RowCells, T>? set, bool grows = false, string emptyText = "")
    {
        Name = name;
        Keys = [Cells.Normalize(name), .. synonyms.Select(Cells.Normalize)];
        Get = get;
        Set = set;
        Grows = grows;
        EmptyText = emptyText;
    }

    /// <summary>The header the export writes.</summary>
    public string Name { get; }

    /// <summary>Normalized names that match this column.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The entity's value as cell text; the empty string when it has none.</summary>
    public Func<T, string> Get { get; }

    /// <summary>
    /// Applies a non-empty cell; throws <see cref="CellException"/> when the cell does not hold what the column expects.
    /// <see langword="null"/> for a column the row's key is made of, which the caller reads (nothing to apply).
    /// </summary>
    public Func<T, string, RowCells, T>? Set { get; }

    /// <summary>Whether the value is a list that an import extends (never a conflict).</summary>
    public bool Grows { get; }

    /// <summary>The text that counts as "no value" besides the empty string (e.g. "no" for a flag that defaults to no).</summary>
    public string EmptyText { get; }

    public bool IsEmpty(string text) => text.Length == 0 || text == EmptyText;
}

/// <summary>The columns of one sheet and how unknown columns are kept on its entity.</summary>
internal sealed class Sheet<T>
{
    public Sheet(SpreadsheetSheet kind, Column<T>[] columns, Func<T, IReadOnlyDictionary<string, JsonElement>> unknown, Func<T, IReadOnlyDictionary<string, JsonElement>, T> withUnknown)
    {
        Kind = kind;
        Columns = columns;
        Unknown = unknown;
        WithUnknown = withUnknown;
    }

    public SpreadsheetSheet Kind { get; }

    public Column<T>[] Columns { get; }

    public Func<T, IReadOnlyDictionary<string, JsonElement>> Unknown { get; }

    public Func<T, IReadOnlyDictionary<string, JsonElement>, T> WithUnknown { get; }

    public int IndexOf(string name) => Array.FindIndex(Columns, c => c.Name == name);

    /// <summary>
    /// Applies a row to an entity (the one the workspace holds, or a new one) and says what it did:
    /// columns whose value changed from empty, or lists that grew, are updates; a column whose value
    /// the workspace holds and the row contradicts is a conflict, and then nothing of the row applies.
    /// </summary>
    public ImportChangeKind Merge(T? existing, T seed, RowCells row, List<string> details, out T result)
    {
        var candidate = existing ?? seed;
        for (var i = 0; i < Columns.Length; i++)
        {
            if (Columns[i].Set is not { } set)
            {
                continue;
            }

            var cell = row.Cell(i);
            if (cell.Length != 0)
            {
                try
                {
                    candidate = set(candidate, cell, row);
                }
                catch (CellException e) when (e.Column is null)
                {
                    throw new CellException(e.Message, Columns[i].Name);
                }
                catch (ArgumentException e)
                {
                    // the model's own rules (a blank name, an unknown state...) say what they expect
                    throw new CellException($"'{cell}' is not accepted: {FirstSentence(e.Message)}", Columns[i].Name);
                }
            }
        }

        if (row.Layout.Unknown.Count != 0)
        {
            candidate = ApplyUnknown(candidate, row);
        }

        if (existing is null)
        {
            result = candidate;
            return ImportChangeKind.Added;
        }

        var conflicts = new List<string>();
        foreach (var column in Columns)
        {
            var before = column.Get(existing);
            var after = column.Get(candidate);
            if (before == after)
            {
                continue;
            }

            if (column.Grows || column.IsEmpty(before))
            {
                details.Add($"{column.Name}: '{before}' → '{after}'");
            }
            else
            {
                conflicts.Add($"{column.Name}: the workspace has '{before}', the sheet has '{after}'");
            }
        }

        var beforeUnknown = Unknown(existing);
        foreach (var (name, value) in Unknown(candidate))
        {
            var after = Cells.Text(value);
            if (!beforeUnknown.TryGetValue(name, out var old))
            {
                details.Add($"{name}: '' → '{after}'");
            }
            else if (Cells.Text(old) != after)
            {
                conflicts.Add($"{name}: the workspace has '{Cells.Text(old)}', the sheet has '{after}'");
            }
        }

        if (conflicts.Count != 0)
        {
            details.Clear();
            details.AddRange(conflicts);
            result = existing;
            return ImportChangeKind.Conflicting;
        }

        result = details.Count == 0 ? existing : candidate;
        return details.Count == 0 ? ImportChangeKind.Unchanged : ImportChangeKind.Updated;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }

    private T ApplyUnknown(T entity, RowCells row)
    {
        var fields = Unknown(entity);
        List<KeyValuePair<string, JsonElement>>? merged = null;
        foreach (var (header, index) in row.Layout.Unknown)
        {
            var cell = row.Field(index);
            if (cell.Length == 0 || fields.ContainsKey(header))
            {
                // a value the entity holds is compared by Merge, never replaced here
                if (cell.Length != 0 && Cells.Text(fields[header]) != cell)
                {
                    merged ??= [.. fields];
                    var at = merged.FindIndex(p => p.Key == header);
                    merged[at] = new(header, Cells.Json(cell));
                }

                continue;
            }

            merged ??= [.. fields];
            merged.Add(new(header, Cells.Json(cell)));
        }

        // a dictionary filled once and never removed from enumerates in insertion order, which the core keeps
        return merged is null ? entity : WithUnknown(entity, merged.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }
}
