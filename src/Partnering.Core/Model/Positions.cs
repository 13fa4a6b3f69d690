using System.Collections.Generic;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core;

/// <summary>
/// A position as data: a stance (supports or opposes) on an outcome within an issue area, e.g.
/// opposes "medicaid-cuts" on health care. Goal conflict is judged on positions, never on prose: two
/// parties conflict when one supports an outcome the other opposes (same issue area, same outcome).
/// </summary>
public sealed record Position
{
    /// <summary>The issue area the outcome belongs to.</summary>
    public required IssueArea Issue { get; init; }

    /// <summary>The outcome, as a term normalized like issue areas (e.g. "Medicaid cuts" becomes <c>medicaid-cuts</c>).</summary>
    public required string Outcome { get; init => field = Term.Normalize(Guard.NotNull(value), "An outcome"); }

    /// <summary>Whether the party supports or opposes the outcome.</summary>
    public required Stance Stance { get; init; }

    /// <summary>The position in words, for people; no rule reads it.</summary>
    public string? Description { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

    /// <summary>Whether this position and <paramref name="other"/> take opposite stances on the same outcome.</summary>
    /// <param name="other">The other position.</param>
    /// <returns><see langword="true"/> when the issue and outcome match and the stances differ.</returns>
    public bool ConflictsWith(Position other)
        => other is not null && Stance != other.Stance && Issue == other.Issue && string.Equals(Outcome, other.Outcome, System.StringComparison.Ordinal);

    /// <summary>The position as <c>stance outcome (issue)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{(Stance == Stance.Supports ? "supports" : "opposes")} {Outcome} ({Issue})";
}
