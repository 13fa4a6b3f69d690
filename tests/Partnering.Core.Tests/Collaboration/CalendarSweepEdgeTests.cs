using Partnering.Core.Collaboration;
using static Partnering.Core.Tests.Collaboration.CollaborationFixtures;

namespace Partnering.Core.Tests.Collaboration;

/// <summary>
/// The calendar sweep at its edges, and the exact words of a conflict: what mutation testing found
/// the all-pairs property leaves loose (which event is first on a tie, empty events, repeated terms,
/// and the explanation text).
/// </summary>
public sealed class CalendarSweepEdgeTests
{
    private static readonly CalendarConflictDetector Detector = new();

    [Fact]
    public void Two_events_starting_together_are_ordered_by_id_whatever_order_they_come_in()
    {
        var b = Event("b", "2026-05-01", "09:00", "10:00", audience: ["north"]);
        var a = Event("a", "2026-05-01", "09:00", "11:00", audience: ["north"]);

        foreach (var events in new[] { new[] { a, b }, [b, a] })
        {
            var conflict = Assert.Single(Detector.FindConflicts(events));
            Assert.Equal(("a", "b"), (conflict.First.Id, conflict.Second.Id));
            Assert.Equal(conflict, Assert.Single(CalendarConflicts.BruteForce(events)));
        }
    }

    [Fact]
    public void An_event_of_no_length_conflicts_with_one_running_around_it_not_with_one_starting_at_that_moment()
    {
        var empty = Event("empty", "2026-05-01", "10:00", "10:00", audience: ["north"]);
        var around = Event("around", "2026-05-01", "09:00", "11:00", audience: ["north"]);
        var later = Event("later", "2026-05-01", "10:00", "12:00", audience: ["north"]);

        var conflicts = Detector.FindConflicts([empty, around, later]);

        Assert.Equal([("around", "empty"), ("around", "later")], conflicts.Select(c => (c.First.Id, c.Second.Id)));
        Assert.Equal(CalendarConflicts.BruteForce([empty, around, later]), conflicts);
    }

    [Fact]
    public void An_event_of_no_length_at_the_moment_another_starts_conflicts_with_neither_order()
    {
        var other = Event("other", "2026-05-01", "10:00", "11:00", audience: ["north"]);
        var empty = Event("empty", "2026-05-01", "10:00", "10:00", audience: ["north"]);

        Assert.Empty(Detector.FindConflicts([other, empty]));
        Assert.Empty(Detector.FindConflicts([empty, other]));
        Assert.Empty(CalendarConflicts.BruteForce([other, empty]));
    }

    [Fact]
    public void An_event_that_ended_is_dropped_but_one_still_running_is_kept_for_later_events()
    {
        var early = Event("early", "2026-05-01", "08:00", "09:00", audience: ["north"]);
        var longOne = Event("long", "2026-05-01", "08:30", "12:00", audience: ["north"]);
        var late = Event("late", "2026-05-01", "11:00", "11:30", audience: ["north"]);

        var conflicts = Detector.FindConflicts([late, longOne, early]);

        Assert.Equal([("early", "long"), ("long", "late")], conflicts.Select(c => (c.First.Id, c.Second.Id)));
    }

    [Fact]
    public void Shared_terms_are_listed_once_in_ordinal_order_as_normalized()
    {
        var a = Event("a", "2026-05-01", "09:00", "11:00", audience: ["south", "North", "south", "east"], press: ["tv", "paper"]);
        var b = Event("b", "2026-05-01", "10:00", "12:00", audience: ["east", "south", "North"], press: ["paper", "tv", "tv"]);

        var conflict = Assert.Single(Detector.FindConflicts([a, b]));

        Assert.Equal(["east", "north", "south"], conflict.SharedAudience);
        Assert.Equal(["paper", "tv"], conflict.SharedPress);
    }

    [Fact]
    public void The_same_kind_is_combined_and_the_reason_names_both_hosts_the_day_the_time_and_what_they_share()
    {
        var a = Event("a", "2026-05-01", "09:00", "11:00", EventKind.TownHall, audience: ["north"], press: ["paper"]);
        var b = Event("b", "2026-05-01", "10:30", "12:00", EventKind.TownHall, audience: ["north"], press: ["paper"]);

        var conflict = Assert.Single(Detector.FindConflicts([a, b]));

        Assert.Equal(ConflictSuggestion.CombineIntoOneAction, conflict.Suggestion);
        Assert.Null(conflict.MoveEvent);
        Assert.Equal(
            "'Event a' (chapter) and 'Event b' (chapter) overlap on 2026-05-01 from 10:30 and compete for the same audience (north) and the same press (paper); both are town halls: combine them into one joint action.",
            conflict.Reason);
    }

    [Fact]
    public void Different_kinds_move_the_later_one_and_the_reason_says_so()
    {
        var a = Event("a", "2026-05-01", "09:00", "11:00", EventKind.PressConference, press: ["paper"]);
        var b = Event("b", "2026-05-01", "10:00", "12:00", EventKind.Rally, press: ["paper"]);

        var conflict = Assert.Single(Detector.FindConflicts([b, a]));

        Assert.Equal(ConflictSuggestion.MoveOne, conflict.Suggestion);
        Assert.Equal("b", conflict.MoveEvent);
        Assert.Equal(
            "'Event a' (chapter) and 'Event b' (chapter) overlap on 2026-05-01 from 10:00 and compete for the same press (paper); a press conference and a rally do not combine well: move 'Event b', the one that starts later.",
            conflict.Reason);
    }

    [Fact]
    public void Conflicts_are_listed_by_the_first_events_start_then_id_then_the_seconds_start_then_id()
    {
        var events = new[]
        {
            Event("d", "2026-05-01", "09:00", "12:00", audience: ["north"]),
            Event("c", "2026-05-01", "09:00", "12:00", audience: ["north"]),
            Event("y", "2026-05-01", "10:00", "11:00", audience: ["north"]),
            Event("x", "2026-05-01", "10:00", "11:00", audience: ["north"]),
            Event("w", "2026-05-01", "09:30", "11:00", audience: ["north"]),
        };

        var order = Detector.FindConflicts(events).Select(c => c.First.Id + c.Second.Id).ToArray();

        Assert.Equal(["cd", "cw", "cx", "cy", "dw", "dx", "dy", "wx", "wy", "xy"], order);
        Assert.Equal(order, CalendarConflicts.BruteForce(events).Select(c => c.First.Id + c.Second.Id));
    }
}
