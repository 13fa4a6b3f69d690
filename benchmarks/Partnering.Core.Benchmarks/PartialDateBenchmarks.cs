using BenchmarkDotNet.Attributes;

namespace Partnering.Core.Benchmarks;

/// <summary>Reading partial dates, which every document load does many times.</summary>
[MemoryDiagnoser]
public class PartialDateBenchmarks
{
    private readonly string[] _texts = ["2024", "2024-05", "2024-05-17", "1999-12-31"];

    [Benchmark(Baseline = true)]
    public int DateOnlyParse()
    {
        var sum = 0;
        foreach (var text in _texts)
        {
            if (text.Length == 10)
            {
                sum += DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Day;
            }
        }

        return sum;
    }

    [Benchmark]
    public int PartialDateTryParse()
    {
        var sum = 0;
        foreach (var text in _texts)
        {
            if (PartialDate.TryParse(text, out var date))
            {
                sum += date.Year;
            }
        }

        return sum;
    }
}
