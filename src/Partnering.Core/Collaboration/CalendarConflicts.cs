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
/// Two events that overlap in time and compete for the same audience or the same press, with a suggestion.
/// <see cref="First"/> is the one that starts first (by id when they start together).
/// </summary>
public sealed record CalendarConflict
{
    /// <summary>The event that starts first.</summary>
    public required CalendarEvent First { get; init => field = Guard.NotNull(value); }

    /// <summary>The other event.</summary>
    public required CalendarEvent Second { get; init => field = Guard.NotNull(value); }

    /// <summary>The audiences both draw, in order.</summary>
    public IReadOnlyList<string> SharedAudience { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>The press both target, in order.</summary>
    public IReadOnlyList<string> SharedPress { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>What to do.</summary>
    public required ConflictSuggestion Suggestion { get; init; }

    /// <summary>For <see cref="ConflictSuggestion.MoveOne"/>: the id of the event to move.</summary>
    public string? MoveEvent { get; init; }

    /// <summary>Why they conflict and why this suggestion, in words.</summary>
    public required string Reason { get; init => field = Guard.NotBlank(value); }

    /// <summary>The conflict in one line.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{First.Id} x {Second.Id}: {Suggestion} ({Reason})";
}

/// <summary>Finds the events on a calendar that compete. Replace it through dependency injection to change what counts as competing.</summary>
public interface ICalendarConflictDetector
{
    /// <summary>Every pair of events that overlap in time and share an audience or a press target.</summary>
    /// <param name="events">The events; ids should be unique.</param>
    /// <returns>The conflicts ordered by the first event's start, then ids.</returns>
    IReadOnlyList<CalendarConflict> FindConflicts(IReadOnlyList<CalendarEvent> events);
}

/// <summary>
/// The default conflict detector: sorts the events by start and sweeps them, comparing each event only
/// with those still running when it starts, so the cost is O(n log n + k) for k overlapping pairs rather
/// than all n² pairs. Audiences and press targets are compared as small sorted sets of interned numbers.
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
        var audience = new int[n][];
        var press = new int[n][];
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            var e = events[i];
            starts[i] = e.StartTicks;
            ends[i] = e.EndTicks;
            audience[i] = Intern(e.Audience, terms);
            press[i] = Intern(e.Press, terms);
            order[i] = i;
        }

        Array.Sort(starts.ToArray(), order);
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
                if (starts[other] < ends[current] && (Intersects(audience[current], audience[other]) || Intersects(press[current], press[other])))
                {
                    found.Add(CalendarConflicts.Describe(events[other], events[current]));
                }
            }

            if (ends[current] > start)
            {
                active.Add(current);
            }
        }

        return CalendarConflicts.Ordered(found);
    }

    private static int[] Intern(IReadOnlyList<string> values, Dictionary<string, int> terms)
    {
        if (values.Count == 0)
        {
            return [];
        }

        var ids = new int[values.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!terms.TryGetValue(values[i], out var id))
            {
                id = terms.Count;
                terms.Add(values[i], id);
            }

            ids[i] = id;
        }

        Array.Sort(ids);
        return ids;
    }

    private static bool Intersects(int[] left, int[] right)
    {
        int i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            var l = left[i];
            var r = right[j];
            if (l == r)
            {
                return true;
            }

            if (l < r)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }
}

/// <summary>Shared pieces of conflict detection: the description of a pair and the all-pairs reference.</summary>
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
                var overlap = a.StartTicks < b.EndTicks && b.StartTicks < a.EndTicks;
                if (overlap && (a.Audience.Intersect(b.Audience, StringComparer.Ordinal).Any() || a.Press.Intersect(b.Press, StringComparer.Ordinal).Any()))
                {
                    found.Add(Describe(a, b));
                }
            }
        }

        return Ordered(found);
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

    /// <summary>Describes a pair known to overlap and to share an audience or press target.</summary>
    public static CalendarConflict Describe(CalendarEvent a, CalendarEvent b)
    {
        var aFirst = a.StartTicks < b.StartTicks || (a.StartTicks == b.StartTicks && string.CompareOrdinal(a.Id, b.Id) <= 0);
        var first = aFirst ? a : b;
        var second = aFirst ? b : a;
        var audience = first.Audience.Intersect(second.Audience, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var press = first.Press.Intersect(second.Press, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

        var what = new List<string>();
        if (audience.Length > 0)
        {
            what.Add($"the same audience ({string.Join(", ", audience)})");
        }

        if (press.Length > 0)
        {
            what.Add($"the same press ({string.Join(", ", press)})");
        }

        var clash = string.Create(CultureInfo.InvariantCulture, $"'{first.Title}' ({first.Host}) and '{second.Title}' ({second.Host}) overlap on {second.Date:yyyy-MM-dd} from {second.Start:HH\\:mm} and compete for {string.Join(" and ", what)}");
        if (first.Kind == second.Kind)
        {
            return new CalendarConflict
            {
                First = first,
                Second = second,
                SharedAudience = audience,
                SharedPress = press,
                Suggestion = ConflictSuggestion.CombineIntoOneAction,
                Reason = $"{clash}; both are {Words(first.Kind)}s: combine them into one joint action.",
            };
        }

        return new CalendarConflict
        {
            First = first,
            Second = second,
            SharedAudience = audience,
            SharedPress = press,
            Suggestion = ConflictSuggestion.MoveOne,
            MoveEvent = second.Id,
            Reason = $"{clash}; a {Words(first.Kind)} and a {Words(second.Kind)} do not combine well: move '{second.Title}', the one that starts later.",
        };
    }

    private static string Words(EventKind kind) => kind switch
    {
        EventKind.PressConference => "press conference",
        EventKind.TownHall => "town hall",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
