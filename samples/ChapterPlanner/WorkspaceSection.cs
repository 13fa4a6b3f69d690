using Partnering.Core;

namespace ChapterPlanner;

/// <summary>Loads the workspace and prints its summary.</summary>
internal static class WorkspaceSection
{
    public static Workspace? Load(string path, TextWriter errors)
        => throw new NotSupportedException("Loading a workspace document arrives with the workspace document (issue #3).");

    public static void Print(Workspace workspace, DateOnly asOf, TextWriter output)
    {
        output.WriteLine($"{workspace.Chapter.Name} ({workspace.Chapter.HomeState}), as of {asOf:yyyy-MM-dd}");
        output.WriteLine($"  {workspace.Chapter.Members.Count} members, {workspace.Partners.Count} partners, {workspace.Ties.Count} ties, {workspace.Interactions.Count} interactions");
    }
}
