using BenchmarkDotNet.Attributes;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// Reading partial dates, which every document load does many times. <c>Best</c> is four valid texts;
/// <c>Mixed</c> is 1,000 seeded texts as documents hold them: mostly full days, some months and years,
/// and one in ten malformed or impossible ("2024-02-30", "24-5", "2024-13", "", "2024-05-17T10:00").
/// Both report the mean per text.
/// </summary>
[MemoryDiagnoser]
public class PartialDateBenchmarks
{
    private static readonly string[] Valid = ["2024", "2024-05", "2024-05-17", "1999-12-31"];
    private static readonly string[] Bad = ["2024-02-30", "24-5", "2024-13", "", "2024-05-17T10:00", "2024/05/17", " 2024", "0000-01-01"];
    private string[] _texts = [];

    [Params("Best", "Mixed")]
    public string Shape { get; set; } = "Best";

    [GlobalSetup]
    public void Setup()
    {
        if (Shape == "Best")
        {
            _texts = [.. Enumerable.Range(0, 250).SelectMany(_ => Valid)];
            return;
        }

        var random = new Random(20261201);
        _texts = [.. Enumerable.Range(0, 1_000).Select(_ =>
        {
            var day = new DateOnly(1950, 1, 1).AddDays(random.Next(365 * 80));
            return random.Next(20) switch
            {
                < 12 => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                < 15 => day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                < 18 => day.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
                _ => Bad[random.Next(Bad.Length)],
            };
        })];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 1_000)]
    public int DateOnlyParse()
    {
        var sum = 0;
        foreach (var text in _texts)
        {
            if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            {
                sum += day.Day;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = 1_000)]
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
