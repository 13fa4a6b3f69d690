using System;
using System.Collections.Generic;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;
using static Partnering.Core.Tiers.PartnershipProgression;

namespace Partnering.Core.Tiers;

/// <summary>
/// The history a run is folding, sorted into dated series: it counts what a check of a criterion on
/// a day needs, by binary search, and freezes those numbers into a <see cref="PendingCheck"/>. It
/// belongs to its run and is started over with it, so nothing a standing keeps points here.
/// </summary>
internal sealed class EvidenceSource
{
    private EligibilityRecord[] _eligibility = [];
    private int[] _data = [];
    private Partnership _partnership = null!;

    /// <summary>
    /// Starts over on another history. <paramref name="data"/> holds the series as the run sorted
    /// them: first the absolute offsets (series s runs from <c>data[s]</c> to <c>data[s + 1]</c>),
    /// then the days. <paramref name="eligibility"/> is in date order.
    /// </summary>
    public void Reset(EligibilityRecord[] eligibility, int[] data, Partnership partnership)
    {
        _eligibility = eligibility;
        _data = data;
        _partnership = partnership;
    }

    /// <summary>
    /// Counts what checking <paramref name="criterion"/> on <paramref name="day"/> needs (three numbers
    /// per evidence criterion, in preorder; the owner and eligibility outcome of the day), so the
    /// checked tree can be built later without the history.
    /// </summary>
    public PendingCheck Freeze(TierCriterion criterion, int day, int since, string tier)
    {
        var numbers = new int[3 * EvidenceLeaves(criterion)];
        var next = 0;
        Count(criterion, day, numbers, ref next);
        return new PendingCheck(criterion, new CheckDay(day, since, tier, OwnerOn(day), EligibilityOn(day)), numbers);
    }

    private static int EvidenceLeaves(TierCriterion criterion)
    {
        switch (criterion)
        {
            case AllOfCriterion all:
                return Sum(all.Items);
            case AnyOfCriterion any:
                return Sum(any.Items);
            case NotCriterion not:
                return EvidenceLeaves(not.Item);
            case EvidenceCriterion:
                return 1;
            default:
                return 0;
        }

        static int Sum(IReadOnlyList<TierCriterion> items)
        {
            var n = 0;
            foreach (var item in ProgressionRun.Items(items))
            {
                n += EvidenceLeaves(item);
            }

            return n;
        }
    }

    private void Count(TierCriterion criterion, int day, int[] numbers, ref int next)
    {
        switch (criterion)
        {
            case AllOfCriterion all:
                foreach (var item in ProgressionRun.Items(all.Items))
                {
                    Count(item, day, numbers, ref next);
                }

                break;
            case AnyOfCriterion any:
                foreach (var item in ProgressionRun.Items(any.Items))
                {
                    Count(item, day, numbers, ref next);
                }

                break;
            case NotCriterion not:
                Count(not.Item, day, numbers, ref next);
                break;
            case EvidenceCriterion evidence:
                CountEvidence(evidence, day, numbers.AsSpan(next, 3));
                next += 3;
                break;
            default:
                break;
        }
    }

    /// <summary>The count; for commitments, how many came due; for exchanges, how many went from us and came from them.</summary>
    private void CountEvidence(EvidenceCriterion evidence, int day, Span<int> numbers)
    {
        var from = evidence.WithinDays is { } w ? day - w + 1 : int.MinValue;
        switch (evidence.Evidence)
        {
            case TierEvidence.AlertsExchanged or TierEvidence.InvitationsExchanged or TierEvidence.ShowingUpExchanged:
            {
                var (ours, theirs) = evidence.Evidence switch
                {
                    TierEvidence.AlertsExchanged => (Series.AlertsOurs, Series.AlertsTheirs),
                    TierEvidence.InvitationsExchanged => (Series.InvitationsOurs, Series.InvitationsTheirs),
                    _ => (Series.ShowedUpOurs, Series.ShowedUpTheirs),
                };
                numbers[1] = CountIn(ours, from, day);
                numbers[2] = CountIn(theirs, from, day);
                numbers[0] = Math.Min(numbers[1], numbers[2]);
                break;
            }

            case TierEvidence.CommitmentsKeptOnTime:
                numbers[0] = CountIn(Series.CommitmentsKept, from, day);
                numbers[1] = numbers[0] + CountIn(Series.CommitmentsBroken, from, day);
                break;

            case TierEvidence.CommitmentsBroken:
                numbers[0] = CountIn(Series.CommitmentsBroken, from, day);
                numbers[1] = numbers[0] + CountIn(Series.CommitmentsKept, from, day);
                break;

            default:
                numbers[0] = CountIn(SeriesOf(evidence.Evidence), from, day);
                break;
        }
    }

    /// <summary>The owner on a day, as <see cref="Partnership.OwnerOn"/> says, without an enumerator.</summary>
    public PartyId? OwnerOn(int day)
    {
        PartyId? owner = null;
        var since = int.MinValue;
        foreach (var assignment in ProgressionRun.Items(_partnership.Owners))
        {
            var from = assignment.Since.DayNumber;
            if (from <= day && from >= since)
            {
                owner = assignment.Member;
                since = from;
            }
        }

        return owner;
    }

    public EligibilityRecord? EligibilityOn(int day)
    {
        EligibilityRecord? found = null;
        foreach (var record in _eligibility)
        {
            if (record.Date.DayNumber > day)
            {
                break;
            }

            found = record;
        }

        return found;
    }

    /// <summary>Entries of a series dated from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public int CountIn(int series, int first, int last)
    {
        var span = _data.AsSpan(_data[series], _data[series + 1] - _data[series]);
        return UpperBound(span, last) - (first == int.MinValue ? 0 : UpperBound(span, first - 1));
    }

    private static int UpperBound(ReadOnlySpan<int> days, int value)
    {
        int lo = 0, hi = days.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (days[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>The day a criterion is checked on: its number, the day the tier was entered, the tier, and that day's owner and eligibility outcome.</summary>
internal readonly record struct CheckDay(int Day, int Since, string Tier, PartyId? Owner, EligibilityRecord? Eligibility);

/// <summary>
/// A criterion checked on a day, kept as the numbers behind the answer (see
/// <see cref="EvidenceSource.Freeze"/>); <see cref="Build()"/> makes the checked tree from them, each
/// time it is asked. Immutable, and small: moves and standings keep these instead of the trees.
/// </summary>
internal sealed class PendingCheck(TierCriterion criterion, CheckDay on, int[] numbers)
{
    public CriterionCheck Build()
    {
        var next = 0;
        return Build(criterion, ref next);
    }

    private CriterionCheck Build(TierCriterion criterion, ref int next)
    {
        switch (criterion)
        {
            case AllOfCriterion all:
            {
                var parts = new CriterionCheck[all.Items.Count];
                var holds = true;
                for (var i = 0; i < parts.Length; i++)
                {
                    parts[i] = Build(all.Items[i], ref next);
                    holds &= parts[i].Holds;
                }

                return new CriterionCheck { Criterion = criterion, Holds = holds, Parts = ValueList<CriterionCheck>.Wrap(parts) };
            }

            case AnyOfCriterion any:
            {
                var parts = new CriterionCheck[any.Items.Count];
                var holds = false;
                for (var i = 0; i < parts.Length; i++)
                {
                    parts[i] = Build(any.Items[i], ref next);
                    holds |= parts[i].Holds;
                }

                return new CriterionCheck { Criterion = criterion, Holds = holds, Parts = ValueList<CriterionCheck>.Wrap(parts) };
            }

            case NotCriterion not:
            {
                var inner = Build(not.Item, ref next);
                return new CriterionCheck { Criterion = criterion, Holds = !inner.Holds, Parts = ValueList<CriterionCheck>.Wrap([inner]) };
            }

            case TimeInTierCriterion time:
            {
                var days = on.Day - on.Since;
                return new CriterionCheck { Criterion = criterion, Holds = days >= time.Days, Actual = days, Subject = on.Tier };
            }

            case OwnerAssignedCriterion:
                return new CriterionCheck { Criterion = criterion, Holds = on.Owner is not null, Subject = on.Owner?.Value };

            case EligibilityCriterion eligibility:
            {
                var record = on.Eligibility;
                var holds = record is null ? !eligibility.RequireKnown : record.Outcome <= eligibility.AtMost;
                return new CriterionCheck { Criterion = criterion, Holds = holds, Record = record };
            }

            case EvidenceCriterion evidence:
            {
                var count = numbers[next];
                var check = new CriterionCheck { Criterion = evidence, Holds = evidence.Holds(count), Actual = count, Other = numbers[next + 1], Third = numbers[next + 2] };
                next += 3;
                return check;
            }

            default:
                throw new InvalidOperationException($"Unknown criterion type {criterion.GetType().Name}.");
        }
    }
}

/// <summary>
/// A step up's evidence, kept as what it is worked out from: the history (immutable, and usually
/// kept by the caller anyway), the step's criterion and the day. Reading it sorts the history again,
/// so folding a history costs nothing for moves whose evidence nobody reads.
/// </summary>
internal sealed class PendingEvidence(PartnershipProgression progression, PartnershipHistory history, TierCriterion criterion, int day, int since, string tier)
{
    public CriterionCheck Build() => new ProgressionRun(progression, history).Evidence.Freeze(criterion, day, since, tier).Build();
}
