using System;
using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

/// <summary>
/// One problem found in a JSON document (a workspace, a policy, a ladder...): where it is, as a JSON
/// path such as <c>$.partners[3].kind</c>, and what is wrong, in a plain sentence.
/// </summary>
/// <param name="Path">The JSON path of the offending value (<c>$</c> for the whole document).</param>
/// <param name="Message">What is wrong and, where it helps, what was expected.</param>
public sealed record DocumentProblem(string Path, string Message)
{
    /// <summary>The problem as <c>path: message</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>A document could not be used; <see cref="Problems"/> lists every problem found, each with its JSON path.</summary>
public sealed class InvalidDocumentException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="what">What kind of document (e.g. "workspace", "policy").</param>
    /// <param name="problems">The problems; at least one.</param>
    public InvalidDocumentException(string what, IEnumerable<DocumentProblem> problems)
        : base(Describe(what, problems as IReadOnlyList<DocumentProblem> ?? [.. problems]))
        => Problems = ValueList<DocumentProblem>.From(problems);

    /// <summary>Creates the exception with a message only.</summary>
    public InvalidDocumentException()
        : this("document", [new DocumentProblem("$", "The document is invalid.")])
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public InvalidDocumentException(string message)
        : base(message)
        => Problems = ValueList<DocumentProblem>.From([new DocumentProblem("$", message)]);

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidDocumentException(string message, Exception innerException)
        : base(message, innerException)
        => Problems = ValueList<DocumentProblem>.From([new DocumentProblem("$", message)]);

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<DocumentProblem> Problems { get; }

    private static string Describe(string what, IReadOnlyList<DocumentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        const int Shown = 10;
        var lines = problems.Take(Shown).Select(p => "  " + p);
        var more = problems.Count > Shown ? $"{Environment.NewLine}  ...and {problems.Count - Shown} more." : string.Empty;
        return $"The {what} document has {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}

/// <summary>
/// The result of loading a document: the value, or the problems that kept it from loading. A load never
/// half-succeeds: when <see cref="Problems"/> is not empty, there is no value.
/// </summary>
/// <typeparam name="T">The loaded model type.</typeparam>
public sealed class DocumentLoadResult<T>
    where T : class
{
    private readonly T? _value;
    private readonly string _what;

    internal DocumentLoadResult(T? value, IReadOnlyList<DocumentProblem> problems, string what)
    {
        _value = value;
        Problems = problems;
        _what = what;
    }

    /// <summary>Whether the document loaded.</summary>
    public bool Succeeded => _value is not null;

    /// <summary>The loaded value, or <see langword="null"/> when the load failed.</summary>
    public T? Value => _value;

    /// <summary>The problems found; empty when the load succeeded.</summary>
    public IReadOnlyList<DocumentProblem> Problems { get; }

    /// <summary>The loaded value.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidDocumentException">The load failed; the exception lists the problems.</exception>
    public T GetValueOrThrow() => _value ?? throw new InvalidDocumentException(_what, Problems);
}

/// <summary>Creates <see cref="DocumentLoadResult{T}"/> values (the readers' own factory: a result always comes from a load).</summary>
internal static class DocumentLoadResult
{
    /// <summary>A successful load.</summary>
    /// <typeparam name="T">The loaded model type.</typeparam>
    /// <param name="value">The loaded value.</param>
    /// <returns>The result.</returns>
    public static DocumentLoadResult<T> Success<T>(T value)
        where T : class
        => new(Guard.NotNull(value), ValueList<DocumentProblem>.Empty, "document");

    /// <summary>A failed load.</summary>
    /// <typeparam name="T">The model type that did not load.</typeparam>
    /// <param name="what">What kind of document, for messages (e.g. "workspace").</param>
    /// <param name="problems">The problems; at least one.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public static DocumentLoadResult<T> Failure<T>(string what, IEnumerable<DocumentProblem> problems)
        where T : class
    {
        var list = ValueList<DocumentProblem>.From(Guard.NotNull(problems));
        return list.Count == 0
            ? throw new ArgumentException("A failed load must name at least one problem.", nameof(problems))
            : new DocumentLoadResult<T>(null, list, what);
    }
}
