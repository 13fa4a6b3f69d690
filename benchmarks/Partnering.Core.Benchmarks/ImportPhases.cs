using System.Diagnostics;
using CsvHelper;
using Partnering.Core.Spreadsheets;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// The spreadsheet benchmark's work file by file, both sides, with the time, allocation, collections,
/// collection pauses and processor time of each: where an import's time goes, beside BenchmarkDotNet's figures.
/// </summary>
internal static class ImportPhases
{
    public static void Run(int rounds) => Run(rounds, null);

    public static void Run(int rounds, string? only)
    {
        var b = new SpreadsheetImportBenchmarks { Partners = 10_000 };
        b.Setup();
        var (partners, interactions, empty) = b.Inputs;
        _only = only;
        var withPartners = SpreadsheetImporter.Import(empty, [CsvSource.FromText("partners.csv", partners)]).Workspace;
        Measure("csv partners", rounds, () => { using var r = CsvReader.Create(new StringReader(partners)); return r.GetRecords<PartnerRecord>().Count(); });
        Measure("csv interactions", rounds, () => { using var r = CsvReader.Create(new StringReader(interactions)); return r.GetRecords<InteractionRecord>().Count(); });
        Measure("import partners", rounds, () => SpreadsheetImporter.Import(empty, [CsvSource.FromText("partners.csv", partners)]).Workspace.Partners.Count);
        Measure("import interactions", rounds, () => SpreadsheetImporter.Import(withPartners, [CsvSource.FromText("interactions.csv", interactions)]).Workspace.Interactions.Count);
        Measure("import both", rounds, () => b.ImportIntoWorkspace().Interactions.Count);
        Measure("csv both", rounds, () => b.CsvHelperPlainRecords().Interactions.Count);
    }

    private static string? _only;

    private static void Measure(string name, int rounds, Func<int> work)
    {
        if (_only is not null && !name.Contains(_only, StringComparison.Ordinal))
        {
            return;
        }

        work();
        var times = new List<double>();
        long bytes = 0;
        var gcs = GC.CollectionCount(0);
        var gc1 = GC.CollectionCount(1);
        var gc2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < rounds; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            work();
            times.Add(watch.Elapsed.TotalMilliseconds);
            bytes += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        times.Sort();
        Console.WriteLine($"{name,-22} median {times[times.Count / 2],7:F1} ms  min {times[0],7:F1} ms  {bytes / rounds / 1e6,6:F1} MB  gc0/1/2 per op {(GC.CollectionCount(0) - gcs) / (double)rounds:F1}/{(GC.CollectionCount(1) - gc1) / (double)rounds:F1}/{(GC.CollectionCount(2) - gc2) / (double)rounds:F1}  GC pause per op {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / rounds:F1} ms  CPU per op {(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / rounds:F1} ms");
    }
}

