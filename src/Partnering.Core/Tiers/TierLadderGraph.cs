using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Partnering.Core.Tiers;

/// <summary>Draws a ladder: tiers as states, steps up labelled with their criteria (a faster way up as a second edge), decay as steps down.</summary>
internal static class TierLadderGraph
{
    public static string Mermaid(TierLadder ladder)
    {
        var b = new StringBuilder();
        b.Append("stateDiagram-v2\n");
        b.Append("    direction LR\n");
        for (var i = 0; i < ladder.Tiers.Count; i++)
        {
            b.Append(CultureInfo.InvariantCulture, $"    state \"{MermaidText(ladder.Tiers[i].Name)}\" as t{i}\n");
        }

        if (ladder.Tiers.Count > 0)
        {
            b.Append("    [*] --> t0\n");
        }

        foreach (var (from, to, lines, dashed) in Edges(ladder))
        {
            var label = string.Join("<br/>", lines.Select(MermaidText));
            b.Append(CultureInfo.InvariantCulture, $"    t{from} --> t{to} : {(dashed ? "decay: " : string.Empty)}{label}\n");
        }

        return b.ToString();
    }

    public static string Dot(TierLadder ladder)
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"digraph \"{DotText(ladder.Name)}\" {{\n");
        b.Append("  rankdir=LR;\n");
        b.Append("  node [shape=box, style=rounded];\n");
        for (var i = 0; i < ladder.Tiers.Count; i++)
        {
            b.Append(CultureInfo.InvariantCulture, $"  t{i} [label=\"{DotText(ladder.Tiers[i].Name)}\"];\n");
        }

        foreach (var (from, to, lines, dashed) in Edges(ladder))
        {
            var label = string.Join("\\n", lines.Select(DotText));
            b.Append(CultureInfo.InvariantCulture, $"  t{from} -> t{to} [label=\"{label}\"{(dashed ? ", style=dashed" : string.Empty)}];\n");
        }

        b.Append("}\n");
        return b.ToString();
    }

    private static IEnumerable<(int From, int To, IReadOnlyList<string> Lines, bool Decay)> Edges(TierLadder ladder)
    {
        int Level(string name)
        {
            for (var i = 0; i < ladder.Tiers.Count; i++)
            {
                if (string.Equals(ladder.Tiers[i].Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return -1;
        }

        foreach (var step in ladder.Steps)
        {
            var from = Level(step.From);
            var to = Level(step.To);
            if (from >= 0 && to >= 0)
            {
                yield return (from, to, Lines(step.When), false);
                if (ladder.Pace.FasterSteps && step.Faster is { } faster)
                {
                    yield return (from, to, ["faster, on strong evidence:", .. Lines(faster.When)], false);
                }
            }
        }

        var floor = Level(ladder.Decay.Floor);
        var silence = string.Create(CultureInfo.InvariantCulture, $"silent {ladder.Decay.AtRiskAfterDays + ladder.Decay.GraceDays} days");
        for (var level = ladder.Tiers.Count - 1; level > floor && floor >= 0; level--)
        {
            yield return (level, level - 1, [silence], true);
        }
    }

    private static IReadOnlyList<string> Lines(TierCriterion criterion)
        => criterion is AllOfCriterion all ? [.. all.Items.Select(Text)] : [Text(criterion)];

    /// <summary>A criterion in words for a graph label.</summary>
    private static string Text(TierCriterion criterion) => criterion switch
    {
        AllOfCriterion all => "all of (" + string.Join(", ", all.Items.Select(Text)) + ")",
        AnyOfCriterion any => "any of (" + string.Join(", ", any.Items.Select(Text)) + ")",
        NotCriterion not => "not (" + Text(not.Item) + ")",
        EvidenceCriterion e => TierNames.Evidence(e.Evidence) + Bounds(e) + (e.WithinDays is { } w ? string.Create(CultureInfo.InvariantCulture, $" in {w} days") : " ever"),
        TimeInTierCriterion t => string.Create(CultureInfo.InvariantCulture, $"{t.Days} days in tier"),
        OwnerAssignedCriterion => "owner assigned",
        EligibilityCriterion el => "eligibility ≤ " + TierNames.Outcome(el.AtMost),
        _ => criterion.Describe(),
    };

    private static string Bounds(EvidenceCriterion e) => (e.AtLeast, e.AtMost) switch
    {
        ({ } l, { } m) when l == m => string.Create(CultureInfo.InvariantCulture, $" = {l}"),
        ({ } l, { } m) => string.Create(CultureInfo.InvariantCulture, $" {l} to {m}"),
        ({ } l, null) => string.Create(CultureInfo.InvariantCulture, $" ≥ {l}"),
        (null, { } m) => string.Create(CultureInfo.InvariantCulture, $" ≤ {m}"),
        _ => string.Empty,
    };

    /// <summary>Mermaid text: the characters that end a label or open markup are written as entity codes.</summary>
    private static string MermaidText(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            b.Append(c switch
            {
                '#' => "#35;",
                '"' => "#quot;",
                ';' => "#59;",
                '<' => "#lt;",
                '>' => "#gt;",
                ':' => "#58;",
                '\n' or '\r' => " ",
                _ => c.ToString(),
            });
        }

        return b.ToString();
    }

    private static string DotText(string text)
        => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
