using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Partnering.Core.Internal;

namespace Partnering.Core.Collaboration;

/// <summary>
/// How one organization followed through on the actions it took on at coalition tables, as of a day:
/// promised versus delivered early, on time, late, or dropped.
/// </summary>
/// <remarks>
/// An action counts as <em>promised</em> once it is settled (delivered or dropped) or its due date has
/// passed; an open action not yet due is not counted yet (it is in <see cref="NotYetDue"/>).
/// <see cref="UnderPromiseOverDeliver"/> is the share of promised actions delivered on time or early;
/// <see cref="KeptRatio"/> the share delivered at all. Both are in [0, 1], are 0 when nothing is promised
/// yet, and never go down when an action is delivered (on time, for the first ratio).
/// </remarks>
public sealed record FollowThrough
{
    /// <summary>The organization.</summary>
    public required PartyId Owner { get; init; }

    /// <summary>The day of the question.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Actions promised: settled, or open past their due date.</summary>
    public int Promised { get; init; }

    /// <summary>Delivered before the due date.</summary>
    public int DeliveredEarly { get; init; }

    /// <summary>Delivered on the due date.</summary>
    public int DeliveredOnTime { get; init; }

    /// <summary>Delivered after the due date.</summary>
    public int DeliveredLate { get; init; }

    /// <summary>Dropped.</summary>
    public int Dropped { get; init; }

    /// <summary>Open past their due date.</summary>
    public int Overdue { get; init; }

    /// <summary>Open and not yet due; not counted in <see cref="Promised"/>.</summary>
    public int NotYetDue { get; init; }

    /// <summary>"Under-promise, over-deliver": delivered on time or early, over promised; 0 when nothing is promised.</summary>
    public double UnderPromiseOverDeliver => Promised == 0 ? 0.0 : (double)(DeliveredEarly + DeliveredOnTime) / Promised;

    /// <summary>Delivered at all (even late), over promised; 0 when nothing is promised.</summary>
    public double KeptRatio => Promised == 0 ? 0.0 : (double)(DeliveredEarly + DeliveredOnTime + DeliveredLate) / Promised;

    /// <summary>The record in words, for people.</summary>
    public IReadOnlyList<string> Reasons { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Counts one organization's actions as of <paramref name="asOf"/>.</summary>
    /// <param name="owner">The organization.</param>
    /// <param name="actions">Agreed actions (any owner; only <paramref name="owner"/>'s count).</param>
    /// <param name="asOf">The day of the question; actions agreed after it are left out, and deliveries after it are not yet known and count as open.</param>
    /// <returns>The record.</returns>
    public static FollowThrough Of(PartyId owner, IEnumerable<AgreedAction> actions, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(actions);
        int early = 0, onTime = 0, late = 0, dropped = 0, overdue = 0, notYetDue = 0;
        foreach (var action in actions)
        {
            if (action.Owner != owner || action.AgreedOn > asOf)
            {
                continue;
            }

            switch (Classify(action, asOf))
            {
                case Standing.Early: early++; break;
                case Standing.OnTime: onTime++; break;
                case Standing.Late: late++; break;
                case Standing.Dropped: dropped++; break;
                case Standing.Overdue: overdue++; break;
                default: notYetDue++; break;
            }
        }

        var promised = early + onTime + late + dropped + overdue;
        var reasons = new List<string>();
        if (promised == 0)
        {
            reasons.Add(notYetDue == 0
                ? $"{owner} has taken on no actions yet: no follow-through to measure."
                : string.Create(CultureInfo.InvariantCulture, $"{owner} has {notYetDue} action(s) not yet due: no follow-through to measure yet."));
        }
        else
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{owner} promised {promised}: {early} early, {onTime} on time, {late} late, {dropped} dropped, {overdue} overdue."));
            if (early > 0)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Delivered {early} early: under-promised and over-delivered."));
            }

            if (dropped + overdue > 0)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{dropped + overdue} promise(s) not kept so far."));
            }
        }

        return new FollowThrough
        {
            Owner = owner,
            AsOf = asOf,
            Promised = promised,
            DeliveredEarly = early,
            DeliveredOnTime = onTime,
            DeliveredLate = late,
            Dropped = dropped,
            Overdue = overdue,
            NotYetDue = notYetDue,
            Reasons = reasons,
        };
    }

    internal enum Standing
    {
        NotYetDue,
        Early,
        OnTime,
        Late,
        Dropped,
        Overdue,
    }

    internal static Standing Classify(AgreedAction action, DateOnly asOf)
    {
        if (action.Status == ActionStatus.Delivered && action.DeliveredOn is { } on && on <= asOf)
        {
            return on < action.Due ? Standing.Early : on == action.Due ? Standing.OnTime : Standing.Late;
        }

        if (action.Status == ActionStatus.Dropped)
        {
            return Standing.Dropped;
        }

        return action.Due < asOf ? Standing.Overdue : Standing.NotYetDue;
    }
}

/// <summary>The chapter's own standing at a coalition table: do we show up, and do we deliver.</summary>
public sealed record TableStanding
{
    /// <summary>The table.</summary>
    public required string Table { get; init; }

    /// <summary>Meetings held (since we took our seat, up to the day of the question).</summary>
    public int MeetingsHeld { get; init; }

    /// <summary>Meetings we attended among them.</summary>
    public int MeetingsAttended { get; init; }

    /// <summary>Attendance regularity: attended over held, in [0, 1]; 0 when no meeting was held.</summary>
    public double AttendanceRegularity => MeetingsHeld == 0 ? 0.0 : (double)MeetingsAttended / MeetingsHeld;

    /// <summary>The most meetings in a row we missed.</summary>
    public int LongestAbsence { get; init; }

    /// <summary>Our follow-through on the actions we took on.</summary>
    public required FollowThrough FollowThrough { get; init => field = Guard.NotNull(value); }

    /// <summary>What the figures mean, for people.</summary>
    public IReadOnlyList<string> Reasons { get; init => field = Guard.List(value); } = ValueList<string>.Empty;
}

/// <summary>An organization's open actions, as brought to a table's next meeting.</summary>
public sealed record OwnerActions
{
    /// <summary>The owning organization.</summary>
    public required PartyId Owner { get; init; }

    /// <summary>Its open actions, by due date.</summary>
    public IReadOnlyList<AgreedAction> Open { get; init => field = Guard.List(value); } = ValueList<AgreedAction>.Empty;

    /// <summary>How many of them are past due on the meeting day (on the day of the question when no meeting is scheduled).</summary>
    public int OverdueAtMeeting { get; init; }
}

/// <summary>What the next meeting of a coalition table should go over: its date and the open actions by owner.</summary>
public sealed record NextMeetingBrief
{
    /// <summary>The table.</summary>
    public required string Table { get; init; }

    /// <summary>The next meeting day, or <see langword="null"/> when the schedule has ended.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Open actions grouped by owner, owners in id order.</summary>
    public IReadOnlyList<OwnerActions> OpenByOwner { get; init => field = Guard.List(value); } = ValueList<OwnerActions>.Empty;
}

/// <summary>Measures coalition tables: follow-through, our standing, the next meeting, and the evidence for tiers.</summary>
public static class CoalitionTables
{
    /// <summary>Follow-through of every organization that owns an action at the table, in id order.</summary>
    /// <param name="table">The table.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <returns>One record per owner.</returns>
    public static IReadOnlyList<FollowThrough> FollowThroughByOwner(CoalitionTable table, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Actions.Select(a => a.Owner).Distinct().Order()
            .Select(owner => FollowThrough.Of(owner, table.Actions, asOf)).ToArray();
    }

    /// <summary>Our own standing at a table: attendance regularity since we took our seat, and the actions we delivered.</summary>
    /// <param name="table">The table.</param>
    /// <param name="us">The chapter's id.</param>
    /// <param name="asOf">The day of the question; later meetings are ignored.</param>
    /// <returns>The standing, with reasons.</returns>
    public static TableStanding StandingOf(CoalitionTable table, PartyId us, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(table);
        var since = table.Seats.FirstOrDefault(s => s.Organization == us)?.Since ?? DateOnly.MinValue;
        var held = table.Meetings.Where(m => m.Date >= since && m.Date <= asOf).OrderBy(m => m.Date).ToArray();
        int attended = 0, run = 0, longest = 0;
        foreach (var meeting in held)
        {
            if (meeting.Attendance.Contains(us))
            {
                attended++;
                run = 0;
            }
            else
            {
                run++;
                longest = Math.Max(longest, run);
            }
        }

        var followThrough = FollowThrough.Of(us, table.Actions, asOf);
        var reasons = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Attended {attended} of {held.Length} meeting(s) held at '{table.Name}'."),
        };
        if (longest >= 2)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Missed {longest} meetings in a row: a seat is kept by being a regular."));
        }

        reasons.AddRange(followThrough.Reasons);
        return new TableStanding
        {
            Table = table.Name,
            MeetingsHeld = held.Length,
            MeetingsAttended = attended,
            LongestAbsence = longest,
            FollowThrough = followThrough,
            Reasons = reasons,
        };
    }

    /// <summary>The table's next meeting on or after <paramref name="asOf"/> and the actions still open, by owner.</summary>
    /// <param name="table">The table.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <returns>The brief.</returns>
    public static NextMeetingBrief NextMeeting(CoalitionTable table, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(table);
        var date = table.Cadence.NextMeeting(asOf);
        var meetingDay = date ?? asOf;
        var groups = table.Actions
            .Where(a => a.AgreedOn <= asOf && FollowThrough.Classify(a, asOf) is FollowThrough.Standing.NotYetDue or FollowThrough.Standing.Overdue)
            .GroupBy(a => a.Owner)
            .OrderBy(g => g.Key)
            .Select(g => new OwnerActions
            {
                Owner = g.Key,
                Open = g.OrderBy(a => a.Due).ThenBy(a => a.Id, StringComparer.Ordinal).ToArray(),
                OverdueAtMeeting = g.Count(a => a.Due < meetingDay),
            })
            .ToArray();
        return new NextMeetingBrief { Table = table.Name, Date = date, OpenByOwner = groups };
    }

    /// <summary>The table's meetings up to <paramref name="asOf"/> that ended with no action agreed that day (seed 003: a table ends with agreed actions).</summary>
    /// <param name="table">The table.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <returns>The meetings, by date.</returns>
    public static IReadOnlyList<TableMeeting> MeetingsWithoutAgreedAction(CoalitionTable table, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(table);
        var agreedOn = table.Actions.Select(a => a.AgreedOn).ToHashSet();
        return table.Meetings.Where(m => m.Date <= asOf && !agreedOn.Contains(m.Date)).OrderBy(m => m.Date).ToArray();
    }

    /// <summary>
    /// Follow-through of one person (a member, or a partner's person recorded as a party) on the table actions
    /// they do, so it can be tied to relationship owners.
    /// </summary>
    /// <param name="person">The person.</param>
    /// <param name="table">The table.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <returns>The record, counted over the actions whose <see cref="AgreedAction.Person"/> is <paramref name="person"/>.</returns>
    public static FollowThrough FollowThroughOfPerson(PartyId person, CoalitionTable table, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(table);
        return FollowThrough.Of(person, table.Actions.Where(a => a.Person == person).Select(a => a with { Owner = person }), asOf);
    }

    /// <summary>
    /// The table's evidence for partnership tiers, as interactions: every action a partner owns becomes a
    /// <see cref="InteractionKind.Commitment"/> made by the partner (kept on its delivery date when delivered
    /// by <paramref name="asOf"/>, dropped when dropped); every meeting we attended becomes a
    /// <see cref="InteractionKind.Meeting"/> with each other organization present.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="us">The chapter's id; our own actions are not a commitment to any one partner and are left out.</param>
    /// <param name="asOf">The day of the question; later meetings and deliveries are left out.</param>
    /// <returns>The interactions, by date.</returns>
    public static IReadOnlyList<Interaction> ToInteractions(CoalitionTable table, PartyId us, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(table);
        var result = new List<Interaction>();
        foreach (var meeting in table.Meetings.Where(m => m.Date <= asOf && m.Attendance.Contains(us)))
        {
            foreach (var other in meeting.Attendance.Where(o => o != us).Distinct())
            {
                result.Add(new Interaction
                {
                    Kind = InteractionKind.Meeting,
                    Date = meeting.Date,
                    Partner = other,
                    Summary = $"Met at coalition table '{table.Name}'.",
                });
            }
        }

        foreach (var action in table.Actions.Where(a => a.Owner != us && a.AgreedOn <= asOf))
        {
            var delivered = action.Status == ActionStatus.Delivered && action.DeliveredOn is { } on && on <= asOf;
            result.Add(new Interaction
            {
                Kind = InteractionKind.Commitment,
                Date = action.AgreedOn,
                Partner = action.Owner,
                Direction = Direction.FromPartner,
                Summary = $"Agreed at coalition table '{table.Name}' (action {action.Id}).",
                Commitment = new Commitment
                {
                    MadeBy = CommitmentParty.Partner,
                    Description = action.Description,
                    Due = action.Due,
                    KeptOn = delivered ? action.DeliveredOn : null,
                    Dropped = action.Status == ActionStatus.Dropped,
                },
            });
        }

        return result.OrderBy(i => i.Date).ThenBy(i => i.Partner).ToArray();
    }
}
