using System;
using System.Collections.Generic;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Collaboration;

/// <summary>How a meeting is held.</summary>
public enum MeetingFormat
{
    /// <summary>Everyone in one room.</summary>
    InPerson,

    /// <summary>Online only.</summary>
    Online,

    /// <summary>In a room, with people joining online too.</summary>
    Hybrid,
}

/// <summary>Someone expected at a planned meeting.</summary>
public sealed record PlannedAttendee
{
    /// <summary>The person's name.</summary>
    public required string Name { get; init => field = Guard.NotBlank(value); }

    /// <summary>The party they are, or come for (a member, a partner organization), when known.</summary>
    public PartyId? Party { get; init; }

    /// <summary>Whether this is their first meeting with us.</summary>
    public bool Newcomer { get; init; }

    /// <summary>For a hybrid meeting: whether they join online (online meetings: everyone does).</summary>
    public bool JoinsOnline { get; init; }

    /// <summary>Whether they are comfortable with the online tool; <see langword="null"/> when nobody asked (seed 004: "if online, does everyone have comfort with Zoom?").</summary>
    public bool? ToolComfort { get; init; }

    /// <summary>Whether the place is near where they live; <see langword="null"/> when not known.</summary>
    public bool? LivesNearby { get; init; }

    /// <summary>
    /// Whether they need a step-free way in (a wheelchair, a walker, a stroller). Coming in person, they
    /// fail the location item at a place with stairs or not checked for them, even when the invitation
    /// notes the stairs (seed 004's checklist: a place accessible to the attendees).
    /// </summary>
    public bool NeedsStepFree { get; init; }

    /// <summary>When they can come, if they said; empty when not recorded (the check then uses the profile's default window).</summary>
    public IReadOnlyList<AvailabilityWindow> Available { get; init => field = Guard.List(value); } = ValueList<AvailabilityWindow>.Empty;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>Where a meeting is held and how easy it is to reach and enter.</summary>
public sealed record MeetingLocation
{
    /// <summary>The place's name or address.</summary>
    public required string Name { get; init => field = Guard.NotBlank(value); }

    /// <summary>Whether public transit stops nearby; <see langword="null"/> when not checked.</summary>
    public bool? NearTransit { get; init; }

    /// <summary>Whether one can get in and around without stairs; <see langword="null"/> when not checked.</summary>
    public bool? StepFree { get; init; }

    /// <summary>Other barriers noted (no elevator to the room, poor lighting, no accessible restroom...).</summary>
    public IReadOnlyList<string> Barriers { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>
    /// Whether the invitation tells attendees about this place's barriers (stairs, no transit nearby, the
    /// barriers listed). Seed 004: if there are barriers to accessibility, note them in the invitation;
    /// a disclosed barrier does not fail the location item.
    /// </summary>
    public bool BarriersInInvitation { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>A meeting being planned, with what makes it welcoming: attendees, place, format, time, agenda, and care before and after.</summary>
public sealed record PlannedMeeting
{
    /// <summary>An id unique among planned meetings.</summary>
    public required string Id { get; init => field = Guard.NotBlank(value); }

    /// <summary>The meeting's title.</summary>
    public required string Title { get; init => field = Guard.NotBlank(value); }

    /// <summary>The day.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>When it starts.</summary>
    public required TimeOnly Start { get; init; }

    /// <summary>When it ends (after <see cref="Start"/>).</summary>
    public required TimeOnly End { get; init; }

    /// <summary>How it is held.</summary>
    public required MeetingFormat Format { get; init; }

    /// <summary>Where, for in-person and hybrid meetings.</summary>
    public MeetingLocation? Location { get; init; }

    /// <summary>Who is expected.</summary>
    public IReadOnlyList<PlannedAttendee> Attendees { get; init => field = Guard.List(value); } = ValueList<PlannedAttendee>.Empty;

    /// <summary>When the agenda was sent to attendees, if it was.</summary>
    public DateOnly? AgendaSentOn { get; init; }

    /// <summary>The agenda: items in order, each with its speaker and time.</summary>
    public IReadOnlyList<PlannedAgendaItem> Agenda { get; init => field = Guard.List(value); } = ValueList<PlannedAgendaItem>.Empty;

    /// <summary>The parties who need to be part of this conversation (seed 004), beyond the seats of <see cref="Table"/> and the partners of <see cref="CommunitiesDiscussed"/>.</summary>
    public IReadOnlyList<PartyId> RequiredParties { get; init => field = Guard.List(value); } = ValueList<PartyId>.Empty;

    /// <summary>The coalition table this meeting is a meeting of, if any: every seat of it needs to be in the conversation.</summary>
    public string? Table { get; init; }

    /// <summary>Partners whose community is discussed: each needs to be in the conversation (seed 001: defer to them on their community's needs).</summary>
    public IReadOnlyList<PartyId> CommunitiesDiscussed { get; init => field = Guard.List(value); } = ValueList<PartyId>.Empty;

    /// <summary>The online tool, for online and hybrid meetings (e.g. "Zoom").</summary>
    public string? Tool { get; init; }

    /// <summary>Whether a land acknowledgment was considered for the opening (seed 004). Default <see cref="LandAcknowledgment.NotConsidered"/>.</summary>
    public LandAcknowledgment LandAcknowledgment { get; init; }

    /// <summary>Who greets newcomers, if someone is named.</summary>
    public string? NewcomerGreeter { get; init; }

    /// <summary>Whether ground rules are set out at the start (or agreed beforehand).</summary>
    public bool GroundRules { get; init; }

    /// <summary>Whether a facilitator watches who talks and who does not, and brings in the quiet.</summary>
    public bool FacilitatorWatchesWhoTalks { get; init; }

    /// <summary>Whether thanks and a follow-up (notes, next steps) go out afterwards.</summary>
    public bool FollowUpPlanned { get; init; }

    /// <summary>Whether attendees are asked for feedback afterwards.</summary>
    public bool FeedbackPlanned { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>Whether a land acknowledgment was considered for a meeting's opening.</summary>
public enum LandAcknowledgment
{
    /// <summary>Not considered yet.</summary>
    NotConsidered,

    /// <summary>Considered, and the opening includes one.</summary>
    Included,

    /// <summary>Considered, and left out (for a reason the organizers know).</summary>
    ConsideredNotIncluded,
}

/// <summary>A time an attendee can come: a window of the day, on one weekday or on any day.</summary>
public sealed record AvailabilityWindow
{
    /// <summary>The weekday, or <see langword="null"/> for any day.</summary>
    public DayOfWeek? Day { get; init; }

    /// <summary>From when.</summary>
    public required TimeOnly From { get; init; }

    /// <summary>Until when (after <see cref="From"/>).</summary>
    public required TimeOnly To { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

    /// <summary>Whether a meeting on <paramref name="date"/> from <paramref name="start"/> to <paramref name="end"/> fits in this window.</summary>
    /// <param name="date">The day.</param>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns><see langword="true"/> when it fits.</returns>
    public bool Fits(DateOnly date, TimeOnly start, TimeOnly end) => (Day is not { } day || day == date.DayOfWeek) && start >= From && end <= To;
}

/// <summary>One item of a planned meeting's agenda, in order: what, who speaks, for how long.</summary>
public sealed record PlannedAgendaItem
{
    /// <summary>What the item is.</summary>
    public required string Title { get; init => field = Guard.NotBlank(value); }

    /// <summary>Who speaks, by name, if someone is named.</summary>
    public string? Speaker { get; init; }

    /// <summary>The party the speaker is or speaks for, when known.</summary>
    public PartyId? SpeakerParty { get; init; }

    /// <summary>Whether the speaker is a partner's leader or staff we invited to address us (seed 001: put them close to the beginning).</summary>
    public bool Guest { get; init; }

    /// <summary>The minutes planned for it, when timed.</summary>
    public int? Minutes { get; init => field = value is null or (>= 1 and <= 720) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"An agenda item lasts from 1 to 720 minutes; got {value}."); }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}
