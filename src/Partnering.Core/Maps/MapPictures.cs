using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Partnering.Core.Eligibility;

namespace Partnering.Core.Maps;

/// <summary>
/// Pictures of the maps as text: a power map as SVG and access routes as a Mermaid flowchart. Pure
/// string output, no graphics dependency; the caller decides where to write it.
/// </summary>
public static class MapPictures
{
    private const double Width = 720;
    private const double Height = 560;
    private const double Left = 70;
    private const double Right = 690;
    private const double Top = 90;
    private const double Bottom = 500;

    /// <summary>
    /// Draws a scored power map: support across (opposes us on the left, supports us on the right),
    /// influence over the target upwards, the quadrant lines and labels of <paramref name="thresholds"/>,
    /// the target at the top placed by its own leaning, and every scored actor as a labelled point whose
    /// size grows with our access to it. Forbidden actors are grey; actors needing review have a dashed ring.
    /// </summary>
    /// <param name="assessment">The scored map.</param>
    /// <param name="thresholds">The quadrant lines; <see langword="null"/> for <see cref="QuadrantThresholds.Default"/>.</param>
    /// <returns>A standalone SVG document.</returns>
    public static string PowerMapSvg(PowerMapAssessment assessment, QuadrantThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var q = thresholds ?? QuadrantThresholds.Default;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        svg.Append("<title>").Append(Escape($"Power map: {assessment.Map.Title ?? assessment.Map.Id} ({assessment.Map.Issue}), as of {assessment.AsOf:yyyy-MM-dd}")).Append("</title>\n");
        svg.Append(Invariant($"<rect x=\"0\" y=\"0\" width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n"));

        // Quadrant lines and labels.
        var xOpp = X(q.OpponentSupport);
        var xAlly = X(q.AllySupport);
        var yHigh = Y(q.HighInfluence);
        svg.Append(Invariant($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Right - Left}\" height=\"{Bottom - Top}\" fill=\"none\" stroke=\"#888\"/>\n"));
        svg.Append(Invariant($"<line x1=\"{xOpp:0.#}\" y1=\"{Top}\" x2=\"{xOpp:0.#}\" y2=\"{Bottom}\" stroke=\"#ccc\" stroke-dasharray=\"4 3\"/>\n"));
        svg.Append(Invariant($"<line x1=\"{xAlly:0.#}\" y1=\"{Top}\" x2=\"{xAlly:0.#}\" y2=\"{Bottom}\" stroke=\"#ccc\" stroke-dasharray=\"4 3\"/>\n"));
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{yHigh:0.#}\" x2=\"{Right}\" y2=\"{yHigh:0.#}\" stroke=\"#ccc\" stroke-dasharray=\"4 3\"/>\n"));
        Label(svg, (Left + xOpp) / 2, Top + 16, "Influential opponents", "#999", "middle");
        Label(svg, (xOpp + xAlly) / 2, Top + 16, "Persuadable influencers", "#999", "middle");
        Label(svg, (xAlly + Right) / 2, Top + 16, "Influential allies", "#999", "middle");
        Label(svg, (Left + xOpp) / 2, Bottom - 8, "Low-influence opponents", "#999", "middle");
        Label(svg, (xOpp + xAlly) / 2, Bottom - 8, "Bystanders", "#999", "middle");
        Label(svg, (xAlly + Right) / 2, Bottom - 8, "Base supporters", "#999", "middle");

        // Axes.
        Label(svg, Left, Bottom + 22, "← opposes us", "#333", "start");
        Label(svg, Right, Bottom + 22, "supports us →", "#333", "end");
        Label(svg, (Left + Right) / 2, Bottom + 40, "support", "#333", "middle");
        svg.Append(Invariant($"<text x=\"20\" y=\"{(Top + Bottom) / 2:0.#}\" fill=\"#333\" text-anchor=\"middle\" transform=\"rotate(-90 20 {(Top + Bottom) / 2:0.#})\">"))
            .Append(Escape($"influence over {assessment.TargetName} ↑")).Append("</text>\n");

        Label(svg, 8, 14, "point size: our access · grey: forbidden · dashed ring: review first", "#666", "start");

        // The target at the top, placed by its own leaning.
        var leaning = assessment.TargetLeaning?.Support ?? 0.0;
        var tx = X(leaning);
        svg.Append("<g class=\"target\">");
        svg.Append("<title>").Append(Escape(assessment.TargetLeaning is null ? $"{assessment.TargetName} (target, leaning not assessed)" : Invariant($"{assessment.TargetName} (target, leaning {leaning:+0.00;-0.00;0.00})"))).Append("</title>");
        svg.Append(Invariant($"<polygon points=\"{tx:0.#},{Top - 58} {tx + 10:0.#},{Top - 48} {tx:0.#},{Top - 38} {tx - 10:0.#},{Top - 48}\" fill=\"#333\"/>"));
        Label(svg, tx, Top - 62, assessment.TargetName + " (target)", "#000", "middle", inline: true);
        svg.Append("</g>\n");

        // Actors, lowest score first so the best are drawn on top.
        for (var i = assessment.Scores.Count - 1; i >= 0; i--)
        {
            var s = assessment.Scores[i];
            var reach = s.RoutesFromUs.Count > 0 ? s.RoutesFromUs[0].Strength : 0.0;
            var r = 4.0 + (10.0 * reach);
            var x = X(s.Placement.Support);
            var y = Y(s.Placement.Influence);
            var fill = s.Excluded ? "#bbbbbb" : Colour(s.Quadrant);
            var status = s.Excluded ? "forbidden" : s.NeedsReview ? "needs review" : s.Eligibility == EligibilityOutcome.PermitWithConditions ? "permitted with conditions" : "permitted";
            svg.Append("<g class=\"actor\">");
            svg.Append("<title>").Append(Escape(Invariant($"{s.Name}: {QuadrantThresholds.Describe(s.Quadrant)}, support {s.Placement.Support:+0.00;-0.00;0.00}, influence {s.Placement.Influence:0.00}, access {reach:0.00}, score {s.Score:0.00}, {status}"))).Append("</title>");
            svg.Append(Invariant($"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r:0.#}\" fill=\"{fill}\" fill-opacity=\"0.8\" stroke=\"{(s.Excluded ? "#999" : "#333")}\""));
            svg.Append(s.NeedsReview && !s.Excluded ? " stroke-dasharray=\"3 2\"/>" : "/>");
            Label(svg, x + r + 3, y + 4, s.Excluded ? s.Name + " (forbidden)" : s.Name, s.Excluded ? "#999" : "#000", "start", inline: true);
            svg.Append("</g>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>
    /// Draws access routes as a Mermaid flowchart (left to right): each party once, each hop once,
    /// labelled with the tie's category and strength.
    /// </summary>
    /// <param name="paths">The routes, e.g. the best route of each recommendation and its route on to the target.</param>
    /// <param name="graph">The graph, for names.</param>
    /// <returns>The Mermaid text, starting with <c>flowchart LR</c>.</returns>
    public static string AccessMermaid(IEnumerable<AccessPath> paths, TieGraph graph)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(graph);
        var text = new StringBuilder("flowchart LR\n");
        var nodes = new Dictionary<PartyId, string>();
        var hops = new HashSet<(PartyId, PartyId)>();
        string Node(PartyId party)
        {
            if (!nodes.TryGetValue(party, out var name))
            {
                name = Invariant($"n{nodes.Count}");
                nodes[party] = name;
                var shape = graph.KindOf(party) switch
                {
                    GraphPartyKind.Member or GraphPartyKind.Chapter => ("([\"", "\"])"),
                    GraphPartyKind.Individual => ("[\"", "\"]"),
                    _ => ("[[\"", "\"]]"),
                };
                text.Append("    ").Append(name).Append(shape.Item1).Append(MermaidText(graph.NameOf(party))).Append(shape.Item2).Append('\n');
            }

            return name;
        }

        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            foreach (var party in path.Parties)
            {
                Node(party);
            }

            foreach (var hop in path.Hops)
            {
                if (hops.Add((hop.From, hop.To)))
                {
                    text.Append("    ").Append(nodes[hop.From]).Append(" -- \"")
                        .Append(MermaidText(Invariant($"{hop.Category} {hop.Strength:0.00}")))
                        .Append("\" --> ").Append(nodes[hop.To]).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static double X(double support) => Left + ((support + 1.0) / 2.0 * (Right - Left));

    private static double Y(double influence) => Bottom - (influence * (Bottom - Top));

    private static string Colour(Quadrant quadrant) => quadrant switch
    {
        Quadrant.InfluentialAlly => "#2e7d32",
        Quadrant.BaseSupporter => "#81c784",
        Quadrant.PersuadableInfluencer => "#f9a825",
        Quadrant.Bystander => "#fff176",
        Quadrant.InfluentialOpponent => "#c62828",
        _ => "#ef9a9a",
    };

    private static void Label(StringBuilder svg, double x, double y, string text, string fill, string anchor, bool inline = false)
    {
        svg.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{y:0.#}\" fill=\"{fill}\" text-anchor=\"{anchor}\">")).Append(Escape(text)).Append("</text>");
        if (!inline)
        {
            svg.Append('\n');
        }
    }

    /// <summary>Escapes text for XML content and attributes; drops characters XML 1.0 cannot hold.</summary>
    internal static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '&': result.Append("&amp;"); break;
                case '"': result.Append("&quot;"); break;
                case '\'': result.Append("&apos;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        result.Append(c).Append(text[++i]);
                    }
                    else if (c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !char.IsSurrogate(c)))
                    {
                        result.Append(c);
                    }
                    else
                    {
                        result.Append('\uFFFD');
                    }

                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>Mermaid label text: quotes and markup characters as entity codes, line breaks as spaces.</summary>
    private static string MermaidText(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': result.Append("#quot;"); break;
                case '<': result.Append("#lt;"); break;
                case '>': result.Append("#gt;"); break;
                case '#': result.Append("#35;"); break;
                case '\r' or '\n' or '\t': result.Append(' '); break;
                default: result.Append(c); break;
            }
        }

        return result.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
