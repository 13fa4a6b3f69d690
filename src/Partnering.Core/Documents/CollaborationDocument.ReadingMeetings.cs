using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Partnering.Core.Internal;
using Partnering.Core.Collaboration;

namespace Partnering.Core.Documents;

public static partial class CollaborationDocument
{
    // ---------------------------------------------------------------- reading: one-on-ones, the calendar, planned meetings

    private static OneOnOneMeeting? ReadOneOnOne(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, OneOnOneFields);
        var id = r.String(e, "id", p, required: true);
        var partner = r.Id(e, "partner", p, required: true);
        var heldBy = r.Id(e, "heldBy", p);
        var date = r.Date(e, "date", p, required: true);
        var first = r.Bool(e, "firstMeeting", p);
        var purpose = r.String(e, "purpose", p);
        var stories = r.String(e, "stories", p);
        var connection = r.String(e, "connection", p);
        var strategy = r.String(e, "strategy", p);
        var ask = r.String(e, "ask", p);
        var formal = r.Bool(e, "formalCommitmentSought", p);
        PartnerResearch? research = null;
        if (e.TryGetProperty("research", out var x) && x.ValueKind != JsonValueKind.Null)
        {
            research = ReadResearch(r, x, CollaborationJsonReader.At(p, "research"));
        }

        var share = r.Number(e, "ourTalkShare", p, 0.0, 1.0);
        var steps = r.Array(e, "nextSteps", p, (y, q) => ReadNextStep(r, y, q));
        var place = r.Enum<MeetingPlace>(e, "place", p);
        var leadership = r.Bool(e, "atLeadershipLevel", p);
        var listened = r.Bool(e, "listenedFirst", p);
        InvitationBack? invitation = null;
        if (e.TryGetProperty("invitedBack", out var inv) && inv.ValueKind != JsonValueKind.Null)
        {
            var q = CollaborationJsonReader.At(p, "invitedBack");
            if (r.IsObject(inv, q))
            {
                var invitationUnknown = r.Unknown(inv, q, InvitationFields);
                var meetingName = r.String(inv, "meeting", q);
                var invitationDate = r.Date(inv, "date", q);
                var invitationTime = r.Time(inv, "time", q);
                var invitationPlace = r.String(inv, "place", q);
                invitation = new InvitationBack { Meeting = meetingName, Date = invitationDate, Time = invitationTime, Place = invitationPlace, UnknownFields = invitationUnknown };
            }
        }

        return r.Problems.Count > before ? null : Build(r, p, () => new OneOnOneMeeting
        {
            Id = id!,
            Partner = partner!.Value,
            HeldBy = heldBy,
            Date = date!.Value,
            FirstMeeting = first ?? false,
            Purpose = purpose,
            Stories = stories,
            Connection = connection,
            Strategy = strategy,
            Ask = ask,
            FormalCommitmentSought = formal ?? false,
            Research = research,
            OurTalkShare = share,
            NextSteps = steps,
            Place = place,
            AtLeadershipLevel = leadership,
            ListenedFirst = listened,
            InvitedBack = invitation,
            UnknownFields = unknown,
        });
    }

    private static PartnerResearch? ReadResearch(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, ResearchFields);
        var done = r.Date(e, "doneOn", p, required: true);
        var goals = r.Array(e, "goals", p, (x, q) => ReadGoal(r, x, q));
        var capacities = r.Texts(e, "capacities", p);
        var constraints = r.Texts(e, "constraints", p);
        var @base = r.String(e, "base", p);
        return r.Problems.Count > before ? null : Build(r, p, () => new PartnerResearch { DoneOn = done!.Value, Goals = goals, Capacities = capacities, Constraints = constraints, Base = @base, UnknownFields = unknown });
    }

    private static ResearchedGoal? ReadGoal(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, GoalFields);
        var goal = r.String(e, "goal", p, required: true);
        var relation = r.Enum<GoalRelation>(e, "relation", p);
        return r.Problems.Count > before ? null : Build(r, p, () => new ResearchedGoal { Goal = goal!, Relation = relation ?? GoalRelation.Neutral, UnknownFields = unknown });
    }

    private static NextStep? ReadNextStep(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, NextStepFields);
        var description = r.String(e, "description", p, required: true);
        var owner = r.String(e, "owner", p);
        var ownerId = r.Id(e, "ownerId", p);
        var due = r.Date(e, "due", p);
        return r.Problems.Count > before ? null : Build(r, p, () => new NextStep { Description = description!, Owner = ownerId, OwnerName = owner, Due = due, UnknownFields = unknown });
    }

    private static CalendarEvent? ReadEvent(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, EventFields);
        var id = r.String(e, "id", p, required: true);
        var title = r.String(e, "title", p, required: true);
        var date = r.Date(e, "date", p, required: true);
        var start = r.Time(e, "start", p, required: true);
        var end = r.Time(e, "end", p, required: true);
        var place = r.String(e, "place", p);
        var kind = r.Enum<EventKind>(e, "kind", p, required: true);
        var host = r.Id(e, "host", p, required: true);
        var audience = r.Terms(e, "audience", p, "An audience");
        var press = r.Terms(e, "press", p, "A press target");
        var sponsors = r.Array(e, "sponsors", p, (x, q) => ReadSponsor(r, x, q));
        var description = r.String(e, "description", p);
        if (r.Problems.Count > before)
        {
            return null;
        }

        var calendarEvent = Build(r, p, () => new CalendarEvent
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
            UnknownFields = unknown,
        });
        if (calendarEvent?.Explain() is { } problem)
        {
            r.Problem(CollaborationJsonReader.At(p, "end"), problem);
            return null;
        }

        return calendarEvent;
    }

    private static EventSponsor? ReadSponsor(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, SponsorFields);
        var sponsor = r.Id(e, "sponsor", p, required: true);
        var name = r.String(e, "name", p);
        var visibility = r.Enum<SponsorVisibility>(e, "visibility", p);
        var askedBy = r.Id(e, "hiddenAtRequestOf", p);
        var hiddenReason = r.String(e, "hiddenReason", p);
        return r.Problems.Count > before ? null : Build(r, p, () => new EventSponsor { Sponsor = sponsor!.Value, Name = name, Visibility = visibility ?? SponsorVisibility.Public, HiddenAtRequestOf = askedBy, HiddenReason = hiddenReason, UnknownFields = unknown });
    }

    private static PlannedMeeting? ReadPlanned(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, PlannedFields);
        var id = r.String(e, "id", p, required: true);
        var title = r.String(e, "title", p, required: true);
        var date = r.Date(e, "date", p, required: true);
        var start = r.Time(e, "start", p, required: true);
        var end = r.Time(e, "end", p, required: true);
        var format = r.Enum<MeetingFormat>(e, "format", p, required: true);
        MeetingLocation? location = null;
        if (e.TryGetProperty("location", out var x) && x.ValueKind != JsonValueKind.Null)
        {
            location = ReadLocation(r, x, CollaborationJsonReader.At(p, "location"));
        }

        var attendees = r.Array(e, "attendees", p, (y, q) => ReadAttendee(r, y, q));
        var sent = r.Date(e, "agendaSentOn", p);
        var greeter = r.String(e, "newcomerGreeter", p);
        var rules = r.Bool(e, "groundRules", p);
        var facilitation = r.Bool(e, "facilitatorWatchesWhoTalks", p);
        var followUp = r.Bool(e, "followUpPlanned", p);
        var feedback = r.Bool(e, "feedbackPlanned", p);
        var agenda = r.Array(e, "agenda", p, (y, q) => ReadPlannedAgendaItem(r, y, q));
        var required = r.Values(e, "requiredParties", p, r.ParseId, out _);
        var table = r.String(e, "table", p);
        var communities = r.Values(e, "communitiesDiscussed", p, r.ParseId, out _);
        var tool = r.String(e, "tool", p);
        var land = r.Enum<LandAcknowledgment>(e, "landAcknowledgment", p);
        if (start is { } s && end is { } f && f <= s)
        {
            r.Problem(CollaborationJsonReader.At(p, "end"), "The meeting must end after it starts, on the same day.");
        }

        return r.Problems.Count > before ? null : Build(r, p, () => new PlannedMeeting
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
            GroundRules = rules ?? false,
            FacilitatorWatchesWhoTalks = facilitation ?? false,
            FollowUpPlanned = followUp ?? false,
            FeedbackPlanned = feedback ?? false,
            Agenda = agenda,
            RequiredParties = required,
            Table = table,
            CommunitiesDiscussed = communities,
            Tool = tool,
            LandAcknowledgment = land ?? LandAcknowledgment.NotConsidered,
            UnknownFields = unknown,
        });
    }

    private static PlannedAgendaItem? ReadPlannedAgendaItem(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, PlannedAgendaFields);
        var title = r.String(e, "title", p, required: true);
        var speaker = r.String(e, "speaker", p);
        var party = r.Id(e, "speakerParty", p);
        var guest = r.Bool(e, "guest", p);
        var minutes = r.Int(e, "minutes", p, 1, 720);
        return r.Problems.Count > before ? null : Build(r, p, () => new PlannedAgendaItem { Title = title!, Speaker = speaker, SpeakerParty = party, Guest = guest ?? false, Minutes = minutes, UnknownFields = unknown });
    }

    private static AvailabilityWindow? ReadAvailability(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, AvailabilityFields);
        var day = r.Enum<DayOfWeek>(e, "day", p);
        var from = r.Time(e, "from", p, required: true);
        var to = r.Time(e, "to", p, required: true);
        if (from is { } a && to is { } b && b <= a)
        {
            r.Problem(CollaborationJsonReader.At(p, "to"), "An availability window must end after it starts.");
        }

        return r.Problems.Count > before ? null : Build(r, p, () => new AvailabilityWindow { Day = day, From = from!.Value, To = to!.Value, UnknownFields = unknown });
    }

    private static MeetingLocation? ReadLocation(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, LocationFields);
        var name = r.String(e, "name", p, required: true);
        var transit = r.Bool(e, "nearTransit", p);
        var stepFree = r.Bool(e, "stepFree", p);
        var barriers = r.Texts(e, "barriers", p);
        var disclosed = r.Bool(e, "barriersInInvitation", p);
        return r.Problems.Count > before ? null : Build(r, p, () => new MeetingLocation { Name = name!, NearTransit = transit, StepFree = stepFree, Barriers = barriers, BarriersInInvitation = disclosed ?? false, UnknownFields = unknown });
    }

    private static PlannedAttendee? ReadAttendee(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, AttendeeFields);
        var name = r.String(e, "name", p, required: true);
        var party = r.Id(e, "party", p);
        var newcomer = r.Bool(e, "newcomer", p);
        var joinsOnline = r.Bool(e, "joinsOnline", p);
        var comfort = r.Bool(e, "toolComfort", p);
        var nearby = r.Bool(e, "livesNearby", p);
        var available = r.Array(e, "available", p, (x, q) => ReadAvailability(r, x, q));
        return r.Problems.Count > before ? null : Build(r, p, () => new PlannedAttendee
        {
            Name = name!,
            Party = party,
            Newcomer = newcomer ?? false,
            JoinsOnline = joinsOnline ?? false,
            ToolComfort = comfort,
            LivesNearby = nearby,
            Available = available,
            UnknownFields = unknown,
        });
    }

    private static InclusiveMeetingProfile? ReadProfile(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var d = InclusiveMeetingProfile.Default;
        var unknown = r.Unknown(e, p, ProfileFields);
        var profile = new InclusiveMeetingProfile
        {
            AgendaDaysAhead = r.Int(e, "agendaDaysAhead", p, int.MinValue, int.MaxValue) ?? d.AgendaDaysAhead,
            EarliestStart = r.Time(e, "earliestStart", p) ?? d.EarliestStart,
            LatestEnd = r.Time(e, "latestEnd", p) ?? d.LatestEnd,
            MaxMinutes = r.Int(e, "maxMinutes", p, int.MinValue, int.MaxValue) ?? d.MaxMinutes,
            GuestSpeakerWithinMinutes = r.Int(e, "guestSpeakerWithinMinutes", p, int.MinValue, int.MaxValue) ?? d.GuestSpeakerWithinMinutes,
            RequireLandAcknowledgmentConsidered = r.Bool(e, "requireLandAcknowledgmentConsidered", p) ?? d.RequireLandAcknowledgmentConsidered,
            RequireTransit = r.Bool(e, "requireTransit", p) ?? d.RequireTransit,
            RequireStepFree = r.Bool(e, "requireStepFree", p) ?? d.RequireStepFree,
            RequireGreeter = r.Bool(e, "requireGreeter", p) ?? d.RequireGreeter,
            RequireGroundRules = r.Bool(e, "requireGroundRules", p) ?? d.RequireGroundRules,
            RequireFacilitation = r.Bool(e, "requireFacilitation", p) ?? d.RequireFacilitation,
            RequireFollowUp = r.Bool(e, "requireFollowUp", p) ?? d.RequireFollowUp,
            RequireFeedback = r.Bool(e, "requireFeedback", p) ?? d.RequireFeedback,
            UnknownFields = unknown,
        };
        foreach (var problem in profile.Validate(p))
        {
            r.Problems.Add(problem);
        }

        return r.Problems.Count > before ? null : profile;
    }
}
