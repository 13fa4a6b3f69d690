using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

/// <summary>One term of a <see cref="PriorityScore"/>: its name, its value from 0 to 1, its weight and what it rests on.</summary>
/// <param name="Name">The term ("influence", "stance", "reach", "onward").</param>
/// <param name="Value">The term's value, 0 to 1.</param>
/// <param name="Weight">Its weight in the geometric mean.</param>
/// <param name="Basis">What the value rests on, in words.</param>
public sealed record ScorePart(string Name, double Value, double Weight, string Basis)
{
    /// <summary>The part as <c>name value (weight w): basis</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} {Value:0.00} (weight {Weight:0.##}): {Basis}");
}

/// <summary>
/// How much building a partnership with one actor of a power map would help move the target, and
/// why: the terms of the formula (see <see cref="PlanningOptions"/>), the quadrant, the eligibility
/// and our strongest way in.
/// </summary>
public sealed record PriorityScore
{
    /// <summary>The actor.</summary>
    public required PartyId Actor { get; init; }

    /// <summary>The actor's name.</summary>
    public required string Name { get; init; }

    /// <summary>The placement that counted.</summary>
    public required Placement Placement { get; init; }

    /// <summary>The actor's quadrant.</summary>
    public required Quadrant Quadrant { get; init; }

    /// <summary>The group the actor belongs to for breadth (an organization kind or an individual role, e.g. "Union").</summary>
    public required string Group { get; init; }

    /// <summary>The eligibility outcome given for the actor, or <see langword="null"/> when none was given.</summary>
    public EligibilityOutcome? Eligibility { get; init; }

    /// <summary>Whether the actor is forbidden and so excluded (score 0, never recommended).</summary>
    public bool Excluded => Eligibility == EligibilityOutcome.Forbid;

    /// <summary>Whether someone must look before reaching out: eligibility is Review or NotPermitted, or was not checked.</summary>
    public bool NeedsReview => Eligibility is null or EligibilityOutcome.Review or EligibilityOutcome.NotPermitted;

    /// <summary>The priority, 0 to 1.</summary>
    public required double Score { get; init; }

    /// <summary>The terms of the score.</summary>
    public IReadOnlyList<ScorePart> Parts { get; init => field = Guard.List(value); } = ValueList<ScorePart>.Empty;

    /// <summary>Our strongest routes to the actor, strongest first; empty when none.</summary>
    public IReadOnlyList<AccessPath> RoutesFromUs { get; init => field = Guard.List(value); } = ValueList<AccessPath>.Empty;

    /// <summary>The actor's strongest routes on to the target, strongest first; empty when none.</summary>
    public IReadOnlyList<AccessPath> RoutesToTarget { get; init => field = Guard.List(value); } = ValueList<AccessPath>.Empty;

    /// <summary>The score in words: quadrant, terms, eligibility, and the strongest path through to the target.</summary>
    public required string Explanation { get; init; }

    /// <summary>The name, score and explanation.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} {Score:0.000}: {Explanation}");
}

/// <summary>A power map scored on a date: the target's own leaning and a priority score for every other actor.</summary>
public sealed record PowerMapAssessment
{
    /// <summary>The map.</summary>
    public required PowerMap Map { get; init; }

    /// <summary>The day of the assessment.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The target's own placement (its leaning), when assessed.</summary>
    public Placement? TargetLeaning { get; init; }

    /// <summary>The scores, highest first; equal scores in actor id order.</summary>
    public IReadOnlyList<PriorityScore> Scores { get; init => field = Guard.List(value); } = ValueList<PriorityScore>.Empty;

    /// <summary>Placed actors that were not scored because they are the chapter or its members, with why.</summary>
    public IReadOnlyList<string> Notes { get; init => field = Guard.List(value); } = ValueList<string>.Empty;
}

/// <summary>Scores the actors of a power map. Replace it through <c>AddPartnering</c> to change the formula.</summary>
public interface IPowerMapScorer
{
    /// <summary>Scores every actor placed on <paramref name="map"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="map">The power map.</param>
    /// <param name="access">Access over the tie graph toward the map's target.</param>
    /// <param name="eligibility">The eligibility outcome per actor (Forbid excludes, Review flags), or <see langword="null"/> when unknown.</param>
    /// <param name="asOf">The day: the latest placement on or before it counts.</param>
    /// <returns>The assessment.</returns>
    PowerMapAssessment Score(PowerMap map, AccessMap access, Func<PartyId, EligibilityOutcome?>? eligibility, DateOnly asOf);
}

/// <summary>The documented priority formula of <see cref="PlanningOptions"/>. Thread-safe.</summary>
public sealed class PowerMapScorer : IPowerMapScorer
{
    private readonly PlanningOptions _options;

    /// <summary>Creates the scorer.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="PlanningOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public PowerMapScorer(PlanningOptions? options = null) => _options = (options ?? PlanningOptions.Default).EnsureValid();

    /// <inheritdoc/>
    public PowerMapAssessment Score(PowerMap map, AccessMap access, Func<PartyId, EligibilityOutcome?>? eligibility, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(access);
        if (access.Target != map.Target)
        {
            throw new ArgumentException($"The access map leads to '{access.Target}' but the power map's target is '{map.Target}'; compute access toward the map's target.", nameof(access));
        }

        var graph = access.Graph;
        var placements = map.CurrentPlacements(asOf);
        var scores = new List<PriorityScore>(placements.Count);
        var notes = new List<string>();
        Placement? leaning = null;
        foreach (var placement in placements)
        {
            if (placement.Actor == map.Target)
            {
                leaning = placement;
                continue;
            }

            var kind = graph.KindOf(placement.Actor);
            if (kind is GraphPartyKind.Chapter or GraphPartyKind.Member)
            {
                notes.Add($"{graph.NameOf(placement.Actor)} is {(kind == GraphPartyKind.Chapter ? "the chapter" : "a member")}: one of us, not a partnership to build.");
                continue;
            }

            scores.Add(ScoreOne(map, placement, access, eligibility?.Invoke(placement.Actor)));
        }

        scores.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Actor.CompareTo(b.Actor));
        return new PowerMapAssessment
        {
            Map = map,
            AsOf = asOf,
            TargetLeaning = leaning,
            Scores = ValueList<PriorityScore>.Wrap([.. scores]),
            Notes = ValueList<string>.Wrap([.. notes]),
        };
    }

    private PriorityScore ScoreOne(PowerMap map, Placement placement, AccessMap access, EligibilityOutcome? eligibility)
    {
        var o = _options;
        var graph = access.Graph;
        var actor = placement.Actor;
        var targetName = graph.NameOf(map.Target);
        var reach = access.ReachOf(actor);
        var onward = access.RouteToTargetOf(actor);
        var fromUs = access.RoutesFromUs(actor);
        var toTarget = access.RoutesToTarget(actor);
        var stance = (placement.Support + 1.0) / 2.0;
        var parts = new[]
        {
            new ScorePart("influence", placement.Influence, o.InfluenceWeight, string.Create(CultureInfo.InvariantCulture, $"assessed influence over {targetName} (confidence {placement.Confidence:0.00}{(placement.Source is null ? string.Empty : ", source: " + placement.Source)})")),
            new ScorePart("stance", stance, o.SupportWeight, string.Create(CultureInfo.InvariantCulture, $"support {placement.Support:+0.00;-0.00;0.00} read as (support + 1) / 2")),
            new ScorePart("reach", reach, o.AccessWeight, fromUs.Count > 0 ? $"our strongest route: {fromUs[0].Description}" : "no route from the chapter or any member"),
            new ScorePart("onward", onward, o.RouteToTargetWeight, toTarget.Count > 0 ? $"its strongest route to {targetName}: {toTarget[0].Description}" : $"no recorded route to {targetName}"),
        };

        var excluded = eligibility == EligibilityOutcome.Forbid;
        var score = excluded ? 0.0 : GeometricMean(parts);
        var quadrant = o.Quadrants.Classify(placement.Support, placement.Influence);

        var text = new StringBuilder();
        text.Append(graph.NameOf(actor)).Append(" is ").Append(QuadrantThresholds.Describe(quadrant)).Append(" on ").Append(map.Title ?? map.Id).Append(". ");
        text.Append(string.Create(CultureInfo.InvariantCulture, $"Score {score:0.000} = weighted geometric mean of "));
        var first = true;
        foreach (var part in parts)
        {
            if (part.Weight <= 0.0)
            {
                continue;
            }

            text.Append(first ? string.Empty : ", ").Append(string.Create(CultureInfo.InvariantCulture, $"{part.Name} {part.Value:0.00}×{part.Weight:0.##}"));
            first = false;
        }

        text.Append('.');
        if (excluded)
        {
            text.Append(" Excluded: eligibility forbids working with this partner.");
        }
        else if (eligibility is null)
        {
            text.Append(" Eligibility not checked: review before reaching out.");
        }
        else if (eligibility is EligibilityOutcome.Review or EligibilityOutcome.NotPermitted)
        {
            text.Append(" Eligibility says ").Append(eligibility == EligibilityOutcome.Review ? "review" : "not permitted").Append(": someone must look before reaching out.");
        }
        else if (eligibility == EligibilityOutcome.PermitWithConditions)
        {
            text.Append(" Permitted with conditions.");
        }

        text.Append(' ').Append(Through(fromUs, toTarget, graph.NameOf(actor), targetName));

        return new PriorityScore
        {
            Actor = actor,
            Name = graph.NameOf(actor),
            Placement = placement,
            Quadrant = quadrant,
            Group = GroupOf(graph.PartnerOf(actor)),
            Eligibility = eligibility,
            Score = score,
            Parts = ValueList<ScorePart>.Wrap(parts),
            RoutesFromUs = fromUs,
            RoutesToTarget = toTarget,
            Explanation = text.ToString(),
        };
    }

    /// <summary>Π value^(weight / total weight); 0 when a weighted value is 0.</summary>
    internal static double GeometricMean(IReadOnlyList<ScorePart> parts)
    {
        var total = 0.0;
        foreach (var part in parts)
        {
            total += part.Weight;
        }

        var log = 0.0;
        foreach (var part in parts)
        {
            if (part.Weight <= 0.0)
            {
                continue;
            }

            if (part.Value <= 0.0)
            {
                return 0.0;
            }

            log += part.Weight / total * Math.Log(part.Value);
        }

        return Math.Clamp(Math.Exp(log), 0.0, 1.0);
    }

    private static string Through(IReadOnlyList<AccessPath> fromUs, IReadOnlyList<AccessPath> toTarget, string name, string targetName)
    {
        if (fromUs.Count == 0)
        {
            return toTarget.Count == 0
                ? $"We have no recorded way to {name}, and no recorded tie leads from it to {targetName}."
                : $"We have no recorded way to {name}; it reaches {targetName} as follows: {toTarget[0].Description}.";
        }

        var way = fromUs[0].Description;
        if (toTarget.Count == 0)
        {
            return $"Way in: {way}.";
        }

        var tail = toTarget[0].Continuation;
        return $"Way in: {way}{tail}.";
    }

    internal static string GroupOf(Partner? partner) => partner switch
    {
        Organization org => org.Kind.ToString(),
        Individual person when person.Roles.Count > 0 => person.Roles[0].ToString(),
        Individual => nameof(IndividualRole.Other),
        _ => "Unknown",
    };
}
