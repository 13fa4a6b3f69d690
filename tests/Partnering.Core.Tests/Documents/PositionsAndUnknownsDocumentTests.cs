using Partnering.Core.Documents;

namespace Partnering.Core.Tests.Documents;

/// <summary>The eligibility data of issue #11 in the workspace document: chapter kind, point of contact, positions, Unknown values.</summary>
public sealed class PositionsAndUnknownsDocumentTests
{
    private const string OldDocument = """
        {
          "schemaVersion": 1,
          "chapter": {
            "id": "riverside", "name": "Riverside Indivisible", "homeState": "OH", "nationalBody": "Indivisible",
            "theoryOfChange": { "summary": "Hold our lawmakers accountable", "targets": ["lawmaker"], "opposedOutcomes": ["cuts to Medicaid"] }
          },
          "partners": [
            { "type": "organization", "id": "health-first", "name": "Health Care for All", "kind": "issueAdvocacy", "partisanNature": "nonpartisan",
              "goals": ["stop cuts to Medicaid"] }
          ]
        }
        """;

    [Fact]
    public void A_document_written_before_positions_loads_with_its_goals_kept_as_words()
    {
        var workspace = WorkspaceDocument.Load(OldDocument).GetValueOrThrow();
        Assert.Null(workspace.Chapter.Kind);
        Assert.Null(workspace.Chapter.PointOfContact);
        Assert.Empty(workspace.Chapter.Positions);
        Assert.Equal(["cuts to Medicaid"], workspace.Chapter.TheoryOfChange.OpposedOutcomes);
        var ally = Assert.IsType<Organization>(Assert.Single(workspace.Partners));
        Assert.Equal(["stop cuts to Medicaid"], ally.Goals);
        Assert.Empty(ally.Positions);
        Assert.Equal(workspace, WorkspaceDocument.Load(WorkspaceDocument.Save(workspace)).GetValueOrThrow());
    }

    [Fact]
    public void Kind_point_of_contact_positions_backing_and_unknowns_round_trip()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "chapter": {
                "id": "sd-columbus", "name": "Sister District Columbus", "homeState": "OH", "nationalBody": "Sister District",
                "theoryOfChange": { "summary": "Elect progressive state legislators", "targets": ["lawmaker"] },
                "kind": "electoral",
                "pointOfContact": { "name": "Jordan Avery", "role": "organizing staff" },
                "positions": [{ "issue": "Health Care", "outcome": "Medicaid cuts", "stance": "opposes", "description": "no cuts" }]
              },
              "partners": [
                { "type": "organization", "id": "mystery", "name": "Ohio Forward Fund", "kind": "unknown", "partisanNature": "unknown",
                  "positions": [{ "issue": "health-care", "outcome": "medicaid-cuts", "stance": "supports" }],
                  "supportsCandidatesOf": ["Sister District"] },
                { "type": "individual", "id": "cand", "name": "Rae Moss", "roles": ["candidate"],
                  "candidacies": [{ "office": "Ohio House, District 3", "declared": "2026-02", "electionDay": "2026-11-03", "backedBy": ["Sister District"] }] }
              ]
            }
            """;
        var workspace = WorkspaceDocument.Load(json).GetValueOrThrow();
        Assert.Equal(ChapterKind.Electoral, workspace.Chapter.Kind);
        Assert.Equal("Jordan Avery", workspace.Chapter.PointOfContact!.Name);
        var ours = Assert.Single(workspace.Chapter.Positions);
        Assert.Equal(IssueArea.HealthCare, ours.Issue);
        Assert.Equal("medicaid-cuts", ours.Outcome);
        var mystery = Assert.IsType<Organization>(workspace.Partners[0]);
        Assert.Equal(OrganizationKind.Unknown, mystery.Kind);
        Assert.Equal(PartisanNature.Unknown, mystery.PartisanNature);
        Assert.True(mystery.Positions[0].ConflictsWith(ours));
        Assert.Equal(["Sister District"], mystery.SupportsCandidatesOf);
        Assert.Equal(["Sister District"], Assert.IsType<Individual>(workspace.Partners[1]).Candidacies[0].BackedBy);

        var saved = WorkspaceDocument.Save(workspace);
        Assert.Contains("\"kind\": \"unknown\"", saved, StringComparison.Ordinal);
        Assert.Equal(workspace, WorkspaceDocument.Load(saved).GetValueOrThrow());
    }

    [Fact]
    public void A_bad_stance_or_chapter_kind_is_a_problem_with_its_path()
    {
        var json = OldDocument.Replace("\"nationalBody\": \"Indivisible\",", "\"nationalBody\": \"Indivisible\", \"kind\": \"campaign\", \"positions\": [{ \"issue\": \"health-care\", \"outcome\": \"x\", \"stance\": \"maybe\" }],", StringComparison.Ordinal);
        var result = WorkspaceDocument.Load(json);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Path == "$.chapter.kind");
        Assert.Contains(result.Problems, p => p.Path == "$.chapter.positions[0].stance" && p.Message.Contains("\"opposes\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Positions_on_an_individual_are_reported()
    {
        var json = OldDocument.Replace("\"partners\": [", "\"partners\": [{ \"type\": \"individual\", \"id\": \"p1\", \"name\": \"Pat\", \"positions\": [] },", StringComparison.Ordinal);
        var result = WorkspaceDocument.Load(json);
        Assert.Contains(result.Problems, p => p.Path == "$.partners[0].positions");
    }
}
