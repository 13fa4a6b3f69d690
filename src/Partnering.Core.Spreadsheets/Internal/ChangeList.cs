using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>One row's change as the merge returns it.</summary>
internal readonly record struct PendingChange(ImportChangeKind Kind, int Row, SheetLayout Layout, object Subject, string[]? Details);

/// <summary>
/// The changes an import records, one small entry a row: the file and sheet are kept once per run of
/// rows from the same file, and the details (only updates and conflicts have any) aside.
/// </summary>
internal sealed class ChangeLog
{
    private readonly ChunkList<Entry> _entries = new();
    private readonly List<(int Start, SheetLayout Layout)> _layouts = [];
    private readonly Dictionary<int, string[]> _details = [];

    public int Count => _entries.Count;

    public void Add(PendingChange change)
    {
        if (_layouts.Count == 0 || !ReferenceEquals(_layouts[^1].Layout, change.Layout))
        {
            _layouts.Add((_entries.Count, change.Layout));
        }

        if (change.Details is { } details)
        {
            _details[_entries.Count] = details;
        }

        _entries.Add(new Entry(change.Kind, change.Row, change.Subject));
    }

    public PendingChange this[int index]
    {
        get
        {
            var entry = _entries[index];
            var layout = _layouts[0].Layout;
            foreach (var (start, candidate) in _layouts)
            {
                if (start > index)
                {
                    break;
                }

                layout = candidate;
            }

            return new PendingChange(entry.Kind, entry.Row, layout, entry.Subject, _details.GetValueOrDefault(index));
        }
    }

    private readonly record struct Entry(ImportChangeKind Kind, int Row, object Subject);
}

/// <summary>
/// The report's changes. A large import records a compact entry per row and makes each
/// <see cref="ImportChange"/> (with its key text) the first time it is read: a caller that only
/// counts or applies pays for none of the text.
/// </summary>
internal sealed class ChangeList : IReadOnlyList<ImportChange>
{
    private readonly ChangeLog _pending;
    private ImportChange?[]? _made;

    public ChangeList(ChangeLog pending) => _pending = pending;

    public int Count => _pending.Count;

    public ImportChange this[int index]
    {
        get
        {
            // made on first read, so a caller that only counts allocates nothing per row (a race makes equal values)
            var made = _made ?? System.Threading.Interlocked.CompareExchange(ref _made, new ImportChange?[_pending.Count], null) ?? _made!;
            return made[index] ??= Make(_pending[index]);
        }
    }

    public IEnumerator<ImportChange> GetEnumerator()
    {
        for (var i = 0; i < _pending.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static ImportChange Make(PendingChange change)
        => new(change.Kind, change.Layout.Sheet, Key(change.Subject), change.Layout.File, change.Row, change.Details ?? []);

    private static string Key(object subject) => subject switch
    {
        Interaction i => string.Create(CultureInfo.InvariantCulture, $"{i.Partner} {Cells.Text(i.Date)} {CellEnum<InteractionKind>.Text(i.Kind)}"),
        _ => subject.ToString() ?? string.Empty,
    };
}
