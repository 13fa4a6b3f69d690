using System;
using System.Collections.Generic;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

/// <summary>
/// A required field reported missing is often there under another spelling (<c>"Name"</c>, <c>"nmae"</c>):
/// the field is then kept as an unknown one, so nothing is lost, but the problem alone does not say
/// why. After a failed load this looks in each missing field's object for a name that differs only in
/// case or by one letter, and says so in the problem (for the first few). It reads the document again, on failure only.
/// </summary>
internal static class MisspellingHints
{
    private const string Prefix = "The required field \"";

    /// <summary>How many missing fields are looked at: a person fixes the first few, and finding an item of a long array costs a walk along it.</summary>
    private const int MostLookedAt = 20;

    private const int LargestLookedAt = 16 << 20;

    /// <summary>Adds the hint to each missing-field problem whose object has a field spelled like it.</summary>
    public static void Add(ReadOnlySpan<byte> utf8, List<DocumentProblem> problems, DocumentLimits limits, bool allowComments = false)
    {
        // A document people edit by hand is small; a large one is not read a second time for hints.
        if (utf8.Length > LargestLookedAt || !problems.Exists(p => p.Message.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = limits.MaxDepth + 1, CommentHandling = allowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow });
        }
        catch (JsonException)
        {
            return; // the input check reports what is wrong with the text itself
        }

        using (document)
        {
            var looked = 0;
            for (var i = 0; i < problems.Count && looked < MostLookedAt; i++)
            {
                var message = problems[i].Message;
                if (!message.StartsWith(Prefix, StringComparison.Ordinal) || message.IndexOf('"', Prefix.Length) is not (> 0 and var end))
                {
                    continue;
                }

                looked++;

                var name = message[Prefix.Length..end];
                var path = problems[i].Path;
                var field = JsonPath.Child(string.Empty, name);
                var parent = path.EndsWith(field, StringComparison.Ordinal) ? path[..^field.Length] : null;
                if (parent is not null && Find(document.RootElement, parent) is { ValueKind: JsonValueKind.Object } owner && Like(owner, name) is { } written)
                {
                    var hint = string.Equals(written, name, StringComparison.OrdinalIgnoreCase)
                        ? $" The object has \"{written}\", which differs only in case: field names are case-sensitive."
                        : $" The object has \"{written}\": is it \"{name}\" misspelled?";
                    problems[i] = problems[i] with { Message = message + hint };
                }
            }
        }
    }

    /// <summary>The field of <paramref name="owner"/> spelled like <paramref name="name"/> but not as it: another case, or one letter added, dropped, changed or swapped with its neighbour.</summary>
    private static string? Like(JsonElement owner, string name)
    {
        foreach (var property in owner.EnumerateObject())
        {
            if (property.Name != name && (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) || (name.Length >= 4 && OneEditApart(property.Name, name))))
            {
                return property.Name;
            }
        }

        return null;
    }

    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var (ra, rb) = (a[start..], b[start..]);
        return ra.Length == rb.Length
            ? ra.Length > 0 && ra[1..] == rb[1..] || (ra.Length >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
            : ra.Length > rb.Length ? ra[1..] == rb : rb[1..] == ra;
    }

    /// <summary>The element at a path the readers wrote (<c>$.partners[3]</c>, <c>$['odd name']</c>), or nothing when it is not there.</summary>
    private static JsonElement? Find(JsonElement root, string path)
    {
        if (!path.StartsWith('$'))
        {
            return null;
        }

        var at = root;
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var next = path.IndexOfAny(['.', '['], i + 1);
                var name = next < 0 ? path[(i + 1)..] : path[(i + 1)..next];
                if (at.ValueKind != JsonValueKind.Object || !at.TryGetProperty(name, out at))
                {
                    return null;
                }

                i = next < 0 ? path.Length : next;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                // A quoted name, its backslashes and quotes escaped (JsonPath.Child).
                var name = new System.Text.StringBuilder();
                for (i += 2; i < path.Length && path[i] != '\''; i++)
                {
                    name.Append(path[i] == '\\' && i + 1 < path.Length ? path[++i] : path[i]);
                }

                if (!path.AsSpan(i).StartsWith("']") || at.ValueKind != JsonValueKind.Object || !at.TryGetProperty(name.ToString(), out at))
                {
                    return null;
                }

                i += 2;
            }
            else if (path[i] == '[' && path.IndexOf(']', i) is > 0 and var close
                && int.TryParse(path.AsSpan(i + 1, close - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                && at.ValueKind == JsonValueKind.Array && index < at.GetArrayLength())
            {
                at = at[index];
                i = close + 1;
            }
            else
            {
                return null;
            }
        }

        return at;
    }
}
