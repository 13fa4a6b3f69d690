using System;
using System.Collections.Generic;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

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
