using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

internal sealed partial class TieGraph
{
    /// <summary>
    /// A binary min-heap of node numbers keyed by <c>cost[node]</c>, then <c>hops[node]</c>, then node number; each node is in
    /// it at most once and moves up when its cost decreases, so it never holds more than the node count.
    /// </summary>
    private sealed class IndexedHeap
    {
        private readonly double[] _cost;
        private readonly int[] _hops;
        private readonly int[] _heap;
        private readonly int[] _position;

        public IndexedHeap(double[] cost, int[] hops)
        {
            _cost = cost;
            _hops = hops;
            _heap = new int[cost.Length];
            _position = new int[cost.Length];
        }

        public int Count { get; private set; }

        public void Insert(int node)
        {
            _heap[Count] = node;
            _position[node] = Count;
            Count++;
            Up(Count - 1);
        }

        public void Decreased(int node) => Up(_position[node]);

        public int Pop()
        {
            var top = _heap[0];
            Count--;
            if (Count > 0)
            {
                _heap[0] = _heap[Count];
                _position[_heap[0]] = 0;
                Down(0);
            }

            return top;
        }

        private bool Less(int a, int b) => _cost[a] < _cost[b] || (_cost[a] == _cost[b] && (_hops[a] < _hops[b] || (_hops[a] == _hops[b] && a < b)));

        private void Up(int i)
        {
            var node = _heap[i];
            while (i > 0)
            {
                var p = (i - 1) >> 1;
                if (!Less(node, _heap[p]))
                {
                    break;
                }

                _heap[i] = _heap[p];
                _position[_heap[i]] = i;
                i = p;
            }

            _heap[i] = node;
            _position[node] = i;
        }

        private void Down(int i)
        {
            var node = _heap[i];
            while (true)
            {
                var c = (2 * i) + 1;
                if (c >= Count)
                {
                    break;
                }

                if (c + 1 < Count && Less(_heap[c + 1], _heap[c]))
                {
                    c++;
                }

                if (!Less(_heap[c], node))
                {
                    break;
                }

                _heap[i] = _heap[c];
                _position[_heap[i]] = i;
                i = c;
            }

            _heap[i] = node;
            _position[node] = i;
        }
    }
}
