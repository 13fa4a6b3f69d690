using System;
using System.Collections.Generic;

namespace Partnering.Core.Internal;

/// <summary>
/// A list that grows by chunks small enough to stay off the large object heap, then is copied once
/// into an array of the exact size. A <see cref="List{T}"/> of a million references doubles through
/// large arrays that only a full collection frees (about 16 MB of such garbage for a million ties);
/// these chunks die young instead.
/// </summary>
internal sealed class ChunkedList<T>
{
    // 8,192 references are 64 KB, under the 85,000-byte threshold of the large object heap.
    private const int ChunkSize = 8192;
    private readonly List<T[]> _full = [];
    private T[] _current = new T[16];
    private int _used;

    public int Count => (_full.Count * ChunkSize) + _used;

    public void Add(T item)
    {
        if (_used == _current.Length)
        {
            if (_current.Length < ChunkSize)
            {
                Array.Resize(ref _current, Math.Min(_current.Length * 2, ChunkSize));
            }
            else
            {
                _full.Add(_current);
                _current = new T[ChunkSize];
                _used = 0;
            }
        }

        _current[_used++] = item;
    }

    public T[] ToArray()
    {
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
