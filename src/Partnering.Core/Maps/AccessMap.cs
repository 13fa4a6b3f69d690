using System;
using System.Collections.Generic;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

/// <summary>
/// Our access to every party of a workspace's tie graph on one day, for one target: the strongest routes from our
/// own (the chapter and every member, all at once) to each party, and from each party on to the target.
/// Both are computed in one pass each over the whole graph (Dijkstra on -log strength, multi-source for
/// our side), so asking about any number of actors afterwards costs only the length of their routes.
/// </summary>
/// <remarks>
/// <para>A route's strength is the product of its ties' strengths. Every route is a simple path (no
/// party twice). The first route given for an actor is the strongest there is; of routes of equal
/// strength the one with fewer hops comes first, then the one through the lower id.</para>
/// <para>Exactly what <see cref="RoutesFromUs"/> and <see cref="RoutesToTarget"/> return: at most
/// <see cref="RoutesPerActor"/> routes in total, one per last hop (the neighbour the route arrives
/// through, or for the routes to the target the neighbour it leaves through): the strongest route, then
/// for every other neighbour the strongest route through it that does not touch the actor before,
/// ordered by strength, then hops, then the neighbour's id. Parallel ties to one neighbour give one
/// route (the strongest tie). Ties of equal strength never hide a route.</para>
/// <para>Routes from our own never pass through the target (reaching an actor by way of the very
/// decision-maker we want to move is no way in); the target may still end such a route. No route in
/// either direction passes through a party given as forbidden (the parties eligibility forbids); such
/// a party may still end a route (its own score is excluded elsewhere).</para>
/// <para>Cycles, self-ties, disconnected parts and zero-strength ties are all allowed; a party no route
/// reaches has access 0 and no routes, and a target with no ties is reached by nobody.</para>
/// </remarks>
public sealed class AccessMap
{
    private readonly RouteTree _fromUs;
    private readonly RouteTree? _toTarget;

    private AccessMap(TieGraph graph, PartyId target, int routesPerActor, IEnumerable<PartyId>? forbidden)
    {
        Graph = graph;
        Target = target;
        RoutesPerActor = routesPerActor;
        bool[]? closed = null;
        if (forbidden is not null)
        {
            foreach (var party in forbidden)
            {
                if (graph.TryIndex(party, out var f))
                {
                    closed ??= new bool[graph.NodeCount];
                    closed[f] = true;
                }
            }
        }

        if (graph.TryIndex(target, out var t))
        {
            var fromUsClosed = closed is null ? new bool[graph.NodeCount] : (bool[])closed.Clone();
            fromUsClosed[t] = true;
            _fromUs = graph.Routes(graph.Sources, fromUsClosed);
            _toTarget = graph.Routes([t], closed);
        }
        else
        {
            _fromUs = graph.Routes(graph.Sources, closed);
        }
    }

    /// <summary>The graph.</summary>
    internal TieGraph Graph { get; }

    /// <summary>The target routes lead to.</summary>
    public PartyId Target { get; }

    /// <summary>How many routes are kept per actor and direction.</summary>
    public int RoutesPerActor { get; }

    /// <summary>
    /// Computes access toward <paramref name="target"/> over the workspace's ties active on
    /// <paramref name="asOf"/> (members' affiliations count as ties of <see cref="PlanningOptions.AffiliationStrength"/>),
    /// keeping <see cref="PlanningOptions.RoutesPerActor"/> routes per actor and direction. The partnership
    /// planner does this for each power map; call it to score a map yourself (<see cref="IPowerMapScorer"/>).
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="asOf">The day whose ties count.</param>
    /// <param name="target">The target decision-maker; need not be in the workspace.</param>
    /// <param name="options">The affiliation strength and routes per actor; <see langword="null"/> for the defaults.</param>
    /// <param name="forbidden">Parties no route may pass through (those eligibility forbids); <see langword="null"/> for none. They may still end a route.</param>
    /// <returns>The access map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' affiliation strength or routes per actor is out of range.</exception>
    public static AccessMap Compute(Workspace workspace, DateOnly asOf, PartyId target, PlanningOptions? options = null, IEnumerable<PartyId>? forbidden = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        options ??= PlanningOptions.Default;
        return Compute(TieGraph.Build(workspace, asOf, options.AffiliationStrength), target, options.RoutesPerActor, forbidden);
    }

    /// <summary>Computes access over <paramref name="graph"/> toward <paramref name="target"/>.</summary>
    /// <param name="graph">The tie graph.</param>
    /// <param name="target">The target decision-maker; need not be in the graph.</param>
    /// <param name="routesPerActor">How many routes to give per actor and direction, 1 to 16. Default 3.</param>
    /// <param name="forbidden">Parties no route may pass through (those eligibility forbids); <see langword="null"/> for none. They may still end a route.</param>
    /// <returns>The access map.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="routesPerActor"/> is out of range.</exception>
    internal static AccessMap Compute(TieGraph graph, PartyId target, int routesPerActor = 3, IEnumerable<PartyId>? forbidden = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (routesPerActor is < 1 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(routesPerActor), routesPerActor, $"Routes per actor must be from 1 to 16; got {routesPerActor}.");
        }

        return new AccessMap(graph, target, routesPerActor, forbidden);
    }

    /// <summary>The strength of the strongest route from our own to <paramref name="actor"/>: 1 for the chapter and members, 0 when none.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>From 0 to 1.</returns>
    public double ReachOf(PartyId actor) => Graph.TryIndex(actor, out var v) ? _fromUs.Strength(v) : 0.0;

    /// <summary>The strength of the strongest route from <paramref name="actor"/> to the target: 1 for the target, 0 when none.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>From 0 to 1.</returns>
    public double RouteToTargetOf(PartyId actor) => _toTarget is not null && Graph.TryIndex(actor, out var v) ? _toTarget.Strength(v) : 0.0;

    /// <summary>The strongest routes from our own to <paramref name="actor"/>, strongest first (see the remarks for exactly which).</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>Up to <see cref="RoutesPerActor"/> routes in total; empty when none reaches it.</returns>
    public IReadOnlyList<AccessPath> RoutesFromUs(PartyId actor)
        => Graph.TryIndex(actor, out var v) ? _fromUs.Routes(v, RoutesPerActor, towardRoot: false) : ValueList<AccessPath>.Empty;

    /// <summary>The strongest routes from <paramref name="actor"/> to the target, strongest first (see the remarks for exactly which).</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>Up to <see cref="RoutesPerActor"/> routes in total; empty when none leads there.</returns>
    public IReadOnlyList<AccessPath> RoutesToTarget(PartyId actor)
        => _toTarget is not null && Graph.TryIndex(actor, out var v) ? _toTarget.Routes(v, RoutesPerActor, towardRoot: true) : ValueList<AccessPath>.Empty;

    /// <summary>Whether <paramref name="party"/> was given as forbidden, so no route passes through it.</summary>
    /// <param name="party">The party.</param>
    /// <returns><see langword="true"/> when it is closed to routes.</returns>
    public bool IsForbidden(PartyId party) => Graph.TryIndex(party, out var v) && _fromUs.IsClosed(v) && party != Target;

    /// <summary>The tree of strongest routes from our own.</summary>
    internal RouteTree FromUsTree => _fromUs;

    /// <summary>The tree of strongest routes on to the target, when the target is in the graph.</summary>
    internal RouteTree? ToTargetTree => _toTarget;

    /// <summary>Reach and onward strength of graph node <paramref name="node"/>.</summary>
    internal (double Reach, double Onward) StrengthsAt(int node) => (_fromUs.Strength(node), _toTarget?.Strength(node) ?? 0.0);

    /// <summary>Sets <paramref name="marks"/> to <paramref name="mark"/> for each graph node on the strongest route from our own to <paramref name="actor"/>, the actor included (nothing when there is none).</summary>
    internal void MarkBestRoute(PartyId actor, int[] marks, int mark)
    {
        if (!Graph.TryIndex(actor, out var v) || double.IsPositiveInfinity(_fromUs.Cost(v)))
        {
            return;
        }

        // A node already marked in this pass has its whole route marked too: stop there.
        for (var node = v; node >= 0 && marks[node] != mark; node = _fromUs.Parent(node))
        {
            marks[node] = mark;
        }
    }
}

/// <summary>The result of one Dijkstra pass: costs and the tree of strongest routes.</summary>
internal sealed class RouteTree(TieGraph graph, int[] roots, bool[]? closed, double[] cost, int[] hops, int[] parent, int[] parentSlot)
{
    private Numbering? _numbering;

    /// <summary>The roots the tree grows from (all at cost 0).</summary>
    public int[] Roots => roots;

    /// <summary>The nodes no route may pass through, or <see langword="null"/> for none.</summary>
    public bool[]? Closed => closed;

    public double Cost(int node) => cost[node];

    public int Parent(int node) => parent[node];

    public bool IsClosed(int node) => closed is not null && closed[node];

    public double Strength(int node) => double.IsPositiveInfinity(cost[node]) ? 0.0 : Math.Exp(-cost[node]);

    public IReadOnlyList<AccessPath> Routes(int node, int k, bool towardRoot)
    {
        if (double.IsPositiveInfinity(cost[node]))
        {
            return ValueList<AccessPath>.Empty;
        }

        var result = new List<AccessPath>(k) { Build(TreeRoute(node), towardRoot) };
        if (k == 1 || parent[node] < 0)
        {
            return ValueList<AccessPath>.Wrap([.. result]);
        }

        // Other ways in: one per other neighbour u (the last hop), the strongest route to u that does not
        // touch this node, then u's strongest tie to it. When u's tree route avoids this node it is that
        // route; otherwise (u is reached through this node, possibly only by a tie-break) search again
        // without this node.
        var best = new Dictionary<int, int>();
        for (var s = graph.Offset(node); s < graph.Offset(node + 1); s++)
        {
            var u = graph.NeighbourAt(s);
            if (u == parent[node] || double.IsPositiveInfinity(cost[u]) || (IsClosed(u) && parent[u] >= 0))
            {
                continue;
            }

            if (!best.TryGetValue(u, out var known) || graph.CostAt(s) < graph.CostAt(known))
            {
                best[u] = s;
            }
        }

        var again = new HashSet<int>();
        var free = new List<double>();
        foreach (var (u, slot) in best)
        {
            if (IsAncestor(node, u))
            {
                again.Add(u);
            }
            else
            {
                free.Add(cost[u] + graph.CostAt(slot));
            }
        }

        // A detour through u costs at least the cost of reaching u, so once k - 1 routes whose tree
        // route is free are known, no detour costing more than the (k-1)-th of them can be used.
        free.Sort();
        var bound = free.Count >= k - 1 ? free[k - 2] : double.PositiveInfinity;
        // A detour to u is never cheaper than u's tree route (the strongest there is): drop the ones that cannot make it.
        var search = new HashSet<int>();
        var lastHop = new Dictionary<int, double>();
        foreach (var u in again)
        {
            if (cost[u] + graph.CostAt(best[u]) <= bound)
            {
                search.Add(u);
                lastHop[u] = graph.CostAt(best[u]);
            }
        }

        var detour = search.Count > 0 ? Detours(node, search, bound, lastHop, free, k - 1) : null;
        var candidates = new List<(double Cost, int Hops, int Neighbour, List<int> Nodes, List<int> Slots)>(best.Count);
        foreach (var (u, slot) in best)
        {
            (List<int> Nodes, List<int> Slots, double Cost, int Hops) to;
            if (!again.Contains(u))
            {
                var tree = TreeRoute(u);
                to = (tree.Nodes, tree.Slots, cost[u], hops[u]);
            }
            else if (detour is not null && detour.TryGetValue(u, out var found))
            {
                to = (found.Nodes, found.Slots, found.Cost, found.Hops);
            }
            else
            {
                continue;
            }

            var nodes = new List<int>(to.Nodes) { node };
            var slots = new List<int>(to.Slots) { slot };
            candidates.Add((to.Cost + graph.CostAt(slot), to.Hops + 1, u, nodes, slots));
        }

        candidates.Sort(static (a, b) => a.Cost != b.Cost ? a.Cost.CompareTo(b.Cost) : a.Hops != b.Hops ? a.Hops.CompareTo(b.Hops) : a.Neighbour.CompareTo(b.Neighbour));
        for (var i = 0; i < candidates.Count && result.Count < k; i++)
        {
            result.Add(Build((candidates[i].Nodes, candidates[i].Slots), towardRoot));
        }

        return ValueList<AccessPath>.Wrap([.. result]);
    }

    /// <summary>The tree route root..node, as nodes and the slots between them.</summary>
    private (List<int> Nodes, List<int> Slots) TreeRoute(int node)
    {
        var nodes = new List<int>();
        var slots = new List<int>();
        for (var walk = node; walk >= 0; walk = parent[walk])
        {
            nodes.Add(walk);
            if (parent[walk] >= 0)
            {
                slots.Add(parentSlot[walk]);
            }
        }

        nodes.Reverse();
        slots.Reverse();
        return (nodes, slots);
    }

    /// <summary>The path from a route root..node; reversed (node..root) for routes toward the root.</summary>
    private AccessPath Build((List<int> Nodes, List<int> Slots) route, bool towardRoot)
    {
        var nodes = new List<int>(route.Nodes);
        var edges = new List<int>(route.Slots.Count);
        foreach (var slot in route.Slots)
        {
            edges.Add(graph.EdgeAt(slot));
        }

        if (towardRoot)
        {
            nodes.Reverse();
            edges.Reverse();
        }

        return graph.Path(nodes, edges);
    }

    /// <summary>
    /// The strongest routes from the roots to each of <paramref name="wanted"/> (descendants of
    /// <paramref name="avoid"/> in the tree) that never touch <paramref name="avoid"/>: exactly what
    /// <see cref="TieGraph.RoutesAvoiding"/> finds over the whole graph, searched within the subtree of
    /// <paramref name="avoid"/> only.
    /// </summary>
    /// <remarks>
    /// <para>Removing a node changes no route to a party outside its subtree: their tree routes never
    /// touch it, and they were already the strongest, fewest hops, lowest ids. So the search starts each
    /// party of the subtree at its best tie from outside (the outside party's tree cost plus the tie),
    /// then runs Dijkstra inside the subtree with the same order and tie-breaks as the full search. For
    /// the actors a plan reads (a few hundred parties below them at most, against the whole graph) it
    /// walks thousands of ties instead of millions.</para>
    /// <para>The stops are the full search's: a route costing more than <paramref name="bound"/>, or more
    /// than the <paramref name="needed"/>-th of <paramref name="totals"/> once enough are known (each
    /// found route's cost plus its <paramref name="lastHop"/> is added to <paramref name="totals"/>), is
    /// never used, so the search ends there.</para>
    /// </remarks>
    internal Dictionary<int, (double Cost, int Hops, List<int> Nodes, List<int> Slots)> Detours(int avoid, HashSet<int> wanted, double bound = double.PositiveInfinity, Dictionary<int, double>? lastHop = null, List<double>? totals = null, int needed = 0)
    {
        var numbering = Numbered();
        var first = numbering.Pre[avoid];
        var size = numbering.Size[avoid];
        // Local arrays over the subtree, indexed by preorder position minus the avoided node's.
        var lcost = new double[size];
        var lhops = new int[size];
        var lparent = new int[size];
        var lslot = new int[size];
        var settled = new bool[size];
        Array.Fill(lcost, double.PositiveInfinity);
        Array.Fill(lparent, -1);
        var queue = new PriorityQueue<int, (double, int, int)>();
        for (var i = 1; i < size; i++)
        {
            // The best way in from outside the subtree (the avoided node is inside it). Slots are
            // walked in edge order, as the full search relaxes parallel ties, so equal ties keep the first.
            var v = numbering.Order[first + i];
            for (var s = graph.Offset(v); s < graph.Offset(v + 1); s++)
            {
                var w = graph.NeighbourAt(s);
                if (double.IsPositiveInfinity(cost[w]) || InSubtree(numbering, first, size, w) || (IsClosed(w) && parent[w] >= 0))
                {
                    continue;
                }

                var nc = cost[w] + graph.CostAt(s);
                var h = hops[w] + 1;
                if (nc < lcost[i] || (nc == lcost[i] && (h < lhops[i] || (h == lhops[i] && w < lparent[i]))))
                {
                    lcost[i] = nc;
                    lhops[i] = h;
                    lparent[i] = w;
                    lslot[i] = s;
                }
            }

            if (!double.IsPositiveInfinity(lcost[i]))
            {
                queue.Enqueue(i, (lcost[i], lhops[i], v));
            }
        }

        var remaining = wanted.Count;
        while (remaining > 0 && queue.TryDequeue(out var i, out var key))
        {
            if (key.Item1 > bound)
            {
                break;
            }

            var u = numbering.Order[first + i];
            if (settled[i] || key.Item1 != lcost[i] || key.Item2 != lhops[i])
            {
                continue;
            }

            settled[i] = true;
            if (wanted.Contains(u))
            {
                remaining--;
                if (lastHop is not null && totals is not null && needed > 0)
                {
                    bound = TieGraph.TightenBound(totals, key.Item1 + lastHop[u], needed, bound);
                }
            }

            if (IsClosed(u))
            {
                continue;
            }

            for (var s = graph.Offset(u); s < graph.Offset(u + 1); s++)
            {
                var v = graph.NeighbourAt(s);
                if (v == avoid || !InSubtree(numbering, first, size, v))
                {
                    continue;
                }

                var j = numbering.Pre[v] - first;
                if (settled[j])
                {
                    continue;
                }

                var nc = key.Item1 + graph.CostAt(s);
                var h = key.Item2 + 1;
                if (nc < lcost[j] || (nc == lcost[j] && (h < lhops[j] || (h == lhops[j] && u < lparent[j]))))
                {
                    lcost[j] = nc;
                    lhops[j] = h;
                    lparent[j] = u;
                    lslot[j] = s;
                    queue.Enqueue(j, (nc, h, v));
                }
            }
        }

        var result = new Dictionary<int, (double, int, List<int>, List<int>)>();
        foreach (var w in wanted)
        {
            var i = numbering.Pre[w] - first;
            if (!InSubtree(numbering, first, size, w) || !settled[i])
            {
                continue;
            }

            // Inside the subtree by the search's parents, then outside by the tree's.
            var nodes = new List<int>();
            var slots = new List<int>();
            var x = w;
            while (InSubtree(numbering, first, size, x))
            {
                var j = numbering.Pre[x] - first;
                nodes.Add(x);
                slots.Add(lslot[j]);
                x = lparent[j];
            }

            for (; x >= 0; x = parent[x])
            {
                nodes.Add(x);
                if (parent[x] >= 0)
                {
                    slots.Add(parentSlot[x]);
                }
            }

            nodes.Reverse();
            slots.Reverse();
            result[w] = (lcost[i], lhops[i], nodes, slots);
        }

        return result;
    }

    private static bool InSubtree(Numbering numbering, int first, int size, int node)
    {
        var pre = numbering.Pre[node];
        return pre >= first && pre < first + size;
    }

    /// <summary>Whether <paramref name="a"/> is an ancestor of (or is) <paramref name="b"/> in the route tree.</summary>
    private bool IsAncestor(int a, int b)
    {
        var numbering = Numbered();
        return InSubtree(numbering, numbering.Pre[a], numbering.Size[a], b);
    }

    private Numbering Numbered()
    {
        var numbering = System.Threading.Volatile.Read(ref _numbering);
        if (numbering is null)
        {
            numbering = Number();
            System.Threading.Volatile.Write(ref _numbering, numbering);
        }

        return numbering;
    }

    /// <summary>A preorder of the tree: node v's subtree is <c>Order[Pre[v] .. Pre[v] + Size[v])</c>.</summary>
    private sealed record Numbering(int[] Pre, int[] Size, int[] Order);

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

        var pre = new int[n];
        var size = new int[n];
        var order = new int[n];
        var next = new int[n];
        var stack = new Stack<int>();
        var clock = 0;
        for (var root = 0; root < n; root++)
        {
            if (parent[root] >= 0)
            {
                continue;
            }

            pre[root] = clock;
            order[clock++] = root;
            next[root] = childStart[root];
            stack.Push(root);
            while (stack.Count > 0)
            {
                var v = stack.Peek();
                if (next[v] < childStart[v + 1])
                {
                    var c = children[next[v]++];
                    pre[c] = clock;
                    order[clock++] = c;
                    next[c] = childStart[c];
                    stack.Push(c);
                }
                else
                {
                    size[v] = clock - pre[v];
                    stack.Pop();
                }
            }
        }

        return new Numbering(pre, size, order);
    }
}
