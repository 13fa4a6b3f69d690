using Partnering.Core;
using Partnering.Core.Spreadsheets;

namespace ChapterPlanner;

/// <summary>
/// Writes the workspace's partners, members, ties, interactions and owners as the CSV files a chapter's
/// spreadsheet would hold (to the current directory), then imports a spreadsheet row back as a dry run
/// to show the merge report: a new partner is added, a contradicted value is a conflict, nothing is written.
/// </summary>
internal static class SpreadsheetSection
{
    public static void Print(Workspace workspace, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Spreadsheets");
        foreach (var sheet in Enum.GetValues<SpreadsheetSheet>())
        {
            var file = SpreadsheetExporter.FileName(sheet);
            File.WriteAllText(Path.Combine(Directory.GetCurrentDirectory(), file), SpreadsheetExporter.Export(workspace, sheet));
        }

        output.WriteLine($"  Wrote {string.Join(", ", Enum.GetValues<SpreadsheetSheet>().Select(SpreadsheetExporter.FileName))} to {Directory.GetCurrentDirectory()}");

        // seed 004: a chapter keeps its contacts in a spreadsheet; this is a row or two of one, ';'-separated
        const string sheetText = "Organization;Type;Partisan nature;Issues;ST\r\nRiverside Tenants Union;organization;non-partisan;housing;OH\r\nRiverside Climate Coalition;;;climate;PA\r\n";
        var result = SpreadsheetImporter.Import(workspace, [CsvSource.FromText("contacts.csv", sheetText, SpreadsheetSheet.Partners)], new SpreadsheetImportOptions { DryRun = true });
        output.WriteLine($"  Dry-run import of contacts.csv: {result.Report}");
        foreach (var change in result.Report.Changes.Where(c => c.Kind != ImportChangeKind.Unchanged))
        {
            output.WriteLine($"    {change}");
        }
    }
}
