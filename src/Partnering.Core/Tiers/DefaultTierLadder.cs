using System;

namespace Partnering.Core.Tiers;

/// <summary>
/// The ladder shipped with the package. It is kept as a ladder document and read by the documents layer
/// like any other ladder, which provides <see cref="Reader"/> when the assembly loads, so this capability
/// names no document type. The tiers are the guidance's types of partnership (seed 004 calls them "a
/// starting point"); the counts, windows and days are this library's choices, not the guidance's: see
/// docs/tiers.md.
/// </summary>
internal static class DefaultTierLadder
{
    /// <summary>Reads the default ladder; set once by the documents layer (<c>Documents/BuiltInDocuments.cs</c>).</summary>
    internal static Func<TierLadder> Reader { get; set; } = () => throw new InvalidOperationException("The documents layer did not provide the default ladder's reader.");

    private static readonly Lazy<TierLadder> Loaded = new(() => Reader());

    public static TierLadder Value => Loaded.Value;
}
