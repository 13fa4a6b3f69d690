using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnering.Core.Tiers;
using static Partnering.Core.Tests.Tiers.TierHistories;
using Partnering.Core.Documents;

namespace Partnering.Core.Tests.Tiers;

/// <summary>
/// The types of partnership as seed 004 describes them ("a starting point"): moving quickly when the
/// evidence is strong, Learning partners by choice, showing up for a partner, promotion evidence, and the
/// affiliate path.
/// </summary>
public sealed class PartnershipTypeTests
{
    private static readonly IPartnershipProgression Progression = TierLadder.Default.Compile();

    private static Interaction ShowUp(string date, InteractionKind kind = InteractionKind.AttendedAction, Direction direction = Direction.FromUs)
        => new() { Kind = kind, Date = D(date), Partner = Org, Direction = direction };

    /// <summary>A partner met twice, promoting one of our events, alerts both ways, two promises kept, and we showed up for them: all within three weeks.</summary>
    private static PartnershipHistory StrongEvidence() => History(
        Owned("2024-01-02"),
        Meet("2024-01-03", InteractionKind.OneOnOne),
        Alert("2024-01-05", Direction.FromUs),
        Alert("2024-01-06", Direction.FromPartner),
        ShowUp("2024-01-08"),
        Promise("2024-01-04", "2024-01-10", "2024-01-09"),
        Promise("2024-01-04", "2024-01-12", "2024-01-12"),
        Event("2024-01-14"),
        Meet("2024-01-16"));

    [Fact]
    public void Seed004_strong_evidence_allows_a_faster_step_recorded_with_its_reason()
    {
        // seed 004: "in some cases it may be appropriate to move quickly".
        var standing = Progression.Evaluate(StrongEvidence(), D("2024-01-20"));

        Assert.Equal("Promotion", standing.Tier);
        var fast = standing.Transitions[^1];
        Assert.Equal((TierMoveKind.FasterStep, "Learning", "Promotion", D("2024-01-16")), (fast.Kind, fast.From, fast.To, fast.Date));
        Assert.Contains("strong evidence of trust", fast.Reason, StringComparison.Ordinal);
        Assert.Contains(fast.Evidence, e => e.Description == "1 times we showed up for them (attended their action, volunteered or raised funds) in the last 365 days; needs at least 1");
        Assert.Contains("(faster step)", standing.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_strict_ladder_option_makes_every_step_wait_for_its_minimum_time()
    {
        var strict = (TierLadder.Default with { Pace = new TierPace { FasterSteps = false } }).Compile();

        var standing = strict.Evaluate(StrongEvidence(), D("2024-01-20"));

        Assert.Equal("Learning", standing.Tier);
        Assert.Contains(standing.Next!.Unmet, u => u.Description.StartsWith("in Learning for", StringComparison.Ordinal));
        Assert.Equal("Promotion", strict.Evaluate(StrongEvidence() with { Interactions = [.. StrongEvidence().Interactions, Meet("2024-02-05")] }, D("2024-02-05")).Tier);
    }

    [Fact]
    public void No_skipping_a_faster_step_is_not_followed_by_another_faster_step()
    {
        // Strong evidence for the next step too (an event organized together), right after the faster step.
        var history = StrongEvidence() with
        {
            Interactions = [.. StrongEvidence().Interactions, Event("2024-01-17"), Event("2024-01-18", InteractionKind.EventCoOrganized), Promise("2024-01-17", "2024-01-19", "2024-01-19")],
        };

        var noSkipping = Progression.Evaluate(history, D("2024-02-01"));
        Assert.Equal("Promotion", noSkipping.Tier);
        Assert.Contains(noSkipping.Next!.Unmet, u => u.Description.StartsWith("in Promotion for", StringComparison.Ordinal));

        var skipping = (TierLadder.Default with { Pace = new TierPace { NoSkipping = false } }).Compile().Evaluate(history, D("2024-02-01"));
        Assert.Equal("Event", skipping.Tier);
        Assert.Equal([TierMoveKind.StepUp, TierMoveKind.FasterStep, TierMoveKind.FasterStep], skipping.Transitions.Select(t => t.Kind));
    }

    [Fact]
    public void Seed004_entering_promotion_needs_promotion_evidence()
    {
        // Everything but a promoted event: no step into Promotion, however long we wait.
        var history = StrongEvidence() with { Interactions = [.. StrongEvidence().Interactions.Where(i => i.Kind != InteractionKind.EventCoPromoted), Meet("2024-03-01")] };

        var standing = Progression.Evaluate(history, D("2024-03-05"));

        Assert.Equal("Learning", standing.Tier);
        var unmet = Assert.Single(standing.Next!.Unmet);
        Assert.Equal("0 events co-promoted and delivered in the last 365 days; needs at least 1", unmet.Description);
    }

    [Fact]
    public void Seeds001_004_showing_up_for_them_counts_as_reciprocity_without_alerts()
    {
        // seed 001: "real partnership requires showing up for them"; seed 004 step 4: show up to their meetings.
        var history = History(
            Owned("2024-01-02"),
            Meet("2024-01-03"),
            ShowUp("2024-01-10", InteractionKind.Volunteered),
            ShowUp("2024-01-12", InteractionKind.RaisedFunds),
            Promise("2024-01-04", "2024-01-20", "2024-01-18"),
            Event("2024-01-25"),
            Meet("2024-02-10"));

        var standing = Progression.Evaluate(history, D("2024-02-10"));

        Assert.Equal("Promotion", standing.Tier);
        var step = standing.Transitions[^1];
        Assert.Equal(TierMoveKind.StepUp, step.Kind);
        Assert.Contains(step.Evidence, e => e.Description.StartsWith("2 times we showed up for them", StringComparison.Ordinal));
        Assert.DoesNotContain(step.Evidence, e => e.Description.Contains("alerts", StringComparison.Ordinal));
    }

    [Fact]
    public void Showing_up_is_counted_both_ways_for_exchange_evidence()
    {
        var ladder = TierLadder.Default with
        {
            Steps = [TierLadder.Default.Steps[0] with { When = new EvidenceCriterion { Evidence = TierEvidence.ShowingUpExchanged, AtLeast = 1 } }, .. TierLadder.Default.Steps.Skip(1)],
        };
        var progression = ladder.Compile();

        Assert.Equal("Prospect", progression.Evaluate(History(Owned("2024-01-01"), ShowUp("2024-01-02")), D("2024-01-05")).Tier);
        var both = progression.Evaluate(History(Owned("2024-01-01"), ShowUp("2024-01-02"), ShowUp("2024-01-03", direction: Direction.FromPartner)), D("2024-01-05"));
        Assert.Equal("Learning", both.Tier);
        Assert.Equal("1 times of showing up exchanged both ways so far (1 from us, 1 from them); needs at least 1", both.Transitions[0].Evidence[0].Description);
    }

    private static AllyChoice Ally(string date, bool ally = true) => new() { Date = D(date), Ally = ally, Reason = "not the best fit for joint events, but we stay allies", DecidedBy = Ben };

    [Fact]
    public void Seed004_a_learning_partner_by_choice_is_not_nagged_with_a_next_step_and_leaves_when_decided()
    {
        // seed 004: "you have already determined that it is not the best fit, but you still want to be allies".
        var ally = StrongEvidence() with { Partnership = Owned("2024-01-02") with { AllyChoices = [Ally("2024-01-04")] } };

        var held = Progression.Evaluate(ally, D("2024-03-01"));
        Assert.Equal("Learning", held.Tier);
        Assert.Null(held.Next);
        Assert.Equal(D("2024-01-04"), held.AllyByChoice!.Date);
        Assert.Contains("Ally by choice since 2024-01-04: not the best fit for joint events, but we stay allies. No next step is proposed.", held.Explain(), StringComparison.Ordinal);
        Assert.Null(held.Affiliation.Suggestion);

        var left = ally with { Partnership = ally.Partnership with { AllyChoices = [Ally("2024-01-04"), Ally("2024-02-01", ally: false)] } };
        var moved = Progression.Evaluate(left, D("2024-03-01"));
        Assert.Null(moved.AllyByChoice);
        Assert.Equal("Promotion", moved.Tier);
        Assert.Equal(D("2024-02-01"), moved.Since);
    }

    [Fact]
    public void Seed004_an_ally_by_choice_never_decays_below_learning_even_on_a_ladder_whose_floor_is_prospect()
    {
        var ladder = TierLadder.Default with { Decay = TierLadder.Default.Decay with { Floor = "Prospect" } };
        var history = History(Owned("2023-01-01") with { AllyChoices = [Ally("2023-02-01")] }, Meet("2023-01-10"));

        var standing = ladder.Compile().Evaluate(history, D("2025-01-01"));

        Assert.Equal("Learning", standing.Tier);
        Assert.Null(standing.MovesDownOn);
        Assert.Equal("Prospect", ladder.Compile().Evaluate(history with { Partnership = Owned("2023-01-01") }, D("2025-01-01")).Tier);
    }

    [Fact]
    public void Seed004_the_affiliate_path_offers_the_information_then_the_interest_form_when_trust_is_there()
    {
        var learning = Progression.Evaluate(History(Owned("2024-01-01"), Meet("2024-01-02")), D("2024-01-05"));
        Assert.Equal(AffiliateStage.NotOffered, learning.Affiliation.Stage);
        Assert.StartsWith("if they may be a good fit as an affiliate, share the public affiliate information", learning.Affiliation.Suggestion, StringComparison.Ordinal);

        var shared = new Interaction { Kind = InteractionKind.AffiliateInfoShared, Date = D("2024-01-05"), Partner = Org, Direction = Direction.FromUs };
        var promoted = Progression.Evaluate(StrongEvidence() with { Interactions = [.. StrongEvidence().Interactions, shared] }, D("2024-01-20"));
        Assert.Equal((AffiliateStage.InformationShared, (DateOnly?)D("2024-01-05")), (promoted.Affiliation.Stage, promoted.Affiliation.InformationSharedOn));
        Assert.StartsWith("trust is there (Promotion): if they are interested, ask them to fill out the affiliate interest form", promoted.Affiliation.Suggestion, StringComparison.Ordinal);

        var interest = new Interaction { Kind = InteractionKind.AffiliateInterestRecorded, Date = D("2024-01-19"), Partner = Org, Direction = Direction.FromPartner };
        var registered = Progression.Evaluate(StrongEvidence() with { Interactions = [.. StrongEvidence().Interactions, shared, interest] }, D("2024-01-20"));
        Assert.Equal(AffiliateStage.InterestRegistered, registered.Affiliation.Stage);

        var affiliate = Progression.Evaluate(History(Owned("2024-01-01", affiliate: true), Meet("2024-01-02")), D("2024-01-05"));
        Assert.Equal((AffiliateStage.Affiliate, null), (affiliate.Affiliation.Stage, affiliate.Affiliation.Suggestion));
    }

    [Fact]
    public void A_ladder_without_the_affiliate_field_proposes_no_affiliate_step_and_the_fields_round_trip()
    {
        var plain = TierLadder.Default with { AffiliateInterestFrom = null };
        Assert.Null(plain.Compile().Evaluate(History(Owned("2024-01-01"), Meet("2024-01-02")), D("2024-01-05")).Affiliation.Suggestion);

        var custom = TierLadder.Default with { Pace = new TierPace { FasterSteps = false, NoSkipping = false } };
        var reloaded = TierLadderDocument.Load(TierLadderDocument.Save(custom)).GetValueOrThrow();
        Assert.Equal(custom, reloaded);
        Assert.Equal(TierLadder.Default, TierLadderDocument.Load(TierLadderDocument.Save(TierLadder.Default)).GetValueOrThrow());
    }

    [Fact]
    public void A_faster_step_without_a_reason_or_naming_an_unknown_affiliate_tier_is_reported()
    {
        var ladder = TierLadder.Default with
        {
            Steps = [TierLadder.Default.Steps[0] with { Faster = new FasterStep { When = new OwnerAssignedCriterion(), Reason = " " } }, .. TierLadder.Default.Steps.Skip(1)],
            AffiliateInterestFrom = "Allies",
        };

        var problems = ladder.Validate();

        Assert.Contains(problems, p => p.Path == "$.steps[0].faster.reason");
        Assert.Contains(problems, p => p.Path == "$.affiliateInterestFrom");
    }

    /// <summary>Random histories with a day to mark the partnership an ally by choice.</summary>
    public static class Generators
    {
        public static Arbitrary<(PartnershipHistory History, int Mark, int Later)> Marked()
            => Arb.From(from h in HistoryGen(400, 60) from mark in Gen.Choose(0, 450) from later in Gen.Choose(0, 300) select (h, mark, later));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool Marking_ally_by_choice_never_moves_the_tier_down_by_itself((PartnershipHistory History, int Mark, int Later) x)
    {
        // The mark is the only ally choice. On its day the partnership is no lower than without the mark
        // (before or on that day); after it, nothing steps it up and silence never takes it below Learning.
        var plain = x.History with { Partnership = x.History.Partnership with { AllyChoices = [] } };
        var mark = Origin.AddDays(x.Mark);
        var marked = plain with { Partnership = plain.Partnership with { AllyChoices = [new AllyChoice { Date = mark, Reason = "still allies" }] } };
        var onTheDay = Progression.Evaluate(marked, mark);
        var unmarkedLevel = Math.Min(Progression.Evaluate(plain, mark.AddDays(-1)).Level, Progression.Evaluate(plain, mark).Level);
        var later = Progression.Evaluate(marked, mark.AddDays(x.Later));
        var after = later.Transitions.Where(t => t.Date >= mark).ToList();
        return onTheDay.Level >= unmarkedLevel
            && after.All(t => t.Kind is not (TierMoveKind.StepUp or TierMoveKind.FasterStep))
            && after.Where(t => t.Kind == TierMoveKind.Decay).All(t => t.To != "Prospect")
            && later.Next is null == (later.AllyByChoice is not null || later.Level == 4);
    }
}
