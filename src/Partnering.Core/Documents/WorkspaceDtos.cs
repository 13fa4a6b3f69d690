using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Partnering.Core.Documents;

// The workspace document as it is on disk. Every field is nullable and every closed vocabulary is
// read as a string, so the serializer only fails on JSON syntax and wrong JSON types; everything
// else (missing fields, unknown enum values, bad ids, dates, cross references) is found by
// WorkspaceReader, which reports all problems at once with their paths. [JsonEnumValues] names the
// enum whose camelCase names a string field takes; the schema generator turns it into "enum".
#pragma warning disable CA1002, CA2227 // DTOs are plain, settable, List-based shapes for the source generator.

/// <summary>Names the enum whose camelCase names a string field of a DTO takes (for the JSON Schema).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class JsonEnumValuesAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;
}

/// <summary>Marks a string field that holds a partial date (<c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class JsonPartialDateAttribute : Attribute
{
}

/// <summary>Marks a string field that holds an exact date (<c>yyyy-MM-dd</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class JsonExactDateAttribute : Attribute
{
}

/// <summary>Marks a string field that holds a party id.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class JsonPartyIdAttribute : Attribute
{
}

/// <summary>A DTO that keeps the fields this version does not know, to write them back last.</summary>
internal abstract class Dto
{
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class WorkspaceDto : Dto
{
    [JsonPropertyOrder(-10)] public int? SchemaVersion { get; set; }
    public ChapterDto? Chapter { get; set; }
    public List<PartnerDto?>? Partners { get; set; }
    public List<TieDto?>? Ties { get; set; }
    public List<InteractionDto?>? Interactions { get; set; }
    public List<PartnershipDto?>? Partnerships { get; set; }
    public PolicyDto? Policy { get; set; }
    public TierLadderDto? Ladder { get; set; }
    public List<TierOverrideDto?>? TierOverrides { get; set; }
    public List<PowerMapDto?>? PowerMaps { get; set; }
    public List<DeclaredAssetDto?>? Assets { get; set; }
    public OutreachPlanDto? Outreach { get; set; }
    public CollaborationDto? Collaboration { get; set; }
}

/// <summary>A manual tier decision on the partnership with a partner (the workspace's <c>"tierOverrides"</c>).</summary>
internal sealed class TierOverrideDto : Dto
{
    [JsonRequiredField, JsonPartyId] public string? Partner { get; set; }
    [JsonRequiredField, JsonExactDate] public string? Date { get; set; }
    [JsonRequiredField] public string? Tier { get; set; }
    [JsonRequiredField] public string? Reason { get; set; }
    [JsonRequiredField, JsonPartyId] public string? DecidedBy { get; set; }
}

internal sealed class ContactPointDto : Dto
{
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

internal sealed class AffiliationDto : Dto
{
    public string? OrganizationName { get; set; }
    [JsonPartyId] public string? Organization { get; set; }
    public string? Role { get; set; }
    [JsonPartialDate] public string? Since { get; set; }
    [JsonPartialDate] public string? Until { get; set; }
}

internal sealed class MemberDto : Dto
{
    [JsonPartyId] public string? Id { get; set; }
    public string? Name { get; set; }
    public ContactPointDto? Contact { get; set; }
    public bool? IsLeader { get; set; }
    public List<string?>? Skills { get; set; }
    public List<string?>? IssueExpertise { get; set; }
    public List<AffiliationDto?>? Affiliations { get; set; }
}

internal sealed class TheoryOfChangeDto : Dto
{
    public string? Summary { get; set; }
    [JsonEnumValues(typeof(TargetKind))] public List<string?>? Targets { get; set; }
    [JsonEnumValues(typeof(TargetKind))] public List<string?>? AvoidedTargets { get; set; }
    public List<string?>? OpposedOutcomes { get; set; }
}

internal sealed class NationalRelationshipDto : Dto
{
    public string? HeldBy { get; set; }
    public string? OrganizationName { get; set; }
    [JsonPartyId] public string? Organization { get; set; }
    public string? Contact { get; set; }
}

internal sealed class ChapterDto : Dto
{
    [JsonPartyId] public string? Id { get; set; }
    public string? Name { get; set; }
    public string? HomeState { get; set; }
    public string? NationalBody { get; set; }
    public List<string?>? IssueAreas { get; set; }
    public TheoryOfChangeDto? TheoryOfChange { get; set; }
    public List<string?>? AllowedTactics { get; set; }
    public List<string?>? DisallowedTactics { get; set; }
    public List<NationalRelationshipDto?>? NationalRelationships { get; set; }
    public List<MemberDto?>? Members { get; set; }
    [JsonEnumValues(typeof(ChapterKind))] public string? Kind { get; set; }
    public ContactPointDto? PointOfContact { get; set; }
    public List<PositionDto?>? Positions { get; set; }
}

internal sealed class PositionDto : Dto
{
    public string? Issue { get; set; }
    public string? Outcome { get; set; }
    [JsonEnumValues(typeof(Stance))] public string? Stance { get; set; }
    public string? Description { get; set; }
}

internal sealed class PracticeDto : Dto
{
    [JsonEnumValues(typeof(PracticeKind))] public string? Kind { get; set; }
    public string? Description { get; set; }
}

internal sealed class OfficeHeldDto : Dto
{
    public string? Title { get; set; }
    public string? Jurisdiction { get; set; }
    public bool? Elected { get; set; }
    [JsonPartialDate] public string? Since { get; set; }
    [JsonPartialDate] public string? Until { get; set; }
}

internal sealed class CandidacyDto : Dto
{
    public string? Office { get; set; }
    [JsonPartialDate] public string? Declared { get; set; }
    [JsonPartialDate] public string? ElectionDay { get; set; }
    [JsonPartialDate] public string? Withdrawn { get; set; }
    [JsonEnumValues(typeof(CandidacyResult))] public string? Result { get; set; }
    public List<string?>? BackedBy { get; set; }
}

/// <summary>
/// A partner of either kind: <c>type</c> says which, and fields of the other kind are reported as
/// problems. One flat shape (rather than a polymorphic hierarchy) lets a bad or missing
/// <c>type</c> be one problem among all the others instead of stopping the whole read.
/// </summary>
internal sealed class PartnerDto : Dto
{
    [JsonPropertyOrder(-10)] public string? Type { get; set; }
    [JsonPartyId] public string? Id { get; set; }
    public string? Name { get; set; }
    public string? State { get; set; }
    public List<string?>? IssueAreas { get; set; }
    public List<string?>? Tags { get; set; }
    public List<ContactPointDto?>? Contacts { get; set; }
    public string? Website { get; set; }
    // Organization
    [JsonEnumValues(typeof(OrganizationKind))] public string? Kind { get; set; }
    [JsonEnumValues(typeof(TaxStatus))] public string? TaxStatus { get; set; }
    [JsonEnumValues(typeof(PartisanNature))] public string? PartisanNature { get; set; }
    public List<string?>? Goals { get; set; }
    public List<string?>? Tactics { get; set; }
    public List<string?>? Capacities { get; set; }
    public List<string?>? Constraints { get; set; }
    public string? Base { get; set; }
    [JsonNumberRange(0, double.MaxValue)] public int? BaseSize { get; set; }
    public List<string?>? History { get; set; }
    public List<PracticeDto?>? Practices { get; set; }
    public string? NationalParent { get; set; }
    // Individual
    [JsonEnumValues(typeof(IndividualRole))] public List<string?>? Roles { get; set; }
    public List<OfficeHeldDto?>? Offices { get; set; }
    public List<CandidacyDto?>? Candidacies { get; set; }
    public List<AffiliationDto?>? Affiliations { get; set; }
    // Organization (added in 2.0; after the individual fields so older documents keep their field order)
    public List<PositionDto?>? Positions { get; set; }
    public List<string?>? SupportsCandidatesOf { get; set; }
}

internal sealed class TieDto : Dto
{
    [JsonPartyId] public string? From { get; set; }
    [JsonPartyId] public string? To { get; set; }
    [JsonEnumValues(typeof(TieCategory))] public string? Category { get; set; }
    [JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] public double? Strength { get; set; }
    [JsonPartialDate] public string? Since { get; set; }
    [JsonPartialDate] public string? Until { get; set; }
    public string? Source { get; set; }
    public string? Note { get; set; }
}

internal sealed class CommitmentDto : Dto
{
    [JsonEnumValues(typeof(CommitmentParty))] public string? MadeBy { get; set; }
    public string? Description { get; set; }
    [JsonExactDate] public string? Due { get; set; }
    [JsonExactDate] public string? KeptOn { get; set; }
    public bool? Dropped { get; set; }
}

internal sealed class InteractionDto : Dto
{
    [JsonEnumValues(typeof(InteractionKind))] public string? Kind { get; set; }
    [JsonExactDate] public string? Date { get; set; }
    [JsonPartyId] public string? Partner { get; set; }
    [JsonEnumValues(typeof(Direction))] public string? Direction { get; set; }
    [JsonPartyId] public List<string?>? Participants { get; set; }
    public string? Summary { get; set; }
    public bool? Delivered { get; set; }
    public CommitmentDto? Commitment { get; set; }
}

internal sealed class OwnerAssignmentDto : Dto
{
    [JsonPartyId] public string? Member { get; set; }
    [JsonExactDate] public string? Since { get; set; }
    public string? Reason { get; set; }
}

internal sealed class PartnershipDto : Dto
{
    [JsonPartyId] public string? Partner { get; set; }
    public List<OwnerAssignmentDto?>? Owners { get; set; }
    public bool? Affiliate { get; set; }
    public bool? CoalitionMember { get; set; }
    public List<AllyChoiceDto?>? AllyChoices { get; set; }
}

internal sealed class AllyChoiceDto : Dto
{
    [JsonExactDate] public string? Date { get; set; }
    public bool? Ally { get; set; }
    public string? Reason { get; set; }
    [JsonPartyId] public string? DecidedBy { get; set; }
}

/// <summary>The one source-generated serializer context for the workspace document.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Default,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(WorkspaceDto))]
[JsonSerializable(typeof(List<MemberDto?>))]
[JsonSerializable(typeof(ChapterDto))]
[JsonSerializable(typeof(List<PartnerDto?>))]
[JsonSerializable(typeof(List<TieDto?>))]
[JsonSerializable(typeof(List<InteractionDto?>))]
[JsonSerializable(typeof(List<PartnershipDto?>))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(PolicyDto))]
[JsonSerializable(typeof(TierLadderDto))]
[JsonSerializable(typeof(MapsDocumentDto))]
[JsonSerializable(typeof(CollaborationDto))]
[JsonSerializable(typeof(DecisionRecordDto))]
internal sealed partial class WorkspaceJsonContext : JsonSerializerContext
{
}

#pragma warning restore CA1002, CA2227
