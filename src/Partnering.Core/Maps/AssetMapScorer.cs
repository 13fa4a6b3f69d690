using System;
using System.Collections.Generic;
using System.Globalization;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

/// <summary>The score of one asset category: its value from 0 to 1, how many assets counted, and how it was reached.</summary>
/// <param name="Category">The category.</param>
/// <param name="Score">From 0 to 1.</param>
/// <param name="Counted">How many assets counted.</param>
/// <param name="Basis">Which assets count and how much, in words.</param>
public sealed record CategoryScore(AssetCategory Category, double Score, int Counted, string Basis);

/// <summary>An asset map scored: per category and overall (the mean of the five categories).</summary>
public sealed record AssetMapScore
{
    /// <summary>The mean of the five category scores, 0 to 1.</summary>
    public required double Overall { get; init; }

    /// <summary>One score per category, in the enum's order.</summary>
    public IReadOnlyList<CategoryScore> Categories { get; init => field = Guard.List(value); } = ValueList<CategoryScore>.Empty;
}

/// <summary>
/// Scales for <see cref="AssetMapScorer"/>. Each category's raw amount <c>x</c> becomes
/// <c>1 - e^(-x / scale)</c>: 0 with nothing, 0.63 at one scale, 0.86 at two, never above 1.
/// </summary>
public sealed record AssetScoringOptions
{
    /// <summary>The defaults.</summary>
    public static AssetScoringOptions Default { get; } = new();

    /// <summary>Organizational relationships: summed strength of the strongest tie to each distinct organization reached. Default 5.</summary>
    public double OrganizationScale { get; init => field = Positive(value); } = 5.0;

    /// <summary>Significant individuals: summed strength of the strongest tie to each distinct individual reached. Default 3.</summary>
    public double IndividualScale { get; init => field = Positive(value); } = 3.0;

    /// <summary>Skills and expertise: the number of distinct skills plus distinct issue areas. Default 8.</summary>
    public double SkillScale { get; init => field = Positive(value); } = 8.0;

    /// <summary>Membership base: members count one each, and declared reach (subscribers, followers) counts <see cref="ReachPerMember"/> per member. Default 25 members.</summary>
    public double MemberScale { get; init => field = Positive(value); } = 25.0;

    /// <summary>How many people of declared reach count as one member. Default 40.</summary>
    public double ReachPerMember { get; init => field = Positive(value); } = 40.0;

    /// <summary>Physical and financial assets: the number declared. Default 3.</summary>
    public double ResourceScale { get; init => field = Positive(value); } = 3.0;

    private static double Positive(double value, [System.Runtime.CompilerServices.CallerMemberName] string? name = null)
        => double.IsFinite(value) && value > 0.0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number above 0; got {value}.");
}

/// <summary>Scores an asset map. Replace it through <c>AddPartnering</c> to weigh assets differently.</summary>
public interface IAssetMapScorer
{
    /// <summary>Scores <paramref name="assets"/> per category and overall.</summary>
    /// <param name="assets">The asset map.</param>
    /// <returns>The score, with the basis of each category in words.</returns>
    AssetMapScore Score(AssetMap assets);
}

/// <summary>The documented asset scoring of <see cref="AssetScoringOptions"/>. Thread-safe.</summary>
/// <param name="options">The scales; <see langword="null"/> for the defaults.</param>
public sealed class AssetMapScorer(AssetScoringOptions? options = null) : IAssetMapScorer
{
    private readonly AssetScoringOptions _options = options ?? AssetScoringOptions.Default;

    /// <inheritdoc/>
    public AssetMapScore Score(AssetMap assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var o = _options;
        var categories = new[]
        {
            Relationships(assets, AssetCategory.OrganizationalRelationship, o.OrganizationScale, "organizations"),
            Relationships(assets, AssetCategory.SignificantIndividual, o.IndividualScale, "individuals"),
            Skills(assets, o.SkillScale),
            Membership(assets, o.MemberScale, o.ReachPerMember),
            Resources(assets, o.ResourceScale),
        };

        var sum = 0.0;
        foreach (var c in categories)
        {
            sum += c.Score;
        }

        return new AssetMapScore { Overall = sum / categories.Length, Categories = ValueList<CategoryScore>.Wrap(categories) };
    }

    private static double Saturate(double x, double scale) => 1.0 - Math.Exp(-x / scale);

    private static CategoryScore Relationships(AssetMap map, AssetCategory category, double scale, string what)
    {
        var strongest = new Dictionary<string, double>(StringComparer.Ordinal);
        var counted = 0;
        foreach (var asset in map.Assets)
        {
            if (asset.Category != category)
            {
                continue;
            }

            counted++;
            var key = asset.Reaches?.Value ?? "name:" + asset.Name;
            var s = asset.Strength ?? 0.0;
            strongest[key] = Math.Max(strongest.GetValueOrDefault(key), s);
        }

        var x = 0.0;
        foreach (var s in strongest.Values)
        {
            x += s;
        }

        var score = Saturate(x, scale);
        return new CategoryScore(category, score, counted, string.Create(CultureInfo.InvariantCulture, $"{strongest.Count} distinct {what} reached by {counted} ties; strongest tie to each summed = {x:0.00}; 1 - e^(-{x:0.00}/{scale:0.##}) = {score:0.00}"));
    }

    private static CategoryScore Skills(AssetMap map, double scale)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var counted = 0;
        foreach (var asset in map.Assets)
        {
            if (asset.Category == AssetCategory.SkillOrExpertise)
            {
                counted++;
                var colon = asset.Name.IndexOf(": ", StringComparison.Ordinal);
                distinct.Add((colon >= 0 ? asset.Name[(colon + 2)..] : asset.Name).Trim().ToUpperInvariant());
            }
        }

        var score = Saturate(distinct.Count, scale);
        return new CategoryScore(AssetCategory.SkillOrExpertise, score, counted, string.Create(CultureInfo.InvariantCulture, $"{distinct.Count} distinct skills and issue areas among {counted} entries; 1 - e^(-{distinct.Count}/{scale:0.##}) = {score:0.00}"));
    }

    private static CategoryScore Membership(AssetMap map, double scale, double reachPerMember)
    {
        var members = 0.0;
        var reach = 0.0;
        var counted = 0;
        foreach (var asset in map.Assets)
        {
            if (asset.Category != AssetCategory.MembershipBase)
            {
                continue;
            }

            counted++;
            if (asset.Id == "members")
            {
                members += asset.Amount ?? 0.0;
            }
            else
            {
                reach += asset.Amount ?? 0.0;
            }
        }

        var x = members + (reach / reachPerMember);
        var score = Saturate(x, scale);
        return new CategoryScore(AssetCategory.MembershipBase, score, counted, string.Create(CultureInfo.InvariantCulture, $"{members:0} members + declared reach {reach:0} / {reachPerMember:0.##} = {x:0.0} member-equivalents; 1 - e^(-{x:0.0}/{scale:0.##}) = {score:0.00}"));
    }

    private static CategoryScore Resources(AssetMap map, double scale)
    {
        var counted = 0;
        foreach (var asset in map.Assets)
        {
            if (asset.Category == AssetCategory.PhysicalOrFinancial)
            {
                counted++;
            }
        }

        var score = Saturate(counted, scale);
        return new CategoryScore(AssetCategory.PhysicalOrFinancial, score, counted, string.Create(CultureInfo.InvariantCulture, $"{counted} physical or financial assets declared; 1 - e^(-{counted}/{scale:0.##}) = {score:0.00}"));
    }
}
