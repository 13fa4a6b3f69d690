using Partnering.Core;
using Partnering.Core.Documents;
using Partnering.Core.Eligibility;

namespace ChapterPlanner;

/// <summary>
/// Eligibility as a chapter meets it: every partner screened under the chapter's own policy (the pack for
/// its kind, extended with the workspace's "policy"), the review before reaching out, then dated engagements decided one by one (each date explicit, so the output never drifts), and a
/// second, electoral workspace decided under its own pack.
/// </summary>
internal static class EligibilitySection
{
    public static void Print(ChapterSession session, IChapterSessionFactory sessions, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Eligibility (policy {session.Policy.Policy.Id} {session.Policy.Policy.Version}), partners screened as of {session.AsOf:yyyy-MM-dd}");
        foreach (var screening in session.Screening)
        {
            output.WriteLine($"  {session.Directory.NameOf(screening.Partner)}: {screening.Outcome}");
            foreach (var rule in screening.Reasons)
            {
                output.WriteLine($"    - {rule.RuleId}: {rule.Error ?? rule.Reason}");
            }

            Details(screening.Decision, output);
        }

        // Review before outreach (the chapter reaches out): a group based in another state, and one under a national relationship.
        output.WriteLine();
        output.WriteLine("  Before we reach out:");
        foreach (var partner in new[] { "org-three-rivers", "org-safe-streets" })
        {
            var id = new PartyId(partner);
            var organization = session.Directory.FindPartner(id) as Organization;
            var why = organization?.NationalParent is { } parent ? $"a chapter of {parent}" : $"based in {organization?.State}";
            Show(output, $"we reach out to {session.Directory.NameOf(id)} ({why})", session.ReviewOutreach(id));
        }

        output.WriteLine();
        output.WriteLine("  Dated engagements:");
        var ana = session.Workspace.Chapter.Members.FirstOrDefault(m => m.Id.Value == "m-ana")?.Id;
        Decide(session, output, "Sen. Whitfield speaks at our health-care rally, before she declares", Rally("ind-whitfield", new DateOnly(2025, 10, 4)));
        Decide(session, output, "the same rally once she runs for re-election", Rally("ind-whitfield", new DateOnly(2026, 4, 18)));
        Decide(session, output, "the same rally after election day", Rally("ind-whitfield", new DateOnly(2026, 11, 14)));
        Decide(session, output, "Rep. Dunn speaks at our climate rally in his official capacity", Rally("ind-dunn", new DateOnly(2026, 4, 22)));
        Decide(session, output, "the food bank (a 501(c)(3)) co-promotes our SNAP forum", new Engagement
        {
            Kind = EngagementKind.CoPromoteEvent, Partners = [new PartyId("org-food-bank")], Date = new DateOnly(2026, 5, 2), Target = TargetKind.Lawmaker,
        });
        Decide(session, output, "Ana (a College Democrats member) leads our climate teach-in", new Engagement
        {
            Kind = EngagementKind.CoOrganizeEvent, Partners = [new PartyId("org-climate")], Date = new DateOnly(2026, 5, 9), Target = TargetKind.Lawmaker, Member = ana,
        });
        Decide(session, output, "Ana's project co-organizes with the College Democrats", new Engagement
        {
            Kind = EngagementKind.CoOrganizeEvent, Partners = [new PartyId("org-campus-dems")], Date = new DateOnly(2026, 5, 9), Target = TargetKind.Lawmaker, Member = ana,
        });
        Decide(session, output, "we reach out to the Three Rivers Climate Network in Pennsylvania", new Engagement
        {
            Kind = EngagementKind.Outreach, Partners = [new PartyId("org-three-rivers")], Date = new DateOnly(2026, 3, 20), ChapterReachesOut = true,
        });
        Decide(session, output, "a coalition partner proposes disrupting the senator's town hall", new Engagement
        {
            Kind = EngagementKind.CoalitionTable, Partners = [new PartyId("org-climate")], Date = new DateOnly(2026, 6, 6), Target = TargetKind.Lawmaker, Tactic = new Tactic("town-hall-disruption"),
        });
        Decide(session, output, "the partnership with that coalition partner, the same day", new Engagement
        {
            Kind = EngagementKind.Partnership, Partners = [new PartyId("org-climate")], Date = new DateOnly(2026, 6, 6),
        });

        var againstAPerson = new Engagement
        {
            Kind = EngagementKind.CoOrganizeEvent, Partners = [new PartyId("org-hcfa")], Date = new DateOnly(2026, 7, 11), Target = TargetKind.Person,
            Message = "A rally aimed against a politician personally",
        };
        var declined = Decide(session, output, "Health Care for All proposes a rally against a politician personally", againstAPerson);
        output.WriteLine($"    record: {DecisionRecordDocument.Save(DecisionRecord.From(declined))}");

        Electoral(sessions, output);
    }

    /// <summary>The bundled electoral workspace: a Sister District team under the electoral pack (seed 004).</summary>
    private static void Electoral(IChapterSessionFactory sessions, TextWriter output)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "electoral-workspace.json");
        if (!File.Exists(path))
        {
            return;
        }

        var loaded = WorkspaceDocument.Load(File.ReadAllText(path));
        if (!loaded.Succeeded)
        {
            output.WriteLine($"  electoral-workspace.json has problems: {string.Join("; ", loaded.Problems)}");
            return;
        }

        var session = sessions.Open(loaded.Value!, new DateOnly(2026, 9, 12));
        var day = session.AsOf;
        output.WriteLine();
        output.WriteLine($"  An electoral team: {session.Workspace.Chapter.Name} (policy {session.Policy.Policy.Id} {session.Policy.Policy.Version}), on {day:yyyy-MM-dd}");
        foreach (var partner in session.Workspace.Partners)
        {
            var engagement = partner is Individual
                ? new Engagement { Kind = EngagementKind.CoOrganizeEvent, Partners = [partner.Id], Date = day, Target = TargetKind.Lawmaker, Tactic = new Tactic("fundraiser") }
                : new Engagement { Kind = EngagementKind.CoOrganizeEvent, Partners = [partner.Id], Date = day, Target = TargetKind.Lawmaker, Tactic = new Tactic("phonebank"), ChapterReachesOut = true };
            var what = partner is Individual ? $"a fundraiser for {partner.Name}" : $"a phonebank with {partner.Name}";
            Decide(session, output, what, engagement);
        }
    }

    private static Engagement Rally(string official, DateOnly date) => new()
    {
        Kind = EngagementKind.RallyWithSpeaker, Partners = [new PartyId(official)], Date = date, Target = TargetKind.Lawmaker,
    };

    private static EligibilityDecision Decide(ChapterSession session, TextWriter output, string what, Engagement engagement)
    {
        var decision = session.Explain(engagement);
        Show(output, what, decision);
        return decision;
    }

    private static void Show(TextWriter output, string what, EligibilityDecision decision)
    {
        output.WriteLine($"  {decision.Engagement.Date:yyyy-MM-dd} {what}: {decision.Outcome}");
        foreach (var rule in decision.DecidingRules)
        {
            output.WriteLine($"    - {rule.RuleId}: {rule.Error ?? rule.Reason}");
        }

        Details(decision, output);
    }

    private static void Details(EligibilityDecision decision, TextWriter output)
    {
        foreach (var condition in decision.ConditionsToHonour)
        {
            output.WriteLine($"    condition: {condition}");
        }

        foreach (var reviewer in decision.Reviewers)
        {
            output.WriteLine($"    reviewer: {reviewer}");
        }

        if (decision.ClosestPermit is { } gap)
        {
            output.WriteLine($"    {gap}");
        }
    }
}
