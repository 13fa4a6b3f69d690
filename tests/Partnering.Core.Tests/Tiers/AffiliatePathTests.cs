using Partnering.Core.Documents;
using Partnering.Core.Tests.Documents;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Tiers;

/// <summary>
/// Seed 004: an Affiliate is an independent group that supports an electoral team's national body's
/// candidates, so the affiliate step is suggested only to an electoral chapter, and only for an
/// organization that may support candidates.
/// </summary>
public sealed class AffiliatePathTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 15);

    private static Workspace Sample()
        => WorkspaceDocument.Load(File.ReadAllText(SampleWorkspaceTests.RepositoryFile("samples", "ChapterPlanner", "workspace.json"))).GetValueOrThrow();

    /// <summary>The histories and standings of a session (eligibility applied, so partnerships move up).</summary>
    private static (IReadOnlyList<PartnershipHistory> Histories, IReadOnlyList<TierStanding> Standings) Open(Workspace workspace)
    {
        var session = new ChapterSessionFactory().Open(workspace, AsOf);
        return (session.Histories, session.Standings);
    }

    [Fact]
    public void Seed_004_an_issue_advocacy_chapter_is_suggested_no_affiliate_step()
    {
        var workspace = Sample();
        Assert.Equal(ChapterKind.IssueAdvocacy, workspace.Chapter.Kind);

        var (histories, standings) = Open(workspace);
        Assert.All(histories, h => Assert.False(h.MayBecomeAffiliate));
        Assert.Contains(standings, s => s.Level >= 1);
        Assert.All(standings, s => Assert.Null(s.Affiliation.Suggestion));
        Assert.All(standings, s => Assert.DoesNotContain("affiliate", s.Explain(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Seed_004_an_electoral_team_is_suggested_the_affiliate_step_for_organizations_that_may_support_candidates_only()
    {
        var sample = Sample();
        var workspace = sample with { Chapter = sample.Chapter with { Kind = ChapterKind.Electoral } };
        var partners = workspace.Partners.ToDictionary(p => p.Id);

        var (histories, standings) = Open(workspace);

        foreach (var (history, standing) in histories.Zip(standings))
        {
            var mayBe = partners[history.Partnership.Partner] is Organization { TaxStatus: not TaxStatus.Charity501C3 } group
                && group.Kind is not (OrganizationKind.PoliticalParty or OrganizationKind.PartyClub or OrganizationKind.CandidateCampaign
                    or OrganizationKind.ElectoralCommittee or OrganizationKind.GovernmentOffice or OrganizationKind.MediaOutlet or OrganizationKind.Business);
            Assert.Equal(mayBe, history.MayBecomeAffiliate);
            if (!mayBe)
            {
                Assert.Null(standing.Affiliation.Suggestion);
            }
        }

        // The sample's party club (an electoral team reviews it) is no affiliate either.
        Assert.False(histories.Single(h => h.Partnership.Partner == new PartyId("org-county-dems")).MayBecomeAffiliate);

        // Both kinds are in the sample: a 501(c)(3) at Promotion (the masjid) is offered nothing, and an
        // organization that may support candidates, past Prospect, is.
        Assert.Contains(histories.Zip(standings), p => !p.First.MayBecomeAffiliate && p.Second.Level >= 1);
        Assert.Contains(histories.Zip(standings), p => p.First.MayBecomeAffiliate && p.Second.Affiliation.Suggestion is not null);
    }
}
