using Partnering.Core.Eligibility;
using static Partnering.Core.Tests.Eligibility.EligibilityFixture;
using Partnering.Core.Documents;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>
/// Every example of seeds 000, 001, 003 and 004 about who and what, decided by the pack of the chapter
/// that meets it: an issue-advocacy chapter (Riverside, seed 000's line) or an electoral team (seed 004).
/// </summary>
public class SeedExampleTests
{
    private static readonly IEligibilityEvaluator IssueAdvocacy = new PolicyCompiler().Compile(BuiltInPolicy.IssueAdvocacy);
    private static readonly IEligibilityEvaluator Electoral = new PolicyCompiler().Compile(BuiltInPolicy.Electoral);
    private static readonly string RiversideContact = "Maya Chen (organizing director), Indivisible";

    // ---- seed 000: The Dos and Don'ts with Partner Organizations ----------------------------

    private static readonly Organization IndivisibleHealth = Org("indivisible-east", "Indivisible East Side", OrganizationKind.IssueAdvocacy, PartisanNature.Nonpartisan, IssueArea.HealthCare) with
    {
        NationalParent = "Indivisible",
        Goals = ["stop cuts to Medicaid", "defend the Affordable Care Act"],
        Positions = [new Position { Issue = IssueArea.HealthCare, Outcome = "medicaid cuts", Stance = Stance.Opposes }],
    };

    private static EligibilityDecision Decide(IEligibilityEvaluator evaluator, PartnerDirectory directory, Engagement engagement)
    {
        var decision = evaluator.Explain(directory, engagement);
        Assert.Equal(decision.Outcome, evaluator.Decide(directory, engagement));
        Assert.Equal(ReferenceInterpreter.Decide(evaluator.Policy, directory, engagement), decision.Outcome);
        return decision;
    }

    [Fact]
    public void Seed000_Indivisible_on_defending_health_care_is_a_partner_and_its_anti_President_event_is_declined()
    {
        var directory = new PartnerDirectory(Riverside, [IndivisibleHealth]);
        Assert.Equal(EligibilityOutcome.Permit, Decide(IssueAdvocacy, directory, Engage(EngagementKind.Partnership, IndivisibleHealth)).Outcome);
        Assert.Equal(EligibilityOutcome.Permit, Decide(IssueAdvocacy, directory, Engage(EngagementKind.CoOrganizeEvent, IndivisibleHealth)).Outcome);

        var againstThePresident = Engage(EngagementKind.CoOrganizeEvent, IndivisibleHealth) with { Target = TargetKind.Person, Message = "Rally against the President" };
        var declined = Decide(IssueAdvocacy, directory, againstThePresident);
        Assert.Equal(EligibilityOutcome.Forbid, declined.Outcome);
        Assert.Equal("message-fits-theory-of-change", Assert.Single(declined.DecidingRules).RuleId);
        Assert.Contains("partnership stands", declined.DecidingRules[0].Reason, StringComparison.Ordinal);

        // The partnership itself stands.
        Assert.Equal(EligibilityOutcome.Permit, IssueAdvocacy.Decide(directory, Engage(EngagementKind.Partnership, IndivisibleHealth)));
    }

    // Seed 000: the anti-President events of some Indivisible groups fall outside our goal and message,
    // so circulating their action alert is declined like co-organizing the event; sharing the
    // health-care alerts goes on. (The pack left sharing alerts out of the rule, so it was Permit.)
    [Theory]
    [InlineData(TargetKind.Person)]
    [InlineData(TargetKind.Party)]
    public void Seed000_sharing_the_alert_of_an_event_aimed_at_a_person_or_a_party_is_declined_and_the_partnership_stands(TargetKind target)
    {
        var directory = new PartnerDirectory(Riverside, [IndivisibleHealth]);
        Assert.Equal(EligibilityOutcome.Permit, Decide(IssueAdvocacy, directory, Engage(EngagementKind.ShareAlerts, IndivisibleHealth)).Outcome);

        var declined = Decide(IssueAdvocacy, directory, Engage(EngagementKind.ShareAlerts, IndivisibleHealth) with { Target = target });
        Assert.Equal(EligibilityOutcome.Forbid, declined.Outcome);
        Assert.Equal("message-fits-theory-of-change", Assert.Single(declined.DecidingRules).RuleId);
        Assert.Equal(EligibilityOutcome.Permit, IssueAdvocacy.Decide(directory, Engage(EngagementKind.Partnership, IndivisibleHealth)));
    }

    [Fact]
    public void Seed000_an_ally_whose_goal_is_stop_cuts_to_Medicaid_is_not_mistaken_for_an_opponent()
    {
        // The old text match saw "cuts to Medicaid" inside "stop cuts to Medicaid" and forbade an ally.
        var directory = new PartnerDirectory(Riverside with { TheoryOfChange = Riverside.TheoryOfChange with { OpposedOutcomes = ["cuts to Medicaid"] } }, [IndivisibleHealth]);
        var decision = Decide(IssueAdvocacy, directory, Engage(EngagementKind.Partnership, IndivisibleHealth));
        Assert.Equal(EligibilityOutcome.Permit, decision.Outcome);
    }

    [Fact]
    public void Seed000_a_College_Democrats_member_takes_part_but_the_project_cannot_coordinate_with_the_club()
    {
        var ana = Riverside.Members[0].Id;
        Assert.Equal(EligibilityOutcome.Permit, Decide(IssueAdvocacy, Bundle, Engage(EngagementKind.CoOrganizeEvent, ClimateNow) with { Member = ana }).Outcome);
        var withTheClub = Decide(IssueAdvocacy, Bundle, Engage(EngagementKind.CoOrganizeEvent, CollegeDems) with { Member = ana });
        Assert.Equal(EligibilityOutcome.Forbid, withTheClub.Outcome);
        Assert.Contains(withTheClub.DecidingRules, r => r.RuleId == "member-affiliation-is-not-ours");
        Assert.Contains(withTheClub.DecidingRules, r => r.RuleId == "partisan-and-electoral-bodies");
    }

    [Fact]
    public void Seed000_a_member_of_Congress_speaks_at_a_climate_rally_in_official_capacity()
    {
        var decision = Decide(IssueAdvocacy, Bundle, Engage(EngagementKind.RallyWithSpeaker, RepLee));
        Assert.Equal(EligibilityOutcome.Permit, decision.Outcome);
        Assert.Equal("officials-in-official-capacity", Assert.Single(decision.DecidingRules).RuleId);
    }

    [Fact]
    public void Seed000_an_official_running_for_re_election_is_out_while_running()
    {
        var rally = Engage(EngagementKind.RallyWithSpeaker, SenPark);
        var running = Decide(IssueAdvocacy, Bundle, rally);
        Assert.Equal(EligibilityOutcome.Forbid, running.Outcome);
        Assert.Equal("candidates-while-running", Assert.Single(running.DecidingRules).RuleId);
        Assert.Equal(EligibilityOutcome.Permit, Decide(IssueAdvocacy, Bundle, rally with { Date = new DateOnly(2026, 1, 31) }).Outcome);
        Assert.Equal(EligibilityOutcome.Permit, Decide(IssueAdvocacy, Bundle, rally with { Date = new DateOnly(2026, 11, 4) }).Outcome);
    }

    [Fact]
    public void Seed000_the_quick_start_senator_with_a_role_and_no_office_is_an_official()
    {
        var senator = new Individual
        {
            Id = new PartyId("sen-okafor"),
            Name = "Sen. Grace Okafor",
            Roles = [IndividualRole.ElectedOfficial],
            Candidacies = [new Candidacy { Office = "State Senate, District 12", Declared = PartialDate.Parse("2026-02"), ElectionDay = PartialDate.Parse("2026-11-03") }],
        };
        var directory = new PartnerDirectory(Riverside, [senator]);
        var rally = Engage(EngagementKind.RallyWithSpeaker, senator) with { Date = new DateOnly(2026, 1, 20) };
        Assert.Equal(EligibilityOutcome.Permit, Decide(IssueAdvocacy, directory, rally).Outcome);
        Assert.Equal(EligibilityOutcome.Forbid, Decide(IssueAdvocacy, directory, rally with { Date = new DateOnly(2026, 9, 15) }).Outcome);
    }

    [Fact]
    public void Seed000_an_office_that_ends_in_a_vague_year_is_read_the_narrow_way_for_a_permit()
    {
        var former = RepLee with { Offices = [RepLee.Offices[0] with { Until = new PartialDate(2025) }] };
        var directory = new PartnerDirectory(Riverside, [former]);
        var rally = Engage(EngagementKind.RallyWithSpeaker, former);
        Assert.Equal(EligibilityOutcome.Permit, Decide(IssueAdvocacy, directory, rally with { Date = new DateOnly(2025, 1, 1) }).Outcome);
        Assert.NotEqual(EligibilityOutcome.Permit, Decide(IssueAdvocacy, directory, rally with { Date = new DateOnly(2025, 12, 31) }).Outcome);
    }

    [Fact]
    public void Seed000_parties_are_the_legal_line_and_misaligned_outcomes_are_a_judgement_call()
    {
        Assert.Equal(EligibilityOutcome.Forbid, Decide(IssueAdvocacy, Bundle, Engage(EngagementKind.Partnership, StateParty)).Outcome);
        var misaligned = Decide(IssueAdvocacy, Bundle, Engage(EngagementKind.Partnership, RepealNow));
        Assert.Equal(EligibilityOutcome.Review, misaligned.Outcome);
        Assert.Equal([RiversideContact], misaligned.Reviewers);
    }

    [Fact]
    public void Seed000_when_in_doubt_the_point_of_contact_is_asked_by_name()
    {
        var unknown = Org("mystery", "Ohio Forward Fund", OrganizationKind.Unknown, PartisanNature.Unknown, IssueArea.Climate);
        var directory = new PartnerDirectory(Riverside, [unknown]);
        foreach (var kind in Enum.GetValues<EngagementKind>())
        {
            var decision = Decide(IssueAdvocacy, directory, Engage(kind, unknown) with { Tactic = kind == EngagementKind.CoalitionTable ? new Tactic("rally") : null });
            Assert.Equal(EligibilityOutcome.Review, decision.Outcome);
            Assert.Contains(decision.DecidingRules, r => r.RuleId == "research-unknown-partners");
            Assert.Contains(RiversideContact, decision.Reviewers);
        }

        var noContact = new PartnerDirectory(Riverside with { PointOfContact = null }, [unknown]);
        Assert.Contains(IssueAdvocacy.Explain(noContact, Engage(EngagementKind.Partnership, unknown)).Reviewers, r => r.Contains("point of contact at Indivisible", StringComparison.Ordinal));
    }

    // ---- seed 001: How To Build Inclusive Partnerships --------------------------------------

    [Fact]
    public void Seed001_a_justice_focused_group_outside_our_issues_is_a_partner()
    {
        var justice = Org("justice", "Eastside Racial Justice Coalition", OrganizationKind.CommunityService, PartisanNature.Nonpartisan, new IssueArea("racial justice"));
        var directory = new PartnerDirectory(Riverside, [justice]);
        Assert.Equal(EligibilityOutcome.Permit, Decide(IssueAdvocacy, directory, Engage(EngagementKind.Partnership, justice)).Outcome);
        Assert.Equal(EligibilityOutcome.Permit, Decide(Electoral, directory, Engage(EngagementKind.CoOrganizeEvent, justice)).Outcome);
    }

    [Fact]
    public void Seed001_a_501c3_co_promotion_is_permitted_on_condition_of_issue_framing()
    {
        var decision = Decide(IssueAdvocacy, Bundle, Engage(EngagementKind.CoPromoteEvent, FoodBank));
        Assert.Equal(EligibilityOutcome.PermitWithConditions, decision.Outcome);
        Assert.Contains(decision.ConditionsToHonour, c => c.Contains("issue terms", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed001_community_only_spaces_are_respected_and_never_entered_uninvited()
    {
        var meeting = Engage(EngagementKind.CoOrganizeEvent, TenantUnion);
        Assert.Equal(EligibilityOutcome.PermitWithConditions, Decide(IssueAdvocacy, Bundle, meeting).Outcome);
        Assert.Equal(EligibilityOutcome.Forbid, Decide(IssueAdvocacy, Bundle, meeting with { Venue = EngagementVenue.PartnerSpaceUninvited }).Outcome);
    }

    [Fact]
    public void Seed001_a_partner_whose_board_approves_collaborations_gets_that_as_a_condition()
    {
        var congregation = Org("st-marks", "St. Mark's Congregation", OrganizationKind.ReligiousInstitution, PartisanNature.Nonpartisan, new IssueArea("faith")) with
        {
            Practices = [new Practice { Kind = PracticeKind.ApprovalNeeded, Description = "The vestry approves partnerships" }],
        };
        var directory = new PartnerDirectory(Riverside, [congregation]);
        Assert.Equal(EligibilityOutcome.Permit, Decide(IssueAdvocacy, directory, Engage(EngagementKind.Partnership, congregation)).Outcome);
        var cosponsor = Decide(IssueAdvocacy, directory, Engage(EngagementKind.CoSponsorEvent, congregation));
        Assert.Equal(EligibilityOutcome.PermitWithConditions, cosponsor.Outcome);
        Assert.Contains(cosponsor.ConditionsToHonour, c => c.Contains("board", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed001_a_partner_asking_for_issue_framing_gets_the_framing_condition()
    {
        var group = Org("parents", "Riverside Parents Council", OrganizationKind.CommunityService, PartisanNature.Nonpartisan, IssueArea.Education) with
        {
            Practices = [new Practice { Kind = PracticeKind.IssueFramingOnly }],
        };
        var decision = Decide(IssueAdvocacy, new PartnerDirectory(Riverside, [group]), Engage(EngagementKind.CoPromoteEvent, group));
        Assert.Equal(EligibilityOutcome.PermitWithConditions, decision.Outcome);
        Assert.Contains(decision.ConditionsToHonour, c => c.Contains("issue terms", StringComparison.Ordinal));
    }

    // ---- seed 003: Effective Strategies for Managing Partner Relationships --------------------

    [Fact]
    public void Seed003_a_coalition_partner_proposing_to_disrupt_a_town_hall_is_declined_and_the_partnership_stands()
    {
        var disruptors = ClimateNow with { Tactics = [DisruptTownHall, new Tactic("rally")] };
        var directory = new PartnerDirectory(Riverside, [disruptors]);
        var disruption = Decide(IssueAdvocacy, directory, Engage(EngagementKind.CoalitionTable, disruptors) with { Tactic = DisruptTownHall });
        Assert.Equal(EligibilityOutcome.Forbid, disruption.Outcome);
        Assert.Equal("tactics-fit-theory-of-change", Assert.Single(disruption.DecidingRules).RuleId);
        Assert.Contains("partnership stands", disruption.DecidingRules[0].Reason, StringComparison.Ordinal);

        // Its repertoire never burns the bridge: the partnership and its other engagements stand.
        Assert.Equal(EligibilityOutcome.Permit, Decide(IssueAdvocacy, directory, Engage(EngagementKind.Partnership, disruptors)).Outcome);
        Assert.Equal(EligibilityOutcome.Permit, Decide(IssueAdvocacy, directory, Engage(EngagementKind.CoalitionTable, disruptors) with { Tactic = new Tactic("call-in day") }).Outcome);
    }

    [Fact]
    public void Seed003_a_co_sponsor_that_asks_not_to_be_listed_becomes_a_condition()
    {
        var decision = Decide(IssueAdvocacy, Bundle, Engage(EngagementKind.CoSponsorEvent, QuietChurch));
        Assert.Equal(EligibilityOutcome.PermitWithConditions, decision.Outcome);
        Assert.Equal(EligibilityOutcome.Review, Decide(IssueAdvocacy, Bundle, Engage(EngagementKind.CoSponsorEvent, QuietChurch) with { ListsPartnersPublicly = true }).Outcome);
    }

    // ---- seed 004: How to: Inclusive Partnerships (Sister District) ---------------------------

    internal static readonly Chapter SisterDistrict = new()
    {
        Id = new PartyId("sd-columbus"),
        Name = "Sister District Columbus",
        HomeState = "OH",
        NationalBody = "Sister District",
        Kind = ChapterKind.Electoral,
        PointOfContact = new ContactPoint { Name = "Jordan Avery", Role = "organizing staff" },
        IssueAreas = [IssueArea.VotingRights],
        TheoryOfChange = new TheoryOfChange { Summary = "Build progressive power in state legislatures", Targets = [TargetKind.Lawmaker], AvoidedTargets = [TargetKind.Person] },
        AllowedTactics = [new Tactic("phonebank"), new Tactic("canvass"), new Tactic("fundraiser")],
        DisallowedTactics = [DisruptTownHall],
    };

    // Issue #11 (unknown is a value) with seed 001, rule 9: a 501(c)(3) is wary of overtly political
    // framing, so while nobody knows whether a group is one, it gets that framing as a condition and a
    // reminder to find out, never a plain permit; once its status is recorded, the condition goes.
    [Fact]
    public void Seed001_a_group_whose_tax_status_nobody_checked_gets_issue_framing_until_we_know()
    {
        var unchecked_ = BookClub with { TaxStatus = TaxStatus.Unknown };

        foreach (var (pack, directory) in new[] { (IssueAdvocacy, new PartnerDirectory(Riverside, [unchecked_])), (Electoral, new PartnerDirectory(SisterDistrict, [unchecked_])) })
        {
            var decision = Decide(pack, directory, Engage(EngagementKind.CoPromoteEvent, unchecked_));

            Assert.Equal(EligibilityOutcome.PermitWithConditions, decision.Outcome);
            Assert.Contains(decision.ConditionsToHonour, c => c.StartsWith("Until you know its tax status", StringComparison.Ordinal));
        }

        Assert.Equal(EligibilityOutcome.Permit, Decide(IssueAdvocacy, new PartnerDirectory(Riverside, [BookClub]), Engage(EngagementKind.CoPromoteEvent, BookClub)).Outcome);
    }

    internal static readonly Organization SwingLeft = Org("swing-left-cbus", "Swing Left Columbus", OrganizationKind.IssueAdvocacy, PartisanNature.Electoral, IssueArea.VotingRights) with { NationalParent = "Swing Left" };
    internal static readonly Organization IndivisibleYolo = Org("indivisible-cbus", "Indivisible Columbus", OrganizationKind.IssueAdvocacy, PartisanNature.Nonpartisan, IssueArea.HealthCare) with { NationalParent = "Indivisible" };
    internal static readonly Organization ParentsAffiliate = Org("westside-parents", "Westside Parents for Democracy", OrganizationKind.CommunityService, PartisanNature.Electoral, IssueArea.Education) with { SupportsCandidatesOf = ["Sister District"] };
    internal static readonly Organization BookClub = Org("book-club", "Clintonville Book Club", OrganizationKind.SportsOrSocialClub, PartisanNature.Nonpartisan, new IssueArea("reading"));
    internal static readonly Organization CountyParty = Org("county-party", "Franklin County Democratic Party", OrganizationKind.PoliticalParty, PartisanNature.Partisan, IssueArea.VotingRights);
    internal static readonly Organization PittsburghTeam = Org("sd-pgh", "Sister District Pittsburgh", OrganizationKind.IssueAdvocacy, PartisanNature.Electoral, IssueArea.VotingRights) with { State = "PA", NationalParent = "Sister District" };

    internal static readonly Individual OurCandidate = new()
    {
        Id = new PartyId("cand-moss"),
        Name = "Rae Moss",
        State = "OH",
        Roles = [IndividualRole.Candidate],
        Candidacies = [new Candidacy { Office = "Ohio House, District 3", Declared = new PartialDate(2026, 2, 10), ElectionDay = new PartialDate(2026, 11, 3), BackedBy = ["Sister District"] }],
    };

    internal static readonly Individual OtherCandidate = OurCandidate with
    {
        Id = new PartyId("cand-other"),
        Name = "Lee Other",
        Candidacies = [OurCandidate.Candidacies[0] with { Office = "Ohio House, District 9", BackedBy = [] }],
    };

    internal static readonly PartnerDirectory ElectoralTeam = new(SisterDistrict, [SwingLeft, IndivisibleYolo, ParentsAffiliate, BookClub, Bowling, CountyParty, PittsburghTeam, OurCandidate, OtherCandidate, RepLee]);

    [Fact]
    public void Seed004_Swing_Left_and_Indivisible_chapters_are_an_electoral_teams_partners_up_to_shared_leadership()
    {
        foreach (var ally in new[] { SwingLeft, IndivisibleYolo })
        {
            Assert.Equal(EligibilityOutcome.Permit, Decide(Electoral, ElectoralTeam, Engage(EngagementKind.Partnership, ally)).Outcome);
            Assert.Equal(EligibilityOutcome.Permit, Decide(Electoral, ElectoralTeam, Engage(EngagementKind.SharedLeadership, ally)).Outcome);
        }

        // The same Swing Left chapter is over the legal line of an issue-advocacy chapter.
        Assert.Equal(EligibilityOutcome.Forbid, Decide(IssueAdvocacy, ElectoralTeam, Engage(EngagementKind.Partnership, SwingLeft)).Outcome);
    }

    [Fact]
    public void Seed004_an_Affiliate_that_supports_our_candidates_is_a_partner()
    {
        var decision = Decide(Electoral, ElectoralTeam, Engage(EngagementKind.CoOrganizeEvent, ParentsAffiliate));
        Assert.Equal(EligibilityOutcome.Permit, decision.Outcome);
        Assert.Contains(decision.DecidingRules, r => r.RuleId == "affiliates");
    }

    [Fact]
    public void Seed004_a_fundraiser_for_our_national_bodys_candidate_is_our_work_and_another_candidate_needs_review()
    {
        var fundraiser = Engage(EngagementKind.CoOrganizeEvent, OurCandidate) with { Tactic = new Tactic("fundraiser") };
        Assert.Equal(EligibilityOutcome.Permit, Decide(Electoral, ElectoralTeam, fundraiser).Outcome);
        Assert.Equal(EligibilityOutcome.Forbid, Decide(IssueAdvocacy, ElectoralTeam, fundraiser).Outcome);

        var other = Decide(Electoral, ElectoralTeam, Engage(EngagementKind.CoOrganizeEvent, OtherCandidate));
        Assert.Equal(EligibilityOutcome.Review, other.Outcome);
        Assert.Equal(["Jordan Avery (organizing staff), Sister District"], other.Reviewers);
    }

    [Fact]
    public void Seed004_a_book_club_and_a_bowling_league_are_partners_of_either_kind_of_chapter()
    {
        foreach (var club in new[] { BookClub, Bowling })
        {
            Assert.Equal(EligibilityOutcome.Permit, Decide(Electoral, ElectoralTeam, Engage(EngagementKind.CoPromoteEvent, club)).Outcome);
            Assert.Equal(EligibilityOutcome.Permit, Decide(IssueAdvocacy, new PartnerDirectory(Riverside, [club]), Engage(EngagementKind.CoPromoteEvent, club)).Outcome);
        }
    }

    [Fact]
    public void Seed004_a_party_that_is_neither_ally_nor_Affiliate_needs_the_organizing_staffs_review()
    {
        var decision = Decide(Electoral, ElectoralTeam, Engage(EngagementKind.CoOrganizeEvent, CountyParty));
        Assert.Equal(EligibilityOutcome.Review, decision.Outcome);
        Assert.Contains(decision.DecidingRules, r => r.RuleId == "other-electoral-bodies");
    }

    [Fact]
    public void Seed004_reaching_out_to_a_team_in_another_state_asks_the_organizing_staffer_first()
    {
        var outreach = Engage(EngagementKind.Outreach, PittsburghTeam) with { ChapterReachesOut = true };
        var decision = Decide(Electoral, ElectoralTeam, outreach);
        Assert.Equal(EligibilityOutcome.Review, decision.Outcome);
        Assert.Contains(decision.DecidingRules, r => r.RuleId == "review-across-national-relationships");
        Assert.Equal(["Jordan Avery (organizing staff), Sister District"], decision.Reviewers);
    }

    [Fact]
    public void A_chapter_that_declares_no_kind_gets_the_strictest_pack_and_every_explanation_says_so()
    {
        var undeclared = new Workspace { Chapter = SisterDistrict with { Kind = null }, Partners = [SwingLeft] };
        var policy = BuiltInPolicy.For(undeclared);
        Assert.Equal(BuiltInPolicy.StrictestId, policy.Id);
        var decision = new PolicyCompiler().Compile(policy).Explain(PartnerDirectory.From(undeclared), Engage(EngagementKind.Partnership, SwingLeft));
        Assert.Equal(EligibilityOutcome.Forbid, decision.Outcome);
        Assert.Contains("declares no kind", decision.PolicyDescription, StringComparison.Ordinal);
        Assert.Contains("declares no kind", decision.ToString(), StringComparison.Ordinal);
        Assert.Equal(BuiltInPolicy.ElectoralId, BuiltInPolicy.For(undeclared with { Chapter = SisterDistrict }).Id);
    }

    [Fact]
    public void A_chapter_overrides_a_pack_rule_by_id()
    {
        var own = new EligibilityPolicy
        {
            Id = "sd-columbus",
            Version = "1",
            Rules = [BuiltInPolicy.Electoral.Rules.Single(r => r.Id == "other-electoral-bodies") with { Effect = RuleEffect.Forbid, Reviewers = [] }],
        };
        var policy = BuiltInPolicy.For(new Workspace { Chapter = SisterDistrict, Policy = own });
        Assert.Equal(BuiltInPolicy.Electoral.Rules.Count, policy.Rules.Count);
        Assert.NotNull(policy.WhenNothingPermits);
        Assert.Equal(EligibilityOutcome.Forbid, new PolicyCompiler().Compile(policy).Decide(ElectoralTeam, Engage(EngagementKind.CoOrganizeEvent, CountyParty)));
    }

    [Fact]
    public void Every_pack_rule_cites_its_seed_and_both_packs_validate()
    {
        foreach (var pack in new[] { BuiltInPolicy.IssueAdvocacy, BuiltInPolicy.Electoral, BuiltInPolicy.Strictest })
        {
            Assert.Empty(new PolicyCompiler().Validate(pack));
            Assert.All(pack.Rules, r => Assert.StartsWith("seeds/00", r.Source, StringComparison.Ordinal));
            Assert.StartsWith("seeds/000", pack.WhenNothingPermits!.Source, StringComparison.Ordinal);
            Assert.Equal(pack, PolicyDocument.Load(PolicyDocument.Save(pack)).GetValueOrThrow());
        }
    }
}
