using System;
using System.Collections.Generic;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>
/// Where each party is in a working list, by id: a dictionary split by a hash of the id into small
/// ones, so that none grows onto the large object heap (whose allocations start full collections)
/// until an import holds hundreds of thousands of parties. On .NET 9 and later an id is also looked
/// up by the characters of a cell, without making a string.
/// </summary>
internal sealed class PartyIndex
{
    private const int Bits = 6;
    private readonly Dictionary<PartyId, int>?[] _parts = new Dictionary<PartyId, int>?[1 << Bits];

    public bool ContainsKey(PartyId id) => _parts[PartOf(id.Value)]?.ContainsKey(id) == true;

    public bool TryGetValue(PartyId id, out int at)
    {
        if (_parts[PartOf(id.Value)] is { } part)
        {
            return part.TryGetValue(id, out at);
        }

        at = -1;
        return false;
    }

#if NET9_0_OR_GREATER
    public bool TryGetValue(ReadOnlySpan<char> id, out int at)
    {
        if (_parts[PartOf(id)] is { } part)
        {
            return part.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out at);
        }

        at = -1;
        return false;
    }
#endif

    public int this[PartyId id]
    {
        get => TryGetValue(id, out var at) ? at : throw new KeyNotFoundException($"No party '{id}'.");
        set => Part(id)[id] = value;
    }

    public bool TryAdd(PartyId id, int at) => Part(id).TryAdd(id, at);

    private Dictionary<PartyId, int> Part(PartyId id) => _parts[PartOf(id.Value)] ??= new(PartyIdComparer.Instance);

    /// <summary>The top bits of the id's FNV-1a hash (the dictionaries hash it their own way within).</summary>
    private static int PartOf(ReadOnlySpan<char> id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash >> (32 - Bits));
    }
}
