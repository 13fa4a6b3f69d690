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

        Label(svg, 8, 14, Legend, "#666", "start");

        // The target at the top, placed by its own leaning.
        var leaning = assessment.TargetLeaning?.Support ?? 0.0;
        var tx = X(leaning);
        svg.Append("<g class=\"target\">");
        svg.Append("<title>").Append(Escape(assessment.TargetLeaning is null ? $"{assessment.TargetName} (target, leaning not assessed)" : Invariant($"{assessment.TargetName} (target, leaning {leaning:+0.00;-0.00;0.00})"))).Append("</title>");
        svg.Append(Invariant($"<polygon points=\"{tx:0.#},{Top - 58} {tx + 10:0.#},{Top - 48} {tx:0.#},{Top - 38} {tx - 10:0.#},{Top - 48}\" fill=\"#333\"/>"));
        var targetText = assessment.TargetName + " (target)";
        Label(svg, ClampCentre(tx, TextWidth(targetText)), Top - 62, targetText, "#000", "middle", inline: true);
        svg.Append("</g>\n");

        // Labels are placed best score first, each at the first spot that stays inside the canvas and
        // clears every label placed so far (and, where it can, every point); points are drawn lowest
        // score first so the best are on top.
        var fixedBoxes = FixedLabelBoxes(assessment, q);
        var placed = new List<Box>(fixedBoxes);
        var circles = new List<Box>();
        var layout = new (double X, double Y, double R, string Text, double Lx, double Ly, string Anchor)[assessment.Scores.Count];
        for (var i = 0; i < assessment.Scores.Count; i++)
        {
            var s = assessment.Scores[i];
            var r = 4.0 + (10.0 * s.Reach);
            var x = X(s.Placement.Support);
            var y = Y(s.Placement.Influence);
            layout[i] = (x, y, r, s.Excluded ? s.Name + " (forbidden)" : s.Name, 0, 0, "start");
            circles.Add(new Box(x - r, y - r, 2 * r, 2 * r));
        }

        for (var i = 0; i < layout.Length; i++)
        {
            var (x, y, r, text, _, _, _) = layout[i];
            var (lx, ly, anchor, box) = PlaceLabel(x, y, r, text, placed, circles, i);
            placed.Add(box);
            layout[i] = (x, y, r, text, lx, ly, anchor);
        }

        for (var i = assessment.Scores.Count - 1; i >= 0; i--)
        {
            var s = assessment.Scores[i];
            var (x, y, r, text, lx, ly, anchor) = layout[i];
            var fill = s.Excluded ? "#bbbbbb" : Colour(s.Quadrant);
            var status = s.Excluded ? "forbidden" : s.NeedsReview ? "needs review" : s.Eligibility == EligibilityOutcome.PermitWithConditions ? "permitted with conditions" : "permitted";
            svg.Append("<g class=\"actor\">");
            svg.Append("<title>").Append(Escape(Invariant($"{s.Name}: {QuadrantThresholds.Describe(s.Quadrant)}, support {s.Placement.Support:+0.00;-0.00;0.00}, influence {s.Placement.Influence:0.00}, access {s.Reach:0.00}, score {s.Score:0.00}, {status}"))).Append("</title>");
            svg.Append(Invariant($"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r:0.#}\" fill=\"{fill}\" fill-opacity=\"0.8\" stroke=\"{(s.Excluded ? "#999" : "#333")}\""));
            svg.Append(s.NeedsReview && !s.Excluded ? " stroke-dasharray=\"3 2\"/>" : "/>");
            Label(svg, lx, ly, text, s.Excluded ? "#999" : "#000", anchor, inline: true);
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
    /// <param name="access">The access map the routes come from, for the parties' names and kinds.</param>
    /// <returns>The Mermaid text, starting with <c>flowchart LR</c>.</returns>
    public static string AccessMermaid(IEnumerable<AccessPath> paths, AccessMap access)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(access);
        var graph = access.Graph;
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

    /// <summary>Average glyph advance assumed for the 12px sans-serif labels, generous so real fonts fit inside.</summary>
    private const double CharWidth = 7.2;

    private const string Legend = "point size: our access · grey: forbidden · dashed ring: review first";

    /// <summary>A label's box: from 10px above its baseline to 3px below.</summary>
    internal readonly record struct Box(double Left, double Top, double Width, double Height)
    {
        public double Right => Left + Width;

        public double Bottom => Top + Height;

        public bool Overlaps(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

        public bool Inside(double width, double height) => Left >= 2 && Top >= 2 && Right <= width - 2 && Bottom <= height - 2;

        public double OverlapArea(Box other) => Math.Max(0, Math.Min(Right, other.Right) - Math.Max(Left, other.Left)) * Math.Max(0, Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top));
    }

    internal static double TextWidth(string text) => text.Length * CharWidth;

    internal static Box TextBox(double x, double y, string text, string anchor)
    {
        var w = TextWidth(text);
        var left = anchor switch { "middle" => x - (w / 2), "end" => x - w, _ => x };
        return new Box(left, y - 10, w, 13);
    }

    private static double ClampCentre(double x, double width) => Math.Clamp(x, 4 + (width / 2), Math.Max(4 + (width / 2), Width - 4 - (width / 2)));

    /// <summary>The boxes of every label of a power map picture, fixed ones first, then the actors' in score order (as <see cref="PowerMapSvg"/> places them).</summary>
    internal static IReadOnlyList<(string Text, Box Box)> LabelBoxes(PowerMapAssessment assessment, QuadrantThresholds? thresholds = null)
    {
        var svg = PowerMapSvg(assessment, thresholds);
        var result = new List<(string, Box)>();
        var at = 0;
        while ((at = svg.IndexOf("<text ", at, StringComparison.Ordinal)) >= 0)
        {
            var end = svg.IndexOf("</text>", at, StringComparison.Ordinal);
            var open = svg.IndexOf('>', at);
            var tag = svg[at..open];
            var text = System.Net.WebUtility.HtmlDecode(svg[(open + 1)..end]);
            var x = Attribute(tag, "x");
            var y = Attribute(tag, "y");
            var anchor = tag.Contains("text-anchor=\"middle\"", StringComparison.Ordinal) ? "middle" : tag.Contains("text-anchor=\"end\"", StringComparison.Ordinal) ? "end" : "start";
            if (tag.Contains("rotate(", StringComparison.Ordinal))
            {
                var w = TextWidth(text);
                result.Add((text, new Box(x - 10, y - (w / 2), 13, w)));
            }
            else
            {
                result.Add((text, TextBox(x, y, text, anchor)));
            }

            at = end;
        }

        return result;
    }

    private static double Attribute(string tag, string name)
    {
        var key = " " + name + "=\"";
        var i = tag.IndexOf(key, StringComparison.Ordinal) + key.Length;
        return double.Parse(tag[i..tag.IndexOf('"', i)], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static List<Box> FixedLabelBoxes(PowerMapAssessment assessment, QuadrantThresholds q)
    {
        var xOpp = X(q.OpponentSupport);
        var xAlly = X(q.AllySupport);
        var boxes = new List<Box>
        {
            TextBox((Left + xOpp) / 2, Top + 16, "Influential opponents", "middle"),
            TextBox((xOpp + xAlly) / 2, Top + 16, "Persuadable influencers", "middle"),
            TextBox((xAlly + Right) / 2, Top + 16, "Influential allies", "middle"),
            TextBox((Left + xOpp) / 2, Bottom - 8, "Low-influence opponents", "middle"),
            TextBox((xOpp + xAlly) / 2, Bottom - 8, "Bystanders", "middle"),
            TextBox((xAlly + Right) / 2, Bottom - 8, "Base supporters", "middle"),
        };
        boxes.Add(TextBox(Left, Bottom + 22, "← opposes us", "start"));
        boxes.Add(TextBox(Right, Bottom + 22, "supports us →", "end"));
        boxes.Add(TextBox((Left + Right) / 2, Bottom + 40, "support", "middle"));
        boxes.Add(TextBox(8, 14, Legend, "start"));
        var axis = TextWidth($"influence over {assessment.TargetName} ↑");
        boxes.Add(new Box(10, ((Top + Bottom) / 2) - (axis / 2), 13, axis));
        var targetText = assessment.TargetName + " (target)";
        boxes.Add(TextBox(ClampCentre(X(assessment.TargetLeaning?.Support ?? 0.0), TextWidth(targetText)), Top - 62, targetText, "middle"));
        return boxes;
    }

    /// <summary>The first candidate spot for a label that fits the canvas and clears placed labels (then points); else the one overlapping least.</summary>
    private static (double X, double Y, string Anchor, Box Box) PlaceLabel(double x, double y, double r, string text, List<Box> placed, List<Box> circles, int self)
    {
        (double, double, string)[] spots =
        [
            (x + r + 3, y + 4, "start"), (x - r - 3, y + 4, "end"), (x, y - r - 5, "middle"), (x, y + r + 13, "middle"),
            (x + r + 3, y - 10, "start"), (x + r + 3, y + 18, "start"), (x - r - 3, y - 10, "end"), (x - r - 3, y + 18, "end"),
            (x + r + 3, y - 24, "start"), (x + r + 3, y + 32, "start"), (x - r - 3, y - 24, "end"), (x - r - 3, y + 32, "end"),
            (x, y - r - 19, "middle"), (x, y + r + 27, "middle"),
        ];
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var (lx, ly, anchor) in spots)
            {
                var box = TextBox(lx, ly, text, anchor);
                if (!box.Inside(Width, Height) || placed.Exists(b => b.Overlaps(box)))
                {
                    continue;
                }

                if (pass == 0 && circles.Exists(c => c != circles[self] && c.Overlaps(box)))
                {
                    continue;
                }

                return (lx, ly, anchor, box);
            }
        }

        // Nothing is clear: keep inside the canvas, overlapping least.
        var best = (X: 0.0, Y: 0.0, Anchor: "start", Box: default(Box));
        var least = double.MaxValue;
        foreach (var (lx, ly, anchor) in spots)
        {
            var box = TextBox(lx, ly, text, anchor);
            var shift = box.Left < 2 ? 2 - box.Left : box.Right > Width - 2 ? Width - 2 - box.Right : 0;
            box = box with { Left = box.Left + shift };
            var overlap = 0.0;
            foreach (var b in placed)
            {
                overlap += b.OverlapArea(box);
            }

            if (box.Top >= 2 && box.Bottom <= Height - 2 && overlap < least)
            {
                least = overlap;
                best = (lx + shift, ly, anchor, box);
            }
        }

        return best;
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
