using System.Text.Json.Nodes;
using Partnering.Core.Documents;

namespace Partnering.Core.Tests.Documents;

/// <summary>The flagship sample's bundled workspace loads, round-trips and covers the eligibility scenarios.</summary>
public sealed class SampleWorkspaceTests
{
    internal static string RepositoryFile(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Partnering.Core.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine([directory?.FullName ?? throw new InvalidOperationException("Partnering.Core.sln not found."), .. parts]);
    }

    private static Workspace Sample()
        => WorkspaceDocument.Load(File.ReadAllText(RepositoryFile("samples", "ChapterPlanner", "workspace.json"))).GetValueOrThrow();

    [Fact]
    public void The_sample_loads_and_saves_to_an_equivalent_document()
    {
        var text = File.ReadAllText(RepositoryFile("samples", "ChapterPlanner", "workspace.json"));
        var workspace = WorkspaceDocument.Load(text).GetValueOrThrow();
        var again = WorkspaceDocument.Load(WorkspaceDocument.Save(workspace)).GetValueOrThrow();
        Assert.Equal(workspace, again);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), JsonNode.Parse(WorkspaceDocument.Save(workspace))));
    }

    [Fact]
    public void The_sample_covers_the_eligibility_scenarios()
    {
        var workspace = Sample();
        var directory = PartnerDirectory.From(workspace);
        Assert.NotEmpty(directory.OrganizationsOfKind(OrganizationKind.PartyClub));
        Assert.NotEmpty(directory.OrganizationsOfKind(OrganizationKind.CandidateCampaign));
        Assert.NotEmpty(directory.OrganizationsOfKind(OrganizationKind.ElectoralCommittee));
        Assert.NotEmpty(directory.OrganizationsOfKind(OrganizationKind.Union));
        Assert.NotEmpty(directory.OrganizationsOfKind(OrganizationKind.Business));
        Assert.NotEmpty(directory.IndividualsInRole(IndividualRole.Journalist));
        Assert.Contains(workspace.Partners.OfType<Organization>(), o => o.TaxStatus == TaxStatus.Charity501C3);
        Assert.Contains(workspace.Partners.OfType<Organization>(), o => o.HasPractice(PracticeKind.CommunityOnlySpaces));
        Assert.Contains(workspace.Partners, p => p.State is { } s && s != workspace.Chapter.HomeState);
        Assert.Contains(workspace.Partners.OfType<Organization>(), o => workspace.Chapter.NationalRelationships.Any(r => r.OrganizationName == o.NationalParent));
        Assert.Contains(workspace.Partners.OfType<Organization>(), o => o.Goals.Intersect(workspace.Chapter.TheoryOfChange.OpposedOutcomes).Any());
        Assert.Contains(workspace.Chapter.Members, m => m.Affiliations.Any(a => a.Organization is { } id && directory.FindPartner(id) is Organization { Kind: OrganizationKind.PartyClub }));

        var senator = (Individual)directory.FindPartner(new PartyId("ind-whitfield"))!;
        var congressman = (Individual)directory.FindPartner(new PartyId("ind-dunn"))!;
        var spring2026 = new DateOnly(2026, 4, 22);
        Assert.True(senator.IsRunningOn(spring2026) && senator.HoldsElectedOfficeOn(spring2026));
        Assert.True(!congressman.IsRunningOn(spring2026) && congressman.HoldsElectedOfficeOn(spring2026));
        Assert.Contains(workspace.Partnerships, p => p.Owners.Count > 1);
        Assert.All(workspace.Interactions, x => Assert.InRange(x.Date.Year, 2025, 2026));
    }
}
