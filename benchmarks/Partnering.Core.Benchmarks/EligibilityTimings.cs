using System.Diagnostics;
using Partnering.Core.Eligibility;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// A quick Stopwatch check of the eligibility targets, for a shared machine where BenchmarkDotNet's runs
/// are long: per decision over the mix (<see cref="EligibilityMix"/>), the best case, and one explanation
/// of each outcome, after a warm-up of 1.5 s, over 201 rounds (best and median), with the bytes allocated per call.
/// <c>dotnet run -c Release --project benchmarks/Partnering.Core.Benchmarks -- elig-timings</c>;
/// <c>elig-timings loop N</c> decides the mix N times (for a profiler).
/// </summary>
internal static class EligibilityTimings
{
    public static void Run(string[] args)
    {
        var mix = EligibilityMix.Build();
        if (args.Length == 3 && args[1] == "loop")
        {
            var rounds = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
            var sum = 0;
            for (var r = 0; r < rounds; r++)
            {
                foreach (var (evaluator, directory, engagement) in mix)
                {
                    sum += (int)evaluator.Decide(directory, engagement);
                }
            }

            Console.WriteLine(sum);
            return;
        }

        if (args.Length == 2 && args[1] == "show")
        {
            foreach (var outcome in Enum.GetValues<EligibilityOutcome>())
            {
                var one = mix.First(r => r.Evaluator.Decide(r.Directory, r.Engagement) == outcome);
                Console.WriteLine(one.Evaluator.Policy.Id + " " + one.Evaluator.Explain(one.Directory, one.Engagement));
                Console.WriteLine();
            }

            Console.WriteLine("Decide and Explain disagree on " + mix.Count(r => r.Evaluator.Decide(r.Directory, r.Engagement) != r.Evaluator.Explain(r.Directory, r.Engagement).Outcome) + " requests");
            Console.WriteLine(string.Join(" ", Enum.GetValues<EligibilityOutcome>().Select(o => o + "=" + mix.Count(r => r.Evaluator.Decide(r.Directory, r.Engagement) == o))));
            return;
        }

        if (args.Length == 3 && args[1] == "explain-loop")
        {
            var one = mix.First(r => r.Evaluator.Decide(r.Directory, r.Engagement) == EligibilityOutcome.Forbid);
            var rounds = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
            var sum = 0;
            for (var r = 0; r < rounds; r++)
            {
                sum += one.Evaluator.Explain(one.Directory, one.Engagement).DecidingRules.Count;
            }

            Console.WriteLine(sum);
            return;
        }

        Time("Decide, mix", mix.Length, () =>
        {
            var sum = 0;
            foreach (var (evaluator, directory, engagement) in mix)
            {
                sum += (int)evaluator.Decide(directory, engagement);
            }

            return sum;
        });
        if (args.Length == 2 && args[1] == "phases")
        {
            Time("Subject only, mix", mix.Length, () =>
            {
                var sum = 0UL;
                foreach (var (_, directory, engagement) in mix)
                {
                    sum += new Subject(directory, engagement, engagement.Partners[0]).Profile;
                }

                return (int)sum;
            });
            Time("FindPartner only, mix", mix.Length, () =>
            {
                var sum = 0UL;
                foreach (var (_, directory, engagement) in mix)
                {
                    directory.FindPartner(engagement.Partners[0], out var profile, out _);
                    sum += profile;
                }

                return (int)sum;
            });
        }

        var best = mix[0];
        Time("Decide, best", 1024, () =>
        {
            var sum = 0;
            for (var i = 0; i < 1024; i++)
            {
                sum += (int)best.Evaluator.Decide(best.Directory, EligibilityBench.Event);
            }

            return sum;
        });
        if (args.Length == 2 && args[1] == "decide")
        {
            return;
        }

        Time("Explain, mix", mix.Length, () =>
        {
            var sum = 0;
            foreach (var (evaluator, directory, engagement) in mix)
            {
                sum += evaluator.Explain(directory, engagement).DecidingRules.Count;
            }

            return sum;
        });
        foreach (var outcome in Enum.GetValues<EligibilityOutcome>())
        {
            var one = mix.First(r => r.Evaluator.Decide(r.Directory, r.Engagement) == outcome);
            Time("Explain " + outcome, 256, () =>
            {
                var sum = 0;
                for (var i = 0; i < 256; i++)
                {
                    sum += one.Evaluator.Explain(one.Directory, one.Engagement).DecidingRules.Count;
                }

                return sum;
            });
        }
    }

    private static void Time(string what, int per, Func<int> run)
    {
        // Warm up long enough for the tiered JIT to reach its optimized code (a second or so).
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 1500)
        {
            _ = run();
        }

        var times = new List<double>();
        var before = GC.GetAllocatedBytesForCurrentThread();
        const int rounds = 201;
        for (var i = 0; i < rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            _ = run();
            times.Add(clock.Elapsed.TotalNanoseconds / per);
        }

        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)rounds / per;
        times.Sort();
        Console.WriteLine($"{what,-32} best {Format(times[0])}, median {Format(times[rounds / 2])}, {bytes:0} B");
    }

    private static string Format(double ns) => ns >= 1000 ? $"{ns / 1000:0.00} µs" : $"{ns:0.0} ns";
}
