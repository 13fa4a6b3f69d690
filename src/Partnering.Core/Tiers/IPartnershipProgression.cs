using System;
using System.Collections.Generic;

namespace Partnering.Core.Tiers;

/// <summary>
/// Evaluates where partnerships stand on a compiled tier ladder. Implementations are immutable and
/// thread-safe; the standing is a pure function of the history and the date.
/// </summary>
public interface IPartnershipProgression
{
    /// <summary>The ladder this evaluator was compiled from.</summary>
    TierLadder Ladder { get; }

    /// <summary>Where the partnership stands on <paramref name="asOf"/>: a fold of its history up to that day (later entries are ignored).</summary>
    /// <param name="history">The partnership's dated history.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <returns>The standing, with every move and its reason.</returns>
    TierStanding Evaluate(PartnershipHistory history, DateOnly asOf);

    /// <summary>Where the partnership stands today, by the evaluator's <see cref="TimeProvider"/> (local date).</summary>
    /// <param name="history">The partnership's dated history.</param>
    /// <returns>The standing.</returns>
    TierStanding Evaluate(PartnershipHistory history);

    /// <summary>Where each partnership stands on <paramref name="asOf"/>.</summary>
    /// <param name="histories">The histories.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <returns>One standing per history, in the same order.</returns>
    IReadOnlyList<TierStanding> EvaluateMany(IEnumerable<PartnershipHistory> histories, DateOnly asOf);

    /// <summary>The standing on <paramref name="asOf"/> in words: tier, since when, moves with reasons, risk, what the next step still needs and what to try.</summary>
    /// <param name="history">The partnership's dated history.</param>
    /// <param name="asOf">The day of the question.</param>
    /// <returns>Several lines of text.</returns>
    string Explain(PartnershipHistory history, DateOnly asOf);
}
