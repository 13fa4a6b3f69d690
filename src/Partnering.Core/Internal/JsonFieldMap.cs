using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;

namespace Partnering.Core.Internal;

/// <summary>
/// Fields a document carried that this version of the library does not know, kept in their
/// original order so they are written back on save. Equality compares names and JSON values
/// (by their compact text), so a load/save/load round trip compares equal.
/// </summary>
internal sealed class JsonFieldMap : IReadOnlyDictionary<string, JsonElement>, IEquatable<JsonFieldMap>
{
    private readonly KeyValuePair<string, JsonElement>[] _fields;
    private string[]? _texts;

    public static readonly JsonFieldMap Empty = new([]);

    private JsonFieldMap(KeyValuePair<string, JsonElement>[] fields) => _fields = fields;

    public static JsonFieldMap From(IEnumerable<KeyValuePair<string, JsonElement>>? fields)
    {
        if (fields is null)
        {
            return Empty;
        }

        if (fields is JsonFieldMap already)
        {
            return already;
        }

        var array = fields.Select(pair => new KeyValuePair<string, JsonElement>(pair.Key, pair.Value.Clone())).ToArray();
        return array.Length == 0 ? Empty : new JsonFieldMap(array);
    }

    public JsonElement this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No unknown field named '{key}'.");

    public IEnumerable<string> Keys => _fields.Select(pair => pair.Key);

    public IEnumerable<JsonElement> Values => _fields.Select(pair => pair.Value);

    public int Count => _fields.Length;

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value)
    {
        foreach (var pair in _fields)
        {
            if (string.Equals(pair.Key, key, StringComparison.Ordinal))
            {
                value = pair.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, JsonElement>>)_fields).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string[] Texts => _texts ??= _fields.Select(pair => Compact(pair.Value)).ToArray();

    private static string Compact(JsonElement element) => JsonWriting.ToText(element.WriteTo);

    public bool Equals(JsonFieldMap? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._fields.Length != _fields.Length)
        {
            return false;
        }

        for (var i = 0; i < _fields.Length; i++)
        {
            if (!string.Equals(_fields[i].Key, other._fields[i].Key, StringComparison.Ordinal)
                || !string.Equals(Texts[i], other.Texts[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as JsonFieldMap);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var pair in _fields)
        {
            hash.Add(pair.Key, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => _fields.Length == 0 ? "{}" : "{" + string.Join(", ", _fields.Select((p, i) => $"\"{p.Key}\": {Texts[i]}")) + "}";
}
