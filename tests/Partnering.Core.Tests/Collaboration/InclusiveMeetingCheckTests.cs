using Partnering.Core.Collaboration;

namespace Partnering.Core.Tests.Collaboration;

public class InclusiveMeetingCheckTests
{
    private static readonly PlannedMeeting Ready = new()
    {
        Id = "m1",
        Title = "Coalition kickoff",
        Date = new DateOnly(2026, 3, 20),
        Start = new TimeOnly(18, 30),
        End = new TimeOnly(20, 0),
        Format = MeetingFormat.Hybrid,
        Location = new MeetingLocation { Name = "Main Library, room B", NearTransit = true, StepFree = true },
        Attendees = [new PlannedAttendee { Name = "Dana" }, new PlannedAttendee { Name = "Lee", Newcomer = true }],
        AgendaSentOn = new DateOnly(2026, 3, 13),
        NewcomerGreeter = "Dana",
        GroundRules = true,
        FacilitatorWatchesWhoTalks = true,
        FollowUpPlanned = true,
        FeedbackPlanned = true,
    };

    private static readonly InclusiveMeetingCheck Check = new();
    private static readonly DateOnly AsOf = new(2026, 3, 14);

    [Fact]
    public void A_well_planned_meeting_is_ready_and_every_item_says_why()
    {
        var readiness = Check.Check(Ready, AsOf);
        Assert.True(readiness.Ready);
        Assert.Empty(readiness.Unmet);
        Assert.Equal(13, readiness.Items.Count);
        Assert.All(readiness.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Reason)));
    }

    [Fact]
    public void A_meeting_upstairs_far_from_transit_late_at_night_without_care_lists_every_unmet_item()
    {
        var poor = Ready with
        {
            Format = MeetingFormat.InPerson,
            Location = new MeetingLocation { Name = "Back room", NearTransit = false, StepFree = false, Barriers = ["no accessible restroom"] },
            Start = new TimeOnly(20, 0),
            End = new TimeOnly(22, 30),
            AgendaSentOn = null,
            NewcomerGreeter = null,
            GroundRules = false,
            FacilitatorWatchesWhoTalks = false,
            FollowUpPlanned = false,
            FeedbackPlanned = false,
        };

        var unmet = Check.Check(poor, AsOf).Unmet;

        Assert.Equal(
            ["meeting.transit", "meeting.step-free", "meeting.barriers", "meeting.time", "meeting.length", "meeting.agenda-ahead", "meeting.newcomers-greeted", "meeting.ground-rules", "meeting.who-talks", "meeting.follow-up", "meeting.feedback"],
            unmet.Select(i => i.Item));
        Assert.Contains("has stairs", unmet[1].Reason);
        Assert.Contains("send it by 2026-03-17", unmet[5].Reason); // three days before the 20th, still ahead on the 14th
    }

    [Fact]
    public void An_agenda_not_sent_yet_says_the_deadline_and_whether_it_has_passed()
    {
        Assert.Contains("send it by 2026-03-17", Check.Check(Ready with { AgendaSentOn = null }, AsOf).Unmet.Single().Reason);
        Assert.Contains("has passed", Check.Check(Ready with { AgendaSentOn = null }, new DateOnly(2026, 3, 18)).Unmet.Single().Reason);
        Assert.Contains("later than", Check.Check(Ready with { AgendaSentOn = new DateOnly(2026, 3, 19) }, AsOf).Unmet.Single().Reason);
    }

    [Fact]
    public void The_thresholds_are_data()
    {
        var lenient = new InclusiveMeetingCheck(new InclusiveMeetingProfile { AgendaDaysAhead = 0, LatestEnd = new TimeOnly(23, 0), MaxMinutes = 180, RequireFeedback = false });
        var late = Ready with { Start = new TimeOnly(20, 0), End = new TimeOnly(22, 30), FeedbackPlanned = false, AgendaSentOn = Ready.Date };

        Assert.True(lenient.Check(late, AsOf).Ready);
        Assert.False(Check.Check(late, AsOf).Ready);
    }

    [Fact]
    public void An_invalid_profile_reports_every_problem_with_its_path()
    {
        var bad = new InclusiveMeetingProfile { MinAttendees = 0, AgendaDaysAhead = -1, LatestEnd = new TimeOnly(8, 0), MaxMinutes = 5 };

        Assert.Equal(["$.minAttendees", "$.agendaDaysAhead", "$.latestEnd", "$.maxMinutes"], bad.Validate().Select(p => p.Path));
        Assert.Throws<ArgumentException>(() => new InclusiveMeetingCheck(bad));
    }

    [Fact]
    public void An_online_meeting_needs_no_location_but_an_in_person_one_does()
    {
        Assert.True(Check.Check(Ready with { Format = MeetingFormat.Online, Location = null }, AsOf).Ready);
        Assert.Equal("meeting.format", Check.Check(Ready with { Location = null }, AsOf).Unmet.Single().Item);
    }
}
