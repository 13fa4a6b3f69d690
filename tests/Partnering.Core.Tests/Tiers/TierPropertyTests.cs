using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnering.Core.Tiers;
using static Partnering.Core.Tests.Tiers.TierHistories;

namespace Partnering.Core.Tests.Tiers;

/// <summary>The invariants of the tier fold, over random histories.</summary>
[Properties(Arbitrary = [typeof(TierArbitraries)])]
public sealed class TierPropertyTests
{
    private static readonly PartnershipProgression Default = (PartnershipProgression)TierLadder.Default.Compile();
    private static readonly PartnershipProgression Twisted = (PartnershipProgression)TierHistories.Twisted.Compile();
    private static readonly PartnershipProgression NoDecay = (PartnershipProgression)TierHistories.NoDecay.Compile();
    private static readonly PartnershipProgression MovesDown = (PartnershipProgression)MovesDownWhenForbidden.Compile();

    private static int LevelOf(IPartnershipProgression p, string tier) => p.Ladder.Tiers.ToList().FindIndex(t => t.Name == tier);

    [Property]
    public void The_fold_gives_the_same_moves_as_the_day_by_day_reference_on_the_default_ladder(HistoryOnDay x)
        => SameAsReference(Default, x.History, x.Date);

    [Property]
    public Property The_fold_gives_the_same_moves_as_the_day_by_day_reference_when_a_forbid_is_in_force_on_a_ladder_that_holds_in_place_or_moves_down()
        => Prop.ForAll(Arb.From(ForbiddenHistoryOnDayGen()), x =>
        {
            SameAsReference(Default, x.History, x.Date);
            SameAsReference(MovesDown, x.History, x.Date);
        });

    [Property(Runs = 300)]
    public Property The_fold_gives_the_same_moves_as_the_day_by_day_reference_on_a_ladder_with_any_not_and_at_most()
        => Prop.ForAll(Arb.From(HistoryOnDayGen(span: 200, maxInteractions: 40)), x => SameAsReference(Twisted, x.History, x.Date));

    private static void SameAsReference(PartnershipProgression progression, PartnershipHistory history, DateOnly asOf)
    {
        var standing = progression.Evaluate(history, asOf);
        var reference = TierReference.Run(progression.Ladder, history, asOf);

        Assert.Equal(reference.Moves, standing.Transitions.Select(t => new TierReference.Move(t.Date, t.From, t.To, t.Kind)));
        Assert.Equal(reference.Level, standing.Level);
        Assert.Equal(reference.Since, standing.Since);
    }

    [Property]
    public void Never_more_than_one_tier_up_per_recorded_step_and_every_move_starts_where_the_last_ended(HistoryOnDay x)
    {
        foreach (var progression in new[] { Default, Twisted })
        {
            var standing = progression.Evaluate(x.History, Origin.AddDays(x.AsOf));
            var level = 0;
            DateOnly? lastAutomatic = null;
            foreach (var t in standing.Transitions)
            {
                Assert.Equal(progression.Ladder.Tiers[level].Name, t.From);
                var to = LevelOf(progression, t.To);
                switch (t.Kind)
                {
                    case TierMoveKind.StepUp:
                        Assert.Equal(level + 1, to);
                        Assert.NotEmpty(t.Evidence);
                        break;
                    case TierMoveKind.Decay:
                        Assert.Equal(level - 1, to);
                        break;
                    case TierMoveKind.Forbidden:
                        Assert.True(to < level);
                        break;
                }

                if (t.Kind is TierMoveKind.StepUp or TierMoveKind.Decay)
                {
                    Assert.NotEqual(lastAutomatic, t.Date);
                    lastAutomatic = t.Date;
                }

                level = to;
            }

            Assert.Equal(level, standing.Level);
        }
    }

    private static readonly Gen<Interaction> Positive =
        from kind in Gen.Elements(
            InteractionKind.Meeting, InteractionKind.OneOnOne, InteractionKind.AlertShared, InteractionKind.InvitationExtended,
            InteractionKind.EventCoPromoted, InteractionKind.EventCoOrganized, InteractionKind.JointAction, InteractionKind.SharedLeadershipAgreement, InteractionKind.Commitment)
        from day in Gen.Choose(0, 400)
        from direction in Gen.Elements(Direction.Mutual, Direction.FromUs, Direction.FromPartner)
        from dueIn in Gen.Choose(0, 20)
        select new Interaction
        {
            Kind = kind,
            Date = Origin.AddDays(day),
            Partner = Org,
            Direction = direction,
            Commitment = kind == InteractionKind.Commitment
                ? new Commitment { MadeBy = CommitmentParty.Us, Description = "kept promise", Due = Origin.AddDays(day + dueIn), KeptOn = Origin.AddDays(day + dueIn) }
                : null,
        };

    [Property]
    public Property More_evidence_never_lowers_the_tier_reached_on_the_same_date_when_decay_is_out_of_reach()
        => Prop.ForAll(
            Arb.From(from x in HistoryOnDayGen() from extra in Positive.Between(1, 8) select (x, Extra: extra)),
            input =>
            {
                var (x, extra) = input;
                var less = NoDecay.Evaluate(x.History, x.Date);
                var more = NoDecay.Evaluate(x.History with { Interactions = [.. x.History.Interactions, .. extra] }, x.Date);
                return more.Level >= less.Level;
            });

    [Property]
    public Property Replaying_the_history_in_one_go_or_in_any_split_gives_the_same_state()
        => Prop.ForAll(
            Arb.From(from h in HistoryOnDayGen() from cuts in Gen.Choose(0, 600).Between(0, 5) select (h, Cuts: cuts)),
            input =>
            {
                var (x, cuts) = input;
                var asOf = x.Date;
                var whole = new ProgressionRun(Default, x.History);
                whole.AdvanceTo(asOf);

                var split = new ProgressionRun(Default, x.History);
                foreach (var cut in cuts.Where(c => c <= x.AsOf).Order())
                {
                    split.AdvanceTo(Origin.AddDays(cut));
                }

                split.AdvanceTo(asOf);
                Assert.Equal(whole.Standing(asOf), split.Standing(asOf));
            });

    [Property]
    public Property Evaluating_many_at_once_gives_what_evaluating_each_alone_gives()
        => Prop.ForAll(
            Arb.From(from histories in HistoryGen(500, 90).Between(1, 8) from day in Gen.Choose(0, 700) from twisted in Gen.Elements(false, true) select new HistoryBatch(histories, day, twisted)),
            x =>
            {
                // EvaluateMany reuses one run from history to history; nothing may leak between them.
                var progression = x.Twisted ? Twisted : Default;
                var asOf = Origin.AddDays(x.AsOf);
                var many = progression.EvaluateMany(x.Histories, asOf);
                Assert.Equal(x.Histories.Count, many.Count);
                for (var i = 0; i < many.Count; i++)
                {
                    var alone = progression.Evaluate(x.Histories[i], asOf);
                    Assert.Equal(alone, many[i]);
                    Assert.Equal(alone.Explain(), many[i].Explain());
                    Assert.Equal(alone.Transitions.Select(t => t.Evidence), many[i].Transitions.Select(t => t.Evidence));
                }
            });

    [Property]
    public Property The_state_on_a_date_depends_only_on_the_history_up_to_that_date()
        => Prop.ForAll(
            Arb.From(from h in HistoryOnDayGen() from cut in Gen.Choose(0, 600) select (h, Cut: cut)),
            input =>
            {
                var (x, cut) = input;
                var (early, late) = (Origin.AddDays(Math.Min(cut, x.AsOf)), Origin.AddDays(Math.Max(cut, x.AsOf)));
                var full = Default.Evaluate(x.History, early);
                var truncated = x.History with
                {
                    Interactions = [.. x.History.Interactions.Where(i => i.Date <= early)],
                    Overrides = [.. x.History.Overrides.Where(o => o.Date <= early)],
                    Eligibility = [.. x.History.Eligibility.Where(e => e.Date <= early)],
                };

                Assert.Equal(full, Default.Evaluate(truncated, early));

                // The moves up to the earlier date are the start of the moves up to the later one.
                var later = Default.Evaluate(x.History, late);
                Assert.Equal(full.Transitions, later.Transitions.Take(full.Transitions.Count));
            });

    [Property]
    public void Decay_is_idempotent_running_to_the_same_day_again_changes_nothing_and_each_decay_waits_a_full_silence(HistoryOnDay x)
    {
        foreach (var progression in new[] { Default, Twisted })
        {
            var reference = new TierReference(progression.Ladder, x.History);
            var asOf = Origin.AddDays(x.AsOf);
            var run = new ProgressionRun(progression, x.History);
            run.AdvanceTo(asOf);
            var once = run.Standing(asOf);
            run.AdvanceTo(asOf);
            Assert.Equal(once, run.Standing(asOf));

            var silence = progression.Ladder.Decay.AtRiskAfterDays + progression.Ladder.Decay.GraceDays;
            DateOnly? previousMove = null;
            foreach (var t in once.Transitions)
            {
                if (t.Kind == TierMoveKind.Decay)
                {
                    // Silence counts from the last interaction, the last move or the day a Forbid ended (a Forbid holds the partnership).
                    var last = x.History.Interactions.Where(i => i.Date <= t.Date).Select(i => (DateOnly?)i.Date).Max();
                    var forbidEnded = x.History.Eligibility.Select(e => e.Date)
                        .Where(d => d <= t.Date && reference.EligibilityOn(d.AddDays(-1))?.Outcome == Partnering.Core.Eligibility.EligibilityOutcome.Forbid && reference.EligibilityOn(d)?.Outcome != Partnering.Core.Eligibility.EligibilityOutcome.Forbid)
                        .Select(d => (DateOnly?)d).Max();
                    var quiet = new[] { last, previousMove, forbidEnded }.Max()!.Value;
                    Assert.NotEqual(Partnering.Core.Eligibility.EligibilityOutcome.Forbid, reference.EligibilityOn(t.Date)?.Outcome);
                    Assert.Equal(silence, t.Date.DayNumber - quiet.DayNumber);
                    Assert.True(TierLadderLevel(progression, t.To) >= TierLadderLevel(progression, progression.Ladder.Decay.Floor));
                }

                previousMove = t.Date;
            }
        }
    }

    private static int TierLadderLevel(IPartnershipProgression p, string tier) => LevelOf(p, tier);

    [Property]
    public void A_forbidden_partner_stays_at_the_hold_tier_of_a_ladder_that_has_one_and_review_or_forbid_never_lets_it_step_up(HistoryOnDay x)
    {
        foreach (var progression in new[] { Default, MovesDown, Twisted })
        {
            var standing = progression.Evaluate(x.History, Origin.AddDays(x.AsOf));
            var reference = new TierReference(progression.Ladder, x.History);
            if (progression.Ladder.ForbiddenHoldsAt is { } tier && reference.EligibilityOn(standing.AsOf) is { Outcome: Partnering.Core.Eligibility.EligibilityOutcome.Forbid })
            {
                Assert.True(standing.Level <= LevelOf(progression, tier));
            }

            foreach (var t in standing.Transitions.Where(t => t.Kind is TierMoveKind.StepUp or TierMoveKind.FasterStep))
            {
                Assert.NotEqual(Partnering.Core.Eligibility.EligibilityOutcome.Forbid, reference.EligibilityOn(t.Date)?.Outcome);
                if (progression != Twisted)
                {
                    Assert.True(reference.EligibilityOn(t.Date) is not { Outcome: >= Partnering.Core.Eligibility.EligibilityOutcome.Review });
                }
            }
        }
    }

    // DOMAIN §3: a Forbid from eligibility holds a partnership where it is, whatever the evidence (seed 000: no
    // working with an official or a candidate while running, re-election included). On the default ladder,
    // from the day a Forbid comes into force the partnership neither steps up nor slips back from silence;
    // only an override a person decided may lower it, and none leaves it above where it stood.
    [Property]
    public Property On_the_default_ladder_a_forbid_holds_the_level_where_it_is_whatever_the_history_seed_000()
        => Prop.ForAll(Arb.From(ForbiddenHistoryOnDayGen()), x =>
        {
            var asOf = x.Date;
            var reference = new TierReference(TierLadder.Default, x.History);
            if (reference.EligibilityOn(asOf) is not { Outcome: Partnering.Core.Eligibility.EligibilityOutcome.Forbid })
            {
                return; // a later outcome lifted the Forbid
            }

            var from = asOf;
            while (reference.EligibilityOn(from.AddDays(-1)) is { Outcome: Partnering.Core.Eligibility.EligibilityOutcome.Forbid })
            {
                from = from.AddDays(-1);
            }

            var before = Default.Evaluate(x.History, from.AddDays(-1));
            var standing = Default.Evaluate(x.History, asOf);
            var whileForbidden = standing.Transitions.Where(t => t.Date >= from).ToList();
            Assert.DoesNotContain(whileForbidden, t => t.Kind is TierMoveKind.StepUp or TierMoveKind.FasterStep or TierMoveKind.Decay);
            Assert.True(standing.Level <= before.Level);
            if (!x.History.Overrides.Any(o => o.Date >= from && o.Date <= asOf))
            {
                Assert.Empty(whileForbidden);
                Assert.Equal(before.Level, standing.Level);
            }

            Assert.False(standing.AtRisk);
            Assert.Null(standing.MovesDownOn);
            Assert.Contains($"Held at {standing.Tier}: the partner's eligibility outcome is forbid", standing.Explain(), StringComparison.Ordinal);
        });

    [Property(Runs = 50)]
    public Property The_order_the_history_is_recorded_in_does_not_matter_even_for_long_histories()
        => Prop.ForAll(
            Arb.From(from h in HistoryGen(span: 300, maxInteractions: 400) from asOf in Gen.Choose(0, 400) from seed in Gen.Choose(0, 1000) select (x: new HistoryOnDay(h, asOf), Seed: seed)),
            input =>
            {
                var (x, seed) = input;
                var asOf = x.Date;
                var inOrder = x.History with { Interactions = [.. x.History.Interactions.OrderBy(i => i.Date)] };
                var shuffled = x.History with { Interactions = [.. x.History.Interactions.OrderBy(i => (i.GetHashCode() ^ seed) & 0xFFFF)] };
                Assert.Equal(Default.Evaluate(inOrder, asOf), Default.Evaluate(shuffled, asOf));
                Assert.Equal(Twisted.Evaluate(inOrder, asOf), Twisted.Evaluate(shuffled, asOf));
            });

    [Property]
    public void An_override_is_always_in_the_history(HistoryOnDay x)
    {
        var standing = Default.Evaluate(x.History, Origin.AddDays(x.AsOf));
        foreach (var o in x.History.Overrides.Where(o => o.Date <= standing.AsOf))
        {
            Assert.Contains(standing.Transitions, t => t.Kind == TierMoveKind.Override && t.Date == o.Date && t.To == o.Tier && t.DecidedBy == o.DecidedBy && t.Reason.StartsWith(o.Reason, StringComparison.Ordinal));
        }
    }

    [Property]
    public void The_explanation_met_criteria_really_hold_and_the_unmet_ones_really_do_not(HistoryOnDay x)
    {
        foreach (var progression in new[] { Default, Twisted })
        {
            var standing = progression.Evaluate(x.History, Origin.AddDays(x.AsOf));
            var reference = new TierReference(progression.Ladder, x.History);
            if (standing.Next is { } next)
            {
                var since = standing.Since ?? standing.AsOf;
                CheckTree(reference, next.Check, standing.AsOf, since);
                Assert.Equal(reference.Holds(next.Check.Criterion, standing.AsOf, since), next.Check.Holds);
                Assert.Equal(next.Check.Holds && standing.Eligibility != Partnering.Core.Eligibility.EligibilityOutcome.Forbid, next.Ready); // never ready while a Forbid holds it
                Assert.All(next.Met.Concat(next.Unmet), c => Assert.IsNotType<AllOfCriterion>(c.Criterion));
            }

            // Each step up was allowed by criteria that really held that day.
            for (var i = 0; i < standing.Transitions.Count; i++)
            {
                var t = standing.Transitions[i];
                if (t.Kind == TierMoveKind.StepUp)
                {
                    var since = i > 0 ? standing.Transitions[i - 1].Date : Start(x.History);
                    var step = progression.Ladder.Steps.Single(s => s.From == t.From);
                    Assert.True(reference.Holds(step.When, t.Date, since));
                    Assert.All(t.Evidence, e => CheckTree(reference, e, t.Date, since));
                }
            }
        }
    }

    /// <summary>Several histories evaluated together on one day, on the default or the twisted ladder.</summary>
    public sealed record HistoryBatch(List<PartnershipHistory> Histories, int AsOf, bool Twisted)
    {
        /// <inheritdoc />
        public override string ToString()
            => $"as of day {AsOf} on the {(Twisted ? "twisted" : "default")} ladder:{Environment.NewLine}"
               + string.Join(Environment.NewLine + "--" + Environment.NewLine, Histories.Select(Describe));
    }

    private static DateOnly Start(PartnershipHistory h)
        => h.Interactions.Select(i => i.Date).Concat(h.Partnership.Owners.Select(o => o.Since)).Concat(h.Eligibility.Select(e => e.Date)).Concat(h.Overrides.Select(o => o.Date)).Min();

    private static void CheckTree(TierReference reference, CriterionCheck check, DateOnly day, DateOnly since)
    {
        Assert.Equal(reference.Holds(check.Criterion, day, since), check.Holds);
        switch (check.Criterion)
        {
            case EvidenceCriterion e:
                Assert.Equal(reference.Count(e.Evidence, e.WithinDays, day), check.Actual);
                break;
            case TimeInTierCriterion:
                Assert.Equal(day.DayNumber - since.DayNumber, check.Actual);
                break;
        }

        foreach (var part in check.Parts)
        {
            CheckTree(reference, part, day, since);
        }
    }
}
