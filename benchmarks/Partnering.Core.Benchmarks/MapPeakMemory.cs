using System.Diagnostics;
using Partnering.Core.Documents;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// The peak working set of the whole process from a loaded workspace through ranking and the
/// outreach plan, at 100,000 actors and 1,000,000 ties, and the time the plan takes after the load. Run twice: the first run writes the workspace document (with its power
/// map), the second loads it in a fresh process, plans, and prints the peak:
/// <c>dotnet run -c Release --project benchmarks/Partnering.Core.Benchmarks -- maps-peak /tmp/maps-100k.json</c>.
/// With <c>MAPS_PEAK_PHASES=1</c> it also times each phase again; with <c>MAPS_PEAK_HELD=1</c> it only
/// loads the document and prints what the loaded workspace holds on the heap (and its ties' share); with
/// <c>MAPS_PEAK_GENERATIONS=1</c> it also prints the working set before the load and each GC generation's size and free space at the end.
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

        if (Environment.GetEnvironmentVariable("MAPS_PEAK_HELD") == "1")
        {
            Held(path);
            return;
        }

        if (Environment.GetEnvironmentVariable("MAPS_PEAK_GENERATIONS") == "1")
        {
            using var start = Process.GetCurrentProcess();
            Console.WriteLine($"working set before the load: {start.WorkingSet64 / (1024.0 * 1024.0):0} MB");
        }

        using var sampler = Environment.GetEnvironmentVariable("MAPS_PEAK_ALLOC") == "1" ? new AllocationSampler() : null;
        sampler?.Start();
        var clock = Stopwatch.StartNew();
        var loaded = WorkspaceDocument.Load(File.OpenRead(path)).GetValueOrThrow();
        var load = clock.Elapsed;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var afterLoad = process.PeakWorkingSet64;
        var loadAllocated = GC.GetTotalAllocatedBytes(precise: true);
        var loadGcs = $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";
        sampler?.Print("the load");
        var plan = new PartnershipPlanner().Plan(new PlanningRequest
        {
            Workspace = loaded,
            PowerMaps = loaded.PowerMaps,
            Eligibility = static _ => EligibilityOutcome.Permit,
            AsOf = new DateOnly(2026, 3, 1),
            Top = 10,
        });
        var outreach = new OutreachPlanner().Plan(plan, loaded, new DateOnly(2026, 3, 1));
        var total = clock.Elapsed;
        sampler?.Print("the plan");
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        Console.WriteLine($"{loaded.Partners.Count} partners, {loaded.Ties.Count} ties; {plan.Maps[0].Recommendations.Count} recommendations, first {plan.Maps[0].Recommendations[0].Score.Name}; {outreach.Items.Count} outreach items");
        Console.WriteLine($"the load allocated {loadAllocated / (1024.0 * 1024.0):0} MB (collections gen0/1/2: {loadGcs}); the plan allocated {(GC.GetTotalAllocatedBytes(precise: true) - loadAllocated) / (1024.0 * 1024.0):0} MB");
        Console.WriteLine($"load {load.TotalMilliseconds:0} ms, plan + outreach {(total - load).TotalMilliseconds:0} ms; peak working set after load {afterLoad / (1024.0 * 1024.0):0} MB, at the end {peak / (1024.0 * 1024.0):0} MB");
        var info = GC.GetGCMemoryInfo();
        Console.WriteLine($"at the end: working set {process.WorkingSet64 / (1024.0 * 1024.0):0} MB, of which the GC has committed {info.TotalCommittedBytes / (1024.0 * 1024.0):0} MB for a heap of {info.HeapSizeBytes / (1024.0 * 1024.0):0} MB");
        if (Environment.GetEnvironmentVariable("MAPS_PEAK_GENERATIONS") == "1")
        {
            string[] names = ["gen0", "gen1", "gen2", "large objects", "pinned objects"];
            for (var g = 0; g < info.GenerationInfo.Length && g < names.Length; g++)
            {
                var gen = info.GenerationInfo[g];
                Console.WriteLine($"  {names[g]}: {gen.SizeAfterBytes / (1024.0 * 1024.0):0} MB after the last collection ({info.Generation}), {gen.FragmentationAfterBytes / (1024.0 * 1024.0):0} MB of it free");
            }
        }
        if (Environment.GetEnvironmentVariable("MAPS_PEAK_PHASES") == "1")
        {
            Console.WriteLine($"heap held after the plan (workspace, plan): {GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0):0} MB");
            GC.KeepAlive(plan);
            GC.KeepAlive(outreach);
            plan = null!;
            outreach = null!;
            Console.WriteLine($"heap held by the loaded workspace: {GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0):0} MB");
            var sw = Stopwatch.StartNew();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            string Mem()
            {
                var now = GC.GetTotalAllocatedBytes(precise: true);
                var text = $"allocated {(now - allocated) / (1024.0 * 1024.0):0} MB, heap held {GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0):0} MB";
                allocated = GC.GetTotalAllocatedBytes(precise: true);
                return text;
            }

            var graph = TieGraph.Build(loaded, new DateOnly(2026, 3, 1));
            Console.WriteLine($"graph {sw.ElapsedMilliseconds} ms; {Mem()}");
            sw.Restart();
            var access = AccessMap.Compute(graph, loaded.PowerMaps[0].Target);
            Console.WriteLine($"access {sw.ElapsedMilliseconds} ms; {Mem()}");
            sw.Restart();
            var assessment = new PowerMapScorer().Score(loaded.PowerMaps[0], access, static _ => EligibilityOutcome.Permit, new DateOnly(2026, 3, 1));
            Console.WriteLine($"score {sw.ElapsedMilliseconds} ms; {Mem()}");
            sw.Restart();
            var planner = new PartnershipPlanner();
            _ = planner.Recommend(assessment, 10);
            Console.WriteLine($"recommend {sw.ElapsedMilliseconds} ms; {Mem()}");
            sw.Restart();
            _ = planner.ToMove(assessment, 10);
            Console.WriteLine($"to move {sw.ElapsedMilliseconds} ms");
            sw.Restart();
            _ = AssetMap.Build(loaded, [], new DateOnly(2026, 3, 1));
            Console.WriteLine($"assets {sw.ElapsedMilliseconds} ms; {Mem()}");
            GC.KeepAlive(graph);
            GC.KeepAlive(access);
            GC.KeepAlive(assessment);
        }

    }

    /// <summary>What the workspace holds on the heap once loaded, and without its ties (<c>MAPS_PEAK_HELD=1</c>).</summary>
    private static void Held(string path)
    {
        var empty = Heap();
        var loaded = Load(path);
        var full = Heap();
        Console.WriteLine($"heap held by the loaded workspace: {(full - empty) / (1024.0 * 1024.0):0} MB");
        var bare = Strip(ref loaded);
        var noTies = Heap();
        Console.WriteLine($"of which its ties: {(full - noTies) / (1024.0 * 1024.0):0} MB");
        var noMaps = Strip(ref bare, maps: true);
        var withoutMaps = Heap();
        Console.WriteLine($"its power maps: {(noTies - withoutMaps) / (1024.0 * 1024.0):0} MB");
        var none = Strip(ref noMaps, partners: true);
        Console.WriteLine($"its partners: {(withoutMaps - Heap()) / (1024.0 * 1024.0):0} MB");
        GC.KeepAlive(none);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Workspace Load(string path)
    {
        using var stream = File.OpenRead(path);
        return WorkspaceDocument.Load(stream).GetValueOrThrow();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Workspace Strip(ref Workspace workspace, bool maps = false, bool partners = false)
    {
        var bare = maps ? workspace with { PowerMaps = [] } : partners ? workspace with { Partners = [] } : workspace with { Ties = [] };
        workspace = null!;
        return bare;
    }

    private static long Heap()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
