using FsCheck.Xunit;

namespace Partnering.Core.Spreadsheets.Tests;

[Properties(Arbitrary = [typeof(CoveredWorkspaces)], MaxTest = 100)]
public class RoundTripProperties
{
    private static (string, string)[] Export(Workspace workspace, char separator)
        => [.. Enum.GetValues<SpreadsheetSheet>().Select(s => (SpreadsheetExporter.FileName(s), SpreadsheetExporter.Export(workspace, s, separator)))];

    private static Workspace Emptied(Workspace workspace)
        => workspace with { Chapter = workspace.Chapter with { Members = [] }, Partners = [], Ties = [], Interactions = [], Partnerships = [] };

    [Property]
    public bool Import_of_the_export_into_an_empty_workspace_gives_the_workspace_back(Workspace workspace)
    {
        var result = Fixtures.Import(Emptied(workspace), Export(workspace, ','));
        return result.Problems.Count == 0 && result.Workspace == workspace;
    }

    [Property]
    public bool Import_of_a_semicolon_export_gives_the_workspace_back(Workspace workspace)
    {
        var result = Fixtures.Import(Emptied(workspace), Export(workspace, ';'));
        return result.Problems.Count == 0 && result.Workspace == workspace;
    }

    [Property]
    public bool Import_of_the_export_into_the_workspace_itself_changes_nothing(Workspace workspace)
    {
        var result = Fixtures.Import(workspace, Export(workspace, ','));
        return result.Problems.Count == 0
            && result.Report.Changes.All(c => c.Kind == ImportChangeKind.Unchanged)
            && result.Workspace == workspace;
    }
}
