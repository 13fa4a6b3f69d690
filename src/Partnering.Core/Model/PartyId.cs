using System;
using System.Diagnostics.CodeAnalysis;

namespace Partnering.Core;

/// <summary>
/// The stable identifier of a party in a chapter's workspace: the chapter itself, a member, an
/// organization or an individual. Ids are compared ordinally (case matters) and are unique within
/// one workspace whatever kind of party they name.
/// </summary>
/// <remarks>
/// An id is 1 to 128 characters drawn from ASCII letters, digits and <c>- _ . :</c>. The default
/// value (<c>default(PartyId)</c>) is not a valid id; <see cref="IsEmpty"/> tells it apart.
/// </remarks>
public readonly record struct PartyId : IComparable<PartyId>
{
    /// <summary>The longest id accepted, in characters.</summary>
    public const int MaxLength = 128;

    private readonly string? _value;

    /// <summary>Creates an id.</summary>
    /// <param name="value">The id text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the id rules; the message says which.</exception>
    public PartyId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Explain(value) is { } problem)
        {
            throw new ArgumentException(problem, nameof(value));
        }

        _value = value;
    }

    /// <summary>The id text; the empty string for <c>default(PartyId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is the default, empty value that names no party.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Parses an id, returning <see langword="false"/> when the text breaks the id rules.</summary>
    /// <param name="value">The candidate id text.</param>
    /// <param name="id">The id when valid.</param>
    /// <returns>Whether the text is a valid id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out PartyId id)
    {
        if (value is null || Explain(value) is not null)
        {
            id = default;
            return false;
        }

        id = new PartyId(value);
        return true;
    }

    /// <summary>Says what is wrong with a candidate id, or returns <see langword="null"/> when it is valid.</summary>
    /// <param name="value">The candidate id text.</param>
    /// <returns>A plain sentence naming the rule broken, or <see langword="null"/>.</returns>
    public static string? Explain(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return "An id must not be empty.";
        }

        if (value.Length > MaxLength)
        {
            return $"An id must be at most {MaxLength} characters; got {value.Length}.";
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                return $"An id may contain only ASCII letters, digits and - _ . : ; '{value}' contains '{c}'.";
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public int CompareTo(PartyId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(PartyId left, PartyId right) => left.CompareTo(right) < 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(PartyId left, PartyId right) => left.CompareTo(right) > 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(PartyId left, PartyId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(PartyId left, PartyId right) => left.CompareTo(right) >= 0;

    /// <summary>Converts text to an id.</summary>
    /// <param name="value">The id text.</param>
    public static explicit operator PartyId(string value) => new(value);

    /// <summary>The id text.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value;
}
