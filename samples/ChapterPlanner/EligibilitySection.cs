using Partnering.Core;
using Partnering.Core.Eligibility;

namespace ChapterPlanner;

/// <summary>Screens every partner against the built-in eligibility policy and shows one engagement declined while its partnership stands.</summary>
internal static class EligibilitySection
{
    public static void Print(Workspace workspace, DateOnly asOf, TextWriter output)
    {
        var evaluator = new PolicyCompiler().Compile(BuiltInPolicy.Pack);
        var directory = PartnerDirectory.From(workspace);

        output.WriteLine();
        output.WriteLine($"Eligibility (policy {evaluator.Policy.Id} {evaluator.Policy.Version}), as of {asOf:yyyy-MM-dd}");
        Partner? standing = null;
        foreach (var screening in evaluator.ScreenPartners(directory, asOf))
        {
            var partner = directory.FindPartner(screening.Partner)!;
            var decision = evaluator.Explain(directory, new Engagement { Kind = EngagementKind.Partnership, Partners = [partner.Id], Date = asOf });
            output.WriteLine($"  {partner.Name}: {decision.Outcome}");
            foreach (var rule in decision.DecidingRules)
            {
                output.WriteLine($"    - {rule.RuleId}: {rule.Error ?? rule.Reason}");
            }

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

            if (standing is null && decision.Outcome is EligibilityOutcome.Permit or EligibilityOutcome.PermitWithConditions && partner is Organization)
            {
                standing = partner;
            }
        }

        if (standing is null)
        {
            return;
        }

        var againstAPerson = new Engagement
        {
            Kind = EngagementKind.CoOrganizeEvent,
            Partners = [standing.Id],
            Date = asOf,
            Target = TargetKind.Person,
            Message = "A rally aimed against a politician personally",
        };
        var declined = evaluator.Explain(directory, againstAPerson);
        output.WriteLine();
        output.WriteLine($"  The partnership with {standing.Name} stands, but this engagement is declined:");
        output.WriteLine($"    {againstAPerson.Kind} aimed at a {againstAPerson.Target}: {declined.Outcome}");
        foreach (var rule in declined.DecidingRules)
        {
            output.WriteLine($"    - {rule.RuleId}: {rule.Reason}");
        }

        output.WriteLine($"    record: {DecisionRecord.From(declined).ToJson()}");
    }
}
