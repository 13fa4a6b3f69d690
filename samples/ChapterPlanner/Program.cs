using Partnering.Core;

namespace ChapterPlanner;

/// <summary>
/// The flagship sample: loads a chapter workspace (the bundled one, or the file named on the command
/// line) and prints what a chapter's partnering lead needs to see. Each capability adds a section.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "workspace.json");
        var output = Console.Out;

        var workspace = WorkspaceSection.Load(path, Console.Error);
        if (workspace is null)
        {
            return 1;
        }

        // "Today" for the report: the sample is an application, so it may read the clock; the
        // library itself never does.
        var asOf = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date);

        WorkspaceSection.Print(workspace, asOf, output);
        EligibilitySection.Print(workspace, asOf, output);
        TiersSection.Print(workspace, asOf, output, Path.Combine(Environment.CurrentDirectory, "ladder.mmd"));
        MapsSection.Print(workspace, asOf, output);
        CollaborationSection.Print(workspace, asOf, output);
        SpreadsheetSection.Print(workspace, output);
        return 0;
    }
}
