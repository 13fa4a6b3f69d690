using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Partnering.Core.Internal;
using Partnering.Core.Eligibility;

namespace Partnering.Core.Documents;

/// <summary>
/// Reads and writes eligibility policy documents (JSON). Loading reports every problem with its JSON path
/// and never half-succeeds; fields this version does not know survive load and save on the policy and on
/// each rule. Condition objects are closed: an unknown key in one is a problem, not an extension.
/// </summary>
public static partial class PolicyDocument
{
    /// <summary>The JSON Schema file's name, shipped in the package's <c>schemas</c> folder and as an embedded resource.</summary>
    public const string SchemaFileName = "policy.schema.json";

    /// <summary>
    /// The JSON Schema of the policy document (draft 2020-12), for editors and tools; the same file ships in
    /// the package's <c>schemas</c> folder as <see cref="SchemaFileName"/>. The schema checks shapes and
    /// vocabularies; a load checks more.
    /// </summary>
    /// <returns>The schema as JSON text.</returns>
    public static string GetJsonSchema() => DtoInput.Schema(SchemaFileName);

    private static readonly DtoDocument<PolicyDto, EligibilityPolicy> Document = new("policy", static c => c.PolicyDto, ReadSection);

    /// <summary>Loads a policy from JSON text. The policy still needs <see cref="IPolicyCompiler"/> validation before use.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The policy, or the problems found.</returns>
    public static DocumentLoadResult<EligibilityPolicy> Load(string json) => Load(json, DocumentLimits.Default);

    /// <summary>Loads a policy from JSON text within the given limits.</summary>
    /// <param name="json">The document.</param>
    /// <param name="limits">Size and nesting limits; <see langword="null"/> for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The policy, or the problems found.</returns>
    public static DocumentLoadResult<EligibilityPolicy> Load(string json, DocumentLimits? limits) => Document.Load(json, limits);

    /// <summary>Loads a policy from a UTF-8 stream. The stream is read, not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The policy, or the problems found.</returns>
    public static DocumentLoadResult<EligibilityPolicy> Load(Stream utf8Json) => Load(utf8Json, DocumentLimits.Default);

    /// <summary>Loads a policy from a UTF-8 stream within the given limits. The stream is read, not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">Size and nesting limits; <see langword="null"/> for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The policy, or the problems found.</returns>
    public static DocumentLoadResult<EligibilityPolicy> Load(Stream utf8Json, DocumentLimits? limits) => Document.Load(utf8Json, limits);

    /// <summary>Writes a policy as JSON: known fields in a fixed order, then unknown fields as loaded.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The indented JSON text.</returns>
    public static string Save(EligibilityPolicy policy) => Save(policy, indented: true);

    /// <summary>Writes a policy as JSON, indented or compact (the compact form is the canonical one hashed in audit records).</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    internal static string Save(EligibilityPolicy policy, bool indented)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return DtoOutput.Text(ToDto(policy), WorkspaceJsonContext.Default.PolicyDto, indented, relaxed: indented); // the compact form is hashed as it always was
    }

    /// <summary>Writes a policy as JSON to a stream. The stream is written, not closed.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="utf8Json">The stream.</param>
    public static void Save(EligibilityPolicy policy, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(utf8Json);
        DtoOutput.Write(utf8Json, ToDto(policy), WorkspaceJsonContext.Default.PolicyDto, indented: true);
    }

    /// <summary>The SHA-256 of the policy's canonical (compact) JSON, as lower-case hex.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>64 hex digits.</returns>
    public static string ContentHash(EligibilityPolicy policy)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Save(policy, indented: false)))).ToLowerInvariant();

    /// <summary>The policy as the document's data classes (also the workspace's <c>"policy"</c> section).</summary>
    internal static PolicyDto ToDto(EligibilityPolicy policy) => new()
    {
        Id = policy.Id,
        Version = policy.Version,
        Rules = DtoOutput.All(policy.Rules, ToDto),
        WhenNothingPermits = policy.WhenNothingPermits is { } fallback ? ToDto(fallback) : null,
        Description = policy.Description,
        Extra = DtoOutput.Extra(policy.UnknownFields),
    };

    private static PolicyRuleDto ToDto(PolicyRule rule) => new()
    {
        Id = rule.Id,
        Effect = JsonEnum<RuleEffect>.Name(rule.Effect),
        AppliesTo = DtoOutput.Names(rule.AppliesTo),
        When = rule.When is { } when ? ToDto(when) : null,
        Reason = rule.Reason,
        Source = rule.Source,
        EffectiveFrom = DtoOutput.Day(rule.EffectiveFrom),
        EffectiveUntil = DtoOutput.Day(rule.EffectiveUntil),
        Reviewers = DtoOutput.Texts(rule.Reviewers),
        Conditions = DtoOutput.Texts(rule.Conditions),
        Extra = DtoOutput.Extra(rule.UnknownFields),
    };

    private static PolicyConditionDto ToDto(PolicyCondition condition)
    {
        var dto = new PolicyConditionDto();
        switch (condition)
        {
            case PolicyCondition.AllOf all:
                dto.All = DtoOutput.All(all.Parts, ToDto);
                break;
            case PolicyCondition.AnyOf any:
                dto.Any = DtoOutput.All(any.Parts, ToDto);
                break;
            case PolicyCondition.Negation not:
                dto.Not = ToDto(not.Part);
                break;
            case PolicyCondition.FactTest test:
                dto.Fact = test.Fact;
                var value = Element(test.Value);
                _ = test.Comparison switch
                {
                    FactComparison.Is => dto.Is = value,
                    FactComparison.In => dto.In = value,
                    FactComparison.Has => dto.Has = value,
                    FactComparison.HasAny => dto.HasAny = value,
                    FactComparison.AtLeast => dto.AtLeast = value,
                    _ => dto.AtMost = value,
                };
                break;
            case PolicyCondition.PredicateTest call:
                dto.Predicate = call.Name;
                dto.Args = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var (name, argument) in call.Arguments)
                {
                    dto.Args[name] = Element(argument);
                }

                break;
        }

        return dto;
    }

    /// <summary>A compared value as JSON: a string, a whole number, a boolean or a list of those.</summary>
    private static JsonElement Element(PolicyValue value)
    {
        using var document = JsonDocument.Parse(JsonWriting.ToText(writer => Write(writer, value)));
        return document.RootElement.Clone();

        static void Write(Utf8JsonWriter writer, PolicyValue value)
        {
            switch (value.Kind)
            {
                case PolicyValueKind.Text:
                    writer.WriteStringValue(value.Text);
                    break;
                case PolicyValueKind.Number:
                    writer.WriteNumberValue(value.Number);
                    break;
                case PolicyValueKind.Boolean:
                    writer.WriteBooleanValue(value.Boolean);
                    break;
                default:
                    writer.WriteStartArray();
                    foreach (var item in value.Items)
                    {
                        Write(writer, item);
                    }

                    writer.WriteEndArray();
                    break;
            }
        }
    }
}
