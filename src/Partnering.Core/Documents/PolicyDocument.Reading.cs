using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

public static partial class PolicyDocument
{
    private static DocumentLoadResult<EligibilityPolicy> Read(ReadOnlySpan<byte> utf8, DocumentLimits limits)
    {
        var problems = new List<DocumentProblem>();
        var policy = DtoInput.Read(utf8, static c => c.PolicyDto, limits, What, problems) is { } dto ? ReadSection(dto, "$", problems) : null;
        return policy is not null && problems.Count == 0
            ? DocumentLoadResult.Success(policy)
            : JsonInput.Failure<EligibilityPolicy>(What, problems, limits);
    }

    /// <summary>Maps a policy read at <paramref name="at"/> (a document's root or the workspace's <c>"policy"</c> section) to the model, adding its problems.</summary>
    internal static EligibilityPolicy? ReadSection(PolicyDto dto, string at, List<DocumentProblem> problems)
    {
        var reader = new Reader(problems);
        var before = problems.Count;
        var policy = reader.Policy(dto, at);
        return problems.Count > before ? null : policy;
    }

    /// <summary>Maps the DTOs to the model, collecting every problem with its path.</summary>
    private sealed class Reader(List<DocumentProblem> problems)
    {
        public EligibilityPolicy? Policy(PolicyDto dto, string at)
        {
            var before = problems.Count;
            var id = Text(dto.Id, at, "id", required: true);
            var version = Text(dto.Version, at, "version", required: true);
            var rules = new List<PolicyRule>();
            for (var i = 0; dto.Rules is { } list && i < list.Count; i++)
            {
                if (Rule(list[i], JsonPath.Item(JsonPath.Child(at, "rules"), i)) is { } rule)
                {
                    rules.Add(rule);
                }
            }

            var fallback = dto.WhenNothingPermits is { } w ? Rule(w, JsonPath.Child(at, "whenNothingPermits")) : null;
            var description = Text(dto.Description, at, "description", required: false);
            return problems.Count > before
                ? null
                : new EligibilityPolicy { Id = id!, Version = version!, Rules = rules, WhenNothingPermits = fallback, Description = description, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        private PolicyRule? Rule(PolicyRuleDto? dto, string path)
        {
            if (dto is null)
            {
                Problem(path, "A rule must be a JSON object; got null.");
                return null;
            }

            var before = problems.Count;
            var id = Text(dto.Id, path, "id", required: true);
            var effect = Name<RuleEffect>(dto.Effect, path, "effect", required: true);
            var appliesTo = new List<EngagementKind>();
            if (dto.AppliesTo is { } kinds)
            {
                var at = JsonPath.Child(path, "appliesTo");
                if (kinds.Count == 0)
                {
                    Problem(at, "'appliesTo' is empty, so the rule could never fire; omit it to judge every kind of engagement.");
                }

                for (var i = 0; i < kinds.Count; i++)
                {
                    if (Name<EngagementKind>(kinds[i], JsonPath.Item(at, i), null, required: true) is { } kind)
                    {
                        appliesTo.Add(kind);
                    }
                }
            }

            var when = dto.When is null ? null : Condition(dto.When, JsonPath.Child(path, "when"));
            var reason = Text(dto.Reason, path, "reason", required: true);
            var source = Text(dto.Source, path, "source", required: false);
            var from = Date(dto.EffectiveFrom, JsonPath.Child(path, "effectiveFrom"));
            var until = Date(dto.EffectiveUntil, JsonPath.Child(path, "effectiveUntil"));
            var reviewers = Texts(dto.Reviewers, JsonPath.Child(path, "reviewers"));
            var conditions = Texts(dto.Conditions, JsonPath.Child(path, "conditions"));
            return problems.Count > before
                ? null
                : new PolicyRule
                {
                    Id = id!,
                    Effect = effect!.Value,
                    AppliesTo = appliesTo,
                    When = when,
                    Reason = reason!,
                    Source = source,
                    EffectiveFrom = from,
                    EffectiveUntil = until,
                    Reviewers = reviewers,
                    Conditions = conditions,
                    UnknownFields = JsonFieldMap.From(dto.Extra),
                };
        }

        private PolicyCondition? Condition(PolicyConditionDto? dto, string path)
        {
            if (dto is null)
            {
                Problem(path, "A condition must be a JSON object such as {\"all\": [...]}, {\"fact\": ..., \"is\": ...} or {\"predicate\": ...}; got null.");
                return null;
            }

            var names = Names(dto);
            if (dto.All is not null || dto.Any is not null)
            {
                var key = dto.All is not null ? "all" : "any";
                if (!OnlyKeys(names, path, key))
                {
                    return null;
                }

                var at = JsonPath.Child(path, key);
                var items = dto.All ?? dto.Any!;
                var parts = new List<PolicyCondition>();
                var ok = true;
                for (var i = 0; i < items.Count; i++)
                {
                    if (Condition(items[i], JsonPath.Item(at, i)) is { } part)
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

            if (dto.Not is not null)
            {
                return OnlyKeys(names, path, "not") && Condition(dto.Not, JsonPath.Child(path, "not")) is { } part
                    ? new PolicyCondition.Negation { Part = part }
                    : null;
            }

            if (dto.Fact is not null)
            {
                var comparisons = new List<(string Key, FactComparison Comparison, JsonElement Value)>();
                foreach (var comparison in Enum.GetValues<FactComparison>())
                {
                    var value = Compared(dto, comparison);
                    if (value.ValueKind != JsonValueKind.Undefined)
                    {
                        comparisons.Add((JsonEnum<FactComparison>.Name(comparison), comparison, value));
                    }
                }

                if (comparisons.Count != 1)
                {
                    Problem(path, "A fact test needs exactly one comparison: is, in, has, hasAny, atLeast or atMost.");
                    return null;
                }

                var (found, which, element) = comparisons[0];
                if (!OnlyKeys(names, path, "fact", found))
                {
                    return null;
                }

                var fact = Text(dto.Fact, path, "fact", required: true);
                var tested = Value(element, JsonPath.Child(path, found), allowList: true);
                return fact is null || tested is null ? null : new PolicyCondition.FactTest { Fact = fact, Comparison = which, Value = tested };
            }

            if (dto.Predicate is not null)
            {
                if (!OnlyKeys(names, path, "predicate", "args"))
                {
                    return null;
                }

                var name = Text(dto.Predicate, path, "predicate", required: true);
                var arguments = new List<KeyValuePair<string, PolicyValue>>();
                var before = problems.Count;
                foreach (var (argument, value) in dto.Args ?? [])
                {
                    if (Value(value, JsonPath.Child(JsonPath.Child(path, "args"), argument), allowList: true) is { } read)
                    {
                        arguments.Add(new(argument, read));
                    }
                }

                return name is null || problems.Count > before ? null : new PolicyCondition.PredicateTest { Name = name, Arguments = arguments };
            }

            Problem(path, names.Count == 0
                ? "A condition must not be empty; omit 'when' for a rule that always applies."
                : $"Unknown condition '{string.Join("', '", names)}'; a condition is one of all, any, not, fact (with is, in, has, hasAny, atLeast or atMost) or predicate.");
            return null;
        }

        private static JsonElement Compared(PolicyConditionDto dto, FactComparison comparison) => comparison switch
        {
            FactComparison.Is => dto.Is,
            FactComparison.In => dto.In,
            FactComparison.Has => dto.Has,
            FactComparison.HasAny => dto.HasAny,
            FactComparison.AtLeast => dto.AtLeast,
            _ => dto.AtMost,
        };

        /// <summary>The keys a condition object holds (known ones in their declared order, then unknown ones in document order).</summary>
        private static List<string> Names(PolicyConditionDto dto)
        {
            var names = new List<string>();
            void Add(bool present, string name)
            {
                if (present)
                {
                    names.Add(name);
                }
            }

            Add(dto.All is not null, "all");
            Add(dto.Any is not null, "any");
            Add(dto.Not is not null, "not");
            Add(dto.Fact is not null, "fact");
            foreach (var comparison in Enum.GetValues<FactComparison>())
            {
                Add(Compared(dto, comparison).ValueKind != JsonValueKind.Undefined, JsonEnum<FactComparison>.Name(comparison));
            }

            Add(dto.Predicate is not null, "predicate");
            Add(dto.Args is not null, "args");
            names.AddRange(dto.Extra?.Keys ?? (IEnumerable<string>)[]);
            return names;
        }

        private bool OnlyKeys(List<string> names, string path, params string[] keys)
        {
            var ok = true;
            foreach (var name in names)
            {
                if (Array.IndexOf(keys, name) < 0)
                {
                    Problem(JsonPath.Child(path, name), $"Unexpected '{name}' beside '{keys[0]}': conditions are closed; this key is not allowed here.");
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
                        if (Value(item, JsonPath.Item(path, i++), allowList: false) is { } value)
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

        private List<string> Texts(List<string?>? items, string path)
        {
            var texts = new List<string>();
            for (var i = 0; items is not null && i < items.Count; i++)
            {
                if (NonBlank(items[i], JsonPath.Item(path, i)) is { } text)
                {
                    texts.Add(text);
                }
            }

            return texts;
        }

        /// <summary>The field <paramref name="name"/> of the object at <paramref name="owner"/>: absent is a problem at the owner when required.</summary>
        private string? Text(string? text, string owner, string name, bool required)
        {
            if (text is null)
            {
                if (required)
                {
                    Problem(owner, ProblemText.Required(name));
                }

                return null;
            }

            return NonBlank(text, JsonPath.Child(owner, name));
        }

        private string? NonBlank(string? text, string path)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Problem(path, text is null ? ProblemText.NotNull("a string") : "The text must not be empty or white space.");
                return null;
            }

            return text;
        }

        private DateOnly? Date(string? text, string path)
        {
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Problem(path, $"Expected a date written \"yyyy-MM-dd\"; got \"{text}\".");
            return null;
        }

        /// <summary>A closed-vocabulary name: <paramref name="name"/> is the field under <paramref name="path"/>, or null when <paramref name="path"/> is the value's own path.</summary>
        private T? Name<T>(string? text, string path, string? name, bool required)
            where T : struct, Enum
        {
            var at = name is null ? path : JsonPath.Child(path, name);
            if (text is null)
            {
                if (required)
                {
                    Problem(name is null ? at : path, name is null ? ProblemText.NotNull("a string") : ProblemText.Required(name));
                }

                return null;
            }

            if (JsonEnum<T>.TryParse(text, out var value))
            {
                return value;
            }

            Problem(at, ProblemText.UnknownName(text, JsonEnum<T>.Expected));
            return null;
        }

        private void Problem(string path, string message) => problems.Add(new DocumentProblem(path, message));
    }
}
