using System;
using System.Collections;
using System.Collections.Generic;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>
/// An append-only list kept in fixed chunks, for the merge's large working lists (interactions, the
/// report's rows): growing never copies, no chunk is large enough for the large object heap, and
/// <see cref="CopyTo"/> lets the model's list take it in one array of the exact size.
/// </summary>
/// <typeparam name="T">The items.</typeparam>
internal sealed class ChunkList<T> : IList<T>, IReadOnlyList<T>
{
    private const int Shift = 10;
    private const int Size = 1 << Shift;
    private const int Mask = Size - 1;
    private T[][] _chunks = new T[4][];

    public ChunkList()
    {
    }

    public ChunkList(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            Add(item);
        }
    }

    public int Count { get; private set; }

    public bool IsReadOnly => false;

    public T this[int index]
    {
        get => (uint)index < (uint)Count ? _chunks[index >> Shift][index & Mask] : throw new ArgumentOutOfRangeException(nameof(index));
        set
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            _chunks[index >> Shift][index & Mask] = value;
        }
    }

    public void Add(T item)
    {
        var chunk = Count >> Shift;
        if ((Count & Mask) == 0)
        {
            if (chunk == _chunks.Length)
            {
                Array.Resize(ref _chunks, _chunks.Length * 2);
            }

            _chunks[chunk] = new T[Size];
        }

        _chunks[chunk][Count & Mask] = item;
        Count++;
    }

    public void CopyTo(T[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        for (var done = 0; done < Count; done += Size)
        {
            var length = Math.Min(Size, Count - done);
            Array.Copy(_chunks[done >> Shift], 0, array, arrayIndex + done, length);
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _chunks[i >> Shift][i & Mask];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public int IndexOf(T item)
    {
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count; i++)
        {
            if (comparer.Equals(_chunks[i >> Shift][i & Mask], item))
            {
                return i;
            }
        }

        return -1;
    }

    public bool Contains(T item) => IndexOf(item) >= 0;

    public void Insert(int index, T item) => throw new NotSupportedException();

    public void RemoveAt(int index) => throw new NotSupportedException();

    public bool Remove(T item) => throw new NotSupportedException();

    public void Clear() => throw new NotSupportedException();
}
