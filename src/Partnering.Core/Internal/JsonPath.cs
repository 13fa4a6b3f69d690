using System;
using System.Buffers;
using System.Globalization;

namespace Partnering.Core.Internal;

/// <summary>
/// The one JSON-path builder every document reader uses: <c>$.partners[3].name</c>, with a name that
/// is not plain (letters, digits, <c>_</c>, <c>-</c>) written <c>['odd name']</c> with its backslashes and
/// quotes escaped (<c>\\</c>, <c>\'</c>), as in RFC 9535's normalized paths, so every path reads back one way.
/// </summary>
internal static class JsonPath
{
    private static readonly SearchValues<char> PlainNameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    /// <summary>The path of field <paramref name="name"/> under <paramref name="path"/>.</summary>
    public static string Child(string path, string name)
        => name.Length > 0 && name.AsSpan().IndexOfAnyExcept(PlainNameChars) < 0
            ? path + "." + name
            : path + "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";

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

    /// <summary>The field this path ends in, if it ends in one.</summary>
    public string? Field => @field;

    public static implicit operator Loc(string path) => new(path);

    public override string ToString()
    {
        var at = index < 0 ? path : JsonPath.Item(path, index);
        return field is null ? at : JsonPath.Child(at, field);
    }
}

/// <summary>
/// The one vocabulary of the document readers' problem messages: the same problem is worded the same
/// way in every section and stand-alone document. Field names are in double quotes, as written in
/// JSON; the text that was found is in single quotes; a hint says what to write.
/// </summary>
internal static class ProblemText
{
    /// <summary>A required field is absent (reported at the field's own path): <c>The required field "inUse" is missing: say whether ….</c></summary>
    public static string Required(string name, string? hint = null)
        => hint is null ? $"The required field \"{name}\" is missing." : $"The required field \"{name}\" is missing: {hint}.";

    /// <summary>A text that is empty or only white space.</summary>
    public static string Blank(string name) => $"\"{name}\" must not be empty or white space.";

    /// <summary>A document whose top level is not an object: <c>The document is an array; a policy is an object.</c></summary>
    public static string NotAnObject(System.Text.Json.JsonTokenType top, string what) => $"The document is {top switch
    {
        System.Text.Json.JsonTokenType.StartArray => "an array",
        System.Text.Json.JsonTokenType.String => "a string",
        System.Text.Json.JsonTokenType.Number => "a number",
        System.Text.Json.JsonTokenType.True or System.Text.Json.JsonTokenType.False => "true or false",
        _ => "not an object",
    }}; {what}.";

    /// <summary>An item of a list of texts that is empty or only white space.</summary>
    public static string BlankItem(string list) => $"An item of \"{list}\" must not be empty or white space.";

    /// <summary>A value that is not what the field holds: <c>Expected a string; got null.</c></summary>
    public static string Expected(string what, string got) => $"Expected {what}; got {got}.";

    /// <summary>A null where a value is needed.</summary>
    public static string NotNull(string what) => Expected(what, "null");

    /// <summary>A value of the wrong JSON type (<paramref name="what"/>: "a string", "a whole number"…).</summary>
    public static string WrongType(string what) => Expected(what, "a value of another JSON type");

    /// <summary>An exact day that is not written <c>yyyy-MM-dd</c> or names no real day.</summary>
    public static string BadDate(string text) => Expected("a date written yyyy-MM-dd", $"'{text}'");

    /// <summary>A date that is not written <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, or names no real date.</summary>
    public static string BadPartialDate(string text) => Expected("a date written yyyy, yyyy-MM or yyyy-MM-dd", $"'{text}'");

    /// <summary>A time of day that is not written <c>HH:mm</c>.</summary>
    public static string BadTime(string text) => Expected("a time of day written HH:mm", $"'{text}'");

    /// <summary>A number outside its range (<paramref name="max"/> <see cref="double.MaxValue"/> for none).</summary>
    public static string OutOfRange(bool whole, double min, double max, double got)
    {
        var range = max == double.MaxValue ? string.Create(CultureInfo.InvariantCulture, $"of at least {min}") : string.Create(CultureInfo.InvariantCulture, $"from {min} to {max}");
        return Expected((whole ? "a whole number " : "a number ") + range, got.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A name outside a closed vocabulary: <c>Expected one of "permit", "forbid"; got 'ban'.</c></summary>
    public static string UnknownName(string text, string expected) => Expected("one of " + expected, $"'{text}'");

    /// <summary>An id that another item already has (reported at the repeat), unique among <paramref name="among"/>.</summary>
    public static string Repeated(string id, string among) => $"The id '{id}' is used twice; ids must be unique among {among}.";

    /// <summary>A reference to a party the workspace does not have (<paramref name="what"/>: "sponsor", "tie's \"from\" end"…).</summary>
    public static string UnknownParty(string what, string id) => $"The {what} '{id}' names no party in the workspace (not the chapter, a member or a partner).";

    /// <summary>A document over <see cref="Partnering.Core.Documents.DocumentLimits.MaxBytes"/>: its size, or <see langword="null"/> when only "more than the limit" is known.</summary>
    public static string TooLarge(long? bytes, long max)
        => string.Create(CultureInfo.InvariantCulture, $"The document is {(bytes is null ? "more than " : string.Empty)}{bytes ?? max:N0} bytes, over the limit of {max:N0} bytes (DocumentLimits.MaxBytes).");

    /// <summary>A field is written twice in one object (reported at the repeated field's path).</summary>
    public static string Duplicate(string name) => $"The field \"{name}\" appears twice in this object; keep one.";
}
