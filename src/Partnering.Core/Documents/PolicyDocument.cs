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
public static class PolicyDocument
{
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

        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = limits.MaxDepth });
            return Read(document.RootElement, limits);
        }
        catch (JsonException e)
        {
            return DocumentLoadResult.Failure<EligibilityPolicy>(What, [new("$", "The document is not valid JSON: " + e.Message)]);
        }
    }

    /// <summary>Writes a policy as JSON: known fields in a fixed order, then unknown fields as loaded.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The indented JSON text.</returns>
    public static string Save(EligibilityPolicy policy) => Save(policy, indented: true);

    /// <summary>Writes a policy as JSON, indented or compact (the compact form is the canonical one hashed in audit records).</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string Save(EligibilityPolicy policy, bool indented)
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
        writer.WriteString("effect", EnumText<RuleEffect>.Name(rule.Effect));
        if (rule.AppliesTo.Count > 0)
        {
            writer.WriteStartArray("appliesTo");
            foreach (var kind in rule.AppliesTo)
            {
                writer.WriteStringValue(EnumText<EngagementKind>.Name(kind));
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
                writer.WritePropertyName(PolicyValidator.Key(test.Comparison));
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


    /// <summary>Reads a policy in place (the workspace's <c>"policy"</c> section at <paramref name="path"/>), adding its problems.</summary>
    internal static EligibilityPolicy? ReadSection(JsonElement element, string path, List<DocumentProblem> problems)
    {
        var reader = new Reader();
        var policy = reader.Policy(element, path);
        problems.AddRange(reader.Problems);
        return reader.Problems.Count > 0 ? null : policy;
    }

    private static DocumentLoadResult<EligibilityPolicy> Read(JsonElement root, DocumentLimits limits)
    {
        var reader = new Reader();
        var policy = reader.Policy(root);
        return reader.Problems.Count > 0 || policy is null
            ? JsonInput.Failure<EligibilityPolicy>(What, reader.Problems.Count > 0 ? reader.Problems : [new("$", "The policy could not be read.")], limits)
            : DocumentLoadResult.Success(policy);
    }

    /// <summary>Reads the document tree, collecting every problem with its path.</summary>
    private sealed class Reader
    {
        public List<DocumentProblem> Problems { get; } = [];

        /// <summary>The paths that have a problem, so a required field already reported is not reported again (in constant time).</summary>
        private readonly HashSet<string> _problemPaths = new(StringComparer.Ordinal);

        public EligibilityPolicy? Policy(JsonElement root, string at = "$")
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Problem(at, $"A policy document must be a JSON object; got {JsonKinds.Of(root)}.");
                return null;
            }

            string? id = null, version = null, description = null;
            PolicyRule? fallback = null;
            var rules = new List<PolicyRule>();
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            foreach (var property in Properties(root, at))
            {
                var path = Child(at, property.Name);
                switch (property.Name)
                {
                    case "id":
                        id = RequiredText(property.Value, path);
                        break;
                    case "version":
                        version = RequiredText(property.Value, path);
                        break;
                    case "rules":
                        if (property.Value.ValueKind != JsonValueKind.Array)
                        {
                            Problem(path, $"'rules' must be an array; got {JsonKinds.Of(property.Value)}.");
                            break;
                        }

                        var i = 0;
                        foreach (var item in property.Value.EnumerateArray())
                        {
                            if (Rule(item, Invariant($"{path}[{i++}]")) is { } rule)
                            {
                                rules.Add(rule);
                            }
                        }

                        break;
                    case "whenNothingPermits":
                        fallback = Rule(property.Value, path);
                        break;
                    case "description":
                        description = RequiredText(property.Value, path);
                        break;
                    default:
                        unknown.Add(new(property.Name, property.Value.Clone()));
                        break;
                }
            }

            Required(id, at, "id");
            Required(version, at, "version");
            return Problems.Count > 0 || id is null || version is null
                ? null
                : new EligibilityPolicy { Id = id, Version = version, Rules = rules, WhenNothingPermits = fallback, Description = description, UnknownFields = Internal.JsonFieldMap.From(unknown) };
        }

        private PolicyRule? Rule(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Problem(path, $"A rule must be a JSON object; got {JsonKinds.Of(element)}.");
                return null;
            }

            var before = Problems.Count;
            string? id = null, reason = null, source = null;
            RuleEffect? effect = null;
            var appliesTo = new List<EngagementKind>();
            PolicyCondition? when = null;
            DateOnly? from = null, until = null;
            var reviewers = new List<string>();
            var conditions = new List<string>();
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            foreach (var property in Properties(element, path))
            {
                var at = Child(path, property.Name);
                switch (property.Name)
                {
                    case "id":
                        id = RequiredText(property.Value, at);
                        break;
                    case "effect":
                        effect = EnumValue<RuleEffect>(property.Value, at);
                        break;
                    case "appliesTo":
                        var kinds = Array(property.Value, at);
                        if (kinds is { Count: 0 })
                        {
                            Problem(at, "'appliesTo' is empty, so the rule could never fire; omit it to judge every kind of engagement.");
                        }

                        for (var i = 0; kinds is not null && i < kinds.Count; i++)
                        {
                            if (EnumValue<EngagementKind>(kinds[i], Invariant($"{at}[{i}]")) is { } kind)
                            {
                                appliesTo.Add(kind);
                            }
                        }

                        break;
                    case "when":
                        when = Condition(property.Value, at);
                        break;
                    case "reason":
                        reason = RequiredText(property.Value, at);
                        break;
                    case "source":
                        source = RequiredText(property.Value, at);
                        break;
                    case "effectiveFrom":
                        from = Date(property.Value, at);
                        break;
                    case "effectiveUntil":
                        until = Date(property.Value, at);
                        break;
                    case "reviewers":
                        Texts(property.Value, at, reviewers);
                        break;
                    case "conditions":
                        Texts(property.Value, at, conditions);
                        break;
                    default:
                        unknown.Add(new(property.Name, property.Value.Clone()));
                        break;
                }
            }

            Required(id, path, "id");
            Required(effect, path, "effect");
            Required(reason, path, "reason");
            if (Problems.Count > before || id is null || effect is null || reason is null)
            {
                return null;
            }

            return new PolicyRule
            {
                Id = id,
                Effect = effect.Value,
                AppliesTo = appliesTo,
                When = when,
                Reason = reason,
                Source = source,
                EffectiveFrom = from,
                EffectiveUntil = until,
                Reviewers = reviewers,
                Conditions = conditions,
                UnknownFields = Internal.JsonFieldMap.From(unknown),
            };
        }

        private PolicyCondition? Condition(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Problem(path, $"A condition must be a JSON object such as {{\"all\": [...]}}, {{\"fact\": ..., \"is\": ...}} or {{\"predicate\": ...}}; got {JsonKinds.Of(element)}.");
                return null;
            }

            var properties = Properties(element, path);
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in properties)
            {
                names.Add(property.Name);
            }

            if (names.Contains("all") || names.Contains("any"))
            {
                var key = names.Contains("all") ? "all" : "any";
                if (!OnlyKeys(properties, path, key))
                {
                    return null;
                }

                var at = Child(path, key);
                var items = Array(element.GetProperty(key), at);
                if (items is null)
                {
                    return null;
                }

                var parts = new List<PolicyCondition>();
                var ok = true;
                for (var i = 0; i < items.Count; i++)
                {
                    if (Condition(items[i], Invariant($"{at}[{i}]")) is { } part)
                    {
                        parts.Add(part);
                    }
                    else
                    {
                        ok = false;
                    }
                }

                return !ok ? null : key == "all" ? new PolicyCondition.AllOf { Parts = parts } : new PolicyCondition.AnyOf { Parts = parts };
            }

            if (names.Contains("not"))
            {
                return OnlyKeys(properties, path, "not") && Condition(element.GetProperty("not"), Child(path, "not")) is { } part
                    ? new PolicyCondition.Negation { Part = part }
                    : null;
            }

            if (names.Contains("fact"))
            {
                var comparisons = new List<(string Key, FactComparison Comparison)>();
                foreach (var comparison in Enum.GetValues<FactComparison>())
                {
                    var key = PolicyValidator.Key(comparison);
                    if (names.Contains(key))
                    {
                        comparisons.Add((key, comparison));
                    }
                }

                if (comparisons.Count != 1)
                {
                    Problem(path, "A fact test needs exactly one comparison: is, in, has, hasAny, atLeast or atMost.");
                    return null;
                }

                var (found, which) = comparisons[0];
                if (!OnlyKeys(properties, path, "fact", found))
                {
                    return null;
                }

                var fact = RequiredText(element.GetProperty("fact"), Child(path, "fact"));
                var value = Value(element.GetProperty(found), Child(path, found), allowList: true);
                return fact is null || value is null ? null : new PolicyCondition.FactTest { Fact = fact, Comparison = which, Value = value };
            }

            if (names.Contains("predicate"))
            {
                if (!OnlyKeys(properties, path, "predicate", "args"))
                {
                    return null;
                }

                var name = RequiredText(element.GetProperty("predicate"), Child(path, "predicate"));
                var arguments = new List<KeyValuePair<string, PolicyValue>>();
                if (element.TryGetProperty("args", out var args))
                {
                    var argsPath = Child(path, "args");
                    if (args.ValueKind != JsonValueKind.Object)
                    {
                        Problem(argsPath, $"'args' must be an object of named arguments; got {JsonKinds.Of(args)}.");
                        return null;
                    }

                    foreach (var argument in Properties(args, argsPath))
                    {
                        if (Value(argument.Value, Child(argsPath, argument.Name), allowList: true) is { } value)
                        {
                            arguments.Add(new(argument.Name, value));
                        }
                    }
                }

                return name is null ? null : new PolicyCondition.PredicateTest { Name = name, Arguments = arguments };
            }

            Problem(path, names.Count == 0
                ? "A condition must not be empty; omit 'when' for a rule that always applies."
                : $"Unknown condition '{string.Join("', '", names)}'; a condition is one of all, any, not, fact (with is, in, has, hasAny, atLeast or atMost) or predicate.");
            return null;
        }

        private bool OnlyKeys(List<JsonProperty> properties, string path, params string[] keys)
        {
            var ok = true;
            foreach (var property in properties)
            {
                if (System.Array.IndexOf(keys, property.Name) < 0)
                {
                    Problem(Child(path, property.Name), $"Unexpected '{property.Name}' beside '{keys[0]}': conditions are closed; this key is not allowed here.");
                    ok = false;
                }
            }

            return ok;
        }

        private PolicyValue? Value(JsonElement element, string path, bool allowList)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    return PolicyValue.Of(element.GetString()!);
                case JsonValueKind.True:
                case JsonValueKind.False:
                    return PolicyValue.Of(element.GetBoolean());
                case JsonValueKind.Number:
                    if (element.TryGetInt64(out var number))
                    {
                        return PolicyValue.Of(number);
                    }

                    Problem(path, $"Numbers in a policy must be whole numbers; got {element.GetRawText()}.");
                    return null;
                case JsonValueKind.Array when allowList:
                    var items = new List<PolicyValue>();
                    var i = 0;
                    var ok = true;
                    foreach (var item in element.EnumerateArray())
                    {
                        if (Value(item, Invariant($"{path}[{i++}]"), allowList: false) is { } value)
                        {
                            items.Add(value);
                        }
                        else
                        {
                            ok = false;
                        }
                    }

                    return ok ? PolicyValue.ListOf(items) : null;
                default:
                    Problem(path, allowList ? $"Expected a string, whole number, boolean or list of those; got {JsonKinds.Of(element)}." : $"A list holds strings, whole numbers or booleans; got {JsonKinds.Of(element)}.");
                    return null;
            }
        }

        private List<JsonProperty> Properties(JsonElement element, string path)
        {
            var list = new List<JsonProperty>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    Problem(Child(path, property.Name), ProblemText.Duplicate(property.Name));
                    continue;
                }

                list.Add(property);
            }

            return list;
        }

        private List<JsonElement>? Array(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                Problem(path, $"Expected an array; got {JsonKinds.Of(element)}.");
                return null;
            }

            return [.. element.EnumerateArray()];
        }

        private void Texts(JsonElement element, string path, List<string> into)
        {
            var items = Array(element, path);
            for (var i = 0; items is not null && i < items.Count; i++)
            {
                if (RequiredText(items[i], Invariant($"{path}[{i}]")) is { } text)
                {
                    into.Add(text);
                }
            }
        }

        private string? RequiredText(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                Problem(path, ProblemText.Expected("a string", element));
                return null;
            }

            var text = element.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                Problem(path, "The text must not be empty or white space.");
                return null;
            }

            return text;
        }

        private DateOnly? Date(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Problem(path, $"Expected a date written \"yyyy-MM-dd\"; got {Describe(element)}.");
            return null;
        }

        private T? EnumValue<T>(JsonElement element, string path)
            where T : struct, Enum
        {
            if (element.ValueKind == JsonValueKind.String && EnumText<T>.TryParse(element.GetString()!, out var value))
            {
                return value;
            }

            Problem(path, $"Unknown value {Describe(element)}; expected one of {string.Join(", ", EnumText<T>.Names)}.");
            return null;
        }

        private void Required(object? value, string path, string name)
        {
            if (value is null && !_problemPaths.Contains(Child(path, name)))
            {
                Problem(path, ProblemText.Required(name));
            }
        }

        private void Problem(string path, string message)
        {
            Problems.Add(new DocumentProblem(path, message));
            _problemPaths.Add(path);
        }

        private static string Describe(JsonElement element)
        {
            var text = element.GetRawText();
            return text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
        }


        private static string Child(string path, string name) => JsonPath.Child(path, name);

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
