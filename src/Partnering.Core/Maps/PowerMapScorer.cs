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

/// <summary>What an actor of a power map is to the chapter: a partner to build, someone to move, or off limits.</summary>
public enum PlanRole
{
    /// <summary>Supports us (at or above the ally line): a partnership to build.</summary>
    Partner,

    /// <summary>Near the middle on support: someone to persuade, not a partner yet.</summary>
    Persuade,

    /// <summary>Opposes us (at or below the opponent line): persuade where we can, else counter their influence. Never a partner, even when eligibility forbids working with it (moving an opponent is not working with it).</summary>
    Neutralize,

    /// <summary>Eligibility forbids working with it and it does not oppose us: on no list, and no route passes through it.</summary>
    Forbidden,
}

/// <summary>
/// How much one actor of a power map matters to moving the target, and why: its role (partner, to
/// persuade, to neutralize, forbidden), the parts of the formula (see <see cref="PlanningOptions"/>), the
/// quadrant, the eligibility and our ways in.
/// </summary>
/// <remarks>
/// The numbers are stored; the words (<see cref="Parts"/>' bases, <see cref="Explanation"/>) and the
/// routes are read from <see cref="Access"/> when first asked for (and kept: each read walks the
/// graph), unless a scorer set them, so scoring a map of a hundred thousand actors stays cheap.
/// Equality compares the stored values and the access map by reference; whether the routes were read
/// yet makes no difference.
/// </remarks>
public sealed record PriorityScore
{
    private readonly IReadOnlyList<ScorePart>? _parts;
    private readonly string? _explanation;
    private readonly IReadOnlyList<AccessPath>? _fromUs;
    private readonly IReadOnlyList<AccessPath>? _toTarget;
    private RouteMemo _memo;

    /// <summary>The actor.</summary>
    public required PartyId Actor { get; init; }

    /// <summary>The actor's name.</summary>
    public required string Name { get; init; }

    /// <summary>The placement that counted.</summary>
    public required Placement Placement { get; init; }

    /// <summary>The actor's quadrant.</summary>
    public required Quadrant Quadrant { get; init; }

    /// <summary>What the actor is to us: partner, to persuade, to neutralize, or forbidden.</summary>
    public required PlanRole Role { get; init; }

    /// <summary>The group the actor belongs to for breadth (an organization kind or an individual role, e.g. "Union").</summary>
    public required string Group { get; init; }

    /// <summary>The eligibility outcome given for the actor, or <see langword="null"/> when none was given.</summary>
    public EligibilityOutcome? Eligibility { get; init; }

    /// <summary>Whether eligibility forbids working with the actor: never a partner and no route passes through it; a forbidden opponent stays on the list to neutralize, anyone else scores 0 and is on no list.</summary>
    public bool Excluded => Eligibility == EligibilityOutcome.Forbid;

    /// <summary>Whether someone must look before reaching out: eligibility is Review or NotPermitted, or was not checked.</summary>
    public bool NeedsReview => Eligibility is null or EligibilityOutcome.Review or EligibilityOutcome.NotPermitted;

    /// <summary>The priority within the actor's role, 0 to 1: <c>Core × AccessFactor × Priority</c>.</summary>
    public required double Score { get; init; }

    /// <summary>The weighted geometric mean of influence, stance (partners only) and onward route, 0 to 1.</summary>
    public required double Core { get; init; }

    /// <summary>Our access as a bonus: <c>1 - AccessBonus + AccessBonus × Reach</c>, 0 to 1.</summary>
    public required double AccessFactor { get; init; }

    /// <summary>The seed 001 priority factors' multiplier for partners (1 for actors to move), 0 to 1.</summary>
    public double Priority { get; init; } = 1.0;

    /// <summary>Our access to the actor: the strength of our strongest route to it, 0 to 1.</summary>
    public required double Reach { get; init; }

    /// <summary>The strength of the actor's strongest route on to the target, 0 to 1.</summary>
    public required double Onward { get; init; }

    /// <summary>The access map routes are read from; <see langword="null"/> when the scorer set the routes itself.</summary>
    public AccessMap? Access { get; init; }

    /// <summary>The map's title (or id), for the explanation.</summary>
    public string MapTitle { get; init; } = string.Empty;

    /// <summary>The options the score used (weights, bonus, factors).</summary>
    public PlanningOptions Options { get; init; } = PlanningOptions.Default;

    /// <summary>The parts of the score, each with its value, weight and basis in words: influence, stance (partners), onward, access, then the priority factors (partners).</summary>
    public IReadOnlyList<ScorePart> Parts { get => _parts ?? BuildParts(); init => _parts = Guard.List(value); }

    /// <summary>Our strongest routes to the actor, strongest first; empty when none (see <see cref="AccessMap"/> for exactly which).</summary>
    public IReadOnlyList<AccessPath> RoutesFromUs { get => _fromUs ?? Memo(fromUs: true); init => _fromUs = Guard.List(value); }

    /// <summary>The actor's strongest routes on to the target, strongest first; empty when none.</summary>
    public IReadOnlyList<AccessPath> RoutesToTarget { get => _toTarget ?? Memo(fromUs: false); init => _toTarget = Guard.List(value); }

    /// <summary>
    /// The way from one of us through the actor on to the target as one simple path (no party twice): the
    /// strongest joining of a route in and a route on that share no party but the actor; <see langword="null"/>
    /// when either side has no route, or every joining would pass a party twice.
    /// </summary>
    public AccessPath? WayThrough => AccessPath.Join(RoutesFromUs, RoutesToTarget);

    /// <summary>The score in words: role, quadrant, parts, eligibility, and the way through to the target.</summary>
    public string Explanation { get => _explanation ?? BuildExplanation(); init => _explanation = Guard.NotNull(value); }

    /// <summary>
    /// The routes read from <see cref="Access"/>, found once per score (each search walks the graph, and
    /// the explanation, the way in and the outreach plan each read them): kept with the access map and
    /// actor they were read for, so a copy made with <c>with</c> for another actor or map reads its own.
    /// </summary>
    private IReadOnlyList<AccessPath> Memo(bool fromUs)
    {
        if (Access is not { } access)
        {
            return ValueList<AccessPath>.Empty;
        }

        var known = System.Threading.Volatile.Read(ref _memo.Entry);
        if (known is null || !ReferenceEquals(known.Access, access) || known.Actor != Actor)
        {
            known = new RouteMemo.Found(access, Actor, null, null);
        }

        if ((fromUs ? known.FromUs : known.ToTarget) is { } cached)
        {
            return cached;
        }

        var routes = fromUs ? access.RoutesFromUs(Actor) : access.RoutesToTarget(Actor);
        System.Threading.Volatile.Write(ref _memo.Entry, fromUs ? known with { FromUs = routes } : known with { ToTarget = routes });
        return routes;
    }

    private string TargetName => Access is { } access ? access.Graph.NameOf(access.Target) : "the target";

    private ScorePart[] BuildParts()
    {
        var p = Placement;
        var o = Options;
        var fromUs = RoutesFromUs;
        var toTarget = RoutesToTarget;
        var target = TargetName;
        var partner = Role == PlanRole.Partner;
        var parts = new List<ScorePart>
        {
            new("influence", p.Influence, o.InfluenceWeight, string.Create(CultureInfo.InvariantCulture, $"assessed influence over {target} (confidence {p.Confidence:0.00}{(p.Source is null ? string.Empty : ", source: " + p.Source)}{(p.AssessedBy is null ? string.Empty : ", assessed by " + p.AssessedBy)} on {p.AssessedOn:yyyy-MM-dd})")),
        };
        if (partner)
        {
            parts.Add(new("stance", (p.Support + 1.0) / 2.0, o.SupportWeight, string.Create(CultureInfo.InvariantCulture, $"support {p.Support:+0.00;-0.00;0.00} read as (support + 1) / 2")));
        }

        parts.Add(new("onward", Onward, o.RouteToTargetWeight, toTarget.Count > 0 ? $"its strongest route to {target}: {toTarget[0].Description}" : $"no recorded route to {target}"));
        parts.Add(new("access", AccessFactor, o.AccessBonus, string.Create(CultureInfo.InvariantCulture, $"1 - {o.AccessBonus:0.##} + {o.AccessBonus:0.##} × reach {Reach:0.00}; ") + (fromUs.Count > 0 ? $"our strongest route: {fromUs[0].Description}" : "no route from the chapter or any member yet")));
        if (partner && Access is { } access)
        {
            parts.AddRange(o.PriorityFactors.Check(access.Graph.PartnerOf(Actor), access.Graph.HomeState));
        }

        return [.. parts];
    }

    private string BuildExplanation()
    {
        var text = new StringBuilder();
        var quadrant = QuadrantThresholds.Describe(Quadrant);
        text.Append(Name).Append(quadrant[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? " is an " : " is a ").Append(quadrant).Append(" on ").Append(MapTitle).Append(": ");
        text.Append(Role switch
        {
            PlanRole.Partner => "a partnership to build. ",
            PlanRole.Persuade => "someone to persuade, not a partner yet. ",
            PlanRole.Neutralize => "an opponent to persuade or neutralize, never a partner. ",
            _ => "off limits. ",
        });
        if (Role == PlanRole.Forbidden)
        {
            text.Append("Excluded: eligibility forbids working with this partner, and no route passes through it.");
            return text.ToString();
        }

        if (Excluded)
        {
            text.Append("Eligibility forbids working with it: never coordinate with it, and no route passes through it; counter its influence instead. ");
        }

        var parts = Parts;
        text.Append(string.Create(CultureInfo.InvariantCulture, $"Score {Score:0.000} = core {Core:0.00} (weighted geometric mean of "));
        var first = true;
        foreach (var part in parts)
        {
            if (part.Name is "access" or "local" or "community-led" or "justice focus" || part.Weight <= 0.0)
            {
                continue;
            }

            text.Append(first ? string.Empty : ", ").Append(string.Create(CultureInfo.InvariantCulture, $"{part.Name} {part.Value:0.00}×{part.Weight:0.##}"));
            first = false;
        }

        text.Append(string.Create(CultureInfo.InvariantCulture, $") × access {AccessFactor:0.00} (reach {Reach:0.00})"));
        if (Role == PlanRole.Partner)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $" × priority {Priority:0.00} ("));
            var firstFactor = true;
            foreach (var part in parts)
            {
                if (part.Name is "local" or "community-led" or "justice focus")
                {
                    text.Append(firstFactor ? string.Empty : ", ").Append(part.Name).Append(part.Value > 0 ? " yes" : " no");
                    firstFactor = false;
                }
            }

            text.Append(')');
        }

        text.Append('.');
        if (Eligibility is null)
        {
            text.Append(" Eligibility not checked: review before reaching out.");
        }
        else if (Eligibility is EligibilityOutcome.Review or EligibilityOutcome.NotPermitted)
        {
            text.Append(" Eligibility says ").Append(Eligibility == EligibilityOutcome.Review ? "review" : "not permitted").Append(": someone must look before reaching out.");
        }
        else if (Eligibility == EligibilityOutcome.PermitWithConditions)
        {
            text.Append(" Permitted with conditions.");
        }

        text.Append(' ').Append(Through());
        return text.ToString();
    }

    private string Through()
    {
        var fromUs = RoutesFromUs;
        var toTarget = RoutesToTarget;
        var targetName = TargetName;
        if (fromUs.Count == 0)
        {
            return toTarget.Count == 0
                ? $"We have no recorded way to {Name} yet, and no recorded tie leads from it to {targetName}."
                : $"We have no recorded way to {Name} yet; it reaches {targetName} as follows: {toTarget[0].Description}.";
        }

        if (toTarget.Count == 0)
        {
            return $"Way in: {fromUs[0].Description}.";
        }

        return WayThrough is { } way
            ? $"Way in: {way.Description}."
            : $"Way in: {fromUs[0].Description}. Its own route to {targetName} runs back through that way in: {toTarget[0].Description}.";
    }

    /// <summary>The name, score and explanation.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} {Score:0.000}: {Explanation}");
}

/// <summary>
/// The routes a <see cref="PriorityScore"/> has read so far. Equality-neutral: every memo equals every
/// other, so a score whose routes were read still equals one whose were not (routes follow from the
/// access map and the actor, which equality compares).
/// </summary>
internal struct RouteMemo : IEquatable<RouteMemo>
{
    /// <summary>The routes found, or <see langword="null"/> before the first read.</summary>
    internal Found? Entry;

    public readonly bool Equals(RouteMemo other) => true;

    public override readonly bool Equals(object? obj) => obj is RouteMemo;

    public override readonly int GetHashCode() => 0;

    /// <summary>Routes read from <paramref name="Access"/> for <paramref name="Actor"/>; a direction not read yet is <see langword="null"/>.</summary>
    internal sealed record Found(AccessMap Access, PartyId Actor, IReadOnlyList<AccessPath>? FromUs, IReadOnlyList<AccessPath>? ToTarget);
}

/// <summary>A power map scored on a date: the target's own leaning and a priority score for every other actor.</summary>
public sealed record PowerMapAssessment
{
    /// <summary>The map.</summary>
    public required PowerMap Map { get; init; }

    /// <summary>The day of the assessment.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The target's name.</summary>
    public required string TargetName { get; init; }

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
        var title = map.Title ?? map.Id;
        foreach (var placement in placements)
        {
            if (placement.Actor == map.Target)
            {
                leaning = placement;
                continue;
            }

            var node = graph.TryIndex(placement.Actor, out var found) ? found : -1;
            var kind = node >= 0 ? graph.KindAt(node) : GraphPartyKind.Unknown;
            if (kind is GraphPartyKind.Chapter or GraphPartyKind.Member)
            {
                notes.Add($"{graph.NameAt(node)} is {(kind == GraphPartyKind.Chapter ? "the chapter" : "a member")}: one of us, not a partnership to build.");
                continue;
            }

            scores.Add(ScoreOne(title, placement, access, node, eligibility?.Invoke(placement.Actor)));
        }

        scores.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Actor.CompareTo(b.Actor));
        return new PowerMapAssessment
        {
            Map = map,
            AsOf = asOf,
            TargetName = graph.NameOf(map.Target),
            TargetLeaning = leaning,
            Scores = ValueList<PriorityScore>.Wrap([.. scores]),
            Notes = ValueList<string>.Wrap([.. notes]),
        };
    }

    private PriorityScore ScoreOne(string title, Placement placement, AccessMap access, int node, EligibilityOutcome? eligibility)
    {
        var o = _options;
        var actor = placement.Actor;
        var (reach, onward) = node >= 0 ? access.StrengthsAt(node) : (0.0, 0.0);
        var stance = (placement.Support + 1.0) / 2.0;
        var role = RoleOf(o, placement.Support, eligibility);
        var core = role switch
        {
            PlanRole.Forbidden => 0.0,
            PlanRole.Partner => GeometricMean((placement.Influence, o.InfluenceWeight), (stance, o.SupportWeight), (onward, o.RouteToTargetWeight)),
            _ => GeometricMean((placement.Influence, o.InfluenceWeight), (onward, o.RouteToTargetWeight)),
        };
        var accessFactor = 1.0 - o.AccessBonus + (o.AccessBonus * reach);
        var priority = role == PlanRole.Partner ? o.PriorityFactors.Multiplier(node >= 0 ? access.Graph.PartnerAt(node) : null, access.Graph.HomeState) : 1.0;
        return new PriorityScore
        {
            Actor = actor,
            Name = node >= 0 ? access.Graph.NameAt(node) : actor.Value,
            Placement = placement,
            Quadrant = o.Quadrants.Classify(placement.Support, placement.Influence),
            Role = role,
            Group = GroupOf(node >= 0 ? access.Graph.PartnerAt(node) : null),
            Eligibility = eligibility,
            Score = Math.Clamp(core * accessFactor * priority, 0.0, 1.0),
            Core = core,
            AccessFactor = accessFactor,
            Priority = priority,
            Reach = reach,
            Onward = onward,
            Access = access,
            MapTitle = title,
            Options = o,
        };
    }

    /// <summary>The role of an actor from its support and eligibility: neutralize (at or below the opponent line, forbidden or not: moving an opponent is not working with it), forbidden, partner (at or above the ally line), else persuade.</summary>
    internal static PlanRole RoleOf(PlanningOptions options, double support, EligibilityOutcome? eligibility)
        => support <= options.Quadrants.OpponentSupport ? PlanRole.Neutralize
            : eligibility == EligibilityOutcome.Forbid ? PlanRole.Forbidden
            : support >= options.Quadrants.AllySupport ? PlanRole.Partner
            : PlanRole.Persuade;

    /// <summary>Π value^(weight / total weight) over the parts; 0 when a weighted value is 0.</summary>
    internal static double GeometricMean(IReadOnlyList<ScorePart> parts)
    {
        var terms = new (double, double)[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            terms[i] = (parts[i].Value, parts[i].Weight);
        }

        return GeometricMean(terms);
    }

    /// <summary>Π value^(weight / total weight); 0 when a weighted value is 0.</summary>
    internal static double GeometricMean(params ReadOnlySpan<(double Value, double Weight)> terms)
    {
        var total = 0.0;
        foreach (var term in terms)
        {
            total += term.Weight;
        }

        var log = 0.0;
        foreach (var term in terms)
        {
            if (term.Weight <= 0.0)
            {
                continue;
            }

            if (term.Value <= 0.0)
            {
                return 0.0;
            }

            log += term.Weight / total * Math.Log(term.Value);
        }

        return Math.Clamp(Math.Exp(log), 0.0, 1.0);
    }

    internal static string GroupOf(Partner? partner) => partner switch
    {
        Organization org => org.Kind.ToString(),
        Individual person when person.Roles.Count > 0 => person.Roles[0].ToString(),
        Individual => nameof(IndividualRole.Other),
        _ => "Unknown",
    };
}
