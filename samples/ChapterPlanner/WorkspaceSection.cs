using Partnering.Core;
using Partnering.Core.Documents;

namespace ChapterPlanner;

/// <summary>Loads the workspace and prints its summary.</summary>
internal static class WorkspaceSection
{
    /// <summary>Loads the workspace document at <paramref name="path"/>; prints every problem with its JSON path and returns null when it does not load.</summary>
    public static Workspace? Load(string path, TextWriter errors)
    {
        if (!File.Exists(path))
        {
            errors.WriteLine($"No workspace document at {path}.");
            return null;
        }

        // A chapter's workspace is small: refuse anything bigger than 16 MiB before reading it. Every
        // other limit (depth, string and array lengths, problems reported) keeps its default; a limit
        // exceeded, like any other problem, comes back with its JSON path, never as an exception.
        var limits = DocumentLimits.Default with { MaxBytes = 16 * 1024 * 1024 };
        using var stream = File.OpenRead(path);
        var result = WorkspaceDocument.Load(stream, limits);
        if (result.Succeeded)
        {
            return result.Value;
        }

        errors.WriteLine($"{path} did not load: {result.Problems.Count} problem(s).");
        foreach (var problem in result.Problems)
        {
            errors.WriteLine($"  {problem.Path}: {problem.Message}");
        }

        return null;
    }

    public static void Print(ChapterSession session, TextWriter output)
    {
        var (workspace, asOf, directory) = (session.Workspace, session.AsOf, session.Directory);
        var chapter = workspace.Chapter;
        output.WriteLine($"{chapter.Name} ({chapter.HomeState}), as of {asOf:yyyy-MM-dd}");
        output.WriteLine($"  {chapter.Members.Count} members, {workspace.Partners.Count} partners, {workspace.Ties.Count} ties, {workspace.Interactions.Count} interactions, {workspace.Partnerships.Count} partnerships");
        output.WriteLine($"  Theory of change: {chapter.TheoryOfChange.Summary}");
        output.WriteLine($"  Issue areas: {string.Join(", ", chapter.IssueAreas)}");

        output.WriteLine();
        output.WriteLine("Members");
        foreach (var member in chapter.Members)
        {
            var affiliations = member.Affiliations.Count == 0
                ? string.Empty
                : " — " + string.Join("; ", member.Affiliations.Select(a => $"{a.Role ?? "member"} at {a.OrganizationName}{(a.Until is { } u ? $" (until {u})" : string.Empty)}"));
            output.WriteLine($"  {member.Name}{(member.IsLeader ? " (leader)" : string.Empty)}{affiliations}");
        }

        output.WriteLine();
        output.WriteLine("Partners");
        foreach (var organization in workspace.Partners.OfType<Organization>())
        {
            var notes = new List<string> { $"{organization.Kind}", $"{organization.PartisanNature}" };
            if (organization.State is { } state && state != chapter.HomeState)
            {
                notes.Add($"based in {state}");
            }

            if (organization.NationalParent is { } parent)
            {
                notes.Add($"chapter of {parent}");
            }

            notes.AddRange(organization.Practices.Select(p => $"practice: {p.Kind}"));
            output.WriteLine($"  {organization.Name} [{string.Join(", ", notes)}]");
        }

        foreach (var individual in workspace.Partners.OfType<Individual>())
        {
            var running = individual.Candidacies.FirstOrDefault(c => c.IsRunningOn(asOf)) is { } c
                ? $"running for {c.Office} until {c.ElectionDay}"
                : "not running today";
            output.WriteLine($"  {individual.Name} [{string.Join(", ", individual.Roles)}; {running}]");
        }

        output.WriteLine();
        output.WriteLine("Partnerships");
        foreach (var partnership in workspace.Partnerships)
        {
            var name = directory.NameOf(partnership.Partner) ?? partnership.Partner.Value;
            var owner = partnership.OwnerOn(asOf) is { } o ? directory.NameOf(o) : "nobody";
            var history = directory.InteractionsWith(partnership.Partner);
            var last = history.Count == 0 ? "no interactions yet" : $"last {history[^1].Kind} on {history[^1].Date:yyyy-MM-dd}";
            var handoffs = partnership.Owners.Count > 1 ? $", {partnership.Owners.Count - 1} handoff(s)" : string.Empty;
            output.WriteLine($"  {name}: owned by {owner}{handoffs}; {history.Count} interactions, {last}{(partnership.CoalitionMember ? "; coalition table" : string.Empty)}");
        }

        var ownerCounts = workspace.Partnerships
            .Select(p => p.OwnerOn(asOf))
            .OfType<PartyId>()
            .GroupBy(id => id)
            .Select(g => $"{directory.NameOf(g.Key)} {g.Count()}");
        output.WriteLine($"  Owners today: {string.Join(", ", ownerCounts)}");

        output.WriteLine();
        output.WriteLine("Strongest ties into the chapter's network");
        foreach (var member in chapter.Members)
        {
            foreach (var tie in directory.TiesOf(member.Id).Where(t => t.Strength >= 0.7))
            {
                output.WriteLine($"  {member.Name} — {directory.NameOf(tie.Other(member.Id))} ({tie.Category}, {tie.Strength:0.0})");
            }
        }
    }
}
