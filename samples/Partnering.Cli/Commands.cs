using System.CommandLine;
using System.Globalization;
using Partnering.Core;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using Partnering.Core.Spreadsheets;
using Partnering.Core.Tiers;
using Spectre.Console;

namespace Partnering.Cli;

/// <summary>The subcommands. Each one uses the library's public API in one place, so a change to the API is fixed here.</summary>
internal static class Commands
{
    public static IEnumerable<Command> All(CliContext context)
    {
        yield return Validate(context);
        yield return Decide(context, "decide", "Decide whether the chapter may take on an engagement with a partner: the outcome and the rules that decided it.", explain: false);
        yield return Decide(context, "explain", "Explain a decision in full: every deciding rule with its reason, source and facts, the conditions, reviewers and the closest permit.", explain: true);
        yield return Screen(context);
        yield return WhatIf(context);
        yield return Tiers(context);
        yield return Plan(context);
        yield return Import(context);
    }

    private static Argument<string> File(string name, string description) => new(name) { Description = description };

    private static Command Validate(CliContext context)
    {
        var file = File("file", "A workspace, policy or tier ladder document (JSON).");
        var kind = new Option<string?>("--kind") { Description = "The kind of document (workspace, policy or ladder); told from its fields when left out." };
        var command = new Command("validate", "Check a workspace, policy or tier ladder document: lists every problem with its JSON path; exits 1 when there are problems.") { file, kind };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(file)!;
            var text = context.ReadText(name);
            var given = parse.GetValue(kind);
            DocumentKind? documentKind = given is null ? DocumentKinds.Detect(text) : CliContext.Enum<DocumentKind>(given, "--kind");
            if (documentKind is null)
            {
                // not JSON, or no telltale field: the workspace loader says what is wrong
                documentKind = DocumentKind.Workspace;
                context.Output.WriteLine($"{name}: not recognizably a workspace, policy or ladder; checking it as a workspace.");
            }

            var problems = DocumentKinds.Load(documentKind.Value, text, out var summary);
            if (problems.Count == 0)
            {
                context.Output.WriteLine($"{name}: {summary}.");
                return Cli.Ok;
            }

            context.Output.WriteLine($"{name}: {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")} in this {DocumentKinds.Name(documentKind.Value)} document:");
            foreach (var problem in problems)
            {
                context.Output.WriteLine($"  {problem.Path}: {problem.Message}");
            }

            return Cli.Problems;
        });
        return command;
    }

    private static Command Decide(CliContext context, string name, string description, bool explain)
    {
        var workspaceFile = File("workspace", "The chapter's workspace document.");
        var partners = new Option<string[]>("--partner") { Description = "The partner's id (or exact name); repeat for an engagement with several partners.", Required = true, AllowMultipleArgumentsPerToken = true };
        var kind = new Option<string>("--kind") { Description = "The kind of engagement (partnership, shareAlerts, coPromoteEvent, coOrganizeEvent, jointLetter, rallyWithSpeaker, coalitionTable, ...).", DefaultValueFactory = _ => "partnership" };
        var date = new Option<string?>("--date") { Description = "The engagement's date (yyyy-MM-dd); defaults to --as-of." };
        var target = new Option<string?>("--target") { Description = "Whom the engagement aims at (lawmaker, executiveOfficial, person, party, ...)." };
        var tactic = new Option<string?>("--tactic") { Description = "The tactic it uses (e.g. town-hall-disruption)." };
        var message = new Option<string?>("--message") { Description = "Its message, in words." };
        var member = new Option<string?>("--member") { Description = "The member acting, when it is a member's engagement." };
        var json = new Option<bool>("--json") { Description = "Print the decision record as JSON." };
        var command = new Command(name, description) { workspaceFile, partners, kind, date, target, tactic, message, member, json };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(workspaceFile)!;
            var workspace = context.LoadWorkspace(file);
            var asOf = CliContext.Date(parse);
            var ids = parse.GetValue(partners)!.Select(p => CliContext.Partner(workspace, p, file).Id).ToList();
            var engagement = new Engagement
            {
                Kind = CliContext.Enum<EngagementKind>(parse.GetValue(kind)!, "--kind"),
                Partners = ids,
                Date = parse.GetValue(date) is { } d ? CliContext.ParseDate(d, "--date") : asOf,
                Target = parse.GetValue(target) is { } t ? CliContext.Enum<TargetKind>(t, "--target") : null,
                Tactic = parse.GetValue(tactic) is { } x ? new Tactic(x) : null,
                Message = parse.GetValue(message),
                Member = parse.GetValue(member) is { } m ? Member(workspace, m, file) : null,
            };
            var decision = CliContext.Evaluator(workspace).Explain(Core.PartnerDirectory.From(workspace), engagement);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(Partnering.Core.Documents.DecisionRecordDocument.Save(DecisionRecord.From(decision)));
                return Cli.Ok;
            }

            var names = string.Join(", ", ids.Select(id => workspace.Partners.First(p => p.Id == id).Name));
            context.Output.WriteLine($"{CliContext.Name(engagement.Kind)} with {names} on {Cli.Date(engagement.Date)}: {decision.Outcome}");
            foreach (var rule in decision.DecidingRules)
            {
                context.Output.WriteLine($"  - {rule.RuleId}: {rule.Error ?? rule.Reason}");
                if (explain)
                {
                    if (rule.Source is { } source)
                    {
                        context.Output.WriteLine($"      source: {source}");
                    }

                    foreach (var fact in rule.Facts)
                    {
                        context.Output.WriteLine($"      fact: {fact}");
                    }
                }
            }

            foreach (var condition in decision.ConditionsToHonour)
            {
                context.Output.WriteLine($"  condition: {condition}");
            }

            foreach (var reviewer in decision.Reviewers)
            {
                context.Output.WriteLine($"  reviewer: {reviewer}");
            }

            if (explain)
            {
                foreach (var other in decision.Findings.Except(decision.DecidingRules))
                {
                    context.Output.WriteLine($"  also matched: {other.RuleId} ({other.Effect}): {other.Reason}");
                }

                if (decision.ClosestPermit is { } gap)
                {
                    context.Output.WriteLine($"  closest permit: {gap}");
                }

                context.Output.WriteLine($"  policy: {decision.PolicyId} {decision.PolicyVersion} ({decision.PolicyHash})");
            }

            return Cli.Ok;
        });
        return command;
    }

    private static PartyId Member(Workspace workspace, string id, string file)
        => workspace.Chapter.Members.FirstOrDefault(m => m.Id.Value == id || string.Equals(m.Name, id, StringComparison.OrdinalIgnoreCase))?.Id
            ?? throw new CliException($"{file} has no member '{id}'. Members: {string.Join(", ", workspace.Chapter.Members.Select(m => m.Id.Value))}");

    private static Command Screen(CliContext context)
    {
        var workspaceFile = File("workspace", "The chapter's workspace document.");
        var command = new Command("screen", "Screen every partner: may the chapter partner with it at all? One row a partner, with the deciding rules.") { workspaceFile };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(workspaceFile)!;
            var workspace = context.LoadWorkspace(file);
            var asOf = CliContext.Date(parse);
            var evaluator = CliContext.Evaluator(workspace);
            var directory = Core.PartnerDirectory.From(workspace);
            var table = new Table().Title($"Partners as of {Cli.Date(asOf)} (policy {evaluator.Policy.Id} {evaluator.Policy.Version})");
            table.AddColumns("Partner", "Name", "Outcome", "Deciding rules");
            var screenings = context.Busy("Screening partners", () => evaluator.ScreenPartners(directory, asOf).ToList());
            context.ForEach("Explaining each partner's outcome", screenings, screening =>
            {
                var partner = directory.FindPartner(screening.Partner)!;
                var decision = evaluator.Explain(directory, new Engagement { Kind = EngagementKind.Partnership, Partners = [partner.Id], Date = asOf });
                table.AddRow(Markup.Escape(partner.Id.Value), Markup.Escape(partner.Name), Outcome(screening.Outcome), Markup.Escape(string.Join(", ", decision.DecidingRules.Select(r => r.RuleId).Distinct())));
            });

            context.Console.Write(table);
            return Cli.Ok;
        });
        return command;
    }

    private static string Outcome(EligibilityOutcome outcome) => outcome switch
    {
        EligibilityOutcome.Forbid => "[red]Forbid[/]",
        EligibilityOutcome.Review => "[yellow]Review[/]",
        EligibilityOutcome.PermitWithConditions => "[green]PermitWithConditions[/]",
        _ => $"[green]{outcome}[/]",
    };

    private static Command WhatIf(CliContext context)
    {
        var workspaceFile = File("workspace", "The chapter's workspace document.");
        var before = File("policyA", "The current policy document.");
        var after = File("policyB", "The proposed policy document.");
        var command = new Command("whatif", "Compare two policies on every partner of a workspace: which partners change outcome, and because of which rules.") { workspaceFile, before, after };
        command.SetAction(parse =>
        {
            var workspace = context.LoadWorkspace(parse.GetValue(workspaceFile)!);
            var a = context.LoadPolicy(parse.GetValue(before)!);
            var b = context.LoadPolicy(parse.GetValue(after)!);
            var asOf = CliContext.Date(parse);
            var compiler = new PolicyCompiler();
            var directory = Core.PartnerDirectory.From(workspace);
            var changes = PolicyWhatIf.ComparePartners(compiler.Compile(a), compiler.Compile(b), directory, asOf);
            context.Output.WriteLine($"{a.Id} {a.Version} -> {b.Id} {b.Version}, as of {Cli.Date(asOf)}: {changes.Count} of {directory.Partners.Count} partners change outcome.");
            if (changes.Count == 0)
            {
                return Cli.Ok;
            }

            var table = new Table();
            table.AddColumns("Partner", "Before", "After", "Because of");
            foreach (var change in changes)
            {
                var partner = directory.FindPartner(change.Engagement.Partners[0])!;
                table.AddRow(Markup.Escape($"{partner.Name} ({partner.Id})"), Outcome(change.Before), Outcome(change.After), Markup.Escape(string.Join(", ", change.Causes)));
            }

            context.Console.Write(table);
            return Cli.Ok;
        });
        return command;
    }

    private static Command Tiers(CliContext context)
    {
        var workspaceFile = File("workspace", "The chapter's workspace document.");
        var mermaid = new Option<string?>("--mermaid") { Description = "Write the tier ladder as a Mermaid graph to this file." };
        var command = new Command("tiers", "Where each partnership stands on the tier ladder, what the next tier still needs, and the next actions.") { workspaceFile, mermaid };
        command.SetAction(parse =>
        {
            var workspace = context.LoadWorkspace(parse.GetValue(workspaceFile)!);
            var asOf = CliContext.Date(parse);
            var progression = (workspace.Ladder ?? TierLadder.Default).Compile();
            var names = workspace.Partners.ToDictionary(p => p.Id, p => p.Name);
            var table = new Table().Title($"Partnership tiers as of {Cli.Date(asOf)} (ladder '{Markup.Escape(progression.Ladder.Name)}')");
            table.AddColumns("Partner", "Tier", "Since", "Next", "Still missing", "Next actions");
            foreach (var standing in progression.EvaluateMany(PartnershipHistory.FromWorkspace(workspace, asOf, CliContext.Evaluator(workspace), Core.PartnerDirectory.From(workspace)), asOf))
            {
                var name = names.TryGetValue(standing.Partner, out var n) ? n : standing.Partner.Value;
                var flags = (standing.Affiliate ? " (affiliate)" : string.Empty) + (standing.CoalitionMember ? " (coalition)" : string.Empty) + (standing.AtRisk ? $" AT RISK: {standing.RiskReason}" : string.Empty);
                var next = standing.Next;
                table.AddRow(
                    Markup.Escape(name + flags),
                    Markup.Escape(standing.Tier.ToString()),
                    standing.Since is { } since ? Cli.Date(since) : string.Empty,
                    next is null ? "top of the ladder" : Markup.Escape($"{next.To}{(next.Ready ? " (ready)" : string.Empty)}"),
                    next is null ? string.Empty : Markup.Escape(string.Join(Environment.NewLine, next.Unmet.Select(u => "- " + u.Description))),
                    next is null ? "keep it nurtured"
                        : standing.Eligibility == EligibilityOutcome.Forbid ? "none: held while eligibility forbids it"
                        : Markup.Escape(string.Join(Environment.NewLine, next.NextActions.Select(a => "* " + a))));
            }

            context.Console.Write(table);
            if (parse.GetValue(mermaid) is { } path)
            {
                context.WriteText(path, progression.Ladder.ToMermaid());
                context.Output.WriteLine($"Wrote the ladder's Mermaid graph to {path}.");
            }

            return Cli.Ok;
        });
        return command;
    }

    private static Command Plan(CliContext context)
    {
        var workspaceFile = File("workspace", "The chapter's workspace document.");
        var map = new Option<string>("--map") { Description = "The id of the power map (in the workspace's powerMaps) to plan for.", Required = true };
        var svg = new Option<string>("--svg") { Description = "Where to write the power map picture.", DefaultValueFactory = _ => "power-map.svg" };
        var top = new Option<int>("--top") { Description = "How many partnerships to recommend.", DefaultValueFactory = _ => 5 };
        var command = new Command("plan", "Recommend the partnerships to build for a power map, with the reasons and the way in, then the outreach plan (owner, first ask, date); writes the power map as SVG.") { workspaceFile, map, svg, top };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(workspaceFile)!;
            var workspace = context.LoadWorkspace(file);
            var asOf = CliContext.Date(parse);
            var id = parse.GetValue(map)!;
            var powerMap = workspace.PowerMaps.FirstOrDefault(m => m.Id == id)
                ?? throw new CliException(workspace.PowerMaps.Count == 0 ? $"{file} has no power maps; add one under \"powerMaps\"." : $"{file} has no power map '{id}'. Power maps: {string.Join(", ", workspace.PowerMaps.Select(m => m.Id))}");
            var count = parse.GetValue(top);
            if (count < 1)
            {
                throw new CliException($"--top expects 1 or more; got {count}.");
            }

            var eligibility = CliContext.Evaluator(workspace).ScreenPartners(Core.PartnerDirectory.From(workspace), asOf).ToDictionary(s => s.Partner, s => (EligibilityOutcome?)s.Outcome);
            var plan = new PartnershipPlanner().Plan(new PlanningRequest
            {
                Workspace = workspace,
                PowerMaps = [powerMap],
                DeclaredAssets = workspace.Assets,
                Eligibility = party => eligibility.TryGetValue(party, out var outcome) ? outcome : null,
                AsOf = asOf,
                Top = count,
            });
            var only = plan.Maps[0];
            context.Output.WriteLine($"Power map {powerMap.Title ?? powerMap.Id}, as of {Cli.Date(asOf)}: {only.Breadth}");
            var table = new Table();
            table.AddColumns("#", "Partner", "Score", "Why", "Way in");
            foreach (var recommendation in only.Recommendations)
            {
                table.AddRow(
                    recommendation.Rank.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(recommendation.Score.Name + (recommendation.NeedsReview ? " (review first)" : string.Empty)),
                    recommendation.Score.Score.ToString("0.00", CultureInfo.InvariantCulture),
                    Markup.Escape(recommendation.Reason),
                    Markup.Escape(recommendation.Path?.ToString() ?? "build a way in"));
            }

            context.Console.Write(table);

            // The outreach plan (seed 003): an owner, the first ask for the partner's tier, a date.
            var tiers = new Dictionary<PartyId, string>();
            foreach (var standing in (workspace.Ladder ?? TierLadder.Default).Compile().EvaluateMany(PartnershipHistory.FromWorkspace(workspace, asOf), asOf))
            {
                tiers[standing.Partner] = standing.Tier;
            }

            var outreach = new OutreachPlanner().Plan(plan, workspace, asOf, partner => tiers.TryGetValue(partner, out var tier) ? tier : null);
            context.Output.WriteLine();
            context.Output.Write(outreach.ToMarkdown(workspace));
            if (plan.UnusedAssets.Count > 0)
            {
                context.Output.WriteLine($"Unused assets: {string.Join("; ", plan.UnusedAssets.Take(5).Select(u => $"{u.Asset.Name} ({u.Reason})"))}");
            }

            var svgFile = parse.GetValue(svg)!;
            context.WriteText(svgFile, MapPictures.PowerMapSvg(only.Assessment));
            context.Output.WriteLine($"Wrote the power map to {svgFile}.");
            return Cli.Ok;
        });
        return command;
    }

    private static Command Import(CliContext context)
    {
        var workspaceFile = File("workspace", "The chapter's workspace document; written back with the imported rows unless --dry-run or --output.");
        var sheets = new Argument<string[]>("csv") { Description = "CSV files: partners, members, ties, interactions or owners (told from the file name or headers).", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what the import would do; change nothing." };
        var validOnly = new Option<bool>("--valid-rows-only") { Description = "Import the rows without problems even when other rows have some." };
        var output = new Option<string?>("--output") { Description = "Write the result to this file instead of the workspace file." };
        var separator = new Option<string?>("--separator") { Description = "The field separator (, ; tab |); detected when left out." };
        var columns = new Option<string[]>("--column") { Description = "Map a header to a column: \"Org Name=name\" (\"Header=-\" ignores it). Repeatable." };
        var command = new Command("import", "Import a chapter's spreadsheets (CSV) into a workspace: a report of added, updated, unchanged and conflicting rows; problems name file, row and column.") { workspaceFile, sheets, dryRun, validOnly, output, separator, columns };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(workspaceFile)!;
            var workspace = context.LoadWorkspace(file);
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in parse.GetValue(columns) ?? [])
            {
                var at = pair.IndexOf('=', StringComparison.Ordinal);
                if (at <= 0 || at == pair.Length - 1)
                {
                    throw new CliException($"--column expects Header=column; got '{pair}'.");
                }

                map[pair[..at]] = pair[(at + 1)..];
            }

            var separatorText = parse.GetValue(separator);
            char? sep = separatorText switch
            {
                null => null,
                "tab" or "\\t" => '\t',
                { Length: 1 } s => s[0],
                _ => throw new CliException($"--separator expects one character (or tab); got '{separatorText}'."),
            };
            var options = new SpreadsheetImportOptions { DryRun = parse.GetValue(dryRun), ImportValidRowsOnly = parse.GetValue(validOnly), ColumnMap = map, Separator = sep };
            var texts = parse.GetValue(sheets)!.Select(name => (Name: Path.GetFileName(name), Text: context.ReadText(name))).ToList();
            var result = context.Busy($"Importing {texts.Count} sheet{(texts.Count == 1 ? string.Empty : "s")}", () => SpreadsheetImporter.Import(workspace, texts.Select(t => CsvSource.FromText(t.Name, t.Text)), options));

            foreach (var problem in result.Problems)
            {
                context.Output.WriteLine($"problem: {problem}");
            }

            foreach (var change in result.Report.Changes.Where(c => c.Kind != ImportChangeKind.Unchanged))
            {
                context.Output.WriteLine(change.ToString());
            }

            context.Output.WriteLine($"{result.Report}{(result.Problems.Count > 0 ? $", {result.Problems.Count} problem{(result.Problems.Count == 1 ? string.Empty : "s")}" : string.Empty)}.");
            if (!result.Applied)
            {
                context.Output.WriteLine(options.DryRun ? "Dry run: nothing was written." : $"Nothing was imported: fix the problems, or pass --valid-rows-only. {file} is unchanged.");
                return result.Problems.Count > 0 ? Cli.Problems : Cli.Ok;
            }

            var target = parse.GetValue(output) ?? file;
            context.WriteText(target, Core.Documents.WorkspaceDocument.Save(result.Workspace));
            context.Output.WriteLine($"Wrote {target}.");
            return result.Problems.Count > 0 ? Cli.Problems : Cli.Ok;
        });
        return command;
    }
}
