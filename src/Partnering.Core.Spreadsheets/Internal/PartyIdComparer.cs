using System;
using System.Collections.Generic;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>
/// Party ids compared ordinally, as <see cref="PartyId"/> compares them, and (on .NET 9 and later)
/// looked up by the characters of a cell without making a string.
/// </summary>
internal sealed class PartyIdComparer : IEqualityComparer<PartyId>
#if NET9_0_OR_GREATER
    , IAlternateEqualityComparer<ReadOnlySpan<char>, PartyId>
#endif
{
    public static PartyIdComparer Instance { get; } = new();

    public bool Equals(PartyId x, PartyId y) => string.Equals(x.Value, y.Value, StringComparison.Ordinal);

    public int GetHashCode(PartyId obj) => string.GetHashCode(obj.Value.AsSpan());

#if NET9_0_OR_GREATER
    public bool Equals(ReadOnlySpan<char> alternate, PartyId other) => alternate.SequenceEqual(other.Value);

    public int GetHashCode(ReadOnlySpan<char> alternate) => string.GetHashCode(alternate);

    public PartyId Create(ReadOnlySpan<char> alternate) => new(alternate.ToString());
#endif
}
