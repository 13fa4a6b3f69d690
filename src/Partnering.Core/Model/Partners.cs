using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core;

/// <summary>
/// Anything the chapter may partner with: an <see cref="Organization"/> or an <see cref="Individual"/>.
/// Equality is by value over every field, including the kind of partner.
/// </summary>
public abstract record Partner
{
    private protected Partner()
    {
    }

    /// <summary>The partner's id, unique in the workspace.</summary>
    public required PartyId Id { get; init; }

    /// <summary>The partner's name.</summary>
    public required string Name { get; init => field = Guard.NotBlank(value); }

    /// <summary>The state it is based in (two-letter code), if known.</summary>
    public string? State { get; init => field = UsState.NormalizeOptional(value); }

    /// <summary>Issue areas it works on.</summary>
    public IReadOnlyList<IssueArea> IssueAreas { get; init => field = Guard.List(value); } = ValueList<IssueArea>.Empty;

    /// <summary>Free tags the chapter uses to sort partners (open vocabulary).</summary>
    public IReadOnlyList<string> Tags { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>How to reach it; redacted from audit records.</summary>
    public IReadOnlyList<ContactPoint> Contacts { get; init => field = Guard.List(value); } = ValueList<ContactPoint>.Empty;

    /// <summary>Website address, if any.</summary>
    public string? Website { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save. Settable so that an importer (the spreadsheets package) can keep a sheet's extra columns here.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>A practice a partner asks others to respect (e.g. community-only meetings).</summary>
public sealed record Practice
{
    /// <summary>What kind of practice.</summary>
    public required PracticeKind Kind { get; init; }

    /// <summary>The practice in words.</summary>
    public string? Description { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>An organization the chapter may partner with.</summary>
public sealed record Organization : Partner
{
    /// <summary>What kind of body it is.</summary>
    public required OrganizationKind Kind { get; init; }

    /// <summary>Its tax status.</summary>
    public TaxStatus TaxStatus { get; init; } = TaxStatus.Unknown;

    /// <summary>Whether it is partisan or electoral in nature, whatever its form.</summary>
    public required PartisanNature PartisanNature { get; init; }

    /// <summary>What it wants to achieve, in its own words, for people. No rule reads them: see <see cref="Positions"/>.</summary>
    public IReadOnlyList<string> Goals { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Tactics it uses or proposes (its strategy).</summary>
    public IReadOnlyList<Tactic> Tactics { get; init => field = Guard.List(value); } = ValueList<Tactic>.Empty;

    /// <summary>What it brings: volunteers, meeting space, expertise, reach...</summary>
    public IReadOnlyList<string> Capacities { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>What it needs or cannot do.</summary>
    public IReadOnlyList<string> Constraints { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Who it represents and is accountable to.</summary>
    public string? Base { get; init; }

    /// <summary>How many people its base counts, if known.</summary>
    public int? BaseSize { get; init => field = value is < 0 ? throw new ArgumentOutOfRangeException(nameof(value), value, $"A base size must not be negative; got {value}.") : value; }

    /// <summary>Notes on its history with us and in the community.</summary>
    public IReadOnlyList<string> History { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Practices to respect.</summary>
    public IReadOnlyList<Practice> Practices { get; init => field = Guard.List(value); } = ValueList<Practice>.Empty;

    /// <summary>The national body it is a local chapter of, or <see langword="null"/> when independent.</summary>
    public string? NationalParent { get; init; }

    /// <summary>Its positions on outcomes, as data; goal conflict with the chapter is judged on these.</summary>
    public IReadOnlyList<Position> Positions { get; init => field = Guard.List(value); } = ValueList<Position>.Empty;

    /// <summary>
    /// National bodies whose candidates it formally supports (e.g. "Sister District" for one of its
    /// Affiliates): an electoral team's Affiliates are read from this.
    /// </summary>
    public IReadOnlyList<string> SupportsCandidatesOf { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Whether it asks for a practice of the given kind.</summary>
    /// <param name="kind">The kind of practice.</param>
    /// <returns><see langword="true"/> when one of <see cref="Practices"/> is of that kind.</returns>
    public bool HasPractice(PracticeKind kind) => Practices.Any(p => p.Kind == kind);
}

/// <summary>An office an individual holds or held.</summary>
public sealed record OfficeHeld
{
    /// <summary>The office (e.g. "State Senator, District 12").</summary>
    public required string Title { get; init => field = Guard.NotBlank(value); }

    /// <summary>The jurisdiction (e.g. "OH").</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>Whether it is an elected office.</summary>
    public bool Elected { get; init; } = true;

    /// <summary>Since when.</summary>
    public PartialDate? Since { get; init; }

    /// <summary>Until when, once it has ended.</summary>
    public PartialDate? Until { get; init; }

    /// <summary>
    /// Whether the office is surely held on <paramref name="date"/>. Vague dates are read the narrow way,
    /// since holding office only ever feeds a permit: a start of "2023" counts from its last day, an end
    /// of "2025" until its first day. A missing start counts as held.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when surely held that day.</returns>
    public bool IsHeldOn(DateOnly date) => (Since is not { } s || s.Latest <= date) && (Until is not { } u || date <= u.Earliest);

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>
/// A run for elected office: declared on a date, ending at election day, or earlier by withdrawal.
/// Re-election to the same office is a candidacy too.
/// </summary>
public sealed record Candidacy
{
    /// <summary>The office sought.</summary>
    public required string Office { get; init => field = Guard.NotBlank(value); }

    /// <summary>When the candidacy was declared.</summary>
    public required PartialDate Declared { get; init; }

    /// <summary>Election day.</summary>
    public required PartialDate ElectionDay { get; init; }

    /// <summary>When the candidate withdrew, if they did.</summary>
    public PartialDate? Withdrawn { get; init; }

    /// <summary>The election's result.</summary>
    public CandidacyResult Result { get; init; } = CandidacyResult.Pending;

    /// <summary>National bodies that back this candidacy (e.g. "Sister District"): an electoral team works for its national body's candidates.</summary>
    public IReadOnlyList<string> BackedBy { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>
    /// Whether the candidate is surely running on <paramref name="date"/>: vague dates read the narrow
    /// way (from the last day the declaration may have happened through the first day election day may
    /// be, and never on or after the first day a withdrawal may have happened). Used where running
    /// only feeds a permit; <see cref="IsRunningOn"/> is the cautious reading used where it forbids.
    /// </summary>
    /// <param name="date">The day in question.</param>
    /// <returns><see langword="true"/> when surely running that day.</returns>
    public bool IsSurelyRunningOn(DateOnly date)
        => date >= Declared.Latest
            && date <= ElectionDay.Earliest
            && (Withdrawn is not { } w || date < w.Earliest);

    /// <summary>
    /// Whether the candidate is running on <paramref name="date"/>: from the first day the declaration
    /// date covers through the last day election day covers, unless withdrawn by then. Vague dates are
    /// read the cautious way: a candidacy counts from the earliest day it may have been declared, and a
    /// withdrawal only from the last day it may have happened.
    /// </summary>
    /// <param name="date">The day in question.</param>
    /// <returns><see langword="true"/> when running that day.</returns>
    public bool IsRunningOn(DateOnly date)
        => date >= Declared.Earliest
            && date <= ElectionDay.Latest
            && (Withdrawn is not { } w || date < w.Latest);

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>A person the chapter may partner with or must move: an official, a journalist, a faith leader...</summary>
public sealed record Individual : Partner
{
    /// <summary>The public roles the person holds.</summary>
    public IReadOnlyList<IndividualRole> Roles { get; init => field = Guard.List(value); } = ValueList<IndividualRole>.Empty;

    /// <summary>Offices held, past and present.</summary>
    public IReadOnlyList<OfficeHeld> Offices { get; init => field = Guard.List(value); } = ValueList<OfficeHeld>.Empty;

    /// <summary>Runs for office, past, present and announced.</summary>
    public IReadOnlyList<Candidacy> Candidacies { get; init => field = Guard.List(value); } = ValueList<Candidacy>.Empty;

    /// <summary>Organizations the person belongs to.</summary>
    public IReadOnlyList<Affiliation> Affiliations { get; init => field = Guard.List(value); } = ValueList<Affiliation>.Empty;

    /// <summary>Whether the person is running for any office on <paramref name="date"/> (see <see cref="Candidacy.IsRunningOn"/>).</summary>
    /// <param name="date">The day in question, usually the engagement's date.</param>
    /// <returns><see langword="true"/> when a candidacy is live that day.</returns>
    public bool IsRunningOn(DateOnly date)
    {
        foreach (var candidacy in Candidacies)
        {
            if (candidacy.IsRunningOn(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the person holds an elected office on <paramref name="date"/>: an elected office recorded
    /// as held that day (see <see cref="OfficeHeld.IsHeldOn"/>, read the narrow way), or, when no office
    /// is recorded at all, the <see cref="IndividualRole.ElectedOfficial"/> role. This is the one notion
    /// of holding office the eligibility rules read.
    /// </summary>
    /// <param name="date">The day in question.</param>
    /// <returns><see langword="true"/> when an elected office is held that day.</returns>
    public bool HoldsElectedOfficeOn(DateOnly date)
        => Offices.Count == 0 ? Roles.Contains(IndividualRole.ElectedOfficial) : Offices.Any(o => o.Elected && o.IsHeldOn(date));
}
