using Partnering.Core;

namespace ChapterPlanner;

/// <summary>
/// The flagship sample: loads a chapter workspace (the bundled one, or the file named on the command
/// line) and prints what a chapter's partnering lead needs to see. Each capability adds a section.
/// </summary>
internal static class Program
{
    /// <summary>
    /// The day the bundled workspace describes. The sample reports "as of" this day for the bundled file,
    /// so its output is the same whatever day it runs.
    /// </summary>
    public static readonly DateOnly BundledWorkspaceDate = new(2026, 3, 15);

    public static int Main(string[] args)
    {
        // Usage: ChapterPlanner [workspace.json] [--as-of YYYY-MM-DD]
        string? file = null;
        DateOnly? asOfOption = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--as-of")
            {
                if (i + 1 >= args.Length || !DateOnly.TryParseExact(args[i + 1], "yyyy-MM-dd", out var day))
                {
                    Console.Error.WriteLine("--as-of needs a date written YYYY-MM-DD.");
                    return 2;
                }

                asOfOption = day;
                i++;
            }
            else
            {
                file = args[i];
            }
        }

        var path = file ?? Path.Combine(AppContext.BaseDirectory, "workspace.json");
        var output = Console.Out;

        var workspace = WorkspaceSection.Load(path, Console.Error);
        if (workspace is null)
        {
            return 1;
        }

        // "As of" for the report: --as-of when given; the day the bundled workspace describes for the
        // bundled file; today for a user's own file (the sample is an application, so it may read the
        // clock; the library itself never does).
        var asOf = asOfOption
            ?? (file is null ? BundledWorkspaceDate : DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date));

        WorkspaceSection.Print(workspace, asOf, output);
        EligibilitySection.Print(workspace, asOf, output);
        TiersSection.Print(workspace, asOf, output, Path.Combine(Environment.CurrentDirectory, "ladder.mmd"));
        MapsSection.Print(workspace, asOf, output);
        CollaborationSection.Print(workspace, asOf, output);
        SpreadsheetSection.Print(workspace, output);
        return 0;
    }
}
