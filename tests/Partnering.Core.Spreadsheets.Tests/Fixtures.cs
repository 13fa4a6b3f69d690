using Partnering.Core.Spreadsheets;

namespace Partnering.Core.Spreadsheets.Tests;

internal static class Fixtures
{
    public static Workspace Empty { get; } = new()
    {
        Chapter = new Chapter
        {
            Id = new PartyId("riverside"),
            Name = "Riverside Indivisible",
            HomeState = "OH",
            TheoryOfChange = new TheoryOfChange { Summary = "Hold our lawmakers accountable" },
        },
    };

    public static Workspace Bundled()
    {
        var result = WorkspaceDocument.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workspace.json")));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Value!;
    }

    public static SpreadsheetImportResult Import(Workspace workspace, params (string Name, string Text)[] files)
        => SpreadsheetImporter.Import(workspace, files.Select(f => CsvSource.FromText(f.Name, f.Text)));

    public static SpreadsheetImportResult Import(Workspace workspace, SpreadsheetImportOptions options, params (string Name, string Text)[] files)
        => SpreadsheetImporter.Import(workspace, files.Select(f => CsvSource.FromText(f.Name, f.Text)), options);
}
