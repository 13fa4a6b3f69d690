using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;
using static Partnering.Core.Tiers.PartnershipProgression;

namespace Partnering.Core.Tiers;

/// <summary>
/// The fold of one partnership's history. The rule is stated per day: on each day, first the
/// overrides dated that day apply (in list order), then a Forbid moves the partnership down to the
/// ladder's hold tier, and otherwise at most one automatic move happens: a step down after a long
/// silence (above the floor), or else one step up when the step's criterion holds. Evaluating only
/// the days on which something can change (an entry, an entry leaving a window, a time threshold, a
/// decay deadline, the day after a move) gives the same moves as evaluating every day; the tests
/// check this against a day-by-day reference.
/// </summary>
internal sealed class ProgressionRun
{
    private readonly PartnershipProgression _p;
    private readonly PartnershipHistory _history;
    private readonly int[] _days;
    private readonly int[] _offsets;
    private readonly int[] _lo;
    private readonly int[] _hi;
    private readonly (int Day, TierOverride Value)[] _overrides;
    private readonly (int Day, EligibilityRecord Value)[] _eligibility;
    private readonly int _ownerStart;
    private readonly int _start;
    private readonly int _top;
    private readonly List<TierTransition> _transitions = [];
    private int _overrideIndex;
    private int _eligibilityIndex;
    private int _interactionsSeen;
    private bool _started;
    private int _day;
    private int _since;
    private int _lastMove;
    private int _movedOn = int.MinValue;
    private EligibilityRecord? _eligibilityNow;

    public ProgressionRun(PartnershipProgression progression, PartnershipHistory history)
    {
        _p = progression;
        _history = history;
        _top = progression.Names.Length - 1;
        var partner = history.Partnership.Partner;
        var start = history.IdentifiedOn?.DayNumber ?? int.MaxValue;

        // Sort every dated entry into its series at once: one array of (series, day) keys.
        var keys = new List<long>(history.Interactions.Count * 2);
        foreach (var interaction in history.Interactions)
        {
            if (interaction.Partner != partner)
            {
                continue;
            }

            var day = interaction.Date.DayNumber;
            start = Math.Min(start, day);
            keys.Add(Key(Series.Interactions, day));
            switch (interaction.Kind)
            {
                case InteractionKind.Meeting:
                    keys.Add(Key(Series.Meetings, day));
                    break;
                case InteractionKind.OneOnOne:
                    keys.Add(Key(Series.Meetings, day));
                    keys.Add(Key(Series.OneOnOnes, day));
                    break;
                case InteractionKind.AlertShared:
                    AddBothWays(keys, interaction.Direction, Series.AlertsOurs, Series.AlertsTheirs, day);
                    break;
                case InteractionKind.InvitationExtended:
                    AddBothWays(keys, interaction.Direction, Series.InvitationsOurs, Series.InvitationsTheirs, day);
                    break;
                case InteractionKind.EventCoPromoted when interaction.Delivered:
                    keys.Add(Key(Series.EventsCoPromoted, day));
                    break;
                case InteractionKind.EventCoOrganized when interaction.Delivered:
                    keys.Add(Key(Series.EventsCoOrganized, day));
                    break;
                case InteractionKind.JointAction:
                    keys.Add(Key(Series.JointActions, day));
                    break;
                case InteractionKind.SharedLeadershipAgreement:
                    keys.Add(Key(Series.SharedLeadership, day));
                    break;
                case InteractionKind.Commitment:
                    keys.Add(Key(Series.CommitmentsMade, day));
                    if (interaction.Commitment is { } commitment)
                    {
                        // Judged on its due day (or the day it was recorded, if that is later).
                        var due = Math.Max(commitment.Due.DayNumber, day);
                        keys.Add(Key(commitment.KeptOn is { } kept && kept <= commitment.Due ? Series.CommitmentsKept : Series.CommitmentsBroken, due));
                    }

                    break;
                default:
                    break;
            }
        }

        var sorted = keys.ToArray();
        Array.Sort(sorted);
        _days = new int[sorted.Length];
        _offsets = new int[Series.Count + 1];
        var s = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var series = (int)(sorted[i] >> 32);
            while (s < series)
            {
                _offsets[++s] = i;
            }

            _days[i] = (int)sorted[i];
        }

        while (s < Series.Count)
        {
            _offsets[++s] = sorted.Length;
        }

        _overrides = [.. history.Overrides.Select(o => (o.Date.DayNumber, o)).OrderBy(o => o.DayNumber)];
        _eligibility = [.. history.Eligibility.Select(e => (e.Date.DayNumber, e)).OrderBy(e => e.DayNumber)];
        _ownerStart = history.Partnership.Owners.Count == 0 ? int.MaxValue : history.Partnership.Owners.Min(o => o.Since.DayNumber);
        if (_overrides.Length > 0)
        {
            start = Math.Min(start, _overrides[0].Day);
        }

        if (_eligibility.Length > 0)
        {
            start = Math.Min(start, _eligibility[0].Day);
        }

        _start = Math.Min(start, _ownerStart);
        _lo = new int[progression.Counters.Length];
        _hi = new int[progression.Counters.Length];
    }

    internal int DaysInTier => _day - _since;

    internal bool OwnerAssigned => _day >= _ownerStart;

    internal EligibilityOutcome? Eligibility => _eligibilityNow?.Outcome;

    private bool Forbidden => _p.ForbiddenLevel >= 0 && _eligibilityNow?.Outcome == EligibilityOutcome.Forbid;

    internal int Level { get; private set; }

    /// <summary>Runs the fold through <paramref name="asOf"/>. Calls must not go back in time.</summary>
    public void AdvanceTo(DateOnly asOf)
    {
        var target = asOf.DayNumber;
        if (!_started)
        {
            if (_start > target)
            {
                return;
            }

            _started = true;
            _since = _lastMove = _start;
            Process(_start);
        }

        while (true)
        {
            var next = NextCandidate();
            if (next > target)
            {
                return;
            }

            Process(next);
        }
    }

    /// <summary>The count of a counter on the current day (counters only move forward).</summary>
    internal int Count(int counter)
    {
        var key = _p.Counters[counter];
        var from = _offsets[key.Series];
        var to = _offsets[key.Series + 1];
        var hi = _hi[counter];
        while (from + hi < to && _days[from + hi] <= _day)
        {
            hi++;
        }

        _hi[counter] = hi;
        if (key.Window == 0)
        {
            return hi;
        }

        var lo = _lo[counter];
        var leftBefore = _day - key.Window;
        while (lo < hi && _days[from + lo] <= leftBefore)
        {
            lo++;
        }

        _lo[counter] = lo;
        return hi - lo;
    }

    private void Process(int day)
    {
        _day = day;
        var moved = false;
        while (_overrideIndex < _overrides.Length && _overrides[_overrideIndex].Day <= day)
        {
            var o = _overrides[_overrideIndex++].Value;
            var to = _p.LevelOf(o.Tier);
            if (to < 0)
            {
                throw new InvalidOperationException($"The override on {o.Date:yyyy-MM-dd} names the tier '{o.Tier}', which is not on the ladder '{_p.Ladder.Name}' ({string.Join(", ", _p.Names)}); use one of its tiers.");
            }

            Move(to, TierMoveKind.Override, $"{o.Reason} (decided by {o.DecidedBy})", [], o.DecidedBy);
            moved = true;
        }

        while (_eligibilityIndex < _eligibility.Length && _eligibility[_eligibilityIndex].Day <= day)
        {
            _eligibilityNow = _eligibility[_eligibilityIndex++].Value;
        }

        if (Forbidden && Level > _p.ForbiddenLevel)
        {
            var record = _eligibilityNow!;
            var why = record.Reason is { } r ? $" ({r})" : string.Empty;
            Move(_p.ForbiddenLevel, TierMoveKind.Forbidden, string.Create(CultureInfo.InvariantCulture, $"eligibility outcome forbid since {record.Date:yyyy-MM-dd}{why}; a forbidden partner is held at {_p.Names[_p.ForbiddenLevel]}"), [], null);
            moved = true;
        }

        if (!moved)
        {
            var quiet = QuietStart(day);
            if (Level > _p.FloorLevel && day - quiet >= _p.MoveDownDays)
            {
                Move(Level - 1, TierMoveKind.Decay, SilenceReason(day, quiet, forMove: true), [], null);
                moved = true;
            }
            else if (Level < _top && !Forbidden && _p.Steps[Level].Node.Holds(this))
            {
                var step = _p.Steps[Level];
                var check = Check(step.Step.When, day);
                var (met, _) = CriterionCheck.Leaves(check);
                var reason = $"{step.Step.From} -> {step.Step.To}: " + string.Join("; ", met.Select(m => m.Description));
                Move(Level + 1, TierMoveKind.StepUp, reason, met, null);
                moved = true;
            }
        }

        if (moved)
        {
            _movedOn = day;
        }
    }

    private void Move(int to, TierMoveKind kind, string reason, IReadOnlyList<CriterionCheck> evidence, PartyId? decidedBy)
    {
        _transitions.Add(new TierTransition
        {
            Date = DateOnly.FromDayNumber(_day),
            From = _p.Names[Level],
            To = _p.Names[to],
            Kind = kind,
            Reason = reason,
            Evidence = evidence,
            DecidedBy = decidedBy,
        });
        Level = to;
        _since = _lastMove = _day;
    }

    private int NextCandidate()
    {
        var day = _day;
        if (_movedOn == day)
        {
            return day + 1;
        }

        var next = int.MaxValue;
        if (_overrideIndex < _overrides.Length)
        {
            next = _overrides[_overrideIndex].Day;
        }

        if (_eligibilityIndex < _eligibility.Length)
        {
            next = Math.Min(next, _eligibility[_eligibilityIndex].Day);
        }

        if (_ownerStart > day)
        {
            next = Math.Min(next, _ownerStart);
        }

        if (Level > _p.FloorLevel)
        {
            next = Math.Min(next, QuietStart(day) + _p.MoveDownDays);
        }

        if (Level < _top && !Forbidden)
        {
            var step = _p.Steps[Level];
            foreach (var use in step.Counters)
            {
                Count(use.Counter);
                var key = _p.Counters[use.Counter];
                var from = _offsets[key.Series];
                var to = _offsets[key.Series + 1];
                var hi = _hi[use.Counter];
                if (use.Enter && from + hi < to)
                {
                    next = Math.Min(next, _days[from + hi]);
                }

                var lo = _lo[use.Counter];
                if (use.Leave && key.Window > 0 && lo < hi)
                {
                    next = Math.Min(next, _days[from + lo] + key.Window);
                }
            }

            foreach (var threshold in step.Thresholds)
            {
                var at = _since + threshold;
                if (at > day)
                {
                    next = Math.Min(next, at);
                    break;
                }
            }
        }

        return next;
    }

    /// <summary>The day silence started, as seen on <paramref name="day"/>: the later of the last interaction and the last move.</summary>
    private int QuietStart(int day)
    {
        var from = _offsets[Series.Interactions];
        var to = _offsets[Series.Interactions + 1];
        while (from + _interactionsSeen < to && _days[from + _interactionsSeen] <= day)
        {
            _interactionsSeen++;
        }

        return _interactionsSeen == 0 ? _lastMove : Math.Max(_lastMove, _days[from + _interactionsSeen - 1]);
    }

    private int? LastInteraction(int day)
    {
        var n = CountUpTo(Series.Interactions, day);
        return n == 0 ? null : _days[_offsets[Series.Interactions] + n - 1];
    }

    private string SilenceReason(int day, int quiet, bool forMove)
    {
        var inv = CultureInfo.InvariantCulture;
        var last = LastInteraction(day);
        var source = last == quiet
            ? string.Create(inv, $"no interaction since {DateOnly.FromDayNumber(quiet):yyyy-MM-dd}")
            : string.Create(inv, $"no interaction since the move on {DateOnly.FromDayNumber(quiet):yyyy-MM-dd}");
        var decay = _p.Ladder.Decay;
        return forMove
            ? string.Create(inv, $"{source} ({day - quiet} days); silence moves a partnership down one tier after {decay.AtRiskAfterDays} days until at risk and {decay.GraceDays} days of grace")
            : string.Create(inv, $"{source} ({day - quiet} days); at risk after {decay.AtRiskAfterDays} days of silence");
    }

    /// <summary>The standing on <paramref name="asOf"/>, which must be the last date the run advanced to.</summary>
    public TierStanding Standing(DateOnly asOf)
    {
        var day = asOf.DayNumber;
        var partnership = _history.Partnership;
        var atRisk = false;
        string? riskReason = null;
        DateOnly? movesDownOn = null;
        if (_started)
        {
            var quiet = Math.Max(_lastMove, LastInteraction(day) ?? int.MinValue);
            if (Level > 0 && day - quiet >= _p.AtRiskDays)
            {
                atRisk = true;
                riskReason = SilenceReason(day, quiet, forMove: false);
            }

            if (Level > _p.FloorLevel)
            {
                movesDownOn = DateOnly.FromDayNumber(quiet + _p.MoveDownDays);
            }
        }

        TierReadiness? next = null;
        if (Level < _top)
        {
            var step = _p.Steps[Level].Step;
            var check = Check(step.When, day);
            var (met, unmet) = CriterionCheck.Leaves(check);
            next = new TierReadiness { From = step.From, To = step.To, Ready = check.Holds, Check = check, Met = met, Unmet = unmet, NextActions = step.NextActions };
        }

        return new TierStanding
        {
            Partner = partnership.Partner,
            AsOf = asOf,
            Tier = _p.Names[Level],
            Level = Level,
            Since = _started ? DateOnly.FromDayNumber(_since) : null,
            Transitions = ValueList<TierTransition>.Wrap([.. _transitions]),
            AtRisk = atRisk,
            RiskReason = riskReason,
            LastInteraction = LastInteraction(day) is { } last ? DateOnly.FromDayNumber(last) : null,
            MovesDownOn = movesDownOn,
            Next = next,
            Eligibility = EligibilityOn(day)?.Outcome,
            Affiliate = partnership.Affiliate,
            CoalitionMember = partnership.CoalitionMember,
        };
    }

    /// <summary>
    /// Checks a criterion on a day from the sorted series by binary search, with the numbers in words.
    /// This path is separate from the compiled nodes the fold runs on.
    /// </summary>
    internal CriterionCheck Check(TierCriterion criterion, int day)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (criterion)
        {
            case AllOfCriterion all:
            {
                var parts = all.Items.Select(i => Check(i, day)).ToArray();
                var met = parts.Count(p => p.Holds);
                return new CriterionCheck { Criterion = criterion, Holds = met == parts.Length, Parts = parts, Description = string.Create(inv, $"all of {parts.Length}: {met} met") };
            }

            case AnyOfCriterion any:
            {
                var parts = any.Items.Select(i => Check(i, day)).ToArray();
                var met = parts.Count(p => p.Holds);
                return new CriterionCheck { Criterion = criterion, Holds = met > 0, Parts = parts, Description = string.Create(inv, $"any of {parts.Length}: {met} met") };
            }

            case NotCriterion not:
            {
                var inner = Check(not.Item, day);
                return new CriterionCheck { Criterion = criterion, Holds = !inner.Holds, Parts = [inner], Description = "not: " + inner.Description };
            }

            case TimeInTierCriterion time:
            {
                var days = _started ? day - _since : 0;
                var words = string.Create(inv, $"in {_p.Names[Level]} for {days} days; needs at least {time.Days}");
                return new CriterionCheck { Criterion = criterion, Holds = days >= time.Days, Actual = days, Description = words };
            }

            case OwnerAssignedCriterion:
            {
                var owner = _history.Partnership.OwnerOn(DateOnly.FromDayNumber(day));
                return new CriterionCheck { Criterion = criterion, Holds = owner is not null, Description = owner is { } o ? $"relationship owned by {o}" : "no relationship owner assigned" };
            }

            case EligibilityCriterion eligibility:
            {
                var record = EligibilityOn(day);
                var needs = $"needs at most {TierNames.Outcome(eligibility.AtMost)}";
                if (record is null)
                {
                    var text = eligibility.RequireKnown
                        ? $"no eligibility outcome recorded; {needs}, and a recorded one"
                        : $"no eligibility outcome recorded, which counts as met here; {needs}";
                    return new CriterionCheck { Criterion = criterion, Holds = !eligibility.RequireKnown, Description = text };
                }

                var why = record.Reason is { } r ? $" ({r})" : string.Empty;
                return new CriterionCheck
                {
                    Criterion = criterion,
                    Holds = record.Outcome <= eligibility.AtMost,
                    Description = string.Create(inv, $"eligibility {TierNames.Outcome(record.Outcome)} since {record.Date:yyyy-MM-dd}{why}; {needs}"),
                };
            }

            case EvidenceCriterion evidence:
                return CheckEvidence(evidence, day);

            default:
                throw new InvalidOperationException($"Unknown criterion type {criterion.GetType().Name}.");
        }
    }

    private CriterionCheck CheckEvidence(EvidenceCriterion evidence, int day)
    {
        var inv = CultureInfo.InvariantCulture;
        var from = evidence.WithinDays is { } w ? day - w + 1 : int.MinValue;
        var window = evidence.WithinDays is { } ww ? string.Create(inv, $" in the last {ww} days") : " so far";
        var needs = (evidence.AtLeast, evidence.AtMost) switch
        {
            ({ } l, { } m) when l == m => string.Create(inv, $"needs exactly {l}"),
            ({ } l, { } m) => string.Create(inv, $"needs {l} to {m}"),
            ({ } l, null) => string.Create(inv, $"needs at least {l}"),
            (null, { } m) => string.Create(inv, $"needs at most {m}"),
            _ => "needs nothing",
        };
        int count;
        string words;
        switch (evidence.Evidence)
        {
            case TierEvidence.AlertsExchanged or TierEvidence.InvitationsExchanged:
            {
                var (ours, theirs) = evidence.Evidence == TierEvidence.AlertsExchanged
                    ? (Series.AlertsOurs, Series.AlertsTheirs)
                    : (Series.InvitationsOurs, Series.InvitationsTheirs);
                var us = CountIn(ours, from, day);
                var them = CountIn(theirs, from, day);
                count = Math.Min(us, them);
                words = string.Create(inv, $"{count} {TierNames.EvidenceWords(evidence.Evidence)}{window} ({us} from us, {them} from them)");
                break;
            }

            case TierEvidence.CommitmentsKeptOnTime:
            {
                count = CountIn(Series.CommitmentsKept, from, day);
                var due = count + CountIn(Series.CommitmentsBroken, from, day);
                words = string.Create(inv, $"{count} of {due} commitments due kept on time{window}");
                break;
            }

            case TierEvidence.CommitmentsBroken:
            {
                count = CountIn(Series.CommitmentsBroken, from, day);
                var due = count + CountIn(Series.CommitmentsKept, from, day);
                words = string.Create(inv, $"{count} of {due} commitments due broken (late, dropped or not kept){window}");
                break;
            }

            default:
                count = CountIn(SeriesOf(evidence.Evidence), from, day);
                words = string.Create(inv, $"{count} {TierNames.EvidenceWords(evidence.Evidence)}{window}");
                break;
        }

        return new CriterionCheck { Criterion = evidence, Holds = evidence.Holds(count), Actual = count, Description = $"{words}; {needs}" };
    }

    private EligibilityRecord? EligibilityOn(int day)
    {
        EligibilityRecord? found = null;
        foreach (var (d, record) in _eligibility)
        {
            if (d > day)
            {
                break;
            }

            found = record;
        }

        return found;
    }

    private int CountUpTo(int series, int day) => CountIn(series, int.MinValue, day);

    /// <summary>Entries of a series dated from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    private int CountIn(int series, int first, int last)
    {
        var span = _days.AsSpan(_offsets[series], _offsets[series + 1] - _offsets[series]);
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

    private static long Key(int series, int day) => ((long)series << 32) | (uint)day;

    private static void AddBothWays(List<long> keys, Direction direction, int ours, int theirs, int day)
    {
        if (direction != Direction.FromPartner)
        {
            keys.Add(Key(ours, day));
        }

        if (direction != Direction.FromUs)
        {
            keys.Add(Key(theirs, day));
        }
    }
}
