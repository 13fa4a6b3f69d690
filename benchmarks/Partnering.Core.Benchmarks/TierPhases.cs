using System.Diagnostics;
using Partnering.Core.Tiers;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// Where the time of <see cref="TierReadinessBenchmarks.EvaluateMany"/> goes, by stopwatch (the best
/// of 30 runs each): the fold alone, then reading each standing's next step, then its met and unmet
/// criteria. <c>dotnet run -c Release --project benchmarks/Partnering.Core.Benchmarks -- tier-phases</c>.
/// </summary>
internal static class TierPhases
{
    public static void Run()
    {
        var bench = new TierReadinessBenchmarks { Partnerships = 10_000 };
        bench.Setup();
        var progression = TierLadder.Default.Compile();
        var random = new Random(7);
        var histories = Enumerable.Range(0, 10_000).Select(i => TierBenchmarkData.History(random, new PartyId($"org-{i}"), random.Next(4, 20), spanDays: 365)).ToArray();
        var asOf = TierBenchmarkData.Origin.AddDays(365);
        if (Environment.GetEnvironmentVariable("TIER_PHASES_LOOP") is { } loop)
        {
            // For a profiler: the benchmark's work, over and over.
            for (var i = 0; i < int.Parse(loop, System.Globalization.CultureInfo.InvariantCulture); i++)
            {
                _ = bench.EvaluateMany();
            }

            return;
        }

        Time("fold (EvaluateMany, nothing read)", () => progression.EvaluateMany(histories, asOf).Count);
        Time("fold + Next.Ready", () => progression.EvaluateMany(histories, asOf).Sum(s => s.Next is { } n && n.Ready ? 1 : 0));
        Time("fold + Next met/unmet (the benchmark)", bench.EvaluateMany);
    }

    private static void Time(string what, Func<int> run)
    {
        // Wall clock and this process's CPU time (the machine is shared: CPU time is what other
        // processes disturb least), each the best of 30 runs.
        var best = TimeSpan.MaxValue;
        var bestCpu = TimeSpan.MaxValue;
        using var process = Process.GetCurrentProcess();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < 30; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            _ = run();
            best = clock.Elapsed < best ? clock.Elapsed : best;
            process.Refresh();
            var used = process.TotalProcessorTime - cpu;
            bestCpu = used < bestCpu ? used : bestCpu;
        }

        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / 30.0;
        Console.WriteLine($"{what}: best {best.TotalMilliseconds:0.0} ms wall, {bestCpu.TotalMilliseconds:0.0} ms CPU, {allocated / (1024 * 1024):0.0} MB allocated per run");
    }
}
