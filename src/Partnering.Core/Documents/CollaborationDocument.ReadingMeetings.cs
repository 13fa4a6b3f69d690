using System;
using Partnering.Core.Collaboration;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

public static partial class CollaborationDocument
{
    // ---------------------------------------------------------------- reading: one-on-ones, the calendar, planned meetings

    private static OneOnOneMeeting? ReadOneOnOne(DtoReader r, OneOnOneDto e, Loc p)
    {
        var before = r.Problems.Count;
        var id = r.String(e.Id, "id", p, required: true);
        var partner = r.Id(e.Partner, "partner", p, required: true);
        var heldBy = r.Id(e.HeldBy, "heldBy", p);
        var date = r.Date(e.Date, "date", p, required: true);
        var purpose = r.String(e.Purpose, "purpose", p);
        var stories = r.String(e.Stories, "stories", p);
        var connection = r.String(e.Connection, "connection", p);
        var strategy = r.String(e.Strategy, "strategy", p);
        var ask = r.String(e.Ask, "ask", p);
        var research = r.Object(e.Research, "research", p, (y, q) => ReadResearch(r, y, q));

        var share = r.Number(e.OurTalkShare, "ourTalkShare", p, 0.0, 1.0);
        var steps = r.Array(e.NextSteps, "nextSteps", p, (y, q) => ReadNextStep(r, y, q));
        var place = r.Enum<MeetingPlace>(e.Place, "place", p);
        var invitation = r.Object(e.InvitedBack, "invitedBack", p, (inv, q) => new InvitationBack { Meeting = r.String(inv.Meeting, "meeting", q), Date = r.Date(inv.Date, "date", q), Time = r.Time(inv.Time, "time", q), Place = r.String(inv.Place, "place", q), UnknownFields = inv.Extra! });

        return r.Build(p, () => new OneOnOneMeeting
        {
            Id = id!,
            Partner = partner!.Value,
            HeldBy = heldBy,
            Date = date!.Value,
            FirstMeeting = e.FirstMeeting ?? false,
            Purpose = purpose,
            Stories = stories,
            Connection = connection,
            Strategy = strategy,
            Ask = ask,
            FormalCommitmentSought = e.FormalCommitmentSought ?? false,
            Research = research,
            OurTalkShare = share,
            NextSteps = steps,
            Place = place,
            AtLeadershipLevel = e.AtLeadershipLevel,
            ListenedFirst = e.ListenedFirst,
            InvitedBack = invitation,
            UnknownFields = e.Extra!,
        }, before);
    }

    private static PartnerResearch? ReadResearch(DtoReader r, ResearchDto e, Loc p)
    {
        var before = r.Problems.Count;
        var done = r.Date(e.DoneOn, "doneOn", p, required: true);
        var goals = r.Array(e.Goals, "goals", p, (x, q) => ReadGoal(r, x, q));
        var capacities = r.Texts(e.Capacities, "capacities", p);
        var constraints = r.Texts(e.Constraints, "constraints", p);
        var @base = r.String(e.Base, "base", p);
        return r.Build(p, () => new PartnerResearch { DoneOn = done!.Value, Goals = goals, Capacities = capacities, Constraints = constraints, Base = @base, UnknownFields = e.Extra! }, before);
    }

    private static ResearchedGoal? ReadGoal(DtoReader r, GoalDto e, Loc p)
    {
        var before = r.Problems.Count;
        var goal = r.String(e.Goal, "goal", p, required: true);
        var relation = r.Enum<GoalRelation>(e.Relation, "relation", p);
        return r.Build(p, () => new ResearchedGoal { Goal = goal!, Relation = relation ?? GoalRelation.Neutral, UnknownFields = e.Extra! }, before);
    }

    private static NextStep? ReadNextStep(DtoReader r, NextStepDto e, Loc p)
    {
        var before = r.Problems.Count;
        var description = r.String(e.Description, "description", p, required: true);
        var owner = r.String(e.Owner, "owner", p);
        var ownerId = r.Id(e.OwnerId, "ownerId", p);
        var due = r.Date(e.Due, "due", p);
        return r.Build(p, () => new NextStep { Description = description!, Owner = ownerId, OwnerName = owner, Due = due, UnknownFields = e.Extra! }, before);
    }

    private static CalendarEvent? ReadEvent(DtoReader r, CalendarEventDto e, Loc p)
    {
        var before = r.Problems.Count;
        var id = r.String(e.Id, "id", p, required: true);
        var title = r.String(e.Title, "title", p, required: true);
        var date = r.Date(e.Date, "date", p, required: true);
        var start = r.Time(e.Start, "start", p, required: true);
        var end = r.Time(e.End, "end", p, required: true);
        var place = r.String(e.Place, "place", p);
        var kind = r.Enum<EventKind>(e.Kind, "kind", p, required: true);
        var host = r.Id(e.Host, "host", p, required: true);
        var audience = r.Terms(e.Audience, "audience", p, "An audience");
        var press = r.Terms(e.Press, "press", p, "A press target");
        var sponsors = r.Array(e.Sponsors, "sponsors", p, (x, q) => ReadSponsor(r, x, q));
        var description = r.String(e.Description, "description", p);
        return r.Build(p, () => new CalendarEvent
        {
            Id = id!,
            Title = title!,
            Date = date!.Value,
            Start = start!.Value,
            End = end!.Value,
            Place = place,
            Kind = kind!.Value,
            Host = host!.Value,
            Audience = audience,
            Press = press,
            Sponsors = sponsors,
            Description = description,
            UnknownFields = e.Extra!,
        }, before, static c => c.Explain(), p.Dot("end"));
    }

    private static EventSponsor? ReadSponsor(DtoReader r, SponsorDto e, Loc p)
    {
        var before = r.Problems.Count;
        var sponsor = r.Id(e.Sponsor, "sponsor", p, required: true);
        var name = r.String(e.Name, "name", p);
        var visibility = r.Enum<SponsorVisibility>(e.Visibility, "visibility", p);
        var askedBy = r.Id(e.HiddenAtRequestOf, "hiddenAtRequestOf", p);
        var hiddenReason = r.String(e.HiddenReason, "hiddenReason", p);
        return r.Build(p, () => new EventSponsor { Sponsor = sponsor!.Value, Name = name, Visibility = visibility ?? SponsorVisibility.Public, HiddenAtRequestOf = askedBy, HiddenReason = hiddenReason, UnknownFields = e.Extra! }, before);
    }

    private static PlannedMeeting? ReadPlanned(DtoReader r, PlannedMeetingDto e, Loc p)
    {
        var before = r.Problems.Count;
        var id = r.String(e.Id, "id", p, required: true);
        var title = r.String(e.Title, "title", p, required: true);
        var date = r.Date(e.Date, "date", p, required: true);
        var start = r.Time(e.Start, "start", p, required: true);
        var end = r.Time(e.End, "end", p, required: true);
        var format = r.Enum<MeetingFormat>(e.Format, "format", p, required: true);
        var location = r.Object(e.Location, "location", p, (y, q) => ReadLocation(r, y, q));

        var attendees = r.Array(e.Attendees, "attendees", p, (y, q) => ReadAttendee(r, y, q));
        var sent = r.Date(e.AgendaSentOn, "agendaSentOn", p);
        var greeter = r.String(e.NewcomerGreeter, "newcomerGreeter", p);
        var agenda = r.Array(e.Agenda, "agenda", p, (y, q) => ReadPlannedAgendaItem(r, y, q));
        var required = r.Ids(e.RequiredParties, "requiredParties", p);
        var table = r.String(e.Table, "table", p);
        var communities = r.Ids(e.CommunitiesDiscussed, "communitiesDiscussed", p);
        var tool = r.String(e.Tool, "tool", p);
        var land = r.Enum<LandAcknowledgment>(e.LandAcknowledgment, "landAcknowledgment", p);
        if (start is { } s && end is { } f && f <= s)
        {
            r.Problem(p.Dot("end"), "The meeting must end after it starts, on the same day.");
        }

        return r.Build(p, () => new PlannedMeeting
        {
            Id = id!,
            Title = title!,
            Date = date!.Value,
            Start = start!.Value,
            End = end!.Value,
            Format = format!.Value,
            Location = location,
            Attendees = attendees,
            AgendaSentOn = sent,
            NewcomerGreeter = greeter,
            GroundRules = e.GroundRules ?? false,
            FacilitatorWatchesWhoTalks = e.FacilitatorWatchesWhoTalks ?? false,
            FollowUpPlanned = e.FollowUpPlanned ?? false,
            FeedbackPlanned = e.FeedbackPlanned ?? false,
            Agenda = agenda,
            RequiredParties = required,
            Table = table,
            CommunitiesDiscussed = communities,
            Tool = tool,
            LandAcknowledgment = land ?? LandAcknowledgment.NotConsidered,
            UnknownFields = e.Extra!,
        }, before);
    }

    private static PlannedAgendaItem? ReadPlannedAgendaItem(DtoReader r, PlannedAgendaItemDto e, Loc p)
    {
        var before = r.Problems.Count;
        var title = r.String(e.Title, "title", p, required: true);
        var speaker = r.String(e.Speaker, "speaker", p);
        var party = r.Id(e.SpeakerParty, "speakerParty", p);
        var minutes = r.Int(e.Minutes, "minutes", p, 1, 720);
        return r.Build(p, () => new PlannedAgendaItem { Title = title!, Speaker = speaker, SpeakerParty = party, Guest = e.Guest ?? false, Minutes = minutes, UnknownFields = e.Extra! }, before);
    }

    private static AvailabilityWindow? ReadAvailability(DtoReader r, AvailabilityDto e, Loc p)
    {
        var before = r.Problems.Count;
        var day = r.Enum<DayOfWeek>(e.Day, "day", p);
        var from = r.Time(e.From, "from", p, required: true);
        var to = r.Time(e.To, "to", p, required: true);
        if (from is { } a && to is { } b && b <= a)
        {
            r.Problem(p.Dot("to"), "An availability window must end after it starts.");
        }

        return r.Build(p, () => new AvailabilityWindow { Day = day, From = from!.Value, To = to!.Value, UnknownFields = e.Extra! }, before);
    }

    private static MeetingLocation? ReadLocation(DtoReader r, LocationDto e, Loc p)
    {
        var before = r.Problems.Count;
        var name = r.String(e.Name, "name", p, required: true);
        var barriers = r.Texts(e.Barriers, "barriers", p);
        return r.Build(p, () => new MeetingLocation { Name = name!, NearTransit = e.NearTransit, StepFree = e.StepFree, Barriers = barriers, BarriersInInvitation = e.BarriersInInvitation ?? false, UnknownFields = e.Extra! }, before);
    }

    private static PlannedAttendee? ReadAttendee(DtoReader r, AttendeeDto e, Loc p)
    {
        var before = r.Problems.Count;
        var name = r.String(e.Name, "name", p, required: true);
        var party = r.Id(e.Party, "party", p);
        var available = r.Array(e.Available, "available", p, (x, q) => ReadAvailability(r, x, q));
        return r.Build(p, () => new PlannedAttendee
        {
            Name = name!,
            Party = party,
            Newcomer = e.Newcomer ?? false,
            JoinsOnline = e.JoinsOnline ?? false,
            ToolComfort = e.ToolComfort,
            LivesNearby = e.LivesNearby,
            NeedsStepFree = e.NeedsStepFree ?? false,
            Available = available,
            UnknownFields = e.Extra!,
        }, before);
    }

    private static InclusiveMeetingProfile? ReadProfile(DtoReader r, MeetingProfileDto e, Loc p)
    {
        var before = r.Problems.Count;
        var d = InclusiveMeetingProfile.Default;
        var profile = new InclusiveMeetingProfile
        {
            AgendaDaysAhead = e.AgendaDaysAhead ?? d.AgendaDaysAhead,
            EarliestStart = r.Time(e.EarliestStart, "earliestStart", p) ?? d.EarliestStart,
            LatestEnd = r.Time(e.LatestEnd, "latestEnd", p) ?? d.LatestEnd,
            MaxMinutes = e.MaxMinutes ?? d.MaxMinutes,
            GuestSpeakerWithinMinutes = e.GuestSpeakerWithinMinutes ?? d.GuestSpeakerWithinMinutes,
            RequireLandAcknowledgmentConsidered = e.RequireLandAcknowledgmentConsidered ?? d.RequireLandAcknowledgmentConsidered,
            RequireTransit = e.RequireTransit ?? d.RequireTransit,
            RequireStepFree = e.RequireStepFree ?? d.RequireStepFree,
            RequireGreeter = e.RequireGreeter ?? d.RequireGreeter,
            RequireGroundRules = e.RequireGroundRules ?? d.RequireGroundRules,
            RequireFacilitation = e.RequireFacilitation ?? d.RequireFacilitation,
            RequireFollowUp = e.RequireFollowUp ?? d.RequireFollowUp,
            RequireFeedback = e.RequireFeedback ?? d.RequireFeedback,
            UnknownFields = e.Extra!,
        };
        r.Problems.AddRange(profile.Validate(p.ToString()));

        return r.Problems.Count > before ? null : profile;
    }
}
