using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// Runs the benchmarks. Pick with BenchmarkDotNet's switches, e.g.
/// <c>dotnet run -c Release --project benchmarks/Partnering.Core.Benchmarks -- --filter '*Workspace*'</c>;
/// <c>--filter '*' --job Dry</c> is the smoke run CI does; <c>maps-peak FILE</c> measures the maps' peak working set (see <see cref="MapPeakMemory"/>);
/// <c>import-ratio N</c> and <c>import-phases N [PHASE]</c> are quick looks at the spreadsheet import beside CsvHelper (see <see cref="ImportPhases"/>).
/// </summary>
public static class Program
{
    /// <summary>
    /// How long BenchmarkDotNet may spend building the generated benchmark project. Its default (two
    /// minutes) was exceeded on a busy two-core machine; fifteen survives heavy load, so no run needs
    /// <c>--buildTimeout</c>.
    /// </summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(15);

    /// <summary>The configuration every run uses: BenchmarkDotNet's defaults with <see cref="BuildTimeout"/>.</summary>
    public static IConfig Config { get; } = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(BuildTimeout);

    public static void Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "maps-peak")
        {
            MapPeakMemory.Run(args[1]);
            return;
        }

        if (args.Length == 2 && args[0] == "import-loop")
        {
            // For a profiler: the spreadsheet import benchmark's work, over and over.
            var import = new SpreadsheetImportBenchmarks { Partners = 10_000 };
            import.Setup();
            for (var i = 0; i < int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture); i++)
            {
                _ = import.ImportIntoWorkspace();
            }

            return;
        }

        if (args.Length == 2 && args[0] == "import-ratio")
        {
            // A quick check between BenchmarkDotNet runs: both sides of the spreadsheet benchmark, interleaved.
            var import = new SpreadsheetImportBenchmarks { Partners = 10_000 };
            import.Setup();
            var rounds = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
            var csv = new List<double>();
            var ours = new List<double>();
            Workspace? kept = null;
            object? keptRecords = null;
            for (var i = 0; i < rounds; i++)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                keptRecords = import.CsvHelperPlainRecords();
                csv.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();

                // kept until the next one is made, as BenchmarkDotNet keeps a benchmark's result
                kept = import.ImportIntoWorkspace();
                ours.Add(watch.Elapsed.TotalMilliseconds);
            }

            GC.KeepAlive(kept);
            GC.KeepAlive(keptRecords);

            static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
            Console.WriteLine($"CsvHelper plain records {Median(csv):F1} ms, import {Median(ours):F1} ms, ratio of medians {Median(ours) / Median(csv):F2}");
            return;
        }

        if (args.Length is 2 or 3 && args[0] == "import-phases")
        {
            ImportPhases.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length == 3 ? args[2] : null);
            return;
        }

        if (args.Length >= 1 && args[0] == "elig-timings")
        {
            EligibilityTimings.Run(args);
            return;
        }

        if (args.Length == 1 && args[0] == "tier-phases")
        {
            TierPhases.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, Config);
    }
}
