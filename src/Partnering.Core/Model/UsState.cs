using System;
using System.Collections.Frozen;

namespace Partnering.Core;

/// <summary>Two-letter codes of the US states, DC and the territories.</summary>
internal static class UsState
{
    private static readonly FrozenSet<string> Codes = FrozenSet.ToFrozenSet(
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI",
        "AS", "MP",
    ], StringComparer.Ordinal);

    public static string? Explain(string value)
        => Codes.Contains(value.ToUpperInvariant())
            ? null
            : $"A state must be a two-letter US state or territory code such as \"OH\"; got '{value}'.";

    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Explain(value) is { } problem ? throw new ArgumentException(problem, nameof(value)) : value.ToUpperInvariant();
    }

    public static string? NormalizeOptional(string? value) => value is null ? null : Normalize(value);
}
