using System;
using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Internal;

namespace Partnering.Core;

/// <summary>
/// One problem found in a document (a workspace, a policy, a ladder...) or in a value checked before use
/// (<c>IPolicyCompiler.Validate</c>, <c>TierLadder.Validate</c>): where it is, as the JSON path the value
/// has in its document, such as <c>$.partners[3].kind</c>, and what is wrong, in a plain sentence.
/// </summary>
/// <remarks>
/// Shared by the capabilities' checks and the documents layer's loaders, so it lives in the root
/// namespace with the model and depends on nothing.
/// </remarks>
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
