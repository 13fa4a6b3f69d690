using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Partnering.Core.Internal;

/// <summary>
/// An immutable list with value equality, so records that hold lists compare by content.
/// Every collection property in the model stores one of these, whatever the caller passed in.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;
    private int _hash;

    public static readonly ValueList<T> Empty = new([]);

    private ValueList(T[] items) => _items = items;

    public static ValueList<T> From(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items is ValueList<T> already)
        {
            return already;
        }

        var array = items.ToArray();
        if (Array.IndexOf(array, default) >= 0 && default(T) is null)
        {
            throw new ArgumentException("A list in the model must not contain null items.", nameof(items));
        }

        return array.Length == 0 ? Empty : new ValueList<T>(array);
    }

    internal static ValueList<T> Wrap(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

    public T this[int index] => _items[index];

    public int Count => _items.Length;

    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>The array itself, for readers that keep it (never written to).</summary>
    internal T[] Backing => _items;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var hash = new HashCode();
            foreach (var item in _items)
            {
                hash.Add(item);
            }

            _hash = hash.ToHashCode() | 1;
        }

        return _hash;
    }

    public override string ToString()
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < _items.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(_items[i]);
        }

        return builder.Append(']').ToString();
    }
}
