using System;
using System.Collections.Generic;
using System.Globalization;
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

    private const string What = "policy";

    /// <summary>Loads a policy from JSON text. The policy still needs <see cref="IPolicyCompiler"/> validation before use.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The policy, or the problems found.</returns>
    public static DocumentLoadResult<EligibilityPolicy> Load(string json) => Load(json, DocumentLimits.Default);

    /// <summary>Loads a policy from JSON text within the given limits.</summary>
    /// <param name="json">The document.</param>
    /// <param name="limits">Size and nesting limits; <see langword="null"/> for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The policy, or the problems found.</returns>
    public static DocumentLoadResult<EligibilityPolicy> Load(string json, DocumentLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= DocumentLimits.Default;
        if ((long)json.Length * 3 > limits.MaxBytes && Encoding.UTF8.GetByteCount(json) > limits.MaxBytes)
        {
            return DocumentLoadResult.Failure<EligibilityPolicy>(What, [new("$", string.Create(CultureInfo.InvariantCulture, $"The document is larger than {limits.MaxBytes} bytes."))]);
        }

        return Parse(JsonInput.Utf8(json), limits);
    }

    /// <summary>Loads a policy from a UTF-8 stream. The stream is read, not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The policy, or the problems found.</returns>
    public static DocumentLoadResult<EligibilityPolicy> Load(Stream utf8Json) => Load(utf8Json, DocumentLimits.Default);

    /// <summary>Loads a policy from a UTF-8 stream within the given limits. The stream is read, not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">Size and nesting limits; <see langword="null"/> for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The policy, or the problems found.</returns>
    public static DocumentLoadResult<EligibilityPolicy> Load(Stream utf8Json, DocumentLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits ??= DocumentLimits.Default;
        return JsonInput.ReadAll(utf8Json, limits, string.Create(CultureInfo.InvariantCulture, $"The document is larger than {limits.MaxBytes} bytes."), out var bytes) is { } tooLarge
            ? DocumentLoadResult.Failure<EligibilityPolicy>(What, [tooLarge])
            : Parse(bytes, limits);
    }

    private static DocumentLoadResult<EligibilityPolicy> Parse(byte[] bytes, DocumentLimits limits)
    {
        var utf8 = JsonInput.WithoutBom(bytes.AsMemory());
        if (JsonInput.Check(utf8.Span, limits) is { Count: > 0 } refused)
        {
            return JsonInput.Failure<EligibilityPolicy>(What, refused, limits);
        }

        return Read(utf8.Span, limits);
    }

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
        return JsonWriting.ToText(writer => Write(writer, policy), indented);
    }

    /// <summary>Writes a policy as JSON to a stream. The stream is written, not closed.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="utf8Json">The stream.</param>
    public static void Save(EligibilityPolicy policy, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true });
        Write(writer, policy);
    }

    /// <summary>The SHA-256 of the policy's canonical (compact) JSON, as lower-case hex.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>64 hex digits.</returns>
    public static string ContentHash(EligibilityPolicy policy)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Save(policy, indented: false)))).ToLowerInvariant();

    /// <summary>Writes the policy object (also as the workspace's <c>"policy"</c> section).</summary>
    internal static void Write(Utf8JsonWriter writer, EligibilityPolicy policy)
    {
        writer.WriteStartObject();
        writer.WriteString("id", policy.Id);
        writer.WriteString("version", policy.Version);
        writer.WriteStartArray("rules");
        foreach (var rule in policy.Rules)
        {
            WriteRule(writer, rule);
        }

        writer.WriteEndArray();
        if (policy.WhenNothingPermits is { } fallback)
        {
            writer.WritePropertyName("whenNothingPermits");
            WriteRule(writer, fallback);
        }

        if (policy.Description is { } description)
        {
            writer.WriteString("description", description);
        }

        JsonWriting.UnknownFields(writer, policy.UnknownFields);
        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, PolicyRule rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("effect", JsonEnum<RuleEffect>.Name(rule.Effect));
        if (rule.AppliesTo.Count > 0)
        {
            writer.WriteStartArray("appliesTo");
            foreach (var kind in rule.AppliesTo)
            {
                writer.WriteStringValue(JsonEnum<EngagementKind>.Name(kind));
            }

            writer.WriteEndArray();
        }

        if (rule.When is { } when)
        {
            writer.WritePropertyName("when");
            WriteCondition(writer, when);
        }

        writer.WriteString("reason", rule.Reason);
        if (rule.Source is { } source)
        {
            writer.WriteString("source", source);
        }

        if (rule.EffectiveFrom is { } from)
        {
            writer.WriteString("effectiveFrom", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (rule.EffectiveUntil is { } until)
        {
            writer.WriteString("effectiveUntil", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        JsonWriting.NonEmptyStrings(writer, "reviewers", rule.Reviewers);
        JsonWriting.NonEmptyStrings(writer, "conditions", rule.Conditions);
        JsonWriting.UnknownFields(writer, rule.UnknownFields);
        writer.WriteEndObject();
    }


    private static void WriteCondition(Utf8JsonWriter writer, PolicyCondition condition)
    {
        writer.WriteStartObject();
        switch (condition)
        {
            case PolicyCondition.AllOf all:
                writer.WriteStartArray("all");
                foreach (var part in all.Parts)
                {
                    WriteCondition(writer, part);
                }

                writer.WriteEndArray();
                break;
            case PolicyCondition.AnyOf any:
                writer.WriteStartArray("any");
                foreach (var part in any.Parts)
                {
                    WriteCondition(writer, part);
                }

                writer.WriteEndArray();
                break;
            case PolicyCondition.Negation not:
                writer.WritePropertyName("not");
                WriteCondition(writer, not.Part);
                break;
            case PolicyCondition.FactTest test:
                writer.WriteString("fact", test.Fact);
                writer.WritePropertyName(JsonEnum<FactComparison>.Name(test.Comparison));
                WriteValue(writer, test.Value);
                break;
            case PolicyCondition.PredicateTest call:
                writer.WriteString("predicate", call.Name);
                writer.WriteStartObject("args");
                foreach (var (name, value) in call.Arguments)
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, value);
                }

                writer.WriteEndObject();
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, PolicyValue value)
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
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
        }
    }
}
