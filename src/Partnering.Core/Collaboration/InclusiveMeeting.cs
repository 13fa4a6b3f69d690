using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Collaboration;

/// <summary>
/// The thresholds of the inclusive meeting check, as data. The guidance sets no numbers: each default
/// below is this library's choice, stated on its property; <see cref="Validate"/> reports every problem
/// with a JSON path.
/// </summary>
public sealed record InclusiveMeetingProfile
{
    /// <summary>The defaults.</summary>
    public static InclusiveMeetingProfile Default { get; } = new();

    /// <summary>How many days ahead the agenda must go out, at least. Default 3 (the library's choice; the guidance says "ahead of time").</summary>
    public int AgendaDaysAhead { get; init; } = 3;

    /// <summary>The earliest start for attendees whose availability is not recorded. Default 09:00 (the library's choice).</summary>
    public TimeOnly EarliestStart { get; init; } = new(9, 0);

    /// <summary>The latest end for attendees whose availability is not recorded. Default 21:00 (the library's choice).</summary>
    public TimeOnly LatestEnd { get; init; } = new(21, 0);

    /// <summary>The longest meeting, in minutes. Default 120 (the library's choice).</summary>
    public int MaxMinutes { get; init; } = 120;

    /// <summary>How many minutes into the meeting a guest speaker's item may start at the latest ("close to the beginning", seed 001). Default 15 (the library's choice).</summary>
    public int GuestSpeakerWithinMinutes { get; init; } = 15;

    /// <summary>Whether transit access to an in-person venue is checked. Default <see langword="true"/>.</summary>
    public bool RequireTransit { get; init; } = true;

    /// <summary>Whether stairs at an in-person venue are checked. Default <see langword="true"/>; stairs noted in the invitation pass.</summary>
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

    /// <summary>Whether a land acknowledgment must have been considered. Default <see langword="true"/>.</summary>
    public bool RequireLandAcknowledgmentConsidered { get; init; } = true;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

    /// <summary>Every problem with these thresholds, each with its JSON path under <paramref name="path"/>.</summary>
    /// <param name="path">The JSON path of the profile (default <c>$</c>).</param>
    /// <returns>The problems; empty when the profile is usable.</returns>
    public IReadOnlyList<DocumentProblem> Validate(string path = "$")
    {
        var problems = new List<DocumentProblem>();
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

        if (GuestSpeakerWithinMinutes is < 0 or > 720)
        {
            problems.Add(new($"{path}.guestSpeakerWithinMinutes", string.Create(CultureInfo.InvariantCulture, $"Must be from 0 to 720 minutes; got {GuestSpeakerWithinMinutes}.")));
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
    /// <summary>Where the item comes from in the guidance (the seed and its advice), e.g. "seed 004, inclusive meeting checklist: …".</summary>
    public string Guidance => CollaborationGuidance.For(Item);

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

    /// <summary>The item with the given id, or <see langword="null"/> when it was not checked.</summary>
    /// <param name="item">The item's id.</param>
    /// <returns>The item.</returns>
    public ReadinessItem? this[string item] => Items.FirstOrDefault(i => i.Item == item);
}

/// <summary>Checks that a planned meeting is inclusive. Replace it through dependency injection to add items.</summary>
public interface IMeetingReadinessCheck
{
    /// <summary>Checks a planned meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="asOf">The day of the question: an agenda not yet sent can still go out in time.</param>
    /// <returns>The readiness, every item with its reason.</returns>
    MeetingReadiness Check(PlannedMeeting meeting, DateOnly asOf);

    /// <summary>Checks a planned meeting, knowing the chapter's coalition tables (so a table meeting needs every seat).</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <param name="tables">The coalition tables.</param>
    /// <returns>The readiness, every item with its reason.</returns>
    MeetingReadiness Check(PlannedMeeting meeting, DateOnly asOf, IReadOnlyList<CoalitionTable> tables) => Check(meeting, asOf);
}

/// <summary>
/// The default inclusive meeting check: every item of seed 004's checklist, and seed 001's guest speaker.
/// Items: <c>meeting.attendees</c> (everyone who needs to be part of the conversation is invited, as an
/// attendee or a speaker on the agenda: every seat of the table, the partners whose community is
/// discussed, the parties named), <c>meeting.location</c>
/// (transit, stairs, other barriers: met when absent or noted in the invitation), <c>meeting.near-attendees</c>,
/// <c>meeting.format</c> (online: everyone comfortable with the tool), <c>meeting.time</c> (each attendee's
/// availability; the profile's window for those who gave none), <c>meeting.length</c>,
/// <c>meeting.agenda-ahead</c>, <c>meeting.agenda-kept</c> (items timed to fit), <c>meeting.guest-speaks-early</c>,
/// <c>meeting.newcomers-greeted</c>, <c>meeting.land-acknowledgment</c>, <c>meeting.ground-rules</c>,
/// <c>meeting.who-talks</c>, <c>meeting.follow-up</c>, <c>meeting.feedback</c>.
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
    public MeetingReadiness Check(PlannedMeeting meeting, DateOnly asOf) => Check(meeting, asOf, ValueList<CoalitionTable>.Empty);

    /// <inheritdoc/>
    public MeetingReadiness Check(PlannedMeeting meeting, DateOnly asOf, IReadOnlyList<CoalitionTable> tables)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(tables);
        var p = Profile;
        var items = new List<ReadinessItem>();
        void Add(string item, bool met, string reason) => items.Add(new(item, met, reason));
        static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

        Attendees(meeting, tables, Add);
        var inRoom = meeting.Format != MeetingFormat.Online;
        var online = meeting.Format == MeetingFormat.Online ? meeting.Attendees : [.. meeting.Attendees.Where(a => a.JoinsOnline)];
        var inPerson = meeting.Format == MeetingFormat.Online ? [] : meeting.Attendees.Where(a => !a.JoinsOnline || meeting.Format == MeetingFormat.InPerson).ToArray();
        if (inRoom && meeting.Location is { } place)
        {
            Location(place, inPerson, p, Add);
            var far = inPerson.Where(a => a.LivesNearby == false).Select(a => a.Name).ToArray();
            var unknown = inPerson.Where(a => a.LivesNearby is null).Select(a => a.Name).ToArray();
            Add("meeting.near-attendees", far.Length == 0 && unknown.Length == 0, far.Length > 0
                ? $"{place.Name} is far from where {string.Join(", ", far)} live(s): meet nearer to them, arrange rides, or let them join online."
                : unknown.Length > 0 ? $"Not known whether {place.Name} is near where {string.Join(", ", unknown)} live(s): ask them." : $"{place.Name} is near where the attendees coming in person live.");
        }

        if (inRoom && meeting.Location is null)
        {
            Add("meeting.format", false, "An in-person or hybrid meeting has no location yet.");
        }
        else if (online.Count == 0)
        {
            Add("meeting.format", true, meeting.Format == MeetingFormat.Hybrid ? "Hybrid: nobody joins online so far." : "In person.");
        }
        else
        {
            var tool = meeting.Tool ?? "the online tool";
            var uneasy = online.Where(a => a.ToolComfort == false).Select(a => a.Name).ToArray();
            var unasked = online.Where(a => a.ToolComfort is null).Select(a => a.Name).ToArray();
            Add("meeting.format", uneasy.Length == 0 && unasked.Length == 0, uneasy.Length > 0
                ? $"{string.Join(", ", uneasy)} not comfortable with {tool}: offer a practice call, a phone dial-in, or someone to help them join."
                : unasked.Length > 0 ? $"Nobody asked {string.Join(", ", unasked)} whether they are comfortable with {tool}: ask before the meeting."
                : $"Everyone joining online is comfortable with {tool}.");
        }

        var misfit = new List<string>();
        foreach (var attendee in meeting.Attendees)
        {
            var fits = attendee.Available.Count == 0
                ? meeting.Start >= p.EarliestStart && meeting.End <= p.LatestEnd
                : attendee.Available.Any(w => w.Fits(meeting.Date, meeting.Start, meeting.End));
            if (!fits)
            {
                misfit.Add(attendee.Available.Count == 0 ? F($"{attendee.Name} (no availability recorded; outside {p.EarliestStart:HH\\:mm}-{p.LatestEnd:HH\\:mm})") : attendee.Name);
            }
        }

        Add("meeting.time", misfit.Count == 0, misfit.Count == 0
            ? F($"{meeting.Date:dddd} {meeting.Start:HH\\:mm} to {meeting.End:HH\\:mm} suits every attendee's schedule.")
            : F($"{meeting.Date:dddd} {meeting.Start:HH\\:mm} to {meeting.End:HH\\:mm} does not suit {string.Join(", ", misfit)}: find a time that suits different schedules."));

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

        Agenda(meeting, minutes, p, Add);

        var newcomers = meeting.Attendees.Count(a => a.Newcomer);
        if (p.RequireGreeter)
        {
            var greeted = newcomers == 0 || !string.IsNullOrWhiteSpace(meeting.NewcomerGreeter);
            Add("meeting.newcomers-greeted", greeted, newcomers == 0
                ? "No newcomers expected."
                : greeted ? F($"{meeting.NewcomerGreeter} greets the {newcomers} newcomer(s).") : F($"{newcomers} newcomer(s) expected and nobody named to greet them."));
        }

        if (p.RequireLandAcknowledgmentConsidered)
        {
            Add("meeting.land-acknowledgment", meeting.LandAcknowledgment != LandAcknowledgment.NotConsidered, meeting.LandAcknowledgment switch
            {
                LandAcknowledgment.Included => "The opening includes a land acknowledgment.",
                LandAcknowledgment.ConsideredNotIncluded => "A land acknowledgment was considered and left out.",
                _ => "Consider a land acknowledgment in the opening, to support Indigenous communities.",
            });
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

    /// <summary>The parties who need to be part of the conversation, each with why.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="tables">The coalition tables (for a table meeting's seats).</param>
    /// <returns>Each required party once, with the reason it is needed, in the order first named.</returns>
    public static IReadOnlyList<(PartyId Party, string Why)> RequiredParties(PlannedMeeting meeting, IReadOnlyList<CoalitionTable> tables)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(tables);
        var required = new List<(PartyId, string)>();
        var seen = new HashSet<PartyId>();
        void Need(PartyId party, string why)
        {
            if (seen.Add(party))
            {
                required.Add((party, why));
            }
        }

        if (meeting.Table is { } id && tables.FirstOrDefault(t => t.Id == id) is { } table)
        {
            foreach (var seat in table.Seats)
            {
                Need(seat.Organization, $"a seat at '{table.Name}'");
            }
        }

        foreach (var party in meeting.CommunitiesDiscussed)
        {
            Need(party, "their community is discussed");
        }

        foreach (var party in meeting.RequiredParties)
        {
            Need(party, "named as needed");
        }

        return required;
    }

    private static void Attendees(PlannedMeeting meeting, IReadOnlyList<CoalitionTable> tables, Action<string, bool, string> add)
    {
        if (meeting.Table is { } id && !tables.Any(t => t.Id == id))
        {
            add("meeting.attendees", false, $"The meeting is for table '{id}', which is not among the tables given: check it with the chapter's tables so every seat is counted.");
            return;
        }

        var required = RequiredParties(meeting, tables);
        if (required.Count == 0)
        {
            add("meeting.attendees", false, "Nobody is named as needing to be part of this conversation: name them (the table's seats, the partners whose community is discussed, who decides).");
            return;
        }

        // A party that speaks on the agenda is invited, whether or not its speaker is listed among the attendees.
        var invited = meeting.Attendees.Select(a => a.Party).Concat(meeting.Agenda.Select(i => i.SpeakerParty)).OfType<PartyId>().ToHashSet();
        var missing = required.Where(r => !invited.Contains(r.Party)).Select(r => $"{r.Party} ({r.Why})").ToArray();
        add("meeting.attendees", missing.Length == 0, missing.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"Everyone who needs to be part of this conversation is invited ({required.Count} part(ies)).")
            : $"Not invited, though they need to be part of this conversation: {string.Join("; ", missing)}.");
    }

    private static void Location(MeetingLocation place, IReadOnlyList<PlannedAttendee> inPerson, InclusiveMeetingProfile p, Action<string, bool, string> add)
    {
        // Someone coming in person who needs a step-free way in is excluded by stairs, whatever the
        // invitation says: saying so lets others plan, but does not let them in.
        var needStepFree = inPerson.Where(a => a.NeedsStepFree).Select(a => a.Name).ToArray();
        if (needStepFree.Length > 0 && place.StepFree != true)
        {
            var who = string.Join(", ", needStepFree);
            add("meeting.location", false, place.StepFree == false
                ? $"{place.Name} has stairs, and {who} need(s) a step-free way in: find a step-free place (noting the stairs in the invitation does not let them in)."
                : $"Not checked at {place.Name}: stairs; {who} need(s) a step-free way in.");
            return;
        }

        var barriers = new List<string>();
        var unchecked_ = new List<string>();
        if (p.RequireTransit)
        {
            switch (place.NearTransit)
            {
                case false: barriers.Add("not near public transit"); break;
                case null: unchecked_.Add("transit access"); break;
            }
        }

        if (p.RequireStepFree)
        {
            switch (place.StepFree)
            {
                case false: barriers.Add("stairs"); break;
                case null: unchecked_.Add("stairs"); break;
            }
        }

        barriers.AddRange(place.Barriers);
        if (unchecked_.Count > 0)
        {
            add("meeting.location", false, $"Not checked at {place.Name}: {string.Join(", ", unchecked_)}.");
        }
        else if (barriers.Count == 0)
        {
            add("meeting.location", true, $"{place.Name} is near transit and has no stairs or other barriers noted.");
        }
        else if (place.BarriersInInvitation)
        {
            add("meeting.location", true, $"{place.Name}: {string.Join("; ", barriers)}; the invitation says so, so people can plan.");
        }
        else
        {
            add("meeting.location", false, $"{place.Name}: {string.Join("; ", barriers)}. Find a more accessible place, or say so in the invitation.");
        }
    }

    private static void Agenda(PlannedMeeting meeting, int minutes, InclusiveMeetingProfile p, Action<string, bool, string> add)
    {
        var agenda = meeting.Agenda;
        if (agenda.Count == 0)
        {
            add("meeting.agenda-kept", false, "No agenda items yet: list them, each with its speaker and time, so the meeting can keep to them.");
        }
        else if (agenda.Any(i => i.Minutes is null))
        {
            add("meeting.agenda-kept", false, $"Not every agenda item is timed ({string.Join(", ", agenda.Where(i => i.Minutes is null).Select(i => $"'{i.Title}'"))}): time them, to keep to the agenda and respect people's time.");
        }
        else
        {
            var total = agenda.Sum(i => i.Minutes!.Value);
            add("meeting.agenda-kept", total <= minutes, total <= minutes
                ? string.Create(CultureInfo.InvariantCulture, $"The agenda's {agenda.Count} item(s) take {total} of {minutes} minutes.")
                : string.Create(CultureInfo.InvariantCulture, $"The agenda's items take {total} minutes, more than the meeting's {minutes}: cut items rather than run over."));
        }

        var elapsed = 0;
        var late = new List<string>();
        var anyGuest = false;
        for (var i = 0; i < agenda.Count; i++)
        {
            var item = agenda[i];
            if (item.Guest)
            {
                anyGuest = true;
                var early = i == 0 || (agenda.Take(i).All(x => x.Minutes is not null) && elapsed <= p.GuestSpeakerWithinMinutes);
                if (!early)
                {
                    late.Add($"{item.Speaker ?? item.SpeakerParty?.Value ?? "the guest"} ('{item.Title}', item {i + 1})");
                }
            }

            elapsed += item.Minutes ?? 0;
        }

        if (anyGuest)
        {
            add("meeting.guest-speaks-early", late.Count == 0, late.Count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"Invited guests speak near the beginning (within {p.GuestSpeakerWithinMinutes} minutes).")
                : string.Create(CultureInfo.InvariantCulture, $"Invited guests speak late: {string.Join("; ", late)}. Move them near the beginning (within {p.GuestSpeakerWithinMinutes} minutes), out of respect for their time."));
        }
    }
}
