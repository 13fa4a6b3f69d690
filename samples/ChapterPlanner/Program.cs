using Microsoft.Extensions.DependencyInjection;
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

        // The application's composition root: AddPartnering registers every part and the session
        // factory (each with TryAdd), and the system clock as the TimeProvider "today" is read from.
        using var services = new ServiceCollection().AddPartnering().Services.BuildServiceProvider();
        var sessions = services.GetRequiredService<IChapterSessionFactory>();

        // "As of" for the report: --as-of when given; the day the bundled workspace describes for the
        // bundled file; today, from the registered TimeProvider, for a user's own file.
        var session = asOfOption is { } given ? sessions.Open(workspace, given)
            : file is null ? sessions.Open(workspace, BundledWorkspaceDate)
            : sessions.Open(workspace);

        WorkspaceSection.Print(session, output);
        EligibilitySection.Print(session, sessions, output);
        TiersSection.Print(session, output, Path.Combine(Environment.CurrentDirectory, "ladder.mmd"));
        MapsSection.Print(session, output);
        CollaborationSection.Print(session, output);
        SpreadsheetSection.Print(workspace, output);
        return 0;
    }
}
