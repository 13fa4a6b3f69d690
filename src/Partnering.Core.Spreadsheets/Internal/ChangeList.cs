using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>One row's change as the merge records it: compact, with the report's text made only when read.</summary>
internal readonly record struct PendingChange(ImportChangeKind Kind, SpreadsheetSheet Sheet, int Row, string File, object Subject, string[]? Details);

/// <summary>
/// The report's changes. A large import records a compact entry per row and makes each
/// <see cref="ImportChange"/> (with its key text) the first time it is read: a caller that only
/// counts or applies pays for none of the text.
/// </summary>
internal sealed class ChangeList : IReadOnlyList<ImportChange>
{
    private readonly PendingChange[] _pending;
    private readonly ImportChange?[] _made;

    public ChangeList(List<PendingChange> pending)
    {
        _pending = [.. pending];
        _made = new ImportChange?[_pending.Length];
    }

    public int Count => _pending.Length;

    public ImportChange this[int index] => _made[index] ??= Make(_pending[index]);

    public IEnumerator<ImportChange> GetEnumerator()
    {
        for (var i = 0; i < _pending.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static ImportChange Make(PendingChange change)
        => new(change.Kind, change.Sheet, Key(change.Subject), change.File, change.Row, change.Details ?? []);

    private static string Key(object subject) => subject switch
    {
        Interaction i => string.Create(CultureInfo.InvariantCulture, $"{i.Partner} {Cells.Text(i.Date)} {CellEnum<InteractionKind>.Text(i.Kind)}"),
        _ => subject.ToString() ?? string.Empty,
    };
}
