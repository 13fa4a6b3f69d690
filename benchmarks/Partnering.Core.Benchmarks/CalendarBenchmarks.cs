using BenchmarkDotNet.Attributes;
using Partnering.Core.Collaboration;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// Coalition calendar conflict detection: the sweep over sorted intervals against the plain all-pairs
/// check it is tested against. A year of events, 07:00 to 21:00, 30 minutes to 3 hours each, drawing
/// one or two of 50 audiences and sometimes one of 10 press targets.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private readonly CalendarConflictDetector _detector = new();
    private CalendarEvent[] _events = [];

    [Params(1_000, 10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261123);
        var host = new PartyId("chapter");
        var kinds = Enum.GetValues<EventKind>();
        _events = new CalendarEvent[Events];
        for (var i = 0; i < Events; i++)
        {
            var startMinute = random.Next(7 * 60, 19 * 60);
            var length = random.Next(30, 181);
            var audience = random.Next(2) == 0 ? new[] { $"audience-{random.Next(50)}" } : [$"audience-{random.Next(50)}", $"audience-{random.Next(50)}"];
            var press = random.Next(3) == 0 ? new[] { $"outlet-{random.Next(10)}" } : [];
            _events[i] = new CalendarEvent
            {
                Id = $"event-{i}",
                Title = $"Event {i}",
                Date = new DateOnly(2026, 1, 1).AddDays(random.Next(365)),
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
