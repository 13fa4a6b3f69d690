using System;
using System.Collections.Generic;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core;

/// <summary>A way to reach a person or an organization. Personal details are redacted from audit records.</summary>
public sealed record ContactPoint
{
    /// <summary>The contact's name, if a person.</summary>
    public string? Name { get; init; }

    /// <summary>The contact's role (e.g. "organizing director").</summary>
    public string? Role { get; init; }

    /// <summary>Email address.</summary>
    public string? Email { get; init; }

    /// <summary>Phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>
/// A membership a person holds in an organization (a union, a congregation, an alumni group, a
/// party club...). A member's affiliation is theirs, not the chapter's.
/// </summary>
public sealed record Affiliation
{
    /// <summary>The organization's name as the person gives it.</summary>
    public required string OrganizationName { get; init => field = Guard.NotBlank(value); }

    /// <summary>The organization's id when it is a party in the workspace.</summary>
    public PartyId? Organization { get; init; }

    /// <summary>The person's role there (member, treasurer, pastor...).</summary>
    public string? Role { get; init; }

    /// <summary>Since when, if known.</summary>
    public PartialDate? Since { get; init; }

    /// <summary>Until when, if it has ended.</summary>
    public PartialDate? Until { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>A person in the chapter.</summary>
public sealed record Member
{
    /// <summary>The member's id, unique in the workspace.</summary>
    public required PartyId Id { get; init; }

    /// <summary>The member's name.</summary>
    public required string Name { get; init => field = Guard.NotBlank(value); }

    /// <summary>How to reach the member; redacted from audit records.</summary>
    public ContactPoint? Contact { get; init; }

    /// <summary>Whether the member is one of the chapter's leaders.</summary>
    public bool IsLeader { get; init; }

    /// <summary>Skills the member brings (writing, graphic design, data, spanish...).</summary>
    public IReadOnlyList<string> Skills { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Issue areas the member knows well.</summary>
    public IReadOnlyList<IssueArea> IssueExpertise { get; init => field = Guard.List(value); } = ValueList<IssueArea>.Empty;

    /// <summary>Organizations the member belongs to.</summary>
    public IReadOnlyList<Affiliation> Affiliations { get; init => field = Guard.List(value); } = ValueList<Affiliation>.Empty;

    /// <summary>Fields from a document that this version does not know; written back on save. Settable so that an importer (the spreadsheets package) can keep a sheet's extra columns here.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>
/// The chapter's guiding theory of change: whom it pressures and how. A message or tactic aimed
/// elsewhere conflicts with it (e.g. an event aimed against a person when we hold lawmakers accountable).
/// </summary>
public sealed record TheoryOfChange
{
    /// <summary>The theory in one sentence, e.g. "Hold our lawmakers accountable".</summary>
    public required string Summary { get; init => field = Guard.NotBlank(value); }

    /// <summary>The kinds of target the chapter pressures.</summary>
    public IReadOnlyList<TargetKind> Targets { get; init => field = Guard.List(value); } = ValueList<TargetKind>.Empty;

    /// <summary>The kinds of target the chapter does not aim at (e.g. <see cref="TargetKind.Person"/>).</summary>
    public IReadOnlyList<TargetKind> AvoidedTargets { get; init => field = Guard.List(value); } = ValueList<TargetKind>.Empty;

    /// <summary>
    /// Outcomes the chapter works against, in words, for people. No rule reads them: state the chapter's
    /// positions as data in <see cref="Chapter.Positions"/>, where goal conflict is judged.
    /// </summary>
    public IReadOnlyList<string> OpposedOutcomes { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>
/// A relationship the chapter's national body already holds with an organization; reaching out to
/// that organization needs the organizing staff's review first.
/// </summary>
public sealed record NationalRelationship
{
    /// <summary>The national body holding the relationship (e.g. "Indivisible national").</summary>
    public required string HeldBy { get; init => field = Guard.NotBlank(value); }

    /// <summary>The organization's name (a national organization whose local chapters are covered).</summary>
    public required string OrganizationName { get; init => field = Guard.NotBlank(value); }

    /// <summary>The organization's id when it is a party in the workspace.</summary>
    public PartyId? Organization { get; init; }

    /// <summary>Who to ask before reaching out (e.g. "organizing staff").</summary>
    public string? Contact { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>The chapter: the group doing the partnering ("us").</summary>
public sealed record Chapter
{
    /// <summary>The chapter's id, unique in the workspace (ties may name it).</summary>
    public required PartyId Id { get; init; }

    /// <summary>The chapter's name.</summary>
    public required string Name { get; init => field = Guard.NotBlank(value); }

    /// <summary>The home state, as a two-letter code (e.g. "OH").</summary>
    public required string HomeState { get; init => field = UsState.Normalize(value); }

    /// <summary>The national body the chapter belongs to, if any (e.g. "Indivisible").</summary>
    public string? NationalBody { get; init; }

    /// <summary>Issue areas the chapter works on.</summary>
    public IReadOnlyList<IssueArea> IssueAreas { get; init => field = Guard.List(value); } = ValueList<IssueArea>.Empty;

    /// <summary>The chapter's theory of change.</summary>
    public required TheoryOfChange TheoryOfChange { get; init => field = Guard.NotNull(value); }

    /// <summary>Tactics the chapter uses.</summary>
    public IReadOnlyList<Tactic> AllowedTactics { get; init => field = Guard.List(value); } = ValueList<Tactic>.Empty;

    /// <summary>Tactics the chapter does not use or join at this time.</summary>
    public IReadOnlyList<Tactic> DisallowedTactics { get; init => field = Guard.List(value); } = ValueList<Tactic>.Empty;

    /// <summary>Relationships held by the national body that the chapter must respect.</summary>
    public IReadOnlyList<NationalRelationship> NationalRelationships { get; init => field = Guard.List(value); } = ValueList<NationalRelationship>.Empty;

    /// <summary>The chapter's members.</summary>
    public IReadOnlyList<Member> Members { get; init => field = Guard.List(value); } = ValueList<Member>.Empty;

    /// <summary>
    /// What kind of chapter it is, which chooses its eligibility pack; <see langword="null"/> when not
    /// declared, in which case the strictest pack applies and every explanation says so.
    /// </summary>
    public ChapterKind? Kind { get; init; }

    /// <summary>
    /// The chapter's point of contact at its national body: the named reviewer of "when in doubt, ask"
    /// (seed 000). Review rules that name <c>@pointOfContact</c> name this person.
    /// </summary>
    public ContactPoint? PointOfContact { get; init; }

    /// <summary>The chapter's positions on outcomes, as data; a partner holding the opposite stance on one conflicts with us.</summary>
    public IReadOnlyList<Position> Positions { get; init => field = Guard.List(value); } = ValueList<Position>.Empty;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}
