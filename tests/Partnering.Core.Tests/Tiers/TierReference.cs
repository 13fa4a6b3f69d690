using Partnering.Core.Eligibility;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Tiers;

/// <summary>
/// A small, slow, obviously-correct model of the tier rules, written apart from the library: it
/// walks every day from the first entry and recounts the evidence with LINQ each time. The fast fold
/// is checked against it.
/// </summary>
internal sealed class TierReference(TierLadder ladder, PartnershipHistory history)
{
    private readonly List<Interaction> _interactions = [.. history.Interactions.Where(i => i.Partner == history.Partnership.Partner)];

    public sealed record Move(DateOnly Date, string From, string To, TierMoveKind Kind);

    public int Level { get; private set; }

    public DateOnly? Since { get; private set; }

    public List<Move> Moves { get; } = [];

    private int LevelOf(string name) => ladder.Tiers.ToList().FindIndex(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public static TierReference Run(TierLadder ladder, PartnershipHistory history, DateOnly asOf)
    {
        var model = new TierReference(ladder, history);
        model.RunTo(asOf);
        return model;
    }

    private void RunTo(DateOnly asOf)
    {
        var dates = _interactions.Select(i => i.Date)
            .Concat(history.Partnership.Owners.Select(o => o.Since))
            .Concat(history.Eligibility.Select(e => e.Date))
            .Concat(history.Overrides.Select(o => o.Date))
            .Concat(history.IdentifiedOn is { } id ? [id] : [])
            .ToList();
        if (dates.Count == 0 || dates.Min() > asOf)
        {
            return;
        }

        var start = dates.Min();
        var top = ladder.Tiers.Count - 1;
        var floor = LevelOf(ladder.Decay.Floor);
        var hold = ladder.ForbiddenHoldsAt is { } h ? LevelOf(h) : -1;
        var allyFloor = Math.Max(floor, Math.Min(1, top));
        Since = start;
        var lastMove = start;
        var lastFaster = false;
        var held = 0;
        var forbidEnded = DateOnly.MinValue;
        for (var d = start; d <= asOf; d = d.AddDays(1))
        {
            var moved = false;
            var levelBefore = Level;
            foreach (var o in history.Overrides.Where(o => o.Date == d))
            {
                lastFaster = false;
                Moves.Add(new(d, ladder.Tiers[Level].Name, ladder.Tiers[LevelOf(o.Tier)].Name, TierMoveKind.Override));
                Level = LevelOf(o.Tier);
                Since = lastMove = d;
                moved = true;
            }

            // A Forbid holds the partnership: at the ladder's hold tier, or where it stood when the Forbid came into force.
            var forbidden = EligibilityOn(d)?.Outcome == EligibilityOutcome.Forbid;
            var wasForbidden = d > start && EligibilityOn(d.AddDays(-1))?.Outcome == EligibilityOutcome.Forbid;
            if (forbidden && !wasForbidden)
            {
                held = levelBefore;
            }
            else if (wasForbidden && !forbidden)
            {
                forbidEnded = d;
            }

            var holdAt = hold >= 0 ? hold : held;
            if (forbidden && Level > holdAt)
            {
                lastFaster = false;
                Moves.Add(new(d, ladder.Tiers[Level].Name, ladder.Tiers[holdAt].Name, TierMoveKind.Forbidden));
                Level = holdAt;
                Since = lastMove = d;
                moved = true;
            }

            if (moved || forbidden)
            {
                continue;
            }

            var ally = history.Partnership.AllyByChoiceOn(d) is not null;
            var last = _interactions.Where(i => i.Date <= d).Select(i => (DateOnly?)i.Date).Max();
            var restarted = forbidEnded > lastMove ? forbidEnded : lastMove;
            var quiet = last is { } l && l > restarted ? l : restarted;
            if (Level > (ally ? allyFloor : floor) && d.DayNumber - quiet.DayNumber >= ladder.Decay.AtRiskAfterDays + ladder.Decay.GraceDays)
            {
                Moves.Add(new(d, ladder.Tiers[Level].Name, ladder.Tiers[Level - 1].Name, TierMoveKind.Decay));
                Level--;
                Since = lastMove = d;
                lastFaster = false;
            }
            else if (Level < top && !ally)
            {
                var step = ladder.Steps.Single(s => LevelOf(s.From) == Level);
                if (Holds(step.When, d, Since.Value))
                {
                    Moves.Add(new(d, ladder.Tiers[Level].Name, ladder.Tiers[Level + 1].Name, TierMoveKind.StepUp));
                    Level++;
                    Since = lastMove = d;
                    lastFaster = false;
                }
                else if (ladder.Pace.FasterSteps && step.Faster is { } faster && !(ladder.Pace.NoSkipping && lastFaster) && Holds(faster.When, d, Since.Value))
                {
                    Moves.Add(new(d, ladder.Tiers[Level].Name, ladder.Tiers[Level + 1].Name, TierMoveKind.FasterStep));
                    Level++;
                    Since = lastMove = d;
                    lastFaster = true;
                }
            }
        }
    }

    public EligibilityRecord? EligibilityOn(DateOnly d) => history.Eligibility.Where(e => e.Date <= d).OrderBy(e => e.Date).LastOrDefault();

    public bool Holds(TierCriterion criterion, DateOnly d, DateOnly since) => criterion switch
    {
        AllOfCriterion all => all.Items.All(i => Holds(i, d, since)),
        AnyOfCriterion any => any.Items.Any(i => Holds(i, d, since)),
        NotCriterion not => !Holds(not.Item, d, since),
        TimeInTierCriterion t => d.DayNumber - since.DayNumber >= t.Days,
        OwnerAssignedCriterion => history.Partnership.OwnerOn(d) is not null,
        EligibilityCriterion e => EligibilityOn(d) is { } r ? r.Outcome <= e.AtMost : !e.RequireKnown,
        EvidenceCriterion e => Count(e.Evidence, e.WithinDays, d) is var n && (e.AtLeast is null || n >= e.AtLeast) && (e.AtMost is null || n <= e.AtMost),
        _ => throw new InvalidOperationException(criterion.ToString()),
    };

    private static bool ShowingUp(Interaction i) => i.Kind is InteractionKind.AttendedAction or InteractionKind.Volunteered or InteractionKind.RaisedFunds;

    public int Count(TierEvidence evidence, int? window, DateOnly d)
    {
        var from = window is { } w ? d.AddDays(1 - w) : DateOnly.MinValue;
        bool In(DateOnly x) => x >= from && x <= d;
        int Of(Func<Interaction, bool> p) => _interactions.Count(i => In(i.Date) && p(i));
        DateOnly Judged(Interaction i) => i.Commitment!.Due > i.Date ? i.Commitment.Due : i.Date;
        bool KeptOnTime(Interaction i) => i.Commitment!.KeptOn is { } k && k <= i.Commitment.Due;
        IEnumerable<Interaction> Due() => _interactions.Where(i => i.Kind == InteractionKind.Commitment && i.Commitment is not null && In(Judged(i)));
        return evidence switch
        {
            TierEvidence.Meetings => Of(i => i.Kind is InteractionKind.Meeting or InteractionKind.OneOnOne),
            TierEvidence.OneOnOnes => Of(i => i.Kind == InteractionKind.OneOnOne),
            TierEvidence.AlertsExchanged => Math.Min(
                Of(i => i.Kind == InteractionKind.AlertShared && i.Direction != Direction.FromPartner),
                Of(i => i.Kind == InteractionKind.AlertShared && i.Direction != Direction.FromUs)),
            TierEvidence.InvitationsExchanged => Math.Min(
                Of(i => i.Kind == InteractionKind.InvitationExtended && i.Direction != Direction.FromPartner),
                Of(i => i.Kind == InteractionKind.InvitationExtended && i.Direction != Direction.FromUs)),
            TierEvidence.CommitmentsMade => Of(i => i.Kind == InteractionKind.Commitment),
            TierEvidence.CommitmentsKeptOnTime => Due().Count(KeptOnTime),
            TierEvidence.CommitmentsBroken => Due().Count(i => !KeptOnTime(i)),
            TierEvidence.EventsCoPromoted => Of(i => i.Kind == InteractionKind.EventCoPromoted && i.Delivered),
            TierEvidence.EventsCoOrganized => Of(i => i.Kind == InteractionKind.EventCoOrganized && i.Delivered),
            TierEvidence.JointActions => Of(i => i.Kind == InteractionKind.JointAction),
            TierEvidence.SharedLeadershipAgreements => Of(i => i.Kind == InteractionKind.SharedLeadershipAgreement),
            TierEvidence.Interactions => Of(_ => true),
            TierEvidence.ShowedUpForThem => Of(i => ShowingUp(i) && i.Direction != Direction.FromPartner),
            TierEvidence.ShowingUpExchanged => Math.Min(
                Of(i => ShowingUp(i) && i.Direction != Direction.FromPartner),
                Of(i => ShowingUp(i) && i.Direction != Direction.FromUs)),
            _ => throw new InvalidOperationException(evidence.ToString()),
        };
    }
}
