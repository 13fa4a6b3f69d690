using Partnering.Core.Eligibility;
using Partnering.Core.Tiers;
using static Partnering.Core.Tests.Tiers.TierHistories;

namespace Partnering.Core.Tests.Tiers;

/// <summary>Scenarios from the partnering guidance, on the default ladder.</summary>
public sealed class TierScenarioTests
{
    private static readonly IPartnershipProgression Progression = TierLadder.Default.Compile();

    /// <summary>A partner that meets us, shares alerts, promotes two of our events and keeps every promise.</summary>
    private static PartnershipHistory Reliable() => History(
        Owned("2024-01-05"),
        Meet("2024-01-10", InteractionKind.OneOnOne),
        Alert("2024-01-20", Direction.FromUs),
        Promise("2024-01-20", "2024-02-05", "2024-02-03"),
        Alert("2024-01-25", Direction.FromPartner),
        Event("2024-01-28"),
        Meet("2024-02-01"),
        Event("2024-03-01"),
        Promise("2024-03-01", "2024-03-20", "2024-03-18", CommitmentParty.Us),
        Meet("2024-03-25"));

    [Fact]
    public void Seed_002_naming_a_relationship_owner_is_suggested_only_while_none_is_named()
    {
        // seed 002, "assign a relationship owner": the step waits for one, and the action says so; once a
        // member owns the relationship the action is not suggested again.
        var unowned = History(new Partnership { Partner = Org }, Meet("2024-01-10", InteractionKind.OneOnOne));
        var waiting = Progression.Evaluate(unowned, D("2024-02-01")).Next!;
        Assert.Contains(waiting.Unmet, c => c.Criterion is OwnerAssignedCriterion);
        Assert.Equal(TierReadiness.NameAnOwner, waiting.NextActions[0]);
        Assert.Equal(TierLadder.Default.Steps[0].NextActions, waiting.NextActions.Skip(1));

        var owned = Progression.Evaluate(History(Owned("2024-02-01")), D("2024-02-01")).Next!;
        Assert.Equal("Learning", owned.To);
        Assert.DoesNotContain(owned.Unmet, c => c.Criterion is OwnerAssignedCriterion);
        Assert.DoesNotContain(TierReadiness.NameAnOwner, owned.NextActions);
        Assert.Equal(TierLadder.Default.Steps[0].NextActions, owned.NextActions);
        Assert.DoesNotContain(owned.NextActions, a => a.Contains("owner", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_partner_that_co_promotes_two_events_and_keeps_its_word_moves_from_learning_to_promotion_to_event()
    {
        var standing = Progression.Evaluate(Reliable(), D("2024-05-01"));

        Assert.Equal("Event", standing.Tier);
        Assert.Equal(D("2024-04-09"), standing.Since);
        Assert.Collection(
            standing.Transitions,
            t => Assert.Equal(("Prospect", "Learning", D("2024-01-10"), TierMoveKind.StepUp), (t.From, t.To, t.Date, t.Kind)),
            t => Assert.Equal(("Learning", "Promotion", D("2024-02-09"), TierMoveKind.StepUp), (t.From, t.To, t.Date, t.Kind)),
            t => Assert.Equal(("Promotion", "Event", D("2024-04-09"), TierMoveKind.StepUp), (t.From, t.To, t.Date, t.Kind)));

        // Each step names the evidence that allowed it, with the numbers.
        var toEvent = standing.Transitions[2];
        Assert.Contains(toEvent.Evidence, e => e.Description == "2 events co-promoted and delivered in the last 365 days; needs at least 2");
        Assert.Contains(toEvent.Evidence, e => e.Description == "2 of 2 commitments due kept on time in the last 365 days; needs at least 2");
        Assert.Contains(toEvent.Evidence, e => e.Description == "in Promotion for 60 days; needs at least 60");
        Assert.Contains("2 events co-promoted", toEvent.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_step_waits_for_time_in_the_tier_even_when_the_evidence_is_there()
    {
        var standing = Progression.Evaluate(Reliable(), D("2024-04-08"));

        Assert.Equal("Promotion", standing.Tier);
        Assert.False(standing.Next!.Ready);
        var unmet = Assert.Single(standing.Next.Unmet);
        Assert.Equal("in Promotion for 59 days; needs at least 60", unmet.Description);
        Assert.Equal(
            ["Co-sponsor one of their events or ask them to co-sponsor ours", "Report turnout and sign-ups from their promotion back to them", "Sign a joint letter on an issue we share"],
            standing.Next.NextActions);
    }

    // Seed 000: a party club, or an official while running, is a hard line; issue #12 named the wrong
    // answer (a party club "told to co-sponsor events"). A partnership a Forbid holds is offered no
    // deepening actions and no affiliate step, whether the ladder holds it in place or moves it down.
    [Fact]
    public void A_partnership_held_by_a_forbid_is_suggested_no_next_actions_and_no_affiliate_step()
    {
        var holdsInPlace = Progression;
        var allowed = holdsInPlace.Evaluate(Reliable(), D("2024-04-08"));
        Assert.Equal("Promotion", allowed.Tier);
        Assert.NotEmpty(allowed.Next!.NextActions);
        Assert.NotNull(allowed.Affiliation.Suggestion);

        var forbidden = Reliable() with
        {
            Eligibility = [.. Reliable().Eligibility, new EligibilityRecord { Date = D("2024-04-01"), Outcome = EligibilityOutcome.Forbid, Reason = "candidates-while-running" }],
        };
        var held = holdsInPlace.Evaluate(forbidden, D("2024-04-08"));
        Assert.Equal(("Promotion", EligibilityOutcome.Forbid), (held.Tier, held.Eligibility));
        Assert.Empty(held.Next!.NextActions);
        Assert.Null(held.Affiliation.Suggestion);
        Assert.Contains("Held at Promotion", held.Explain(), StringComparison.Ordinal);
        Assert.DoesNotContain("try:", held.Explain(), StringComparison.Ordinal);

        var movedDown = MovesDownWhenForbidden.Compile().Evaluate(forbidden, D("2024-04-08"));
        Assert.Equal(EligibilityOutcome.Forbid, movedDown.Eligibility);
        Assert.Empty(movedDown.Next!.NextActions);
    }

    [Fact]
    public void Readiness_gives_the_numbers_of_what_is_missing()
    {
        var history = Reliable() with
        {
            Interactions = [.. Reliable().Interactions.Where(i => i.Date < D("2024-03-01")), Promise("2024-03-02", "2024-03-10", "2024-03-12")],
        };

        var standing = Progression.Evaluate(history, D("2024-05-01"));

        Assert.Equal("Promotion", standing.Tier);
        Assert.Contains(standing.Next!.Unmet, u => u.Description == "1 of 2 commitments due kept on time in the last 365 days; needs at least 2");
        Assert.Contains(standing.Next.Unmet, u => u.Description == "1 of 2 commitments due broken (late, dropped or not kept) in the last 365 days; needs at most 0");
        Assert.Contains(standing.Next.Unmet, u => u.Description == "1 events co-promoted and delivered in the last 365 days; needs at least 2");
        Assert.Contains(standing.Next.Met, u => u.Description == "relationship owned by m-ana");
    }

    [Fact]
    public void A_deep_partner_that_goes_silent_for_months_slips_back_one_tier_at_a_time_but_not_below_learning()
    {
        var history = History(Owned("2023-01-01"), Meet("2023-06-01")) with
        {
            Overrides = [new TierOverride { Date = D("2023-01-01"), Tier = "Deep", Reason = "Founding coalition partner", DecidedBy = Ben }],
        };

        var atRisk = Progression.Evaluate(history, D("2023-09-01"));
        Assert.Equal("Deep", atRisk.Tier);
        Assert.True(atRisk.AtRisk);
        Assert.Equal("no interaction since 2023-06-01 (92 days); at risk after 90 days of silence", atRisk.RiskReason);
        Assert.Equal(D("2023-11-28"), atRisk.MovesDownOn);

        var later = Progression.Evaluate(history, D("2025-06-01"));
        Assert.Equal("Learning", later.Tier);
        Assert.True(later.AtRisk);
        Assert.Null(later.MovesDownOn);
        Assert.Equal(
            [(TierMoveKind.Override, "Deep"), (TierMoveKind.Decay, "Event"), (TierMoveKind.Decay, "Promotion"), (TierMoveKind.Decay, "Learning")],
            later.Transitions.Select(t => (t.Kind, t.To)));
        Assert.Equal([D("2023-01-01"), D("2023-11-28"), D("2024-05-26"), D("2024-11-22")], later.Transitions.Select(t => t.Date));
        Assert.Equal(
            "no interaction since 2023-06-01 (180 days); silence moves a partnership down one tier after 90 days until at risk and 90 days of grace",
            later.Transitions[1].Reason);
        Assert.StartsWith("no interaction since the move on 2023-11-28", later.Transitions[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interaction_during_the_grace_period_keeps_the_tier()
    {
        var history = History(Owned("2023-01-01"), Meet("2023-06-01"), Meet("2023-11-01")) with
        {
            Overrides = [new TierOverride { Date = D("2023-01-01"), Tier = "Deep", Reason = "Founding coalition partner", DecidedBy = Ben }],
        };

        var standing = Progression.Evaluate(history, D("2023-12-15"));

        Assert.Equal("Deep", standing.Tier);
        Assert.False(standing.AtRisk);
        Assert.Equal(D("2024-04-29"), standing.MovesDownOn);
    }

    // DOMAIN §3; seed 000: no working with an elected official while running, re-election included. The
    // default ladder holds the partnership where it is: the strong evidence that would take it to Event
    // does not move it up, the silence the Forbid imposes does not move it down, and the standing says why.
    [Fact]
    public void Seed_000_a_partnership_with_an_official_running_for_re_election_is_held_at_its_tier_on_the_default_ladder()
    {
        var evidence = new[]
        {
            Event("2024-03-05", InteractionKind.EventCoOrganized),
            Promise("2024-03-05", "2024-03-15", "2024-03-10"),
            Meet("2024-03-20"),
        };
        var permitted = Reliable() with { Interactions = [.. Reliable().Interactions, .. evidence] };
        Assert.Equal("Event", Progression.Evaluate(permitted, D("2024-05-01")).Tier);

        var running = permitted with
        {
            Eligibility =
            [
                .. permitted.Eligibility,
                new EligibilityRecord { Date = D("2024-02-20"), Outcome = EligibilityOutcome.Forbid, Reason = "candidates-while-running: running for re-election" },
            ],
        };

        Assert.Equal("Promotion", Progression.Evaluate(running, D("2024-05-01")).Tier);
        var held = Progression.Evaluate(running, D("2024-12-31"));

        Assert.Equal(("Promotion", EligibilityOutcome.Forbid, D("2024-02-09")), (held.Tier, held.Eligibility, held.Since));
        Assert.Equal(("Learning", "Promotion", TierMoveKind.StepUp), (held.Transitions[^1].From, held.Transitions[^1].To, held.Transitions[^1].Kind));
        Assert.DoesNotContain(held.Transitions, t => t.Date >= D("2024-02-20"));
        Assert.False(held.AtRisk);
        Assert.Null(held.MovesDownOn);
        Assert.Contains(
            "Held at Promotion: the partner's eligibility outcome is forbid, so the partnership neither moves up nor slips back while it is.",
            held.Explain(),
            StringComparison.Ordinal);

        // After the election the Forbid ends: the partnership is where it was, and the silence clock starts again.
        var after = running with
        {
            Eligibility = [.. running.Eligibility, new EligibilityRecord { Date = D("2025-01-01"), Outcome = EligibilityOutcome.Permit }],
        };
        var resumed = Progression.Evaluate(after, D("2025-03-01"));
        Assert.Equal(("Promotion", D("2024-02-09")), (resumed.Tier, resumed.Since));
        Assert.False(resumed.AtRisk);
        Assert.Equal(D("2025-06-30"), resumed.MovesDownOn);
        Assert.Equal("no interaction since the forbid ended on 2025-01-01 (91 days); at risk after 90 days of silence", Progression.Evaluate(after, D("2025-04-02")).RiskReason);
    }

    // Seed 000: an override may not deepen a partnership a Forbid holds; it is moved back to where it stood.
    [Fact]
    public void Seed_000_an_override_up_while_a_forbid_holds_the_partnership_is_moved_back_to_where_it_stood()
    {
        var history = Reliable() with
        {
            Eligibility = [.. Reliable().Eligibility, new EligibilityRecord { Date = D("2024-02-20"), Outcome = EligibilityOutcome.Forbid, Reason = "candidates-while-running" }],
            Overrides = [new TierOverride { Date = D("2024-03-01"), Tier = "Deep", Reason = "Founding coalition partner", DecidedBy = Ben }],
        };

        var standing = Progression.Evaluate(history, D("2024-06-01"));

        Assert.Equal("Promotion", standing.Tier);
        var back = standing.Transitions[^1];
        Assert.Equal((TierMoveKind.Forbidden, "Deep", "Promotion", D("2024-03-01")), (back.Kind, back.From, back.To, back.Date));
        Assert.Equal("eligibility outcome forbid since 2024-02-20 (candidates-while-running); a forbidden partner is held where it stood when the forbid came into force, at Promotion", back.Reason);
    }

    [Fact]
    public void On_a_ladder_that_asks_for_the_move_down_a_partner_whose_eligibility_becomes_forbid_is_held_at_prospect_and_cannot_move_up()
    {
        var movesDown = MovesDownWhenForbidden.Compile();
        var history = Reliable() with
        {
            Eligibility =
            [
                new EligibilityRecord { Date = D("2024-01-01"), Outcome = EligibilityOutcome.Permit },
                new EligibilityRecord { Date = D("2024-02-20"), Outcome = EligibilityOutcome.Forbid, Reason = "endorsed a candidate" },
            ],
        };

        var standing = movesDown.Evaluate(history, D("2024-06-01"));

        Assert.Equal("Prospect", standing.Tier);
        Assert.Equal(EligibilityOutcome.Forbid, standing.Eligibility);
        var hold = standing.Transitions[^1];
        Assert.Equal((TierMoveKind.Forbidden, "Promotion", "Prospect", D("2024-02-20")), (hold.Kind, hold.From, hold.To, hold.Date));
        Assert.Equal("eligibility outcome forbid since 2024-02-20 (endorsed a candidate); a forbidden partner is held at Prospect", hold.Reason);
        Assert.Contains(standing.Next!.Unmet, u => u.Description.StartsWith("eligibility forbid since 2024-02-20", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_blocks_moving_up_until_it_is_resolved()
    {
        var review = new EligibilityRecord { Date = D("2024-01-15"), Outcome = EligibilityOutcome.Review, Reason = "national relationship" };
        var blocked = Progression.Evaluate(Reliable() with { Eligibility = [.. Reliable().Eligibility, review] }, D("2024-05-01"));

        Assert.Equal("Learning", blocked.Tier);
        Assert.Contains(blocked.Next!.Unmet, u => u.Description == "eligibility review since 2024-01-15 (national relationship); needs at most permitWithConditions");

        var resolved = Progression.Evaluate(
            Reliable() with { Eligibility = [.. Reliable().Eligibility, review, new EligibilityRecord { Date = D("2024-03-01"), Outcome = EligibilityOutcome.PermitWithConditions }] },
            D("2024-04-15"));
        Assert.Equal("Promotion", resolved.Tier);
        Assert.Equal(D("2024-03-01"), resolved.Since);
    }

    [Fact]
    public void An_override_is_recorded_with_who_decided_and_why()
    {
        var history = Reliable() with { Overrides = [new TierOverride { Date = D("2024-02-15"), Tier = "Learning", Reason = "They missed the joint press call", DecidedBy = Ben }] };

        var standing = Progression.Evaluate(history, D("2024-02-20"));

        var move = standing.Transitions[^1];
        Assert.Equal((TierMoveKind.Override, "Promotion", "Learning", (PartyId?)Ben), (move.Kind, move.From, move.To, move.DecidedBy));
        Assert.Equal("They missed the joint press call (decided by m-ben)", move.Reason);
    }

    [Fact]
    public void The_affiliate_and_coalition_flags_are_reported_beside_the_tier()
    {
        var standing = Progression.Evaluate(History(Owned("2024-01-01", affiliate: true, coalition: true), Meet("2024-01-02")), D("2024-01-03"));

        Assert.Equal("Learning", standing.Tier);
        Assert.True(standing.Affiliate);
        Assert.True(standing.CoalitionMember);
        Assert.StartsWith("org-river: Learning since 2024-01-02, as of 2024-01-03, affiliate, coalition member", standing.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_partnership_with_no_history_is_a_prospect_with_no_date()
    {
        var standing = Progression.Evaluate(new PartnershipHistory { Partnership = new Partnership { Partner = Org } }, D("2024-01-01"));

        Assert.Equal(("Prospect", 0, null), (standing.Tier, standing.Level, standing.Since));
        Assert.Empty(standing.Transitions);
        Assert.False(standing.AtRisk);
        Assert.Contains(standing.Next!.Unmet, u => u.Description == "no relationship owner assigned");
    }

    [Fact]
    public void Interactions_with_other_partners_and_later_dates_do_not_count()
    {
        var other = new Interaction { Kind = InteractionKind.Meeting, Date = D("2024-01-10"), Partner = new PartyId("org-else") };
        var standing = Progression.Evaluate(History(Owned("2024-01-05"), other, Meet("2024-03-01")), D("2024-02-01"));

        Assert.Equal("Prospect", standing.Tier);
        Assert.Null(standing.LastInteraction);
    }

    [Fact]
    public void Explain_gives_the_tier_the_moves_and_what_to_try_next()
    {
        var text = Progression.Explain(Reliable(), D("2024-02-20"));

        Assert.Equal(
            """
            org-river: Promotion since 2024-02-09, as of 2024-02-20
              2024-01-10 Prospect -> Learning (step up): Prospect -> Learning: 1 meetings or one-on-ones held in the last 180 days; needs at least 1; relationship owned by m-ana; eligibility permit since 2024-01-05; needs at most permitWithConditions
              2024-02-09 Learning -> Promotion (step up): Learning -> Promotion: 2 meetings or one-on-ones held in the last 180 days; needs at least 2; 1 events co-promoted and delivered in the last 365 days; needs at least 1; 1 action alerts exchanged both ways in the last 180 days (1 from us, 1 from them); needs at least 1; 1 of 1 commitments due kept on time in the last 365 days; needs at least 1; 0 of 1 commitments due broken (late, dropped or not kept) in the last 365 days; needs at most 0; in Learning for 30 days; needs at least 30; relationship owned by m-ana; eligibility permit since 2024-01-05; needs at most permitWithConditions
              Next: Event (not yet)
                met: 0 of 1 commitments due broken (late, dropped or not kept) in the last 365 days; needs at most 0
                met: 2 meetings or one-on-ones held in the last 90 days; needs at least 1
                met: relationship owned by m-ana
                met: eligibility permit since 2024-01-05; needs at most permitWithConditions
                missing: 1 events co-promoted and delivered in the last 365 days; needs at least 2
                missing: 1 of 1 commitments due kept on time in the last 365 days; needs at least 2
                missing: in Promotion for 11 days; needs at least 60
                try: Co-sponsor one of their events or ask them to co-sponsor ours
                try: Report turnout and sign-ups from their promotion back to them
                try: Sign a joint letter on an issue we share
              Affiliate: trust is there (Promotion): offer them the affiliate information, and if they are interested, the interest form.

            """.ReplaceLineEndings(),
            text);
    }

    [Fact]
    public void Evaluate_without_a_date_reads_the_time_provider()
    {
        var clock = new FixedClock(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var progression = TierLadder.Default.Compile(clock);

        Assert.Equal(progression.Evaluate(Reliable(), D("2024-05-01")), progression.Evaluate(Reliable()));
    }

    [Fact]
    public void Evaluate_many_keeps_the_order()
    {
        var histories = new[] { Reliable(), History(Owned("2024-01-01")) };

        var standings = Progression.EvaluateMany(histories, D("2024-05-01"));

        Assert.Equal(["Event", "Prospect"], standings.Select(s => s.Tier));
    }

    [Fact]
    public void An_override_to_a_tier_not_on_the_ladder_is_refused_with_the_tiers_named()
    {
        var history = Reliable() with { Overrides = [new TierOverride { Date = D("2024-02-15"), Tier = "Ally", Reason = "x", DecidedBy = Ben }] };

        var e = Assert.Throws<InvalidOperationException>(() => Progression.Evaluate(history, D("2024-03-01")));
        Assert.Contains("'Ally'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Prospect, Learning, Promotion, Event, Deep", e.Message, StringComparison.Ordinal);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
