using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>One row's change as the merge records it: compact (the file and sheet come from the row's layout), with the report's text made only when read.</summary>
internal readonly record struct PendingChange(ImportChangeKind Kind, int Row, SheetLayout Layout, object Subject, string[]? Details);

/// <summary>
/// The report's changes. A large import records a compact entry per row and makes each
/// <see cref="ImportChange"/> (with its key text) the first time it is read: a caller that only
/// counts or applies pays for none of the text.
/// </summary>
internal sealed class ChangeList : IReadOnlyList<ImportChange>
{
    private readonly ChunkList<PendingChange> _pending;
    private ImportChange?[]? _made;

    public ChangeList(ChunkList<PendingChange> pending) => _pending = pending;

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
