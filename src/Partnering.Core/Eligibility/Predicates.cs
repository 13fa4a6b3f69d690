using System;
using System.Collections.Generic;
using Partnering.Core.Internal;

namespace Partnering.Core.Eligibility;

/// <summary>
/// A named condition an application adds in C#: policies call it with
/// <c>{"predicate": "name", "args": {...}}</c>. Register implementations with
/// <c>services.TryAddEnumerable(ServiceDescriptor.Singleton&lt;IEligibilityPredicate, MyPredicate&gt;())</c>;
/// validation checks every call against <see cref="Name"/> and <see cref="Parameters"/>.
/// </summary>
/// <remarks>Implementations must be thread-safe, must not throw, and should not allocate on the hot path.</remarks>
public interface IEligibilityPredicate
{
    /// <summary>The name policies use (letters, digits, dots, hyphens; unique among registered predicates).</summary>
    string Name { get; }

    /// <summary>The parameters, all required, with their types.</summary>
    IReadOnlyList<PredicateParameter> Parameters { get; }

    /// <summary>Evaluates the predicate.</summary>
    /// <param name="input">The engagement, chapter, partner and member being judged.</param>
    /// <param name="arguments">The arguments, already checked against <see cref="Parameters"/>.</param>
    /// <returns>Whether it holds, or <see langword="null"/> when a fact it needs is missing (the rule then goes to review).</returns>
    bool? Evaluate(in PredicateInput input, PredicateArguments arguments);
}

/// <summary>The type of a predicate parameter.</summary>
public enum PredicateParameterType
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A list of strings.</summary>
    TextList,
}

/// <summary>A parameter of a named predicate.</summary>
/// <param name="Name">The argument's name in policies.</param>
/// <param name="Type">Its type.</param>
public sealed record PredicateParameter(string Name, PredicateParameterType Type);

/// <summary>What a predicate may read: the engagement, the chapter, the partner being judged and the member acting.</summary>
public readonly struct PredicateInput
{
    internal PredicateInput(in Subject subject)
    {
        Chapter = subject.Chapter;
        Engagement = subject.Engagement;
        Partner = subject.Partner;
        Member = subject.Member;
    }

    /// <summary>The chapter.</summary>
    public Chapter Chapter { get; }

    /// <summary>The engagement.</summary>
    public Engagement Engagement { get; }

    /// <summary>The partner judged, or <see langword="null"/> when it is not in the directory or none is named.</summary>
    public Partner? Partner { get; }

    /// <summary>The member acting for the chapter, when named and found.</summary>
    public Member? Member { get; }
}

/// <summary>The arguments of one predicate call, checked against the predicate's parameters when the policy compiled.</summary>
public sealed class PredicateArguments
{
    private readonly Dictionary<string, PolicyValue> _values;

    internal PredicateArguments(Dictionary<string, PolicyValue> values) => _values = values;

    /// <summary>A text argument.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">No such parameter.</exception>
    public string GetText(string name) => Get(name).Text ?? throw Wrong(name, "text");

    /// <summary>A whole-number argument.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The number.</returns>
    /// <exception cref="KeyNotFoundException">No such parameter.</exception>
    public long GetNumber(string name) => Get(name) is { Kind: PolicyValueKind.Number } v ? v.Number : throw Wrong(name, "integer");

    /// <summary>A boolean argument.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The boolean.</returns>
    /// <exception cref="KeyNotFoundException">No such parameter.</exception>
    public bool GetBoolean(string name) => Get(name) is { Kind: PolicyValueKind.Boolean } v ? v.Boolean : throw Wrong(name, "boolean");

    /// <summary>A text-list argument.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The texts.</returns>
    /// <exception cref="KeyNotFoundException">No such parameter.</exception>
    public IReadOnlyList<string> GetTextList(string name)
    {
        var value = Get(name);
        if (value.Kind != PolicyValueKind.List)
        {
            throw Wrong(name, "text list");
        }

        var texts = new string[value.Items.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = value.Items[i].Text ?? throw Wrong(name, "text list");
        }

        return ValueList<string>.Wrap(texts);
    }

    private PolicyValue Get(string name)
        => _values.TryGetValue(Guard.NotNull(name), out var value) ? value : throw new KeyNotFoundException($"The predicate has no argument named '{name}'.");

    private static InvalidOperationException Wrong(string name, string type) => new($"The argument '{name}' is not a {type}.");
}
