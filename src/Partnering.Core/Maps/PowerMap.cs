using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

/// <summary>
/// One assessment of where an actor stands on a power map: how far they support or oppose us, how
/// much influence they have over the map's target, how sure we are, who said so and when. A map keeps
/// every assessment; the latest one on or before a date is the one that counts then.
/// </summary>
public sealed record Placement
{
    /// <summary>The actor placed (an organization, an individual, or the target itself for its own leaning).</summary>
    public required PartyId Actor { get; init; }

    /// <summary>From -1 (opposes us) through 0 (undecided) to +1 (supports us).</summary>
    public required double Support { get; init => field = Guard.InRange(value, -1.0, 1.0); }

    /// <summary>Influence over the map's target, from 0 (none) to 1 (decisive). Ignored for the target itself.</summary>
    public required double Influence { get; init => field = Guard.Probability(value); }

    /// <summary>How sure the assessor is, from 0 (a guess) to 1 (on the record). Default 0.5. Shown, not scored.</summary>
    public double Confidence { get; init => field = Guard.Probability(value); } = DefaultConfidence;

    /// <summary>The confidence of an assessment that does not say.</summary>
    internal const double DefaultConfidence = 0.5;

    /// <summary>Where the assessment comes from (a vote record, a one-on-one, a news story...).</summary>
    public string? Source { get; init; }

    /// <summary>Who made the assessment (a member's id or a name).</summary>
    public string? AssessedBy { get; init; }

    /// <summary>When the assessment was made.</summary>
    public required DateOnly AssessedOn { get; init; }

    /// <summary>A note in words.</summary>
    public string? Note { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>
/// Where an actor sits on a power map, read from its support and influence with
/// <see cref="QuadrantThresholds"/>.
/// </summary>
public enum Quadrant
{
    /// <summary>Supports us and has high influence over the target.</summary>
    InfluentialAlly,

    /// <summary>Near the middle on support, with high influence: the ones worth persuading.</summary>
    PersuadableInfluencer,

    /// <summary>Opposes us and has high influence over the target.</summary>
    InfluentialOpponent,

    /// <summary>Supports us with low influence: the base to mobilize.</summary>
    BaseSupporter,

    /// <summary>Near the middle on support with low influence.</summary>
    Bystander,

    /// <summary>Opposes us with low influence.</summary>
    LowInfluenceOpponent,
}

/// <summary>
/// The lines that divide a power map into quadrants. An actor's influence at or above
/// <see cref="HighInfluence"/> is high; support at or above <see cref="AllySupport"/> is an ally's,
/// at or below <see cref="OpponentSupport"/> an opponent's, and in between is near the middle.
/// </summary>
public sealed record QuadrantThresholds
{
    /// <summary>The defaults: high influence from 0.5, allies from +0.25, opponents from -0.25.</summary>
    public static QuadrantThresholds Default { get; } = new();

    /// <summary>Influence at or above this is high. Default 0.5; from 0 to 1.</summary>
    public double HighInfluence { get; init => field = Guard.Probability(value); } = 0.5;

    /// <summary>Support at or above this is an ally's. Default +0.25; from 0 to 1.</summary>
    public double AllySupport { get; init => field = Guard.InRange(value, 0.0, 1.0); } = 0.25;

    /// <summary>Support at or below this is an opponent's. Default -0.25; from -1 to 0.</summary>
    public double OpponentSupport { get; init => field = Guard.InRange(value, -1.0, 0.0); } = -0.25;

    /// <summary>The quadrant of a support and influence.</summary>
    /// <param name="support">Support, -1 to 1.</param>
    /// <param name="influence">Influence, 0 to 1.</param>
    /// <returns>The quadrant.</returns>
    public Quadrant Classify(double support, double influence)
    {
        var high = influence >= HighInfluence;
        if (support >= AllySupport)
        {
            return high ? Quadrant.InfluentialAlly : Quadrant.BaseSupporter;
        }

        if (support <= OpponentSupport)
        {
            return high ? Quadrant.InfluentialOpponent : Quadrant.LowInfluenceOpponent;
        }

        return high ? Quadrant.PersuadableInfluencer : Quadrant.Bystander;
    }

    /// <summary>The quadrant in words ("influential ally"...).</summary>
    /// <param name="quadrant">The quadrant.</param>
    /// <returns>Lower-case words.</returns>
    public static string Describe(Quadrant quadrant) => quadrant switch
    {
        Quadrant.InfluentialAlly => "influential ally",
        Quadrant.PersuadableInfluencer => "persuadable influencer",
        Quadrant.InfluentialOpponent => "influential opponent",
        Quadrant.BaseSupporter => "base supporter",
        Quadrant.Bystander => "bystander",
        Quadrant.LowInfluenceOpponent => "low-influence opponent",
        _ => quadrant.ToString(),
    };
}

/// <summary>
/// A power map: one target decision-maker, one issue, and every actor placed by support and by
/// influence over that target. A chapter keeps several maps (targets and issues differ); an actor's
/// placement belongs to one map. <see cref="Placements"/> is the whole assessment history.
/// </summary>
public sealed record PowerMap
{
    /// <summary>The map's id, unique among the chapter's maps (1 to 128 characters, as a <see cref="PartyId"/>).</summary>
    public required string Id { get; init => field = new PartyId(value).Value; }

    /// <summary>The decision-maker the map is about (usually an individual holding office).</summary>
    public required PartyId Target { get; init; }

    /// <summary>The issue.</summary>
    public required IssueArea Issue { get; init; }

    /// <summary>A title in words (e.g. "Senator Reyes on the school funding bill").</summary>
    public string? Title { get; init; }

    /// <summary>Every assessment ever made on this map, in any order.</summary>
    public IReadOnlyList<Placement> Placements { get; init => field = Guard.List(value); } = ValueList<Placement>.Empty;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

    /// <summary>
    /// The placement that counts for each actor on <paramref name="asOf"/>: the assessment with the latest
    /// <see cref="Placement.AssessedOn"/> not after that day; of two on the same day, the one listed later.
    /// Actors assessed only after that day are left out. Sorted by actor id.
    /// </summary>
    /// <param name="asOf">The day of the question.</param>
    /// <returns>One placement per actor, the target's own included when assessed.</returns>
    public IReadOnlyList<Placement> CurrentPlacements(DateOnly asOf)
    {
        // The assessments made by then, in list order, sorted by actor, then day, then list order:
        // the last of each actor's run is the one that counts. (No dictionary by actor: a large map
        // has one placement per actor, and the result is sorted by actor anyway.)
        var made = new int[Placements.Count];
        var count = 0;
        for (var i = 0; i < Placements.Count; i++)
        {
            if (Placements[i].AssessedOn <= asOf)
            {
                made[count++] = i;
            }
        }

        var placements = Placements;
        Array.Sort(made, 0, count, Comparer<int>.Create((x, y) =>
        {
            var (a, b) = (placements[x], placements[y]);
            var byActor = a.Actor.CompareTo(b.Actor);
            return byActor != 0 ? byActor : a.AssessedOn != b.AssessedOn ? a.AssessedOn.CompareTo(b.AssessedOn) : x.CompareTo(y);
        }));
        // Keep the last of each actor's run, moved to the front of the same array.
        var actors = 0;
        for (var k = 0; k < count; k++)
        {
            if (k == count - 1 || placements[made[k]].Actor != placements[made[k + 1]].Actor)
            {
                made[actors++] = made[k];
            }
        }

        var result = new Placement[actors];
        for (var k = 0; k < actors; k++)
        {
            result[k] = placements[made[k]];
        }

        return ValueList<Placement>.Wrap(result);
    }

    /// <summary>The placement that counts for one actor on <paramref name="asOf"/> (see <see cref="CurrentPlacements"/>).</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <returns>The placement, or <see langword="null"/> when the actor had not been assessed by then.</returns>
    public Placement? PlacementOf(PartyId actor, DateOnly asOf)
    {
        Placement? found = null;
        foreach (var placement in Placements)
        {
            if (placement.Actor == actor && placement.AssessedOn <= asOf && (found is null || placement.AssessedOn >= found.AssessedOn))
            {
                found = placement;
            }
        }

        return found;
    }

    /// <summary>The map's id and target.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"PowerMap {Id}: {Target} on {Issue} ({Placements.Count} assessments)");
}
