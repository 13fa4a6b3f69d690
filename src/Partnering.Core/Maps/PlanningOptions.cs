using System;
using System.Collections.Generic;
using System.Globalization;

namespace Partnering.Core.Maps;

/// <summary>
/// Settings for scoring power maps and recommending partnerships. Each default is stated on its
/// property; <see cref="Validate"/> reports every problem at once, and the scorers refuse invalid options.
/// </summary>
/// <remarks>
/// The priority score of an actor is the weighted geometric mean of four terms, each from 0 to 1:
/// <c>score = influence^wI · stance^wS · reach^wA · onward^wT</c>, raised to <c>1 / (wI + wS + wA + wT)</c>,
/// where stance is <c>(support + 1) / 2</c>, reach the strength of our strongest route to the actor and
/// onward the strength of the actor's strongest route to the target. A term whose weight is 0 is left
/// out; a term that is 0 with a positive weight makes the score 0 (no influence, firm opposition or no
/// way in). The score is bounded in [0, 1] and never falls when influence, support or any tie's
/// strength rises. A forbidden actor scores 0 and is never recommended.
/// </remarks>
public sealed record PlanningOptions
{
    /// <summary>The defaults.</summary>
    public static PlanningOptions Default { get; } = new();

    /// <summary>Weight of the actor's influence over the target. Default 2.</summary>
    public double InfluenceWeight { get; init; } = 2.0;

    /// <summary>Weight of the actor's stance, <c>(support + 1) / 2</c>. Default 1.</summary>
    public double SupportWeight { get; init; } = 1.0;

    /// <summary>Weight of our access to the actor (strongest route from our own). Default 1.</summary>
    public double AccessWeight { get; init; } = 1.0;

    /// <summary>Weight of the actor's own route on to the target over the tie graph. Default 0 (the assessed influence already says it).</summary>
    public double RouteToTargetWeight { get; init; }

    /// <summary>The strength given to a member's affiliation with an organization of the workspace. Default 0.5; 0 leaves affiliations out.</summary>
    public double AffiliationStrength { get; init; } = 0.5;

    /// <summary>How many routes to report per actor and direction. Default 3; 1 to 16.</summary>
    public int RoutesPerActor { get; init; } = 3;

    /// <summary>
    /// Breadth: when picking recommendations one by one, an actor's score is multiplied by this factor
    /// once for every actor of the same group (organization kind or individual role) already picked.
    /// Default 1 (rank by score alone); lower values spread the list over more groups. From 0 (exclusive) to 1.
    /// </summary>
    public double RepeatGroupFactor { get; init; } = 1.0;

    /// <summary>The quadrant lines. Default <see cref="QuadrantThresholds.Default"/>.</summary>
    public QuadrantThresholds Quadrants { get; init; } = QuadrantThresholds.Default;

    /// <summary>Every problem with these options, each a plain sentence; empty when they are valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Weight(problems, nameof(InfluenceWeight), InfluenceWeight);
        Weight(problems, nameof(SupportWeight), SupportWeight);
        Weight(problems, nameof(AccessWeight), AccessWeight);
        Weight(problems, nameof(RouteToTargetWeight), RouteToTargetWeight);
        if (problems.Count == 0 && InfluenceWeight + SupportWeight + AccessWeight + RouteToTargetWeight <= 0.0)
        {
            problems.Add("At least one weight must be above 0; all four are 0.");
        }

        if (double.IsNaN(AffiliationStrength) || AffiliationStrength is < 0.0 or > 1.0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"AffiliationStrength must be from 0 to 1; got {AffiliationStrength}."));
        }

        if (RoutesPerActor is < 1 or > 16)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"RoutesPerActor must be from 1 to 16; got {RoutesPerActor}."));
        }

        if (double.IsNaN(RepeatGroupFactor) || RepeatGroupFactor is <= 0.0 or > 1.0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"RepeatGroupFactor must be above 0 and at most 1; got {RepeatGroupFactor}."));
        }

        if (Quadrants is null)
        {
            problems.Add("Quadrants must not be null.");
        }

        return problems;
    }

    /// <summary>Throws when the options are invalid, listing every problem.</summary>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">At least one problem was found.</exception>
    public PlanningOptions EnsureValid()
    {
        var problems = Validate();
        return problems.Count == 0
            ? this
            : throw new ArgumentException("The planning options are invalid: " + string.Join(" ", problems), "options");
    }

    private static void Weight(List<string> problems, string name, double value)
    {
        if (!double.IsFinite(value) || value < 0.0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number of at least 0; got {value}."));
        }
    }
}
