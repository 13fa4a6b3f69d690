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
/// <c>outreach-plan.md</c> to the current directory. The power map and the declared assets come from the
/// workspace's <c>"powerMaps"</c> and <c>"assets"</c> sections; without a power map a first draft is
/// built from the workspace itself (the first individual holding elected office is the target).
/// </summary>
internal static class MapsSection
{
    /// <summary>The maps and the outreach plan are dated explicitly (the day after the last assessment), so the output never drifts by day.</summary>
    private static readonly DateOnly PlanDate = new(2026, 3, 2);

    public static void Print(Workspace workspace, DateOnly asOf, TextWriter output)
    {
        _ = asOf;
        var (map, declared, origin) = PowerMapFor(workspace, PlanDate);
        output.WriteLine();
        output.WriteLine($"Maps, as of {PlanDate:yyyy-MM-dd}");
        if (map is null)
        {
            output.WriteLine("  No power map: the workspace has no individual holding elected office to use as target, and the workspace has no power map.");
            return;
        }

        // Each partner's standing under the chapter's eligibility policy, through its public screening
        // API: forbidden partners are never recommended and no route passes through them; anything short
        // of a permit is flagged for review.
        var eligibility = new PolicyCompiler().Compile(workspace.Policy ?? BuiltInPolicy.Pack)
            .ScreenPartners(PartnerDirectory.From(workspace), PlanDate)
            .ToDictionary(s => s.Partner, s => (EligibilityOutcome?)s.Outcome);

        var planner = new PartnershipPlanner();
        var plan = planner.Plan(new PlanningRequest
        {
            Workspace = workspace,
            PowerMaps = [map],
            DeclaredAssets = declared,
            Eligibility = party => eligibility.TryGetValue(party, out var outcome) ? outcome : null,
            AsOf = PlanDate,
            Top = 5,
        });

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
        output.WriteLine($"  Power map: {map.Title ?? map.Id} ({origin})");
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

        // The outreach plan (seed 003): the tier of each partnership from its history, new partners as prospects.
        var tiers = (workspace.Ladder ?? TierLadder.Default).Compile()
            .EvaluateMany(PartnershipHistory.FromWorkspace(workspace, PlanDate), PlanDate)
            .ToDictionary(t => t.Partner, t => t.Tier);
        var outreach = new OutreachPlanner().Plan(plan, workspace, PlanDate, party => tiers.TryGetValue(party, out var tier) ? tier : null);
        var names = workspace.Chapter.Members.ToDictionary(m => m.Id, m => m.Name);
        output.WriteLine($"  Outreach plan from {outreach.StartsOn:yyyy-MM-dd}:");
        foreach (var item in outreach.Items)
        {
            var partnerName = only.Recommendations.First(r => r.Actor == item.Partner).Score.Name;
            var introducer = item.Introducer is { } by ? $", introduced by {(names.TryGetValue(by, out var n) ? n : only.Access.Graph.NameOf(by))}" : string.Empty;
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
        foreach (var line in MapPictures.AccessMermaid(paths, only.Access.Graph).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            output.WriteLine("    " + line);
        }
    }

    private static (PowerMap? Map, IReadOnlyList<DeclaredAsset> Declared, string Origin) PowerMapFor(Workspace workspace, DateOnly asOf)
    {
        // The loader has already checked that every map's target is a party of the workspace.
        if (workspace.PowerMaps.Count > 0)
        {
            return (workspace.PowerMaps[0], workspace.Assets, "from the workspace's power maps");
        }

        return (Draft(workspace, asOf), workspace.Assets, "a first draft from the workspace");
    }

    /// <summary>
    /// A first-draft map: the target is the first individual (by id) holding elected office; every other
    /// partner is placed with support +0.5 when it shares an issue area with the chapter (else 0) and
    /// influence equal to its strongest direct tie to the target (0.2 when none).
    /// </summary>
    private static PowerMap? Draft(Workspace workspace, DateOnly asOf)
    {
        var target = workspace.Partners.OfType<Individual>().Where(i => i.HoldsElectedOfficeOn(asOf)).OrderBy(i => i.Id).FirstOrDefault();
        if (target is null)
        {
            return null;
        }

        var issues = workspace.Chapter.IssueAreas;
        var placements = new List<Placement> { new() { Actor = target.Id, Support = 0.0, Influence = 1.0, AssessedOn = asOf, Source = "draft", Confidence = 0.1 } };
        foreach (var partner in workspace.Partners.Where(p => p.Id != target.Id))
        {
            var influence = workspace.Ties.Where(t => t.Involves(target.Id) && t.Involves(partner.Id) && t.From != t.To).Select(t => t.Strength).DefaultIfEmpty(0.2).Max();
            placements.Add(new Placement
            {
                Actor = partner.Id,
                Support = partner.IssueAreas.Intersect(issues).Any() ? 0.5 : 0.0,
                Influence = influence,
                Confidence = 0.2,
                Source = "draft from workspace data",
                AssessedOn = asOf,
            });
        }

        var issue = issues.Count > 0 ? issues[0] : IssueArea.Education;
        return new PowerMap { Id = "draft", Target = target.Id, Issue = issue, Title = $"{target.Name} on {issue}", Placements = placements };
    }
}
