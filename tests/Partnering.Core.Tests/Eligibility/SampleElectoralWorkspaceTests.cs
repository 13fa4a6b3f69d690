using System.Text.Json.Nodes;
using Partnering.Core.Documents;
using Partnering.Core.Eligibility;
using Partnering.Core.Tests.Documents;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>The sample's second bundled workspace: an electoral team (seed 004) under its own pack.</summary>
public sealed class SampleElectoralWorkspaceTests
{
    private static readonly string Text = File.ReadAllText(SampleWorkspaceTests.RepositoryFile("samples", "ChapterPlanner", "electoral-workspace.json"));

    [Fact]
    public void It_loads_and_saves_to_an_equivalent_document()
    {
        var workspace = WorkspaceDocument.Load(Text).GetValueOrThrow();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Text), JsonNode.Parse(WorkspaceDocument.Save(workspace))));
    }

    [Theory]
    [InlineData("org-swing-left", EligibilityOutcome.Permit)]
    [InlineData("org-indivisible", EligibilityOutcome.Permit)]
    [InlineData("org-westside-parents", EligibilityOutcome.Permit)]
    [InlineData("org-book-club", EligibilityOutcome.Permit)]
    [InlineData("org-county-party", EligibilityOutcome.Review)]
    [InlineData("org-new-coalition", EligibilityOutcome.Review)]
    [InlineData("ind-moss", EligibilityOutcome.Permit)]
    [InlineData("ind-lee", EligibilityOutcome.Review)]
    public void Seed004_the_electoral_team_decides_a_September_event_with_each_partner(string partner, EligibilityOutcome expected)
    {
        var workspace = WorkspaceDocument.Load(Text).GetValueOrThrow();
        var policy = BuiltInPolicy.For(workspace);
        Assert.Equal(BuiltInPolicy.ElectoralId, policy.Id);
        var engagement = new Engagement { Kind = EngagementKind.CoOrganizeEvent, Partners = [new PartyId(partner)], Date = new DateOnly(2026, 9, 12), Target = TargetKind.Lawmaker };
        Assert.Equal(expected, new PolicyCompiler().Compile(policy).Decide(PartnerDirectory.From(workspace), engagement));
    }
}
