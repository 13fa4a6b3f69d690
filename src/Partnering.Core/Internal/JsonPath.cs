using System;
using System.Buffers;
using System.Globalization;

namespace Partnering.Core.Internal;

/// <summary>
/// The one JSON-path builder every document reader uses: <c>$.partners[3].name</c>, with a name that
/// is not plain (letters, digits, <c>_</c>, <c>-</c>) written <c>['odd name']</c> and its quotes escaped.
/// </summary>
internal static class JsonPath
{
    private static readonly SearchValues<char> PlainNameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    /// <summary>The path of field <paramref name="name"/> under <paramref name="path"/>.</summary>
    public static string Child(string path, string name)
        => name.Length > 0 && name.AsSpan().IndexOfAnyExcept(PlainNameChars) < 0
            ? path + "." + name
            : path + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    /// <summary>The path of item <paramref name="index"/> of the array at <paramref name="path"/>.</summary>
    public static string Item(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
}

/// <summary>
/// A JSON path built into a string only when a problem needs it: a base path, an optional item index
/// and an optional field, e.g. <c>$.ties</c>, <c>[3]</c>, <c>.strength</c>. Reading a valid item of a
/// long list costs no path strings; every document reader takes one wherever it takes a path.
/// </summary>
internal readonly struct Loc(string path, int index = -1, string? field = null)
{
    /// <summary>The path of field <paramref name="name"/> under this one.</summary>
    public Loc Dot(string name) => field is null ? new Loc(path, index, name) : new Loc(ToString(), -1, name);

    /// <summary>The path of item <paramref name="i"/> of the array at this path.</summary>
    public Loc Item(int i) => new(ToString(), i);

    public static implicit operator Loc(string path) => new(path);

    public override string ToString()
    {
        var at = index < 0 ? path : JsonPath.Item(path, index);
        return field is null ? at : JsonPath.Child(at, field);
    }
}

/// <summary>
/// The one vocabulary of the document readers' problem messages: the same problem is worded the same
/// way in every section and stand-alone document.
/// </summary>
internal static class ProblemText
{
    /// <summary>A required field is absent (reported at the field's path).</summary>
    public static string Required(string name) => $"The required field \"{name}\" is missing.";

    /// <summary>A field is written twice in one object (reported at the repeated field's path).</summary>
    public static string Duplicate(string name) => $"The field \"{name}\" appears twice in this object; keep one.";

    /// <summary>A null where a value is needed: <c>Expected a string; got null.</c></summary>
    public static string NotNull(string what) => $"Expected {what}; got null.";

    /// <summary>A name outside a closed vocabulary: <c>Unknown value "ban"; expected one of "permit", "forbid".</c></summary>
    public static string UnknownName(string text, string expected) => $"Unknown value \"{text}\"; expected one of {expected}.";
}
