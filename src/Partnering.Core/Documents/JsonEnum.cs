using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Partnering.Core.Documents;

/// <summary>
/// The one enum naming of the documents layer: the camelCase names of an enum's values, as every
/// document writes them, both ways, with the list problems name. The JSON Schema lists the same names.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal static class JsonEnum<T>
    where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();

    private static readonly string[] NamesByValue = Values.Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString())).ToArray();

    private static readonly FrozenDictionary<string, T> ByName =
        Values.Select((v, i) => new KeyValuePair<string, T>(NamesByValue[i], v)).ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every name, in declaration order.</summary>
    public static IReadOnlyList<string> Names => NamesByValue;

    /// <summary>The names as a readable list for messages: "a", "b", "c".</summary>
    public static string Expected { get; } = string.Join(", ", NamesByValue.Select(n => $"\"{n}\""));

    /// <summary>What to write for a missing name: <c>write one of "a", "b", "c"</c>.</summary>
    public static string Hint { get; } = "write one of " + Expected;

    public static bool TryParse(string text, out T value) => ByName.TryGetValue(text, out value);

    public static string Name(T value)
    {
        var index = Array.IndexOf(Values, value);
        return index >= 0 ? NamesByValue[index] : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(T).Name}.");
    }
}
