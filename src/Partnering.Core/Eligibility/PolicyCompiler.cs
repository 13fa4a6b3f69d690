using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Partnering.Core.Eligibility;

/// <summary>Bounds that keep a hostile policy from costing unbounded work. Every bound is checked by validation.</summary>
public sealed record EligibilityLimits
{
    /// <summary>The limits used when none are given.</summary>
    public static EligibilityLimits Default { get; } = new();

    /// <summary>The deepest condition tree accepted (a rule's <c>when</c> is depth 1). Default 32; 1 to 256.</summary>
    public int MaxConditionDepth
    {
        get;
        init => field = value is >= 1 and <= 256 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxConditionDepth must be from 1 to 256; got {value}.");
    } = 32;

    /// <summary>The most rules a policy may hold. Default 20,000; at least 1.</summary>
    public int MaxRules
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxRules must be positive; got {value}.");
    } = 20_000;

    /// <summary>The longest text accepted (ids, reasons, sources, values), in characters. Default 4,000; at least 16.</summary>
    public int MaxTextLength
    {
        get;
        init => field = value >= 16 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxTextLength must be at least 16; got {value}.");
    } = 4_000;

    /// <summary>The most nodes accepted in one rule's condition tree. Default 1,000; at least 1.</summary>
    public int MaxConditionNodes
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxConditionNodes must be positive; got {value}.");
    } = 1_000;
}

/// <summary>Validates eligibility policies and compiles them, once, into immutable, thread-safe evaluators.</summary>
public interface IPolicyCompiler
{
    /// <summary>Checks a policy without compiling it.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>Every problem found, each with its JSON path; empty when the policy may be compiled.</returns>
    IReadOnlyList<DocumentProblem> Validate(EligibilityPolicy policy);

    /// <summary>Validates and compiles a policy. A policy that fails validation is never evaluated.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The evaluator; compile once, evaluate many times, from any thread.</returns>
    /// <exception cref="InvalidDocumentException">The policy has problems; the exception lists them with their paths.</exception>
    IEligibilityEvaluator Compile(EligibilityPolicy policy);
}

/// <summary>
/// The default <see cref="IPolicyCompiler"/>: knows the built-in facts and the predicates registered
/// (<see cref="IEligibilityPredicate"/>), checks policies against them and compiles rules indexed by
/// engagement kind, partner id and organization kind.
/// </summary>
public sealed class PolicyCompiler : IPolicyCompiler
{
    private readonly FrozenDictionary<string, IEligibilityPredicate> _predicates;

    /// <summary>A compiler with no custom predicates and the default limits.</summary>
    public PolicyCompiler()
        : this([], EligibilityLimits.Default)
    {
    }

    /// <summary>A compiler knowing the given predicates.</summary>
    /// <param name="predicates">The application's predicates; names must be unique.</param>
    /// <param name="limits">The limits validation enforces.</param>
    /// <exception cref="ArgumentException">Two predicates share a name.</exception>
    public PolicyCompiler(IEnumerable<IEligibilityPredicate> predicates, EligibilityLimits limits)
    {
        ArgumentNullException.ThrowIfNull(predicates);
        Limits = limits ?? throw new ArgumentNullException(nameof(limits));
        var byName = new Dictionary<string, IEligibilityPredicate>(StringComparer.Ordinal);
        foreach (var predicate in predicates)
        {
            if (!byName.TryAdd(predicate.Name, predicate) && !ReferenceEquals(byName[predicate.Name], predicate))
            {
                throw new ArgumentException($"Two eligibility predicates are named '{predicate.Name}'; predicate names must be unique.", nameof(predicates));
            }
        }

        _predicates = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The limits validation enforces.</summary>
    public EligibilityLimits Limits { get; }

    /// <inheritdoc/>
    public IReadOnlyList<DocumentProblem> Validate(EligibilityPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new PolicyValidator(_predicates, Limits).Validate(policy);
    }

    /// <inheritdoc/>
    public IEligibilityEvaluator Compile(EligibilityPolicy policy)
    {
        var problems = Validate(policy);
        if (problems.Count > 0)
        {
            throw new InvalidDocumentException("policy", problems);
        }

        return new CompiledPolicy(policy, _predicates);
    }
}

/// <summary>Checks a policy against the fact catalog, the registered predicates and the limits.</summary>
internal sealed class PolicyValidator(FrozenDictionary<string, IEligibilityPredicate> predicates, EligibilityLimits limits)
{
    private readonly List<DocumentProblem> _problems = [];
    private int _nodes;

    public IReadOnlyList<DocumentProblem> Validate(EligibilityPolicy policy)
    {
        Text(policy.Id, "$.id");
        Text(policy.Version, "$.version");
        if (policy.Rules.Count > limits.MaxRules)
        {
            _problems.Add(new("$.rules", Invariant($"The policy has {policy.Rules.Count} rules; at most {limits.MaxRules} are accepted (raise EligibilityLimits.MaxRules to allow more).")));
            return _problems;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            var rule = policy.Rules[i];
            var path = Invariant($"$.rules[{i}]");
            if (!seen.TryAdd(rule.Id, i))
            {
                _problems.Add(new(path + ".id", Invariant($"The rule id '{Clip(rule.Id)}' is already used by $.rules[{seen[rule.Id]}]; rule ids must be unique.")));
            }

            Rule(rule, path);
        }

        if (policy.WhenNothingPermits is { } fallback)
        {
            Rule(fallback, "$.whenNothingPermits");
            if (fallback.Effect != RuleEffect.Review)
            {
                _problems.Add(new("$.whenNothingPermits.effect", "The answer when nothing permits must be a review (\"effect\": \"review\") naming who decides; omit it to answer NotPermitted."));
            }

            if (fallback.When is not null || fallback.AppliesTo.Count > 0 || fallback.EffectiveFrom is not null || fallback.EffectiveUntil is not null)
            {
                _problems.Add(new("$.whenNothingPermits", "The answer when nothing permits applies whenever no rule permits: it takes no 'when', 'appliesTo' or effective dates."));
            }
        }

        if (policy.Description is { } description)
        {
            Text(description, "$.description");
        }

        Shadowed(policy);
        return _problems;
    }

    private void Rule(PolicyRule rule, string path)
    {
        Text(rule.Id, path + ".id");
        Text(rule.Reason, path + ".reason");
        if (rule.Source is { } source)
        {
            Text(source, path + ".source");
        }

        if (rule.EffectiveFrom is { } from && rule.EffectiveUntil is { } until && until < from)
        {
            _problems.Add(new(path + ".effectiveUntil", $"This rule can never fire: it stops on {until:yyyy-MM-dd}, before it starts on {from:yyyy-MM-dd}."));
        }

        for (var i = 0; i < rule.Reviewers.Count; i++)
        {
            Text(rule.Reviewers[i], Invariant($"{path}.reviewers[{i}]"));
        }

        for (var i = 0; i < rule.Conditions.Count; i++)
        {
            Text(rule.Conditions[i], Invariant($"{path}.conditions[{i}]"));
        }

        if (rule.Effect == RuleEffect.Review && rule.Reviewers.Count == 0)
        {
            _problems.Add(new(path + ".reviewers", "A review rule must name who reviews (e.g. \"organizing staff\")."));
        }

        if (rule.Effect != RuleEffect.Review && rule.Reviewers.Count > 0)
        {
            _problems.Add(new(path + ".reviewers", "Only review rules name reviewers; change the effect to review or remove the reviewers."));
        }

        if (rule.Effect == RuleEffect.PermitWithConditions && rule.Conditions.Count == 0)
        {
            _problems.Add(new(path + ".conditions", "A permitWithConditions rule must name the conditions to honour."));
        }

        if (rule.Effect != RuleEffect.PermitWithConditions && rule.Conditions.Count > 0)
        {
            _problems.Add(new(path + ".conditions", "Only permitWithConditions rules carry conditions to honour; change the effect or remove the conditions."));
        }

        if (rule.When is { } when)
        {
            _nodes = 0;
            var before = _problems.Count;
            Condition(when, path + ".when", 1);
            if (_problems.Count == before && !CanBe(when, true))
            {
                _problems.Add(new(path + ".when", "This rule can never fire: its condition can never hold (e.g. an empty list of values, or two tests of one fact that exclude each other)."));
            }
        }
    }

    private void Condition(PolicyCondition condition, string path, int depth)
    {
        if (depth > limits.MaxConditionDepth)
        {
            _problems.Add(new(path, Invariant($"The condition is nested more than {limits.MaxConditionDepth} levels deep; flatten it (raise EligibilityLimits.MaxConditionDepth to allow more).")));
            return;
        }

        if (++_nodes > limits.MaxConditionNodes)
        {
            if (_nodes == limits.MaxConditionNodes + 1)
            {
                _problems.Add(new(path, Invariant($"The rule's condition has more than {limits.MaxConditionNodes} parts; split the rule (raise EligibilityLimits.MaxConditionNodes to allow more).")));
            }

            return;
        }

        switch (condition)
        {
            case PolicyCondition.AllOf all:
                Parts(all.Parts, path + ".all", depth);
                break;
            case PolicyCondition.AnyOf any:
                Parts(any.Parts, path + ".any", depth);
                break;
            case PolicyCondition.Negation not:
                Condition(not.Part, path + ".not", depth + 1);
                break;
            case PolicyCondition.FactTest test:
                Fact(test, path);
                break;
            case PolicyCondition.PredicateTest call:
                Predicate(call, path);
                break;
        }
    }

    private void Parts(IReadOnlyList<PolicyCondition> parts, string path, int depth)
    {
        if (parts.Count == 0)
        {
            _problems.Add(new(path, "An all/any list must hold at least one condition; an empty one says nothing (omit 'when' for a rule that always applies)."));
            return;
        }

        for (var i = 0; i < parts.Count; i++)
        {
            Condition(parts[i], Invariant($"{path}[{i}]"), depth + 1);
        }
    }

    private void Fact(PolicyCondition.FactTest test, string path)
    {
        if (!FactCatalog.ByName.TryGetValue(test.Fact, out var info))
        {
            _problems.Add(new(path + ".fact", $"Unknown fact '{Clip(test.Fact)}'. Known facts: {string.Join(", ", FactCatalog.All.Select(f => f.Name))}."));
            return;
        }

        var key = Key(test.Comparison);
        var valuePath = path + "." + key;
        var allowed = Allowed(info.Type);
        if (!allowed.Contains(test.Comparison))
        {
            _problems.Add(new(valuePath, $"The fact {info.Name} is {FactCatalog.TypeName(info.Type)}; it can be tested with {string.Join(", ", allowed.Select(Key))}, not '{key}'."));
            return;
        }

        var listWanted = test.Comparison is FactComparison.In or FactComparison.HasAny;
        if (listWanted)
        {
            if (test.Value.Kind != PolicyValueKind.List)
            {
                _problems.Add(new(valuePath, $"'{key}' takes a list of values, e.g. [\"a\", \"b\"]; got {Clip(test.Value.ToString())}."));
                return;
            }

            for (var i = 0; i < test.Value.Items.Count; i++)
            {
                Scalar(info, test.Value.Items[i], Invariant($"{valuePath}[{i}]"));
            }
        }
        else
        {
            Scalar(info, test.Value, valuePath);
        }
    }

    private void Scalar(FactInfo info, PolicyValue value, string path)
    {
        switch (info.Type)
        {
            case FactType.Boolean when value.Kind != PolicyValueKind.Boolean:
                _problems.Add(new(path, $"The fact {info.Name} is a boolean; write true or false, not {Clip(value.ToString())}."));
                break;
            case FactType.Integer when value.Kind != PolicyValueKind.Number:
                _problems.Add(new(path, $"The fact {info.Name} is a whole number; got {Clip(value.ToString())}."));
                break;
            case FactType.Date when value.Kind != PolicyValueKind.Text || !DateOnly.TryParseExact(value.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                _problems.Add(new(path, $"The fact {info.Name} is a date; write it \"yyyy-MM-dd\", not {Clip(value.ToString())}."));
                break;
            case FactType.Enum or FactType.EnumSet when value.Kind != PolicyValueKind.Text || Array.IndexOf(info.EnumNames, value.Text) < 0:
                _problems.Add(new(path, $"Unknown value {Clip(value.ToString())} for {info.Name}; expected one of {string.Join(", ", info.EnumNames)}."));
                break;
            case FactType.Text or FactType.TextSet when value.Kind != PolicyValueKind.Text:
                _problems.Add(new(path, $"The fact {info.Name} holds text; got {Clip(value.ToString())}."));
                break;
            case FactType.Text or FactType.TextSet:
                Text(value.Text!, path);
                if (info.Id is FactId.PartnerIssueAreas or FactId.PartnerTactics or FactId.EngagementTactic && Term.Explain(value.Text!, "A term") is { } problem)
                {
                    _problems.Add(new(path, problem));
                }

                break;
        }
    }

    private void Predicate(PolicyCondition.PredicateTest call, string path)
    {
        if (!predicates.TryGetValue(call.Name, out var predicate))
        {
            var known = predicates.Count == 0 ? "none are registered" : "registered: " + string.Join(", ", predicates.Keys.Order(StringComparer.Ordinal));
            _problems.Add(new(path + ".predicate", $"Unknown predicate '{Clip(call.Name)}' ({known}). Register an IEligibilityPredicate with that name."));
            return;
        }

        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in call.Arguments)
        {
            var argPath = path + ".args." + name;
            if (!given.Add(name))
            {
                _problems.Add(new(argPath, $"The argument '{Clip(name)}' is given twice."));
                continue;
            }

            var parameter = predicate.Parameters.FirstOrDefault(p => p.Name == name);
            if (parameter is null)
            {
                _problems.Add(new(argPath, $"The predicate '{predicate.Name}' has no parameter '{Clip(name)}'; its parameters: {string.Join(", ", predicate.Parameters.Select(p => p.Name))}."));
                continue;
            }

            var ok = parameter.Type switch
            {
                PredicateParameterType.Text => value.Kind == PolicyValueKind.Text,
                PredicateParameterType.Number => value.Kind == PolicyValueKind.Number,
                PredicateParameterType.Boolean => value.Kind == PolicyValueKind.Boolean,
                _ => value.Kind == PolicyValueKind.List && value.Items.All(v => v.Kind == PolicyValueKind.Text),
            };
            if (!ok)
            {
                _problems.Add(new(argPath, $"The argument '{name}' of '{predicate.Name}' must be {Describe(parameter.Type)}; got {Clip(value.ToString())}."));
            }
            else if (value.Kind == PolicyValueKind.Text)
            {
                Text(value.Text!, argPath);
            }
        }

        foreach (var parameter in predicate.Parameters)
        {
            if (!given.Contains(parameter.Name))
            {
                _problems.Add(new(path + ".args", $"The predicate '{predicate.Name}' needs the argument '{parameter.Name}' ({Describe(parameter.Type)})."));
            }
        }
    }

    private void Shadowed(EligibilityPolicy policy)
    {
        var unconditional = new List<(int Index, PolicyRule Rule)>();
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            if (policy.Rules[i] is { Effect: RuleEffect.Forbid, When: null } forbid)
            {
                unconditional.Add((i, forbid));
            }
        }

        if (unconditional.Count == 0)
        {
            return;
        }

        for (var i = 0; i < policy.Rules.Count; i++)
        {
            var rule = policy.Rules[i];
            if (rule.Effect is not (RuleEffect.Permit or RuleEffect.PermitWithConditions))
            {
                continue;
            }

            foreach (var (index, forbid) in unconditional)
            {
                if (Covers(forbid, rule))
                {
                    _problems.Add(new(Invariant($"$.rules[{i}]"), Invariant($"The permit rule '{Clip(rule.Id)}' can never take effect: the unconditional forbid rule '{Clip(forbid.Id)}' ($.rules[{index}]) always overrides it. Narrow the forbid or remove the permit.")));
                    break;
                }
            }
        }
    }

    private static bool Covers(PolicyRule forbid, PolicyRule permit)
    {
        var kinds = forbid.AppliesTo.Count == 0 || (permit.AppliesTo.Count > 0 && permit.AppliesTo.All(forbid.AppliesTo.Contains));
        var starts = forbid.EffectiveFrom is not { } ff || (permit.EffectiveFrom is { } pf && pf >= ff);
        var ends = forbid.EffectiveUntil is not { } fu || (permit.EffectiveUntil is { } pu && pu <= fu);
        return kinds && starts && ends;
    }

    /// <summary>Whether the condition can take the value <paramref name="wanted"/> for some input (a sound over-approximation).</summary>
    internal static bool CanBe(PolicyCondition condition, bool wanted) => condition switch
    {
        PolicyCondition.AllOf all => wanted ? all.Parts.All(p => CanBe(p, true)) && EnumTestsMeet(all.Parts) : all.Parts.Any(p => CanBe(p, false)),
        PolicyCondition.AnyOf any => wanted ? any.Parts.Any(p => CanBe(p, true)) : any.Parts.All(p => CanBe(p, false)),
        PolicyCondition.Negation not => CanBe(not.Part, !wanted),
        PolicyCondition.FactTest { Comparison: FactComparison.In or FactComparison.HasAny } test => !wanted || test.Value.Items.Count > 0,
        _ => true,
    };

    private static bool EnumTestsMeet(IReadOnlyList<PolicyCondition> parts)
    {
        // Two "in" tests of one single-valued enum fact in the same all(...) must share a value.
        var masks = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (part is PolicyCondition.FactTest { Comparison: FactComparison.In or FactComparison.Is } test
                && FactCatalog.ByName.TryGetValue(test.Fact, out var info) && info.Type == FactType.Enum)
            {
                var mask = EnumMask(info, test.Comparison == FactComparison.Is ? [test.Value] : test.Value.Items);
                masks[test.Fact] = masks.TryGetValue(test.Fact, out var existing) ? existing & mask : mask;
            }
        }

        return masks.Values.All(m => m != 0);
    }

    internal static ulong EnumMask(FactInfo info, IReadOnlyList<PolicyValue> values)
    {
        var mask = 0UL;
        foreach (var value in values)
        {
            var index = Array.IndexOf(info.EnumNames, value.Text);
            if (index >= 0)
            {
                mask |= 1UL << index;
            }
        }

        return mask;
    }

    internal static FactComparison[] Allowed(FactType type) => type switch
    {
        FactType.Boolean => [FactComparison.Is],
        FactType.Integer or FactType.Date => [FactComparison.Is, FactComparison.AtLeast, FactComparison.AtMost],
        FactType.Text or FactType.Enum => [FactComparison.Is, FactComparison.In],
        _ => [FactComparison.Has, FactComparison.HasAny],
    };

    internal static string Key(FactComparison comparison) => comparison switch
    {
        FactComparison.Is => "is",
        FactComparison.In => "in",
        FactComparison.Has => "has",
        FactComparison.HasAny => "hasAny",
        FactComparison.AtLeast => "atLeast",
        _ => "atMost",
    };

    private static string Describe(PredicateParameterType type) => type switch
    {
        PredicateParameterType.Text => "a text",
        PredicateParameterType.Number => "a whole number",
        PredicateParameterType.Boolean => "true or false",
        _ => "a list of texts",
    };

    private void Text(string text, string path)
    {
        if (text.Length > limits.MaxTextLength)
        {
            _problems.Add(new(path, Invariant($"The text is {text.Length} characters long; at most {limits.MaxTextLength} are accepted.")));
        }
    }

    private static string Clip(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
