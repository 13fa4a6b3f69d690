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
            File.WriteAllText(path, WorkspaceDocument.Save(workspace with { PowerMaps = [map] }));
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
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"{loaded.Partners.Count} partners, {loaded.Ties.Count} ties; {plan.Maps[0].Recommendations.Count} recommendations, first {plan.Maps[0].Recommendations[0].Score.Name}");
        Console.WriteLine($"load {load.TotalMilliseconds:0} ms, load + plan {total.TotalMilliseconds:0} ms; peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):0} MB");
    }
}
