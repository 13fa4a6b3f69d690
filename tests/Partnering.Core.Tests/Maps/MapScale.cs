using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;

namespace Partnering.Core.Tests.Maps;

/// <summary>Large synthetic networks: actors a0.., members m0.., target t, each actor with a fixed number of ties.</summary>
internal static class MapScale
{
    public static Workspace Network(int actors, int tiesPerActor, int members)
    {
        var partners = new Partner[actors + 1];
        for (var i = 0; i < actors; i++)
        {
            partners[i] = Org($"a{i}", $"Actor {i}", (OrganizationKind)(i % 9));
        }

        partners[actors] = new Individual { Id = Id("t"), Name = "Target", Roles = [IndividualRole.ElectedOfficial] };
        var ties = new Tie[actors * tiesPerActor];
        var state = 12345UL;
        int Next(int bound)
        {
            state = (state * 6364136223846793005UL) + 1442695040888963407UL;
            return (int)((state >> 33) % (ulong)bound);
        }

        var k = 0;
        for (var i = 0; i < actors; i++)
        {
            for (var j = 0; j < tiesPerActor; j++)
            {
                var other = Next(actors + members + 1);
                var to = other < actors ? $"a{other}" : other < actors + members ? $"m{other - actors}" : "t";
                ties[k++] = Tie($"a{i}", to, TieCategory.Other, (Next(95) + 5) / 100.0);
            }
        }

        return new Workspace
        {
            Chapter = Chapter([.. Enumerable.Range(0, members).Select(i => Member($"m{i}", $"Member {i}"))]),
            Partners = partners,
            Ties = ties,
        };
    }

    public static PowerMap Map(Workspace workspace)
    {
        var placements = new List<Placement>();
        var i = 0;
        foreach (var partner in workspace.Partners)
        {
            if (partner is Organization)
            {
                placements.Add(Place(partner.Id.Value, ((i * 37) % 201 - 100) / 100.0, (i * 53 % 101) / 100.0));
                i++;
            }
        }

        return new PowerMap { Id = "scale", Target = Id("t"), Issue = IssueArea.Education, Placements = placements };
    }
}
