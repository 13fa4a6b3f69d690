using Partnering.Core.Spreadsheets;

namespace Partnering.Core.Spreadsheets.Tests;

public class ImportTests
{
    // seed 004: a chapter starts a spreadsheet to track its contacts; this is one as a European-locale
    // spreadsheet saves it: UTF-8 with a BOM, CRLF, ';' separators, a quoted newline, loose headers,
    // vague dates, lists in one cell, a column the library does not know and empty trailing rows.
    private const string SpreadsheetPartners =
        "\uFEFFPartner ID;Type;Organization;ST;Issues;Partisan nature;Kind;Tax status;Goals;Running for;Declared;Election day;Volunteer Notes\r\n" +
        "org-hcfa;organization;Health Care for All Ohio;oh;health care, climate;non-partisan;issue advocacy;501(c)(3);\"Expand Medicaid; protect\r\nthe ACA\";;;;met at the fair\r\n" +
        ";individual;Sen. Grace Okafor;OH;;;;;;State Senate, District 12;2026-02;2026-11-03;\r\n" +
        ";;;;;;;;;;;;\r\n" +
        "\r\n";

    [Fact]
    public void Seed004_reads_a_spreadsheet_as_chapters_export_it()
    {
        var result = Fixtures.Import(Fixtures.Empty, ("Chapter contacts - Partners.csv", SpreadsheetPartners));

        Assert.Empty(result.Problems);
        Assert.True(result.Applied);
        Assert.Equal(2, result.Report.Count(ImportChangeKind.Added));
        var org = Assert.IsType<Organization>(result.Workspace.Partners[0]);
        Assert.Equal("org-hcfa", org.Id.Value);
        Assert.Equal("OH", org.State);
        Assert.Equal([IssueArea.HealthCare, IssueArea.Climate], org.IssueAreas);
        Assert.Equal(OrganizationKind.IssueAdvocacy, org.Kind);
        Assert.Equal(TaxStatus.Charity501C3, org.TaxStatus);
        Assert.Equal(PartisanNature.Nonpartisan, org.PartisanNature);
        Assert.Equal(["Expand Medicaid", "protect\r\nthe ACA"], org.Goals);
        Assert.Equal("met at the fair", org.UnknownFields["Volunteer Notes"].GetString());

        var senator = Assert.IsType<Individual>(result.Workspace.Partners[1]);
        Assert.Equal("sen-grace-okafor", senator.Id.Value);
        var candidacy = Assert.Single(senator.Candidacies);
        Assert.Equal(new PartialDate(2026, 2), candidacy.Declared);
        Assert.True(senator.IsRunningOn(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void Import_then_save_keeps_unknown_columns_in_the_workspace_document()
    {
        var result = Fixtures.Import(Fixtures.Empty, ("partners.csv", SpreadsheetPartners));
        var reloaded = WorkspaceDocument.Load(WorkspaceDocument.Save(result.Workspace));
        Assert.True(reloaded.Succeeded);
        Assert.Equal(result.Workspace, reloaded.Value);
    }

    [Fact]
    public void A_bad_cell_names_the_file_row_and_column_and_imports_nothing()
    {
        const string csv = "id,name,type,partisan nature,state,base size\n" +
            "a,Alpha,organization,nonpartisan,OH,12\n" +
            "b,Beta,organization,nonpartisan,Ohio-ish,12\n" +
            "c,Gamma,organization,nonpartisan,OH,lots\n";
        var result = Fixtures.Import(Fixtures.Empty, ("partners.csv", csv));

        Assert.False(result.Applied);
        Assert.Same(Fixtures.Empty, result.Workspace);
        Assert.Equal(2, result.Problems.Count);
        Assert.Equal(("partners.csv", 3, "state"), (result.Problems[0].File, result.Problems[0].Row, result.Problems[0].Column));
        Assert.Equal(("partners.csv", 4, "base size"), (result.Problems[1].File, result.Problems[1].Row, result.Problems[1].Column));
        Assert.Contains("expected a whole number", result.Problems[1].Message);
        Assert.StartsWith("partners.csv row 4, column 'base size': expected", result.Problems[1].ToString());
    }

    [Fact]
    public void Valid_rows_only_imports_the_rows_without_problems()
    {
        const string csv = "id,name,type,partisan nature\na,Alpha,organization,nonpartisan\nb,Beta,organization,maybe\n";
        var result = Fixtures.Import(Fixtures.Empty, new SpreadsheetImportOptions { ImportValidRowsOnly = true }, ("partners.csv", csv));

        Assert.True(result.Applied);
        Assert.Single(result.Problems);
        Assert.Equal("a", Assert.Single(result.Workspace.Partners).Id.Value);
    }

    [Fact]
    public void A_new_organization_without_a_partisan_nature_comes_in_as_unknown_not_a_guess()
    {
        // Unknown is a value (issue #11): eligibility sends an unknown nature to review ("research first").
        var result = Fixtures.Import(Fixtures.Empty, ("partners.csv", "name\nRiverside Food Bank\n"));
        Assert.Empty(result.Problems);
        var food = Assert.IsType<Organization>(Assert.Single(result.Workspace.Partners));
        Assert.Equal(PartisanNature.Unknown, food.PartisanNature);
    }

    [Fact]
    public void Merge_reports_added_updated_unchanged_and_conflicting_and_never_overwrites()
    {
        var workspace = Fixtures.Import(Fixtures.Empty, ("partners.csv", "id,name,type,partisan nature,state,issue areas\na,Alpha,organization,nonpartisan,OH,climate\nb,Beta,organization,nonpartisan,,\nc,Gamma,organization,nonpartisan,OH,\n")).Workspace;

        const string again = "name,state,issue areas,website\n" +
            "Alpha,OH,climate,\n" +      // unchanged: matched by name
            "Beta,OH,housing,\n" +       // updated: empty state filled, issue areas grow
            "Gamma,PA,,\n" +             // conflicting: the workspace says OH
            "Delta Club,,,\n";           // added, its partisan nature unknown until researched
        var result = Fixtures.Import(workspace, new SpreadsheetImportOptions { ImportValidRowsOnly = true }, ("partners.csv", again));

        Assert.Equal([ImportChangeKind.Unchanged, ImportChangeKind.Updated, ImportChangeKind.Conflicting, ImportChangeKind.Added], result.Report.Changes.Select(c => c.Kind));
        Assert.Contains("the workspace has 'OH', the sheet has 'PA'", Assert.Single(result.Report.Conflicting).Details[0]);
        Assert.Equal("OH", result.Workspace.Partners.Single(p => p.Name == "Gamma").State);
        var beta = result.Workspace.Partners.Single(p => p.Name == "Beta");
        Assert.Equal(("OH", 1), (beta.State, beta.IssueAreas.Count));
        Assert.Empty(result.Problems);
        Assert.Equal(PartisanNature.Unknown, Assert.IsType<Organization>(result.Workspace.Partners.Single(p => p.Name == "Delta Club")).PartisanNature);
    }

    [Fact]
    public void A_dry_run_reports_and_changes_nothing()
    {
        var result = Fixtures.Import(Fixtures.Empty, new SpreadsheetImportOptions { DryRun = true }, ("partners.csv", SpreadsheetPartners));
        Assert.False(result.Applied);
        Assert.Same(Fixtures.Empty, result.Workspace);
        Assert.Equal(2, result.Report.Count(ImportChangeKind.Added));
    }

    [Fact]
    public void The_column_map_overrides_header_matching()
    {
        var options = new SpreadsheetImportOptions { ColumnMap = new Dictionary<string, string> { ["Group"] = "name", ["Politics"] = "partisan nature", ["Ignore me"] = "-" } };
        var result = Fixtures.Import(Fixtures.Empty, options, ("partners.csv", "Group,Politics,Ignore me\nRiverside Food Bank,nonpartisan,x\n"));
        Assert.Empty(result.Problems);
        var partner = Assert.Single(result.Workspace.Partners);
        Assert.Equal("Riverside Food Bank", partner.Name);
        Assert.Empty(partner.UnknownFields);
    }

    [Fact]
    public void Ties_interactions_and_owners_name_parties_by_id_or_by_name()
    {
        const string partners = "id,name,type,partisan nature\norg-rea,Riverside Education Association,organization,nonpartisan\n";
        const string members = "Member,E-mail,Leader?,Skills\nAna Morales,ana@example.org,yes,\"spanish, data\"\n";
        const string ties = "From,To,Type,Strength,Since\nAna Morales,Riverside Education Association,membership,70%,2019\n";
        const string interactions = "Date,Partner,Type,Attendees,Notes\n3/14/2025,org-rea,1:1,Ana Morales,coffee\n2025-04-01,Riverside Education Association,meeting,,\n";
        const string owners = "Partner,Owner,Since,Coalition\norg-rea,Ana Morales,2025-01-10,yes\n";
        var result = Fixtures.Import(Fixtures.Empty, ("owners.csv", owners), ("interactions.csv", interactions), ("ties.csv", ties), ("members.csv", members), ("partners.csv", partners));

        Assert.Empty(result.Problems);
        var ana = Assert.Single(result.Workspace.Chapter.Members);
        Assert.Equal(("ana-morales", true, "ana@example.org"), (ana.Id.Value, ana.IsLeader, ana.Contact?.Email));
        var tie = Assert.Single(result.Workspace.Ties);
        Assert.Equal((ana.Id, new PartyId("org-rea"), 0.7, new PartialDate(2019)), (tie.From, tie.To, tie.Strength, tie.Since!.Value));
        Assert.Equal(2, result.Workspace.Interactions.Count);
        Assert.Equal((InteractionKind.OneOnOne, new DateOnly(2025, 3, 14)), (result.Workspace.Interactions[0].Kind, result.Workspace.Interactions[0].Date));
        Assert.Equal([ana.Id], result.Workspace.Interactions[0].Participants);
        var partnership = Assert.Single(result.Workspace.Partnerships);
        Assert.True(partnership.CoalitionMember);
        Assert.Equal(ana.Id, partnership.OwnerOn(new DateOnly(2025, 2, 1)));
    }

    [Fact]
    public void An_unknown_party_is_a_problem_naming_the_column()
    {
        var result = Fixtures.Import(Fixtures.Bundled(), ("interactions.csv", "date,partner,kind\n2025-03-01,nobody-here,meeting\n"));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, "partner"), (problem.Row, problem.Column));
        Assert.Contains("nobody-here", problem.Message);
    }

    [Fact]
    public void A_file_that_is_no_known_sheet_is_a_problem()
    {
        var result = Fixtures.Import(Fixtures.Empty, ("stuff.csv", "a,b\n1,2\n"));
        Assert.Contains("could not tell which sheet", Assert.Single(result.Problems).Message);
        Assert.False(result.Applied);
    }

    [Fact]
    public void Every_sheet_of_the_bundled_workspace_merges_back_into_it_unchanged()
    {
        var workspace = Fixtures.Bundled();
        var files = Enum.GetValues<SpreadsheetSheet>().Select(s => (SpreadsheetExporter.FileName(s), SpreadsheetExporter.Export(workspace, s))).ToArray();
        var result = Fixtures.Import(workspace, files);

        Assert.Empty(result.Problems);
        Assert.All(result.Report.Changes, c => Assert.Equal(ImportChangeKind.Unchanged, c.Kind));
        Assert.Equal(workspace, result.Workspace);
    }

    [Fact]
    public void Semicolon_export_reads_back_the_same()
    {
        var workspace = Fixtures.Bundled();
        var text = SpreadsheetExporter.Export(workspace, SpreadsheetSheet.Partners, ';');
        Assert.Contains(";", text.Split("\r\n")[0]);
        var result = Fixtures.Import(workspace, ("partners.csv", text));
        Assert.Empty(result.Problems);
        Assert.All(result.Report.Changes, c => Assert.Equal(ImportChangeKind.Unchanged, c.Kind));
    }

    [Fact]
    public void Excel_separator_hint_and_a_stream_with_a_byte_order_mark_are_read()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes("sep=;\r\nname;partisan nature;issue areas\r\nCafé Solidarité;nonpartisan;housing,labor\r\n")).ToArray();
        using var stream = new MemoryStream(bytes);
        var result = SpreadsheetImporter.Import(Fixtures.Empty, [CsvSource.FromStream("Partners.csv", stream)]);

        Assert.Empty(result.Problems);
        var partner = Assert.Single(result.Workspace.Partners);
        Assert.Equal(("Café Solidarité", "cafe-solidarite"), (partner.Name, partner.Id.Value));
        Assert.Equal(2, partner.IssueAreas.Count);
    }

    [Fact]
    public void Two_partners_with_the_same_name_make_a_name_reference_a_problem()
    {
        const string partners = "id,name,partisan nature\nb1,Bike Riverside,nonpartisan\nb2,Bike Riverside,nonpartisan\n";
        const string interactions = "date,partner,kind\n2025-03-01,Bike Riverside,meeting\n";
        var result = Fixtures.Import(Fixtures.Empty, ("partners.csv", partners), ("interactions.csv", interactions));
        var problem = Assert.Single(result.Problems);
        Assert.Contains("give the id", problem.Message);
        Assert.Equal(("interactions.csv", 2, "partner"), (problem.File, problem.Row, problem.Column));
    }

    [Fact]
    public void A_conflicting_tie_strength_is_reported_and_the_workspace_keeps_its_value()
    {
        var workspace = Fixtures.Bundled();
        var tie = workspace.Ties[0];
        var csv = $"from,to,category,strength\n{tie.To},{tie.From},{tie.Category},{(tie.Strength < 0.5 ? 0.9 : 0.1)}\n";
        var result = Fixtures.Import(workspace, ("ties.csv", csv));

        Assert.Empty(result.Problems);
        var change = Assert.Single(result.Report.Conflicting);
        Assert.StartsWith("strength: the workspace has", change.Details[0]);
        Assert.Equal(workspace, result.Workspace);
    }

    [Fact]
    public void Many_interactions_with_one_partner_are_told_apart_and_repeats_are_unchanged()
    {
        var rows = string.Concat(Enumerable.Range(0, 200).Select(i => $"2025-01-01,org-hcfa,meeting,mutual,call {i % 100}\n"));
        var result = Fixtures.Import(Fixtures.Bundled(), ("interactions.csv", "date,partner,kind,direction,summary\n" + rows));

        Assert.Empty(result.Problems);
        Assert.Equal(100, result.Report.Count(ImportChangeKind.Added));
        Assert.Equal(100, result.Report.Count(ImportChangeKind.Unchanged));
    }
}
