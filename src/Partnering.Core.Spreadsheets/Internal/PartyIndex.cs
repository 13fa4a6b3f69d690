using System;
using System.Collections.Generic;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>
/// Where each party is in a working list, by id: a hash table of the id texts (ordinal, with the
/// runtime's randomized string hash) split by that hash into small parts, so that none grows onto the
/// large object heap (whose allocations start full collections) until an import holds hundreds of
/// thousands of parties. An id is also looked up by the characters of a cell, without making a string.
/// </summary>
internal sealed class PartyIndex
{
    private const int Bits = 6;
    private const int PartMask = (1 << Bits) - 1;
    private readonly Part?[] _parts = new Part?[1 << Bits];

    public bool ContainsKey(PartyId id) => TryGetValue(id.Value, out _);

    public bool TryGetValue(PartyId id, out int at) => TryGetValue(id.Value, out at);

    public bool TryGetValue(ReadOnlySpan<char> id, out int at)
    {
        var hash = string.GetHashCode(id);
        if (_parts[hash & PartMask] is { } part)
        {
            var keys = part.Keys;
            var mask = keys.Length - 1;
            for (var i = Slot(hash, mask); keys[i] is { } key; i = (i + 1) & mask)
            {
                if (part.Hashes[i] == hash && id.SequenceEqual(key))
                {
                    at = part.Values[i];
                    return true;
                }
            }
        }

        at = -1;
        return false;
    }

    public int this[PartyId id]
    {
        get => TryGetValue(id, out var at) ? at : throw new KeyNotFoundException($"No party '{id}'.");
        set => Put(id.Value, value, replace: true);
    }

    /// <summary>Adds an id unless it is there (then keeps the place it has), as <see cref="Dictionary{TKey, TValue}.TryAdd"/>.</summary>
    public bool TryAdd(PartyId id, int at) => Put(id.Value, at, replace: false);

    private bool Put(string key, int value, bool replace)
    {
        var hash = string.GetHashCode(key.AsSpan());
        var part = _parts[hash & PartMask] ??= new Part();
        if ((part.Count + 1) * 2 > part.Keys.Length)
        {
            part.Grow();
        }

        var mask = part.Keys.Length - 1;
        for (var i = Slot(hash, mask); ; i = (i + 1) & mask)
        {
            if (part.Keys[i] is not { } held)
            {
                part.Keys[i] = key;
                part.Hashes[i] = hash;
                part.Values[i] = value;
                part.Count++;
                return true;
            }

            if (part.Hashes[i] == hash && string.Equals(held, key, StringComparison.Ordinal))
            {
                if (replace)
                {
                    part.Values[i] = value;
                }

                return false;
            }
        }
    }

    /// <summary>The first place to look in a part: the hash bits the part was not chosen by.</summary>
    private static int Slot(int hash, int mask) => (int)((uint)hash >> Bits) & mask;

    /// <summary>One part: open addressing, at most half full.</summary>
    private sealed class Part
    {
        public string?[] Keys { get; private set; } = new string?[8];

        public int[] Hashes { get; private set; } = new int[8];

        public int[] Values { get; private set; } = new int[8];

        public int Count { get; set; }

        public void Grow()
        {
            var (keys, hashes, values) = (Keys, Hashes, Values);
            Keys = new string?[keys.Length * 2];
            Hashes = new int[keys.Length * 2];
            Values = new int[keys.Length * 2];
            var mask = Keys.Length - 1;
            for (var j = 0; j < keys.Length; j++)
            {
                if (keys[j] is null)
                {
                    continue;
                }

                var i = Slot(hashes[j], mask);
                while (Keys[i] is not null)
                {
                    i = (i + 1) & mask;
                }

                Keys[i] = keys[j];
                Hashes[i] = hashes[j];
                Values[i] = values[j];
            }
        }
    }
}
