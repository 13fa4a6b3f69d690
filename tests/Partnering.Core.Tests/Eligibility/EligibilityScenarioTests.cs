using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Eligibility.EligibilityFixture;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>The scenarios of DOMAIN.md section 2 (the eleven rules) and the hard situations of section 5, against the built-in pack.</summary>
public class EligibilityScenarioTests
{
    private static EligibilityDecision Explain(Engagement engagement) => BuiltIn.Explain(Bundle, engagement);

    private static void AssertDecided(Engagement engagement, EligibilityOutcome expected, params string[] decidingRules)
    {
        var decision = Explain(engagement);
        Assert.True(expected == decision.Outcome, decision.ToString());
        Assert.Equal(expected, BuiltIn.Decide(Bundle, engagement));
        foreach (var rule in decidingRules)
        {
            Assert.Contains(decision.DecidingRules, r => r.RuleId == rule);
        }
    }

    [Theory]
    [InlineData("county-dems")]
    [InlineData("state-party")]
    [InlineData("college-dems")]
    [InlineData("green-pac")]
    public void Rule1_partisan_and_electoral_bodies_are_forbidden_whatever_their_form(string id)
    {
        var partner = Partners.Single(p => p.Id.Value == id);
        foreach (var kind in Enum.GetValues<EngagementKind>())
        {
            AssertDecided(Engage(kind, partner), EligibilityOutcome.Forbid, "partisan-and-electoral-bodies");
        }

        var decision = Explain(Engage(EngagementKind.Partnership, partner));
        Assert.Contains(decision.FactsUsed, f => f.Fact is "partner.kind" or "partner.partisanNature");
        Assert.Contains("seeds/000", decision.DecidingRules[0].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule2_a_candidate_is_out_while_running_and_the_dates_decide()
    {
        var rally = Engage(EngagementKind.RallyWithSpeaker, SenPark);
        AssertDecided(rally, EligibilityOutcome.Forbid, "candidates-while-running");
        var decision = Explain(rally);
        Assert.Contains(decision.FactsUsed, f => f.Fact == "partner.runningForOffice" && f.Value == "true");

        // Before the declaration, the same official in office is fine (rule 3).
        AssertDecided(rally with { Date = new DateOnly(2026, 1, 15) }, EligibilityOutcome.Permit, "officials-in-official-capacity");

        // After election day, no longer running.
        AssertDecided(rally with { Date = new DateOnly(2026, 11, 4) }, EligibilityOutcome.Permit);
    }

    [Fact]
    public void Rule2_a_withdrawn_candidacy_ends_the_run()
    {
        var withdrawn = SenPark with { Candidacies = [SenPark.Candidacies[0] with { Withdrawn = new PartialDate(2026, 3, 1) }] };
        var directory = new PartnerDirectory(Riverside, [withdrawn]);
        Assert.Equal(EligibilityOutcome.Permit, BuiltIn.Decide(directory, Engage(EngagementKind.RallyWithSpeaker, withdrawn)));
    }

    [Fact]
    public void Rule3_an_official_not_running_may_speak_in_official_capacity()
        => AssertDecided(Engage(EngagementKind.RallyWithSpeaker, RepLee), EligibilityOutcome.Permit, "officials-in-official-capacity");

    [Fact]
    public void Rule3_official_capacity_covers_speaking_not_shared_leadership_and_the_point_of_contact_decides()
    {
        // seed 000: officials in their official capacity speak on our issues; sharing leadership with
        // one is not what the guidance settles, so the chapter asks its point of contact.
        var decision = Explain(Engage(EngagementKind.SharedLeadership, RepLee));
        Assert.Equal(EligibilityOutcome.Review, decision.Outcome);
        Assert.Contains(decision.DecidingRules, r => r.RuleId == "when-in-doubt-ask");
        Assert.Equal(["Maya Chen (organizing director), Indivisible"], decision.Reviewers);
    }

    [Fact]
    public void Rule4_an_aligned_issue_group_is_a_good_partner()
    {
        AssertDecided(Engage(EngagementKind.Partnership, ClimateNow), EligibilityOutcome.Permit, "community-and-issue-groups");
        AssertDecided(Engage(EngagementKind.CoOrganizeEvent, ClimateNow), EligibilityOutcome.Permit, "community-and-issue-groups");
    }

    [Fact]
    public void Rule4_a_group_with_no_shared_issue_is_still_a_partner()
        => AssertDecided(Engage(EngagementKind.Partnership, Bowling), EligibilityOutcome.Permit, "community-and-issue-groups");

    [Fact]
    public void Rule5_one_engagement_is_declined_while_the_partnership_stands()
    {
        AssertDecided(Engage(EngagementKind.Partnership, HealthFirst), EligibilityOutcome.Permit);
        AssertDecided(Engage(EngagementKind.CoOrganizeEvent, HealthFirst), EligibilityOutcome.Permit);

        var againstAPerson = Engage(EngagementKind.CoOrganizeEvent, HealthFirst) with { Target = TargetKind.Person, Message = "Rally against the governor personally" };
        AssertDecided(againstAPerson, EligibilityOutcome.Forbid, "message-fits-theory-of-change");
        var decision = Explain(againstAPerson);
        Assert.Contains(decision.FactsUsed, f => f.Fact == "engagement.messageConflictsWithTheoryOfChange" && f.Value == "true");
        Assert.Equal(["message-fits-theory-of-change"], decision.ClosestPermit!.BlockingRules);
    }

    [Fact]
    public void Rule5_an_engagement_that_names_no_target_is_judged_on_its_partner()
    {
        // Nothing says the event is aimed at a person: the message rule has nothing to decline.
        var unknownTarget = Engage(EngagementKind.CoOrganizeEvent, HealthFirst) with { Target = null };
        var decision = Explain(unknownTarget);
        Assert.Equal(EligibilityOutcome.Permit, decision.Outcome);
        Assert.Empty(decision.Errors);
    }

    [Fact]
    public void Rule5_a_public_awareness_event_fits_a_theory_of_change_that_pressures_lawmakers()
        => AssertDecided(Engage(EngagementKind.CoOrganizeEvent, HealthFirst) with { Target = TargetKind.Public }, EligibilityOutcome.Permit);

    [Fact]
    public void Rule6_a_member_in_a_party_club_may_take_part_but_the_project_must_not_coordinate_with_the_club()
    {
        var member = Riverside.Members[0].Id;
        var issueProject = Engage(EngagementKind.CoOrganizeEvent, ClimateNow) with { Member = member };
        AssertDecided(issueProject, EligibilityOutcome.Permit, "community-and-issue-groups");

        var withTheClub = Engage(EngagementKind.CoOrganizeEvent, CollegeDems) with { Member = member };
        AssertDecided(withTheClub, EligibilityOutcome.Forbid, "partisan-and-electoral-bodies", "member-affiliation-is-not-ours");
    }

    [Fact]
    public void Rule7_a_partner_whose_outcomes_conflict_with_ours_is_a_judgement_for_the_point_of_contact()
    {
        AssertDecided(Engage(EngagementKind.Partnership, RepealNow), EligibilityOutcome.Review, "misaligned-outcomes");
        var decision = Explain(Engage(EngagementKind.Partnership, RepealNow));
        Assert.Contains(decision.FactsUsed, f => f.Fact == "partner.goalsConflict" && f.Value == "true");
        Assert.Equal(["Maya Chen (organizing director), Indivisible"], decision.Reviewers);
    }

    [Fact]
    public void Rule7_a_partner_that_uses_a_tactic_we_do_not_is_still_a_partner()
    {
        var disruptors = ClimateNow with { Tactics = [DisruptTownHall] };
        var directory = new PartnerDirectory(Riverside, [disruptors]);
        Assert.Equal(EligibilityOutcome.Permit, BuiltIn.Decide(directory, Engage(EngagementKind.Partnership, disruptors)));
    }

    [Fact]
    public void Rule8_reaching_out_across_a_national_relationship_or_a_state_line_needs_review()
    {
        var outreach = Engage(EngagementKind.Outreach, SierraPa) with { ChapterReachesOut = true };
        AssertDecided(outreach, EligibilityOutcome.Review, "review-across-national-relationships");
        Assert.Equal(["Maya Chen (organizing director), Indivisible"], Explain(outreach).Reviewers);

        // Answering the partner is not reaching out.
        AssertDecided(outreach with { ChapterReachesOut = false }, EligibilityOutcome.Permit);

        // An in-state group under the national relationship needs review too.
        var sierraOhio = SierraPa with { Id = new PartyId("sierra-oh"), State = "OH" };
        var directory = new PartnerDirectory(Riverside, [sierraOhio]);
        Assert.Equal(EligibilityOutcome.Review, BuiltIn.Decide(directory, Engage(EngagementKind.Outreach, sierraOhio) with { ChapterReachesOut = true }));
    }

    [Fact]
    public void Rule8_fails_closed_when_the_partner_state_is_unknown()
    {
        var stateless = ClimateNow with { State = null };
        var directory = new PartnerDirectory(Riverside, [stateless]);
        var decision = BuiltIn.Explain(directory, Engage(EngagementKind.Outreach, stateless) with { ChapterReachesOut = true });
        Assert.Equal(EligibilityOutcome.Review, decision.Outcome);
        Assert.Contains(decision.Errors, e => e.Contains("partner.outOfState", StringComparison.Ordinal));
    }

    [Fact]
    public void Rule9_a_charity_is_permitted_with_issue_framing()
    {
        AssertDecided(Engage(EngagementKind.CoPromoteEvent, FoodBank), EligibilityOutcome.PermitWithConditions, "charity-issue-framing");
        var decision = Explain(Engage(EngagementKind.CoPromoteEvent, FoodBank));
        Assert.Single(decision.ConditionsToHonour);
        Assert.Contains("issue terms", decision.ConditionsToHonour[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Rule10_community_only_spaces_are_a_condition_and_entering_uninvited_is_forbidden()
    {
        var meeting = Engage(EngagementKind.CoOrganizeEvent, TenantUnion);
        AssertDecided(meeting, EligibilityOutcome.PermitWithConditions, "respect-community-only-spaces");
        AssertDecided(meeting with { Venue = EngagementVenue.PartnerSpaceByInvitation }, EligibilityOutcome.PermitWithConditions);
        AssertDecided(meeting with { Venue = EngagementVenue.PartnerSpaceUninvited }, EligibilityOutcome.Forbid, "no-uninvited-entry");
    }

    [Fact]
    public void Rule11_and_section5_a_partner_proposing_to_disrupt_a_town_hall_is_declined_while_the_coalition_stands()
    {
        AssertDecided(Engage(EngagementKind.CoalitionTable, ClimateNow), EligibilityOutcome.Permit);
        var disruption = Engage(EngagementKind.CoalitionTable, ClimateNow) with { Tactic = DisruptTownHall };
        AssertDecided(disruption, EligibilityOutcome.Forbid, "tactics-fit-theory-of-change");
        AssertDecided(Engage(EngagementKind.Partnership, ClimateNow), EligibilityOutcome.Permit);
        AssertDecided(disruption with { Tactic = new Tactic("call-in day") }, EligibilityOutcome.Permit);
    }

    [Fact]
    public void Section5_a_co_sponsor_that_must_not_be_listed_publicly_becomes_a_condition()
    {
        var cosponsor = Engage(EngagementKind.CoSponsorEvent, QuietChurch);
        AssertDecided(cosponsor, EligibilityOutcome.PermitWithConditions, "unlisted-co-sponsor");
        Assert.Contains(Explain(cosponsor).ConditionsToHonour, c => c.Contains("publicly", StringComparison.Ordinal));

        var listed = cosponsor with { ListsPartnersPublicly = true };
        AssertDecided(listed, EligibilityOutcome.Review, "unlisted-co-sponsor-listed");
        Assert.Contains("chapter leads", Explain(listed).Reviewers);
    }

    [Fact]
    public void An_engagement_with_several_partners_gets_the_strictest_outcome()
    {
        var both = new Engagement { Kind = EngagementKind.CoOrganizeEvent, Partners = [ClimateNow.Id, CountyDems.Id], Date = Today, Target = TargetKind.Lawmaker };
        AssertDecided(both, EligibilityOutcome.Forbid, "partisan-and-electoral-bodies");
        var decision = Explain(both);
        Assert.Contains(decision.DecidingRules, r => r.Partner == CountyDems.Id && r.RuleId == "partisan-and-electoral-bodies");
        Assert.DoesNotContain(decision.DecidingRules, r => r.Partner == ClimateNow.Id && r.Effect == RuleEffect.Forbid);
    }

    [Fact]
    public void A_partner_missing_from_the_directory_fails_closed()
    {
        var decision = Explain(new Engagement { Kind = EngagementKind.Partnership, Partners = [new PartyId("nobody")], Date = Today });
        Assert.NotEqual(EligibilityOutcome.Permit, decision.Outcome);
        Assert.NotEqual(EligibilityOutcome.PermitWithConditions, decision.Outcome);
        Assert.Contains(decision.Errors, e => e.Contains("not in the directory", StringComparison.Ordinal));
    }

    [Fact]
    public void An_engagement_with_an_undefined_kind_is_refused_with_a_clear_error()
    {
        var bad = Engage(EngagementKind.Partnership, ClimateNow) with { Kind = (EngagementKind)99 };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BuiltIn.Decide(Bundle, bad));
        Assert.Contains("kind 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_pack_validates_and_cites_a_source_for_every_rule()
    {
        Assert.Empty(new PolicyCompiler().Validate(BuiltInPolicy.Pack));
        Assert.All(BuiltInPolicy.Pack.Rules, r => Assert.StartsWith("seeds/00", r.Source, StringComparison.Ordinal));
        for (var rule = 1; rule <= 11; rule++)
        {
            Assert.Contains(BuiltInPolicy.Pack.Rules, r => r.Source!.Contains($"(rule {rule})", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Screening_the_directory_gives_each_partner_an_outcome()
    {
        var screening = BuiltIn.ScreenPartners(Bundle, Today);
        Assert.Equal(Partners.Length, screening.Count);
        var byId = screening.ToDictionary(s => s.Partner.Value, s => s.Outcome);
        Assert.Equal(EligibilityOutcome.Permit, byId["climate-now"]);
        Assert.Equal(EligibilityOutcome.Forbid, byId["county-dems"]);
        Assert.Equal(EligibilityOutcome.Forbid, byId["sen-park"]);
        Assert.Equal(EligibilityOutcome.PermitWithConditions, byId["food-bank"]);
        Assert.Equal(EligibilityOutcome.Permit, byId["bowling"]);
        foreach (var entry in screening)
        {
            Assert.Equal(entry.Outcome, BuiltIn.Explain(Bundle, new Engagement { Kind = EngagementKind.Partnership, Partners = [entry.Partner], Date = Today }).Outcome);
        }
    }
}
