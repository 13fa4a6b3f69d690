using System.Diagnostics;
using Partnering.Core.Documents;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// The peak working set of the whole process from a loaded workspace through ranking, at 100,000
/// actors and 1,000,000 ties. Run twice: the first run writes the workspace document (with its power
/// map), the second loads it in a fresh process, plans, and prints the peak:
/// <c>dotnet run -c Release --project benchmarks/Partnering.Core.Benchmarks -- maps-peak /tmp/maps-100k.json</c>.
/// </summary>
internal static class MapPeakMemory
{
    public static void Run(string path)
    {
        if (!File.Exists(path))
        {
            var (workspace, map) = MapBenchmarks.Network(100_000);
            // The document refuses self-ties (the graph would drop them anyway).
            File.WriteAllText(path, WorkspaceDocument.Save(workspace with { Ties = [.. workspace.Ties.Where(t => t.From != t.To)], PowerMaps = [map] }));
            Console.WriteLine($"Wrote {path}; run again to measure.");
            return;
        }

        var clock = Stopwatch.StartNew();
        var loaded = WorkspaceDocument.Load(File.OpenRead(path)).GetValueOrThrow();
        var load = clock.Elapsed;
        var plan = new PartnershipPlanner().Plan(new PlanningRequest
        {
            Workspace = loaded,
            PowerMaps = loaded.PowerMaps,
            Eligibility = static _ => EligibilityOutcome.Permit,
            AsOf = new DateOnly(2026, 3, 1),
            Top = 10,
        });
        var total = clock.Elapsed;
        if (Environment.GetEnvironmentVariable("MAPS_PEAK_PHASES") == "1")
        {
            var sw = Stopwatch.StartNew();
            var graph = TieGraph.Build(loaded, new DateOnly(2026, 3, 1));
            Console.WriteLine($"graph {sw.ElapsedMilliseconds} ms");
            sw.Restart();
            var access = AccessMap.Compute(graph, loaded.PowerMaps[0].Target);
            Console.WriteLine($"access {sw.ElapsedMilliseconds} ms");
            sw.Restart();
            var assessment = new PowerMapScorer().Score(loaded.PowerMaps[0], access, static _ => EligibilityOutcome.Permit, new DateOnly(2026, 3, 1));
            Console.WriteLine($"score {sw.ElapsedMilliseconds} ms");
            sw.Restart();
            var planner = new PartnershipPlanner();
            _ = planner.Recommend(assessment, 10);
            Console.WriteLine($"recommend {sw.ElapsedMilliseconds} ms");
            sw.Restart();
            _ = planner.ToMove(assessment, 10);
            Console.WriteLine($"to move {sw.ElapsedMilliseconds} ms");
            sw.Restart();
            _ = AssetMap.Build(loaded, [], new DateOnly(2026, 3, 1));
            Console.WriteLine($"assets {sw.ElapsedMilliseconds} ms");
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"{loaded.Partners.Count} partners, {loaded.Ties.Count} ties; {plan.Maps[0].Recommendations.Count} recommendations, first {plan.Maps[0].Recommendations[0].Score.Name}");
        Console.WriteLine($"load {load.TotalMilliseconds:0} ms, load + plan {total.TotalMilliseconds:0} ms; peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):0} MB");
    }
}
