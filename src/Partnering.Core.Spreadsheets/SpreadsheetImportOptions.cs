using System.Collections.Generic;

namespace Partnering.Core.Spreadsheets;

/// <summary>How <see cref="SpreadsheetImporter"/> reads and merges sheets. The defaults suit a sheet exported as it is.</summary>
public sealed record SpreadsheetImportOptions
{
    /// <summary>The default options.</summary>
    public static SpreadsheetImportOptions Default { get; } = new();

    /// <summary>
    /// When <see langword="true"/>, the import reports what it would do and returns the workspace unchanged.
    /// Defaults to <see langword="false"/>.
    /// </summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// When <see langword="true"/>, rows with problems are skipped and the valid rows are applied. Defaults to
    /// <see langword="false"/>: any problem leaves the workspace as it was (nothing is half-imported).
    /// </summary>
    public bool ImportValidRowsOnly { get; init; }

    /// <summary>
    /// Overrides header matching: header text as the file has it (matched ignoring case, spaces and
    /// punctuation) to the column it holds, named as the export writes it (e.g. <c>"Org" → "name"</c>).
    /// A header mapped to <c>"-"</c> is ignored. Defaults to none.
    /// </summary>
    public IReadOnlyDictionary<string, string> ColumnMap { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The field separator, or <see langword="null"/> (the default) to detect it from the file among
    /// <c>,</c> <c>;</c> tab and <c>|</c> (spreadsheets in European locales write <c>;</c>).
    /// </summary>
    public char? Separator { get; init; }
}
