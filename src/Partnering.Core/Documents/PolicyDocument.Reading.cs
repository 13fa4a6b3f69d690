using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

public static partial class PolicyDocument
{
    /// <summary>Maps a policy read at <paramref name="at"/> (a document's root or the workspace's <c>"policy"</c> section) to the model, adding its problems.</summary>
    internal static EligibilityPolicy? ReadSection(PolicyDto dto, string at, List<DocumentProblem> problems)
        => new Reader(new DtoReader(problems)).Policy(dto, at);

    /// <summary>Maps the DTOs to the model, collecting every problem with its path.</summary>
    private sealed class Reader(DtoReader r)
    {
        private static readonly string[] ConditionKeys = ["all", "any", "not", "fact", .. JsonEnum<FactComparison>.Names, "predicate", "args"];

        public EligibilityPolicy? Policy(PolicyDto dto, string at)
        {
            var before = r.Problems.Count;
            var id = r.String(dto.Id, "id", at, required: true);
            var version = r.String(dto.Version, "version", at, required: true);
            var rules = r.Array(dto.Rules, "rules", at, Rule);
            var fallback = r.Object(dto.WhenNothingPermits, "whenNothingPermits", at, Rule);
            var description = r.String(dto.Description, "description", at);
            return r.Problems.Count > before
                ? null
                : new EligibilityPolicy { Id = id!, Version = version!, Rules = rules, WhenNothingPermits = fallback, Description = description, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        private PolicyRule? Rule(PolicyRuleDto dto, Loc path)
        {
            var before = r.Problems.Count;
            var id = r.String(dto.Id, "id", path, required: true);
            var effect = r.Enum<RuleEffect>(dto.Effect, "effect", path, required: true);
            if (dto.AppliesTo is [])
            {
                r.Problem(path.Dot("appliesTo"), "'appliesTo' is empty, so the rule could never fire; omit it to judge every kind of engagement.");
            }

            var appliesTo = r.Enums<EngagementKind>(dto.AppliesTo, "appliesTo", path);

            var when = r.Object(dto.When, "when", path, Condition);
            var reason = r.String(dto.Reason, "reason", path, required: true);
            var source = r.String(dto.Source, "source", path);
            var from = r.Date(dto.EffectiveFrom, "effectiveFrom", path);
            var until = r.Date(dto.EffectiveUntil, "effectiveUntil", path);
            var reviewers = r.Texts(dto.Reviewers, "reviewers", path);
            var conditions = r.Texts(dto.Conditions, "conditions", path);
            return r.Problems.Count > before
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

        private PolicyCondition? Condition(PolicyConditionDto dto, Loc path)
        {
            var names = Names(dto);
            if (dto.All is not null || dto.Any is not null)
            {
                var key = dto.All is not null ? "all" : "any";
                if (!OnlyKeys(names, path, key))
                {
                    return null;
                }

                var before = r.Problems.Count;
                var parts = r.Array(dto.All ?? dto.Any, key, path, Condition);
                return r.Problems.Count > before ? null : key == "all" ? new PolicyCondition.AllOf { Parts = parts } : new PolicyCondition.AnyOf { Parts = parts };
            }

            if (dto.Not is not null)
            {
                return OnlyKeys(names, path, "not") && r.Object(dto.Not, "not", path, Condition) is { } part
                    ? new PolicyCondition.Negation { Part = part }
                    : null;
            }

            if (dto.Fact is not null)
            {
                var comparisons = Enum.GetValues<FactComparison>().Select(c => (Key: JsonEnum<FactComparison>.Name(c), Comparison: c, Value: Compared(dto, c))).Where(c => c.Value.ValueKind != JsonValueKind.Undefined).ToList();
                if (comparisons.Count != 1)
                {
                    r.Problem(path, "A fact test needs exactly one comparison: is, in, has, hasAny, atLeast or atMost.");
                    return null;
                }

                var (found, which, element) = comparisons[0];
                if (!OnlyKeys(names, path, "fact", found))
                {
                    return null;
                }

                var fact = r.String(dto.Fact, "fact", path, required: true);
                var tested = Value(element, path.Dot(found), allowList: true);
                return fact is null || tested is null ? null : new PolicyCondition.FactTest { Fact = fact, Comparison = which, Value = tested };
            }

            if (dto.Predicate is not null)
            {
                if (!OnlyKeys(names, path, "predicate", "args"))
                {
                    return null;
                }

                var name = r.String(dto.Predicate, "predicate", path, required: true);
                var arguments = new List<KeyValuePair<string, PolicyValue>>();
                var before = r.Problems.Count;
                foreach (var (argument, value) in dto.Args ?? [])
                {
                    if (Value(value, path.Dot("args").Dot(argument), allowList: true) is { } read)
                    {
                        arguments.Add(new(argument, read));
                    }
                }

                return name is null || r.Problems.Count > before ? null : new PolicyCondition.PredicateTest { Name = name, Arguments = arguments };
            }

            // Only keys no condition has are unknown; a comparison or arguments alone lack their fact or predicate.
            var unknown = names.Where(n => Array.IndexOf(ConditionKeys, n) < 0).ToList();
            r.Problem(path, names.Count == 0
                ? "A condition must not be empty; omit 'when' for a rule that always applies."
                : unknown.Count > 0
                    ? $"Unknown condition '{string.Join("', '", unknown)}'; a condition is one of all, any, not, fact (with is, in, has, hasAny, atLeast or atMost) or predicate."
                    : $"'{string.Join("', '", names)}' is not a condition alone: a comparison (is, in, has, hasAny, atLeast, atMost) goes beside 'fact', and 'args' beside 'predicate'.");
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
            bool[] present = [dto.All is not null, dto.Any is not null, dto.Not is not null, dto.Fact is not null, .. Enum.GetValues<FactComparison>().Select(c => Compared(dto, c).ValueKind != JsonValueKind.Undefined), dto.Predicate is not null, dto.Args is not null];
            return [.. ConditionKeys.Where((_, i) => present[i]), .. dto.Extra?.Keys ?? (IEnumerable<string>)[]];
        }

        private bool OnlyKeys(List<string> names, Loc path, params string[] keys)
        {
            var ok = true;
            foreach (var name in names)
            {
                if (Array.IndexOf(keys, name) < 0)
                {
                    r.Problem(path.Dot(name), $"Unexpected '{name}' beside '{keys[0]}': conditions are closed; this key is not allowed here.");
                    ok = false;
                }
            }

            return ok;
        }

        private PolicyValue? Value(JsonElement element, Loc path, bool allowList)
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

                    r.Problem(path, ProblemText.Expected("a whole number", element.GetRawText()));
                    return null;
                case JsonValueKind.Array when allowList:
                    var items = new List<PolicyValue>();
                    var i = 0;
                    var ok = true;
                    foreach (var item in element.EnumerateArray())
                    {
                        if (Value(item, path.Item(i++), allowList: false) is { } value)
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
                    r.Problem(path, ProblemText.Expected(allowList ? "a string, whole number, boolean or list of those" : "a string, whole number or boolean", KindOf(element)));
                    return null;
            }
        }

        private static string KindOf(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Null => "null",
            _ => "nothing",
        };
    }
}
