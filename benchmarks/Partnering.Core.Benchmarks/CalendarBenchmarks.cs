using BenchmarkDotNet.Attributes;
using Partnering.Core.Collaboration;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// Coalition calendar conflict detection: the sweep over sorted intervals against the plain all-pairs
/// check it is tested against. A year of events, 07:00 to 21:00, 30 minutes to 3 hours each, drawing
/// one or two of 50 audiences and sometimes one of 10 press targets. <c>Uniform</c> (the best case)
/// spreads them evenly over the year; <c>Mixed</c> is a seeded realistic year: 60 % spread out, 25 %
/// piled onto twelve busy days (a rally season, many overlapping), 10 % on Tuesday evenings, 5 % long
/// events of 6 to 12 hours.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private readonly CalendarConflictDetector _detector = new();
    private CalendarEvent[] _events = [];

    [Params(1_000, 10_000)]
    public int Events { get; set; }

    [Params("Uniform", "Mixed")]
    public string Shape { get; set; } = "Uniform";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261123);
        var host = new PartyId("chapter");
        var kinds = Enum.GetValues<EventKind>();
        _events = new CalendarEvent[Events];
        var busyDays = Enumerable.Range(0, 12).Select(_ => random.Next(240, 300)).ToArray();
        for (var i = 0; i < Events; i++)
        {
            var startMinute = random.Next(7 * 60, 19 * 60);
            var length = random.Next(30, 181);
            var day = random.Next(365);
            if (Shape == "Mixed")
            {
                var pick = random.Next(100);
                if (pick < 25)
                {
                    day = busyDays[random.Next(busyDays.Length)];
                    startMinute = random.Next(10 * 60, 14 * 60);
                }
                else if (pick < 35)
                {
                    day = (random.Next(52) * 7) + 5;
                    startMinute = random.Next(18 * 60, 19 * 60);
                    length = random.Next(60, 120);
                }
                else if (pick < 40)
                {
                    startMinute = random.Next(7 * 60, 10 * 60);
                    length = random.Next(6 * 60, 12 * 60);
                }
            }

            var audience = random.Next(2) == 0 ? new[] { $"audience-{random.Next(50)}" } : [$"audience-{random.Next(50)}", $"audience-{random.Next(50)}"];
            var press = random.Next(3) == 0 ? new[] { $"outlet-{random.Next(10)}" } : [];
            _events[i] = new CalendarEvent
            {
                Id = $"event-{i}",
                Title = $"Event {i}",
                Date = new DateOnly(2026, 1, 1).AddDays(day),
                Start = new TimeOnly(0, 0).AddMinutes(startMinute),
                End = new TimeOnly(0, 0).AddMinutes(Math.Min(startMinute + length, (24 * 60) - 1)),
                Kind = kinds[random.Next(kinds.Length)],
                Host = host,
                Audience = audience,
                Press = press,
            };
        }
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<CalendarConflict> AllPairs() => CalendarConflicts.BruteForce(_events);

    [Benchmark]
    public IReadOnlyList<CalendarConflict> Sweep() => _detector.FindConflicts(_events);
}
