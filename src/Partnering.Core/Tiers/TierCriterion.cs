using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;

namespace Partnering.Core.Tiers;

/// <summary>
/// What a criterion counts in a partnership's history. Each kind is counted over a rolling window of
/// days ending on the day of the question (or over the whole history when no window is given).
/// </summary>
public enum TierEvidence
{
    /// <summary>Meetings and one-on-ones held.</summary>
    Meetings,

    /// <summary>One-on-ones held.</summary>
    OneOnOnes,

    /// <summary>Action alerts exchanged both ways: the smaller of the alerts we shared and the alerts they shared (mutual ones count for both).</summary>
    AlertsExchanged,

    /// <summary>Invitations exchanged both ways: the smaller of the invitations we extended and the ones they extended (mutual ones count for both).</summary>
    InvitationsExchanged,

    /// <summary>Commitments made (by either side), counted on the day they were made.</summary>
    CommitmentsMade,

    /// <summary>Commitments that came due and were kept on or before their due date, counted on their due day.</summary>
    CommitmentsKeptOnTime,

    /// <summary>Commitments that came due and were not kept on time (late, dropped or never kept), counted on their due day.</summary>
    CommitmentsBroken,

    /// <summary>Events co-promoted (co-branded or shared to a network) and delivered.</summary>
    EventsCoPromoted,

    /// <summary>Events co-organized and delivered.</summary>
    EventsCoOrganized,

    /// <summary>Joint actions (a joint letter, a meeting with an official together...).</summary>
    JointActions,

    /// <summary>Shared-leadership agreements (shared leadership, joint brand, public coalition).</summary>
    SharedLeadershipAgreements,

    /// <summary>Interactions of any kind.</summary>
    Interactions,

    /// <summary>
    /// Times we showed up for the partner: attended their action, volunteered or raised funds for them
    /// (<see cref="InteractionKind.AttendedAction"/>, <see cref="InteractionKind.Volunteered"/>,
    /// <see cref="InteractionKind.RaisedFunds"/> from us or mutual). Seeds 001 and 004: real partnership
    /// requires showing up for them if we ask them to show up for us.
    /// </summary>
    ShowedUpForThem,

    /// <summary>Showing up exchanged both ways: the smaller of the times we showed up for them and the times they showed up for us (mutual ones count for both).</summary>
    ShowingUpExchanged,
}

/// <summary>
/// A condition a partnership must meet to take a step up the ladder. Criteria combine with
/// <see cref="AllOfCriterion"/>, <see cref="AnyOfCriterion"/> and <see cref="NotCriterion"/> over
/// evidence counts, time in the tier, the relationship owner and the partner's eligibility.
/// Equality is by value.
/// </summary>
public abstract record TierCriterion
{
    private protected TierCriterion()
    {
    }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

    /// <summary>A short text form, e.g. <c>meetings &gt;= 2 in 180 days</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Describe();

    /// <summary>A short text form of the criterion.</summary>
    /// <returns>The text.</returns>
    public abstract string Describe();
}

/// <summary>Every one of <see cref="Items"/> must hold.</summary>
public sealed record AllOfCriterion : TierCriterion
{
    /// <summary>The criteria that must all hold; at least one.</summary>
    public required IReadOnlyList<TierCriterion> Items { get; init => field = Guard.List(value); }

    /// <inheritdoc/>
    public override string Describe() => "all of (" + string.Join(", ", Items.Select(i => i.Describe())) + ")";
}

/// <summary>At least one of <see cref="Items"/> must hold.</summary>
public sealed record AnyOfCriterion : TierCriterion
{
    /// <summary>The criteria of which one must hold; at least one.</summary>
    public required IReadOnlyList<TierCriterion> Items { get; init => field = Guard.List(value); }

    /// <inheritdoc/>
    public override string Describe() => "any of (" + string.Join(", ", Items.Select(i => i.Describe())) + ")";
}

/// <summary><see cref="Item"/> must not hold.</summary>
public sealed record NotCriterion : TierCriterion
{
    /// <summary>The criterion that must not hold.</summary>
    public required TierCriterion Item { get; init => field = Guard.NotNull(value); }

    /// <inheritdoc/>
    public override string Describe() => "not (" + Item.Describe() + ")";
}

/// <summary>
/// A count of evidence in a rolling window must be at least <see cref="AtLeast"/> and at most
/// <see cref="AtMost"/> (either bound may be absent, not both).
/// </summary>
public sealed record EvidenceCriterion : TierCriterion
{
    /// <summary>What is counted.</summary>
    public required TierEvidence Evidence { get; init; }

    /// <summary>The smallest count that holds, if any.</summary>
    public int? AtLeast { get; init; }

    /// <summary>The largest count that holds, if any.</summary>
    public int? AtMost { get; init; }

    /// <summary>The window in days ending on the day of the question (that day included); <see langword="null"/> counts the whole history.</summary>
    public int? WithinDays { get; init; }

    /// <summary>Whether <paramref name="count"/> is within the bounds.</summary>
    /// <param name="count">A count of <see cref="Evidence"/>.</param>
    /// <returns><see langword="true"/> when no bound is broken.</returns>
    public bool Holds(int count) => (AtLeast is not { } least || count >= least) && (AtMost is not { } most || count <= most);

    /// <inheritdoc/>
    public override string Describe()
    {
        var bounds = (AtLeast, AtMost) switch
        {
            ({ } l, { } m) when l == m => $"= {l}",
            ({ } l, { } m) => $">= {l} and <= {m}",
            ({ } l, null) => $">= {l}",
            (null, { } m) => $"<= {m}",
            _ => "(no bound)",
        };
        var window = WithinDays is { } w ? string.Create(CultureInfo.InvariantCulture, $" in {w} days") : " ever";
        return $"{TierNames.Evidence(Evidence)} {bounds}{window}";
    }
}

/// <summary>The partnership must have stood in its current tier for at least <see cref="Days"/> days: trust cannot be rushed.</summary>
public sealed record TimeInTierCriterion : TierCriterion
{
    /// <summary>The least number of days in the current tier; positive.</summary>
    public required int Days { get; init; }

    /// <inheritdoc/>
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"in tier >= {Days} days");
}

/// <summary>A member must own the relationship (see <see cref="Partnership.OwnerOn"/>).</summary>
public sealed record OwnerAssignedCriterion : TierCriterion
{
    /// <inheritdoc/>
    public override string Describe() => "owner assigned";
}

/// <summary>
/// The partner's eligibility outcome in force must be no stricter than <see cref="AtMost"/>. Review,
/// for instance, blocks a step whose criterion asks for at most <see cref="EligibilityOutcome.PermitWithConditions"/>.
/// </summary>
public sealed record EligibilityCriterion : TierCriterion
{
    /// <summary>The strictest outcome that still holds.</summary>
    public required EligibilityOutcome AtMost { get; init; }

    /// <summary>
    /// Whether an outcome must be on record. Default <see langword="true"/>: with no outcome recorded the
    /// criterion is unmet, since nobody has checked the partner (its explanation says so); with
    /// <see langword="false"/> a missing outcome counts as met.
    /// </summary>
    public bool RequireKnown { get; init; } = true;

    /// <inheritdoc/>
    public override string Describe() => $"eligibility <= {TierNames.Outcome(AtMost)}" + (RequireKnown ? string.Empty : " (unknown counts as met)");
}
