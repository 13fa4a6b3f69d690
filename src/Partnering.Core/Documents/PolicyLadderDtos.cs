using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Partnering.Core.Eligibility;
using Partnering.Core.Tiers;

namespace Partnering.Core.Documents;

// The policy and tier ladder documents as they are on disk, in the style of WorkspaceDtos: every
// field nullable, closed vocabularies read as strings, unknown fields kept in Extra. The same shapes
// are the workspace's "policy" and "ladder" sections. Conditions and criteria are closed objects with
// exactly one kind of key; an unknown key lands in Extra and the reader refuses it (conditions) or
// keeps it (criteria).
#pragma warning disable CA1002, CA2227 // DTOs are plain, settable, List-based shapes for the source generator.

/// <summary>Marks a DTO field the reader needs (the schema lists it as required).</summary>
[System.AttributeUsage(System.AttributeTargets.Property)]
internal sealed class JsonRequiredFieldAttribute : System.Attribute
{
}

internal sealed class PolicyDto : Dto
{
    [JsonRequiredField] public string? Id { get; set; }
    [JsonRequiredField] public string? Version { get; set; }
    public List<PolicyRuleDto?>? Rules { get; set; }
    public PolicyRuleDto? WhenNothingPermits { get; set; }
    public string? Description { get; set; }
}

internal sealed class PolicyRuleDto : Dto
{
    [JsonRequiredField] public string? Id { get; set; }
    [JsonRequiredField, JsonEnumValues(typeof(RuleEffect))] public string? Effect { get; set; }
    [JsonEnumValues(typeof(EngagementKind))] public List<string?>? AppliesTo { get; set; }
    public PolicyConditionDto? When { get; set; }
    [JsonRequiredField] public string? Reason { get; set; }
    public string? Source { get; set; }
    [JsonExactDate] public string? EffectiveFrom { get; set; }
    [JsonExactDate] public string? EffectiveUntil { get; set; }
    public List<string?>? Reviewers { get; set; }
    public List<string?>? Conditions { get; set; }
}

/// <summary>One condition: exactly one of all, any, not, fact (with one comparison) or predicate (with args).</summary>
internal sealed class PolicyConditionDto : Dto
{
    public List<PolicyConditionDto?>? All { get; set; }
    public List<PolicyConditionDto?>? Any { get; set; }
    public PolicyConditionDto? Not { get; set; }
    public string? Fact { get; set; }
    // The compared values are a string, a whole number, a boolean or a list of those; absent is Undefined.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public JsonElement Is { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public JsonElement In { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public JsonElement Has { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public JsonElement HasAny { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public JsonElement AtLeast { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public JsonElement AtMost { get; set; }
    public string? Predicate { get; set; }
    public Dictionary<string, JsonElement>? Args { get; set; }
}

internal sealed class TierLadderDto : Dto
{
    [JsonRequiredField] public string? Name { get; set; }
    [JsonRequiredField] public List<TierDefinitionDto?>? Tiers { get; set; }
    [JsonRequiredField] public List<TierStepDto?>? Steps { get; set; }
    [JsonRequiredField] public TierDecayDto? Decay { get; set; }
    public string? ForbiddenHoldsAt { get; set; }
    public TierPaceDto? Pace { get; set; }
    public string? AffiliateInterestFrom { get; set; }
}

internal sealed class TierDefinitionDto : Dto
{
    [JsonRequiredField] public string? Name { get; set; }
    public string? Description { get; set; }
}

internal sealed class TierStepDto : Dto
{
    [JsonRequiredField] public string? From { get; set; }
    [JsonRequiredField] public string? To { get; set; }
    [JsonRequiredField] public TierCriterionDto? When { get; set; }
    public TierFasterDto? Faster { get; set; }
    public List<string?>? NextActions { get; set; }
}

internal sealed class TierFasterDto : Dto
{
    [JsonRequiredField] public TierCriterionDto? When { get; set; }
    [JsonRequiredField] public string? Reason { get; set; }
}

internal sealed class TierDecayDto : Dto
{
    [JsonRequiredField, JsonNumberRange(1, 100_000)] public int? AtRiskAfterDays { get; set; }
    [JsonRequiredField, JsonNumberRange(1, 100_000)] public int? GraceDays { get; set; }
    [JsonRequiredField] public string? Floor { get; set; }
}

internal sealed class TierPaceDto : Dto
{
    public bool? FasterSteps { get; set; }
    public bool? NoSkipping { get; set; }
}

/// <summary>One criterion: exactly one of all, any, not, evidence (with bounds), daysInTier, ownerAssigned or eligibilityAtMost.</summary>
internal sealed class TierCriterionDto : Dto
{
    public List<TierCriterionDto?>? All { get; set; }
    public List<TierCriterionDto?>? Any { get; set; }
    public TierCriterionDto? Not { get; set; }
    [JsonEnumValues(typeof(TierEvidence))] public string? Evidence { get; set; }
    [JsonNumberRange(0, double.MaxValue)] public int? AtLeast { get; set; }
    [JsonNumberRange(0, double.MaxValue)] public int? AtMost { get; set; }
    [JsonNumberRange(1, 100_000)] public int? WithinDays { get; set; }
    [JsonNumberRange(1, 100_000)] public int? DaysInTier { get; set; }
    public bool? OwnerAssigned { get; set; }
    [JsonEnumValues(typeof(EligibilityOutcome))] public string? EligibilityAtMost { get; set; }
    public bool? RequireKnown { get; set; }
}

internal sealed class MapsDocumentDto : Dto
{
    [JsonPropertyOrder(-10), JsonRequiredField] public int? SchemaVersion { get; set; }
    public List<PowerMapDto?>? PowerMaps { get; set; }
    public List<DeclaredAssetDto?>? Assets { get; set; }
    public OutreachPlanDto? Outreach { get; set; }
}

internal sealed class PowerMapDto : Dto
{
    [JsonRequiredField, JsonPartyId] public string? Id { get; set; }
    [JsonRequiredField, JsonPartyId] public string? Target { get; set; }
    [JsonRequiredField] public string? Issue { get; set; }
    public string? Title { get; set; }
    public List<PlacementDto?>? Placements { get; set; }

    /// <summary>The placements already mapped to the model as a stream's window read them (then <see cref="Placements"/> stays empty); not serialized.</summary>
    internal List<Maps.Placement>? MappedPlacements;
}

internal sealed class PlacementDto : Dto
{
    [JsonRequiredField, JsonPartyId] public string? Actor { get; set; }
    [JsonRequiredField, JsonNumberRange(-1, 1)] public double? Support { get; set; }
    [JsonRequiredField, JsonNumberRange(0, 1)] public double? Influence { get; set; }
    [JsonNumberRange(0, 1)] public double? Confidence { get; set; }
    public string? Source { get; set; }
    public string? AssessedBy { get; set; }
    [JsonRequiredField, JsonExactDate] public string? AssessedOn { get; set; }
    public string? Note { get; set; }
}

internal sealed class DeclaredAssetDto : Dto
{
    [JsonRequiredField, JsonPartyId] public string? Id { get; set; }
    [JsonRequiredField, JsonEnumValues(typeof(Maps.AssetCategory))] public string? Category { get; set; }
    [JsonRequiredField] public string? Name { get; set; }
    [JsonPartyId] public string? Holder { get; set; }
    [JsonNumberRange(0, double.MaxValue)] public double? Amount { get; set; }
    public string? Unit { get; set; }
    [JsonRequiredField] public bool? InUse { get; set; }
    public string? Note { get; set; }
}

internal sealed class OutreachPlanDto : Dto
{
    [JsonRequiredField, JsonExactDate] public string? StartsOn { get; set; }
    public List<OutreachItemDto?>? Items { get; set; }
}

internal sealed class OutreachItemDto : Dto
{
    public string? MapId { get; set; }
    [JsonRequiredField, JsonPartyId] public string? Partner { get; set; }
    [JsonRequiredField, JsonPartyId] public string? Owner { get; set; }
    [JsonRequiredField] public string? Tier { get; set; }
    [JsonRequiredField] public string? Ask { get; set; }
    public string? FirstStep { get; set; }
    [JsonPartyId] public string? Introducer { get; set; }
    [JsonRequiredField, JsonExactDate] public string? Due { get; set; }
    public string? Reason { get; set; }
}

/// <summary>The range a number field takes (for the JSON Schema; the reader checks it).</summary>
[System.AttributeUsage(System.AttributeTargets.Property)]
internal sealed class JsonNumberRangeAttribute(double minimum, double maximum) : System.Attribute
{
    public double Minimum { get; } = minimum;
    public double Maximum { get; } = maximum;
}

#pragma warning restore CA1002, CA2227
