using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Partnering.Core.Collaboration;

namespace Partnering.Core.Documents;

// The collaboration document (and the workspace's "collaboration" section) as it is on disk, in the
// style of WorkspaceDtos: every field nullable, closed vocabularies and dates read as strings,
// unknown fields kept in Extra.
#pragma warning disable CA1002, CA2227 // DTOs are plain, settable, List-based shapes for the source generator.

internal sealed class CollaborationDto : Dto
{
    [JsonPropertyOrder(-10)] public int? SchemaVersion { get; set; }
    public List<CoalitionTableDto?>? Tables { get; set; }
    public List<OneOnOneDto?>? OneOnOnes { get; set; }
    public List<CalendarEventDto?>? Calendar { get; set; }
    public List<PlannedMeetingDto?>? PlannedMeetings { get; set; }
    public MeetingProfileDto? MeetingProfile { get; set; }
    public List<FeedbackDto?>? Feedback { get; set; }
    public List<AccountabilityDto?>? Accountability { get; set; }
}

internal sealed class FeedbackDto : Dto
{
    [JsonRequiredField, JsonPartyId] public string? Partner { get; set; }
    [JsonRequiredField, JsonExactDate] public string? Date { get; set; }
    [JsonRequiredField] public string? Summary { get; set; }
    public bool? Concern { get; set; }
    public string? Response { get; set; }
    [JsonExactDate] public string? RespondedOn { get; set; }
}

internal sealed class AccountabilityDto : Dto
{
    [JsonRequiredField, JsonPartyId] public string? Partner { get; set; }
    [JsonRequiredField, JsonExactDate] public string? AgreedOn { get; set; }
    public List<string?>? Terms { get; set; }
    [JsonExactDate] public string? ReviewOn { get; set; }
}

internal sealed class CoalitionTableDto : Dto
{
    [JsonRequiredField] public string? Id { get; set; }
    [JsonRequiredField] public string? Name { get; set; }
    [JsonRequiredField] public string? Issue { get; set; }
    [JsonRequiredField] public CadenceDto? Cadence { get; set; }
    public List<SeatDto?>? Seats { get; set; }
    public List<TableMeetingDto?>? Meetings { get; set; }
    public List<AgreedActionDto?>? Actions { get; set; }
}

internal sealed class CadenceDto : Dto
{
    [JsonRequiredField, JsonExactDate] public string? Start { get; set; }
    [JsonRequiredField, JsonEnumValues(typeof(CadenceFrequency))] public string? Frequency { get; set; }
    [JsonNumberRange(1, 52)] public int? Interval { get; set; }
    public string? Time { get; set; }
    [JsonExactDate] public string? Until { get; set; }
}

internal sealed class SeatDto : Dto
{
    [JsonRequiredField, JsonPartyId] public string? Organization { get; set; }
    public List<string?>? Representatives { get; set; }
    [JsonExactDate] public string? Since { get; set; }
}

internal sealed class TableMeetingDto : Dto
{
    [JsonRequiredField, JsonExactDate] public string? Date { get; set; }
    [JsonPartyId] public List<string?>? Attendance { get; set; }
    public List<AgendaItemDto?>? Agenda { get; set; }
}

internal sealed class AgendaItemDto : Dto
{
    [JsonRequiredField, JsonEnumValues(typeof(AgendaItemKind))] public string? Kind { get; set; }
    [JsonRequiredField] public string? Title { get; set; }
    public ProposalDto? Proposal { get; set; }
}

internal sealed class ProposalDto : Dto
{
    [JsonRequiredField] public string? Tactic { get; set; }
    [JsonPartyId] public string? ProposedBy { get; set; }
    [JsonEnumValues(typeof(TargetKind))] public string? Target { get; set; }
    public string? Description { get; set; }
}

internal sealed class AgreedActionDto : Dto
{
    [JsonRequiredField] public string? Id { get; set; }
    [JsonRequiredField] public string? Description { get; set; }
    [JsonRequiredField, JsonPartyId] public string? Owner { get; set; }
    public string? Person { get; set; }
    [JsonRequiredField, JsonExactDate] public string? AgreedOn { get; set; }
    [JsonRequiredField, JsonExactDate] public string? Due { get; set; }
    [JsonEnumValues(typeof(ActionStatus))] public string? Status { get; set; }
    [JsonExactDate] public string? DeliveredOn { get; set; }
    [JsonPartyId] public string? PersonId { get; set; }
}

internal sealed class OneOnOneDto : Dto
{
    [JsonRequiredField] public string? Id { get; set; }
    [JsonRequiredField, JsonPartyId] public string? Partner { get; set; }
    [JsonPartyId] public string? HeldBy { get; set; }
    [JsonRequiredField, JsonExactDate] public string? Date { get; set; }
    public bool? FirstMeeting { get; set; }
    public string? Purpose { get; set; }
    public string? Stories { get; set; }
    public string? Connection { get; set; }
    public string? Strategy { get; set; }
    public string? Ask { get; set; }
    public bool? FormalCommitmentSought { get; set; }
    public ResearchDto? Research { get; set; }
    [JsonNumberRange(0, 1)] public double? OurTalkShare { get; set; }
    public List<NextStepDto?>? NextSteps { get; set; }
    [JsonEnumValues(typeof(MeetingPlace))] public string? Place { get; set; }
    public bool? AtLeadershipLevel { get; set; }
    public bool? ListenedFirst { get; set; }
    public InvitationBackDto? InvitedBack { get; set; }
}

internal sealed class InvitationBackDto : Dto
{
    public string? Meeting { get; set; }
    [JsonExactDate] public string? Date { get; set; }
    public string? Time { get; set; }
    public string? Place { get; set; }
}

internal sealed class ResearchDto : Dto
{
    [JsonRequiredField, JsonExactDate] public string? DoneOn { get; set; }
    public List<GoalDto?>? Goals { get; set; }
    public List<string?>? Capacities { get; set; }
    public List<string?>? Constraints { get; set; }
    public string? Base { get; set; }
}

internal sealed class GoalDto : Dto
{
    [JsonRequiredField] public string? Goal { get; set; }
    [JsonEnumValues(typeof(GoalRelation))] public string? Relation { get; set; }
}

internal sealed class NextStepDto : Dto
{
    [JsonRequiredField] public string? Description { get; set; }
    public string? Owner { get; set; }
    [JsonExactDate] public string? Due { get; set; }
    [JsonPartyId] public string? OwnerId { get; set; }
}

internal sealed class CalendarEventDto : Dto
{
    [JsonRequiredField] public string? Id { get; set; }
    [JsonRequiredField] public string? Title { get; set; }
    [JsonRequiredField, JsonExactDate] public string? Date { get; set; }
    [JsonRequiredField] public string? Start { get; set; }
    [JsonRequiredField] public string? End { get; set; }
    public string? Place { get; set; }
    [JsonRequiredField, JsonEnumValues(typeof(EventKind))] public string? Kind { get; set; }
    [JsonRequiredField, JsonPartyId] public string? Host { get; set; }
    public List<string?>? Audience { get; set; }
    public List<string?>? Press { get; set; }
    public List<SponsorDto?>? Sponsors { get; set; }
    public string? Description { get; set; }
}

internal sealed class SponsorDto : Dto
{
    [JsonRequiredField, JsonPartyId] public string? Sponsor { get; set; }
    public string? Name { get; set; }
    [JsonEnumValues(typeof(SponsorVisibility))] public string? Visibility { get; set; }
    [JsonPartyId] public string? HiddenAtRequestOf { get; set; }
    public string? HiddenReason { get; set; }
}

internal sealed class PlannedMeetingDto : Dto
{
    [JsonRequiredField] public string? Id { get; set; }
    [JsonRequiredField] public string? Title { get; set; }
    [JsonRequiredField, JsonExactDate] public string? Date { get; set; }
    [JsonRequiredField] public string? Start { get; set; }
    [JsonRequiredField] public string? End { get; set; }
    [JsonRequiredField, JsonEnumValues(typeof(MeetingFormat))] public string? Format { get; set; }
    public LocationDto? Location { get; set; }
    public List<AttendeeDto?>? Attendees { get; set; }
    [JsonExactDate] public string? AgendaSentOn { get; set; }
    public string? NewcomerGreeter { get; set; }
    public bool? GroundRules { get; set; }
    public bool? FacilitatorWatchesWhoTalks { get; set; }
    public bool? FollowUpPlanned { get; set; }
    public bool? FeedbackPlanned { get; set; }
    public List<PlannedAgendaItemDto?>? Agenda { get; set; }
    [JsonPartyId] public List<string?>? RequiredParties { get; set; }
    public string? Table { get; set; }
    [JsonPartyId] public List<string?>? CommunitiesDiscussed { get; set; }
    public string? Tool { get; set; }
    [JsonEnumValues(typeof(LandAcknowledgment))] public string? LandAcknowledgment { get; set; }
}

internal sealed class LocationDto : Dto
{
    [JsonRequiredField] public string? Name { get; set; }
    public bool? NearTransit { get; set; }
    public bool? StepFree { get; set; }
    public List<string?>? Barriers { get; set; }
    public bool? BarriersInInvitation { get; set; }
}

internal sealed class AttendeeDto : Dto
{
    [JsonRequiredField] public string? Name { get; set; }
    [JsonPartyId] public string? Party { get; set; }
    public bool? Newcomer { get; set; }
    public bool? JoinsOnline { get; set; }
    public bool? ToolComfort { get; set; }
    public bool? LivesNearby { get; set; }
    public bool? NeedsStepFree { get; set; }
    public List<AvailabilityDto?>? Available { get; set; }
}

internal sealed class AvailabilityDto : Dto
{
    [JsonEnumValues(typeof(DayOfWeek))] public string? Day { get; set; }
    [JsonRequiredField] public string? From { get; set; }
    [JsonRequiredField] public string? To { get; set; }
}

internal sealed class PlannedAgendaItemDto : Dto
{
    [JsonRequiredField] public string? Title { get; set; }
    public string? Speaker { get; set; }
    [JsonPartyId] public string? SpeakerParty { get; set; }
    public bool? Guest { get; set; }
    [JsonNumberRange(1, 720)] public int? Minutes { get; set; }
}

internal sealed class MeetingProfileDto : Dto
{
    public int? AgendaDaysAhead { get; set; }
    public string? EarliestStart { get; set; }
    public string? LatestEnd { get; set; }
    public int? MaxMinutes { get; set; }
    public int? GuestSpeakerWithinMinutes { get; set; }
    public bool? RequireTransit { get; set; }
    public bool? RequireStepFree { get; set; }
    public bool? RequireGreeter { get; set; }
    public bool? RequireGroundRules { get; set; }
    public bool? RequireFacilitation { get; set; }
    public bool? RequireFollowUp { get; set; }
    public bool? RequireFeedback { get; set; }
    public bool? RequireLandAcknowledgmentConsidered { get; set; }
}

#pragma warning restore CA1002, CA2227
