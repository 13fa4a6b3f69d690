using BenchmarkDotNet.Running;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// Runs the benchmarks. Pick with BenchmarkDotNet's switches, e.g.
/// <c>dotnet run -c Release --project benchmarks/Partnering.Core.Benchmarks -- --filter '*Workspace*'</c>;
/// <c>--filter '*' --job Dry</c> is the smoke run CI does; <c>maps-peak FILE</c> measures the maps' peak working set (see <see cref="MapPeakMemory"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "maps-peak")
        {
            MapPeakMemory.Run(args[1]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
