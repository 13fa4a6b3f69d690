using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Collaboration;
using static Partnering.Core.Tests.Collaboration.CollaborationFixtures;

namespace Partnering.Core.Tests.Collaboration;

public class CalendarConflictTests
{
    private static readonly CalendarConflictDetector Detector = new();

    /// <summary>Calendars of up to ~60 events over three days, quarter-hour times, small pools of audiences and press so pairs collide often.</summary>
    internal static Gen<CalendarEvent[]> Calendars { get; } =
        from specs in (from day in Gen.Choose(0, 2)
                       from startQuarter in Gen.Choose(0, 94)
                       from lengthQuarters in Gen.Choose(1, Math.Min(8, 95 - startQuarter)) // ends by 23:45
                       from kind in Gen.Elements(EventKind.Rally, EventKind.PressConference, EventKind.Canvass, EventKind.TownHall)
                       from audience in Gen.Elements("north", "south", "students", "faith").ArrayOf().Select(a => a.Take(2).ToArray())
                       from press in Gen.Elements("paper", "radio", "tv").ArrayOf().Select(a => a.Take(2).ToArray())
                       select (day, startQuarter, lengthQuarters, kind, audience, press)).ArrayOf()
        select specs.Select((s, i) => new CalendarEvent
        {
            Id = $"e{i}",
            Title = $"Event {i}",
            Date = new DateOnly(2026, 5, 1).AddDays(s.day),
            Start = new TimeOnly(0, 0).AddMinutes(s.startQuarter * 15),
            End = new TimeOnly(0, 0).AddMinutes((s.startQuarter + s.lengthQuarters) * 15),
            Kind = s.kind,
            Host = Us,
            Audience = s.audience,
            Press = s.press,
        }).ToArray();

    [Property]
    public Property The_sweep_finds_exactly_the_pairs_the_all_pairs_check_finds()
        => Prop.ForAll(Calendars.ToArbitrary(), events =>
            Assert.Equal(CalendarConflicts.BruteForce(events), Detector.FindConflicts(events)));

    [Property(Runs = 30)]
    public Property The_sweep_finds_exactly_the_pairs_the_all_pairs_check_finds_on_larger_calendars()
    {
        var big = Calendars.Select(a => a).ArrayOf().Select(parts => parts.SelectMany(p => p).Select((e, i) => e with { Id = $"x{i}" }).ToArray());
        return Prop.ForAll(big.ToArbitrary(), events => Assert.Equal(CalendarConflicts.BruteForce(events), Detector.FindConflicts(events)));
    }

    [Fact]
    public void Events_that_only_touch_do_not_overlap()
    {
        var a = Event("a", "2026-05-01", "09:00", "10:00", audience: ["north"]);
        var b = Event("b", "2026-05-01", "10:00", "11:00", audience: ["north"]);

        Assert.Empty(Detector.FindConflicts([a, b]));
    }

    [Fact]
    public void Overlapping_events_with_different_audiences_and_press_do_not_compete()
    {
        var a = Event("a", "2026-05-01", "09:00", "11:00", audience: ["north"], press: ["paper"]);
        var b = Event("b", "2026-05-01", "10:00", "12:00", audience: ["south"], press: ["radio"]);

        Assert.Empty(Detector.FindConflicts([a, b]));
    }

    [Fact]
    public void The_same_times_on_different_days_do_not_overlap()
    {
        var a = Event("a", "2026-05-01", "09:00", "11:00", audience: ["north"]);
        var b = Event("b", "2026-05-02", "09:00", "11:00", audience: ["north"]);

        Assert.Empty(Detector.FindConflicts([a, b]));
    }

    [Fact]
    public void A_long_event_conflicts_with_every_competing_event_inside_it()
    {
        var canvass = Event("canvass", "2026-05-01", "08:00", "18:00", EventKind.Canvass, audience: ["north"]);
        var morning = Event("morning", "2026-05-01", "09:00", "10:00", audience: ["north"]);
        var evening = Event("evening", "2026-05-01", "17:00", "19:00", audience: ["north"]);

        var conflicts = Detector.FindConflicts([evening, morning, canvass]);

        Assert.Equal([("canvass", "morning"), ("canvass", "evening")], conflicts.Select(c => (c.First.Id, c.Second.Id)));
    }
}
