using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnering.Core.Maps;

namespace Partnering.Core.Tests.Maps;

/// <summary>
/// A power map keeps every assessment; on a given day the one that counts for an actor is the latest
/// made by then, and of two made the same day the one listed later (the model's rule, docs/maps.md).
/// <see cref="PowerMap.CurrentPlacements"/> picks them by sorting (issue #14:
/// no dictionary by actor at 100,000 actors); here it is held to the plain reading of that rule.
/// </summary>
public sealed class CurrentPlacementTests
{
    private static readonly DateOnly First = new(2026, 1, 1);

    /// <summary>The rule read plainly: per actor, assessments made by then; the latest day wins, then the later in the list.</summary>
    private static List<Placement> Reference(PowerMap map, DateOnly asOf)
    {
        var latest = new Dictionary<PartyId, Placement>();
        foreach (var placement in map.Placements.Where(p => p.AssessedOn <= asOf))
        {
            if (!latest.TryGetValue(placement.Actor, out var known) || placement.AssessedOn >= known.AssessedOn)
            {
                latest[placement.Actor] = placement;
            }
        }

        return [.. latest.Values.OrderBy(p => p.Actor.Value, StringComparer.Ordinal)];
    }

    private static readonly Gen<List<(int Actor, int Day, int Support)>> Assessments =
        (from actor in Gen.Choose(0, 7)
         from day in Gen.Choose(0, 5)
         from support in Gen.Choose(-10, 10)
         select (actor, day, support)).ListOf().Select(list => list.ToList());

    [Property]
    public Property The_assessment_that_counts_is_the_latest_made_by_then_and_of_one_day_the_later_listed()
        => Prop.ForAll(Assessments.ToArbitrary(), Gen.Choose(-1, 6).ToArbitrary(), (assessments, day) =>
        {
            var map = new PowerMap
            {
                Id = "map",
                Target = new PartyId("target"),
                Issue = new IssueArea("education"),
                Placements = [.. assessments.Select(a => new Placement
                {
                    Actor = new PartyId($"actor-{a.Actor}"),
                    Support = a.Support / 10.0,
                    Influence = 0.5,
                    AssessedOn = First.AddDays(a.Day),
                })],
            };
            var asOf = First.AddDays(day);

            var current = map.CurrentPlacements(asOf);
            var expected = Reference(map, asOf);

            return current.Count == expected.Count
                && current.Zip(expected).All(pair => ReferenceEquals(pair.First, pair.Second))
                && current.All(p => ReferenceEquals(map.PlacementOf(p.Actor, asOf), p));
        });

    [Fact]
    public void Of_two_assessments_made_the_same_day_the_later_listed_counts_and_a_later_day_beats_both()
    {
        // Seed 002's education bill: where the union, the chamber and the PTA stand, assessed over time.
        Placement At(string actor, int day, double support) => new() { Actor = new PartyId(actor), Support = support, Influence = 0.5, AssessedOn = First.AddDays(day) };
        var map = new PowerMap
        {
            Id = "map",
            Target = new PartyId("target"),
            Issue = new IssueArea("education"),
            Placements = [At("pta", 2, 0.1), At("chamber", 1, -0.8), At("pta", 2, 0.6), At("pta", 1, 0.9), At("union", 5, 0.9)],
        };

        var onDayTwo = map.CurrentPlacements(First.AddDays(2));

        Assert.Equal(["chamber", "pta"], onDayTwo.Select(p => p.Actor.Value));
        Assert.Equal(0.6, onDayTwo[1].Support);
        Assert.Equal(0.9, map.CurrentPlacements(First.AddDays(1))[1].Support);
        Assert.Equal(3, map.CurrentPlacements(First.AddDays(5)).Count);
    }
}
