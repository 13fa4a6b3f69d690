using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Collaboration;

/// <summary>How often a coalition table's recurring meeting comes round.</summary>
public enum CadenceFrequency
{
    /// <summary>Every <see cref="MeetingCadence.Interval"/> weeks, on the weekday of <see cref="MeetingCadence.Start"/>.</summary>
    Weekly,

    /// <summary>
    /// Every <see cref="MeetingCadence.Interval"/> months, on the same numbered weekday as
    /// <see cref="MeetingCadence.Start"/> (a start on the second Tuesday means every second Tuesday).
    /// </summary>
    Monthly,
}

/// <summary>
/// The recurring schedule of a coalition table: a first meeting, a frequency and an interval
/// ("every second Tuesday of the month", "every other Thursday").
/// </summary>
public sealed record MeetingCadence
{
    /// <summary>The first scheduled meeting. A monthly cadence must start on one of the first 28 days of a month.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Weekly or monthly.</summary>
    public required CadenceFrequency Frequency { get; init; }

    /// <summary>Every how many weeks or months; 1 to 52. Default 1.</summary>
    public int Interval
    {
        get;
        init => field = value is >= 1 and <= 52 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"A cadence interval must be from 1 to 52; got {value}.");
    } = 1;

    /// <summary>The meeting's start time of day, when fixed.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>The last day the schedule runs, when it ends.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

    /// <summary>Says what is wrong with this cadence, or <see langword="null"/> when it is usable.</summary>
    /// <returns>A plain sentence, or <see langword="null"/>.</returns>
    public string? Explain()
    {
        if (Frequency == CadenceFrequency.Monthly && Start.Day > 28)
        {
            return string.Create(CultureInfo.InvariantCulture, $"A monthly cadence repeats the numbered weekday of its start (first to fourth), so it must start on day 1 to 28; got {Start:yyyy-MM-dd}.");
        }

        if (Until is { } until && until < Start)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The schedule must not end ({until:yyyy-MM-dd}) before it starts ({Start:yyyy-MM-dd}).");
        }

        return null;
    }

    /// <summary>The first scheduled meeting on or after <paramref name="from"/>.</summary>
    /// <param name="from">The first day to consider (usually "today").</param>
    /// <returns>The date, or <see langword="null"/> when the schedule has ended by then.</returns>
    /// <exception cref="InvalidOperationException">The cadence is not usable (see <see cref="Explain"/>).</exception>
    public DateOnly? NextMeeting(DateOnly from)
    {
        if (Explain() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        DateOnly next;
        if (from <= Start)
        {
            next = Start;
        }
        else if (Frequency == CadenceFrequency.Weekly)
        {
            var step = 7 * Interval;
            var days = from.DayNumber - Start.DayNumber;
            var periods = (days + step - 1) / step;
            next = Start.AddDays(periods * step);
        }
        else
        {
            var ordinal = ((Start.Day - 1) / 7) + 1;
            var months = ((from.Year - Start.Year) * 12) + (from.Month - Start.Month);
            var periods = months / Interval;
            next = NthWeekday(Start.AddMonths(periods * Interval), Start.DayOfWeek, ordinal);
            if (next < from)
            {
                next = NthWeekday(Start.AddMonths((periods + 1) * Interval), Start.DayOfWeek, ordinal);
            }
        }

        return Until is { } until && next > until ? null : next;
    }

    /// <summary>Every scheduled meeting from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The dates in order.</returns>
    public IReadOnlyList<DateOnly> MeetingsBetween(DateOnly from, DateOnly to)
    {
        var dates = new List<DateOnly>();
        var day = from;
        while (day <= to && NextMeeting(day) is { } next && next <= to)
        {
            dates.Add(next);
            day = next.AddDays(1);
        }

        return ValueList<DateOnly>.Wrap([.. dates]);
    }

    private static DateOnly NthWeekday(DateOnly anyDayInMonth, DayOfWeek weekday, int ordinal)
    {
        var first = new DateOnly(anyDayInMonth.Year, anyDayInMonth.Month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + ((ordinal - 1) * 7));
    }
}

/// <summary>An organization's seat at a coalition table, with the people who represent it.</summary>
public sealed record TableSeat
{
    /// <summary>The member organization (or the chapter itself).</summary>
    public required PartyId Organization { get; init; }

    /// <summary>The people who represent it at the table.</summary>
    public IReadOnlyList<string> Representatives { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>When it took its seat, if known; meetings before that do not count against its attendance.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>What an agenda item of a coalition table is about.</summary>
public enum AgendaItemKind
{
    /// <summary>Updates on messaging.</summary>
    Messaging,

    /// <summary>Updates on calendars: who does what when.</summary>
    Calendars,

    /// <summary>Tactics: how to apply pressure together.</summary>
    Tactics,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>A tactic a partner proposes for a joint action, to be checked against our theory of change.</summary>
public sealed record TacticProposal
{
    /// <summary>The tactic proposed (e.g. "town-hall-disruption").</summary>
    public required Tactic Tactic { get; init; }

    /// <summary>Who proposed it.</summary>
    public PartyId? ProposedBy { get; init; }

    /// <summary>What kind of target the action aims at, when known (a lawmaker, a person...).</summary>
    public TargetKind? Target { get; init; }

    /// <summary>The proposal in words.</summary>
    public string? Description { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>One item on a coalition table meeting's agenda.</summary>
public sealed record AgendaItem
{
    /// <summary>What it is about.</summary>
    public required AgendaItemKind Kind { get; init; }

    /// <summary>The item's title.</summary>
    public required string Title { get; init => field = Guard.NotBlank(value); }

    /// <summary>For <see cref="AgendaItemKind.Tactics"/>: the tactic proposed, if any.</summary>
    public TacticProposal? Proposal { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>A coalition table meeting that took place: who came and what was discussed.</summary>
public sealed record TableMeeting
{
    /// <summary>When it was held.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The organizations present (seats, by organization id).</summary>
    public IReadOnlyList<PartyId> Attendance { get; init => field = Guard.List(value); } = ValueList<PartyId>.Empty;

    /// <summary>The agenda items discussed.</summary>
    public IReadOnlyList<AgendaItem> Agenda { get; init => field = Guard.List(value); } = ValueList<AgendaItem>.Empty;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>Where an agreed action stands.</summary>
public enum ActionStatus
{
    /// <summary>Not yet delivered or dropped.</summary>
    Open,

    /// <summary>Delivered, on <see cref="AgreedAction.DeliveredOn"/>.</summary>
    Delivered,

    /// <summary>Dropped: it will not be delivered.</summary>
    Dropped,
}

/// <summary>
/// An action agreed at a coalition table: what, which organization owns it, which person does it,
/// by when, and where it stands.
/// </summary>
public sealed record AgreedAction
{
    /// <summary>An id unique within the table (e.g. "a-12").</summary>
    public required string Id { get; init => field = Guard.NotBlank(value); }

    /// <summary>What was agreed.</summary>
    public required string Description { get; init => field = Guard.NotBlank(value); }

    /// <summary>The organization that owns it (the chapter for our own actions).</summary>
    public required PartyId Owner { get; init; }

    /// <summary>The person who does it: a member or a party of the workspace, so follow-through can be tied to relationship owners.</summary>
    public PartyId? Person { get; init; }

    /// <summary>The person who does it, by name, as older documents recorded it (their <c>"person"</c> text); prefer <see cref="Person"/>.</summary>
    public string? PersonName { get; init; }

    /// <summary>The meeting day it was agreed.</summary>
    public required DateOnly AgreedOn { get; init; }

    /// <summary>When it is due.</summary>
    public required DateOnly Due { get; init; }

    /// <summary>Where it stands. Default <see cref="ActionStatus.Open"/>.</summary>
    public ActionStatus Status { get; init; } = ActionStatus.Open;

    /// <summary>When it was delivered; set exactly when <see cref="Status"/> is <see cref="ActionStatus.Delivered"/>.</summary>
    public DateOnly? DeliveredOn { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

    /// <summary>Says what is inconsistent in this action, or <see langword="null"/> when it is consistent.</summary>
    /// <returns>A plain sentence, or <see langword="null"/>.</returns>
    public string? Explain()
    {
        if (Due < AgreedOn)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Action '{Id}' is due ({Due:yyyy-MM-dd}) before it was agreed ({AgreedOn:yyyy-MM-dd}).");
        }

        if (Status == ActionStatus.Delivered && DeliveredOn is null)
        {
            return $"Action '{Id}' is delivered but has no delivery date.";
        }

        if (Status != ActionStatus.Delivered && DeliveredOn is not null)
        {
            return $"Action '{Id}' has a delivery date but its status is {Status.ToString().ToLowerInvariant()}.";
        }

        if (DeliveredOn is { } on && on < AgreedOn)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Action '{Id}' was delivered ({on:yyyy-MM-dd}) before it was agreed ({AgreedOn:yyyy-MM-dd}).");
        }

        return null;
    }
}

/// <summary>
/// A coalition table: a recurring, scheduled meeting of representatives of groups with shared goals,
/// where they update each other on messaging, calendars and tactics and end with agreed actions.
/// </summary>
public sealed record CoalitionTable
{
    /// <summary>An id unique among the chapter's tables.</summary>
    public required string Id { get; init => field = Guard.NotBlank(value); }

    /// <summary>The table's name.</summary>
    public required string Name { get; init => field = Guard.NotBlank(value); }

    /// <summary>The issue the table works on.</summary>
    public required IssueArea Issue { get; init; }

    /// <summary>The member organizations and their representatives.</summary>
    public IReadOnlyList<TableSeat> Seats { get; init => field = Guard.List(value); } = ValueList<TableSeat>.Empty;

    /// <summary>The recurring schedule.</summary>
    public required MeetingCadence Cadence { get; init => field = Guard.NotNull(value); }

    /// <summary>The meetings held, with attendance and agenda.</summary>
    public IReadOnlyList<TableMeeting> Meetings { get; init => field = Guard.List(value); } = ValueList<TableMeeting>.Empty;

    /// <summary>The actions agreed at the table.</summary>
    public IReadOnlyList<AgreedAction> Actions { get; init => field = Guard.List(value); } = ValueList<AgreedAction>.Empty;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}
