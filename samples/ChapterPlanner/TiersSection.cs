using Partnering.Core;
using Partnering.Core.Eligibility;
using Partnering.Core.Tiers;

namespace ChapterPlanner;

/// <summary>
/// Prints where each partnership stands on the workspace's tier ladder (the default one when it has
/// none) and what its next step needs, from the interactions, the tier overrides, the one-on-ones, the
/// coalition tables' follow-through and the partner's eligibility; writes the ladder as a Mermaid graph.
/// </summary>
internal static class TiersSection
{
    public static void Print(ChapterSession session, TextWriter output, string mermaidPath = "ladder.mmd")
    {
        output.WriteLine();
        output.WriteLine($"Partnership tiers (ladder '{session.Progression.Ladder.Name}'), as of {session.AsOf:yyyy-MM-dd}, eligibility applied");
        foreach (var standing in session.Standings)
        {
            var name = session.Directory.NameOf(standing.Partner) ?? standing.Partner.ToString();
            var since = standing.Since is { } s ? $" since {s:yyyy-MM-dd}" : string.Empty;
            var flags = (standing.Affiliate ? ", affiliate" : string.Empty) + (standing.CoalitionMember ? ", coalition member" : string.Empty);
            output.WriteLine($"  {name}: {standing.Tier}{since}{flags}");
            // A partner the policy forbids is held at its tier, whatever its evidence, and the standing says why.
            if (standing.Eligibility == EligibilityOutcome.Forbid)
            {
                output.WriteLine($"    HELD at {standing.Tier}: eligibility forbids partnering with them.");
                foreach (var rule in session.ScreeningOf(standing.Partner)?.Reasons ?? [])
                {
                    output.WriteLine($"      - {rule.RuleId}: {rule.Error ?? rule.Reason}");
                }

                continue;
            }

            if (standing.AtRisk)
            {
                output.WriteLine($"    AT RISK: {standing.RiskReason}");
            }

            // Faster steps (seed 004: sometimes it is right to move quickly) carry the ladder's reason.
            foreach (var fast in standing.Transitions.Where(t => t.Kind == TierMoveKind.FasterStep))
            {
                output.WriteLine($"    Faster step on {fast.Date:yyyy-MM-dd}: {fast.Reason}");
            }

            if (standing.Affiliation.Suggestion is { } affiliate)
            {
                output.WriteLine($"    Affiliate path ({standing.Affiliation.Stage}): {affiliate}");
            }

            if (standing.AllyByChoice is { } ally)
            {
                // Seed 004: a Learning partner by choice is not a failure to progress: no next step is proposed.
                output.WriteLine($"    Ally by choice since {ally.Date:yyyy-MM-dd}: {ally.Reason}. No next step proposed.");
                continue;
            }

            if (standing.Next is not { } next)
            {
                output.WriteLine("    At the top of the ladder: keep it nurtured.");
                continue;
            }

            output.WriteLine(next.Ready ? $"    Ready for {next.To}." : $"    For {next.To}, still missing:");
            foreach (var missing in next.Unmet)
            {
                output.WriteLine($"      - {missing.Description}");
            }

            output.WriteLine("    Next actions:");
            foreach (var action in next.NextActions)
            {
                output.WriteLine($"      * {action}");
            }
        }

        File.WriteAllText(mermaidPath, session.Progression.Ladder.ToMermaid());
        output.WriteLine($"  The ladder's Mermaid graph is in {Path.GetFullPath(mermaidPath)}.");
    }
}
