using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Eligibility;

/// <summary>What a rule does when its condition holds. Stricter effects win.</summary>
public enum RuleEffect
{
    /// <summary>Permits the engagement.</summary>
    Permit,

    /// <summary>Permits the engagement with conditions to honour.</summary>
    PermitWithConditions,

    /// <summary>Sends the engagement to reviewers before it goes ahead.</summary>
    Review,

    /// <summary>Forbids the engagement.</summary>
    Forbid,
}

/// <summary>
/// An eligibility policy: an id, a version and rules. Policies are data (loaded and saved by <c>PolicyDocument</c> in <c>Partnering.Core.Documents</c>);
/// validate and compile one with <see cref="IPolicyCompiler"/> before use. Rule order never matters.
/// </summary>
public sealed record EligibilityPolicy
{
    /// <summary>The policy's id (e.g. "partnering.builtin").</summary>
    public required string Id { get; init => field = Guard.NotBlank(value); }

    /// <summary>The policy's version, as the chapter writes it (e.g. "2026-01" or "3").</summary>
    public required string Version { get; init => field = Guard.NotBlank(value); }

    /// <summary>The rules, in any order.</summary>
    public IReadOnlyList<PolicyRule> Rules { get; init => field = Guard.List(value); } = ValueList<PolicyRule>.Empty;

    /// <summary>
    /// What answers when no rule permits and none forbids (document field <c>"whenNothingPermits"</c>): a
    /// review rule with no condition, e.g. "when in doubt, ask your point of contact" (seed 000). The
    /// outcome is then <see cref="EligibilityOutcome.Review"/> with its reviewers instead of
    /// <see cref="EligibilityOutcome.NotPermitted"/>. <see langword="null"/> (the default) keeps NotPermitted.
    /// </summary>
    public PolicyRule? WhenNothingPermits { get; init; }

    /// <summary>What the policy is and for whom, shown at the head of every explanation (document field <c>"description"</c>).</summary>
    public string? Description { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

    /// <summary>
    /// Extends this policy with a chapter's own rules: a rule whose id matches one here replaces it, the
    /// others are added. The result takes the id and version of <paramref name="overrides"/>, and its
    /// <see cref="WhenNothingPermits"/> and <see cref="Description"/> when it has them (this policy's otherwise).
    /// </summary>
    /// <param name="overrides">The chapter's policy.</param>
    /// <returns>The merged policy.</returns>
    public EligibilityPolicy ExtendWith(EligibilityPolicy overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var replacing = new Dictionary<string, PolicyRule>(StringComparer.Ordinal);
        foreach (var rule in overrides.Rules)
        {
            replacing[rule.Id] = rule;
        }

        var merged = new List<PolicyRule>(Rules.Count + overrides.Rules.Count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            if (replacing.TryGetValue(rule.Id, out var replacement))
            {
                if (used.Add(rule.Id))
                {
                    merged.Add(replacement);
                }
            }
            else
            {
                merged.Add(rule);
            }
        }

        merged.AddRange(overrides.Rules.Where(r => !used.Contains(r.Id)));
        return overrides with
        {
            Rules = merged,
            WhenNothingPermits = overrides.WhenNothingPermits ?? WhenNothingPermits,
            Description = overrides.Description ?? Description,
        };
    }

    /// <summary>A short description for test output: id, version and rule ids.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id}@{Version} [{string.Join(", ", Rules.Select(r => r.ToString()))}]"
        + (WhenNothingPermits is { } fallback ? $" else {fallback.Id}:{fallback.Effect}" : string.Empty);
}

/// <summary>
/// One rule of a policy: when <see cref="When"/> holds for an engagement of a kind in
/// <see cref="AppliesTo"/>, on a date inside the effective window, the rule has its <see cref="Effect"/>.
/// </summary>
public sealed record PolicyRule
{
    /// <summary>The rule's id, unique in its policy; chapters override built-in rules by id.</summary>
    public required string Id { get; init => field = Guard.NotBlank(value); }

    /// <summary>What the rule does when it applies.</summary>
    public required RuleEffect Effect { get; init; }

    /// <summary>The engagement kinds it judges; empty means every kind.</summary>
    public IReadOnlyList<EngagementKind> AppliesTo { get; init => field = Guard.List(value); } = ValueList<EngagementKind>.Empty;

    /// <summary>The condition; <see langword="null"/> means the rule applies to every engagement it judges.</summary>
    public PolicyCondition? When { get; init; }

    /// <summary>Why, in a plain sentence, shown in every explanation.</summary>
    public required string Reason { get; init => field = Guard.NotBlank(value); }

    /// <summary>The guidance the rule comes from (a document name), shown in explanations.</summary>
    public string? Source { get; init; }

    /// <summary>The first engagement day the rule judges; earlier engagements are not judged by it.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>The last engagement day the rule judges.</summary>
    public DateOnly? EffectiveUntil { get; init; }

    /// <summary>For review rules: who must look.</summary>
    public IReadOnlyList<string> Reviewers { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>For conditional permits: what to honour.</summary>
    public IReadOnlyList<string> Conditions { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;

    /// <summary>The rule as <c>id:effect when condition</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id}:{Effect}{(AppliesTo.Count > 0 ? "[" + string.Join(",", AppliesTo) + "]" : string.Empty)} when {When?.ToString() ?? "always"}";
}

/// <summary>
/// A condition of a rule: a closed, typed tree of <see cref="AllOf"/>, <see cref="AnyOf"/>,
/// <see cref="Negation"/>, fact tests (<see cref="FactTest"/>) and named predicates (<see cref="PredicateTest"/>).
/// There are no expression strings; evaluation always terminates.
/// </summary>
public abstract record PolicyCondition
{
    private protected PolicyCondition()
    {
    }

    /// <summary>Holds when every part holds.</summary>
    public sealed record AllOf : PolicyCondition
    {
        /// <summary>The parts; at least one.</summary>
        public required IReadOnlyList<PolicyCondition> Parts { get; init => field = Guard.List(value); }

        /// <inheritdoc/>
        public override string ToString() => "all(" + string.Join(", ", Parts) + ")";
    }

    /// <summary>Holds when at least one part holds.</summary>
    public sealed record AnyOf : PolicyCondition
    {
        /// <summary>The parts; at least one.</summary>
        public required IReadOnlyList<PolicyCondition> Parts { get; init => field = Guard.List(value); }

        /// <inheritdoc/>
        public override string ToString() => "any(" + string.Join(", ", Parts) + ")";
    }

    /// <summary>Holds when its part does not.</summary>
    public sealed record Negation : PolicyCondition
    {
        /// <summary>The negated part.</summary>
        public required PolicyCondition Part { get; init => field = Guard.NotNull(value); }

        /// <inheritdoc/>
        public override string ToString() => $"not({Part})";
    }

    /// <summary>Tests one fact (see the fact list in the documentation), e.g. <c>{"fact": "partner.kind", "in": ["partyClub"]}</c>.</summary>
    public sealed record FactTest : PolicyCondition
    {
        /// <summary>The fact's name, e.g. <c>partner.partisanNature</c>.</summary>
        public required string Fact { get; init => field = Guard.NotBlank(value); }

        /// <summary>The comparison.</summary>
        public required FactComparison Comparison { get; init; }

        /// <summary>The value compared with: a scalar, or a list for <see cref="FactComparison.In"/> and <see cref="FactComparison.HasAny"/>.</summary>
        public required PolicyValue Value { get; init => field = Guard.NotNull(value); }

        /// <inheritdoc/>
        public override string ToString() => $"{Fact} {Comparison} {Value}";
    }

    /// <summary>Calls a named predicate registered by the application (<see cref="IEligibilityPredicate"/>).</summary>
    public sealed record PredicateTest : PolicyCondition
    {
        /// <summary>The predicate's name.</summary>
        public required string Name { get; init => field = Guard.NotBlank(value); }

        /// <summary>The arguments by name, in document order.</summary>
        public IReadOnlyList<KeyValuePair<string, PolicyValue>> Arguments { get; init => field = Guard.List(value); } = ValueList<KeyValuePair<string, PolicyValue>>.Empty;

        /// <inheritdoc/>
        public override string ToString() => $"{Name}({string.Join(", ", Arguments.Select(a => a.Key + "=" + a.Value))})";
    }
}

/// <summary>How a <see cref="PolicyCondition.FactTest"/> compares its fact with its value.</summary>
public enum FactComparison
{
    /// <summary>The fact equals the value (JSON key <c>is</c>).</summary>
    Is,

    /// <summary>The fact is one of the listed values (JSON key <c>in</c>).</summary>
    In,

    /// <summary>The fact, a set, contains the value (JSON key <c>has</c>).</summary>
    Has,

    /// <summary>The fact, a set, contains at least one of the listed values (JSON key <c>hasAny</c>).</summary>
    HasAny,

    /// <summary>The fact, a number or date, is at least the value (JSON key <c>atLeast</c>).</summary>
    AtLeast,

    /// <summary>The fact, a number or date, is at most the value (JSON key <c>atMost</c>).</summary>
    AtMost,
}

/// <summary>The kind of a <see cref="PolicyValue"/>.</summary>
public enum PolicyValueKind
{
    /// <summary>A string (also enum names and dates written <c>yyyy-MM-dd</c>).</summary>
    Text,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A list of scalar values.</summary>
    List,
}

/// <summary>A value in a policy document: a string, a whole number, a boolean, or a list of those. Equality is by value.</summary>
public sealed record PolicyValue
{
    private PolicyValue(PolicyValueKind kind, string? text, long integer, bool boolean, IReadOnlyList<PolicyValue> items)
    {
        Kind = kind;
        Text = text;
        Number = integer;
        Boolean = boolean;
        Items = items;
    }

    /// <summary>What kind of value it is.</summary>
    public PolicyValueKind Kind { get; }

    /// <summary>The text, for <see cref="PolicyValueKind.Text"/>.</summary>
    public string? Text { get; }

    /// <summary>The number, for <see cref="PolicyValueKind.Number"/>.</summary>
    public long Number { get; }

    /// <summary>The boolean, for <see cref="PolicyValueKind.Boolean"/>.</summary>
    public bool Boolean { get; }

    /// <summary>The items, for <see cref="PolicyValueKind.List"/>; empty otherwise.</summary>
    public IReadOnlyList<PolicyValue> Items { get; }

    /// <summary>A text value.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    public static PolicyValue Of(string text) => new(PolicyValueKind.Text, Guard.NotNull(text), 0, false, ValueList<PolicyValue>.Empty);

    /// <summary>A number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The value.</returns>
    public static PolicyValue Of(long number) => new(PolicyValueKind.Number, null, number, false, ValueList<PolicyValue>.Empty);

    /// <summary>A boolean.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns>The value.</returns>
    public static PolicyValue Of(bool value) => new(PolicyValueKind.Boolean, null, 0, value, ValueList<PolicyValue>.Empty);

    /// <summary>A list of texts (enum names, terms...).</summary>
    /// <param name="texts">The texts.</param>
    /// <returns>The value.</returns>
    public static PolicyValue List(params string[] texts) => ListOf(Guard.NotNull(texts).Select(Of));

    /// <summary>A list of values.</summary>
    /// <param name="items">The items; scalars only.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">An item is itself a list.</exception>
    public static PolicyValue ListOf(IEnumerable<PolicyValue> items)
    {
        var list = Guard.List(items);
        return list.Any(i => i.Kind == PolicyValueKind.List)
            ? throw new ArgumentException("A list in a policy holds scalar values only (text, numbers, booleans), not lists.", nameof(items))
            : new PolicyValue(PolicyValueKind.List, null, 0, false, list);
    }

    /// <summary>The value as JSON text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        PolicyValueKind.Text => Quoted(Text!),
        PolicyValueKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        PolicyValueKind.Boolean => Boolean ? "true" : "false",
        _ => "[" + string.Join(",", Items) + "]",
    };

    /// <summary>Text in double quotes, with quotes, backslashes and control characters escaped as a JSON string would write them.</summary>
    private static string Quoted(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
