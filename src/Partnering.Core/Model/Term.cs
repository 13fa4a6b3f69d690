using System;
using System.Globalization;
using System.Text;

namespace Partnering.Core;

/// <summary>
/// Normalizes the words of open vocabularies (issue areas, tactics, tags): trimmed, lower case,
/// runs of spaces and underscores turned into one hyphen. "Health Care" and "health-care" are one term.
/// </summary>
internal static class Term
{
    public const int MaxLength = 100;

    public static string Normalize(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Explain(text, what) is { } problem)
        {
            throw new ArgumentException(problem, nameof(text));
        }

        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Trim())
        {
            if (c is ' ' or '_' or '-' || char.IsWhiteSpace(c))
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    public static string? Explain(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Trim('-', '_').Length == 0)
        {
            return $"{what} must contain a letter or digit; got '{text}'.";
        }

        if (trimmed.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{what} must be at most {MaxLength} characters; got {trimmed.Length}.");
        }

        foreach (var c in trimmed)
        {
            if (char.IsControl(c))
            {
                return $"{what} must not contain control characters.";
            }
        }

        return null;
    }
}

/// <summary>
/// An issue area a chapter or partner works on (climate, health care...). The set is open: applications
/// may use any term. Terms are normalized (see <see cref="Name"/>) so spelling variants compare equal.
/// </summary>
public readonly record struct IssueArea : IComparable<IssueArea>
{
    private readonly string? _name;

    /// <summary>Creates an issue area from a term such as "Health care".</summary>
    /// <param name="name">The term; normalized to lower case with hyphens.</param>
    /// <exception cref="ArgumentException">The term is blank, too long or holds control characters.</exception>
    public IssueArea(string name) => _name = Term.Normalize(name, "An issue area");

    /// <summary>The normalized term, e.g. <c>health-care</c>.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Climate and environment.</summary>
    public static IssueArea Climate { get; } = new("climate");

    /// <summary>Health care access.</summary>
    public static IssueArea HealthCare { get; } = new("health-care");

    /// <summary>Gun-violence prevention.</summary>
    public static IssueArea GunViolencePrevention { get; } = new("gun-violence-prevention");

    /// <summary>Immigration and immigrant rights.</summary>
    public static IssueArea Immigration { get; } = new("immigration");

    /// <summary>Public education.</summary>
    public static IssueArea Education { get; } = new("education");

    /// <summary>Voting rights and democracy.</summary>
    public static IssueArea VotingRights { get; } = new("voting-rights");

    /// <summary>Housing.</summary>
    public static IssueArea Housing { get; } = new("housing");

    /// <summary>Workers' rights and labor.</summary>
    public static IssueArea Labor { get; } = new("labor");

    /// <inheritdoc/>
    public int CompareTo(IssueArea other) => string.CompareOrdinal(Name, other.Name);

    /// <summary>Orders issue areas by name.</summary>
    /// <param name="left">Left.</param><param name="right">Right.</param>
    /// <returns>Whether left sorts first.</returns>
    public static bool operator <(IssueArea left, IssueArea right) => left.CompareTo(right) < 0;

    /// <summary>Orders issue areas by name.</summary>
    /// <param name="left">Left.</param><param name="right">Right.</param>
    /// <returns>Whether left sorts last.</returns>
    public static bool operator >(IssueArea left, IssueArea right) => left.CompareTo(right) > 0;

    /// <summary>Orders issue areas by name.</summary>
    /// <param name="left">Left.</param><param name="right">Right.</param>
    /// <returns>Whether left sorts first or equal.</returns>
    public static bool operator <=(IssueArea left, IssueArea right) => left.CompareTo(right) <= 0;

    /// <summary>Orders issue areas by name.</summary>
    /// <param name="left">Left.</param><param name="right">Right.</param>
    /// <returns>Whether left sorts last or equal.</returns>
    public static bool operator >=(IssueArea left, IssueArea right) => left.CompareTo(right) >= 0;

    /// <summary>The normalized term.</summary>
    /// <returns>The term.</returns>
    public override string ToString() => Name;
}

/// <summary>
/// A tactic: a way of applying pressure or doing joint work (petition, town-hall questions, rally,
/// disruption...). The set is open; terms are normalized like <see cref="IssueArea"/>.
/// </summary>
public readonly record struct Tactic : IComparable<Tactic>
{
    private readonly string? _name;

    /// <summary>Creates a tactic from a term such as "Town hall disruption".</summary>
    /// <param name="name">The term; normalized to lower case with hyphens.</param>
    /// <exception cref="ArgumentException">The term is blank, too long or holds control characters.</exception>
    public Tactic(string name) => _name = Term.Normalize(name, "A tactic");

    /// <summary>The normalized term, e.g. <c>town-hall-disruption</c>.</summary>
    public string Name => _name ?? string.Empty;

    /// <inheritdoc/>
    public int CompareTo(Tactic other) => string.CompareOrdinal(Name, other.Name);

    /// <summary>Orders tactics by name.</summary>
    /// <param name="left">Left.</param><param name="right">Right.</param>
    /// <returns>Whether left sorts first.</returns>
    public static bool operator <(Tactic left, Tactic right) => left.CompareTo(right) < 0;

    /// <summary>Orders tactics by name.</summary>
    /// <param name="left">Left.</param><param name="right">Right.</param>
    /// <returns>Whether left sorts last.</returns>
    public static bool operator >(Tactic left, Tactic right) => left.CompareTo(right) > 0;

    /// <summary>Orders tactics by name.</summary>
    /// <param name="left">Left.</param><param name="right">Right.</param>
    /// <returns>Whether left sorts first or equal.</returns>
    public static bool operator <=(Tactic left, Tactic right) => left.CompareTo(right) <= 0;

    /// <summary>Orders tactics by name.</summary>
    /// <param name="left">Left.</param><param name="right">Right.</param>
    /// <returns>Whether left sorts last or equal.</returns>
    public static bool operator >=(Tactic left, Tactic right) => left.CompareTo(right) >= 0;

    /// <summary>The normalized term.</summary>
    /// <returns>The term.</returns>
    public override string ToString() => Name;
}
