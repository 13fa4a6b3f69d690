using Partnering.Core.Collaboration;
using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Collaboration.CollaborationFixtures;

namespace Partnering.Core.Tests.Collaboration;

/// <summary>The three hard situations of working together (DOMAIN.md section 5), as scenarios.</summary>
public class HardSituationTests
{
    [Fact]
    public void A_co_sponsor_who_asked_not_to_be_listed_in_a_conservative_area_is_counted_but_never_named_in_public()
    {
        // The faith coalition co-sponsors a health care town hall in a conservative county, and asked
        // not to be listed publicly; the climate group is happy to be named.
        var townHall = new CalendarEvent
        {
            Id = "th-1",
            Title = "Health care town hall with Riverside Faith Coalition",
            Date = new DateOnly(2026, 3, 14),
            Start = new TimeOnly(18, 30),
            End = new TimeOnly(20, 0),
            Place = "Grange Hall, Riverside Faith Coalition annex",
            Kind = EventKind.TownHall,
            Host = Us,
            Audience = ["county residents"],
            Sponsors =
            [
                new EventSponsor { Sponsor = FaithCoalition, Visibility = SponsorVisibility.Hidden },
                new EventSponsor { Sponsor = ClimateGroup },
            ],
            Description = "Co-sponsored by org-faith and Riverside Climate Action.",
        };

        Assert.True(EventPublishing.IsHidden(townHall.Sponsors[0], OurWorkspace, out var why));
        Assert.Contains("asked not to be listed", why);
        Assert.Equal(2, EventPublishing.SponsorCount(townHall));
        Assert.Equal(["Riverside Climate Action"], EventPublishing.PublicSponsors(townHall, OurWorkspace));

        var view = EventPublishing.ToPublic(townHall, OurWorkspace);
        var export = EventPublishing.ExportPublic([townHall], OurWorkspace);
        foreach (var text in new[] { view.Title, view.Place!, view.Description!, export, string.Join(",", view.Sponsors) })
        {
            Assert.DoesNotContain("Faith", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("org-faith", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Riverside Climate Action", export);
    }

    [Fact]
    public void A_sponsor_whose_practice_is_no_public_listing_stays_hidden_even_when_the_event_entry_says_public()
    {
        var rally = Event("r-1", "2026-03-14", "10:00", "11:00") with
        {
            Sponsors = [new EventSponsor { Sponsor = FaithCoalition, Visibility = SponsorVisibility.Public }],
        };

        Assert.True(EventPublishing.IsHidden(rally.Sponsors[0], OurWorkspace, out var why));
        Assert.Contains("practice", why);
        Assert.Empty(EventPublishing.PublicSponsors(rally, OurWorkspace));
        Assert.Equal(1, EventPublishing.SponsorCount(rally));
    }

    [Fact]
    public void An_organization_that_is_never_listed_is_withheld_even_from_events_it_does_not_sponsor()
    {
        var canvass = Event("c-1", "2026-03-15", "10:00", "12:00") with
        {
            Description = "Meet at the Riverside Faith Coalition parking lot.",
            Sponsors = [new EventSponsor { Sponsor = Union }],
        };

        var export = EventPublishing.ExportPublic([canvass], OurWorkspace);

        Assert.DoesNotContain("Faith", export, StringComparison.Ordinal);
        Assert.Contains(EventPublishing.Withheld, export, StringComparison.Ordinal);
        Assert.Contains("Sponsored by: Teachers Local 12", export, StringComparison.Ordinal);
    }

    private static readonly DateOnly TownHallDay = new(2026, 3, 21);

    private static TacticVerdict ReviewTactic(TacticProposal proposal)
        => new EligibilityTacticReview(new PolicyCompiler().Compile(BuiltInPolicy.Pack)).Review(proposal, PartnerDirectory.From(OurWorkspace), TownHallDay);

    [Fact]
    public void A_partner_proposing_to_disrupt_a_lawmakers_town_hall_is_declined_with_the_rule_and_our_theory_of_change()
    {
        var proposal = new TacticProposal
        {
            Tactic = new Tactic("Town hall disruption"),
            ProposedBy = ClimateGroup,
            Target = TargetKind.Lawmaker,
            Description = "Shout down the senator at Saturday's town hall.",
        };

        var verdict = ReviewTactic(proposal);

        Assert.Equal(EligibilityOutcome.Forbid, verdict.Outcome);
        Assert.False(verdict.Join);
        var first = verdict.Reasons[0];
        Assert.Equal("tactics-fit-theory-of-change", first.RuleId);
        Assert.Contains("theory of change", first.Message);
        Assert.Contains("engagement.tacticDisallowed = true", first.Message);
        Assert.Contains("rule 11", verdict.Decision!.DecidingRules[0].Source);
    }

    [Fact]
    public void The_same_partner_asking_pointed_questions_at_that_town_hall_is_joined()
    {
        var proposal = new TacticProposal { Tactic = new Tactic("town-hall-questions"), ProposedBy = ClimateGroup, Target = TargetKind.Lawmaker };

        var verdict = ReviewTactic(proposal);

        Assert.Equal(EligibilityOutcome.Permit, verdict.Outcome);
        Assert.True(verdict.Join);
        Assert.Contains(verdict.Reasons, r => r.RuleId == "tactics-we-use");
    }

    [Fact]
    public void An_allowed_tactic_aimed_at_a_person_rather_than_an_office_is_declined()
    {
        var proposal = new TacticProposal { Tactic = new Tactic("rally"), ProposedBy = ClimateGroup, Target = TargetKind.Person };

        var verdict = ReviewTactic(proposal);

        Assert.Equal(EligibilityOutcome.Forbid, verdict.Outcome);
        Assert.Equal("joint-action-message-fits-theory-of-change", verdict.Reasons[0].RuleId);
        Assert.Contains(verdict.Decision!.Findings, r => r.RuleId == "tactics-we-use");
    }

    [Fact]
    public void A_tactic_we_never_decided_on_is_not_a_silent_yes()
    {
        var verdict = ReviewTactic(new TacticProposal { Tactic = new Tactic("banner drop"), ProposedBy = ClimateGroup });

        // The climate group is a partner (seed 000, rule 4), but the tactic is undecided: the chapter leads review it.
        Assert.Equal(EligibilityOutcome.Review, verdict.Outcome);
        Assert.False(verdict.Join);
        Assert.Contains(verdict.Decision!.Findings, r => r.RuleId == "tactics-not-yet-decided");
        Assert.Equal(["chapter leads"], verdict.Decision.Reviewers);
        Assert.Contains(verdict.Reasons, r => r.RuleId == "tactics-not-yet-decided" && r.Message.Contains("silence is not a yes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tactic_without_a_proposing_partner_is_still_judged_by_the_same_rules()
    {
        var review = ReviewTactic(new TacticProposal { Tactic = new Tactic("banner drop") });
        var forbidden = ReviewTactic(new TacticProposal { Tactic = new Tactic("town hall disruption") });

        Assert.False(review.Join);
        Assert.Equal(EligibilityOutcome.Forbid, forbidden.Outcome);
        Assert.Equal("tactics-fit-theory-of-change", forbidden.Reasons[0].RuleId);
    }

    [Fact]
    public void Two_partners_holding_press_conferences_the_same_morning_for_the_same_reporters_are_told_to_combine()
    {
        var union = Event("union-presser", "2026-04-02", "09:30", "10:30", EventKind.PressConference, press: ["City Paper", "Channel 5"], host: Union);
        var climate = Event("climate-presser", "2026-04-02", "10:00", "11:00", EventKind.PressConference, press: ["channel 5"], host: ClimateGroup);
        var nextDay = Event("housing-presser", "2026-04-03", "09:00", "10:00", EventKind.PressConference, press: ["channel-5"], host: HousingGroup);

        var conflicts = new CalendarConflictDetector().FindConflicts([climate, nextDay, union]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal("union-presser", conflict.First.Id);
        Assert.Equal("climate-presser", conflict.Second.Id);
        Assert.Equal(["channel-5"], conflict.SharedPress);
        Assert.Empty(conflict.SharedAudience);
        Assert.Equal(ConflictSuggestion.CombineIntoOneAction, conflict.Suggestion);
        Assert.Contains("same press (channel-5)", conflict.Reason);
        Assert.Contains("combine", conflict.Reason);
    }

    [Fact]
    public void Seed003_our_canvass_pitched_to_the_press_and_a_partners_press_conference_the_same_day_conflict_even_without_overlapping()
    {
        // seed 003, scenario 3: canvasses pitched to local press on a Day of Action; another group holds a
        // press conference the same morning for the same outlets.
        var canvass = Event("canvass", "2026-04-04", "13:00", "17:00", EventKind.Canvass, press: ["city-paper", "channel-5"]);
        var presser = Event("teachers-presser", "2026-04-04", "09:00", "10:00", EventKind.PressConference, press: ["channel-5"], host: Union);

        var conflict = Assert.Single(new CalendarConflictDetector().FindConflicts([canvass, presser]));

        Assert.Equal(("teachers-presser", "canvass"), (conflict.First.Id, conflict.Second.Id));
        Assert.Equal(ConflictSuggestion.MoveOne, conflict.Suggestion);
        Assert.Contains("pitched to the same press (channel-5) on the same day, 2026-04-04", conflict.Reason, StringComparison.Ordinal);
        Assert.Empty(new CalendarConflictDetector().FindConflicts([canvass, presser with { Date = new DateOnly(2026, 4, 5) }]));
        Assert.Equal(CalendarConflicts.BruteForce([canvass, presser]), new CalendarConflictDetector().FindConflicts([canvass, presser]));
    }

    [Fact]
    public void A_rally_and_a_press_conference_competing_for_the_same_audience_are_told_to_move_the_later_one()
    {
        var rally = Event("rally", "2026-04-02", "09:00", "11:00", EventKind.Rally, audience: ["downtown voters"]);
        var presser = Event("presser", "2026-04-02", "10:00", "10:30", EventKind.PressConference, audience: ["downtown-voters"], host: Union);

        var conflict = Assert.Single(new CalendarConflictDetector().FindConflicts([presser, rally]));

        Assert.Equal(ConflictSuggestion.MoveOne, conflict.Suggestion);
        Assert.Equal("presser", conflict.MoveEvent);
        Assert.Contains("move 'Event presser'", conflict.Reason);
    }
}
