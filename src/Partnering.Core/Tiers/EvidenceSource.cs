using System;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;
using static Partnering.Core.Tiers.PartnershipProgression;

namespace Partnering.Core.Tiers;

/// <summary>
/// A partnership's history sorted into dated series, immutable once built: it checks a criterion on
/// any day by binary search, with the numbers behind the answer. Moves keep a reference to it and
/// work out their evidence only when asked.
/// </summary>
/// <remarks>
/// <paramref name="data"/> holds the series as the run sorted them: first the absolute offsets
/// (series s runs from <c>data[s]</c> to <c>data[s + 1]</c>), then the days. <paramref name="eligibility"/>
/// is in date order.
/// </remarks>
internal sealed class EvidenceSource(EligibilityRecord[] eligibility, int[] data, Partnership partnership)
{
    private readonly EligibilityRecord[] _eligibility = eligibility;
    private readonly int[] _data = data;
    private readonly Partnership _partnership = partnership;

    /// <summary>
    /// Checks a criterion on a day from the sorted series by binary search, with the numbers in words.
    /// This path is separate from the compiled nodes the fold runs on.
    /// </summary>
    public CriterionCheck Check(TierCriterion criterion, int day, int since, string tier)
        => Check(criterion, new CheckDay(day, since, tier, OwnerOn(day), EligibilityOn(day)));

    /// <summary>Checks a criterion on a day whose owner and eligibility outcome are already looked up.</summary>
    public CriterionCheck Check(TierCriterion criterion, in CheckDay on)
    {
        var day = on.Day;
        switch (criterion)
        {
            case AllOfCriterion all:
            {
                var parts = new CriterionCheck[all.Items.Count];
                var holds = true;
                for (var i = 0; i < parts.Length; i++)
                {
                    parts[i] = Check(all.Items[i], on);
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
                    parts[i] = Check(any.Items[i], on);
                    holds |= parts[i].Holds;
                }

                return new CriterionCheck { Criterion = criterion, Holds = holds, Parts = ValueList<CriterionCheck>.Wrap(parts) };
            }

            case NotCriterion not:
            {
                var inner = Check(not.Item, on);
                return new CriterionCheck { Criterion = criterion, Holds = !inner.Holds, Parts = ValueList<CriterionCheck>.Wrap([inner]) };
            }

            case TimeInTierCriterion time:
            {
                var days = day - on.Since;
                return new CriterionCheck { Criterion = criterion, Holds = days >= time.Days, Actual = days, Subject = on.Tier };
            }

            case OwnerAssignedCriterion:
            {
                var owner = on.Owner;
                return new CriterionCheck { Criterion = criterion, Holds = owner is not null, Subject = owner?.Value };
            }

            case EligibilityCriterion eligibility:
            {
                var record = on.Eligibility;
                var holds = record is null ? !eligibility.RequireKnown : record.Outcome <= eligibility.AtMost;
                return new CriterionCheck { Criterion = criterion, Holds = holds, Record = record };
            }

            case EvidenceCriterion evidence:
                return CheckEvidence(evidence, day);

            default:
                throw new InvalidOperationException($"Unknown criterion type {criterion.GetType().Name}.");
        }
    }

    private CriterionCheck CheckEvidence(EvidenceCriterion evidence, int day)
    {
        var from = evidence.WithinDays is { } w ? day - w + 1 : int.MinValue;
        int count;
        int other = 0, third = 0;
        switch (evidence.Evidence)
        {
            case TierEvidence.AlertsExchanged or TierEvidence.InvitationsExchanged:
            {
                var (ours, theirs) = evidence.Evidence == TierEvidence.AlertsExchanged
                    ? (Series.AlertsOurs, Series.AlertsTheirs)
                    : (Series.InvitationsOurs, Series.InvitationsTheirs);
                other = CountIn(ours, from, day);
                third = CountIn(theirs, from, day);
                count = Math.Min(other, third);
                break;
            }

            case TierEvidence.CommitmentsKeptOnTime:
                count = CountIn(Series.CommitmentsKept, from, day);
                other = count + CountIn(Series.CommitmentsBroken, from, day);
                break;

            case TierEvidence.CommitmentsBroken:
                count = CountIn(Series.CommitmentsBroken, from, day);
                other = count + CountIn(Series.CommitmentsKept, from, day);
                break;

            default:
                count = CountIn(SeriesOf(evidence.Evidence), from, day);
                break;
        }

        return new CriterionCheck { Criterion = evidence, Holds = evidence.Holds(count), Actual = count, Other = other, Third = third };
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
