using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

/// <summary>The strongest-route searches over the graph.</summary>
internal sealed partial class TieGraph
{
    /// <summary>
    /// Strongest routes from every node in <paramref name="roots"/> (all at strength 1) to every node,
    /// in one pass: Dijkstra on -log strength, then on the number of hops. Of two routes of equal
    /// strength the one with fewer hops wins, then the one through the lower node (id). A node marked in
    /// <paramref name="closed"/> may end a route but is never passed through (unless it is a root).
    /// </summary>
    internal RouteTree Routes(int[] roots, bool[]? closed = null)
    {
        var n = _ids.Length;
        var cost = new double[n];
        var hops = new int[n];
        var parent = new int[n];
        var parentSlot = new int[n];
        var settled = new bool[n];
        Array.Fill(cost, double.PositiveInfinity);
        Array.Fill(parent, -1);
        Array.Fill(parentSlot, -1);
        var heap = new IndexedHeap(cost, hops);
        foreach (var r in roots)
        {
            if (cost[r] > 0.0)
            {
                cost[r] = 0.0;
                heap.Insert(r);
            }
        }

        while (heap.Count > 0)
        {
            var u = heap.Pop();
            var c = cost[u];
            var h = hops[u] + 1;
            settled[u] = true;
            if (closed is not null && closed[u] && parent[u] >= 0)
            {
                continue;
            }

            for (var s = _offsets[u]; s < _offsets[u + 1]; s++)
            {
                var v = _neighbours[s];
                if (settled[v])
                {
                    continue;
                }

                var nc = c + _costs[_edgeOf[s]];
                if (nc < cost[v] || (nc == cost[v] && (h < hops[v] || (h == hops[v] && u < parent[v]))))
                {
                    var queued = !double.IsPositiveInfinity(cost[v]);
                    cost[v] = nc;
                    hops[v] = h;
                    parent[v] = u;
                    parentSlot[v] = s;
                    if (queued)
                    {
                        heap.Decreased(v);
                    }
                    else
                    {
                        heap.Insert(v);
                    }
                }
            }
        }

        return new RouteTree(this, roots, closed, cost, hops, parent, parentSlot);
    }

    /// <summary>
    /// Adds a found route's total (its cost plus its last hop) to the sorted <paramref name="totals"/>
    /// and returns the tightened bound: every route still to be found costs at least the next pop, so
    /// once <paramref name="needed"/> known totals are cheaper, nothing found later could be used.
    /// Shared by the whole-graph search and the search below one actor (<c>RouteTree.Detours</c>).
    /// </summary>
    internal static double TightenBound(List<double> totals, double total, int needed, double bound)
    {
        var at = totals.BinarySearch(total);
        totals.Insert(at < 0 ? ~at : at, total);
        return totals.Count >= needed ? Math.Min(bound, totals[needed - 1]) : bound;
    }

    /// <summary>
    /// The strongest routes from <paramref name="roots"/> to each of <paramref name="wanted"/> that never
    /// touch <paramref name="avoid"/> (nor pass through a closed node): a Dijkstra pass over the graph
    /// without that node, kept sparse and stopped once every wanted node is settled.
    /// </summary>
    /// <returns>For each wanted node reached: its cost, hops, and the route as nodes root..node with the slots between them.</returns>
    /// <remarks>
    /// The search also stops once the cheapest unsettled route costs more than <paramref name="bound"/>: no route it could still find would be used.
    /// Access uses <see cref="RouteTree.Detours"/>, which finds the same routes searching only below the avoided node; this whole-graph
    /// search is the plain statement of what it must find, and the maps' properties hold it to that.
    /// </remarks>
    internal Dictionary<int, (double Cost, int Hops, List<int> Nodes, List<int> Slots)> RoutesAvoiding(int[] roots, bool[]? closed, int avoid, HashSet<int> wanted, double bound = double.PositiveInfinity, Dictionary<int, double>? lastHop = null, List<double>? totals = null, int needed = 0)
    {
        var cost = new Dictionary<int, double>();
        var hops = new Dictionary<int, int>();
        var parent = new Dictionary<int, (int Node, int Slot)>();
        var settled = new HashSet<int>();
        var queue = new PriorityQueue<int, (double, int, int)>();
        foreach (var r in roots)
        {
            if (r != avoid && cost.TryAdd(r, 0.0))
            {
                hops[r] = 0;
                queue.Enqueue(r, (0.0, 0, r));
            }
        }

        var remaining = wanted.Count;
        while (queue.TryDequeue(out var u, out var key) && remaining > 0)
        {
            if (key.Item1 > bound)
            {
                break;
            }

            if (!settled.Add(u) || key.Item1 != cost[u] || key.Item2 != hops[u])
            {
                continue;
            }

            if (wanted.Contains(u))
            {
                remaining--;
                if (lastHop is not null && totals is not null && needed > 0)
                {
                    bound = TightenBound(totals, key.Item1 + lastHop[u], needed, bound);
                }
            }

            if (closed is not null && closed[u] && parent.ContainsKey(u))
            {
                continue;
            }

            for (var s = _offsets[u]; s < _offsets[u + 1]; s++)
            {
                var v = _neighbours[s];
                if (v == avoid || settled.Contains(v))
                {
                    continue;
                }

                var nc = key.Item1 + _costs[_edgeOf[s]];
                var h = key.Item2 + 1;
                if (!cost.TryGetValue(v, out var known) || nc < known || (nc == known && (h < hops[v] || (h == hops[v] && u < parent[v].Node))))
                {
                    cost[v] = nc;
                    hops[v] = h;
                    parent[v] = (u, s);
                    queue.Enqueue(v, (nc, h, v));
                }
            }
        }

        var result = new Dictionary<int, (double, int, List<int>, List<int>)>();
        foreach (var w in wanted)
        {
            if (!settled.Contains(w))
            {
                continue;
            }

            var nodes = new List<int>();
            var slots = new List<int>();
            for (var x = w; ; x = parent[x].Node)
            {
                nodes.Add(x);
                if (!parent.TryGetValue(x, out var p))
                {
                    break;
                }

                slots.Add(p.Slot);
            }

            nodes.Reverse();
            slots.Reverse();
            result[w] = (cost[w], hops[w], nodes, slots);
        }

        return result;
    }
}
