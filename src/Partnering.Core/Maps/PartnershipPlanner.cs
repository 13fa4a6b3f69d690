using System;
using System.Collections.Generic;
using System.Globalization;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

/// <summary>How a recommendation's first step gets us in.</summary>
public enum WayInKind
{
    /// <summary>A member (or the chapter) has a route strong enough to reach out through.</summary>
    Route,

    /// <summary>Build a way in: someone tied to the actor could introduce us (our route is weak, or we have none).</summary>
    Introduction,

    /// <summary>Build a way in: nobody on the maps is tied to the actor; research it, then approach it cold.</summary>
    ColdApproach,
}

/// <summary>The first step toward an actor: through a route we have, by an introduction, or a cold approach.</summary>
public sealed record WayIn
{
    /// <summary>Which kind of step.</summary>
    public required WayInKind Kind { get; init; }

    /// <summary>The member (or the chapter) at the start of our route, when we have one.</summary>
    public PartyId? Member { get; init; }

    /// <summary>For an introduction: the party who could introduce us (the one just before the actor on our weak route, or the party most strongly tied to it).</summary>
    public PartyId? Introducer { get; init; }

    /// <summary>Our route in, when we have one.</summary>
    public AccessPath? Route { get; init; }

    /// <summary>The step in words, e.g. "Build a way in: ask ... to introduce us".</summary>
    public required string Step { get; init; }

    /// <summary>Whether the step is to build a way in (an introduction or a cold approach) rather than use one.</summary>
    public bool BuildsWayIn => Kind != WayInKind.Route;

    /// <summary>The step.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Step;
}

/// <summary>A partnership worth building: the actor, its rank, its score, its first step, and the reason in words.</summary>
public sealed record PartnershipRecommendation
{
    /// <summary>1 for the first recommendation.</summary>
    public required int Rank { get; init; }

    /// <summary>The actor's score, with its parts and routes.</summary>
    public required PriorityScore Score { get; init; }

    /// <summary>The actor.</summary>
    public PartyId Actor => Score.Actor;

    /// <summary>Our strongest way in, or <see langword="null"/> when we have none recorded.</summary>
    public AccessPath? Path => Score.RoutesFromUs.Count > 0 ? Score.RoutesFromUs[0] : null;

    /// <summary>The first step: reach out through a route, or build a way in (an introduction or a cold approach).</summary>
    public required WayIn WayIn { get; init; }

    /// <summary>Whether someone must look first (see <see cref="PriorityScore.NeedsReview"/>).</summary>
    public bool NeedsReview => Score.NeedsReview;

    /// <summary>
    /// Why, in words: the quadrant, the score's parts and the path; for a partner whose partnership the
    /// chapter holds as an ally by choice on the plan's day (<see cref="Partnership.AllyByChoiceOn(DateOnly)"/>),
    /// first that decision, its date and reason: keep each other informed, no deeper ask.
    /// </summary>
    public required string Reason { get; init; }

    /// <summary>The rank, name, first step and reason.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Rank}. {Score.Name} ({Score.Score:0.00}): {WayIn.Step} {Reason}");
}

/// <summary>An actor to move rather than partner with: someone to persuade, or an opponent to persuade or neutralize, with our routes to it.</summary>
public sealed record ActorToMove
{
    /// <summary>1 for the actor that matters most.</summary>
    public required int Rank { get; init; }

    /// <summary>The actor's score (its <see cref="PriorityScore.Role"/> is <see cref="PlanRole.Persuade"/> or <see cref="PlanRole.Neutralize"/>).</summary>
    public required PriorityScore Score { get; init; }

    /// <summary>The actor.</summary>
    public PartyId Actor => Score.Actor;

    /// <summary>Persuade, or neutralize.</summary>
    public PlanRole Approach => Score.Role;

    /// <summary>Our routes to it, strongest first; empty when we have none yet.</summary>
    public IReadOnlyList<AccessPath> Routes => Score.RoutesFromUs;

    /// <summary>Why, in words.</summary>
    public required string Reason { get; init; }

    /// <summary>The rank, name, approach and reason.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Rank}. {Score.Name} ({(Approach == PlanRole.Persuade ? "persuade" : "persuade or neutralize")}, {Score.Score:0.00}): {Reason}");
}

/// <summary>How widely a set of recommendations reaches: the distinct groups (organization kinds, individual roles) among them.</summary>
/// <param name="Groups">The distinct groups, in order of first appearance.</param>
/// <param name="Recommended">How many recommendations the set holds.</param>
public sealed record Breadth(IReadOnlyList<string> Groups, int Recommended)
{
    /// <summary>The number of distinct groups reached.</summary>
    public int DistinctGroups => Groups.Count;

    /// <summary>Distinct groups per recommendation, 0 to 1 (1: every recommendation reaches a new group; 0 for an empty set).</summary>
    public double Ratio => Recommended == 0 ? 0.0 : (double)Groups.Count / Recommended;

    /// <summary>The breadth in words.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Groups.Count} distinct groups among {Recommended} recommendations: {string.Join(", ", Groups)}";
}

/// <summary>An asset that reaches no actor on any power map and serves no partnership, is declared unused, or is ruled out by eligibility.</summary>
/// <param name="Asset">The asset.</param>
/// <param name="Reason">Why it counts as unused, or why it is ruled out.</param>
public sealed record UnusedAsset(Asset Asset, string Reason)
{
    /// <summary>Whether eligibility rules the asset out (it reaches a party the policy forbids): listed so nobody offers it, not as an opportunity.</summary>
    public bool RuledOut { get; init; }
}

/// <summary>What a plan is asked about.</summary>
public sealed record PlanningRequest
{
    /// <summary>The workspace.</summary>
    public required Workspace Workspace { get; init => field = Guard.NotNull(value); }

    /// <summary>The chapter's power maps; each gets its own recommendations.</summary>
    public IReadOnlyList<PowerMap> PowerMaps { get; init => field = Guard.List(value); } = ValueList<PowerMap>.Empty;

    /// <summary>Assets the chapter declares (email list, meeting space, money...).</summary>
    public IReadOnlyList<DeclaredAsset> DeclaredAssets { get; init => field = Guard.List(value); } = ValueList<DeclaredAsset>.Empty;

    /// <summary>The eligibility outcome per partner (Forbid excludes, Review flags); <see langword="null"/> means none checked, and every recommendation is flagged for review.</summary>
    public Func<PartyId, EligibilityOutcome?>? Eligibility { get; init; }

    /// <summary>The day of the plan.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>How many recommendations per map, and how many actors to move. Default 5; at least 1.</summary>
    public int Top { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"Top must be at least 1; got {value}."); } = 5;
}

/// <summary>The plan for one power map: access, scores, the recommendations and their breadth.</summary>
public sealed record PowerMapPlan
{
    /// <summary>Access toward the map's target.</summary>
    public required AccessMap Access { get; init; }

    /// <summary>Every placed actor scored.</summary>
    public required PowerMapAssessment Assessment { get; init; }

    /// <summary>
    /// The top recommendations, best first; never a forbidden actor, never an opponent. A partner the
    /// chapter holds as an ally by choice stays among them (it is still part of the picture of power) and
    /// its <see cref="PartnershipRecommendation.Reason"/> says there is no deeper ask.
    /// </summary>
    public IReadOnlyList<PartnershipRecommendation> Recommendations { get; init => field = Guard.List(value); } = ValueList<PartnershipRecommendation>.Empty;

    /// <summary>The actors to persuade or neutralize, most influential first (with our access as a bonus); never partners.</summary>
    public IReadOnlyList<ActorToMove> ToMove { get; init => field = Guard.List(value); } = ValueList<ActorToMove>.Empty;

    /// <summary>How widely the recommendations reach.</summary>
    public required Breadth Breadth { get; init; }

    /// <summary>The map.</summary>
    public PowerMap Map => Assessment.Map;
}

/// <summary>The whole plan: the asset map and its score, one plan per power map, and the assets left unused.</summary>
public sealed record PartnershipPlan
{
    /// <summary>The asset map.</summary>
    public required AssetMap Assets { get; init; }

    /// <summary>Its score.</summary>
    public required AssetMapScore AssetScore { get; init; }

    /// <summary>One plan per power map, in request order.</summary>
    public IReadOnlyList<PowerMapPlan> Maps { get; init => field = Guard.List(value); } = ValueList<PowerMapPlan>.Empty;

    /// <summary>Relationships and resources that reach no actor on any power map and serve no partnership, declared assets not in use, and relationships eligibility rules out (marked <see cref="UnusedAsset.RuledOut"/>, listed first).</summary>
    public IReadOnlyList<UnusedAsset> UnusedAssets { get; init => field = Guard.List(value); } = ValueList<UnusedAsset>.Empty;
}

/// <summary>
/// Brings the asset map and the power maps together into ranked partnerships to build. Composes an
/// <see cref="IAssetMapScorer"/> and an <see cref="IPowerMapScorer"/>; replace any of the three through
/// <c>AddPartnering</c>.
/// </summary>
public interface IPartnershipPlanner
{
    /// <summary>Builds the plan.</summary>
    /// <param name="request">What to plan.</param>
    /// <returns>The plan.</returns>
    PartnershipPlan Plan(PlanningRequest request);

    /// <summary>Picks the top <paramref name="top"/> partners from a scored map (only <see cref="PlanRole.Partner"/> actors with a score above 0), each with its first step.</summary>
    /// <param name="assessment">The scored map.</param>
    /// <param name="top">How many, at least 1.</param>
    /// <returns>The recommendations, best first.</returns>
    IReadOnlyList<PartnershipRecommendation> Recommend(PowerMapAssessment assessment, int top);

    /// <summary>Picks the top <paramref name="top"/> actors to persuade or neutralize from a scored map (score above 0).</summary>
    /// <param name="assessment">The scored map.</param>
    /// <param name="top">How many, at least 1.</param>
    /// <returns>The actors, most important first.</returns>
    IReadOnlyList<ActorToMove> ToMove(PowerMapAssessment assessment, int top);
}

/// <summary>The default planner. Thread-safe.</summary>
public sealed class PartnershipPlanner : IPartnershipPlanner
{
    private readonly IAssetMapScorer _assets;
    private readonly IPowerMapScorer _power;
    private readonly PlanningOptions _options;

    /// <summary>Creates the planner.</summary>
    /// <param name="assets">The asset map scorer; <see langword="null"/> for <see cref="AssetMapScorer"/>.</param>
    /// <param name="power">The power map scorer; <see langword="null"/> for <see cref="PowerMapScorer"/> with <paramref name="options"/>.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="PlanningOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public PartnershipPlanner(IAssetMapScorer? assets = null, IPowerMapScorer? power = null, PlanningOptions? options = null)
    {
        _options = (options ?? PlanningOptions.Default).EnsureValid();
        _assets = assets ?? new AssetMapScorer();
        _power = power ?? new PowerMapScorer(_options);
    }

    /// <inheritdoc/>
    public PartnershipPlan Plan(PlanningRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var workspace = request.Workspace;
        var graph = TieGraph.Build(workspace, request.AsOf, _options.AffiliationStrength);
        var assets = AssetMap.Build(workspace, request.DeclaredAssets, request.AsOf, _options.AffiliationStrength);
        var forbidden = Forbidden(graph, request.Eligibility);
        var allies = AlliesByChoice(workspace, request.AsOf);
        var reached = new int[graph.NodeCount]; // per node: the number of a map that reaches it by a best route, or 0
        var plans = new List<PowerMapPlan>(request.PowerMaps.Count);
        foreach (var map in request.PowerMaps)
        {
            var access = AccessMap.Compute(graph, map.Target, _options.RoutesPerActor, forbidden);
            var assessment = _power.Score(map, access, request.Eligibility, request.AsOf);
            foreach (var placement in map.CurrentPlacements(request.AsOf))
            {
                if (!forbidden.Contains(placement.Actor))
                {
                    access.MarkBestRoute(placement.Actor, reached, plans.Count + 1);
                }
            }

            var recommendations = KeptAsAllies(Recommend(assessment, request.Top), allies);
            plans.Add(new PowerMapPlan
            {
                Access = access,
                Assessment = assessment,
                Recommendations = recommendations,
                ToMove = ToMove(assessment, request.Top),
                Breadth = BreadthOf(recommendations),
            });
        }

        var partnered = new HashSet<PartyId>();
        foreach (var partnership in workspace.Partnerships)
        {
            partnered.Add(partnership.Partner);
        }

        var ruledOut = new List<UnusedAsset>();
        var unused = new List<UnusedAsset>();
        foreach (var asset in assets.Assets)
        {
            if (asset.Category is AssetCategory.OrganizationalRelationship or AssetCategory.SignificantIndividual)
            {
                if (asset.Reaches is not { } party)
                {
                    unused.Add(new UnusedAsset(asset, "names an organization that is not in the workspace, so it reaches no mapped actor and serves no partnership"));
                }
                else if (forbidden.Contains(party))
                {
                    ruledOut.Add(new UnusedAsset(asset, $"ruled out, not to be offered: eligibility forbids the chapter working with {graph.NameOf(party)}, so no plan and no route uses it; a member's own affiliation stays theirs") { RuledOut = true });
                }
                else if (!(graph.TryIndex(party, out var node) && reached[node] != 0) && !partnered.Contains(party))
                {
                    unused.Add(new UnusedAsset(asset, $"{graph.NameOf(party)} is on no strongest route to any actor of the power maps and has no partnership with us"));
                }
            }
            else if (asset.InUse == false)
            {
                unused.Add(new UnusedAsset(asset, "declared as not in use"));
            }
        }

        return new PartnershipPlan
        {
            Assets = assets,
            AssetScore = _assets.Score(assets),
            Maps = ValueList<PowerMapPlan>.Wrap([.. plans]),
            UnusedAssets = ValueList<UnusedAsset>.Wrap([.. ruledOut, .. unused]),
        };
    }

    /// <inheritdoc/>
    public IReadOnlyList<PartnershipRecommendation> Recommend(PowerMapAssessment assessment, int top)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        CheckTop(top);
        var candidates = new List<PriorityScore>();
        foreach (var score in assessment.Scores)
        {
            if (score.Role == PlanRole.Partner && !score.Excluded && score.Score > 0.0)
            {
                candidates.Add(score);
            }
        }

        // Scores arrive highest first, ties by id. With a repeat factor below 1, pick greedily: each pick
        // lowers the effective score of later actors of the same group.
        var picked = new List<PartnershipRecommendation>(Math.Min(top, candidates.Count));
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var taken = new bool[candidates.Count];
        while (picked.Count < top)
        {
            var best = -1;
            var bestValue = -1.0;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (taken[i])
                {
                    continue;
                }

                var value = candidates[i].Score * Math.Pow(_options.RepeatGroupFactor, groups.GetValueOrDefault(candidates[i].Group));
                if (value > bestValue)
                {
                    best = i;
                    bestValue = value;
                }

                if (_options.RepeatGroupFactor >= 1.0)
                {
                    break;
                }
            }

            if (best < 0)
            {
                break;
            }

            taken[best] = true;
            var chosen = candidates[best];
            groups[chosen.Group] = groups.GetValueOrDefault(chosen.Group) + 1;
            var wayIn = WayInTo(chosen);
            picked.Add(new PartnershipRecommendation { Rank = picked.Count + 1, Score = chosen, WayIn = wayIn, Reason = wayIn.Step + " " + chosen.Explanation });
        }

        return ValueList<PartnershipRecommendation>.Wrap([.. picked]);
    }

    /// <inheritdoc/>
    public IReadOnlyList<ActorToMove> ToMove(PowerMapAssessment assessment, int top)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        CheckTop(top);
        var result = new List<ActorToMove>();
        foreach (var score in assessment.Scores)
        {
            if (result.Count == top)
            {
                break;
            }

            if (score.Role is PlanRole.Persuade or PlanRole.Neutralize && score.Score > 0.0)
            {
                result.Add(new ActorToMove { Rank = result.Count + 1, Score = score, Reason = score.Explanation });
            }
        }

        return ValueList<ActorToMove>.Wrap([.. result]);
    }

    /// <summary>The first step toward a scored actor (see <see cref="WayInKind"/> and <see cref="PlanningOptions.IntroductionBelow"/>).</summary>
    private WayIn WayInTo(PriorityScore score)
    {
        var routes = score.RoutesFromUs;
        var name = score.Name;
        if (routes.Count > 0)
        {
            var route = routes[0];
            var graph = score.Access?.Graph;
            var start = graph?.NameOf(route.Start) ?? route.Start.Value;
            if (route.Strength >= _options.IntroductionBelow)
            {
                return new WayIn
                {
                    Kind = WayInKind.Route,
                    Member = route.Start,
                    Route = route,
                    Step = string.Create(CultureInfo.InvariantCulture, $"First step: reach out through {start} ({route.Description}; strength {route.Strength:0.00})."),
                };
            }

            var introducer = route.Parties.Count > 2 ? route.Parties[^2] : route.Start;
            var introducerName = graph?.NameOf(introducer) ?? introducer.Value;
            return new WayIn
            {
                Kind = WayInKind.Introduction,
                Member = route.Start,
                Introducer = introducer,
                Route = route,
                Step = route.Parties.Count > 2
                    ? string.Create(CultureInfo.InvariantCulture, $"Build a way in: our best route is weak ({route.Description}; strength {route.Strength:0.00}), so ask {introducerName} to introduce {start} to {name} in person.")
                    : string.Create(CultureInfo.InvariantCulture, $"Build a way in: {start} knows {name} only loosely ({route.Description}; strength {route.Strength:0.00}); ask {start}'s contact there to introduce us to its leadership, or meet them at one of its public events."),
            };
        }

        if (score.Access is { } access && access.Graph.TryIndex(score.Actor, out var node))
        {
            var graph = access.Graph;
            var bestSlot = -1;
            for (var s = graph.Offset(node); s < graph.Offset(node + 1); s++)
            {
                var u = graph.NeighbourAt(s);
                if (graph.IdAt(u) == access.Target || access.IsForbidden(graph.IdAt(u)))
                {
                    continue;
                }

                if (bestSlot < 0 || graph.CostAt(s) < graph.CostAt(bestSlot) || (graph.CostAt(s) == graph.CostAt(bestSlot) && u < graph.NeighbourAt(bestSlot)))
                {
                    bestSlot = s;
                }
            }

            if (bestSlot >= 0)
            {
                var introducer = graph.NeighbourAt(bestSlot);
                var tie = graph.Path([introducer, node], [graph.EdgeAt(bestSlot)]);
                return new WayIn
                {
                    Kind = WayInKind.Introduction,
                    Introducer = graph.IdAt(introducer),
                    Step = $"Build a way in: nobody of ours is tied to {name} yet, but {tie.Description}; find who among us knows {graph.NameAt(introducer)} and ask for an introduction, or approach {name} directly at one of its public events.",
                };
            }
        }

        return new WayIn
        {
            Kind = WayInKind.ColdApproach,
            Step = $"Build a way in: nobody on our maps is tied to {name} yet. Research its mission, theory of change and base first, then introduce ourselves at one of its public events or by phone or email, and ask for a meeting to learn about its work.",
        };
    }

    /// <summary>The partners whose partnership is held as an ally by choice on <paramref name="day"/> (seed 004), with the decision; empty when none is.</summary>
    internal static Dictionary<PartyId, AllyChoice> AlliesByChoice(Workspace workspace, DateOnly day)
    {
        var allies = new Dictionary<PartyId, AllyChoice>();
        foreach (var partnership in workspace.Partnerships)
        {
            if (partnership.AllyByChoiceOn(day) is { } choice)
            {
                allies[partnership.Partner] = choice;
            }
            else
            {
                allies.Remove(partnership.Partner);
            }
        }

        return allies;
    }

    /// <summary>
    /// The recommendations, each of a partner held as an ally by choice saying so first (seed 004: not the
    /// best fit for more, but still allies): it stays in the picture of power, with its rank and way in,
    /// and its reason says there is no deeper ask to make.
    /// </summary>
    private static IReadOnlyList<PartnershipRecommendation> KeptAsAllies(IReadOnlyList<PartnershipRecommendation> recommendations, Dictionary<PartyId, AllyChoice> allies)
    {
        if (allies.Count == 0)
        {
            return recommendations;
        }

        PartnershipRecommendation[]? kept = null;
        for (var i = 0; i < recommendations.Count; i++)
        {
            var r = recommendations[i];
            if (allies.TryGetValue(r.Actor, out var choice))
            {
                kept ??= [.. recommendations];
                kept[i] = r with { Reason = string.Create(CultureInfo.InvariantCulture, $"The chapter keeps {r.Score.Name} as an ally by choice since {choice.Date:yyyy-MM-dd} ({choice.Reason}): keep each other informed, no deeper ask. ") + r.Reason };
            }
        }

        return kept is null ? recommendations : ValueList<PartnershipRecommendation>.Wrap(kept);
    }

    private static HashSet<PartyId> Forbidden(TieGraph graph, Func<PartyId, EligibilityOutcome?>? eligibility)
    {
        var forbidden = new HashSet<PartyId>();
        if (eligibility is null)
        {
            return forbidden;
        }

        for (var node = 0; node < graph.NodeCount; node++)
        {
            if (graph.KindAt(node) is not (GraphPartyKind.Chapter or GraphPartyKind.Member) && eligibility(graph.IdAt(node)) == EligibilityOutcome.Forbid)
            {
                forbidden.Add(graph.IdAt(node));
            }
        }

        return forbidden;
    }

    private static void CheckTop(int top)
    {
        if (top < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, $"Top must be at least 1; got {top}.");
        }
    }

    private static Breadth BreadthOf(IReadOnlyList<PartnershipRecommendation> recommendations)
    {
        var groups = new List<string>();
        foreach (var r in recommendations)
        {
            if (!groups.Contains(r.Score.Group))
            {
                groups.Add(r.Score.Group);
            }
        }

        return new Breadth(ValueList<string>.Wrap([.. groups]), recommendations.Count);
    }
}
