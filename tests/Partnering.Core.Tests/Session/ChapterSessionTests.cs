using Microsoft.Extensions.DependencyInjection;
using Partnering.Core.Collaboration;
using Partnering.Core.Documents;
using Partnering.Core.Eligibility;
using Partnering.Core.Tiers;
using Partnering.Core.Maps;
using Partnering.Core.Tests.Documents;

namespace Partnering.Core.Tests.Session;

/// <summary>From the sample workspace document to each answer, through a session opened by <c>AddPartnering</c>'s factory.</summary>
public sealed class ChapterSessionTests
{
    private static readonly DateOnly Described = new(2026, 3, 15);

    private static readonly PartyId CountyDems = new("org-county-dems");

    private static Workspace Sample()
        => WorkspaceDocument.Load(File.ReadAllText(SampleWorkspaceTests.RepositoryFile("samples", "ChapterPlanner", "workspace.json"))).GetValueOrThrow();

    private static ChapterSession Open(DateOnly? asOf = null)
    {
        var services = new ServiceCollection();
        services.AddPartnering();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IChapterSessionFactory>().Open(Sample(), asOf ?? Described);
    }

    [Fact]
    public void A_broken_rule_of_the_workspace_policy_is_reported_at_its_path_in_the_workspace()
    {
        // The workspace's rules are merged into the pack for its kind; a problem in one of them is
        // where the chapter wrote it ($.policy.rules[1]), not at its place among the merged rules.
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(SampleWorkspaceTests.RepositoryFile("samples", "ChapterPlanner", "workspace.json")))!;
        document["policy"] = System.Text.Json.Nodes.JsonNode.Parse("""
            { "id": "riverside", "version": "2026-03", "rules": [
              { "id": "ours-fine", "effect": "review", "reviewers": ["regional organizer"], "when": { "fact": "partner.outOfState", "is": true }, "reason": "Ask first." },
              { "id": "ours-broken", "effect": "review", "when": { "fact": "partner.outOfStat", "is": true }, "reason": "Ask first." } ] }
            """);
        var workspace = WorkspaceDocument.Load(document.ToJsonString()).GetValueOrThrow();
        var services = new ServiceCollection();
        services.AddPartnering();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidDocumentException>(() => provider.GetRequiredService<IChapterSessionFactory>().Open(workspace, Described));

        Assert.Contains(error.Problems, p => p.Path == "$.policy.rules[1].when.fact" && p.Message.Contains("partner.outOfStat", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path == "$.policy.rules[1].reviewers");
        Assert.All(error.Problems, p => Assert.StartsWith("$.policy.", p.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_merged_rule_named_in_a_problem_is_named_by_its_path_in_the_workspace()
    {
        // Two rules with one id: the problem names the first of them, which is the workspace's too.
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(SampleWorkspaceTests.RepositoryFile("samples", "ChapterPlanner", "workspace.json")))!;
        document["policy"] = System.Text.Json.Nodes.JsonNode.Parse("""
            { "id": "riverside", "version": "2026-03", "rules": [
              { "id": "ours", "effect": "forbid", "when": { "fact": "partner.outOfState", "is": true }, "reason": "Not out of state." },
              { "id": "ours", "effect": "forbid", "when": { "fact": "partner.outOfState", "is": true }, "reason": "Again." } ] }
            """);
        var workspace = WorkspaceDocument.Load(document.ToJsonString()).GetValueOrThrow();

        var error = Assert.Throws<InvalidDocumentException>(() => new ChapterSessionFactory().Open(workspace, Described));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.policy.rules[1].id", problem.Path);
        Assert.Contains("$.policy.rules[0]", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("$.rules[", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPartnering_registers_a_replaceable_session_factory_once()
    {
        var services = new ServiceCollection();
        services.AddPartnering();
        services.AddPartnering();
        Assert.Single(services, d => d.ServiceType == typeof(IChapterSessionFactory));

        var mine = new ChapterSessionFactory(top: 1);
        var replaced = new ServiceCollection();
        replaced.AddSingleton<IChapterSessionFactory>(mine);
        replaced.AddPartnering();
        using var provider = replaced.BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<IChapterSessionFactory>());
    }

    [Fact]
    public void Today_comes_from_the_registered_time_provider_and_a_factory_without_one_asks_for_a_date()
    {
        var services = new ServiceCollection();
        services.AddPartnering(o => o.TimeProvider = new FixedClock(new DateTimeOffset(2027, 5, 4, 10, 0, 0, TimeSpan.Zero)));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(new DateOnly(2027, 5, 4), provider.GetRequiredService<IChapterSessionFactory>().Open(Sample()).AsOf);
        Assert.Throws<InvalidOperationException>(() => new ChapterSessionFactory().Open(Sample()));
    }

    [Fact]
    public void Eligibility_the_workspace_policy_screens_with_reasons_and_reviews_outreach_across_states_and_national_relationships()
    {
        var session = Open();
        Assert.Equal(BuiltInPolicy.For(session.Workspace), session.Policy.Policy);
        var party = session.ScreeningOf(CountyDems)!;
        Assert.Equal(EligibilityOutcome.Forbid, party.Outcome);
        Assert.Contains(party.Reasons, r => r.RuleId == "partisan-and-electoral-bodies");
        Assert.Equal(party.Outcome, party.Decision.Outcome);

        // seed 003: reaching out to a group in another state, or one under a national relationship, is reviewed first.
        var outOfState = session.ReviewOutreach(new PartyId("org-three-rivers"));
        Assert.Equal(EligibilityOutcome.Review, outOfState.Outcome);
        Assert.Contains(outOfState.DecidingRules, r => r.RuleId == "review-across-national-relationships");
        Assert.Equal(EligibilityOutcome.Review, session.ReviewOutreach(new PartyId("org-safe-streets")).Outcome);
    }

    [Fact]
    public void Tiers_a_forbidden_partner_with_a_partnership_record_is_held_at_prospect_and_says_why()
    {
        var session = Open();
        var standing = session.StandingOf(CountyDems)!;
        Assert.Equal("Prospect", standing.Tier);
        Assert.Equal(EligibilityOutcome.Forbid, standing.Eligibility);
        Assert.Contains("Held at Prospect", standing.Explain(), StringComparison.Ordinal);
        Assert.Contains(standing.Next!.Unmet, c => c.Description.Contains("eligibility forbid", StringComparison.Ordinal));

        // The history carries the outcomes, with the deciding rule as the reason.
        var history = session.Histories.Single(h => h.Partnership.Partner == CountyDems);
        Assert.All(history.Eligibility, e => Assert.Equal(EligibilityOutcome.Forbid, e.Outcome));
        Assert.Contains("partisan-and-electoral-bodies", history.Eligibility[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Tiers_the_one_on_ones_of_the_collaboration_section_are_evidence_counted_once()
    {
        var methodist = new PartyId("org-first-methodist");
        var sample = Sample();
        var workspace = sample with { Partnerships = [.. sample.Partnerships, new Partnership { Partner = methodist }] };
        var oneOnOne = workspace.Collaboration!.OneOnOnes.Single(o => o.Partner == methodist);
        var after = oneOnOne.Date.AddDays(1);

        var history = new ChapterSessionFactory().Open(workspace, after).Histories.Single(h => h.Partnership.Partner == methodist);
        Assert.Single(history.Interactions, x => x.Date == oneOnOne.Date && x.Kind == InteractionKind.OneOnOne);

        // Recorded as an interaction too: still one.
        var recorded = workspace with { Interactions = [.. workspace.Interactions, new Interaction { Kind = InteractionKind.OneOnOne, Date = oneOnOne.Date, Partner = methodist }] };
        var again = new ChapterSessionFactory().Open(recorded, after).Histories.Single(h => h.Partnership.Partner == methodist);
        Assert.Single(again.Interactions, x => x.Date == oneOnOne.Date && x.Kind is InteractionKind.OneOnOne or InteractionKind.Meeting);
    }

    [Fact]
    public void Maps_recommendations_never_name_a_forbidden_partner_and_routes_avoid_them()
    {
        var session = Open();
        var forbidden = session.Screening.Where(s => s.Outcome == EligibilityOutcome.Forbid).Select(s => s.Partner).ToHashSet();
        Assert.NotEmpty(forbidden);
        Assert.NotEmpty(session.Plan.Maps);
        foreach (var map in session.Plan.Maps)
        {
            Assert.NotEmpty(map.Recommendations);
            Assert.DoesNotContain(map.Recommendations, r => forbidden.Contains(r.Actor));
            Assert.All(map.Recommendations.Where(r => r.Path is not null), r => Assert.DoesNotContain(r.Path!.Parties.Skip(1).SkipLast(1), forbidden.Contains));
        }

        Assert.All(session.Outreach.Items, i => Assert.DoesNotContain(i.Partner, forbidden));
    }

    [Theory]
    [InlineData("PA", true)]
    [InlineData("OH", false)]
    public void Maps_a_recommended_group_in_another_state_is_flagged_for_review_before_the_chapter_reaches_out(string state, bool reviewed)
    {
        // seed 004: before reaching out to an organization outside the chapter's state, ask the
        // organizing staff whether the national body already holds a relationship with it. The plan's
        // first step with a group it has no partnership with is outreach, so the plan asks first too.
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(SampleWorkspaceTests.RepositoryFile("samples", "ChapterPlanner", "workspace.json")))!;
        var group = document["partners"]!.AsArray().Single(p => (string?)p!["id"] == "org-immigrant-rights")!;
        group["state"] = state;
        var workspace = WorkspaceDocument.Load(document.ToJsonString()).GetValueOrThrow();
        var immigrantRights = new PartyId("org-immigrant-rights");
        Assert.DoesNotContain(workspace.Partnerships, p => p.Partner == immigrantRights);

        var session = new ChapterSessionFactory().Open(workspace, Described);

        Assert.Equal(EligibilityOutcome.PermitWithConditions, session.ScreeningOf(immigrantRights)!.Outcome);
        var recommendation = session.Plan.Maps.SelectMany(m => m.Recommendations).Single(r => r.Actor == immigrantRights);
        Assert.Equal(reviewed, recommendation.NeedsReview);
        Assert.Equal(reviewed ? EligibilityOutcome.Review : EligibilityOutcome.PermitWithConditions, recommendation.Score.Eligibility);
        var item = session.Outreach.Items.Single(i => i.Partner == immigrantRights);
        Assert.Equal(reviewed, item.Reason!.Contains("for the eligibility review first", StringComparison.Ordinal));
    }

    [Fact]
    public void Maps_a_partner_kept_as_an_ally_by_choice_stays_on_the_plan_but_gets_no_deeper_ask_seed_004()
    {
        // seed 004: a Learning partner may be one the chapter decided is not the best fit for more, but
        // still wants as an ally. The sample holds Moms for Safe Streets so since 2026-03-10; placed on the
        // power map, it is recommended (it is part of the picture of power), but nothing asks to deepen it.
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(SampleWorkspaceTests.RepositoryFile("samples", "ChapterPlanner", "workspace.json")))!;
        document["powerMaps"]![0]!["placements"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""
            { "actor": "org-safe-streets", "support": 0.9, "influence": 0.9, "confidence": 0.7, "source": "coalition table", "assessedBy": "m-erin", "assessedOn": "2026-03-01" }
            """));
        var workspace = WorkspaceDocument.Load(document.ToJsonString()).GetValueOrThrow();
        var safeStreets = new PartyId("org-safe-streets");

        var session = new ChapterSessionFactory().Open(workspace, Described);

        var ally = session.StandingOf(safeStreets)!.AllyByChoice;
        Assert.NotNull(ally);
        Assert.Equal(new DateOnly(2026, 3, 10), ally.Date);
        var recommendation = session.Plan.Maps.SelectMany(m => m.Recommendations).Single(r => r.Actor == safeStreets);
        Assert.StartsWith($"The chapter keeps Moms for Safe Streets Riverside as an ally by choice since 2026-03-10 ({ally.Reason}): keep each other informed, no deeper ask. ", recommendation.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(session.Outreach.Items, i => i.Partner == safeStreets);
        Assert.DoesNotContain(safeStreets.Value, session.Outreach.ToMarkdown(), StringComparison.Ordinal);

        // The day before the decision it was a partnership to deepen, with the first ask of its tier.
        var before = new ChapterSessionFactory().Open(workspace, ally.Date.AddDays(-1));
        Assert.Null(before.StandingOf(safeStreets)!.AllyByChoice);
        var item = before.Outreach.Items.Single(i => i.Partner == safeStreets);
        Assert.Equal(before.StandingOf(safeStreets)!.Tier, item.Tier);
        Assert.Equal(OutreachOptions.Default.FirstAsks.Single(a => a.Tier == item.Tier).Ask, item.Ask);
        Assert.DoesNotContain("ally by choice", before.Plan.Maps.SelectMany(m => m.Recommendations).Single(r => r.Actor == safeStreets).Reason, StringComparison.Ordinal);

        // Nothing else of the plan moves: the same recommendations, ranks and routes.
        Assert.Equal(
            before.Plan.Maps.SelectMany(m => m.Recommendations).Select(r => (r.Actor, r.Rank, r.Path?.ToString())),
            session.Plan.Maps.SelectMany(m => m.Recommendations).Select(r => (r.Actor, r.Rank, r.Path?.ToString())));
    }

    [Theory]
    [InlineData("org-county-dems", "2026-03-20", true, "Forbid", "partisan-and-electoral-bodies")] // seed 000: a party club is a hard line
    [InlineData("ind-whitfield", "2026-03-20", false, "Forbid", "")] // seed 000: an official running for re-election (declared 2026-01-15)
    [InlineData("org-three-rivers", "2026-03-20", true, "Review", "review-across-national-relationships")] // seed 004: another state, ask the organizing staff first
    [InlineData("org-three-rivers", "2026-03-20", false, "", "")] // a later meeting is not reaching out
    [InlineData("org-first-methodist", "2026-03-20", true, "", "")]
    public void Collaboration_a_one_on_one_is_checked_against_eligibility_on_its_day(string partner, string date, bool first, string outcome, string rule)
    {
        var session = Open();
        var meeting = session.Workspace.Collaboration!.OneOnOnes[0] with { Partner = new PartyId(partner), Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), FirstMeeting = first };
        var expected = session.Explain(new Engagement
        {
            Kind = first ? EngagementKind.Outreach : EngagementKind.Partnership,
            Partners = [meeting.Partner],
            Date = meeting.Date,
            ChapterReachesOut = first,
        });

        var findings = session.ReviewOneOnOne(meeting);

        var eligibility = findings.Where(f => f.RuleId == ChapterSession.OneOnOneEligibilityRule).ToArray();
        if (outcome.Length == 0)
        {
            Assert.Empty(eligibility);
            Assert.True(expected.Outcome <= EligibilityOutcome.PermitWithConditions);
            return;
        }

        Assert.Equal(outcome, expected.Outcome.ToString());
        var finding = Assert.Single(eligibility);
        Assert.Same(finding, findings[0]);
        Assert.Contains(outcome == "Forbid" ? "Eligibility forbids" : "Eligibility says review", finding.Message, StringComparison.Ordinal);
        Assert.All(expected.DecidingRules, r => Assert.Contains(r.RuleId, finding.Message, StringComparison.Ordinal));
        Assert.Contains(rule, finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("seeds 000 and 004", finding.Guidance, StringComparison.Ordinal);

        // The meeting's own checks follow, as the review alone gives them.
        Assert.Equal(new OneOnOneReview().Review(meeting), findings.Skip(1));
    }

    [Fact]
    public void Collaboration_a_tactic_at_a_table_is_judged_with_everyone_seated_there()
    {
        // seed 000: no coordination with a party club, whatever the form; an action agreed at a table is
        // taken with every group seated there, not only the one that proposed it.
        var session = Open();
        var table = session.Workspace.Collaboration!.Tables[0];
        var day = table.Meetings[0].Date;
        var petition = new TacticProposal { Tactic = new Tactic("petition"), ProposedBy = new PartyId("org-rea"), Target = TargetKind.Lawmaker };

        // The sample's table: the union, the climate network and a congregation. The congregation is a
        // 501(c)(3) (seed 001: wary of overtly political framing), so the action takes its condition.
        var alone = session.ReviewTactic(petition, day);
        Assert.Equal(EligibilityOutcome.Permit, alone.Outcome);
        var seated = session.ReviewTactic(petition, day, table);
        Assert.Equal(EligibilityOutcome.PermitWithConditions, seated.Outcome);
        Assert.True(seated.Join);
        Assert.Contains(seated.Reasons, r => r.RuleId == "charity-issue-framing" && r.Message.StartsWith("First Methodist Church of Riverside sits at ", StringComparison.Ordinal));
        Assert.Equal(seated.Outcome, seated.Decision!.Outcome);
        Assert.NotEmpty(seated.Decision.ConditionsToHonour);

        // A party club takes a seat: the action is one we do not join, and the first reason names the seat.
        var withClub = table with { Seats = [.. table.Seats, new TableSeat { Organization = CountyDems }] };
        var verdict = session.ReviewTactic(petition, day, withClub);
        Assert.Equal(EligibilityOutcome.Forbid, verdict.Outcome);
        Assert.False(verdict.Join);
        Assert.Equal("partisan-and-electoral-bodies", verdict.Reasons[0].RuleId);
        Assert.StartsWith($"{session.Directory.NameOf(CountyDems)} sits at '{table.Name}': ", verdict.Reasons[0].Message, StringComparison.Ordinal);
        Assert.Equal(EligibilityOutcome.Forbid, verdict.Decision!.Outcome);

        // Not yet seated on the day of the action: not counted.
        var later = table with { Seats = [.. table.Seats, new TableSeat { Organization = CountyDems, Since = day.AddDays(1) }] };
        Assert.Equal(seated.Outcome, session.ReviewTactic(petition, day, later).Outcome);
        Assert.Equal(seated.Reasons, session.ReviewTactic(petition, day, later).Reasons);

        // The proposer itself is judged by the tactic review as before.
        Assert.Equal(EligibilityOutcome.Forbid, session.ReviewTactic(petition with { ProposedBy = CountyDems }, day, withClub).Outcome);
    }

    [Fact]
    public void Collaboration_seed_003_scenario_3_a_clash_with_a_partner_s_event_is_ours_to_move_and_we_offer_rather_than_ask()
    {
        // seed 003, scenario 3: our canvasses and another group's press conference on the same day. The
        // principles: negotiate, don't always be right, never burn a bridge, know your role.
        var us = new PartyId("riverside-indivisible");
        var partner = new PartyId("org-rea");
        var day = new DateOnly(2027, 2, 6);
        CalendarEvent Event(string id, PartyId host, EventKind kind, int hour) => new()
        {
            Id = id, Title = id, Date = day, Start = new TimeOnly(hour, 0), End = new TimeOnly(hour + 3, 0), Kind = kind, Host = host,
            Audience = ["east-side"], Press = ["channel-5"],
        };
        var sample = Sample();
        Workspace With(params CalendarEvent[] events) => sample with { Collaboration = sample.Collaboration! with { Calendar = [.. events] } };
        CalendarConflict Only(Workspace workspace) => Assert.Single(new ChapterSessionFactory().Open(workspace, Described).ConflictsAhead);

        // Ours starts first and theirs later: the detector alone would move theirs; the session moves ours.
        var canvass = Event("our-canvass", us, EventKind.Canvass, 9);
        var presser = Event("teachers-presser", partner, EventKind.PressConference, 10);
        Assert.Equal("teachers-presser", Assert.Single(new CalendarConflictDetector().FindConflicts([canvass, presser])).MoveEvent);
        var clash = Only(With(canvass, presser));
        Assert.Equal((us, "our-canvass"), (clash.Us!.Value, clash.MoveEvent));
        Assert.Contains("talk with org-rea and offer to move ours, 'our-canvass'", clash.Reason, StringComparison.Ordinal);
        Assert.Contains("seed 003", clash.Reason, StringComparison.Ordinal);

        // Ours starts later: still ours.
        Assert.Equal("our-canvass", Only(With(canvass with { Start = new TimeOnly(11, 0), End = new TimeOnly(13, 0) }, presser)).MoveEvent);

        // Two of ours: the later one, as before.
        Assert.Equal("teachers-presser", Only(With(canvass, presser with { Host = us })).MoveEvent);
        Assert.Contains("both are ours", Only(With(canvass, presser with { Host = us })).Reason, StringComparison.Ordinal);

        // Neither is ours: we let the hosts know; it is theirs to settle.
        var neither = Only(With(canvass with { Host = new PartyId("org-climate") }, presser));
        Assert.Null(neither.MoveEvent);
        Assert.Contains("neither is ours", neither.Reason, StringComparison.Ordinal);
        Assert.Contains("theirs to settle", neither.Reason, StringComparison.Ordinal);

        // Two press conferences, one ours: we propose to combine, and are ready to follow their lead.
        var ourPresser = Event("our-presser", us, EventKind.PressConference, 9);
        Assert.Contains("propose to org-rea that we combine them", Only(With(ourPresser, presser)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Collaboration_a_one_on_one_with_a_party_the_workspace_does_not_know_asks_for_research_not_for_every_rule()
    {
        var session = Open();
        var meeting = session.Workspace.Collaboration!.OneOnOnes[0] with { Partner = new PartyId("org-nobody"), FirstMeeting = true };

        var finding = Assert.Single(session.ReviewOneOnOne(meeting), f => f.RuleId == ChapterSession.OneOnOneEligibilityRule);

        Assert.StartsWith("org-nobody is not among the workspace's partners", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("legally cannot", finding.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Tiers_a_step_is_never_ready_while_a_forbid_holds_the_partnership_even_on_a_ladder_that_does_not_ask_for_eligibility()
    {
        // A custom ladder whose first step asks for one meeting only: the party club had three interactions.
        var ladder = TierLadder.Default with { Steps = [TierLadder.Default.Steps[0] with { When = new EvidenceCriterion { Evidence = TierEvidence.Meetings, AtLeast = 1, WithinDays = 3650 } }, .. TierLadder.Default.Steps.Skip(1)] };
        var session = new ChapterSessionFactory().Open(Sample() with { Ladder = ladder }, Described);

        var held = session.StandingOf(CountyDems)!;

        Assert.Equal(EligibilityOutcome.Forbid, held.Eligibility);
        Assert.Equal("Prospect", held.Tier);
        Assert.False(held.Next!.Ready);
        Assert.Empty(held.Next.NextActions);
    }

    [Fact]
    public void Collaboration_tactics_one_on_ones_meetings_conflicts_and_public_sponsor_lists()
    {
        var session = Open();
        var data = session.Workspace.Collaboration!;
        var table = data.Tables[0];

        // The tactic check under the workspace's policy.
        foreach (var meeting in table.Meetings)
        {
            foreach (var proposal in meeting.Agenda.Select(i => i.Proposal).OfType<TacticProposal>())
            {
                var verdict = session.ReviewTactic(proposal, meeting.Date, table);
                Assert.Equal(session.Decide(EligibilityTacticReview.EngagementFor(proposal, meeting.Date)), verdict.Outcome);
                Assert.NotEmpty(verdict.Reasons);
            }
        }

        // Our standing only at a table where we hold a seat.
        Assert.NotNull(session.OurStandingAt(table));
        Assert.Null(session.OurStandingAt(table with { Seats = [.. table.Seats.Where(s => s.Organization != session.Workspace.Chapter.Id)] }));

        // A one-on-one reviewed against its checks (seed 001: invited back with a time and a place).
        var findings = session.ReviewOneOnOne(data.OneOnOnes[0]);
        Assert.Contains(findings, f => f.RuleId == "one-on-one.invite-back");

        var planned = data.PlannedMeetings[0];
        Assert.Equal(new InclusiveMeetingCheck(data.MeetingProfile).Check(planned, planned.Date.AddDays(-7), data.Tables).Items, session.CheckMeeting(planned, planned.Date.AddDays(-7)).Items);

        Assert.NotEmpty(session.ConflictsAhead);
        Assert.All(session.ConflictsAhead, c => Assert.True(c.First.Date >= session.AsOf));

        // seed 003: a hidden sponsor stays a sponsor and is never listed publicly.
        var rally = data.Calendar.Single(e => e.Id == "county-line-rally");
        Assert.Equal(2, rally.Sponsors.Count);
        Assert.DoesNotContain(session.Workspace.Chapter.Name, session.PublicSponsors(rally));
        Assert.Single(session.PublicSponsors(rally));
    }

    [Fact]
    public void Directory_one_directory_answers_every_who_is_this_id()
    {
        var session = Open();
        Assert.Equal("Riverside County Democratic Club", session.Directory.NameOf(CountyDems));
        Assert.NotNull(session.Directory.PartnershipWith(CountyDems));
        Assert.Equal(3, session.Directory.InteractionsWith(CountyDems).Count);
        Assert.Same(session.Directory, session.Directory);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
