using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Internal;
using static Partnering.Core.Tiers.PartnershipProgression;

namespace Partnering.Core.Tiers;

// Indexing a history for the fold: its entries sorted into dated series (one insertion sort for a short
// history, a counting sort by day for a long one), read back by series and day.
internal sealed partial class ProgressionRun
{
    /// <summary>Starts the fold over for <paramref name="history"/>: sorts its entries into dated series.</summary>
    internal void Reset(PartnershipHistory history)
    {
        _history = history;
        _transitions?.Clear();
        _overrideIndex = _eligibilityIndex = _allyIndex = _interactionsSeen = 0;
        _started = false;
        _lastFaster = false;
        _day = _since = _lastMove = 0;
        _movedOn = _forbidEnded = int.MinValue;
        _heldLevel = 0;
        _eligibilityNow = null;
        _allyNow = null;
        Level = 0;
        Array.Clear(_bounds);

        var partner = history.Partnership.Partner;
        var start = history.IdentifiedOn?.DayNumber ?? int.MaxValue;

        // Every dated entry becomes a (series, day) key in one rented buffer; sorting the keys sorts
        // by series, then by day.
        var interactions = Items(history.Interactions);
        var size = interactions.Length * 3;
        var scratch = Scratch(size);
        var buffer = scratch.AsSpan(0, size);
        var n = 0;
        int minDay = int.MaxValue, maxDay = int.MinValue;
        foreach (var interaction in interactions)
        {
            if (interaction.Partner != partner)
            {
                continue;
            }

            var day = interaction.Date.DayNumber;
            minDay = Math.Min(minDay, day);
            maxDay = Math.Max(maxDay, day);
            buffer[n++] = Key(Series.Interactions, day);
            switch (interaction.Kind)
            {
                case InteractionKind.Meeting:
                    buffer[n++] = Key(Series.Meetings, day);
                    break;
                case InteractionKind.OneOnOne:
                    buffer[n++] = Key(Series.Meetings, day);
                    buffer[n++] = Key(Series.OneOnOnes, day);
                    break;
                case InteractionKind.AlertShared:
                    n = AddBothWays(buffer, n, interaction.Direction, Series.AlertsOurs, Series.AlertsTheirs, day);
                    break;
                case InteractionKind.InvitationExtended:
                    n = AddBothWays(buffer, n, interaction.Direction, Series.InvitationsOurs, Series.InvitationsTheirs, day);
                    break;
                case InteractionKind.EventCoPromoted when interaction.Delivered:
                    buffer[n++] = Key(Series.EventsCoPromoted, day);
                    break;
                case InteractionKind.EventCoOrganized when interaction.Delivered:
                    buffer[n++] = Key(Series.EventsCoOrganized, day);
                    break;
                case InteractionKind.JointAction:
                    buffer[n++] = Key(Series.JointActions, day);
                    break;
                case InteractionKind.SharedLeadershipAgreement:
                    buffer[n++] = Key(Series.SharedLeadership, day);
                    break;
                case InteractionKind.AttendedAction or InteractionKind.Volunteered or InteractionKind.RaisedFunds:
                    n = AddBothWays(buffer, n, interaction.Direction, Series.ShowedUpOurs, Series.ShowedUpTheirs, day);
                    break;
                case InteractionKind.AffiliateInfoShared:
                    buffer[n++] = Key(Series.AffiliateInfo, day);
                    break;
                case InteractionKind.AffiliateInterestRecorded:
                    buffer[n++] = Key(Series.AffiliateInterest, day);
                    break;
                case InteractionKind.Commitment:
                    buffer[n++] = Key(Series.CommitmentsMade, day);
                    if (interaction.Commitment is { } commitment)
                    {
                        // Judged on its due day (or the day it was recorded, if that is later).
                        var due = Math.Max(commitment.Due.DayNumber, day);
                        maxDay = Math.Max(maxDay, due);
                        buffer[n++] = Key(commitment.KeptOn is { } kept && kept <= commitment.Due ? Series.CommitmentsKept : Series.CommitmentsBroken, due);
                    }

                    break;
                default:
                    break;
            }
        }

        start = Math.Min(start, minDay);
        var data = Data(n);
        if (n <= ShortHistory)
        {
            SortShort(buffer[..n], data);
        }
        else
        {
            SortLong(buffer[..n], data, minDay, maxDay);
        }
        _overrides = ByDate(history.Overrides, static o => o.Date);
        _eligibility = ByDate(history.Eligibility, static e => e.Date);
        _ally = ByDate(history.Partnership.AllyChoices, static a => a.Date);
        var ownerStart = int.MaxValue;
        foreach (var owner in Items(history.Partnership.Owners))
        {
            ownerStart = Math.Min(ownerStart, owner.Since.DayNumber);
        }

        _ownerStart = ownerStart;
        if (_overrides.Length > 0)
        {
            start = Math.Min(start, _overrides[0].Date.DayNumber);
        }

        if (_eligibility.Length > 0)
        {
            start = Math.Min(start, _eligibility[0].Date.DayNumber);
        }

        _start = Math.Min(start, _ownerStart);
        _source.Reset(_eligibility, _data, history.Partnership);
    }

    /// <summary>Day numbers run up to 3,652,058 (31 Dec 9999): 22 bits; the series sits above them.</summary>
    private const int DayBits = 22;

    private const int DayMask = (1 << DayBits) - 1;

    private static int Key(int series, int day) => (series << DayBits) | day;

    private static int AddBothWays(Span<int> keys, int n, Direction direction, int ours, int theirs, int day)
    {
        if (direction != Direction.FromPartner)
        {
            keys[n++] = Key(ours, day);
        }

        if (direction != Direction.FromUs)
        {
            keys[n++] = Key(theirs, day);
        }

        return n;
    }

    /// <summary>The run's buffer for the sorted series, with room for <paramref name="keys"/> days and the offsets cleared.</summary>
    private int[] Data(int keys)
    {
        var size = Series.Count + 1 + keys;
        if (_data.Length < size)
        {
            _data = new int[Math.Max(size, 64)];
        }
        else
        {
            Array.Clear(_data, 0, Series.Count + 1);
        }

        return _data;
    }

    /// <summary>This thread's scratch buffer for sorting keys, grown as needed (runs never nest on a thread).</summary>
    [ThreadStatic]
    private static int[]? t_scratch;

    private static int[] Scratch(int size)
    {
        var scratch = t_scratch;
        if (scratch is null || scratch.Length < size)
        {
            t_scratch = scratch = new int[Math.Max(size, 256)];
        }

        return scratch;
    }

    /// <summary>The items of a model list without an enumerator (model lists are value lists).</summary>
    internal static ReadOnlySpan<T> Items<T>(IReadOnlyList<T> list) => list is ValueList<T> values ? values.AsSpan() : list.ToArray();

    private static bool IsSorted(ReadOnlySpan<int> days)
    {
        for (var i = 1; i < days.Length; i++)
        {
            if (days[i] < days[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes each series' absolute offset into <paramref name="data"/> (whose offsets start cleared): the days follow the offsets, series by series.</summary>
    private static void CountOffsets(ReadOnlySpan<int> keys, int[] data)
    {
        foreach (var key in keys)
        {
            data[(key >>> DayBits) + 1]++;
        }

        data[0] = Series.Count + 1;
        for (var series = 0; series < Series.Count; series++)
        {
            data[series + 1] += data[series];
        }
    }

    /// <summary>
    /// A short history: each key placed in its series' range (counted first), by insertion within
    /// the range, so each series comes out sorted by day. Linear when the history is in date order.
    /// </summary>
    private static void SortShort(ReadOnlySpan<int> keys, int[] data)
    {
        CountOffsets(keys, data);
        Span<int> place = stackalloc int[Series.Count];
        data.AsSpan(0, Series.Count).CopyTo(place);
        foreach (var key in keys)
        {
            var series = key >>> DayBits;
            var day = key & DayMask;
            var start = data[series];
            var at = place[series]++;
            while (at > start && data[at - 1] > day)
            {
                data[at] = data[at - 1];
                at--;
            }

            data[at] = day;
        }
    }

    /// <summary>
    /// A long history: the keys placed by series (stable), then each series sorted by day unless it
    /// already is (histories are usually recorded in date order); a counting sort by day over every
    /// key when the days lie close together.
    /// </summary>
    private static void SortLong(ReadOnlySpan<int> keys, int[] data, int minDay, int maxDay)
    {
        var n = keys.Length;
        CountOffsets(keys, data);
        Span<int> place = stackalloc int[Series.Count];
        data.AsSpan(0, Series.Count).CopyTo(place);
        foreach (var key in keys)
        {
            data[place[key >>> DayBits]++] = key & DayMask;
        }

        var unsorted = 0;
        for (var series = 0; series < Series.Count; series++)
        {
            if (!IsSorted(data.AsSpan(data[series], data[series + 1] - data[series])))
            {
                unsorted |= 1 << series;
            }
        }

        if (unsorted == 0)
        {
            return;
        }

        if (maxDay - minDay < 4 * n + 64)
        {
            // Days close together (a long history): one counting sort by day over every key, then
            // the stable placement by series again leaves each series sorted.
            SortKeysByDay(keys, data, minDay, maxDay);
        }
        else
        {
            for (var series = 0; series < Series.Count; series++)
            {
                if ((unsorted & (1 << series)) != 0)
                {
                    data.AsSpan(data[series], data[series + 1] - data[series]).Sort();
                }
            }
        }
    }

    /// <summary>
    /// Places the (series, day) keys into <paramref name="data"/> by series, each series sorted by
    /// day: a counting sort by day (stable), then the stable placement by series. O(keys + days spanned).
    /// </summary>
    private static void SortKeysByDay(ReadOnlySpan<int> keys, int[] data, int minDay, int maxDay)
    {
        var range = maxDay - minDay + 1;
        var counts = ArrayPool<int>.Shared.Rent(range + 1);
        var sorted = ArrayPool<int>.Shared.Rent(keys.Length);
        var starts = counts.AsSpan(0, range + 1);
        starts.Clear();
        foreach (var key in keys)
        {
            starts[(key & DayMask) - minDay + 1]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        foreach (var key in keys)
        {
            sorted[starts[(key & DayMask) - minDay]++] = key;
        }

        Span<int> place = stackalloc int[Series.Count];
        data.AsSpan(0, Series.Count).CopyTo(place);
        foreach (var key in sorted.AsSpan(0, keys.Length))
        {
            data[place[key >>> DayBits]++] = key & DayMask;
        }

        ArrayPool<int>.Shared.Return(sorted);
        ArrayPool<int>.Shared.Return(counts);
    }

    /// <summary>
    /// The entries by date; entries of the same date keep their list order. A list already in date
    /// order (the usual case) is used as it is, without a copy.
    /// </summary>
    private static T[] ByDate<T>(IReadOnlyList<T> items, Func<T, DateOnly> date)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var array = items is ValueList<T> values ? values.Backing : [.. items];
        for (var i = 1; i < array.Length; i++)
        {
            if (date(array[i]) < date(array[i - 1]))
            {
                return StableSorted(array, date);
            }
        }

        return array;
    }

    private static T[] StableSorted<T>(T[] items, Func<T, DateOnly> date)
    {
        var sorted = new T[items.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            // Insertion sort: stable, and these lists are short.
            var entry = items[i];
            var day = date(entry);
            var j = i;
            while (j > 0 && date(sorted[j - 1]) > day)
            {
                sorted[j] = sorted[j - 1];
                j--;
            }

            sorted[j] = entry;
        }

        return sorted;
    }
}
