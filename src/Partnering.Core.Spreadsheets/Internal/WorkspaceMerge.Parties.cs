using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>Resolving the parties a row names, by id or by name, and giving new ones an id.</summary>
internal sealed partial class WorkspaceMerge
{
    private PartyId ResolveParty(string cell) => Resolve(cell, null, "a party (the chapter, a member or a partner)", _ => true);

    private PartyId ResolveParty(string cell, string column) => Resolve(cell, column, "a party (the chapter, a member or a partner)", _ => true);

    private PartyId ResolvePartner(string cell, string column) => Resolve(cell, column, "a partner", _partnerIndex.ContainsKey);

    private PartyId ResolveMember(string cell, string column) => Resolve(cell, column, "a member", _memberIndex.ContainsKey);

    private PartyId Resolve(string cell, string? column, string what, Func<PartyId, bool> accept)
    {
        if (PartyId.TryParse(cell, out var id) && IsTaken(id) && accept(id))
        {
            return id;
        }

        if (IdsNamed(NameKey(cell)) is { } ids)
        {
            var matches = ids.Where(accept).Distinct().ToList();
            if (matches.Count == 1)
            {
                return matches[0];
            }

            if (matches.Count > 1)
            {
                throw new CellException($"'{cell}' names {matches.Count} parties ({string.Join(", ", matches)}): give the id", column);
            }
        }

        throw new CellException($"expected the id or name of {what} in the workspace or the imported sheets; found none called '{cell}'", column);
    }

    private bool IsTaken(PartyId id) => id == _workspace.Chapter.Id || _partnerIndex.ContainsKey(id) || _memberIndex.ContainsKey(id);

    /// <summary>
    /// Records that <paramref name="name"/> names <paramref name="id"/>. The names are indexed only
    /// when a row first looks a party up by name (until then they wait in order, so the index is the
    /// same): an import whose rows all give ids never makes a name key.
    /// </summary>
    private void AddName(string name, PartyId id)
    {
        if (_unindexedNames is { } waiting)
        {
            waiting.Add((name, id));
            return;
        }

        IndexName(name, id);
    }

    private void IndexName(string name, PartyId id)
    {
        var key = NameKey(name);
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_byName, key, out var named);
        if (!named)
        {
            first = id;
            return;
        }

        if (first == id)
        {
            return;
        }

        if (!_moreByName.TryGetValue(key, out var more))
        {
            _moreByName[key] = more = [];
        }

        if (!more.Contains(id))
        {
            more.Add(id);
        }
    }

    /// <summary>The parties a name key names, in the order they were named, or <see langword="null"/>.</summary>
    private List<PartyId>? IdsNamed(string key)
    {
        if (_unindexedNames is { } waiting)
        {
            _unindexedNames = null;
            foreach (var (name, id) in waiting)
            {
                IndexName(name, id);
            }
        }

        if (!_byName.TryGetValue(key, out var first))
        {
            return null;
        }

        return _moreByName.TryGetValue(key, out var more) ? [first, .. more] : [first];
    }

    private static string NameKey(string name) => name.Trim().ToUpperInvariant();

    /// <summary>An id made from a name: lower case words joined by <c>-</c>, made unique with <c>-2</c>, <c>-3</c>...</summary>
    private PartyId NewId(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '/' or '&')
            {
                if (builder.Length != 0 && builder[^1] != '-')
                {
                    builder.Append('-');
                }
            }
        }

        var stem = builder.ToString().Trim('-');
        stem = stem.Length == 0 ? "party" : stem[..Math.Min(stem.Length, 100)].TrimEnd('-');
        var id = new PartyId(stem);
        for (var n = 2; IsTaken(id); n++)
        {
            id = new PartyId(string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}"));
        }

        return id;
    }

    private static (PartyId, PartyId, TieCategory) TieKey(PartyId from, PartyId to, TieCategory category)
        => from <= to ? (from, to, category) : (to, from, category);
}
