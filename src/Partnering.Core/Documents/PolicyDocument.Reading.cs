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

public static partial class PolicyDocument
{
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
