using Partnering.Core.Collaboration;
using static Partnering.Core.Tests.Collaboration.CollaborationFixtures;

namespace Partnering.Core.Tests.Collaboration;

/// <summary>
/// The calendar sweep's behaviour that the Stryker.NET run of <c>.ci/mutation/calendar.json</c> showed
/// loose (docs/mutation.md lists each mutant and the test that kills it): the listing order when ids
/// disagree with start times, the press of the same day (seed 003) next to an event of no length, events
/// that touch without overlapping, and the exact words of the reason for several shared terms.
/// </summary>
public sealed class CalendarMutationTests
{
    private static readonly CalendarConflictDetector Detector = new();

    [Fact]
    public void A_null_list_of_events_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Detector.FindConflicts(null!));

        Assert.Equal("events", error.ParamName);
    }

    [Fact]
    public void Conflicts_are_listed_by_start_even_when_the_ids_run_the_other_way()
    {
        var events = new[]
        {
            Event("a", "2026-05-01", "14:00", "15:00", audience: ["north"]),
            Event("b", "2026-05-01", "14:30", "16:00", audience: ["north"]),
            Event("z", "2026-05-01", "09:00", "10:00", audience: ["north"]),
            Event("m", "2026-05-01", "09:30", "11:00", audience: ["north"]),
        };

        var order = Detector.FindConflicts(events).Select(c => c.First.Id + c.Second.Id).ToArray();

        Assert.Equal(["zm", "ab"], order);
        Assert.Equal(order, CalendarConflicts.BruteForce(events).Select(c => c.First.Id + c.Second.Id));
    }

    [Fact]
    public void Seed003_an_event_of_no_length_at_the_moment_another_starts_still_competes_for_that_days_press()
    {
        // Not overlapping on the clock (the empty event ends as the other starts), but both pitch the
        // same outlets on the same day: one news cycle (seed 003). Both input orders, as the sweep sorts.
        var conference = Event("conference", "2026-05-02", "09:00", "10:00", EventKind.PressConference, press: ["daily"]);
        var empty = Event("empty", "2026-05-02", "09:00", "09:00", press: ["daily"]);

        foreach (var events in new[] { new[] { conference, empty }, [empty, conference] })
        {
            var conflict = Assert.Single(Detector.FindConflicts(events));
            Assert.Equal(("conference", "empty"), (conflict.First.Id, conflict.Second.Id));
            Assert.Empty(conflict.SharedAudience);
            Assert.Equal(["daily"], conflict.SharedPress);
            Assert.Equal(conflict, Assert.Single(CalendarConflicts.BruteForce(events)));
        }
    }

    [Fact]
    public void Seed003_events_that_touch_are_pitched_the_same_day_and_do_not_overlap()
    {
        var canvass = Event("canvass", "2026-05-02", "08:00", "10:00", EventKind.Canvass, press: ["daily"]);
        var conference = Event("conference", "2026-05-02", "10:00", "11:00", EventKind.PressConference, press: ["daily"]);

        var conflict = Assert.Single(Detector.FindConflicts([conference, canvass]));

        Assert.Equal(
            "'Event canvass' (chapter) and 'Event conference' (chapter) are pitched to the same press (daily) on the same day, 2026-05-02, and compete for one news cycle; a canvass and a press conference do not combine well: move 'Event conference', the one that starts later.",
            conflict.Reason);
    }

    [Fact]
    public void The_reason_lists_several_shared_audiences_with_commas_and_says_nothing_of_press_when_none_is_shared()
    {
        var a = Event("a", "2026-05-01", "09:00", "11:00", EventKind.TownHall, audience: ["south", "north"], press: ["tv"]);
        var b = Event("b", "2026-05-01", "10:00", "12:00", EventKind.TownHall, audience: ["north", "south"], press: ["paper"]);

        var conflict = Assert.Single(Detector.FindConflicts([a, b]));

        Assert.Empty(conflict.SharedPress);
        Assert.Equal(
            "'Event a' (chapter) and 'Event b' (chapter) overlap on 2026-05-01 from 10:00 and compete for the same audience (north, south); both are town halls: combine them into one joint action.",
            conflict.Reason);
        Assert.Equal(conflict, Assert.Single(CalendarConflicts.BruteForce([a, b])));
    }

    [Fact]
    public void The_reason_lists_several_shared_outlets_of_the_same_day_with_commas()
    {
        var a = Event("a", "2026-05-01", "09:00", "10:00", EventKind.TownHall, press: ["tv", "daily", "radio"]);
        var b = Event("b", "2026-05-01", "13:00", "14:00", EventKind.TownHall, press: ["radio", "tv"]);

        var conflict = Assert.Single(Detector.FindConflicts([b, a]));

        Assert.Equal(["radio", "tv"], conflict.SharedPress);
        Assert.Equal(
            "'Event a' (chapter) and 'Event b' (chapter) are pitched to the same press (radio, tv) on the same day, 2026-05-01, and compete for one news cycle; both are town halls: combine them into one joint action.",
            conflict.Reason);
    }

    [Fact]
    public void A_conflict_built_by_hand_of_two_events_apart_names_every_shared_term_joined_by_and()
    {
        // The detector only files press for events apart; a conflict is a public record, so its reason
        // must still read well when a caller builds one with an audience too.
        var a = Event("a", "2026-05-01", "09:00", "10:00", EventKind.Canvass);
        var b = Event("b", "2026-05-01", "13:00", "14:00", EventKind.Canvass);
        var conflict = new CalendarConflict { First = a, Second = b, SharedAudience = ["north"], SharedPress = ["tv"], Suggestion = ConflictSuggestion.CombineIntoOneAction };

        Assert.StartsWith(
            "'Event a' (chapter) and 'Event b' (chapter) are pitched to the same audience (north) and the same press (tv) on the same day",
            conflict.Reason,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_conflict_in_one_line_names_both_events_the_suggestion_and_the_reason()
    {
        var a = Event("a", "2026-05-01", "09:00", "11:00", audience: ["north"]);
        var b = Event("b", "2026-05-01", "10:00", "12:00", audience: ["north"]);

        var conflict = Assert.Single(Detector.FindConflicts([a, b]));

        Assert.Equal($"a x b: CombineIntoOneAction ({conflict.Reason})", conflict.ToString());
    }
}
