namespace Partnering.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private const string AsOf = "2026-01-15";
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private static void NoStackTrace((int Code, string Output, string Error) run)
    {
        Assert.DoesNotContain("   at ", run.Output + run.Error);
        Assert.DoesNotContain("Exception", run.Output + run.Error);
    }

    [Theory]
    [InlineData("workspace.json", "a valid workspace: Riverside Indivisible")]
    [InlineData("policy.json", "a valid policy: partnering.issue-advocacy")]
    public void Validate_accepts_every_kind_of_valid_document(string file, string expected)
    {
        var run = _cli.Run("validate", file, "--as-of", AsOf);
        Assert.Equal((0, string.Empty), (run.Code, run.Error));
        Assert.Contains(expected, run.Output);
    }

    [Fact]
    public void Validate_accepts_a_ladder_document()
    {
        var ladder = _cli.Write("ladder.json", Core.Documents.TierLadderDocument.Save(Core.Tiers.TierLadder.Default));
        var run = _cli.Run("validate", ladder);
        Assert.Equal(0, run.Code);
        Assert.Contains("a valid tier ladder", run.Output);
    }

    [Fact]
    public void Validate_lists_problems_with_json_paths_and_exits_1()
    {
        var bad = _cli.Write("bad.json", _cli.Read("workspace.json").Replace("\"kind\": \"union\"", "\"kind\": \"guild\"", StringComparison.Ordinal));
        var run = _cli.Run("validate", bad);
        Assert.Equal(1, run.Code);
        Assert.Matches(@"\$\.partners\[\d+\]\.kind: ", run.Output);
        NoStackTrace(run);
    }

    [Fact]
    public void Validate_of_text_that_is_no_json_reports_it_and_exits_1()
    {
        var run = _cli.Run("validate", _cli.Write("notes.json", "this is not json"));
        Assert.Equal(1, run.Code);
        Assert.Contains("$", run.Output);
        NoStackTrace(run);
    }

    [Theory]
    [InlineData("validate", "missing.json")]
    [InlineData("decide", "missing.json", "--partner", "org-hcfa")]
    [InlineData("explain", "missing.json", "--partner", "org-hcfa")]
    [InlineData("screen", "missing.json")]
    [InlineData("whatif", "missing.json", "policy.json", "policy.json")]
    [InlineData("tiers", "missing.json")]
    [InlineData("plan", "missing.json", "--map", "whitfield-school-funding")]
    [InlineData("import", "missing.json", "partners.csv")]
    public void A_missing_file_is_a_clear_message_and_exit_2(params string[] args)
    {
        var run = _cli.Run([.. args, "--as-of", AsOf]);
        Assert.Equal(2, run.Code);
        Assert.Contains("missing.json: no such file", run.Error);
        NoStackTrace(run);
    }

    [Theory]
    [InlineData("decide", "policy.json", "--partner", "org-hcfa")]
    [InlineData("screen", "policy.json")]
    [InlineData("tiers", "policy.json")]
    [InlineData("plan", "policy.json", "--map", "x")]
    [InlineData("whatif", "workspace.json", "workspace.json", "policy.json")]
    public void The_wrong_kind_of_document_is_named_and_exits_2(params string[] args)
    {
        var run = _cli.Run([.. args, "--as-of", AsOf]);
        Assert.Equal(2, run.Code);
        Assert.Matches("is a (policy|workspace) document, not a (workspace|policy)", run.Error);
        NoStackTrace(run);
    }

    [Fact]
    public void An_unknown_partner_id_is_named_with_the_partners_there_are()
    {
        var run = _cli.Run("decide", "workspace.json", "--partner", "org-nobody", "--as-of", AsOf);
        Assert.Equal(2, run.Code);
        Assert.Contains("has no partner 'org-nobody'. Partners: org-county-dems", run.Error);
        NoStackTrace(run);
    }

    [Theory]
    [InlineData("decide", "workspace.json", "--partner", "org-hcfa", "--kind", "picnic")]
    [InlineData("decide", "workspace.json", "--partner", "org-hcfa", "--date", "next tuesday")]
    [InlineData("screen", "workspace.json", "--as-of", "2026-13-45")]
    [InlineData("plan", "workspace.json", "--map", "no-such-map")]
    [InlineData("decide", "workspace.json", "--partner", "org-hcfa", "--member", "m-nobody")]
    public void Bad_option_values_are_clear_messages_and_exit_2(params string[] args)
    {
        var run = _cli.Run(args);
        Assert.Equal(2, run.Code);
        Assert.StartsWith("error: ", run.Error);
        NoStackTrace(run);
    }

    [Fact]
    public void A_missing_required_option_is_a_usage_error()
    {
        var run = _cli.Run("decide", "workspace.json");
        Assert.NotEqual(0, run.Code);
        Assert.Contains("--partner", run.Error);
    }

    // seed 000: a candidate is out while they run; the same decision as a record for an audit log
    [Fact]
    public void Seed000_decide_forbids_a_running_candidate_and_json_prints_the_record()
    {
        var text = _cli.Run("decide", "workspace.json", "--partner", "ind-marsh", "--as-of", "2026-03-01");
        Assert.Equal(0, text.Code);
        Assert.Contains("partnership with Dana Marsh on 2026-03-01: Forbid", text.Output);
        Assert.Contains("candidates-while-running", text.Output);

        var json = _cli.Run("decide", "workspace.json", "--partner", "ind-marsh", "--as-of", "2026-03-01", "--json");
        Assert.StartsWith("{\"outcome\":\"forbid\"", json.Output);
        Assert.Contains("\"asOf\":\"2026-03-01\"", json.Output);
    }

    // seed 003: an engagement against a person is declined while the partnership stands
    [Fact]
    public void Seed003_explain_gives_the_rules_reasons_and_facts()
    {
        var run = _cli.Run("explain", "workspace.json", "--partner", "org-climate", "--kind", "co-organize-event", "--target", "person", "--as-of", AsOf);
        Assert.Equal(0, run.Code);
        Assert.Contains("coOrganizeEvent with Riverside Climate Coalition on 2026-01-15:", run.Output);
        Assert.Contains("policy: partnering.issue-advocacy 2.1.0", run.Output);
        Assert.Contains("fact: ", run.Output);
    }

    [Fact]
    public void Screen_prints_every_partner_with_its_outcome_and_the_same_output_every_run()
    {
        var first = _cli.Run("screen", "workspace.json", "--as-of", AsOf);
        Assert.Equal(0, first.Code);
        Assert.Contains("org-county-dems", first.Output);
        Assert.Contains("partisan-and-electoral-bodies", first.Output);
        Assert.Equal(first.Output, _cli.Run("screen", "workspace.json", "--as-of", AsOf).Output);
    }

    [Fact]
    public void Whatif_names_the_partners_that_change_and_the_rules_that_changed()
    {
        var policy = _cli.Read("policy.json");
        var looser = _cli.Write("looser.json", policy.Replace("\"id\": \"partnering.issue-advocacy\"", "\"id\": \"looser\"", StringComparison.Ordinal)
            .Replace("\"id\": \"candidates-while-running\",\n      \"effect\": \"forbid\"", "\"id\": \"candidates-while-running\",\n      \"effect\": \"review\",\n      \"reviewers\": [\"organizing staff\"]", StringComparison.Ordinal));
        var same = _cli.Run("whatif", "workspace.json", "policy.json", "policy.json", "--as-of", AsOf);
        Assert.Equal(0, same.Code);
        Assert.Contains("0 of 23 partners change outcome", same.Output);

        var run = _cli.Run("whatif", "workspace.json", "policy.json", looser, "--as-of", "2026-03-01");
        Assert.Equal(0, run.Code);
        Assert.Contains("candidates-while-running", run.Output);
        Assert.Contains("Dana Marsh", run.Output);
    }

    [Fact]
    public void Whatif_with_a_policy_that_does_not_compile_lists_its_problems_and_exits_1()
    {
        var broken = _cli.Write("broken.json", _cli.Read("policy.json").Replace("\"id\": \"candidates-while-running\",\n      \"effect\": \"forbid\"", "\"id\": \"candidates-while-running\",\n      \"effect\": \"review\"", StringComparison.Ordinal));
        var run = _cli.Run("whatif", "workspace.json", "policy.json", broken, "--as-of", AsOf);
        Assert.Equal(1, run.Code);
        Assert.Contains("$.rules[1].reviewers", run.Error);
        NoStackTrace(run);
    }

    [Fact]
    public void Tiers_prints_standings_and_writes_the_ladder_as_mermaid()
    {
        var run = _cli.Run("tiers", "workspace.json", "--as-of", AsOf, "--mermaid", "ladder.mmd");
        Assert.Equal(0, run.Code);
        Assert.Contains("Riverside Climate", run.Output);
        Assert.Contains("Next actions", run.Output);
        Assert.StartsWith("stateDiagram", _cli.Read("ladder.mmd").TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_recommends_partnerships_and_writes_the_power_map_svg()
    {
        var run = _cli.Run("plan", "workspace.json", "--map", "whitfield-school-funding", "--as-of", AsOf, "--svg", "map.svg");
        Assert.Equal(0, run.Code);
        Assert.Contains("Riverside Education Association", run.Output);
        Assert.Contains($"## Outreach plan from {AsOf}", run.Output);
        Assert.Contains("| # | Partner | Owner | Tier | First ask | By |", run.Output);
        Assert.True(run.Output.IndexOf("## Outreach plan", StringComparison.Ordinal) > run.Output.IndexOf("Riverside Education Association", StringComparison.Ordinal));
        Assert.Contains("<svg", _cli.Read("map.svg"));
    }

    [Fact]
    public void Import_dry_run_reports_and_writes_nothing_then_import_writes_the_workspace()
    {
        var before = _cli.Read("workspace.json");
        var csv = _cli.Write("partners.csv", "Organization;Type;Partisan nature;Issues;ST\r\nRiverside Tenants Union;organization;nonpartisan;housing;OH\r\n");
        var dry = _cli.Run("import", "workspace.json", csv, "--dry-run", "--as-of", AsOf);
        Assert.Equal(0, dry.Code);
        Assert.Contains("added partners riverside-tenants-union (partners.csv row 2)", dry.Output);
        Assert.Contains("Dry run: nothing was written.", dry.Output);
        Assert.Equal(before, _cli.Read("workspace.json"));

        var run = _cli.Run("import", "workspace.json", csv, "--as-of", AsOf);
        Assert.Equal(0, run.Code);
        Assert.Contains("riverside-tenants-union", _cli.Read("workspace.json"));
        Assert.Equal(0, _cli.Run("validate", "workspace.json").Code);
    }

    [Fact]
    public void Import_with_bad_rows_names_them_changes_nothing_and_exits_1()
    {
        var before = _cli.Read("workspace.json");
        var csv = _cli.Write("interactions.csv", "date,partner,kind\n2026-01-10,org-nobody,meeting\n2026-01-11,org-hcfa,picnic\n");
        var run = _cli.Run("import", "workspace.json", csv, "--as-of", AsOf);
        Assert.Equal(1, run.Code);
        Assert.Contains("problem: interactions.csv row 2, column 'partner'", run.Output);
        Assert.Contains("problem: interactions.csv row 3, column 'kind'", run.Output);
        Assert.Equal(before, _cli.Read("workspace.json"));
        NoStackTrace(run);
    }

    [Fact]
    public void Import_with_a_column_map_and_an_output_file()
    {
        var csv = _cli.Write("orgs.csv", "Group,Politics\nRiverside Tenants Union,nonpartisan\n");
        var run = _cli.Run("import", "workspace.json", csv, "--column", "Group=name", "--column", "Politics=partisan nature", "--output", "out.json", "--as-of", AsOf);
        Assert.Equal(0, run.Code);
        Assert.Contains("Riverside Tenants Union", _cli.Read("out.json"));
    }
}
