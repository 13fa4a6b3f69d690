using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Partnering.Core.Spreadsheets;

/// <summary>What an imported row did to the workspace.</summary>
public enum ImportChangeKind
{
    /// <summary>The row added something new.</summary>
    Added,

    /// <summary>The row filled in or extended something the workspace had (empty fields, more list items).</summary>
    Updated,

    /// <summary>The row said what the workspace already holds.</summary>
    Unchanged,

    /// <summary>The row disagrees with a value the workspace holds; the row was not applied.</summary>
    Conflicting,
}

/// <summary>One imported row and what it did (or, on a dry run or a run with problems, would do).</summary>
/// <param name="Kind">Added, updated, unchanged or conflicting.</param>
/// <param name="Sheet">The sheet the row came from.</param>
/// <param name="Key">What the row is about, e.g. the partner's id, or <c>from–to (category)</c> for a tie.</param>
/// <param name="File">The file (or source) name.</param>
/// <param name="Row">The row as a spreadsheet numbers it (the first data row is 2).</param>
/// <param name="Details">For updates and conflicts, one line per column: the workspace's value and the sheet's.</param>
public sealed record ImportChange(ImportChangeKind Kind, SpreadsheetSheet Sheet, string Key, string File, int Row, IReadOnlyList<string> Details)
{
    /// <summary>The change as one line.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString()
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{Kind.ToString().ToLowerInvariant()} {Sheet.ToString().ToLowerInvariant()} {Key} ({File} row {Row})");
        return Details.Count == 0 ? line : line + ": " + string.Join("; ", Details);
    }
}

/// <summary>The rows of an import and what each did, in the order they were read.</summary>
public sealed record ImportReport
{
    /// <summary>Every imported row's change, in the order read (partners and members first, then ties, interactions and owners).</summary>
    public required IReadOnlyList<ImportChange> Changes { get; init; }

    /// <summary>The rows that added something.</summary>
    public IEnumerable<ImportChange> Added => Changes.Where(c => c.Kind == ImportChangeKind.Added);

    /// <summary>The rows that filled in or extended something.</summary>
    public IEnumerable<ImportChange> Updated => Changes.Where(c => c.Kind == ImportChangeKind.Updated);

    /// <summary>The rows that said what the workspace holds.</summary>
    public IEnumerable<ImportChange> Unchanged => Changes.Where(c => c.Kind == ImportChangeKind.Unchanged);

    /// <summary>The rows that disagree with the workspace and were not applied.</summary>
    public IEnumerable<ImportChange> Conflicting => Changes.Where(c => c.Kind == ImportChangeKind.Conflicting);

    /// <summary>How many rows of a kind.</summary>
    /// <param name="kind">The kind of change.</param>
    /// <returns>The count.</returns>
    public int Count(ImportChangeKind kind) => Changes.Count(c => c.Kind == kind);

    /// <summary>A one-line summary: <c>3 added, 1 updated, 10 unchanged, 0 conflicting</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Count(ImportChangeKind.Added)} added, {Count(ImportChangeKind.Updated)} updated, {Count(ImportChangeKind.Unchanged)} unchanged, {Count(ImportChangeKind.Conflicting)} conflicting");
}
