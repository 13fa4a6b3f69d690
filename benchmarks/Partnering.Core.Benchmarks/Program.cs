using BenchmarkDotNet.Running;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// Runs the benchmarks. Pick with BenchmarkDotNet's switches, e.g.
/// <c>dotnet run -c Release --project benchmarks/Partnering.Core.Benchmarks -- --filter '*Workspace*'</c>;
/// <c>--filter '*' --job Dry</c> is the smoke run CI does.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
