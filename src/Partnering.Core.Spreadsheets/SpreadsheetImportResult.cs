using System.Collections.Generic;

namespace Partnering.Core.Spreadsheets;

/// <summary>What an import did: the resulting workspace, the report of every row, and the problems found.</summary>
public sealed record SpreadsheetImportResult
{
    /// <summary>
    /// The workspace after the import; the workspace given, unchanged, when <see cref="Applied"/> is
    /// <see langword="false"/> (a dry run, or problems without <see cref="SpreadsheetImportOptions.ImportValidRowsOnly"/>).
    /// </summary>
    public required Workspace Workspace { get; init; }

    /// <summary>What every row did, or would do.</summary>
    public required ImportReport Report { get; init; }

    /// <summary>Rows and columns that do not hold what was expected, each naming its file, row and column.</summary>
    public required IReadOnlyList<SpreadsheetProblem> Problems { get; init; }

    /// <summary>Whether <see cref="Workspace"/> holds the imported rows.</summary>
    public required bool Applied { get; init; }
}
