using System;
using System.Collections.Generic;
using System.Globalization;

namespace Partnering.Core.Maps;

/// <summary>
/// Settings for scoring power maps and recommending partnerships. Each default is stated on its
/// property; <see cref="Validate"/> reports every problem at once, and the scorers refuse invalid options.
/// </summary>
/// <remarks>
/// <para>Every actor placed on a map gets a role from its support (<see cref="Quadrants"/>): at or above
/// the ally line it is a possible <b>partner</b>; between the lines it is someone to <b>persuade</b>;
/// at or below the opponent line someone to <b>neutralize</b> (persuade where we can, else counter
/// their influence). A party eligibility forbids is never a partner and no route passes through it: an
/// opponent stays on the list to neutralize (moving it is not working with it); anyone else is
/// <b>forbidden</b> and on no list. Opponents are never recommended as partners, however influential.</para>
/// <para>A partner's priority is <c>score = core × access × priority</c>, each part from 0 to 1:</para>
/// <list type="bullet">
/// <item><c>core</c>, the weighted geometric mean <c>(influence^wI · stance^wS · onward^wT)^(1 / (wI + wS + wT))</c>,
/// with stance <c>(support + 1) / 2</c> and onward the strength of the actor's own strongest route to the
/// target (weight 0 by default: the assessed influence already says it);</item>
/// <item><c>access = 1 - b + b · reach</c>, where reach is the strength of our strongest route to the actor
/// and <c>b</c> is <see cref="AccessBonus"/>: reach is a bonus, not a gate, so a group we cannot reach yet
/// keeps <c>1 - b</c> of its score and is recommended with "build a way in" as its first step;</item>
/// <item><c>priority = (1 + Σ weights of the seed 001 factors that hold) / (1 + Σ all their weights)</c>
/// (see <see cref="PriorityFactors"/>): local, community-led and justice-focused groups come first.</item>
/// </list>
/// <para>An actor to move is ranked by <c>influence^(wI / (wI + wT)) · onward^(wT / (wI + wT)) × access</c>: how
/// much it can move the target, with our access as the same bonus; its stance only decides the approach.</para>
/// <para>The score is bounded in [0, 1] and, within a role, never falls when influence, support, a tie's
/// strength or a factor rises. A forbidden actor that does not oppose us scores 0.</para>
/// </remarks>
public sealed record PlanningOptions
{
    /// <summary>The defaults.</summary>
    public static PlanningOptions Default { get; } = new();

    /// <summary>Weight of the actor's influence over the target. Default 2.</summary>
    public double InfluenceWeight { get; init; } = 2.0;

    /// <summary>Weight of a partner's stance, <c>(support + 1) / 2</c>. Default 1.</summary>
    public double SupportWeight { get; init; } = 1.0;

    /// <summary>
    /// How much our access counts, from 0 to 1: the score is multiplied by <c>1 - AccessBonus + AccessBonus × reach</c>.
    /// Default 0.3: a group with no way in yet keeps 70% of its score; 0 ignores access; 1 makes it a gate.
    /// </summary>
    public double AccessBonus { get; init; } = 0.3;

    /// <summary>Weight of the actor's own route on to the target over the tie graph. Default 0 (the assessed influence already says it).</summary>
    public double RouteToTargetWeight { get; init; }

    /// <summary>The seed 001 priority factors (local, community-led, justice focus). Default <see cref="Maps.PriorityFactors.Default"/>.</summary>
    public PriorityFactors PriorityFactors { get; init; } = PriorityFactors.Default;

    /// <summary>The strength given to a member's affiliation with an organization of the workspace. Default 0.5; 0 leaves affiliations out.</summary>
    public double AffiliationStrength { get; init; } = 0.5;

    /// <summary>How many routes to report per actor and direction. Default 3; 1 to 16.</summary>
    public int RoutesPerActor { get; init; } = 3;

    /// <summary>
    /// A route in weaker than this is no ready way in: the recommendation's first step is then to ask the
    /// party just before the actor on that route for an introduction. Default 0.25; from 0 to 1.
    /// </summary>
    public double IntroductionBelow { get; init; } = 0.25;

    /// <summary>
    /// Breadth: when picking recommendations one by one, an actor's score is multiplied by this factor
    /// once for every actor of the same group (organization kind or individual role) already picked.
    /// Default 1 (rank by score alone); lower values spread the list over more groups. From 0 (exclusive) to 1.
    /// </summary>
    public double RepeatGroupFactor { get; init; } = 1.0;

    /// <summary>The quadrant lines; they also divide partners from actors to persuade or neutralize. Default <see cref="QuadrantThresholds.Default"/>.</summary>
    public QuadrantThresholds Quadrants { get; init; } = QuadrantThresholds.Default;

    /// <summary>Every problem with these options, each a plain sentence; empty when they are valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Weight(problems, nameof(InfluenceWeight), InfluenceWeight);
        Weight(problems, nameof(SupportWeight), SupportWeight);
        Weight(problems, nameof(RouteToTargetWeight), RouteToTargetWeight);
        if (problems.Count == 0 && InfluenceWeight + SupportWeight + RouteToTargetWeight <= 0.0)
        {
            problems.Add("At least one of InfluenceWeight, SupportWeight and RouteToTargetWeight must be above 0; all three are 0.");
        }

        if (problems.Count == 0 && InfluenceWeight + RouteToTargetWeight <= 0.0)
        {
            problems.Add("InfluenceWeight or RouteToTargetWeight must be above 0, or actors to move cannot be ranked; both are 0.");
        }

        Fraction(problems, nameof(AccessBonus), AccessBonus);
        Fraction(problems, nameof(AffiliationStrength), AffiliationStrength);
        Fraction(problems, nameof(IntroductionBelow), IntroductionBelow);
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

        if (PriorityFactors is null)
        {
            problems.Add("PriorityFactors must not be null.");
        }
        else
        {
            problems.AddRange(PriorityFactors.Validate());
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

    internal static void Weight(List<string> problems, string name, double value)
    {
        if (!double.IsFinite(value) || value < 0.0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number of at least 0; got {value}."));
        }
    }

    private static void Fraction(List<string> problems, string name, double value)
    {
        if (double.IsNaN(value) || value is < 0.0 or > 1.0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be from 0 to 1; got {value}."));
        }
    }
}
