using System.Collections.Generic;
using System.Globalization;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

/// <summary>Where a hop of an access path comes from: a recorded tie or a member's affiliation.</summary>
public enum HopBasis
{
    /// <summary>A tie of the workspace.</summary>
    Tie,

    /// <summary>A member's affiliation with an organization of the workspace.</summary>
    Affiliation,
}

/// <summary>One hop of an <see cref="AccessPath"/>: from one party to the next, over one tie.</summary>
public sealed record PathHop
{
    /// <summary>The party the hop leaves.</summary>
    public required PartyId From { get; init; }

    /// <summary>The party the hop reaches.</summary>
    public required PartyId To { get; init; }

    /// <summary>What the hop rests on.</summary>
    public required HopBasis Basis { get; init; }

    /// <summary>The tie's category (<see cref="TieCategory.Membership"/> for an affiliation).</summary>
    public required TieCategory Category { get; init; }

    /// <summary>The tie's strength, read as the chance it carries a request.</summary>
    public required double Strength { get; init; }

    /// <summary>The hop in words, e.g. "Ana Diaz sits on the board of Teachers Union Local 12".</summary>
    public required string Wording { get; init; }
}

/// <summary>
/// A route over the tie graph: from one of our own (the chapter or a member) to an actor, or from an
/// actor to a map's target. Its <see cref="Strength"/> is the product of its ties' strengths, the
/// chance a request passed along it arrives.
/// </summary>
public sealed record AccessPath
{
    /// <summary>The product of the hops' strengths, 0 to 1; 1 for a path of no hops.</summary>
    public required double Strength { get; init; }

    /// <summary>The parties along the path, first to last.</summary>
    public IReadOnlyList<PartyId> Parties { get; init => field = Guard.List(value); } = ValueList<PartyId>.Empty;

    /// <summary>The hops, one fewer than <see cref="Parties"/>.</summary>
    public IReadOnlyList<PathHop> Hops { get; init => field = Guard.List(value); } = ValueList<PathHop>.Empty;

    /// <summary>The path in one sentence ("Ana Diaz, a member, sits on the board of ..., which Senator Reyes listens to").</summary>
    public required string Description { get; init; }

    /// <summary>The hops after the first party, worded to continue a sentence that ends with that party (", which ...").</summary>
    internal string Continuation { get; init; } = string.Empty;

    /// <summary>The first party.</summary>
    public PartyId Start => Parties[0];

    /// <summary>The last party.</summary>
    public PartyId End => Parties[^1];

    /// <summary>Whether no party appears twice on the path.</summary>
    public bool IsSimple
    {
        get
        {
            var seen = new HashSet<PartyId>();
            foreach (var party in Parties)
            {
                if (!seen.Add(party))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The strongest joining of a route in (ending at the actor) and a route on (starting there) that
    /// share no party but the actor, as one path; <see langword="null"/> when there is none. Of equally
    /// strong joinings the earlier route in, then the earlier route on, wins.
    /// </summary>
    internal static AccessPath? Join(IReadOnlyList<AccessPath> routesIn, IReadOnlyList<AccessPath> routesOn)
    {
        AccessPath? bestIn = null, bestOn = null;
        var best = -1.0;
        foreach (var first in routesIn)
        {
            var seen = new HashSet<PartyId>(first.Parties);
            foreach (var then in routesOn)
            {
                var strength = first.Strength * then.Strength;
                if (strength <= best || then.Start != first.End)
                {
                    continue;
                }

                var clean = true;
                for (var i = 1; i < then.Parties.Count && clean; i++)
                {
                    clean = !seen.Contains(then.Parties[i]);
                }

                if (clean)
                {
                    (bestIn, bestOn, best) = (first, then, strength);
                }
            }
        }

        if (bestIn is null || bestOn is null)
        {
            return null;
        }

        return new AccessPath
        {
            Strength = best,
            Parties = ValueList<PartyId>.Wrap([.. bestIn.Parties, .. System.Linq.Enumerable.Skip(bestOn.Parties, 1)]),
            Hops = ValueList<PathHop>.Wrap([.. bestIn.Hops, .. bestOn.Hops]),
            Description = bestIn.Description + bestOn.Continuation,
            Continuation = bestIn.Continuation + bestOn.Continuation,
        };
    }

    /// <summary>The sentence and the strength.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Description} (strength {Strength:0.###})");
}
