using System.Text.Json.Nodes;
using Partnering.Core.Documents;
using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>Seed 003: "write into your plan how you will do outreach" — owner, first ask, date.</summary>
public sealed class OutreachPlanTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    /// <summary>The guidance, with Ana (who holds the union tie) a leader.</summary>
    private static Workspace Chapter() => Guidance() with
    {
        Chapter = Guidance().Chapter with { Members = [Guidance().Chapter.Members[0] with { IsLeader = true }, .. Guidance().Chapter.Members.Skip(1)] },
    };

    private static PartnershipPlan Plan(Workspace workspace)
        => new PartnershipPlanner().Plan(new PlanningRequest { Workspace = workspace, PowerMaps = [GuidanceMap()], Eligibility = GuidanceEligibility, AsOf = AsOf, Top = 5 });

    [Fact]
    public void Seed003_every_recommendation_gets_an_owner_a_first_ask_and_a_date()
    {
        var workspace = Chapter();
        var plan = Plan(workspace);

        var outreach = new OutreachPlanner().Plan(plan, workspace, Start);

        Assert.Equal(plan.Maps[0].Recommendations.Select(r => r.Actor), outreach.Items.Select(i => i.Partner));
        Assert.All(outreach.Items, i => Assert.Contains(workspace.Chapter.Members, m => m.Id == i.Owner));
        Assert.All(outreach.Items, i => Assert.Equal("Prospect", i.Tier));
        Assert.All(outreach.Items, i => Assert.StartsWith("Ask for a first meeting", i.Ask));
        Assert.All(outreach.Items, i => Assert.True(i.Due > Start));
        Assert.Equal("senate-education", outreach.Items[0].MapId);
    }

    [Fact]
    public void Seed003_a_person_is_asked_for_a_one_on_one_not_for_a_meeting_with_their_leadership()
    {
        // A faith leader on the map is one person: the first ask is a one-on-one, not "their leadership, at their place".
        var pastor = new Individual { Id = Id("pastor"), Name = "Rev. Ada Lane", Roles = [IndividualRole.FaithLeader] };
        var workspace = Chapter() with { Partners = [.. Chapter().Partners, pastor] };
        var map = GuidanceMap() with { Placements = [.. GuidanceMap().Placements, Place("pastor", 0.9, 0.6)] };
        var plan = new PartnershipPlanner().Plan(new PlanningRequest { Workspace = workspace, PowerMaps = [map], Eligibility = GuidanceEligibility, AsOf = AsOf, Top = 10 });
        Assert.Contains(plan.Maps[0].Recommendations, r => r.Actor == pastor.Id);

        var outreach = new OutreachPlanner().Plan(plan, workspace, Start);

        Assert.Equal(OutreachOptions.Default.PersonFirstAsk, outreach.Items.Single(i => i.Partner == pastor.Id).Ask);
        Assert.All(outreach.Items.Where(i => i.Partner != pastor.Id), i => Assert.StartsWith("Ask for a first meeting with their leadership", i.Ask, StringComparison.Ordinal));

        // At a later tier the tier's ask applies to a person too.
        var later = new OutreachPlanner().Plan(plan, workspace, Start, party => party == pastor.Id ? "Learning" : null);
        Assert.Equal(OutreachOptions.Default.FirstAsks.Single(a => a.Tier == "Learning").Ask, later.Items.Single(i => i.Partner == pastor.Id).Ask);
    }

    [Fact]
    public void Seed002_leaders_do_not_own_everything_the_member_holding_the_tie_introduces()
    {
        var workspace = Chapter();
        var outreach = new OutreachPlanner().Plan(Plan(workspace), workspace, Start);

        var union = outreach.Items.Single(i => i.Partner == Id("union-12"));
        Assert.NotEqual(Id("ana"), union.Owner);
        Assert.Equal(Id("ana"), union.Introducer);
        Assert.Contains("leader", union.Reason);
        Assert.DoesNotContain(outreach.Items, i => i.Owner == Id("ana"));
        Assert.All(outreach.Items.GroupBy(i => i.Owner), g => Assert.True(g.Count() <= OutreachOptions.Default.MaxPerOwner));
        var sea = outreach.Items.Single(i => i.Partner == Id("sea"));
        Assert.Equal(Id("ben"), sea.Owner); // Ben holds the tie and is not a leader
    }

    [Fact]
    public void An_existing_owner_keeps_the_partnership_and_the_ask_follows_the_tier()
    {
        var workspace = Chapter() with { Partnerships = [new Partnership { Partner = Id("parents"), Owners = [new OwnerAssignment { Member = Id("cara"), Since = new DateOnly(2026, 1, 1) }] }] };
        var outreach = new OutreachPlanner().Plan(Plan(workspace), workspace, Start, party => party == Id("parents") ? "Learning" : null);

        var parents = outreach.Items.Single(i => i.Partner == Id("parents"));
        Assert.Equal(Id("cara"), parents.Owner);
        Assert.Equal("Learning", parents.Tier);
        Assert.Equal(OutreachOptions.Default.FirstAsks.Single(a => a.Tier == "Learning").Ask, parents.Ask);
    }

    [Fact]
    public void Seed004_an_ally_by_choice_on_the_start_date_gets_no_deeper_ask_and_takes_no_owners_time()
    {
        var choice = new AllyChoice { Date = new DateOnly(2026, 2, 1), Reason = "not the best fit for joint events, but we stay allies" };
        var owned = new Partnership { Partner = Id("parents"), Owners = [new OwnerAssignment { Member = Id("cara"), Since = new DateOnly(2026, 1, 1) }] };
        var plain = Chapter() with { Partnerships = [owned] };
        var ally = Chapter() with { Partnerships = [owned with { AllyChoices = [choice] }] };

        var recommendation = Plan(ally).Maps[0].Recommendations.Single(r => r.Actor == Id("parents"));
        Assert.StartsWith($"The chapter keeps {recommendation.Score.Name} as an ally by choice since 2026-02-01 ({choice.Reason}): keep each other informed, no deeper ask. ", recommendation.Reason, StringComparison.Ordinal);
        Assert.EndsWith(Plan(plain).Maps[0].Recommendations.Single(r => r.Actor == Id("parents")).Reason, recommendation.Reason, StringComparison.Ordinal);

        var outreach = new OutreachPlanner().Plan(Plan(ally), ally, Start, party => party == Id("parents") ? "Learning" : null);
        Assert.DoesNotContain(outreach.Items, i => i.Partner == Id("parents"));
        Assert.Equal(Plan(plain).Maps[0].Recommendations.Count - 1, outreach.Items.Count);

        // Before the decision, or once it is ended, the partnership is one to deepen again.
        Assert.Contains(new OutreachPlanner().Plan(Plan(ally), ally, choice.Date.AddDays(-1)).Items, i => i.Partner == Id("parents"));
        var ended = Chapter() with { Partnerships = [owned with { AllyChoices = [choice, new AllyChoice { Date = new DateOnly(2026, 2, 20), Ally = false, Reason = "priorities now align" }] }] };
        Assert.Contains(new OutreachPlanner().Plan(Plan(ended), ended, Start).Items, i => i.Partner == Id("parents"));
        Assert.DoesNotContain("ally by choice", Plan(ended).Maps[0].Recommendations.Single(r => r.Actor == Id("parents")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_are_counted_from_the_start_date_with_review_and_way_in_time()
    {
        var workspace = Chapter();
        var options = new OutreachOptions { DaysBetweenAsks = 10, ReviewDays = 3, WayInDays = 5 };
        var outreach = new OutreachPlanner(options).Plan(Plan(workspace), workspace, Start);

        var researched = outreach.Items.Single(i => i.Partner == Id("immigrant-rights"));
        var sea = outreach.Items.Single(i => i.Partner == Id("sea"));
        var n = outreach.Items.TakeWhile(i => i.Partner != Id("immigrant-rights")).Count(i => i.Owner == researched.Owner) + 1;
        Assert.Equal(Start.AddDays((n * 10) + 5), researched.Due); // a way in to build, no review
        Assert.StartsWith("Build a way in", researched.FirstStep);
        var m = outreach.Items.TakeWhile(i => i.Partner != Id("sea")).Count(i => i.Owner == sea.Owner) + 1;
        Assert.Equal(Start.AddDays((m * 10) + 3), sea.Due); // review first (seed 000's point of contact)
        Assert.Equal(outreach.Items.Select(i => i.Due), new OutreachPlanner(options).Plan(Plan(workspace), workspace, Start).Items.Select(i => i.Due));
    }

    [Fact]
    public void The_plan_exports_as_markdown()
    {
        var workspace = Chapter();
        var outreach = new OutreachPlanner().Plan(Plan(workspace), workspace, Start);

        var markdown = outreach.ToMarkdown(workspace);

        Assert.StartsWith("## Outreach plan from 2026-03-02", markdown);
        Assert.Contains("| # | Partner | Owner | Tier | First ask | By |", markdown);
        Assert.Contains("| 1 | Teachers Union Local 12 |", markdown);
        Assert.Contains("(introduced by Ana Diaz)", markdown);
        Assert.Equal(outreach.Items.Count, markdown.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && char.IsDigit(l[2])));
    }

    [Fact]
    public void The_plan_is_part_of_the_workspace_document_and_round_trips()
    {
        var workspace = Chapter();
        var outreach = new OutreachPlanner().Plan(Plan(workspace), workspace, Start);
        var with = workspace with { PowerMaps = [GuidanceMap()], Outreach = outreach };

        var json = WorkspaceDocument.Save(with);
        var loaded = WorkspaceDocument.Load(json).GetValueOrThrow();

        Assert.Equal(outreach, loaded.Outreach);
        Assert.Equal(json, WorkspaceDocument.Save(loaded));
        Assert.Equal("2026-03-02", JsonNode.Parse(json)!["outreach"]!["startsOn"]!.GetValue<string>());
    }

    [Fact]
    public void The_maps_document_round_trips_the_plan_with_unknown_fields()
    {
        var document = new MapsDocument
        {
            Outreach = new OutreachPlan
            {
                StartsOn = Start,
                Items = [new OutreachItem { Partner = Id("union-12"), Owner = Id("ben"), Tier = "Prospect", Ask = "Meet", Due = Start.AddDays(14), Introducer = Id("ana"), MapId = "m", FirstStep = "Reach out", Reason = "Why" }],
            },
        };
        var node = JsonNode.Parse(document.Save())!;
        node["outreach"]!["x-note"] = "kept";
        node["outreach"]!["items"]![0]!["x-status"] = "asked";

        var loaded = MapsDocument.Load(node.ToJsonString()).GetValueOrThrow();

        Assert.Equal("asked", loaded.Outreach!.Items[0].UnknownFields["x-status"].GetString());
        Assert.Equal(document.Outreach.Items[0] with { UnknownFields = loaded.Outreach.Items[0].UnknownFields }, loaded.Outreach.Items[0]);
        Assert.Contains("x-note", JsonNode.Parse(loaded.Save())!["outreach"]!.AsObject().Select(p => p.Key));
    }

    [Theory]
    [InlineData("""{ "startsOn": "2026-02-30", "items": [] }""", "$.outreach.startsOn")]
    [InlineData("""{ "items": [] }""", "$.outreach.startsOn")]
    [InlineData("""{ "startsOn": "2026-03-02", "items": [ { "partner": "union-12", "owner": "ben", "tier": "Prospect", "ask": " ", "due": "2026-03-16" } ] }""", "$.outreach.items[0].ask")]
    [InlineData("""{ "startsOn": "2026-03-02", "items": [ { "partner": "union-12", "owner": "ben", "tier": "Prospect", "ask": "Meet" } ] }""", "$.outreach.items[0].due")]
    [InlineData("""{ "startsOn": "2026-03-02", "items": [ { "partner": "union-12", "owner": "union-12", "tier": "Prospect", "ask": "Meet", "due": "2026-03-16" } ] }""", "$.outreach.items[0].owner")]
    [InlineData("""{ "startsOn": "2026-03-02", "items": [ { "partner": "ghost", "owner": "ben", "tier": "Prospect", "ask": "Meet", "due": "2026-03-16" } ] }""", "$.outreach.items[0].partner")]
    [InlineData("""[]""", "$.outreach")]
    public void A_bad_outreach_section_is_reported_at_its_path(string section, string path)
    {
        var node = JsonNode.Parse(WorkspaceDocument.Save(Chapter()))!;
        node["outreach"] = JsonNode.Parse(section);

        var result = WorkspaceDocument.Load(node.ToJsonString());

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Path == path);
    }
}
