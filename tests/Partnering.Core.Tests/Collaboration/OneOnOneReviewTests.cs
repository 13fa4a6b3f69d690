using Partnering.Core.Collaboration;
using static Partnering.Core.Tests.Collaboration.CollaborationFixtures;

namespace Partnering.Core.Tests.Collaboration;

public class OneOnOneReviewTests
{
    private static readonly OneOnOneMeeting Good = new()
    {
        Id = "o1",
        Partner = Union,
        Date = new DateOnly(2026, 2, 10),
        FirstMeeting = true,
        Place = MeetingPlace.TheirPlace,
        AtLeadershipLevel = true,
        ListenedFirst = true,
        InvitedBack = new InvitationBack { Meeting = "Our March chapter meeting", Date = new DateOnly(2026, 3, 3), Time = new TimeOnly(19, 0), Place = "Main Library, room B" },
        Purpose = "Get to know the local's priorities for the session.",
        Stories = "Why each of us got into this work.",
        Connection = "Both care about school nurses.",
        Strategy = "The state budget hearing in March.",
        Ask = "Would you share our hearing alert with your members?",
        Research = new PartnerResearch
        {
            DoneOn = new DateOnly(2026, 2, 3),
            Goals = [new ResearchedGoal { Goal = "Fund school nurses", Relation = GoalRelation.Overlap }, new ResearchedGoal { Goal = "Endorse candidates", Relation = GoalRelation.Conflict }],
            Capacities = ["phone tree", "meeting hall"],
            Constraints = ["board approval for sign-ons"],
            Base = "1,200 teachers in the district",
        },
        OurTalkShare = 0.45,
        NextSteps = [new NextStep { Description = "Send the hearing alert", Owner = new PartyId("m-dana"), Due = new DateOnly(2026, 2, 14) }],
    };

    private static readonly OneOnOneReview Review = new();

    [Fact]
    public void A_meeting_that_followed_the_guidance_has_no_findings()
        => Assert.Empty(Review.Review(Good));

    [Fact]
    public void Missing_research_is_found_before_anything_else()
    {
        var finding = Review.Review(Good with { Research = null })[0];
        Assert.Equal("one-on-one.research-missing", finding.RuleId);
        Assert.Contains("capacities", finding.Message);
    }

    [Fact]
    public void Research_done_the_same_day_or_without_a_base_is_reported_with_what_is_missing()
    {
        var findings = Review.Review(Good with { Research = Good.Research! with { DoneOn = Good.Date, Base = null, Constraints = [] } });
        Assert.Equal(2, findings.Count(f => f.RuleId == "one-on-one.research-missing"));
        Assert.Contains(findings, f => f.Message.Contains("their constraints, their base"));
    }

    [Theory]
    [InlineData(0.39, true)]
    [InlineData(0.40, false)]
    [InlineData(0.60, false)]
    [InlineData(0.75, true)]
    public void Talk_balance_outside_the_band_around_one_half_is_reported(double share, bool reported)
        => Assert.Equal(reported, Review.Review(Good with { OurTalkShare = share }).Any(f => f.RuleId == "one-on-one.talk-balance"));

    [Fact]
    public void The_band_is_configurable_and_the_advice_says_which_way()
    {
        var wide = new OneOnOneReview(new OneOnOneOptions { TalkBalanceBand = 0.3 });
        Assert.Empty(wide.Review(Good with { OurTalkShare = 0.75 }));
        Assert.Contains("listen first", Review.Review(Good with { OurTalkShare = 0.8 }).Single().Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new OneOnOneOptions { TalkBalanceBand = 0.7 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Good with { OurTalkShare = 1.5 });
    }

    [Fact]
    public void A_formal_commitment_is_not_sought_at_a_first_meeting()
    {
        Assert.Equal("one-on-one.commitment-at-first-meeting", Review.Review(Good with { FormalCommitmentSought = true }).Single().RuleId);
        Assert.Empty(Review.Review(Good with { FormalCommitmentSought = true, FirstMeeting = false }));
    }

    [Fact]
    public void A_meeting_without_a_next_step_or_one_of_the_five_parts_is_reported()
    {
        var findings = Review.Review(Good with { NextSteps = [], Stories = " ", Ask = null });
        Assert.Equal(["one-on-one.no-next-step", "one-on-one.part-missing"], findings.Select(f => f.RuleId));
        Assert.Contains("stories, ask", findings[1].Message);
    }

    [Fact]
    public void Seed001_a_first_meeting_goes_to_them_at_the_leadership_level_listens_first_and_invites_them_back_with_a_time_and_place()
    {
        var careless = Good with { Place = MeetingPlace.OurPlace, AtLeadershipLevel = false, ListenedFirst = false, InvitedBack = Good.InvitedBack! with { Time = null, Place = null } };

        var findings = Review.Review(careless);

        Assert.Equal(["one-on-one.go-to-them", "one-on-one.leadership-level", "one-on-one.listen-first", "one-on-one.invite-back"], findings.Select(f => f.RuleId));
        Assert.Contains("offer to go to them", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("no time, place", findings[3].Message, StringComparison.Ordinal);
        Assert.Empty(Review.Review(Good with { Place = MeetingPlace.TheirEvent }));

        // Later meetings are not held to the first meeting's rules.
        Assert.Empty(Review.Review(careless with { FirstMeeting = false }));
    }

    [Fact]
    public void Every_rule_is_listed_in_the_order_findings_come_and_names_the_seed_it_follows()
    {
        var everythingWrong = Good with
        {
            Research = null, OurTalkShare = 0.9, FormalCommitmentSought = true, NextSteps = [], Place = MeetingPlace.OurPlace,
            AtLeadershipLevel = false, ListenedFirst = false, InvitedBack = null, Ask = null,
        };

        var findings = Review.Review(everythingWrong);

        Assert.Equal(OneOnOneReview.Rules, findings.Select(f => f.RuleId));
        Assert.All(findings, f => Assert.StartsWith("seed", f.Guidance, StringComparison.Ordinal));
        Assert.StartsWith("seed 001, the first meeting with an organization: go to them", OneOnOneReview.GuidanceFor("one-on-one.go-to-them"), StringComparison.Ordinal);
        Assert.StartsWith("seed 003, the one-on-one worksheet", OneOnOneReview.GuidanceFor("one-on-one.part-missing"), StringComparison.Ordinal);
        Assert.Equal("the library's own check (not from the guidance)", OneOnOneReview.GuidanceFor("something-else"));
    }

    [Fact]
    public void Seed001_listening_first_is_the_order_even_when_the_share_is_balanced()
    {
        var finding = Assert.Single(Review.Review(Good with { ListenedFirst = false, OurTalkShare = 0.5 }));

        Assert.Equal("one-on-one.listen-first", finding.RuleId);
    }

    [Fact]
    public void Unrecorded_first_meeting_facts_are_reported_as_unknown()
    {
        var findings = Review.Review(Good with { Place = null, AtLeadershipLevel = null, ListenedFirst = null, InvitedBack = null });

        Assert.All(findings.Take(3), f => Assert.Contains("not recorded", f.Message, StringComparison.Ordinal));
        Assert.Equal("one-on-one.invite-back", findings[3].RuleId);
    }
}
