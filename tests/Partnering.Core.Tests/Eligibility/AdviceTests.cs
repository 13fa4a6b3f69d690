using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Eligibility.EligibilityFixture;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>
/// The advice after a Forbid or NotPermitted (<see cref="PermitGap"/>): it offers only what a chapter can
/// change (the engagement, or finding out a missing fact), never who the partner is. A legal-line forbid is
/// answered with "decline" (seed 000); an engagement-level forbid with what to change, the partnership
/// standing (seed 003); with nothing within reach, "when in doubt, ask" the point of contact (seed 000).
/// </summary>
public sealed class AdviceTests
{
    private static readonly DateOnly Day = new(2026, 3, 14);

    // Facts about who a partner is: advice must never ask for one of them to change.
    private static readonly string[] WhoThePartnerIs = ["partner.kind", "partner.partisanNature", "partner.taxStatus", "partner.type", "partner.runningForOffice", "partner.holdsElectedOffice", "partner.roles", "partner.practices", "member.affiliatedWithPartner"];

    private static PermitGap Advice(Engagement engagement, IEligibilityEvaluator? evaluator = null, PartnerDirectory? directory = null)
    {
        var decision = (evaluator ?? BuiltIn).Explain(directory ?? Bundle, engagement);
        Assert.True(decision.Outcome >= EligibilityOutcome.NotPermitted, decision.ToString());
        return decision.ClosestPermit!;
    }

    private static void NeverAsksThePartnerToChange(PermitGap gap)
    {
        foreach (var change in gap.Changes)
        {
            Assert.DoesNotContain(WhoThePartnerIs, fact => change.StartsWith(fact + " would have to", StringComparison.Ordinal) || change.Contains("(" + fact + " is", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("county-dems")]
    [InlineData("state-party")]
    [InlineData("college-dems")]
    [InlineData("green-pac")]
    public void Seed000_a_partisan_body_is_declined_and_never_told_to_become_a_charity(string id)
    {
        var partner = Partners.Single(p => p.Id.Value == id);
        foreach (var kind in Enum.GetValues<EngagementKind>())
        {
            var gap = Advice(Engage(kind, partner));
            Assert.Equal(CompiledPolicy.NoPermitRule, gap.RuleId);
            Assert.Equal(["partisan-and-electoral-bodies"], gap.BlockingRules);
            Assert.StartsWith("decline: 'partisan-and-electoral-bodies' applies because of who the partner is (", gap.Changes[0], StringComparison.Ordinal);
            Assert.Equal("no kind of engagement with this partner is open while that holds", gap.Changes[^1]);
            Assert.DoesNotContain(gap.Changes, c => c.Contains("charity501C3", StringComparison.Ordinal) || c.Contains("nonpartisan", StringComparison.Ordinal));
            Assert.StartsWith("advice: decline", gap.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Seed000_a_running_candidate_is_declined_not_asked_to_stop_running()
    {
        var gap = Advice(Engage(EngagementKind.RallyWithSpeaker, SenPark));
        Assert.Equal(CompiledPolicy.NoPermitRule, gap.RuleId);
        Assert.Equal(["candidates-while-running"], gap.BlockingRules);
        Assert.Contains("partner.runningForOffice = true", gap.Changes[0], StringComparison.Ordinal);
        NeverAsksThePartnerToChange(gap);
    }

    [Fact]
    public void Seed000_the_member_affiliation_is_not_the_projects_and_the_club_is_declined()
    {
        var engagement = Engage(EngagementKind.CoOrganizeEvent, CollegeDems) with { Member = new PartyId("m-ana") };
        var gap = Advice(engagement);
        Assert.Equal(CompiledPolicy.NoPermitRule, gap.RuleId);
        Assert.Contains("member-affiliation-is-not-ours", gap.BlockingRules);
        NeverAsksThePartnerToChange(gap);
    }

    [Fact]
    public void Seed000_an_event_aimed_at_a_person_is_declined_as_proposed_and_the_partnership_stands()
    {
        var againstAPerson = Engage(EngagementKind.CoOrganizeEvent, HealthFirst) with { Target = TargetKind.Person, Message = "Rally against the governor personally" };
        var gap = Advice(againstAPerson);
        Assert.Equal(["message-fits-theory-of-change"], gap.BlockingRules);
        Assert.Equal("decline the engagement as proposed (the partnership stands), or change it so that 'message-fits-theory-of-change' no longer applies: engagement.messageConflictsWithTheoryOfChange would have to be false (it is true)", gap.Changes[0]);

        // The partner already fits a permit: nothing about it has to change.
        Assert.Equal("community-and-issue-groups", gap.RuleId);
        Assert.Single(gap.Changes);
        NeverAsksThePartnerToChange(gap);
        Assert.Contains("(forbidden now by message-fits-theory-of-change)", gap.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed003_a_tactic_we_do_not_use_is_declined_and_the_partnership_stands()
    {
        var disrupt = Engage(EngagementKind.CoalitionTable, ClimateNow) with { Tactic = DisruptTownHall };
        var gap = Advice(disrupt);
        Assert.Equal(["tactics-fit-theory-of-change"], gap.BlockingRules);
        Assert.Equal("decline the engagement as proposed (the partnership stands), or change it so that 'tactics-fit-theory-of-change' no longer applies: engagement.tacticDisallowed would have to be false (it is true)", gap.Changes[0]);
        NeverAsksThePartnerToChange(gap);
    }

    [Fact]
    public void Seed000_entering_a_community_only_space_uninvited_is_answered_with_another_venue()
    {
        var uninvited = Engage(EngagementKind.CoOrganizeEvent, TenantUnion) with { Venue = EngagementVenue.PartnerSpaceUninvited };
        var gap = Advice(uninvited);
        Assert.Equal(["no-uninvited-entry"], gap.BlockingRules);
        Assert.Contains("engagement.venue", gap.Changes[0], StringComparison.Ordinal);
        Assert.DoesNotContain("partner.practices", gap.Changes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_forbid_on_who_the_partner_is_for_some_kinds_names_the_kinds_still_open_and_the_permit_there()
    {
        var policy = new EligibilityPolicy
        {
            Id = "kinds",
            Version = "1",
            Rules =
            [
                new PolicyRule { Id = "no-events-with-clubs", Effect = RuleEffect.Forbid, Reason = "r", AppliesTo = [EngagementKind.CoOrganizeEvent, EngagementKind.CoSponsorEvent], When = Test("partner.kind", "partyClub") },
                new PolicyRule { Id = "alerts-for-all", Effect = RuleEffect.Permit, Reason = "r", AppliesTo = [EngagementKind.ShareAlerts] },
            ],
        };
        var gap = Advice(Engage(EngagementKind.CoOrganizeEvent, CountyDems), EligibilityGenerators.Compile(policy));
        Assert.Equal("alerts-for-all", gap.RuleId);
        Assert.StartsWith("decline: 'no-events-with-clubs'", gap.Changes[0], StringComparison.Ordinal);
        Assert.StartsWith("kinds of engagement it does not forbid: partnership, outreach, shareAlerts, coPromoteEvent, jointLetter", gap.Changes[1], StringComparison.Ordinal);
        Assert.DoesNotContain("coOrganizeEvent", gap.Changes[1], StringComparison.Ordinal);
        Assert.Equal("the engagement would have to be one of: shareAlerts (it is coOrganizeEvent)", gap.Changes[2]);
        Assert.Equal(3, gap.Changes.Count);
    }

    [Fact]
    public void Seed000_with_no_permit_in_reach_the_advice_is_to_ask_the_point_of_contact()
    {
        // Only public figures are permitted: a private individual fits no permit, and its roles are not the
        // chapter's to change.
        var policy = new EligibilityPolicy
        {
            Id = "public-figures",
            Version = "1",
            Rules = [new PolicyRule { Id = "academics", Effect = RuleEffect.Permit, Reason = "r", When = new PolicyCondition.FactTest { Fact = "partner.roles", Comparison = FactComparison.HasAny, Value = PolicyValue.List("academic") } }],
        };
        var neighbour = new Individual { Id = new PartyId("neighbour"), Name = "A neighbour" };
        var directory = new PartnerDirectory(Riverside, [neighbour]);
        var gap = Advice(Engage(EngagementKind.SharedLeadership, neighbour), EligibilityGenerators.Compile(policy), directory);
        Assert.Equal(CompiledPolicy.NoPermitRule, gap.RuleId);
        Assert.Empty(gap.BlockingRules);
        Assert.Equal(["no permit rule fits this partner as recorded: when in doubt, ask Maya Chen (organizing director), Indivisible"], gap.Changes);
    }

    [Fact]
    public void A_missing_partner_fact_is_offered_as_something_to_find_out()
    {
        var policy = new EligibilityPolicy
        {
            Id = "find-out",
            Version = "1",
            Rules = [new PolicyRule { Id = "big-bases", Effect = RuleEffect.Permit, Reason = "r", When = new PolicyCondition.FactTest { Fact = "partner.baseSize", Comparison = FactComparison.AtLeast, Value = PolicyValue.Of(500) } }],
        };
        var unknownSize = ClimateNow with { BaseSize = null };
        var directory = new PartnerDirectory(Riverside, [unknownSize]);
        var gap = Advice(Engage(EngagementKind.Partnership, unknownSize), EligibilityGenerators.Compile(policy), directory);
        Assert.Equal("big-bases", gap.RuleId);
        Assert.Equal(["find out partner.baseSize (how many people an organization's base counts): the rule needs partner.baseSize atLeast 500"], gap.Changes);
    }

    [Fact]
    public void A_permit_out_of_its_dates_names_them_and_a_known_partner_fact_is_never_a_change()
    {
        var policy = new EligibilityPolicy
        {
            Id = "dates",
            Version = "1",
            Rules =
            [
                new PolicyRule { Id = "a-charities", Effect = RuleEffect.Permit, Reason = "r", When = Test("partner.taxStatus", "charity501C3") },
                new PolicyRule { Id = "b-spring", Effect = RuleEffect.Permit, Reason = "r", EffectiveFrom = Day.AddDays(1), EffectiveUntil = Day.AddDays(30) },
            ],
        };
        var gap = Advice(Engage(EngagementKind.Partnership, ClimateNow), EligibilityGenerators.Compile(policy), new PartnerDirectory(Riverside, [ClimateNow]));
        Assert.Equal("b-spring", gap.RuleId);
        Assert.Equal(["the engagement date would have to fall within the rule's effective dates (2026-03-15 to 2026-04-13)"], gap.Changes);
    }

    [Fact]
    public void An_unconditional_forbid_is_declined_without_claiming_facts_about_the_partner()
    {
        var policy = new EligibilityPolicy
        {
            Id = "closed",
            Version = "1",
            Rules =
            [
                new PolicyRule { Id = "no-mergers", Effect = RuleEffect.Forbid, Reason = "r", AppliesTo = [EngagementKind.Merger] },
                new PolicyRule { Id = "permit-all", Effect = RuleEffect.Permit, Reason = "r" },
            ],
        };
        var gap = Advice(Engage(EngagementKind.Merger, ClimateNow), EligibilityGenerators.Compile(policy), new PartnerDirectory(Riverside, [ClimateNow]));
        Assert.Equal("decline: 'no-mergers' forbids it whoever the partner is", gap.Changes[0]);
        Assert.DoesNotContain("merger", gap.Changes[1], StringComparison.Ordinal);
        Assert.Equal("permit-all", gap.RuleId);
        Assert.Equal("the engagement would have to be one of: " + gap.Changes[1]["kinds of engagement it does not forbid: ".Length..] + " (it is merger)", gap.Changes[2]);
    }

    private static PolicyCondition Test(string fact, string value) => new PolicyCondition.FactTest { Fact = fact, Comparison = FactComparison.Is, Value = PolicyValue.Of(value) };
}
