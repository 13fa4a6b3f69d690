using System;
using Partnering.Core.Collaboration;
using static Partnering.Core.Documents.DtoOutput;

namespace Partnering.Core.Documents;

public static partial class CollaborationDocument
{
    // ---------------------------------------------------------------- writing: the model as the DTOs it is read from

    /// <summary>The data as the document's data classes; inside the workspace (<paramref name="withVersion"/> false) without its own <c>"schemaVersion"</c>.</summary>
    /// <exception cref="ArgumentException">An <c>UnknownFields</c> entry has the name of a field this version writes.</exception>
    internal static CollaborationDto ToDto(CollaborationData data, bool withVersion = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new()
        {
            SchemaVersion = withVersion ? CollaborationData.CurrentSchemaVersion : null,
            Tables = Map(data.Tables, ToDto),
            OneOnOnes = Map(data.OneOnOnes, ToDto),
            Calendar = Map(data.Calendar, ToDto),
            PlannedMeetings = Map(data.PlannedMeetings, ToDto),
            MeetingProfile = data.MeetingProfile is { } p ? ToDto(p) : null,
            Feedback = Map(data.Feedback, static f => new FeedbackDto { Partner = f.Partner.Value, Date = Day(f.Date), Summary = f.Summary, Concern = IfTrue(f.Concern), Response = f.Response, RespondedOn = Day(f.RespondedOn), Extra = Unclashed<FeedbackDto>(f.UnknownFields) }),
            Accountability = Map(data.Accountability, static a => new AccountabilityDto { Partner = a.Partner.Value, AgreedOn = Day(a.AgreedOn), Terms = Texts(a.Terms), ReviewOn = Day(a.ReviewOn), Extra = Unclashed<AccountabilityDto>(a.UnknownFields) }),
            Extra = Unclashed<CollaborationDto>(data.UnknownFields),
        };
    }

    private static CoalitionTableDto ToDto(CoalitionTable t) => new()
    {
        Id = t.Id,
        Name = t.Name,
        Issue = t.Issue.Name,
        Cadence = new CadenceDto
        {
            Start = Day(t.Cadence.Start),
            Frequency = Name(t.Cadence.Frequency),
            Interval = t.Cadence.Interval == 1 ? null : t.Cadence.Interval,
            Time = Time(t.Cadence.Time),
            Until = Day(t.Cadence.Until),
            Extra = Unclashed<CadenceDto>(t.Cadence.UnknownFields),
        },
        Seats = Map(t.Seats, static s => new SeatDto { Organization = s.Organization.Value, Representatives = Texts(s.Representatives), Since = Day(s.Since), Extra = Unclashed<SeatDto>(s.UnknownFields) }),
        Meetings = Map(t.Meetings, static m => new TableMeetingDto
        {
            Date = Day(m.Date),
            Attendance = Ids(m.Attendance),
            Agenda = Map(m.Agenda, static item => new AgendaItemDto
            {
                Kind = Name(item.Kind),
                Title = item.Title,
                Proposal = item.Proposal is { } p
                    ? new ProposalDto { Tactic = p.Tactic.Name, ProposedBy = p.ProposedBy?.Value, Target = Name(p.Target), Description = p.Description, Extra = Unclashed<ProposalDto>(p.UnknownFields) }
                    : null,
                Extra = Unclashed<AgendaItemDto>(item.UnknownFields),
            }),
            Extra = Unclashed<TableMeetingDto>(m.UnknownFields),
        }),
        Actions = Map(t.Actions, static a => new AgreedActionDto
        {
            Id = a.Id,
            Description = a.Description,
            Owner = a.Owner.Value,
            Person = a.PersonName,
            PersonId = a.Person?.Value,
            AgreedOn = Day(a.AgreedOn),
            Due = Day(a.Due),
            Status = Name(a.Status),
            DeliveredOn = Day(a.DeliveredOn),
            Extra = Unclashed<AgreedActionDto>(a.UnknownFields),
        }),
        Extra = Unclashed<CoalitionTableDto>(t.UnknownFields),
    };

    private static OneOnOneDto ToDto(OneOnOneMeeting o) => new()
    {
        Id = o.Id,
        Partner = o.Partner.Value,
        HeldBy = o.HeldBy?.Value,
        Date = Day(o.Date),
        FirstMeeting = IfTrue(o.FirstMeeting),
        Purpose = o.Purpose,
        Stories = o.Stories,
        Connection = o.Connection,
        Strategy = o.Strategy,
        Ask = o.Ask,
        FormalCommitmentSought = IfTrue(o.FormalCommitmentSought),
        Research = o.Research is { } r
            ? new ResearchDto
            {
                DoneOn = Day(r.DoneOn),
                Goals = Map(r.Goals, static g => new GoalDto { Goal = g.Goal, Relation = Name(g.Relation), Extra = Unclashed<GoalDto>(g.UnknownFields) }),
                Capacities = Texts(r.Capacities),
                Constraints = Texts(r.Constraints),
                Base = r.Base,
                Extra = Unclashed<ResearchDto>(r.UnknownFields),
            }
            : null,
        OurTalkShare = o.OurTalkShare,
        NextSteps = Map(o.NextSteps, static s => new NextStepDto { Description = s.Description, Owner = s.OwnerName, OwnerId = s.Owner?.Value, Due = Day(s.Due), Extra = Unclashed<NextStepDto>(s.UnknownFields) }),
        Place = Name(o.Place),
        AtLeadershipLevel = o.AtLeadershipLevel,
        ListenedFirst = o.ListenedFirst,
        InvitedBack = o.InvitedBack is { } i
            ? new InvitationBackDto { Meeting = i.Meeting, Date = Day(i.Date), Time = Time(i.Time), Place = i.Place, Extra = Unclashed<InvitationBackDto>(i.UnknownFields) }
            : null,
        Extra = Unclashed<OneOnOneDto>(o.UnknownFields),
    };

    private static CalendarEventDto ToDto(CalendarEvent e) => new()
    {
        Id = e.Id,
        Title = e.Title,
        Date = Day(e.Date),
        Start = Time(e.Start),
        End = Time(e.End),
        Place = e.Place,
        Kind = Name(e.Kind),
        Host = e.Host.Value,
        Audience = Texts(e.Audience),
        Press = Texts(e.Press),
        Sponsors = Map(e.Sponsors, static s => new SponsorDto
        {
            Sponsor = s.Sponsor.Value,
            Name = s.Name,
            Visibility = Name(s.Visibility),
            HiddenAtRequestOf = s.HiddenAtRequestOf?.Value,
            HiddenReason = s.HiddenReason,
            Extra = Unclashed<SponsorDto>(s.UnknownFields),
        }),
        Description = e.Description,
        Extra = Unclashed<CalendarEventDto>(e.UnknownFields),
    };

    private static PlannedMeetingDto ToDto(PlannedMeeting m) => new()
    {
        Id = m.Id,
        Title = m.Title,
        Date = Day(m.Date),
        Start = Time(m.Start),
        End = Time(m.End),
        Format = Name(m.Format),
        Location = m.Location is { } l
            ? new LocationDto { Name = l.Name, NearTransit = l.NearTransit, StepFree = l.StepFree, Barriers = Texts(l.Barriers), BarriersInInvitation = IfTrue(l.BarriersInInvitation), Extra = Unclashed<LocationDto>(l.UnknownFields) }
            : null,
        Attendees = Map(m.Attendees, static a => new AttendeeDto
        {
            Name = a.Name,
            Party = a.Party?.Value,
            Newcomer = IfTrue(a.Newcomer),
            JoinsOnline = IfTrue(a.JoinsOnline),
            ToolComfort = a.ToolComfort,
            LivesNearby = a.LivesNearby,
            NeedsStepFree = IfTrue(a.NeedsStepFree),
            Available = Map(a.Available, static x => new AvailabilityDto { Day = Name(x.Day), From = Time(x.From), To = Time(x.To), Extra = Unclashed<AvailabilityDto>(x.UnknownFields) }),
            Extra = Unclashed<AttendeeDto>(a.UnknownFields),
        }),
        AgendaSentOn = Day(m.AgendaSentOn),
        NewcomerGreeter = m.NewcomerGreeter,
        GroundRules = IfTrue(m.GroundRules),
        FacilitatorWatchesWhoTalks = IfTrue(m.FacilitatorWatchesWhoTalks),
        FollowUpPlanned = IfTrue(m.FollowUpPlanned),
        FeedbackPlanned = IfTrue(m.FeedbackPlanned),
        Agenda = Map(m.Agenda, static i => new PlannedAgendaItemDto { Title = i.Title, Speaker = i.Speaker, SpeakerParty = i.SpeakerParty?.Value, Guest = IfTrue(i.Guest), Minutes = i.Minutes, Extra = Unclashed<PlannedAgendaItemDto>(i.UnknownFields) }),
        RequiredParties = Ids(m.RequiredParties),
        Table = m.Table,
        CommunitiesDiscussed = Ids(m.CommunitiesDiscussed),
        Tool = m.Tool,
        LandAcknowledgment = m.LandAcknowledgment == LandAcknowledgment.NotConsidered ? null : Name(m.LandAcknowledgment),
        Extra = Unclashed<PlannedMeetingDto>(m.UnknownFields),
    };

    private static MeetingProfileDto ToDto(InclusiveMeetingProfile p) => new()
    {
        AgendaDaysAhead = p.AgendaDaysAhead,
        EarliestStart = Time(p.EarliestStart),
        LatestEnd = Time(p.LatestEnd),
        MaxMinutes = p.MaxMinutes,
        GuestSpeakerWithinMinutes = p.GuestSpeakerWithinMinutes,
        RequireTransit = p.RequireTransit,
        RequireStepFree = p.RequireStepFree,
        RequireGreeter = p.RequireGreeter,
        RequireGroundRules = p.RequireGroundRules,
        RequireFacilitation = p.RequireFacilitation,
        RequireFollowUp = p.RequireFollowUp,
        RequireFeedback = p.RequireFeedback,
        RequireLandAcknowledgmentConsidered = p.RequireLandAcknowledgmentConsidered,
        Extra = Unclashed<MeetingProfileDto>(p.UnknownFields),
    };
}
