using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

/// <summary>
/// Reading a document (or a section in place) through the one source-generated context: the
/// serializer fails only on JSON syntax and wrong JSON types, and such a failure becomes one
/// <see cref="DocumentProblem"/> at the path where it happened, in the shared wording.
/// </summary>
internal static class DtoInput
{
    /// <summary>A JSON Schema embedded in the assembly (the same files ship in the package's <c>schemas</c> folder).</summary>
    public static string Schema(string fileName) => Resource("Partnering.Core.Schemas." + fileName);

    /// <summary>A text resource embedded in the assembly.</summary>
    public static string Resource(string name)
    {
        using var stream = typeof(DtoInput).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from the assembly; the build that produced it is broken.");
        using var reader = new System.IO.StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Deserializes a whole stand-alone document that <see cref="JsonInput.Check"/> has accepted.
    /// Returns <see langword="null"/> with a problem added when it cannot (the literal null, a wrong
    /// JSON type anywhere).
    /// </summary>
    public static T? Read<T>(ReadOnlySpan<byte> utf8, Func<WorkspaceJsonContext, JsonTypeInfo<T>> type, DocumentLimits limits, string what, List<DocumentProblem> problems, bool allowComments = false)
        where T : class
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth, CommentHandling = allowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow });
            var first = reader;
            if (first.Read() && first.TokenType is not (JsonTokenType.StartObject or JsonTokenType.Null))
            {
                // Named as the workspace names it (the input check has refused anything that is not JSON).
                problems.Add(new DocumentProblem("$", ProblemText.NotAnObject(first.TokenType, $"a {what} is an object")));
                return null;
            }

            var dto = JsonSerializer.Deserialize(ref reader, type(ContextFor(limits.MaxDepth)));
            if (dto is null)
            {
                problems.Add(new DocumentProblem("$", $"The document is the JSON literal null; a {what} is an object."));
            }

            return dto;
        }
        catch (JsonException e)
        {
            problems.Add(JsonProblem(e, "$", utf8, limits, allowComments));
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            problems.Add(new DocumentProblem("$", $"The document could not be read: {e.Message}"));
        }

        return null;
    }

    private static readonly ConcurrentDictionary<int, WorkspaceJsonContext> Contexts = new();

    /// <summary>The serializer context whose options carry the depth limit (the default context for the default 64).</summary>
    public static WorkspaceJsonContext ContextFor(int maxDepth)
    {
        if (maxDepth == DocumentLimits.Default.MaxDepth)
        {
            return WorkspaceJsonContext.Default;
        }

        if (Contexts.TryGetValue(maxDepth, out var cached))
        {
            return cached;
        }

        var context = new WorkspaceJsonContext(new JsonSerializerOptions(WorkspaceJsonContext.Default.Options) { MaxDepth = maxDepth });
        return Contexts.Count < 16 ? Contexts.GetOrAdd(maxDepth, context) : context;
    }

    public static DocumentProblem JsonProblem(JsonException e, string at, ReadOnlySpan<byte> utf8, DocumentLimits limits, bool allowComments = false, long valueStart = 0)
    {
        var where = JsonInput.Where(e, utf8, valueStart);

        // Inside a kept unknown value the serializer's path stops at the field that holds it; the
        // input check finds the repeated field itself.
        // (A dictionary, such as a predicate's "args", says "Duplicate properties not allowed" without the name.)
        if (e.Message.StartsWith("Duplicate propert", StringComparison.Ordinal)
            && JsonInput.Check(utf8, limits, allowComments: allowComments, duplicates: true) is [var duplicate, ..])
        {
            return new DocumentProblem(duplicate.Path, duplicate.Message + where);
        }

        // The serializer's path is relative to the value it was reading, which is at `at`. (Syntax
        // errors and too deep a nesting never reach here: the input check refused them first.)
        var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? at : at + e.Path[1..];
        return new DocumentProblem(path, Plain(e.Message) + where);
    }

    /// <summary>The serializer's message without its own path and position suffix, in plainer words for type errors.</summary>
    public static string Plain(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        const string Duplicate = "Duplicate property '";
        if (message.StartsWith(Duplicate, StringComparison.Ordinal) && message.IndexOf('\'', Duplicate.Length) is var end and > 0)
        {
            return ProblemText.Duplicate(message[Duplicate.Length..end]);
        }

        const string Prefix = "The JSON value could not be converted to ";
        if (message.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var type = message[Prefix.Length..].TrimEnd('.');

            // A whole-number field refuses 60.0, 6e1 and 3000000000 too: JSON numbers, so not "another JSON type".
            return type.Contains("Int32", StringComparison.Ordinal) && !type.Contains("List", StringComparison.Ordinal)
                ? ProblemText.Expected(WholeNumber, "another value")
                : ProblemText.WrongType(Expected(type));
        }

        return message.TrimEnd();
    }

    private const string WholeNumber = "a whole number (no decimal point or exponent, at most 2,147,483,647 either way)";

    private static string Expected(string type) => type switch
    {
        _ when type.Contains("Dictionary", StringComparison.Ordinal) => "an object",
        _ when type.Contains("String", StringComparison.Ordinal) && !type.Contains("List", StringComparison.Ordinal) => "a string",
        _ when type.Contains("Int32", StringComparison.Ordinal) && !type.Contains("List", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Double", StringComparison.Ordinal) => "a number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("List", StringComparison.Ordinal) => "an array",
        _ => "an object",
    };
}

/// <summary>
/// A stand-alone document kind, loaded the one way: the size limit, the input check, one deserialization into <typeparamref name="TDto"/>, then
/// <see cref="Map"/> from the root. A ladder document allows comments and refuses a field written twice in
/// the input check. <see cref="Noun"/> names the document in its problems when that differs from <see cref="What"/>.
/// </summary>
internal sealed record DtoDocument<TDto, T>(string What, Func<WorkspaceJsonContext, JsonTypeInfo<TDto>> Type, Func<TDto, string, List<DocumentProblem>, T?> Map, bool Ladder = false, string? Noun = null)
    where TDto : class
    where T : class
{
    public DocumentLoadResult<T> Load(string json, DocumentLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= DocumentLimits.Default;
        return JsonInput.FromText(json, limits, Fail, utf8 => Parse(utf8, limits));
    }

    public DocumentLoadResult<T> Load(Stream utf8Json, DocumentLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits ??= DocumentLimits.Default;
        return JsonInput.FromStream(utf8Json, limits, Fail, utf8 => Parse(utf8, limits));
    }

    private DocumentLoadResult<T> Fail(DocumentProblem problem) => DocumentLoadResult.Failure<T>(What, [problem]);

    private DocumentLoadResult<T> Parse(ReadOnlySpan<byte> bytes, DocumentLimits limits)
    {
        var utf8 = JsonInput.WithoutBom(bytes);
        if (JsonInput.Check(utf8, limits, allowComments: Ladder, duplicates: Ladder) is { Count: > 0 } refused)
        {
            return JsonInput.Failure<T>(What, refused, limits);
        }

        var problems = new List<DocumentProblem>();
        var value = DtoInput.Read(utf8, Type, limits, Noun ?? What, problems, allowComments: Ladder) is { } dto ? Map(dto, "$", problems) : null;
        if (value is not null && problems.Count == 0)
        {
            return DocumentLoadResult.Success(value);
        }

        MisspellingHints.Add(utf8, problems, limits, allowComments: Ladder);
        return JsonInput.Failure<T>(What, problems, limits);
    }
}
