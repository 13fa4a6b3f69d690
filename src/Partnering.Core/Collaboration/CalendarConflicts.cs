using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Partnering.Core.Internal;

namespace Partnering.Core.Collaboration;

/// <summary>What to do about two events that compete.</summary>
public enum ConflictSuggestion
{
    /// <summary>Combine them into one joint action (same kind of event, same audience or press).</summary>
    CombineIntoOneAction,

    /// <summary>Move one of them (named by <see cref="CalendarConflict.MoveEvent"/>).</summary>
    MoveOne,
}

/// <summary>
/// Two events that overlap in time and compete for the same audience or the same press, or that pitch the
/// same press on the same day even without overlapping (seed 003), with a suggestion.
/// <see cref="First"/> is the one that starts first (by id when they start together).
/// </summary>
/// <remarks>Equality compares the events, the shared audience and press, the suggestion, the event to move and <see cref="Us"/>; <see cref="Reason"/> is derived from them.</remarks>
public sealed record CalendarConflict
{
    /// <summary>The event that starts first.</summary>
    public required CalendarEvent First { get; init => field = Guard.NotNull(value); }

    /// <summary>The other event.</summary>
    public required CalendarEvent Second { get; init => field = Guard.NotNull(value); }

    /// <summary>The audiences both draw, in ordinal order.</summary>
    public IReadOnlyList<string> SharedAudience { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>The press both target, in ordinal order.</summary>
    public IReadOnlyList<string> SharedPress { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>What to do.</summary>
    public required ConflictSuggestion Suggestion { get; init; }

    /// <summary>For <see cref="ConflictSuggestion.MoveOne"/>: the id of the event to move; <see langword="null"/> when the advice is for a chapter (<see cref="Us"/>) that hosts neither.</summary>
    public string? MoveEvent { get; init; }

    /// <summary>
    /// The chapter the advice is for, or <see langword="null"/> for advice to nobody in particular (the
    /// detector's own). <see cref="ChapterSession.ConflictsAhead"/> sets it and, when only one of the
    /// events is the chapter's, names the chapter's own as <see cref="MoveEvent"/>: a partner's event is
    /// not ours to move, and the advice is to offer, not to ask (seed 003: negotiate, don't always be
    /// right, never burn a bridge). When neither is the chapter's, no event is named to move and the advice
    /// is to let both hosts know.
    /// </summary>
    public PartyId? Us { get; init; }

    /// <summary>Why they conflict and why this suggestion, in words (composed when read).</summary>
    public string Reason => CalendarConflicts.Explain(this);

    /// <summary>The conflict in one line.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{First.Id} x {Second.Id}: {Suggestion} ({Reason})";
}

/// <summary>Finds the events on a calendar that compete. Replace it through dependency injection to change what counts as competing.</summary>
public interface ICalendarConflictDetector
{
    /// <summary>Every pair of events that overlap in time and share an audience or a press target, and every pair on the same day that share a press target.</summary>
    /// <param name="events">The events; ids should be unique.</param>
    /// <returns>The conflicts ordered by the first event's start, then ids.</returns>
    IReadOnlyList<CalendarConflict> FindConflicts(IReadOnlyList<CalendarEvent> events);
}

/// <summary>
/// The default conflict detector: sorts the events by start and sweeps them, comparing each event only
/// with those still running when it starts, so the cost is O(n log n) plus the pairs that overlap in time,
/// rather than all n² pairs.
/// </summary>
public sealed class CalendarConflictDetector : ICalendarConflictDetector
{
    /// <inheritdoc/>
    public IReadOnlyList<CalendarConflict> FindConflicts(IReadOnlyList<CalendarEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var n = events.Count;
        var starts = new long[n];
        var ends = new long[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            var e = events[i];
            starts[i] = e.StartTicks;
            ends[i] = e.EndTicks;
            order[i] = i;
        }

        var keys = (long[])starts.Clone();
        Array.Sort(keys, order);
        var active = new List<int>();
        var found = new List<CalendarConflict>();
        foreach (var current in order)
        {
            var start = starts[current];
            for (var a = active.Count - 1; a >= 0; a--)
            {
                var other = active[a];
                if (ends[other] <= start)
                {
                    active[a] = active[^1];
                    active.RemoveAt(active.Count - 1);
                    continue;
                }

                // other started no later than current and ends after current starts.
                if (starts[other] < ends[current])
                {
                    var audience = Shared(events[other].Audience, events[current].Audience);
                    var press = Shared(events[other].Press, events[current].Press);
                    if (audience.Count > 0 || press.Count > 0)
                    {
                        found.Add(CalendarConflicts.Create(events[other], events[current], audience, press));
                    }
                }
            }

            if (ends[current] > start)
            {
                active.Add(current);
            }
        }

        CalendarConflicts.SameDayPress(events, order, found);
        return CalendarConflicts.Ordered(found);
    }

    /// <summary>The terms in both lists, in ordinal order; the lists are short, so a nested scan beats hashing.</summary>
    private static ValueList<string> Shared(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return ValueList<string>.Empty;
        }

        List<string>? shared = null;
        for (var i = 0; i < left.Count; i++)
        {
            var term = left[i];
            for (var j = 0; j < right.Count; j++)
            {
                if (string.Equals(term, right[j], StringComparison.Ordinal))
                {
                    if (shared is null || !shared.Contains(term, StringComparer.Ordinal))
                    {
                        (shared ??= []).Add(term);
                    }

                    break;
                }
            }
        }

        if (shared is null)
        {
            return ValueList<string>.Empty;
        }

        shared.Sort(StringComparer.Ordinal);
        return ValueList<string>.Wrap([.. shared]);
    }
}

/// <summary>Shared pieces of conflict detection: building and explaining a conflict, and the all-pairs reference.</summary>
internal static class CalendarConflicts
{
    /// <summary>The plain all-pairs check, O(n²): the reference the sweep is tested and measured against.</summary>
    public static IReadOnlyList<CalendarConflict> BruteForce(IReadOnlyList<CalendarEvent> events)
    {
        var found = new List<CalendarConflict>();
        for (var i = 0; i < events.Count; i++)
        {
            for (var j = i + 1; j < events.Count; j++)
            {
                var a = events[i];
                var b = events[j];
                if (a.StartTicks < b.EndTicks && b.StartTicks < a.EndTicks)
                {
                    var audience = a.Audience.Intersect(b.Audience, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                    var press = a.Press.Intersect(b.Press, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                    if (audience.Length > 0 || press.Length > 0)
                    {
                        found.Add(Create(a, b, audience, press));
                    }
                }
                else if (a.Date == b.Date && a.Press.Intersect(b.Press, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray() is { Length: > 0 } samePress)
                {
                    found.Add(Create(a, b, [], samePress));
                }
            }
        }

        return Ordered(found);
    }

    /// <summary>
    /// Adds the pairs of events on the same day that pitch the same press without overlapping on the clock
    /// (seed 003: a press conference the same morning as our canvasses competes for the same outlets).
    /// <paramref name="order"/> lists the events by start, so each day's events lie together.
    /// </summary>
    public static void SameDayPress(IReadOnlyList<CalendarEvent> events, int[] order, List<CalendarConflict> found)
    {
        var day = 0;
        while (day < order.Length)
        {
            var end = day + 1;
            while (end < order.Length && events[order[end]].Date == events[order[day]].Date)
            {
                end++;
            }

            for (var i = day; i < end; i++)
            {
                var a = events[order[i]];
                if (a.Press.Count == 0)
                {
                    continue;
                }

                for (var j = i + 1; j < end; j++)
                {
                    var b = events[order[j]];
                    if (b.Press.Count == 0 || (a.StartTicks < b.EndTicks && b.StartTicks < a.EndTicks))
                    {
                        continue; // overlapping pairs were found by the sweep
                    }

                    var press = a.Press.Intersect(b.Press, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                    if (press.Length > 0)
                    {
                        found.Add(Create(a, b, [], press));
                    }
                }
            }

            day = end;
        }
    }

    public static IReadOnlyList<CalendarConflict> Ordered(List<CalendarConflict> found)
    {
        found.Sort(static (x, y) =>
        {
            var c = x.First.StartTicks.CompareTo(y.First.StartTicks);
            c = c != 0 ? c : string.CompareOrdinal(x.First.Id, y.First.Id);
            c = c != 0 ? c : x.Second.StartTicks.CompareTo(y.Second.StartTicks);
            return c != 0 ? c : string.CompareOrdinal(x.Second.Id, y.Second.Id);
        });
        return ValueList<CalendarConflict>.Wrap([.. found]);
    }

    /// <summary>A conflict between two events known to overlap and to share the given audience or press.</summary>
    public static CalendarConflict Create(CalendarEvent a, CalendarEvent b, IReadOnlyList<string> sharedAudience, IReadOnlyList<string> sharedPress)
    {
        var aFirst = a.StartTicks < b.StartTicks || (a.StartTicks == b.StartTicks && string.CompareOrdinal(a.Id, b.Id) <= 0);
        var first = aFirst ? a : b;
        var second = aFirst ? b : a;
        var combine = first.Kind == second.Kind;
        return new CalendarConflict
        {
            First = first,
            Second = second,
            SharedAudience = sharedAudience,
            SharedPress = sharedPress,
            Suggestion = combine ? ConflictSuggestion.CombineIntoOneAction : ConflictSuggestion.MoveOne,
            MoveEvent = combine ? null : second.Id,
        };
    }

    /// <summary>
    /// The conflict with advice for the chapter <paramref name="us"/> (seed 003): a move falls on our own
    /// event when one of the two is ours, and on none when neither is; <see cref="Explain"/> words it.
    /// </summary>
    public static CalendarConflict AdvisedFor(CalendarConflict conflict, PartyId us)
    {
        var move = conflict.Suggestion != ConflictSuggestion.MoveOne ? conflict.MoveEvent
            : conflict.Second.Host == us ? conflict.Second.Id
            : conflict.First.Host == us ? conflict.First.Id
            : null; // neither is ours to move
        return conflict with { Us = us, MoveEvent = move };
    }

    /// <summary>Why two events conflict and why the suggestion, in words.</summary>
    public static string Explain(CalendarConflict conflict)
    {
        var (first, second) = (conflict.First, conflict.Second);
        var what = new List<string>();
        if (conflict.SharedAudience.Count > 0)
        {
            what.Add($"the same audience ({string.Join(", ", conflict.SharedAudience)})");
        }

        if (conflict.SharedPress.Count > 0)
        {
            what.Add($"the same press ({string.Join(", ", conflict.SharedPress)})");
        }

        var overlap = first.EndTicks > second.StartTicks;
        var clash = overlap
            ? string.Create(CultureInfo.InvariantCulture, $"'{first.Title}' ({first.Host}) and '{second.Title}' ({second.Host}) overlap on {second.Date:yyyy-MM-dd} from {second.Start:HH\\:mm} and compete for {string.Join(" and ", what)}")
            : string.Create(CultureInfo.InvariantCulture, $"'{first.Title}' ({first.Host}) and '{second.Title}' ({second.Host}) are pitched to {string.Join(" and ", what)} on the same day, {second.Date:yyyy-MM-dd}, and compete for one news cycle");
        var combine = conflict.Suggestion == ConflictSuggestion.CombineIntoOneAction;
        if (conflict.Us is not { } us)
        {
            return combine
                ? $"{clash}; both are {Words(first.Kind)}s: combine them into one joint action."
                : $"{clash}; a {Words(first.Kind)} and a {Words(second.Kind)} do not combine well: move '{second.Title}', the one that starts later.";
        }

        var ours = (First: first.Host == us, Second: second.Host == us);
        if (!ours.First && !ours.Second)
        {
            return combine
                ? $"{clash}; both are {Words(first.Kind)}s and neither is ours: let {first.Host} and {second.Host} know that they could combine them into one joint action; it is theirs to decide (seed 003: know your role)."
                : $"{clash}; neither is ours: let {first.Host} and {second.Host} know of the clash; which one moves is theirs to settle (seed 003: know your role).";
        }

        if (ours.First && ours.Second)
        {
            return combine
                ? $"{clash}; both are ours and both are {Words(first.Kind)}s: combine them into one joint action."
                : $"{clash}; both are ours, and a {Words(first.Kind)} and a {Words(second.Kind)} do not combine well: move '{second.Title}', the one that starts later.";
        }

        var (mine, theirs) = ours.First ? (first, second) : (second, first);
        return combine
            ? $"{clash}; both are {Words(first.Kind)}s: propose to {theirs.Host} that we combine them into one joint action, and be ready to take their lead on it (seed 003: negotiate, don't always be right)."
            : $"{clash}; a {Words(first.Kind)} and a {Words(second.Kind)} do not combine well: talk with {theirs.Host} and offer to move ours, '{mine.Title}' (or to link the two in one story), rather than ask them to move theirs (seed 003: negotiate, don't always be right, never burn a bridge).";
    }

    private static string Words(EventKind kind) => kind switch
    {
        EventKind.PressConference => "press conference",
        EventKind.TownHall => "town hall",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
