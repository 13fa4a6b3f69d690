using System;
using System.Collections.Generic;
using System.Globalization;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

/// <summary>A partnership worth building: the actor, its rank, its score, and the reason and path in words.</summary>
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

    /// <summary>Whether someone must look first (see <see cref="PriorityScore.NeedsReview"/>).</summary>
    public bool NeedsReview => Score.NeedsReview;

    /// <summary>Why, in words: the quadrant, the score's parts and the path.</summary>
    public required string Reason { get; init; }

    /// <summary>The rank, name and reason.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Rank}. {Score.Name} ({Score.Score:0.00}): {Reason}");
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

/// <summary>An asset that reaches no actor on any power map and serves no partnership, or is declared unused.</summary>
/// <param name="Asset">The asset.</param>
/// <param name="Reason">Why it counts as unused.</param>
public sealed record UnusedAsset(Asset Asset, string Reason);

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

    /// <summary>How many recommendations per map. Default 5; at least 1.</summary>
    public int Top { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"Top must be at least 1; got {value}."); } = 5;
}

/// <summary>The plan for one power map: access, scores, the recommendations and their breadth.</summary>
public sealed record PowerMapPlan
{
    /// <summary>Access toward the map's target.</summary>
    public required AccessMap Access { get; init; }

    /// <summary>Every placed actor scored.</summary>
    public required PowerMapAssessment Assessment { get; init; }

    /// <summary>The top recommendations, best first; never a forbidden actor.</summary>
    public IReadOnlyList<PartnershipRecommendation> Recommendations { get; init => field = Guard.List(value); } = ValueList<PartnershipRecommendation>.Empty;

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

    /// <summary>Relationships and resources that reach no actor on any power map and serve no partnership, and declared assets not in use.</summary>
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

    /// <summary>Picks the top <paramref name="top"/> recommendations from a scored map (forbidden and zero-score actors never).</summary>
    /// <param name="assessment">The scored map.</param>
    /// <param name="top">How many, at least 1.</param>
    /// <returns>The recommendations, best first.</returns>
    IReadOnlyList<PartnershipRecommendation> Recommend(PowerMapAssessment assessment, int top);
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
        var reached = new HashSet<PartyId>();
        var plans = new List<PowerMapPlan>(request.PowerMaps.Count);
        foreach (var map in request.PowerMaps)
        {
            var access = AccessMap.Compute(graph, map.Target, _options.RoutesPerActor);
            var assessment = _power.Score(map, access, request.Eligibility, request.AsOf);
            foreach (var placement in map.CurrentPlacements(request.AsOf))
            {
                access.CollectBestRoute(placement.Actor, reached);
            }

            var recommendations = Recommend(assessment, request.Top);
            plans.Add(new PowerMapPlan
            {
                Access = access,
                Assessment = assessment,
                Recommendations = recommendations,
                Breadth = BreadthOf(recommendations),
            });
        }

        var partnered = new HashSet<PartyId>();
        foreach (var partnership in workspace.Partnerships)
        {
            partnered.Add(partnership.Partner);
        }

        var unused = new List<UnusedAsset>();
        foreach (var asset in assets.Assets)
        {
            if (asset.Category is AssetCategory.OrganizationalRelationship or AssetCategory.SignificantIndividual)
            {
                if (asset.Reaches is not { } party)
                {
                    unused.Add(new UnusedAsset(asset, "names an organization that is not in the workspace, so it reaches no mapped actor and serves no partnership"));
                }
                else if (!reached.Contains(party) && !partnered.Contains(party))
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
            UnusedAssets = ValueList<UnusedAsset>.Wrap([.. unused]),
        };
    }

    /// <inheritdoc/>
    public IReadOnlyList<PartnershipRecommendation> Recommend(PowerMapAssessment assessment, int top)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (top < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, $"Top must be at least 1; got {top}.");
        }

        var candidates = new List<PriorityScore>();
        foreach (var score in assessment.Scores)
        {
            if (!score.Excluded && score.Score > 0.0)
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
            picked.Add(new PartnershipRecommendation { Rank = picked.Count + 1, Score = chosen, Reason = chosen.Explanation });
        }

        return ValueList<PartnershipRecommendation>.Wrap([.. picked]);
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
