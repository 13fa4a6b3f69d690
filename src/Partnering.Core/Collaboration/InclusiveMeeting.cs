using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Partnering.Core.Documents;
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

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
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

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
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
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>
/// The thresholds of the inclusive meeting check, as data. Each default is stated on its property;
/// <see cref="Validate"/> reports every problem with a JSON path.
/// </summary>
public sealed record InclusiveMeetingProfile
{
    /// <summary>The defaults.</summary>
    public static InclusiveMeetingProfile Default { get; } = new();

    /// <summary>The fewest attendees worth meeting for. Default 2.</summary>
    public int MinAttendees { get; init; } = 2;

    /// <summary>The most attendees one facilitated conversation holds. Default 40.</summary>
    public int MaxAttendees { get; init; } = 40;

    /// <summary>How many days ahead the agenda must go out, at least. Default 3.</summary>
    public int AgendaDaysAhead { get; init; } = 3;

    /// <summary>The earliest start that suits people with day jobs and families. Default 09:00.</summary>
    public TimeOnly EarliestStart { get; init; } = new(9, 0);

    /// <summary>The latest end. Default 21:00.</summary>
    public TimeOnly LatestEnd { get; init; } = new(21, 0);

    /// <summary>The longest meeting, in minutes. Default 120.</summary>
    public int MaxMinutes { get; init; } = 120;

    /// <summary>Whether an in-person venue must be near public transit. Default <see langword="true"/>.</summary>
    public bool RequireTransit { get; init; } = true;

    /// <summary>Whether an in-person venue must be step-free. Default <see langword="true"/>.</summary>
    public bool RequireStepFree { get; init; } = true;

    /// <summary>Whether a greeter must be named when newcomers are expected. Default <see langword="true"/>.</summary>
    public bool RequireGreeter { get; init; } = true;

    /// <summary>Whether ground rules are required. Default <see langword="true"/>.</summary>
    public bool RequireGroundRules { get; init; } = true;

    /// <summary>Whether someone must watch who talks and who does not. Default <see langword="true"/>.</summary>
    public bool RequireFacilitation { get; init; } = true;

    /// <summary>Whether thanks and follow-up are required. Default <see langword="true"/>.</summary>
    public bool RequireFollowUp { get; init; } = true;

    /// <summary>Whether asking for feedback is required. Default <see langword="true"/>.</summary>
    public bool RequireFeedback { get; init; } = true;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

    /// <summary>Every problem with these thresholds, each with its JSON path under <paramref name="path"/>.</summary>
    /// <param name="path">The JSON path of the profile (default <c>$</c>).</param>
    /// <returns>The problems; empty when the profile is usable.</returns>
    public IReadOnlyList<DocumentProblem> Validate(string path = "$")
    {
        var problems = new List<DocumentProblem>();
        if (MinAttendees < 1)
        {
            problems.Add(new($"{path}.minAttendees", string.Create(CultureInfo.InvariantCulture, $"Must be at least 1; got {MinAttendees}.")));
        }

        if (MaxAttendees < MinAttendees)
        {
            problems.Add(new($"{path}.maxAttendees", string.Create(CultureInfo.InvariantCulture, $"Must be at least minAttendees ({MinAttendees}); got {MaxAttendees}.")));
        }

        if (AgendaDaysAhead is < 0 or > 60)
        {
            problems.Add(new($"{path}.agendaDaysAhead", string.Create(CultureInfo.InvariantCulture, $"Must be from 0 to 60 days; got {AgendaDaysAhead}.")));
        }

        if (LatestEnd <= EarliestStart)
        {
            problems.Add(new($"{path}.latestEnd", string.Create(CultureInfo.InvariantCulture, $"Must be after earliestStart ({EarliestStart:HH\\:mm}); got {LatestEnd:HH\\:mm}.")));
        }

        if (MaxMinutes is < 15 or > 720)
        {
            problems.Add(new($"{path}.maxMinutes", string.Create(CultureInfo.InvariantCulture, $"Must be from 15 to 720 minutes; got {MaxMinutes}.")));
        }

        return problems;
    }
}

/// <summary>One readiness item of a planned meeting.</summary>
/// <param name="Item">The item's id (e.g. <c>meeting.agenda-ahead</c>).</param>
/// <param name="Met">Whether it is met.</param>
/// <param name="Reason">Why, in a plain sentence (what to do when it is not met).</param>
public sealed record ReadinessItem(string Item, bool Met, string Reason)
{
    /// <summary>The item as <c>[ok|todo] item: reason</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"[{(Met ? "ok" : "todo")}] {Item}: {Reason}";
}

/// <summary>The readiness of a planned meeting: every item checked, met or not.</summary>
public sealed record MeetingReadiness
{
    /// <summary>The meeting checked.</summary>
    public required string Meeting { get; init; }

    /// <summary>Every item checked, in a fixed order.</summary>
    public IReadOnlyList<ReadinessItem> Items { get; init => field = Guard.List(value); } = ValueList<ReadinessItem>.Empty;

    /// <summary>The unmet items.</summary>
    public IReadOnlyList<ReadinessItem> Unmet => [.. Items.Where(i => !i.Met)];

    /// <summary>Whether every item is met.</summary>
    public bool Ready => Items.All(i => i.Met);
}

/// <summary>Checks that a planned meeting is inclusive. Replace it through dependency injection to add items.</summary>
public interface IMeetingReadinessCheck
{
    /// <summary>Checks a planned meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="asOf">The day of the question: an agenda not yet sent can still go out in time.</param>
    /// <returns>The readiness, every item with its reason.</returns>
    MeetingReadiness Check(PlannedMeeting meeting, DateOnly asOf);
}

/// <summary>
/// The default inclusive meeting check. Items: <c>meeting.attendees</c>, <c>meeting.transit</c>,
/// <c>meeting.step-free</c>, <c>meeting.barriers</c>, <c>meeting.format</c>, <c>meeting.time</c>,
/// <c>meeting.length</c>, <c>meeting.agenda-ahead</c>, <c>meeting.newcomers-greeted</c>,
/// <c>meeting.ground-rules</c>, <c>meeting.who-talks</c>, <c>meeting.follow-up</c>, <c>meeting.feedback</c>.
/// </summary>
public sealed class InclusiveMeetingCheck : IMeetingReadinessCheck
{
    /// <summary>Creates the check with the given thresholds.</summary>
    /// <param name="profile">The thresholds; <see cref="InclusiveMeetingProfile.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The profile is invalid; the message lists its problems.</exception>
    public InclusiveMeetingCheck(InclusiveMeetingProfile? profile = null)
    {
        Profile = profile ?? InclusiveMeetingProfile.Default;
        var problems = Profile.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The inclusive meeting profile is invalid: {string.Join("; ", problems)}", nameof(profile));
        }
    }

    /// <summary>The thresholds in use.</summary>
    public InclusiveMeetingProfile Profile { get; }

    /// <inheritdoc/>
    public MeetingReadiness Check(PlannedMeeting meeting, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var p = Profile;
        var items = new List<ReadinessItem>();
        void Add(string item, bool met, string reason) => items.Add(new(item, met, reason));
        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

        var count = meeting.Attendees.Count;
        Add("meeting.attendees", count >= p.MinAttendees && count <= p.MaxAttendees, count < p.MinAttendees
            ? F($"{count} attendee(s) expected; at least {p.MinAttendees} are needed: invite the people the decision needs.")
            : count > p.MaxAttendees
                ? F($"{count} attendees expected, more than {p.MaxAttendees} one conversation holds: split it or plan breakouts.")
                : F($"{count} attendees expected."));

        var inRoom = meeting.Format != MeetingFormat.Online;
        if (inRoom && meeting.Location is null)
        {
            Add("meeting.format", false, "An in-person or hybrid meeting has no location yet.");
        }
        else
        {
            Add("meeting.format", true, meeting.Format switch
            {
                MeetingFormat.Online => "Online: no travel needed; share the link and a phone dial-in with the agenda.",
                MeetingFormat.Hybrid => "Hybrid: people may join in person or online.",
                _ => "In person.",
            });
        }

        if (inRoom && meeting.Location is { } place)
        {
            if (p.RequireTransit)
            {
                Add("meeting.transit", place.NearTransit == true, place.NearTransit switch
                {
                    true => $"{place.Name} is near public transit.",
                    false => $"{place.Name} is not near public transit: pick a place on a bus or train line, or arrange rides.",
                    null => $"Transit access to {place.Name} has not been checked.",
                });
            }

            if (p.RequireStepFree)
            {
                Add("meeting.step-free", place.StepFree == true, place.StepFree switch
                {
                    true => $"{place.Name} is step-free.",
                    false => $"{place.Name} has stairs: find a step-free room or entrance.",
                    null => $"Whether {place.Name} has stairs has not been checked.",
                });
            }

            Add("meeting.barriers", place.Barriers.Count == 0, place.Barriers.Count == 0
                ? "No other barriers noted."
                : $"Barriers noted: {string.Join("; ", place.Barriers)}. Remove them or say so in the invitation.");
        }

        var okTime = meeting.Start >= p.EarliestStart && meeting.End <= p.LatestEnd;
        Add("meeting.time", okTime, okTime
            ? F($"{meeting.Start:HH\\:mm} to {meeting.End:HH\\:mm} fits {p.EarliestStart:HH\\:mm} to {p.LatestEnd:HH\\:mm}.")
            : F($"{meeting.Start:HH\\:mm} to {meeting.End:HH\\:mm} falls outside {p.EarliestStart:HH\\:mm} to {p.LatestEnd:HH\\:mm}, when people with jobs and families can come."));

        var minutes = (int)(meeting.End - meeting.Start).TotalMinutes;
        var okLength = meeting.End > meeting.Start && minutes <= p.MaxMinutes;
        Add("meeting.length", okLength, okLength
            ? F($"{minutes} minutes.")
            : meeting.End <= meeting.Start ? "The meeting must end after it starts." : F($"{minutes} minutes is longer than {p.MaxMinutes}: shorten the agenda or add a break."));

        var deadline = meeting.Date.AddDays(-p.AgendaDaysAhead);
        Add("meeting.agenda-ahead", meeting.AgendaSentOn is { } sent && sent <= deadline, meeting.AgendaSentOn switch
        {
            { } s when s <= deadline => F($"Agenda sent on {s:yyyy-MM-dd}, {meeting.Date.DayNumber - s.DayNumber} day(s) ahead."),
            { } s => F($"Agenda sent on {s:yyyy-MM-dd}, later than {deadline:yyyy-MM-dd} ({p.AgendaDaysAhead} days ahead)."),
            null when asOf <= deadline => F($"Agenda not sent yet: send it by {deadline:yyyy-MM-dd} ({p.AgendaDaysAhead} days ahead)."),
            null => F($"Agenda not sent, and {deadline:yyyy-MM-dd} ({p.AgendaDaysAhead} days ahead) has passed: send it now and say so at the start."),
        });

        var newcomers = meeting.Attendees.Count(a => a.Newcomer);
        if (p.RequireGreeter)
        {
            var greeted = newcomers == 0 || !string.IsNullOrWhiteSpace(meeting.NewcomerGreeter);
            Add("meeting.newcomers-greeted", greeted, newcomers == 0
                ? "No newcomers expected."
                : greeted ? F($"{meeting.NewcomerGreeter} greets the {newcomers} newcomer(s).") : F($"{newcomers} newcomer(s) expected and nobody named to greet them."));
        }

        if (p.RequireGroundRules)
        {
            Add("meeting.ground-rules", meeting.GroundRules, meeting.GroundRules ? "Ground rules are set out." : "No ground rules: agree how we speak and decide before starting.");
        }

        if (p.RequireFacilitation)
        {
            Add("meeting.who-talks", meeting.FacilitatorWatchesWhoTalks, meeting.FacilitatorWatchesWhoTalks
                ? "A facilitator watches who talks and who does not."
                : "Nobody watches who talks and who does not: name a facilitator to bring in quiet voices.");
        }

        if (p.RequireFollowUp)
        {
            Add("meeting.follow-up", meeting.FollowUpPlanned, meeting.FollowUpPlanned ? "Thanks and follow-up are planned." : "No thanks or follow-up planned afterwards.");
        }

        if (p.RequireFeedback)
        {
            Add("meeting.feedback", meeting.FeedbackPlanned, meeting.FeedbackPlanned ? "Feedback will be asked for." : "No feedback asked for afterwards.");
        }

        return new MeetingReadiness { Meeting = meeting.Title, Items = items };
    }
}
