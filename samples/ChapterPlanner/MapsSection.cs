using System.Globalization;
using Partnering.Core;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using Partnering.Core.Tiers;

namespace ChapterPlanner;

/// <summary>
/// Prints the asset summary, the unused and ruled-out assets, the partnerships to build (groups we
/// cannot reach yet included, with the way in to build first), the actors to persuade or neutralize,
/// and the outreach plan (owner, first ask for the tier, due date); writes <c>power-map.svg</c> and
/// <c>outreach-plan.md</c> to the current directory. The power maps and the declared assets come from the
/// workspace's <c>"powerMaps"</c> and <c>"assets"</c> sections; everything is the session's answer.
/// </summary>
internal static class MapsSection
{
    public static void Print(ChapterSession session, TextWriter output)
    {
        var workspace = session.Workspace;
        output.WriteLine();
        output.WriteLine($"Maps, as of {session.AsOf:yyyy-MM-dd}");
        if (workspace.PowerMaps.Count == 0)
        {
            output.WriteLine("  No power map: the workspace has no \"powerMaps\" section.");
            return;
        }

        // The session's plan: every power map with the declared assets, eligibility applied (forbidden
        // partners are never recommended and no route passes through them; anything short of a permit
        // is flagged for review).
        var plan = session.Plan;
        var map = plan.Maps[0].Map;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Asset map: overall {plan.AssetScore.Overall:0.00}"));
        foreach (var category in plan.AssetScore.Categories)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {category.Category,-27} {category.Score:0.00}  {category.Basis}"));
        }

        output.WriteLine($"  Unused assets ({plan.UnusedAssets.Count(u => !u.RuledOut)}):");
        foreach (var unused in plan.UnusedAssets.Where(u => !u.RuledOut).Take(10))
        {
            output.WriteLine($"    - {unused.Asset.Name}: {unused.Reason}");
        }

        output.WriteLine($"  Ruled out by eligibility, not to be offered ({plan.UnusedAssets.Count(u => u.RuledOut)}):");
        foreach (var ruledOut in plan.UnusedAssets.Where(u => u.RuledOut))
        {
            output.WriteLine($"    - {ruledOut.Asset.Name}: {ruledOut.Reason}");
        }

        var only = plan.Maps[0];
        output.WriteLine($"  Power map: {map.Title ?? map.Id} (from the workspace's power maps)");
        output.WriteLine($"  Partnerships to build ({only.Breadth}):");
        foreach (var recommendation in only.Recommendations)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {recommendation.Rank}. {recommendation.Score.Name} ({recommendation.Score.Score:0.00}{(recommendation.NeedsReview ? ", review first" : string.Empty)})"));
            output.WriteLine($"       {recommendation.WayIn.Step}");
            output.WriteLine($"       {recommendation.Score.Explanation}");
        }

        output.WriteLine("  To persuade or neutralize (never partners):");
        foreach (var actor in only.ToMove)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {actor.Rank}. {actor.Score.Name}: {(actor.Approach == PlanRole.Persuade ? "persuade" : "persuade or neutralize")} ({actor.Score.Score:0.00})"));
            output.WriteLine(actor.Routes.Count > 0
                ? $"       Our access: {actor.Routes[0].Description}."
                : "       No route from us yet: find who could introduce us.");
        }

        // The outreach plan (seed 003): each partnership at the tier the session's standings give it, new partners as prospects.
        var outreach = session.Outreach;
        var names = workspace.Chapter.Members.ToDictionary(m => m.Id, m => m.Name);
        output.WriteLine($"  Outreach plan from {outreach.StartsOn:yyyy-MM-dd}:");
        foreach (var item in outreach.Items)
        {
            var partnerName = only.Recommendations.First(r => r.Actor == item.Partner).Score.Name;
            var introducer = item.Introducer is { } by ? $", introduced by {(names.TryGetValue(by, out var n) ? n : session.Directory.NameOf(by) ?? by.Value)}" : string.Empty;
            output.WriteLine($"    - {partnerName}: {names[item.Owner]} owns it{introducer}; by {item.Due:yyyy-MM-dd} ({item.Tier}): {item.Ask}");
        }

        var markdown = Path.Combine(Directory.GetCurrentDirectory(), "outreach-plan.md");
        File.WriteAllText(markdown, outreach.ToMarkdown(workspace));
        output.WriteLine($"  Wrote {markdown}");

        var svg = MapPictures.PowerMapSvg(only.Assessment);
        var file = Path.Combine(Directory.GetCurrentDirectory(), "power-map.svg");
        File.WriteAllText(file, svg);
        output.WriteLine($"  Wrote {file}");

        var paths = only.Recommendations.Select(r => r.Score.WayThrough ?? r.Path).OfType<AccessPath>();
        output.WriteLine("  Ways in (Mermaid):");
        foreach (var line in MapPictures.AccessMermaid(paths, only.Access).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            output.WriteLine("    " + line);
        }
    }
}
