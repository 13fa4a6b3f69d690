using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnering.Core.Collaboration;
using static Partnering.Core.Tests.Collaboration.CollaborationFixtures;
using Partnering.Core.Documents;

namespace Partnering.Core.Tests.Collaboration;

/// <summary>Seed 004's inclusive meeting checklist, every item, and seed 001's guest speaker.</summary>
public class InclusiveMeetingCheckTests
{
    private static readonly PlannedAttendee Dana = new() { Name = "Dana", Party = Us, LivesNearby = true, ToolComfort = true };
    private static readonly PlannedAttendee Lee = new() { Name = "Lee", Party = ClimateGroup, Newcomer = true, LivesNearby = true, JoinsOnline = true, ToolComfort = true };

    private static readonly PlannedMeeting Ready = new()
    {
        Id = "m1",
        Title = "Coalition kickoff",
        Date = new DateOnly(2026, 3, 20),
        Start = new TimeOnly(18, 30),
        End = new TimeOnly(20, 0),
        Format = MeetingFormat.Hybrid,
        Tool = "Zoom",
        Location = new MeetingLocation { Name = "Main Library, room B", NearTransit = true, StepFree = true },
        Attendees = [Dana, Lee],
        RequiredParties = [Us, ClimateGroup],
        AgendaSentOn = new DateOnly(2026, 3, 13),
        Agenda =
        [
            new PlannedAgendaItem { Title = "Welcome", Speaker = "Dana", Minutes = 5 },
            new PlannedAgendaItem { Title = "Their campaign", Speaker = "Lee", SpeakerParty = ClimateGroup, Guest = true, Minutes = 20 },
            new PlannedAgendaItem { Title = "Next steps", Speaker = "Dana", Minutes = 20 },
        ],
        NewcomerGreeter = "Dana",
        LandAcknowledgment = LandAcknowledgment.Included,
        GroundRules = true,
        FacilitatorWatchesWhoTalks = true,
        FollowUpPlanned = true,
        FeedbackPlanned = true,
    };

    private static readonly InclusiveMeetingCheck Check = new();
    private static readonly DateOnly AsOf = new(2026, 3, 14);

    private static ReadinessItem Item(PlannedMeeting meeting, string item, IReadOnlyList<CoalitionTable>? tables = null)
        => Check.Check(meeting, AsOf, tables ?? []).Items.Single(i => i.Item == item);

    // seed 004's checklist asks for a place accessible to those coming: someone who needs a step-free
    // way in is kept out by stairs, and a note in the invitation does not let them in.
    [Fact]
    public void Seed004_an_attendee_who_needs_a_step_free_way_in_fails_a_place_with_stairs_even_when_the_invitation_says_so()
    {
        var meeting = Ready with
        {
            Attendees = [Dana with { NeedsStepFree = true }, Lee],
            Location = Ready.Location! with { StepFree = false, BarriersInInvitation = true },
        };

        var item = Item(meeting, "meeting.location");

        Assert.False(item.Met);
        Assert.Contains("Dana need(s) a step-free way in", item.Reason, StringComparison.Ordinal);
        Assert.True(Item(Ready with { Location = meeting.Location }, "meeting.location").Met);
    }

    [Fact]
    public void Seed004_a_step_free_need_is_asked_of_an_unchecked_place_and_met_by_a_step_free_one()
    {
        var needs = Ready with { Attendees = [Dana with { NeedsStepFree = true }, Lee] };

        var unchecked_ = Item(needs with { Location = Ready.Location! with { StepFree = null } }, "meeting.location");

        Assert.False(unchecked_.Met);
        Assert.StartsWith("Not checked at Main Library, room B: stairs; Dana", unchecked_.Reason, StringComparison.Ordinal);
        Assert.True(Item(needs, "meeting.location").Met);
    }

    [Fact]
    public void Seed004_someone_joining_online_is_not_held_back_by_the_rooms_stairs()
    {
        var meeting = Ready with
        {
            Attendees = [Dana, Lee with { NeedsStepFree = true }],
            Location = Ready.Location! with { StepFree = false, BarriersInInvitation = true },
        };

        Assert.True(Item(meeting, "meeting.location").Met);
    }

    [Fact]
    public void Every_item_of_the_check_names_the_seed_it_follows()
    {
        var readiness = Check.Check(Ready with { Agenda = [], Location = Ready.Location! with { StepFree = null } }, AsOf);

        Assert.All(readiness.Items, i => Assert.StartsWith("seed", i.Guidance, StringComparison.Ordinal));
        Assert.StartsWith("seed 004, inclusive meeting checklist", readiness["meeting.format"]!.Guidance, StringComparison.Ordinal);
        Assert.StartsWith("seed 001", Check.Check(Ready, AsOf)["meeting.guest-speaks-early"]!.Guidance, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed004_a_well_planned_meeting_is_ready_and_every_item_says_why()
    {
        var readiness = Check.Check(Ready, AsOf);

        Assert.True(readiness.Ready, string.Join("\n", readiness.Unmet));
        Assert.Equal(
            ["meeting.attendees", "meeting.location", "meeting.near-attendees", "meeting.format", "meeting.time", "meeting.length", "meeting.agenda-ahead", "meeting.agenda-kept",
             "meeting.guest-speaks-early", "meeting.newcomers-greeted", "meeting.land-acknowledgment", "meeting.ground-rules", "meeting.who-talks", "meeting.follow-up", "meeting.feedback"],
            readiness.Items.Select(i => i.Item));
        Assert.All(readiness.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Reason)));
    }

    [Fact]
    public void Seed004_attendees_is_who_needs_to_be_there_not_a_head_count()
    {
        // (Without the guest's organization on the agenda: a speaking party is invited.)
        var unspoken = Ready with { Agenda = [.. Ready.Agenda.Select(i => i with { SpeakerParty = null })] };
        var missing = Item(unspoken with { Attendees = [Dana] }, "meeting.attendees");
        Assert.False(missing.Met);
        Assert.Contains("org-climate (named as needed)", missing.Reason, StringComparison.Ordinal);

        // A crowd that leaves out the one needed party still fails; two people who are the ones needed pass.
        var crowd = unspoken with { Attendees = [.. Enumerable.Range(0, 30).Select(i => new PlannedAttendee { Name = $"Member {i}", Party = Us })] };
        Assert.False(Item(crowd, "meeting.attendees").Met);
        Assert.False(Item(Ready with { RequiredParties = [] }, "meeting.attendees").Met);
    }

    [Fact]
    public void Seed004_every_seat_of_the_table_and_the_partner_whose_community_is_discussed_are_needed()
    {
        var table = new CoalitionTable
        {
            Id = "housing",
            Name = "Housing table",
            Issue = new IssueArea("housing"),
            Cadence = new MeetingCadence { Start = new DateOnly(2026, 1, 6), Frequency = CadenceFrequency.Monthly },
            Seats = [new TableSeat { Organization = Us }, new TableSeat { Organization = Union }, new TableSeat { Organization = ClimateGroup }],
        };
        var meeting = Ready with { RequiredParties = [], Table = "housing", CommunitiesDiscussed = [HousingGroup] };

        var item = Item(meeting, "meeting.attendees", [table]);
        Assert.False(item.Met);
        Assert.Contains("org-union (a seat at 'Housing table')", item.Reason, StringComparison.Ordinal);
        Assert.Contains("org-housing (their community is discussed)", item.Reason, StringComparison.Ordinal);

        var everyone = meeting with { Attendees = [Dana, Lee, new PlannedAttendee { Name = "Sam", Party = Union }, new PlannedAttendee { Name = "Ria", Party = HousingGroup }] };
        Assert.True(Item(everyone, "meeting.attendees", [table]).Met);
        Assert.False(Item(everyone, "meeting.attendees").Met); // the table's seats cannot be counted without the tables

        // seed 001: a partner's leader invited to speak is invited, though not listed among the attendees.
        var speaking = everyone with
        {
            Attendees = [.. everyone.Attendees.Where(a => a.Party != HousingGroup)],
            Agenda = [.. everyone.Agenda, new PlannedAgendaItem { Title = "What the tenants need", Speaker = "Ria", SpeakerParty = HousingGroup, Guest = true, Minutes = 10 }],
        };
        Assert.False(Item(speaking with { Agenda = everyone.Agenda }, "meeting.attendees", [table]).Met);
        Assert.True(Item(speaking, "meeting.attendees", [table]).Met);
    }

    [Fact]
    public void Seed004_online_asks_whether_everyone_is_comfortable_with_the_tool()
    {
        var online = Ready with { Format = MeetingFormat.Online, Location = null };
        Assert.True(Item(online, "meeting.format").Met);

        var uneasy = Item(online with { Attendees = [Dana, Lee with { ToolComfort = false }] }, "meeting.format");
        Assert.False(uneasy.Met);
        Assert.Contains("Lee not comfortable with Zoom", uneasy.Reason, StringComparison.Ordinal);
        Assert.Contains("Nobody asked Dana", Item(online with { Attendees = [Dana with { ToolComfort = null }, Lee] }, "meeting.format").Reason, StringComparison.Ordinal);

        // Hybrid: only those joining online are asked.
        Assert.True(Item(Ready with { Attendees = [Dana with { ToolComfort = null }, Lee] }, "meeting.format").Met);
    }

    [Fact]
    public void Seed004_stairs_noted_in_the_invitation_do_not_fail_the_location()
    {
        var stairs = Ready with { Location = Ready.Location! with { StepFree = false, NearTransit = false, Barriers = ["no accessible restroom"] } };
        var item = Item(stairs, "meeting.location");
        Assert.False(item.Met);
        Assert.Contains("say so in the invitation", item.Reason, StringComparison.Ordinal);

        var disclosed = Item(stairs with { Location = stairs.Location! with { BarriersInInvitation = true } }, "meeting.location");
        Assert.True(disclosed.Met);
        Assert.Contains("stairs", disclosed.Reason, StringComparison.Ordinal);
        Assert.False(Item(Ready with { Location = Ready.Location! with { StepFree = null } }, "meeting.location").Met);
    }

    [Fact]
    public void Seed004_the_place_should_be_near_where_attendees_live()
    {
        var far = Item(Ready with { Attendees = [Dana with { LivesNearby = false }, Lee] }, "meeting.near-attendees");
        Assert.False(far.Met);
        Assert.Contains("far from where Dana", far.Reason, StringComparison.Ordinal);

        // Lee joins online: where Lee lives does not matter for the room.
        Assert.True(Item(Ready with { Attendees = [Dana, Lee with { LivesNearby = false }] }, "meeting.near-attendees").Met);
    }

    [Fact]
    public void Seed004_the_time_suits_each_attendees_schedule_not_a_fixed_window()
    {
        var nightShift = new AvailabilityWindow { From = new TimeOnly(7, 0), To = new TimeOnly(15, 0) };
        var item = Item(Ready with { Attendees = [Dana, Lee with { Available = [nightShift] }] }, "meeting.time");
        Assert.False(item.Met);
        Assert.Contains("does not suit Lee", item.Reason, StringComparison.Ordinal);

        // An early meeting outside the default window suits attendees who said they can come then.
        var early = Ready with { Start = new TimeOnly(7, 30), End = new TimeOnly(8, 30), Agenda = [Ready.Agenda[1] with { Minutes = 30 }] };
        Assert.False(Item(early, "meeting.time").Met);
        var available = early with { Attendees = [Dana with { Available = [new AvailabilityWindow { Day = DayOfWeek.Friday, From = new TimeOnly(7, 0), To = new TimeOnly(9, 0) }] }, Lee with { Available = [nightShift] }] };
        Assert.True(Item(available, "meeting.time").Met);
    }

    [Fact]
    public void Seed004_keep_to_the_agenda_the_items_are_timed_and_fit()
    {
        Assert.False(Item(Ready with { Agenda = [] }, "meeting.agenda-kept").Met);
        Assert.False(Item(Ready with { Agenda = [Ready.Agenda[0] with { Minutes = null }] }, "meeting.agenda-kept").Met);
        var over = Item(Ready with { Agenda = [.. Ready.Agenda, new PlannedAgendaItem { Title = "Open floor", Minutes = 60 }] }, "meeting.agenda-kept");
        Assert.False(over.Met);
        Assert.Contains("105 minutes, more than the meeting's 90", over.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed001_a_partners_leader_invited_to_speak_speaks_near_the_beginning()
    {
        var late = Ready with { Agenda = [Ready.Agenda[0], Ready.Agenda[2], Ready.Agenda[1]] };
        var item = Item(late, "meeting.guest-speaks-early");
        Assert.False(item.Met);
        Assert.Contains("Lee ('Their campaign', item 3)", item.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(Check.Check(Ready with { Agenda = [Ready.Agenda[0]] }, AsOf).Items, i => i.Item == "meeting.guest-speaks-early");
    }

    [Fact]
    public void Seed004_the_opening_greets_newcomers_and_considers_a_land_acknowledgment()
    {
        Assert.False(Item(Ready with { LandAcknowledgment = LandAcknowledgment.NotConsidered }, "meeting.land-acknowledgment").Met);
        Assert.True(Item(Ready with { LandAcknowledgment = LandAcknowledgment.ConsideredNotIncluded }, "meeting.land-acknowledgment").Met);
        Assert.False(Item(Ready with { NewcomerGreeter = null }, "meeting.newcomers-greeted").Met);
    }

    [Fact]
    public void Seed004_conduct_and_follow_up_ground_rules_who_talks_thanks_and_feedback()
    {
        var careless = Ready with { GroundRules = false, FacilitatorWatchesWhoTalks = false, FollowUpPlanned = false, FeedbackPlanned = false };

        Assert.Equal(["meeting.ground-rules", "meeting.who-talks", "meeting.follow-up", "meeting.feedback"], Check.Check(careless, AsOf).Unmet.Select(i => i.Item));
    }

    [Fact]
    public void Seed004_the_agenda_is_sent_ahead_of_time()
    {
        Assert.Contains("send it by 2026-03-17", Item(Ready with { AgendaSentOn = null }, "meeting.agenda-ahead").Reason, StringComparison.Ordinal);
        Assert.Contains("has passed", Check.Check(Ready with { AgendaSentOn = null }, new DateOnly(2026, 3, 18)).Unmet.Single().Reason, StringComparison.Ordinal);
        Assert.Contains("later than", Item(Ready with { AgendaSentOn = new DateOnly(2026, 3, 19) }, "meeting.agenda-ahead").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_library_chosen_thresholds_are_options()
    {
        var lenient = new InclusiveMeetingCheck(new InclusiveMeetingProfile { AgendaDaysAhead = 0, MaxMinutes = 180, RequireFeedback = false, GuestSpeakerWithinMinutes = 60 });
        var long_ = Ready with
        {
            End = new TimeOnly(21, 0), FeedbackPlanned = false, AgendaSentOn = Ready.Date,
            Agenda = [new PlannedAgendaItem { Title = "Updates", Minutes = 40 }, Ready.Agenda[1]],
        };

        Assert.True(lenient.Check(long_, AsOf).Ready, string.Join("\n", lenient.Check(long_, AsOf).Unmet));
        Assert.False(Check.Check(long_, AsOf).Ready);
    }

    [Fact]
    public void An_invalid_profile_reports_every_problem_with_its_path()
    {
        var bad = new InclusiveMeetingProfile { AgendaDaysAhead = -1, LatestEnd = new TimeOnly(8, 0), MaxMinutes = 5, GuestSpeakerWithinMinutes = -1 };

        Assert.Equal(["$.agendaDaysAhead", "$.latestEnd", "$.maxMinutes", "$.guestSpeakerWithinMinutes"], bad.Validate().Select(p => p.Path));
        Assert.Throws<ArgumentException>(() => new InclusiveMeetingCheck(bad));
    }

    [Fact]
    public void An_in_person_meeting_needs_a_location()
        => Assert.Equal("meeting.format", Check.Check(Ready with { Location = null }, AsOf).Unmet.Single().Item);

    /// <summary>Generators for the meeting properties.</summary>
    public static class Generators
    {
        private static readonly PartyId[] Parties = [Us, FaithCoalition, ClimateGroup, Union, HousingGroup, new("m-ana"), new("m-ben")];

        public static Arbitrary<MeetingLocation> Locations() => Arb.From(
            from transit in Gen.Elements<bool?>(true, false)
            from stepFree in Gen.Elements<bool?>(true, false)
            from barriers in Gen.Elements("no elevator", "dim lighting", "no accessible restroom", "gravel path").ListOf().Select(b => b.Distinct().ToArray())
            select new MeetingLocation { Name = "Hall", NearTransit = transit, StepFree = stepFree, Barriers = barriers, BarriersInInvitation = true });

        public static Arbitrary<(PartyId[] Required, int Extra)> RequiredSets() => Arb.From(
            from required in Gen.SubListOf(Parties).Where(l => l.Count > 0)
            from extra in Gen.Choose(0, 5)
            select (required.ToArray(), extra));
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public bool Seed004_a_barrier_disclosed_in_the_invitation_never_fails_the_location_item(MeetingLocation location)
        => Item(Ready with { Format = MeetingFormat.InPerson, Location = location }, "meeting.location").Met;

    [Property(Arbitrary = [typeof(Generators)])]
    public bool Seed004_inviting_every_required_party_passes_the_attendees_item_and_leaving_one_out_fails_it((PartyId[] Required, int Extra) x)
    {
        var invited = x.Required.Select(p => new PlannedAttendee { Name = p.Value, Party = p })
            .Concat(Enumerable.Range(0, x.Extra).Select(i => new PlannedAttendee { Name = $"guest {i}" })).ToArray();
        var meeting = Ready with { RequiredParties = x.Required, Attendees = invited, Agenda = [.. Ready.Agenda.Select(i => i with { SpeakerParty = null })] };
        var everyone = Item(meeting, "meeting.attendees").Met;
        var eachMissing = x.Required.All(left => !Item(meeting with { Attendees = [.. invited.Where(a => a.Party != left)] }, "meeting.attendees").Met);
        return everyone && eachMissing;
    }
}

/// <summary>The planned meeting's new fields survive a save and a load.</summary>
public class PlannedMeetingDocumentTests
{
    [Fact]
    public void A_planned_meeting_with_agenda_needs_and_availability_round_trips()
    {
        var meeting = new PlannedMeeting
        {
            Id = "m1", Title = "Kickoff", Date = new DateOnly(2026, 3, 20), Start = new TimeOnly(18, 0), End = new TimeOnly(19, 0), Format = MeetingFormat.Hybrid, Tool = "Zoom",
            Location = new MeetingLocation { Name = "Hall", StepFree = false, BarriersInInvitation = true },
            Attendees = [new PlannedAttendee { Name = "Lee", Party = ClimateGroup, JoinsOnline = true, ToolComfort = false, LivesNearby = true, Available = [new AvailabilityWindow { Day = DayOfWeek.Friday, From = new TimeOnly(17, 0), To = new TimeOnly(20, 0) }] }],
            Agenda = [new PlannedAgendaItem { Title = "Their work", Speaker = "Lee", SpeakerParty = ClimateGroup, Guest = true, Minutes = 15 }],
            RequiredParties = [Us], Table = "housing", CommunitiesDiscussed = [HousingGroup], LandAcknowledgment = LandAcknowledgment.ConsideredNotIncluded,
        };
        var data = new CollaborationData { PlannedMeetings = [meeting], MeetingProfile = new InclusiveMeetingProfile { GuestSpeakerWithinMinutes = 10, RequireLandAcknowledgmentConsidered = false } };

        var reloaded = CollaborationDocument.Load(CollaborationDocument.Save(data)).GetValueOrThrow();

        Assert.Equal(data.PlannedMeetings[0], reloaded.PlannedMeetings[0]);
        Assert.Equal(data.MeetingProfile, reloaded.MeetingProfile);
    }
}
