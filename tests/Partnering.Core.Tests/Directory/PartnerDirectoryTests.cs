using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using Partnering.Core.Documents;
using Partnering.Core.Tests.Documents;
using Partnering.Core.Tests.Generators;

// Not "...Tests.Directory": a namespace named Directory would hide System.IO.Directory in every test.
namespace Partnering.Core.Tests.DirectoryTests;

[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public sealed class PartnerDirectoryTests
{
    private static IEnumerable<PartyId> AllIds(Workspace w)
        => new[] { w.Chapter.Id }.Concat(w.Chapter.Members.Select(m => m.Id)).Concat(w.Partners.Select(p => p.Id));

    [Property]
    public void Ties_are_symmetric_a_tie_is_read_the_same_from_either_end(GeneratedWorkspace generated)
    {
        var workspace = generated.Value;

        var directory = PartnerDirectory.From(workspace);
        foreach (var tie in workspace.Ties)
        {
            Assert.Contains(tie, directory.TiesOf(tie.From));
            Assert.Contains(tie, directory.TiesOf(tie.To));
            Assert.Equal(tie.To, tie.Other(tie.From));
            Assert.Equal(tie.From, tie.Other(tie.To));
        }

        foreach (var id in AllIds(workspace))
        {
            var ties = directory.TiesOf(id);
            Assert.All(ties, t => Assert.True(t.Involves(id)));
            Assert.Equal(workspace.Ties.Count(t => t.Involves(id)), ties.Count);
            foreach (var tie in ties)
            {
                Assert.Contains(tie, directory.TiesOf(tie.Other(id)));
            }
        }
    }

    [Property]
    public void Every_query_agrees_with_a_plain_scan_of_the_workspace(GeneratedWorkspace generated)
    {
        var workspace = generated.Value;

        var directory = PartnerDirectory.From(workspace);
        foreach (var partner in workspace.Partners)
        {
            Assert.Same(partner, directory.FindPartner(partner.Id));
            Assert.Equal(partner.Name, directory.NameOf(partner.Id));
            Assert.Equal(
                workspace.Interactions.Where(x => x.Partner == partner.Id).OrderBy(x => x.Date),
                directory.InteractionsWith(partner.Id));
            Assert.Equal(workspace.Partnerships.SingleOrDefault(p => p.Partner == partner.Id), directory.PartnershipWith(partner.Id));
        }

        foreach (var member in workspace.Chapter.Members)
        {
            Assert.Same(member, directory.FindMember(member.Id));
            Assert.Null(directory.FindPartner(member.Id));
        }

        foreach (var kind in Enum.GetValues<OrganizationKind>())
        {
            Assert.Equal(workspace.Partners.OfType<Organization>().Where(o => o.Kind == kind), directory.OrganizationsOfKind(kind));
        }

        foreach (var role in Enum.GetValues<IndividualRole>())
        {
            Assert.Equal(workspace.Partners.OfType<Individual>().Where(i => i.Roles.Contains(role)), directory.IndividualsInRole(role));
        }

        foreach (var area in workspace.Partners.SelectMany(p => p.IssueAreas).Distinct())
        {
            Assert.Equal(workspace.Partners.Where(p => p.IssueAreas.Contains(area)), directory.PartnersWorkingOn(area));
        }

        foreach (var state in new[] { "OH", "oh", "PA", "ZZ" })
        {
            Assert.Equal(workspace.Partners.Where(p => string.Equals(p.State, state, StringComparison.OrdinalIgnoreCase)), directory.PartnersInState(state));
        }

        foreach (var tag in new[] { "ally", "PRIORITY", "none" })
        {
            Assert.Equal(workspace.Partners.Where(p => p.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)), directory.PartnersTagged(tag));
        }

        Assert.Null(directory.FindPartner(new PartyId("nobody")));
        Assert.Null(directory.NameOf(new PartyId("nobody")));
        Assert.Empty(directory.TiesOf(new PartyId("nobody")));
        Assert.Empty(directory.InteractionsWith(new PartyId("nobody")));
    }

    [Fact]
    public void The_directory_answers_from_many_threads_at_once()
    {
        var workspace = WorkspaceGenerators.WorkspaceOf(5, 30, 10, withUnknownFields: false).Sample(50, 1).First();
        var directory = PartnerDirectory.From(workspace);
        var expected = workspace.Partners.ToDictionary(p => p.Id, p => directory.TiesOf(p.Id).Count);
        Parallel.For(0, 64, _ =>
        {
            foreach (var partner in workspace.Partners)
            {
                Assert.Equal(expected[partner.Id], directory.TiesOf(partner.Id).Count);
            }
        });
    }

    [Fact]
    public void An_example_workspace_answers_the_questions_a_chapter_asks()
    {
        var directory = PartnerDirectory.From(WorkspaceDocument.Load(ExampleDocuments.Minimal().ToJsonString()).GetValueOrThrow());
        var climate = new PartyId("org-climate");
        Assert.Equal("Riverside Indivisible", directory.NameOf(new PartyId("riverside")));
        Assert.Equal("Ana Morales", directory.NameOf(new PartyId("m-ana")));
        Assert.Equal([climate], directory.OrganizationsOfKind(OrganizationKind.IssueAdvocacy).Select(o => o.Id));
        Assert.Equal(["ind-whitfield"], directory.IndividualsInRole(IndividualRole.Candidate).Select(i => i.Id.Value));
        Assert.Equal([climate], directory.PartnersWorkingOn(IssueArea.Climate).Select(p => p.Id));
        Assert.Equal(2, directory.TiesOf(climate).Count);
        Assert.Equal([new DateOnly(2025, 4, 2), new DateOnly(2025, 5, 10)], directory.InteractionsWith(climate).Select(x => x.Date));
        Assert.Equal(new PartyId("m-ben"), directory.PartnershipWith(climate)!.OwnerOn(new DateOnly(2025, 10, 1)));
    }

    [Fact]
    public void Duplicate_ids_in_a_hand_built_workspace_are_refused()
    {
        var workspace = WorkspaceDocument.Load(ExampleDocuments.Minimal().ToJsonString()).GetValueOrThrow();
        var twice = workspace with { Partners = [.. workspace.Partners, workspace.Partners[0]] };
        Assert.Throws<ArgumentException>(() => PartnerDirectory.From(twice));
    }

    [Fact]
    public void A_directory_of_parties_only_answers_the_workspace_lookups_empty()
    {
        var workspace = WorkspaceDocument.Load(ExampleDocuments.Minimal().ToJsonString()).GetValueOrThrow();
        var directory = new PartnerDirectory(workspace.Chapter, workspace.Partners);
        var climate = new PartyId("org-climate");
        Assert.Equal("Riverside Indivisible", directory.NameOf(new PartyId("riverside")));
        Assert.Same(workspace.Partners[0], directory.FindPartner(workspace.Partners[0].Id));
        Assert.Empty(directory.TiesOf(climate));
        Assert.Empty(directory.InteractionsWith(climate));
        Assert.Null(directory.PartnershipWith(climate));
    }

    [Fact]
    public void AddPartnering_registers_no_directory_the_session_builds_one()
    {
        var services = new ServiceCollection();
        services.AddPartnering();
        Assert.DoesNotContain(services, d => d.ServiceType.Name.Contains("Directory", StringComparison.Ordinal));
        using var provider = services.BuildServiceProvider();
        var workspace = WorkspaceDocument.Load(ExampleDocuments.Minimal().ToJsonString()).GetValueOrThrow();
        var session = provider.GetRequiredService<IChapterSessionFactory>().Open(workspace, new DateOnly(2026, 3, 15));
        Assert.Equal(2, session.Directory.Partners.Count);
    }
}
