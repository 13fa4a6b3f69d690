using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Collaboration;
using static Partnering.Core.Tests.Collaboration.CollaborationFixtures;

namespace Partnering.Core.Tests.Collaboration;

public class CoalitionTableTests
{
    private static readonly DateOnly Base = new(2026, 1, 1);

    private static CoalitionTable Table { get; } = new()
    {
        Id = "health-table",
        Name = "Health Care Coalition Table",
        Issue = IssueArea.HealthCare,
        Cadence = new MeetingCadence { Start = new DateOnly(2026, 1, 13), Frequency = CadenceFrequency.Monthly },
        Seats =
        [
            new TableSeat { Organization = Us, Representatives = ["Dana"], Since = new DateOnly(2026, 2, 1) },
            new TableSeat { Organization = Union, Representatives = ["Lee", "Sam"] },
            new TableSeat { Organization = ClimateGroup, Representatives = ["Ari"] },
        ],
        Meetings =
        [
            new TableMeeting { Date = new DateOnly(2026, 1, 13), Attendance = [Union, ClimateGroup] },
            new TableMeeting { Date = new DateOnly(2026, 2, 10), Attendance = [Us, Union] },
            new TableMeeting { Date = new DateOnly(2026, 3, 10), Attendance = [Union, ClimateGroup] },
            new TableMeeting { Date = new DateOnly(2026, 4, 14), Attendance = [Union, ClimateGroup] },
            new TableMeeting { Date = new DateOnly(2026, 5, 12), Attendance = [Us, Union, ClimateGroup] },
        ],
        Actions =
        [
            Action("a1", Union, "2026-01-13", "2026-02-01", ActionStatus.Delivered, "2026-01-25"),
            Action("a2", Union, "2026-02-10", "2026-03-01", ActionStatus.Delivered, "2026-03-01"),
            Action("a3", Union, "2026-03-10", "2026-04-01", ActionStatus.Delivered, "2026-04-09"),
            Action("a4", ClimateGroup, "2026-03-10", "2026-04-01", ActionStatus.Dropped),
            Action("a5", ClimateGroup, "2026-04-14", "2026-05-01"),
            Action("a6", Us, "2026-02-10", "2026-02-20", ActionStatus.Delivered, "2026-02-18"),
            Action("a7", Us, "2026-05-12", "2026-06-01"),
            Action("a8", Union, "2026-05-12", "2026-06-20"),
        ],
    };

    [Theory]
    [InlineData("2026-01-01", "2026-01-13")] // before the start: the start
    [InlineData("2026-01-13", "2026-01-13")] // on a meeting day: that day
    [InlineData("2026-01-14", "2026-02-10")] // second Tuesday of February
    [InlineData("2026-06-09", "2026-06-09")]
    [InlineData("2026-06-10", "2026-07-14")]
    [InlineData("2026-12-09", "2027-01-12")] // across the year
    public void A_monthly_cadence_repeats_the_numbered_weekday_of_its_start(string from, string expected)
        => Assert.Equal(DateOnly.Parse(expected), Table.Cadence.NextMeeting(DateOnly.Parse(from)));

    [Theory]
    [InlineData("2026-03-05", "2026-03-05")]
    [InlineData("2026-03-06", "2026-03-19")]
    [InlineData("2026-03-19", "2026-03-19")]
    [InlineData("2026-03-20", "2026-04-02")]
    public void A_fortnightly_cadence_counts_whole_fortnights_from_its_start(string from, string expected)
    {
        var cadence = new MeetingCadence { Start = new DateOnly(2026, 3, 5), Frequency = CadenceFrequency.Weekly, Interval = 2 };
        Assert.Equal(DateOnly.Parse(expected), cadence.NextMeeting(DateOnly.Parse(from)));
    }

    [Fact]
    public void A_cadence_that_has_ended_has_no_next_meeting_and_a_bad_one_says_why()
    {
        var ended = new MeetingCadence { Start = new DateOnly(2026, 1, 6), Frequency = CadenceFrequency.Weekly, Until = new DateOnly(2026, 2, 28) };
        Assert.Null(ended.NextMeeting(new DateOnly(2026, 3, 1)));
        Assert.Equal(8, ended.MeetingsBetween(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)).Count);

        var fifth = new MeetingCadence { Start = new DateOnly(2026, 1, 29), Frequency = CadenceFrequency.Monthly };
        Assert.Contains("day 1 to 28", fifth.Explain());
        Assert.Throws<InvalidOperationException>(() => fifth.NextMeeting(new DateOnly(2026, 2, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeetingCadence { Start = Base, Frequency = CadenceFrequency.Weekly, Interval = 0 });
    }

    [Property(Runs = 60)]
    public Property Every_next_meeting_is_a_scheduled_day_on_or_after_the_question_and_none_is_skipped()
    {
        var gen = from startOffset in Gen.Choose(0, 400)
                  from monthly in Gen.Elements(true, false)
                  from interval in Gen.Choose(1, 4)
                  from fromOffset in Gen.Choose(0, 800)
                  select (Cadence: new MeetingCadence
                  {
                      Start = Base.AddDays(startOffset) is var s && monthly && s.Day > 28 ? s.AddDays(-4) : Base.AddDays(startOffset),
                      Frequency = monthly ? CadenceFrequency.Monthly : CadenceFrequency.Weekly,
                      Interval = interval,
                  }, From: Base.AddDays(fromOffset));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var next = t.Cadence.NextMeeting(t.From)!.Value;
            Assert.True(next >= t.From && next >= t.Cadence.Start);
            Assert.Equal(t.Cadence.Start.DayOfWeek, next.DayOfWeek);
            // No scheduled day between the question and the answer: walking every day finds the same one.
            for (var d = t.From; d < next; d = d.AddDays(1))
            {
                Assert.Equal(next, t.Cadence.NextMeeting(d));
            }
        });
    }

    [Fact]
    public void Follow_through_counts_early_on_time_late_dropped_and_overdue()
    {
        var asOf = new DateOnly(2026, 5, 20);
        var byOwner = CoalitionTables.FollowThroughByOwner(Table, asOf).ToDictionary(f => f.Owner);

        var union = byOwner[Union];
        Assert.Equal((3, 1, 1, 1, 0, 0, 1), (union.Promised, union.DeliveredEarly, union.DeliveredOnTime, union.DeliveredLate, union.Dropped, union.Overdue, union.NotYetDue));
        Assert.Equal(2.0 / 3, union.UnderPromiseOverDeliver, 9);
        Assert.Equal(1.0, union.KeptRatio);

        var climate = byOwner[ClimateGroup];
        Assert.Equal((2, 1, 1), (climate.Promised, climate.Dropped, climate.Overdue));
        Assert.Equal(0.0, climate.UnderPromiseOverDeliver);
        Assert.Contains(climate.Reasons, r => r.Contains("2 promise(s) not kept"));
    }

    [Fact]
    public void A_delivery_after_the_day_of_the_question_is_not_known_yet()
    {
        // a3 was due 04-01 and delivered 04-09: on 04-05 it is overdue; a8 is not agreed yet.
        var f = FollowThrough.Of(Union, Table.Actions, new DateOnly(2026, 4, 5));
        Assert.Equal((3, 1, 1, 0, 1, 0), (f.Promised, f.DeliveredEarly, f.DeliveredOnTime, f.DeliveredLate, f.Overdue, f.NotYetDue));
    }

    [Fact]
    public void Our_standing_counts_meetings_since_we_took_our_seat()
    {
        var standing = CoalitionTables.StandingOf(Table, Us, new DateOnly(2026, 5, 20));

        Assert.Equal((4, 2, 2), (standing.MeetingsHeld, standing.MeetingsAttended, standing.LongestAbsence));
        Assert.Equal(0.5, standing.AttendanceRegularity);
        Assert.Equal(1, standing.FollowThrough.DeliveredEarly);
        Assert.Contains(standing.Reasons, r => r.Contains("Missed 2 meetings in a row"));
    }

    [Fact]
    public void The_next_meeting_brief_lists_open_actions_by_owner_with_what_is_overdue()
    {
        var brief = CoalitionTables.NextMeeting(Table, new DateOnly(2026, 5, 20));

        Assert.Equal(new DateOnly(2026, 6, 9), brief.Date);
        Assert.Equal([Us, ClimateGroup, Union], brief.OpenByOwner.Select(o => o.Owner)); // by id
        Assert.Equal(["a5"], brief.OpenByOwner[1].Open.Select(a => a.Id));
        Assert.Equal(1, brief.OpenByOwner[0].OverdueAtMeeting); // a7 due 06-01, before the 06-09 meeting
        Assert.Equal(1, brief.OpenByOwner[1].OverdueAtMeeting);
        Assert.Equal(0, brief.OpenByOwner[2].OverdueAtMeeting);
    }

    [Fact]
    public void Partners_actions_and_shared_meetings_become_tier_evidence_as_interactions()
    {
        var interactions = CoalitionTables.ToInteractions(Table, Us, new DateOnly(2026, 5, 20));

        var meetings = interactions.Where(i => i.Kind == InteractionKind.Meeting).ToArray();
        Assert.Equal(3, meetings.Length); // 02-10 with the union; 05-12 with the union and the climate group
        var commitments = interactions.Where(i => i.Kind == InteractionKind.Commitment).ToArray();
        Assert.Equal(6, commitments.Length); // a1-a5, a8; our own a6 and a7 are not commitments to a partner
        var a3 = commitments.Single(i => i.Summary!.Contains("a3"));
        Assert.Equal((CommitmentParty.Partner, new DateOnly(2026, 4, 9), false), (a3.Commitment!.MadeBy, a3.Commitment.KeptOn!.Value, a3.Commitment.IsKeptOnTime(new DateOnly(2026, 5, 20))));
        Assert.True(commitments.Single(i => i.Summary!.Contains("a4")).Commitment!.Dropped);
    }

    internal static Gen<AgreedAction> Actions(PartyId owner) =>
        from agreed in Gen.Choose(0, 60)
        from dueAfter in Gen.Choose(0, 30)
        from status in Gen.Elements(ActionStatus.Open, ActionStatus.Delivered, ActionStatus.Dropped)
        from deliveredAfterAgreed in Gen.Choose(0, 50)
        from id in Gen.Choose(0, 1_000_000)
        select new AgreedAction
        {
            Id = $"a{id}",
            Description = "something",
            Owner = owner,
            AgreedOn = Base.AddDays(agreed),
            Due = Base.AddDays(agreed + dueAfter),
            Status = status,
            DeliveredOn = status == ActionStatus.Delivered ? Base.AddDays(agreed + deliveredAfterAgreed) : null,
        };

    private static Gen<(AgreedAction[] Actions, DateOnly AsOf, int Pick)> Records { get; } =
        from actions in Actions(Union).ArrayOf()
        from asOf in Gen.Choose(0, 120)
        from pick in Gen.Choose(0, 1000)
        select (actions, Base.AddDays(asOf), pick);

    [Property]
    public Property Follow_through_ratios_are_between_zero_and_one()
        => Prop.ForAll(Records.ToArbitrary(), r =>
        {
            var f = FollowThrough.Of(Union, r.Actions, r.AsOf);
            Assert.InRange(f.UnderPromiseOverDeliver, 0.0, 1.0);
            Assert.InRange(f.KeptRatio, 0.0, 1.0);
            Assert.True(f.UnderPromiseOverDeliver <= f.KeptRatio);
            Assert.Equal(r.Actions.Count(a => a.AgreedOn <= r.AsOf), f.Promised + f.NotYetDue);
        });

    [Property]
    public Property Delivering_an_action_on_time_never_lowers_either_ratio()
        => Prop.ForAll(Records.ToArbitrary(), r =>
        {
            if (r.Actions.Length == 0)
            {
                return;
            }

            var before = FollowThrough.Of(Union, r.Actions, r.AsOf);
            var i = r.Pick % r.Actions.Length;
            var action = r.Actions[i];
            var day = action.Due <= r.AsOf ? action.Due : r.AsOf; // on time, or early when not yet due
            if (day < action.AgreedOn)
            {
                return; // agreed after the day of the question: cannot have been delivered yet
            }

            var after = FollowThrough.Of(Union, r.Actions.Select((a, j) => j == i ? a with { Status = ActionStatus.Delivered, DeliveredOn = day } : a), r.AsOf);
            Assert.True(after.UnderPromiseOverDeliver >= before.UnderPromiseOverDeliver, $"{before.UnderPromiseOverDeliver} -> {after.UnderPromiseOverDeliver}");
            Assert.True(after.KeptRatio >= before.KeptRatio, $"{before.KeptRatio} -> {after.KeptRatio}");
        });

    [Property]
    public Property One_more_delivered_action_never_lowers_the_kept_ratio_and_an_on_time_one_never_lowers_either()
        => Prop.ForAll(Records.ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (r, late) =>
        {
            var before = FollowThrough.Of(Union, r.Actions, r.AsOf);
            var due = r.AsOf.AddDays(-late);
            var delivered = new AgreedAction { Id = "extra", Description = "extra", Owner = Union, AgreedOn = due.AddDays(-10), Due = due, Status = ActionStatus.Delivered, DeliveredOn = r.AsOf };
            var after = FollowThrough.Of(Union, [.. r.Actions, delivered], r.AsOf);
            Assert.True(after.KeptRatio >= before.KeptRatio);
            if (late == 0)
            {
                Assert.True(after.UnderPromiseOverDeliver >= before.UnderPromiseOverDeliver);
            }
        });

    [Property]
    public Property The_tier_evidence_agrees_with_follow_through_for_every_partner()
    {
        var gen = from union in Actions(Union).ArrayOf()
                  from climate in Actions(ClimateGroup).ArrayOf()
                  from ours in Actions(Us).ArrayOf()
                  from asOf in Gen.Choose(0, 120)
                  select (Actions: union.Concat(climate).Concat(ours).ToArray(), AsOf: Base.AddDays(asOf));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var table = Table with { Meetings = [], Actions = t.Actions };
            var evidence = CoalitionTables.ToInteractions(table, Us, t.AsOf);
            Assert.DoesNotContain(evidence, i => i.Partner == Us);
            foreach (var partner in new[] { Union, ClimateGroup })
            {
                var f = FollowThrough.Of(partner, t.Actions, t.AsOf);
                var commitments = evidence.Where(i => i.Partner == partner).Select(i => i.Commitment!).ToArray();
                Assert.Equal(f.Promised + f.NotYetDue, commitments.Length);
                Assert.Equal(f.DeliveredEarly + f.DeliveredOnTime, commitments.Count(c => c.IsKeptOnTime(t.AsOf)));
                Assert.Equal(f.DeliveredLate, commitments.Count(c => c.KeptOn is { } kept && kept > c.Due));
                Assert.Equal(f.Dropped, commitments.Count(c => c.Dropped));
            }
        });
    }

    [Fact]
    public void Inconsistent_actions_say_what_is_wrong()
    {
        Assert.Contains("no delivery date", Action("x", Us, "2026-01-01", "2026-01-05", ActionStatus.Delivered).Explain());
        Assert.Contains("before it was agreed", Action("x", Us, "2026-01-10", "2026-01-05").Explain());
        Assert.Contains("status is dropped", Action("x", Us, "2026-01-01", "2026-01-05", ActionStatus.Dropped, "2026-01-03").Explain());
        Assert.Null(Action("x", Us, "2026-01-01", "2026-01-05", ActionStatus.Delivered, "2026-01-03").Explain());
    }
}
