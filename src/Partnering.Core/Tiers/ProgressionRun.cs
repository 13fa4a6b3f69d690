using System;
using System.Collections.Generic;
using System.Globalization;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;
using static Partnering.Core.Tiers.PartnershipProgression;

namespace Partnering.Core.Tiers;

/// <summary>
/// The fold of one partnership's history. The rule is stated per day: on each day, first the
/// overrides dated that day apply (in list order), then a Forbid holds the partnership: it moves it down
/// to the ladder's hold tier, or, on a ladder without one, back to the tier it stood at when the Forbid
/// came into force (after an override up), and while the Forbid is in force nothing else moves it.
/// Otherwise at most one automatic move happens: a step down after a long silence (above the floor,
/// the silence counted from the last interaction, the last move or the day a Forbid ended), or else
/// one step up when the step's criterion holds. Evaluating only
/// the days on which something can change (an override, an eligibility outcome, a decay deadline,
/// the day after a move, and the earliest day the step's criterion could hold, as bounded by
/// <see cref="PartnershipProgression.Node.Earliest"/>, an owner's start included) gives the same
/// moves as evaluating every day; the tests check this against a day-by-day reference.
/// </summary>
internal sealed partial class ProgressionRun
{
    /// <summary>Histories with at most this many dated keys are sorted by one insertion sort of the keys.</summary>
    private const int ShortHistory = 64;

    private readonly PartnershipProgression _p;
    private readonly int _top;
    /// <summary>Per counter, the window's first entry (at 2i) and the first entry after the current day (at 2i + 1), relative to the series' start.</summary>
    private readonly int[] _bounds;
    private PartnershipHistory _history = null!;
    /// <summary>
    /// The sorted series in one array, reused from history to history and read by the evidence source: first <see cref="Series.Count"/> + 1
    /// absolute offsets (series s runs from <c>_data[s]</c> to <c>_data[s + 1]</c>), then the days.
    /// </summary>
    private int[] _data = [];
    private TierOverride[] _overrides = [];
    private EligibilityRecord[] _eligibility = [];
    private AllyChoice[] _ally = [];
    private int _ownerStart;
    /// <summary>The history's sorted series, reused from history to history (nothing a standing keeps points here).</summary>
    private readonly EvidenceSource _source = new();
    private int _start;
    private List<TierTransition>? _transitions;
    private int _overrideIndex;
    private int _eligibilityIndex;
    private int _allyIndex;
    private int _interactionsSeen;
    private bool _started;
    private int _day;
    private int _since;
    private int _lastMove;
    private int _movedOn = int.MinValue;
    /// <summary>The tier a Forbid in force holds the partnership at on a ladder without a hold tier: where it stood when the Forbid came into force.</summary>
    private int _heldLevel;
    /// <summary>The day the last Forbid ended (the silence clock starts again from it), or <see cref="int.MinValue"/>.</summary>
    private int _forbidEnded = int.MinValue;
    private EligibilityRecord? _eligibilityNow;
    private AllyChoice? _allyNow;
    /// <summary>Whether the last move was a faster step (with no skipping, the next step up must then meet its ordinary criterion).</summary>
    private bool _lastFaster;

    public ProgressionRun(PartnershipProgression progression, PartnershipHistory history)
        : this(progression)
        => Reset(history);

    /// <summary>A run to <see cref="Reset"/> for each history in turn (how <c>EvaluateMany</c> reuses one run).</summary>
    internal ProgressionRun(PartnershipProgression progression)
    {
        _p = progression;
        _top = progression.Names.Length - 1;
        _bounds = new int[2 * progression.Counters.Length];
    }

    internal int DaysInTier => _day - _since;

    /// <summary>The history being folded, sorted into series.</summary>
    internal EvidenceSource Evidence => _source;

    /// <summary>The day the partnership entered its current tier.</summary>
    internal int TierStart => _since;

    /// <summary>The day after the current one: the soonest any criterion can change.</summary>
    internal int Tomorrow => _day + 1;

    /// <summary>The first day an owner is assigned (<see cref="PartnershipProgression.Never"/> when none ever is).</summary>
    internal int OwnerStart => _ownerStart;

    /// <summary>The day the next recorded eligibility outcome takes effect, or <see cref="PartnershipProgression.Never"/>.</summary>
    internal int NextEligibilityDay => _eligibilityIndex < _eligibility.Length ? _eligibility[_eligibilityIndex].Date.DayNumber : Never;

    internal bool OwnerAssigned => _day >= _ownerStart;

    internal EligibilityOutcome? Eligibility => _eligibilityNow?.Outcome;

    /// <summary>Whether a Forbid is in force on the current day: the partnership is held, whatever the evidence and the silence.</summary>
    private bool Forbidden => _eligibilityNow?.Outcome == EligibilityOutcome.Forbid;

    /// <summary>The tier a Forbid holds the partnership at: the ladder's hold tier, or where it stood when the Forbid came into force.</summary>
    private int HoldLevel => _p.ForbiddenLevel >= 0 ? _p.ForbiddenLevel : _heldLevel;

    /// <summary>Whether the partnership is held as an ally by choice on the current day.</summary>
    private bool Ally => _allyNow?.Ally == true;

    /// <summary>The lowest tier silence moves the partnership to today: never below Learning for an ally by choice.</summary>
    private int Floor => Ally ? _p.AllyFloorLevel : _p.FloorLevel;

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
        var from = _data[key.Series];
        var to = _data[key.Series + 1];
        var hi = _bounds[(2 * counter) + 1];
        while (from + hi < to && _data[from + hi] <= _day)
        {
            hi++;
        }

        _bounds[(2 * counter) + 1] = hi;
        if (key.Window == 0)
        {
            return hi;
        }

        var lo = _bounds[2 * counter];
        var leftBefore = _day - key.Window;
        while (lo < hi && _data[from + lo] <= leftBefore)
        {
            lo++;
        }

        _bounds[2 * counter] = lo;
        return hi - lo;
    }

    /// <summary>The day of the <paramref name="k"/>-th entry after the current day that a counter will count (call <see cref="Count"/> first), or <see cref="PartnershipProgression.Never"/>.</summary>
    internal int NextEntryDay(int counter, int k)
    {
        var series = _p.Counters[counter].Series;
        // In long: k can be as large as a ladder's atLeast (up to int.MaxValue), far past the series.
        var at = (long)_data[series] + _bounds[(2 * counter) + 1] + k - 1;
        return at < _data[series + 1] ? _data[(int)at] : Never;
    }

    /// <summary>The day the <paramref name="k"/>-th oldest entry a counter counts now leaves its window (call <see cref="Count"/> first), or <see cref="PartnershipProgression.Never"/> for a count with no window.</summary>
    internal int LeaveDay(int counter, int k)
    {
        var key = _p.Counters[counter];
        return key.Window == 0 ? Never : _data[_data[key.Series] + _bounds[2 * counter] + k - 1] + key.Window;
    }

    private void Process(int day)
    {
        _day = day;
        var moved = false;
        var levelBefore = Level;
        var wasForbidden = Forbidden;
        while (_overrideIndex < _overrides.Length && _overrides[_overrideIndex].Date.DayNumber <= day)
        {
            var o = _overrides[_overrideIndex++];
            var to = _p.LevelOf(o.Tier);
            if (to < 0)
            {
                throw new InvalidOperationException($"The override on {o.Date:yyyy-MM-dd} names the tier '{o.Tier}', which is not on the ladder '{_p.Ladder.Name}' ({string.Join(", ", _p.Names)}); use one of its tiers.");
            }

            Move(to, TierMoveKind.Override, $"{o.Reason} (decided by {o.DecidedBy})", null, o.DecidedBy);
            moved = true;
        }

        while (_eligibilityIndex < _eligibility.Length && _eligibility[_eligibilityIndex].Date.DayNumber <= day)
        {
            _eligibilityNow = _eligibility[_eligibilityIndex++];
        }

        while (_allyIndex < _ally.Length && _ally[_allyIndex].Date.DayNumber <= day)
        {
            _allyNow = _ally[_allyIndex++];
        }

        if (Forbidden && !wasForbidden)
        {
            _heldLevel = levelBefore;
        }
        else if (wasForbidden && !Forbidden)
        {
            _forbidEnded = day;
        }

        if (Forbidden && Level > HoldLevel)
        {
            var record = _eligibilityNow!;
            var why = record.Reason is { } r ? $" ({r})" : string.Empty;
            var held = _p.ForbiddenLevel >= 0
                ? $"a forbidden partner is held at {_p.Names[HoldLevel]}"
                : $"a forbidden partner is held where it stood when the forbid came into force, at {_p.Names[HoldLevel]}";
            Move(HoldLevel, TierMoveKind.Forbidden, string.Create(CultureInfo.InvariantCulture, $"eligibility outcome forbid since {record.Date:yyyy-MM-dd}{why}; {held}"), null, null);
            moved = true;
        }

        if (!moved && !Forbidden)
        {
            var quiet = QuietStart(day);
            if (Level > Floor && day - quiet >= _p.MoveDownDays)
            {
                Move(Level - 1, TierMoveKind.Decay, SilenceReason(day, quiet, forMove: true), null, null);
                moved = true;
            }
            else if (Level < _top && !Ally)
            {
                var step = _p.Steps[Level];
                if (step.Node.Holds(this))
                {
                    Move(Level + 1, TierMoveKind.StepUp, null, step.Step.When, null);
                    moved = true;
                }
                else if (FasterAllowed(step) && step.Faster!.Holds(this))
                {
                    Move(Level + 1, TierMoveKind.FasterStep, null, step.Step.Faster!.When, null, step.Step.Faster.Reason);
                    moved = true;
                }
            }
        }

        if (moved)
        {
            _movedOn = day;
        }
    }

    /// <summary>Whether a step's faster criterion may take it today: the ladder allows it, and with no skipping the last move was not a faster step.</summary>
    private bool FasterAllowed(CompiledStep step) => step.Faster is not null && !(_p.NoSkipping && _lastFaster);

    private void Move(int to, TierMoveKind kind, string? reason, TierCriterion? criterion, PartyId? decidedBy, string? faster = null)
    {
        var transition = new TierTransition
        {
            Date = DateOnly.FromDayNumber(_day),
            From = _p.Names[Level],
            To = _p.Names[to],
            Kind = kind,
            DecidedBy = decidedBy,
            FasterReason = faster,
            Pending = criterion is null ? null : new PendingEvidence(_p, _history, criterion, _day, _since, _p.Names[Level]),

            // A step up says why through its evidence (a null reason); the other moves carry theirs.
            Reason = reason!,
        };

        (_transitions ??= []).Add(transition);
        _lastFaster = kind == TierMoveKind.FasterStep;
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
            next = _overrides[_overrideIndex].Date.DayNumber;
        }

        if (_eligibilityIndex < _eligibility.Length)
        {
            next = Math.Min(next, _eligibility[_eligibilityIndex].Date.DayNumber);
        }

        if (_allyIndex < _ally.Length)
        {
            next = Math.Min(next, _ally[_allyIndex].Date.DayNumber);
        }

        if (Level > Floor && !Forbidden)
        {
            next = Math.Min(next, QuietStart(day) + _p.MoveDownDays);
        }

        if (Level < _top && !Forbidden && !Ally)
        {
            var step = _p.Steps[Level];
            next = Math.Min(next, step.Node.Earliest(this, want: true));
            if (FasterAllowed(step))
            {
                next = Math.Min(next, step.Faster!.Earliest(this, want: true));
            }
        }

        return next;
    }

    /// <summary>The day silence started, as seen on <paramref name="day"/>: the latest of the last interaction, the last move and the day a Forbid ended.</summary>
    private int QuietStart(int day)
    {
        var from = _data[Series.Interactions];
        var to = _data[Series.Interactions + 1];
        while (from + _interactionsSeen < to && _data[from + _interactionsSeen] <= day)
        {
            _interactionsSeen++;
        }

        var restarted = Math.Max(_lastMove, _forbidEnded);
        return _interactionsSeen == 0 ? restarted : Math.Max(restarted, _data[from + _interactionsSeen - 1]);
    }

    private int? LastInteraction(int day) => LastDay(Series.Interactions, day) is var last && last == int.MinValue ? null : last;

    /// <summary>The day of a series' last entry on or before <paramref name="day"/>, or <see cref="int.MinValue"/>.</summary>
    private int LastDay(int series, int day)
    {
        var n = CountUpTo(series, day);
        return n == 0 ? int.MinValue : _data[_data[series] + n - 1];
    }

    private string SilenceReason(int day, int quiet, bool forMove)
    {
        var inv = CultureInfo.InvariantCulture;
        var last = LastInteraction(day);
        var source = last == quiet
            ? string.Create(inv, $"no interaction since {DateOnly.FromDayNumber(quiet):yyyy-MM-dd}")
            : quiet == _forbidEnded && quiet != _lastMove
                ? string.Create(inv, $"no interaction since the forbid ended on {DateOnly.FromDayNumber(quiet):yyyy-MM-dd}")
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
        var lastInteraction = LastInteraction(day);
        var atRisk = false;
        string? riskReason = null;
        DateOnly? movesDownOn = null;
        // A Forbid holds the partnership: silence neither puts it at risk nor moves it down while it is in force.
        if (_started && !Forbidden)
        {
            var quiet = Math.Max(Math.Max(_lastMove, _forbidEnded), lastInteraction ?? int.MinValue);
            if (Level > 0 && day - quiet >= _p.AtRiskDays)
            {
                atRisk = true;
                riskReason = SilenceReason(day, quiet, forMove: false);
            }

            if (Level > Floor)
            {
                movesDownOn = DateOnly.FromDayNumber(quiet + _p.MoveDownDays);
            }
        }

        // The next step is worked out when read (see TierStanding.Next), from the sorted evidence the
        // moves keep anyway.
        // An ally by choice is not nagged with a next step.
        var step = Level < _top && !Ally ? _p.Steps[Level].Step : null;
        var pending = step is null ? null : _source.Freeze(step.When, day, _started ? _since : day, _p.Names[Level]);

        return new TierStanding
        {
            Partner = partnership.Partner,
            AsOf = asOf,
            Tier = _p.Names[Level],
            Level = Level,
            Since = _started ? DateOnly.FromDayNumber(_since) : null,
            Transitions = _transitions is null ? ValueList<TierTransition>.Empty : ValueList<TierTransition>.Wrap([.. _transitions]),
            AtRisk = atRisk,
            RiskReason = riskReason,
            LastInteraction = lastInteraction is { } last ? DateOnly.FromDayNumber(last) : null,
            MovesDownOn = movesDownOn,
            PendingStep = step,
            Pending = pending,
            Eligibility = EligibilityOn(day)?.Outcome,
            Affiliate = partnership.Affiliate,
            CoalitionMember = partnership.CoalitionMember,
            AllyByChoice = Ally ? _allyNow : null,
            AffiliateDays = new AffiliateDays(LastDay(Series.AffiliateInfo, day), LastDay(Series.AffiliateInterest, day), _history.MayBecomeAffiliate ? _p.AffiliateLevel : -1),
        };
    }

    private EligibilityRecord? EligibilityOn(int day) => _source.EligibilityOn(day);

    private int CountUpTo(int series, int day) => _source.CountIn(series, int.MinValue, day);
}
