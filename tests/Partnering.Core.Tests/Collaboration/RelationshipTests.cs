using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnering.Core.Collaboration;
using Partnering.Core.Eligibility;
using Partnering.Core.Tiers;
using static Partnering.Core.Tests.Collaboration.CollaborationFixtures;
using Partnering.Core.Documents;

namespace Partnering.Core.Tests.Collaboration;

/// <summary>Relationships as seeds 001 and 003 describe them: who owns them, feedback, accountability, tables, and the chapter stepping back from a listing.</summary>
public class RelationshipTests
{
    private static readonly DateOnly AsOf = new(2026, 4, 1);

    private static CalendarEvent Rally => Event("rally", "2026-04-18", "11:00", "13:00") with
    {
        Title = "Riverside Indivisible and Teachers Local 12 rally for school nurses",
        Description = "Hosted with Riverside Indivisible (chapter).",
        Host = Union,
        Sponsors = [new EventSponsor { Sponsor = Union }, new EventSponsor { Sponsor = Us }],
    };

    [Fact]
    public void Seed003_the_chapter_steps_back_from_the_public_sponsor_listing_and_stays_a_sponsor()
    {
        // seed 003, scenario 1: another group asks that our campaign not be listed as a sponsor of a rally in
        // a conservative area, because we are seen as too liberal.
        var stepped = EventPublishing.StepBackFromListing(Rally, Us, Union, "seen as too liberal for a rally in a conservative county");

        Assert.Equal(2, EventPublishing.SponsorCount(stepped));
        Assert.Equal(["Teachers Local 12"], EventPublishing.PublicSponsors(stepped, OurWorkspace));
        Assert.True(EventPublishing.IsHidden(stepped.Sponsors[1], OurWorkspace, out var why));
        Assert.Equal("Riverside Indivisible stays a sponsor but is not listed publicly for this event: Teachers Local 12 asked (seen as too liberal for a rally in a conservative county).", why);

        var text = EventPublishing.ExportPublic([stepped], OurWorkspace);
        Assert.DoesNotContain("Riverside Indivisible", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("chapter", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Teachers Local 12", text, StringComparison.Ordinal);

        // Recorded with who asked and why, and kept through a save and a load.
        var data = new CollaborationData { Calendar = [stepped] };
        Assert.Equal(stepped, CollaborationDocument.Load(CollaborationDocument.Save(data)).GetValueOrThrow().Calendar[0]);
        Assert.Equal(stepped, EventPublishing.StepBackFromListing(Rally with { Sponsors = [Rally.Sponsors[0]] }, Us, Union, "seen as too liberal for a rally in a conservative county"));
    }

    /// <summary>Generators: a chapter and partners with names that never contain each other, and an event naming them.</summary>
    public static class Generators
    {
        public static Arbitrary<(Workspace Workspace, CalendarEvent Event, PartyId[] Hidden)> HiddenSponsors() => Arb.From(
            from partners in Gen.Choose(1, 4)
            from hideUs in Gen.Elements(true, false)
            from hidePartners in Gen.Elements(true, false).ArrayOf(partners)
            from viaPractice in Gen.Elements(true, false).ArrayOf(partners)
            from mentions in Gen.Choose(0, partners).ArrayOf(4)
            from upper in Gen.Elements(true, false)
            select Build(partners, hideUs, hidePartners, viaPractice, mentions, upper));

        private static (Workspace, CalendarEvent, PartyId[]) Build(int count, bool hideUs, bool[] hidePartners, bool[] viaPractice, int[] mentions, bool upper)
        {
            var chapter = OurChapter with { Id = new PartyId("us-zq"), Name = "Qchapter Kx" };
            var orgs = Enumerable.Range(0, count).Select(i => Org(new PartyId($"sp-{i}-zq"), $"Qorg{i} Kx", hidePartners[i] && viaPractice[i] ? [PracticeKind.NoPublicListing] : [])).ToArray();
            var names = new[] { (chapter.Id, chapter.Name) }.Concat(orgs.Select(o => (o.Id, o.Name))).ToArray();
            string Mention(int i) => upper ? names[i].Name.ToUpperInvariant() + " " + names[i].Id.Value : names[i].Name + " (" + names[i].Id.Value + ")";
            var calendarEvent = Event("e", "2026-04-18", "10:00", "12:00") with
            {
                Title = "Rally with " + Mention(mentions[0]) + " and " + Mention(mentions[1]),
                Place = "Square near " + Mention(mentions[2]),
                Description = "Join " + Mention(mentions[3]),
                Sponsors = [new EventSponsor { Sponsor = chapter.Id }, .. orgs.Select((o, i) => new EventSponsor { Sponsor = o.Id, Visibility = hidePartners[i] && !viaPractice[i] ? SponsorVisibility.Hidden : SponsorVisibility.Public })],
            };
            if (hideUs)
            {
                calendarEvent = EventPublishing.StepBackFromListing(calendarEvent, chapter.Id, orgs[0].Id, "asked by a partner");
            }

            var hidden = orgs.Where((_, i) => hidePartners[i]).Select(o => o.Id).Concat(hideUs ? [chapter.Id] : []).ToArray();
            return (new Workspace { Chapter = chapter, Partners = orgs }, calendarEvent, hidden);
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool Seed003_a_hidden_sponsor_us_or_a_partner_never_appears_in_any_public_output((Workspace Workspace, CalendarEvent Event, PartyId[] Hidden) x)
    {
        var secrets = x.Hidden.SelectMany(id => new[] { id.Value, id == x.Workspace.Chapter.Id ? x.Workspace.Chapter.Name : x.Workspace.Partners.Single(p => p.Id == id).Name }).ToArray();
        var view = EventPublishing.ToPublic(x.Event, x.Workspace);
        var outputs = new[] { view.Title, view.Place ?? string.Empty, view.Description ?? string.Empty, EventPublishing.ExportPublic([x.Event], x.Workspace) }
            .Concat(view.Sponsors).Concat(EventPublishing.PublicSponsors(x.Event, x.Workspace));
        return outputs.All(text => secrets.All(s => !text.Contains(s, StringComparison.OrdinalIgnoreCase)));
    }

    private static Workspace WithOwners(params (PartyId Member, bool Leader, PartyId Partner)[] owned) => OurWorkspace with
    {
        Chapter = OurChapter with { Members = [.. owned.Select(o => o.Member).Distinct().Select(m => new Member { Id = m, Name = m.Value, IsLeader = owned.First(o => o.Member == m).Leader })] },
        Partnerships = [.. owned.Select(o => new Partnership { Partner = o.Partner, Owners = [new OwnerAssignment { Member = o.Member, Since = new DateOnly(2026, 1, 1) }] })],
    };

    [Fact]
    public void Seed002_leaders_owning_most_partnerships_is_flagged()
    {
        PartyId chair = new("m-chair"), ana = new("m-ana");
        var byLeaders = WithOwners((chair, true, Union), (chair, true, ClimateGroup), (ana, false, HousingGroup));

        var finding = Assert.Single(RelationshipReview.Review(byLeaders, [], AsOf));
        Assert.Equal("relationships.leaders-own-most", finding.RuleId);
        Assert.Contains("own 2 of 3 partnerships", finding.Message, StringComparison.Ordinal);

        Assert.Empty(RelationshipReview.Review(WithOwners((chair, true, Union), (ana, false, ClimateGroup)), [], AsOf));
        Assert.NotEmpty(RelationshipReview.Review(WithOwners((chair, true, Union), (ana, false, ClimateGroup)), [], AsOf, new RelationshipReviewOptions { MaxLeaderShare = 0.4 }));
    }

    [Fact]
    public void Seed002_a_partnership_with_no_relationship_owner_is_flagged_even_when_no_partnership_has_one()
    {
        // seed 002, "assign a relationship owner": one member in charge of each relationship. No owner
        // anywhere was silent, as the leaders' share has nothing to count.
        var nobody = OurWorkspace with { Partnerships = [new Partnership { Partner = Union }, new Partnership { Partner = ClimateGroup }] };

        var findings = RelationshipReview.Review(nobody, [], AsOf);

        Assert.Equal(["relationships.no-owner", "relationships.no-owner"], findings.Select(f => f.RuleId));
        Assert.Contains(Union.Value, findings[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("seed 002", findings[0].Guidance, StringComparison.Ordinal);

        // Owned from a later day: unowned until then.
        var later = OurWorkspace with { Partnerships = [new Partnership { Partner = Union, Owners = [new OwnerAssignment { Member = new PartyId("m-ana"), Since = AsOf.AddDays(1) }] }] };
        Assert.Equal("relationships.no-owner", Assert.Single(RelationshipReview.Review(later, [], AsOf)).RuleId);
        Assert.Empty(RelationshipReview.Review(later, [], AsOf.AddDays(1)));

        // A partnership eligibility forbids is held, not built: no owner is asked for.
        var forbid = TierLadder.Default.Compile().Evaluate(
            new PartnershipHistory { Partnership = new Partnership { Partner = Union }, Eligibility = [new EligibilityRecord { Date = new DateOnly(2026, 1, 1), Outcome = EligibilityOutcome.Forbid, Reason = "a party club (seed 000)" }] },
            AsOf);
        Assert.Equal([ClimateGroup.Value], RelationshipReview.Review(nobody, [forbid], AsOf).Select(f => f.Message.Split(' ')[0]));
    }

    [Fact]
    public void Seed001_partner_feedback_with_a_concern_needs_a_response_and_a_deeper_partnership_needs_accountability()
    {
        var concern = new PartnerFeedback { Partner = Union, Date = new DateOnly(2026, 3, 10), Summary = "our alerts arrive too late to act on", Concern = true };
        var workspace = OurWorkspace with { Collaboration = new CollaborationData { Feedback = [concern] } };
        var promotion = TierLadder.Default.Compile().Evaluate(
            new PartnershipHistory { Partnership = new Partnership { Partner = Union }, Overrides = [new TierOverride { Date = new DateOnly(2026, 2, 1), Tier = "Promotion", Reason = "co-hosted", DecidedBy = new PartyId("m-ana") }] },
            AsOf);

        var findings = RelationshipReview.Review(workspace, [promotion], AsOf);
        Assert.Equal(["relationships.feedback-unanswered", "relationships.no-accountability"], findings.Select(f => f.RuleId));

        var answered = workspace with
        {
            Collaboration = new CollaborationData
            {
                Feedback = [concern with { Response = "alerts now go out two days earlier", RespondedOn = new DateOnly(2026, 3, 15) }],
                Accountability = [new AccountabilityAgreement { Partner = Union, AgreedOn = new DateOnly(2026, 3, 20), Terms = ["we report turnout within a week", "they tell us when our actions affect their members"] }],
            },
        };
        Assert.Empty(RelationshipReview.Review(answered, [promotion], AsOf));
        Assert.Equal(answered.Collaboration, CollaborationDocument.Load(CollaborationDocument.Save(answered.Collaboration!)).GetValueOrThrow());
    }

    [Fact]
    public void Seed003_a_table_meeting_that_ended_with_no_agreed_action_is_flagged()
    {
        var table = new CoalitionTable
        {
            Id = "t",
            Name = "Education table",
            Issue = new IssueArea("education"),
            Cadence = new MeetingCadence { Start = new DateOnly(2026, 1, 13), Frequency = CadenceFrequency.Monthly },
            Seats = [new TableSeat { Organization = Us }, new TableSeat { Organization = Union }],
            Meetings = [new TableMeeting { Date = new DateOnly(2026, 1, 13), Attendance = [Us, Union] }, new TableMeeting { Date = new DateOnly(2026, 2, 10), Attendance = [Us, Union] }],
            Actions = [Action("a1", Union, "2026-01-13", "2026-01-30") with { Person = new PartyId("m-ana") }],
        };

        var meeting = Assert.Single(CoalitionTables.MeetingsWithoutAgreedAction(table, AsOf));
        Assert.Equal(new DateOnly(2026, 2, 10), meeting.Date);
        var finding = Assert.Single(RelationshipReview.Review(OurWorkspace with { Collaboration = new CollaborationData { Tables = [table] } }, [], AsOf));
        Assert.Equal("table.no-agreed-action", finding.RuleId);

        // Follow-through is tied to the person doing it, by id.
        Assert.Equal(1, CoalitionTables.FollowThroughOfPerson(new PartyId("m-ana"), table, AsOf).Overdue);
    }

    [Fact]
    public void Old_documents_with_names_as_follow_through_owners_still_load()
    {
        const string Old = """
            { "schemaVersion": 1,
              "tables": [ { "id": "t", "name": "T", "issue": "education", "cadence": { "start": "2026-01-13", "frequency": "monthly" },
                            "seats": [ { "organization": "org-union" } ],
                            "actions": [ { "id": "a1", "description": "d", "owner": "org-union", "person": "Ana Ruiz", "agreedOn": "2026-01-13", "due": "2026-01-30" } ] } ],
              "oneOnOnes": [ { "id": "o", "partner": "org-union", "date": "2026-01-05", "nextSteps": [ { "description": "call", "owner": "Dana K." } ] } ] }
            """;

        var data = CollaborationDocument.Load(Old).GetValueOrThrow();

        Assert.Equal(("Ana Ruiz", (PartyId?)null), (data.Tables[0].Actions[0].PersonName, data.Tables[0].Actions[0].Person));
        Assert.Equal("Dana K.", data.OneOnOnes[0].NextSteps[0].OwnerName);
        Assert.Equal(data, CollaborationDocument.Load(CollaborationDocument.Save(data)).GetValueOrThrow());
    }
}
