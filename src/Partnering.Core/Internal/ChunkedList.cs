using System;
using System.Collections.Generic;

namespace Partnering.Core.Internal;

/// <summary>
/// A list that grows by chunks small enough to stay off the large object heap, then is copied once
/// into an array of the exact size. A <see cref="List{T}"/> of a million references doubles through
/// large arrays that only a full collection frees (about 16 MB of such garbage for a million ties).
/// When the number of items is known beforehand (a checked document's array length), the list starts
/// as an array of that size and, filled exactly, is returned without a copy.
/// </summary>
internal sealed class ChunkedList<T>
{
    // 8,192 references are 64 KB, under the 85,000-byte threshold of the large object heap.
    private const int ChunkSize = 8192;
    private readonly List<T[]> _full = [];
    private int _inFull;
    private T[] _current;
    private int _used;

    /// <summary>An empty list, sized for <paramref name="expected"/> items when that is known (0 when not).</summary>
    public ChunkedList(int expected = 0) => _current = new T[Math.Max(expected, 16)];

    public int Count => _inFull + _used;

    public void Add(T item)
    {
        if (_used == _current.Length)
        {
            if (_current.Length < ChunkSize && _full.Count == 0)
            {
                Array.Resize(ref _current, Math.Min(_current.Length * 2, ChunkSize));
            }
            else
            {
                _full.Add(_current);
                _inFull += _current.Length;
                _current = new T[ChunkSize];
                _used = 0;
            }
        }

        _current[_used++] = item;
    }

    /// <summary>The items in order, in an array of their number (the list's own when it holds exactly that many: use the list no more).</summary>
    public T[] ToArray()
    {
        if (_full.Count == 0 && _used == _current.Length)
        {
            return _current;
        }

        var result = new T[Count];
        var at = 0;
        foreach (var chunk in _full)
        {
            chunk.CopyTo(result, at);
            at += chunk.Length;
        }

        Array.Copy(_current, 0, result, at, _used);
        return result;
    }
}
