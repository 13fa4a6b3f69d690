using System.Globalization;

namespace Partnering.Core.Spreadsheets;

/// <summary>
/// Something wrong in an imported sheet: the file, the row and column as a spreadsheet shows them, and
/// what was expected there.
/// </summary>
/// <param name="File">The file (or source) name the caller gave.</param>
/// <param name="Row">The row as a spreadsheet numbers it: the header is row 1, the first data row is row 2; 0 for the whole file.</param>
/// <param name="Column">The column's header as written in the file, or <see langword="null"/> for the whole row or file.</param>
/// <param name="Message">What was expected and what was found.</param>
public sealed record SpreadsheetProblem(string File, int Row, string? Column, string Message)
{
    /// <summary>The problem as one line: <c>partners.csv row 3, column 'State': ...</c>.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString()
    {
        var where = Row > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File} row {Row}") : File;
        return Column is null ? $"{where}: {Message}" : $"{where}, column '{Column}': {Message}";
    }
}
