using System;
using System.Collections.Generic;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

/// <summary>
/// Our access to every party of a <see cref="TieGraph"/> for one target: the strongest routes from our
/// own (the chapter and every member, all at once) to each party, and from each party on to the target.
/// Both are computed in one pass each over the whole graph (Dijkstra on -log strength, multi-source for
/// our side), so asking about any number of actors afterwards costs only the length of their routes.
/// </summary>
/// <remarks>
/// <para>A route's strength is the product of its ties' strengths. The first route given for an actor is
/// the strongest there is (ties in strength go to the route through the lower id). Up to
/// <see cref="RoutesPerActor"/> routes are given, each arriving through a different neighbour (a
/// different way in): the strongest route to that neighbour followed by its tie to the actor, loop-free,
/// ordered by strength then by the neighbour's id.</para>
/// <para>Routes from our own never pass through the target (reaching an actor by way of the very
/// decision-maker we want to move is no way in); the target may still end such a route.</para>
/// <para>Cycles, self-ties, disconnected parts and zero-strength ties are all allowed; a party no route
/// reaches has access 0 and no routes, and a target with no ties is reached by nobody.</para>
/// </remarks>
public sealed class AccessMap
{
    private readonly RouteTree _fromUs;
    private readonly RouteTree? _toTarget;

    private AccessMap(TieGraph graph, PartyId target, int routesPerActor)
    {
        Graph = graph;
        Target = target;
        RoutesPerActor = routesPerActor;
        if (graph.TryIndex(target, out var t))
        {
            _fromUs = graph.Routes(graph.Sources, blocked: t);
            _toTarget = graph.Routes([t]);
        }
        else
        {
            _fromUs = graph.Routes(graph.Sources);
        }
    }

    /// <summary>The graph.</summary>
    public TieGraph Graph { get; }

    /// <summary>The target routes lead to.</summary>
    public PartyId Target { get; }

    /// <summary>How many routes are kept per actor and direction.</summary>
    public int RoutesPerActor { get; }

    /// <summary>Computes access over <paramref name="graph"/> toward <paramref name="target"/>.</summary>
    /// <param name="graph">The tie graph.</param>
    /// <param name="target">The target decision-maker; need not be in the graph.</param>
    /// <param name="routesPerActor">How many routes to give per actor and direction, 1 to 16. Default 3.</param>
    /// <returns>The access map.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="routesPerActor"/> is out of range.</exception>
    public static AccessMap Compute(TieGraph graph, PartyId target, int routesPerActor = 3)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (routesPerActor is < 1 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(routesPerActor), routesPerActor, $"Routes per actor must be from 1 to 16; got {routesPerActor}.");
        }

        return new AccessMap(graph, target, routesPerActor);
    }

    /// <summary>The strength of the strongest route from our own to <paramref name="actor"/>: 1 for the chapter and members, 0 when none.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>From 0 to 1.</returns>
    public double ReachOf(PartyId actor) => Graph.TryIndex(actor, out var v) ? _fromUs.Strength(v) : 0.0;

    /// <summary>The strength of the strongest route from <paramref name="actor"/> to the target: 1 for the target, 0 when none.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>From 0 to 1.</returns>
    public double RouteToTargetOf(PartyId actor) => _toTarget is not null && Graph.TryIndex(actor, out var v) ? _toTarget.Strength(v) : 0.0;

    /// <summary>The strongest routes from our own to <paramref name="actor"/>, strongest first (see the remarks).</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>Up to <see cref="RoutesPerActor"/> routes; empty when none reaches it.</returns>
    public IReadOnlyList<AccessPath> RoutesFromUs(PartyId actor)
        => Graph.TryIndex(actor, out var v) ? _fromUs.Routes(v, RoutesPerActor, towardRoot: false) : ValueList<AccessPath>.Empty;

    /// <summary>The strongest routes from <paramref name="actor"/> to the target, strongest first (see the remarks).</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>Up to <see cref="RoutesPerActor"/> routes; empty when none leads there.</returns>
    public IReadOnlyList<AccessPath> RoutesToTarget(PartyId actor)
        => _toTarget is not null && Graph.TryIndex(actor, out var v) ? _toTarget.Routes(v, RoutesPerActor, towardRoot: true) : ValueList<AccessPath>.Empty;

    /// <summary>Reach and onward strength of graph node <paramref name="node"/>.</summary>
    internal (double Reach, double Onward) StrengthsAt(int node) => (_fromUs.Strength(node), _toTarget?.Strength(node) ?? 0.0);

    /// <summary>The parties on the strongest route from our own to <paramref name="actor"/>, the actor included; empty when none.</summary>
    internal void CollectBestRoute(PartyId actor, HashSet<PartyId> into)
    {
        if (!Graph.TryIndex(actor, out var v) || double.IsPositiveInfinity(_fromUs.Cost(v)))
        {
            return;
        }

        for (var node = v; node >= 0; node = _fromUs.Parent(node))
        {
            into.Add(Graph.IdAt(node));
        }
    }
}

/// <summary>The result of one Dijkstra pass: costs and the tree of strongest routes.</summary>
internal sealed class RouteTree(TieGraph graph, double[] cost, int[] parent, int[] parentSlot, int blocked)
{
    private Numbering? _numbering;

    public double Cost(int node) => cost[node];

    public int Parent(int node) => parent[node];

    public double Strength(int node) => double.IsPositiveInfinity(cost[node]) ? 0.0 : Math.Exp(-cost[node]);

    public IReadOnlyList<AccessPath> Routes(int node, int k, bool towardRoot)
    {
        if (double.IsPositiveInfinity(cost[node]))
        {
            return ValueList<AccessPath>.Empty;
        }

        var result = new List<AccessPath>(k) { Build(node, -1, -1, towardRoot) };
        if (k == 1 || parent[node] < 0)
        {
            return ValueList<AccessPath>.Wrap([.. result]);
        }

        // Other ways in: through each other neighbour u whose own strongest route does not pass
        // through this node, keeping the cheapest edge per neighbour.
        var best = new Dictionary<int, (double Cost, int Slot)>();
        for (var s = graph.Offset(node); s < graph.Offset(node + 1); s++)
        {
            var u = graph.NeighbourAt(s);
            if (u == parent[node] || (u == blocked && parent[u] >= 0) || double.IsPositiveInfinity(cost[u]) || IsAncestor(node, u))
            {
                continue;
            }

            var c = cost[u] + graph.CostAt(s);
            if (!best.TryGetValue(u, out var known) || c < known.Cost)
            {
                best[u] = (c, s);
            }
        }

        var candidates = new List<(double Cost, int Neighbour, int Slot)>(best.Count);
        foreach (var pair in best)
        {
            candidates.Add((pair.Value.Cost, pair.Key, pair.Value.Slot));
        }

        candidates.Sort(static (a, b) => a.Cost != b.Cost ? a.Cost.CompareTo(b.Cost) : a.Neighbour.CompareTo(b.Neighbour));
        for (var i = 0; i < candidates.Count && result.Count < k; i++)
        {
            result.Add(Build(node, candidates[i].Neighbour, candidates[i].Slot, towardRoot));
        }

        return ValueList<AccessPath>.Wrap([.. result]);
    }

    /// <summary>The route root..node (or node..root) over the tree, or over neighbour <paramref name="via"/>'s tree route then its edge to node.</summary>
    private AccessPath Build(int node, int via, int viaSlot, bool towardRoot)
    {
        var nodes = new List<int>();
        var edges = new List<int>();
        var walk = node;
        if (via >= 0)
        {
            nodes.Add(node);
            edges.Add(graph.EdgeAt(viaSlot));
            walk = via;
        }

        for (; walk >= 0; walk = parent[walk])
        {
            nodes.Add(walk);
            if (parent[walk] >= 0)
            {
                edges.Add(graph.EdgeAt(parentSlot[walk]));
            }
        }

        // nodes run node..root; the tree is undirected, so reading them backwards gives root..node.
        if (!towardRoot)
        {
            nodes.Reverse();
            edges.Reverse();
        }

        return graph.Path(nodes, edges);
    }

    /// <summary>Whether <paramref name="a"/> is an ancestor of (or is) <paramref name="b"/> in the route tree.</summary>
    private bool IsAncestor(int a, int b)
    {
        var numbering = System.Threading.Volatile.Read(ref _numbering);
        if (numbering is null)
        {
            numbering = Number();
            System.Threading.Volatile.Write(ref _numbering, numbering);
        }

        return numbering.Enter[a] <= numbering.Enter[b] && numbering.Exit[b] <= numbering.Exit[a];
    }

    /// <summary>Entry and exit times of a depth-first walk of the tree: a is an ancestor of b when its interval holds b's.</summary>
    private sealed record Numbering(int[] Enter, int[] Exit);

    private Numbering Number()
    {
        var n = parent.Length;
        var childStart = new int[n + 1];
        for (var v = 0; v < n; v++)
        {
            if (parent[v] >= 0)
            {
                childStart[parent[v] + 1]++;
            }
        }

        for (var v = 0; v < n; v++)
        {
            childStart[v + 1] += childStart[v];
        }

        var children = new int[childStart[n]];
        var fill = new int[n];
        Array.Copy(childStart, fill, n);
        for (var v = 0; v < n; v++)
        {
            if (parent[v] >= 0)
            {
                children[fill[parent[v]]++] = v;
            }
        }

        var enter = new int[n];
        var exit = new int[n];
        var next = new int[n];
        var stack = new Stack<int>();
        var clock = 0;
        for (var root = 0; root < n; root++)
        {
            if (parent[root] >= 0)
            {
                continue;
            }

            enter[root] = clock++;
            next[root] = childStart[root];
            stack.Push(root);
            while (stack.Count > 0)
            {
                var v = stack.Peek();
                if (next[v] < childStart[v + 1])
                {
                    var c = children[next[v]++];
                    enter[c] = clock++;
                    next[c] = childStart[c];
                    stack.Push(c);
                }
                else
                {
                    exit[v] = clock++;
                    stack.Pop();
                }
            }
        }

        return new Numbering(enter, exit);
    }
}
