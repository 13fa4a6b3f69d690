using System;
using System.Collections.Generic;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core;

/// <summary>
/// A tie between two parties of the workspace (member and organization, two organizations, an
/// individual and the target...). Stored once and read from both sides: <see cref="Involves"/> and
/// <see cref="Other"/> treat the ends alike; <see cref="From"/> and <see cref="To"/> only keep the
/// wording of how it was recorded ("From sits on the board of To").
/// </summary>
public sealed record Tie
{
    /// <summary>One end of the tie.</summary>
    public required PartyId From { get; init; }

    /// <summary>The other end of the tie.</summary>
    public required PartyId To { get; init; }

    /// <summary>What the tie is.</summary>
    public required TieCategory Category { get; init; }

    /// <summary>How strong the tie is, from 0 (none) to 1 (as strong as ties get); read as the chance the tie carries a request.</summary>
    public required double Strength { get; init => field = Guard.Probability(value); }

    // The facts most ties lack live apart, shared while empty, so a bare tie is 56 bytes instead of
    // 88: a workspace may hold a million ties. Each init replaces the details (never changes them),
    // so a copy made with `with` shares nothing it could change; equality compares them by value.
    private TieDetails _details = TieDetails.None;

    /// <summary>Since when, if known.</summary>
    public PartialDate? Since
    {
        get => _details.Since;
        init => _details = value == _details.Since ? _details : _details with { Since = value };
    }

    /// <summary>Until when, once it has ended.</summary>
    public PartialDate? Until
    {
        get => _details.Until;
        init => _details = value == _details.Until ? _details : _details with { Until = value };
    }

    /// <summary>Where the chapter learned of it (a member, a website, a news story...).</summary>
    public string? Source
    {
        get => _details.Source;
        init => _details = value == _details.Source ? _details : _details with { Source = value };
    }

    /// <summary>
    /// How <see cref="From"/> relates to <see cref="To"/>, as a verb phrase read from one to the other
    /// (e.g. "sits on the board of", "listens to"). Access paths on the maps are worded with it; without
    /// it they use the category's words.
    /// </summary>
    public string? Note
    {
        get => _details.Note;
        init => _details = value == _details.Note ? _details : _details with { Note = value };
    }

    /// <summary>Whether <paramref name="party"/> is one of the two ends.</summary>
    /// <param name="party">A party.</param>
    /// <returns><see langword="true"/> when it is either end.</returns>
    public bool Involves(PartyId party) => From == party || To == party;

    /// <summary>The end that is not <paramref name="party"/>.</summary>
    /// <param name="party">One end of the tie.</param>
    /// <returns>The other end.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is not an end of this tie.</exception>
    public PartyId Other(PartyId party)
        => From == party ? To : To == party ? From : throw new ArgumentException($"Party '{party}' is not an end of the tie {From}–{To}.", nameof(party));

    /// <summary>Fields from a document that this version does not know; written back on save. Settable so that an importer (the spreadsheets package) can keep a sheet's extra columns here.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields
    {
        get => _details.UnknownFields;
        init
        {
            var fields = JsonFieldMap.From(value);
            _details = fields.Count == 0 && _details.UnknownFields.Count == 0 ? _details : _details with { UnknownFields = fields };
        }
    }

    /// <summary>What a tie may also say; one shared instance when it says none of it.</summary>
    private sealed record TieDetails(PartialDate? Since, PartialDate? Until, string? Source, string? Note, JsonFieldMap UnknownFields)
    {
        public static readonly TieDetails None = new(null, null, null, null, JsonFieldMap.Empty);
    }
}

/// <summary>A commitment one side made: what, by when, and whether and when it was kept.</summary>
public sealed record Commitment
{
    /// <summary>Who made it.</summary>
    public required CommitmentParty MadeBy { get; init; }

    /// <summary>What was promised.</summary>
    public required string Description { get; init => field = Guard.NotBlank(value); }

    /// <summary>When it is due.</summary>
    public required DateOnly Due { get; init; }

    /// <summary>When it was kept, if it was.</summary>
    public DateOnly? KeptOn { get; init; }

    /// <summary>Whether it was dropped (will not be kept).</summary>
    public bool Dropped { get; init; }

    /// <summary>Whether it had been kept on time as of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The day of the question.</param>
    /// <returns><see langword="true"/> when kept on or before the due date and no later than <paramref name="asOf"/>.</returns>
    public bool IsKeptOnTime(DateOnly asOf) => KeptOn is { } kept && kept <= Due && kept <= asOf;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>
/// A dated entry in a partnership's history: a meeting, a one-on-one, an alert shared, an event
/// co-promoted, a commitment made... Interactions are the evidence the tier progression counts.
/// </summary>
public sealed record Interaction
{
    /// <summary>What happened.</summary>
    public required InteractionKind Kind { get; init; }

    /// <summary>When it happened (for a commitment, when it was made).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The partner the interaction is with.</summary>
    public required PartyId Partner { get; init; }

    /// <summary>Which way it went (alerts and invitations count for reciprocity only both ways).</summary>
    public Direction Direction { get; init; } = Direction.Mutual;

    /// <summary>Who took part: members, the partner's people, others.</summary>
    public IReadOnlyList<PartyId> Participants { get; init => field = Guard.List(value); } = ValueList<PartyId>.Empty;

    /// <summary>What happened, in words.</summary>
    public string? Summary { get; init; }

    /// <summary>For events: whether it was delivered as planned (<see langword="true"/> unless recorded otherwise).</summary>
    public bool Delivered { get; init; } = true;

    /// <summary>For <see cref="InteractionKind.Commitment"/>: the commitment.</summary>
    public Commitment? Commitment { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save. Settable so that an importer (the spreadsheets package) can keep a sheet's extra columns here.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>One member taking charge of a partnership, from a date. A list of these is the handoff history.</summary>
public sealed record OwnerAssignment
{
    /// <summary>The member who owns the partnership from <see cref="Since"/>.</summary>
    public required PartyId Member { get; init; }

    /// <summary>From when.</summary>
    public required DateOnly Since { get; init; }

    /// <summary>Why the handoff happened.</summary>
    public string? Reason { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save. Settable so that an importer (the spreadsheets package) can keep a sheet's extra columns here.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>
/// The chapter's partnership with one partner: who owns it (with every handoff recorded) and the flags
/// that sit beside its tier.
/// </summary>
public sealed record Partnership
{
    /// <summary>The partner.</summary>
    public required PartyId Partner { get; init; }

    /// <summary>Owner assignments in date order; the last one on or before a date is the owner then.</summary>
    public IReadOnlyList<OwnerAssignment> Owners { get; init => field = Guard.List(value); } = ValueList<OwnerAssignment>.Empty;

    /// <summary>Whether the partner is an affiliate: an independent group formally supporting the national body's candidates, with access to its resources.</summary>
    public bool Affiliate { get; init; }

    /// <summary>Whether the partner sits with us at a coalition table.</summary>
    public bool CoalitionMember { get; init; }

    /// <summary>
    /// When the partnership was put in, and taken out of, "ally by choice" (seed 004: we decided it is
    /// not the best fit for more, but still want to be allies), each with its reason, in date order.
    /// While held as an ally by choice no next step is proposed or taken and silence never moves it
    /// below the Learning tier; marking it never moves its tier by itself.
    /// </summary>
    public IReadOnlyList<AllyChoice> AllyChoices { get; init => field = Guard.List(value); } = ValueList<AllyChoice>.Empty;

    /// <summary>The "ally by choice" decision in force on <paramref name="date"/>, or <see langword="null"/> when the partnership is not held as one that day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The decision that put it there.</returns>
    public AllyChoice? AllyByChoiceOn(DateOnly date)
    {
        AllyChoice? found = null;
        foreach (var choice in AllyChoices)
        {
            if (choice.Date <= date && (found is null || choice.Date >= found.Date))
            {
                found = choice;
            }
        }

        return found is { Ally: true } ? found : null;
    }

    /// <summary>The owner on <paramref name="date"/>, or <see langword="null"/> when nobody owned it yet.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The member in charge that day.</returns>
    public PartyId? OwnerOn(DateOnly date)
    {
        PartyId? owner = null;
        var since = DateOnly.MinValue;
        foreach (var assignment in Owners)
        {
            if (assignment.Since <= date && assignment.Since >= since)
            {
                owner = assignment.Member;
                since = assignment.Since;
            }
        }

        return owner;
    }

    /// <summary>Fields from a document that this version does not know; written back on save. Settable so that an importer (the spreadsheets package) can keep a sheet's extra columns here.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>
/// A decision to hold a partnership as an "ally by choice" (a Learning partner by choice, seed 004), or
/// to end that, from a date, with its reason.
/// </summary>
public sealed record AllyChoice
{
    /// <summary>The day the decision takes effect.</summary>
    public required DateOnly Date { get; init; }

    /// <summary><see langword="true"/> to hold the partnership as an ally by choice from <see cref="Date"/>; <see langword="false"/> to end that.</summary>
    public bool Ally { get; init; } = true;

    /// <summary>Why, in words (e.g. "our priorities differ, but we stay in touch").</summary>
    public required string Reason { get; init => field = Guard.NotBlank(value); }

    /// <summary>The member who decided, when recorded.</summary>
    public PartyId? DecidedBy { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}
