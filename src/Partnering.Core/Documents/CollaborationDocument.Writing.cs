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
    // ---------------------------------------------------------------- writing

    /// <summary>Writes the data object; inside the workspace (<paramref name="withVersion"/> false) without its own <c>"schemaVersion"</c>.</summary>
    internal static void Write(Utf8JsonWriter w, CollaborationData data, bool withVersion = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        w.WriteStartObject();
        if (withVersion)
        {
            w.WriteNumber("schemaVersion", CollaborationData.CurrentSchemaVersion);
        }

        Array(w, "tables", data.Tables, WriteTable);
        Array(w, "oneOnOnes", data.OneOnOnes, WriteOneOnOne);
        Array(w, "calendar", data.Calendar, WriteEvent);
        Array(w, "plannedMeetings", data.PlannedMeetings, WritePlanned);
        Array(w, "feedback", data.Feedback, static (w, f) =>
        {
            w.WriteStartObject();
            w.WriteString("partner", f.Partner.Value);
            Date(w, "date", f.Date);
            w.WriteString("summary", f.Summary);
            Flag(w, "concern", f.Concern);
            Text(w, "response", f.Response);
            Date(w, "respondedOn", f.RespondedOn);
            End(w, f.UnknownFields, FeedbackFields);
        });
        Array(w, "accountability", data.Accountability, static (w, a) =>
        {
            w.WriteStartObject();
            w.WriteString("partner", a.Partner.Value);
            Date(w, "agreedOn", a.AgreedOn);
            JsonWriting.NonEmptyStrings(w, "terms", a.Terms);
            Date(w, "reviewOn", a.ReviewOn);
            End(w, a.UnknownFields, AccountabilityFields);
        });
        if (data.MeetingProfile is { } profile)
        {
            w.WritePropertyName("meetingProfile");
            WriteProfile(w, profile);
        }

        End(w, data.UnknownFields, RootFields);
    }

    private static void WriteTable(Utf8JsonWriter w, CoalitionTable t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        w.WriteString("name", t.Name);
        w.WriteString("issue", t.Issue.Name);
        w.WritePropertyName("cadence");
        w.WriteStartObject();
        Date(w, "start", t.Cadence.Start);
        w.WriteString("frequency", JsonEnum.Name(t.Cadence.Frequency));
        if (t.Cadence.Interval != 1)
        {
            w.WriteNumber("interval", t.Cadence.Interval);
        }

        Time(w, "time", t.Cadence.Time);
        Date(w, "until", t.Cadence.Until);
        End(w, t.Cadence.UnknownFields, CadenceFields);
        Array(w, "seats", t.Seats, static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("organization", s.Organization.Value);
            JsonWriting.NonEmptyStrings(w, "representatives", s.Representatives);
            Date(w, "since", s.Since);
            End(w, s.UnknownFields, SeatFields);
        });
        Array(w, "meetings", t.Meetings, static (w, m) =>
        {
            w.WriteStartObject();
            Date(w, "date", m.Date);
            JsonWriting.NonEmptyStrings(w, "attendance", m.Attendance.Select(a => a.Value).ToArray());
            Array(w, "agenda", m.Agenda, static (w, item) =>
            {
                w.WriteStartObject();
                w.WriteString("kind", JsonEnum.Name(item.Kind));
                w.WriteString("title", item.Title);
                if (item.Proposal is { } proposal)
                {
                    w.WritePropertyName("proposal");
                    w.WriteStartObject();
                    w.WriteString("tactic", proposal.Tactic.Name);
                    Text(w, "proposedBy", proposal.ProposedBy?.Value);
                    Text(w, "target", proposal.Target is { } target ? JsonEnum.Name(target) : null);
                    Text(w, "description", proposal.Description);
                    End(w, proposal.UnknownFields, ProposalFields);
                }

                End(w, item.UnknownFields, AgendaItemFields);
            });
            End(w, m.UnknownFields, TableMeetingFields);
        });
        Array(w, "actions", t.Actions, static (w, a) =>
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("description", a.Description);
            w.WriteString("owner", a.Owner.Value);
            Text(w, "person", a.PersonName);
            Text(w, "personId", a.Person?.Value);
            Date(w, "agreedOn", a.AgreedOn);
            Date(w, "due", a.Due);
            w.WriteString("status", JsonEnum.Name(a.Status));
            Date(w, "deliveredOn", a.DeliveredOn);
            End(w, a.UnknownFields, ActionFields);
        });
        End(w, t.UnknownFields, TableFields);
    }

    private static void WriteOneOnOne(Utf8JsonWriter w, OneOnOneMeeting o)
    {
        w.WriteStartObject();
        w.WriteString("id", o.Id);
        w.WriteString("partner", o.Partner.Value);
        Text(w, "heldBy", o.HeldBy?.Value);
        Date(w, "date", o.Date);
        Flag(w, "firstMeeting", o.FirstMeeting);
        Text(w, "purpose", o.Purpose);
        Text(w, "stories", o.Stories);
        Text(w, "connection", o.Connection);
        Text(w, "strategy", o.Strategy);
        Text(w, "ask", o.Ask);
        Flag(w, "formalCommitmentSought", o.FormalCommitmentSought);
        if (o.Research is { } research)
        {
            w.WritePropertyName("research");
            w.WriteStartObject();
            Date(w, "doneOn", research.DoneOn);
            Array(w, "goals", research.Goals, static (w, g) =>
            {
                w.WriteStartObject();
                w.WriteString("goal", g.Goal);
                w.WriteString("relation", JsonEnum.Name(g.Relation));
                End(w, g.UnknownFields, GoalFields);
            });
            JsonWriting.NonEmptyStrings(w, "capacities", research.Capacities);
            JsonWriting.NonEmptyStrings(w, "constraints", research.Constraints);
            Text(w, "base", research.Base);
            End(w, research.UnknownFields, ResearchFields);
        }

        if (o.OurTalkShare is { } share)
        {
            w.WriteNumber("ourTalkShare", share);
        }

        Array(w, "nextSteps", o.NextSteps, static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("description", s.Description);
            Text(w, "owner", s.OwnerName);
            Text(w, "ownerId", s.Owner?.Value);
            Date(w, "due", s.Due);
            End(w, s.UnknownFields, NextStepFields);
        });
        Text(w, "place", o.Place is { } place ? JsonEnum.Name(place) : null);
        if (o.AtLeadershipLevel is { } leadership)
        {
            w.WriteBoolean("atLeadershipLevel", leadership);
        }

        if (o.ListenedFirst is { } listened)
        {
            w.WriteBoolean("listenedFirst", listened);
        }

        if (o.InvitedBack is { } invitation)
        {
            w.WritePropertyName("invitedBack");
            w.WriteStartObject();
            Text(w, "meeting", invitation.Meeting);
            Date(w, "date", invitation.Date);
            Time(w, "time", invitation.Time);
            Text(w, "place", invitation.Place);
            End(w, invitation.UnknownFields, InvitationFields);
        }

        End(w, o.UnknownFields, OneOnOneFields);
    }

    private static void WriteEvent(Utf8JsonWriter w, CalendarEvent e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("title", e.Title);
        Date(w, "date", e.Date);
        Time(w, "start", e.Start);
        Time(w, "end", e.End);
        Text(w, "place", e.Place);
        w.WriteString("kind", JsonEnum.Name(e.Kind));
        w.WriteString("host", e.Host.Value);
        JsonWriting.NonEmptyStrings(w, "audience", e.Audience);
        JsonWriting.NonEmptyStrings(w, "press", e.Press);
        Array(w, "sponsors", e.Sponsors, static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("sponsor", s.Sponsor.Value);
            Text(w, "name", s.Name);
            w.WriteString("visibility", JsonEnum.Name(s.Visibility));
            Text(w, "hiddenAtRequestOf", s.HiddenAtRequestOf?.Value);
            Text(w, "hiddenReason", s.HiddenReason);
            End(w, s.UnknownFields, SponsorFields);
        });
        Text(w, "description", e.Description);
        End(w, e.UnknownFields, EventFields);
    }

    private static void WritePlanned(Utf8JsonWriter w, PlannedMeeting m)
    {
        w.WriteStartObject();
        w.WriteString("id", m.Id);
        w.WriteString("title", m.Title);
        Date(w, "date", m.Date);
        Time(w, "start", m.Start);
        Time(w, "end", m.End);
        w.WriteString("format", JsonEnum.Name(m.Format));
        if (m.Location is { } location)
        {
            w.WritePropertyName("location");
            w.WriteStartObject();
            w.WriteString("name", location.Name);
            if (location.NearTransit is { } transit)
            {
                w.WriteBoolean("nearTransit", transit);
            }

            if (location.StepFree is { } stepFree)
            {
                w.WriteBoolean("stepFree", stepFree);
            }

            JsonWriting.NonEmptyStrings(w, "barriers", location.Barriers);
            Flag(w, "barriersInInvitation", location.BarriersInInvitation);
            End(w, location.UnknownFields, LocationFields);
        }

        Array(w, "attendees", m.Attendees, static (w, a) =>
        {
            w.WriteStartObject();
            w.WriteString("name", a.Name);
            Text(w, "party", a.Party?.Value);
            Flag(w, "newcomer", a.Newcomer);
            Flag(w, "joinsOnline", a.JoinsOnline);
            if (a.ToolComfort is { } comfort)
            {
                w.WriteBoolean("toolComfort", comfort);
            }

            if (a.LivesNearby is { } nearby)
            {
                w.WriteBoolean("livesNearby", nearby);
            }

            Flag(w, "needsStepFree", a.NeedsStepFree);

            Array(w, "available", a.Available, static (w, x) =>
            {
                w.WriteStartObject();
                Text(w, "day", x.Day is { } day ? JsonEnum.Name(day) : null);
                Time(w, "from", x.From);
                Time(w, "to", x.To);
                End(w, x.UnknownFields, AvailabilityFields);
            });
            End(w, a.UnknownFields, AttendeeFields);
        });
        Date(w, "agendaSentOn", m.AgendaSentOn);
        Text(w, "newcomerGreeter", m.NewcomerGreeter);
        Flag(w, "groundRules", m.GroundRules);
        Flag(w, "facilitatorWatchesWhoTalks", m.FacilitatorWatchesWhoTalks);
        Flag(w, "followUpPlanned", m.FollowUpPlanned);
        Flag(w, "feedbackPlanned", m.FeedbackPlanned);
        Array(w, "agenda", m.Agenda, static (w, i) =>
        {
            w.WriteStartObject();
            w.WriteString("title", i.Title);
            Text(w, "speaker", i.Speaker);
            Text(w, "speakerParty", i.SpeakerParty?.Value);
            Flag(w, "guest", i.Guest);
            if (i.Minutes is { } minutes)
            {
                w.WriteNumber("minutes", minutes);
            }

            End(w, i.UnknownFields, PlannedAgendaFields);
        });
        JsonWriting.NonEmptyStrings(w, "requiredParties", m.RequiredParties.Select(x => x.Value).ToArray());
        Text(w, "table", m.Table);
        JsonWriting.NonEmptyStrings(w, "communitiesDiscussed", m.CommunitiesDiscussed.Select(x => x.Value).ToArray());
        Text(w, "tool", m.Tool);
        if (m.LandAcknowledgment != LandAcknowledgment.NotConsidered)
        {
            w.WriteString("landAcknowledgment", JsonEnum.Name(m.LandAcknowledgment));
        }

        End(w, m.UnknownFields, PlannedFields);
    }

    private static void WriteProfile(Utf8JsonWriter w, InclusiveMeetingProfile p)
    {
        w.WriteStartObject();
        w.WriteNumber("agendaDaysAhead", p.AgendaDaysAhead);
        Time(w, "earliestStart", p.EarliestStart);
        Time(w, "latestEnd", p.LatestEnd);
        w.WriteNumber("maxMinutes", p.MaxMinutes);
        w.WriteNumber("guestSpeakerWithinMinutes", p.GuestSpeakerWithinMinutes);
        w.WriteBoolean("requireTransit", p.RequireTransit);
        w.WriteBoolean("requireStepFree", p.RequireStepFree);
        w.WriteBoolean("requireGreeter", p.RequireGreeter);
        w.WriteBoolean("requireGroundRules", p.RequireGroundRules);
        w.WriteBoolean("requireFacilitation", p.RequireFacilitation);
        w.WriteBoolean("requireFollowUp", p.RequireFollowUp);
        w.WriteBoolean("requireFeedback", p.RequireFeedback);
        w.WriteBoolean("requireLandAcknowledgmentConsidered", p.RequireLandAcknowledgmentConsidered);
        End(w, p.UnknownFields, ProfileFields);
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }


    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Flag(Utf8JsonWriter w, string name, bool value)
    {
        if (value)
        {
            w.WriteBoolean(name, true);
        }
    }

    private static void Date(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } date)
        {
            w.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private static void Time(Utf8JsonWriter w, string name, TimeOnly? value)
    {
        if (value is { } time)
        {
            var format = time.Ticks % TimeSpan.TicksPerSecond != 0 ? "HH:mm:ss.FFFFFFF" : time.Second != 0 ? "HH:mm:ss" : "HH:mm";
            w.WriteString(name, time.ToString(format, CultureInfo.InvariantCulture));
        }
    }

    private static void End(Utf8JsonWriter w, IReadOnlyDictionary<string, JsonElement> unknown, string[] known)
    {
        foreach (var (name, value) in unknown)
        {
            if (System.Array.IndexOf(known, name) >= 0)
            {
                throw new ArgumentException($"An entry of UnknownFields is named '{name}', like a field this version writes; writing both would lose one. Remove or rename it.", nameof(unknown));
            }

            w.WritePropertyName(name);
            value.WriteTo(w);
        }

        w.WriteEndObject();
    }
}
