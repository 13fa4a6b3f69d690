using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

/// <summary>What a node of the <see cref="TieGraph"/> is.</summary>
internal enum GraphPartyKind
{
    /// <summary>The chapter itself.</summary>
    Chapter,

    /// <summary>A member of the chapter.</summary>
    Member,

    /// <summary>An organization of the workspace.</summary>
    Organization,

    /// <summary>An individual of the workspace.</summary>
    Individual,

    /// <summary>An id named by a tie but not described in the workspace.</summary>
    Unknown,
}

/// <summary>
/// The undirected graph of who is tied to whom on a date: the chapter, its members, the partners and
/// any other party a tie names, joined by the ties active that day and by members' affiliations with
/// organizations of the workspace. Built once, it answers any number of access questions and is safe
/// to share between threads.
/// </summary>
/// <remarks>
/// Ties of strength 0 carry nothing and are left out; so are self-ties (they can never shorten a route).
/// Parallel ties between the same two parties are all kept; a route uses the strongest. Nodes are
/// numbered in ordinal id order, so every tie-break that falls back on the node number is a tie-break
/// by id, whatever order the workspace lists things in.
/// </remarks>
internal sealed partial class TieGraph
{
    private readonly PartyId[] _ids;
    private readonly Dictionary<string, int> _index;
    private readonly GraphPartyKind[] _kinds;
    private readonly string[] _names;
    private readonly string[] _roles;
    private readonly int[] _offsets;
    private readonly int[] _neighbours;
    // An edge is numbered by what it stands for: tie t of the workspace is edge t, affiliation i is
    // edge ties.Count + i. Costs are per edge, not per slot: a graph may hold a million edges.
    private readonly double[] _costs;
    private readonly int[] _edgeOf;
    private readonly int _edgeCount;
    private readonly IReadOnlyList<Tie> _ties;
    private readonly Affiliation[] _affiliations;
    private readonly int[] _affiliationMembers;
    private readonly double _affiliationStrength;
    private readonly int[] _sources;
    private readonly Partner?[] _partners;

    private TieGraph(
        PartyId[] ids,
        Dictionary<string, int> index,
        GraphPartyKind[] kinds,
        string[] names,
        string[] roles,
        Partner?[] partners,
        (int[] Offsets, int[] Neighbours, int[] EdgeOf, double[] Costs, int EdgeCount) adjacency,
        IReadOnlyList<Tie> ties,
        Affiliation[] affiliations,
        int[] affiliationMembers,
        double affiliationStrength,
        int[] sources,
        DateOnly asOf,
        string homeState)
    {
        HomeState = homeState;
        _ids = ids;
        _index = index;
        _kinds = kinds;
        _names = names;
        _roles = roles;
        _partners = partners;
        (_offsets, _neighbours, _edgeOf, _costs, _edgeCount) = adjacency;
        _ties = ties;
        _affiliations = affiliations;
        _affiliationMembers = affiliationMembers;
        _affiliationStrength = affiliationStrength;
        _sources = sources;
        AsOf = asOf;
    }

    /// <summary>The day the graph was built for: ties not active that day are left out.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The chapter's home state, for the priority factors.</summary>
    internal string HomeState { get; }

    /// <summary>The number of parties in the graph.</summary>
    public int PartyCount => _ids.Length;

    /// <summary>The number of ties and affiliations kept (each counted once).</summary>
    public int TieCount => _edgeCount;

    /// <summary>Whether the party is a node of the graph.</summary>
    /// <param name="party">The party.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(PartyId party) => _index.ContainsKey(party.Value);

    /// <summary>The party's name, or its id when the workspace does not describe it.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The name.</returns>
    public string NameOf(PartyId party) => _index.TryGetValue(party.Value, out var i) ? _names[i] : party.Value;

    /// <summary>What the party is, or <see cref="GraphPartyKind.Unknown"/> when it is not in the graph.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The kind.</returns>
    public GraphPartyKind KindOf(PartyId party) => _index.TryGetValue(party.Value, out var i) ? _kinds[i] : GraphPartyKind.Unknown;

    /// <summary>The partner record behind a party, when it is one.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The partner, or <see langword="null"/>.</returns>
    public Partner? PartnerOf(PartyId party) => _index.TryGetValue(party.Value, out var i) ? _partners[i] : null;

    /// <summary>The parties tied directly to <paramref name="party"/>, each once, in id order.</summary>
    /// <param name="party">The party.</param>
    /// <returns>Its neighbours; empty when it is not in the graph.</returns>
    public IReadOnlyList<PartyId> NeighboursOf(PartyId party)
    {
        if (!_index.TryGetValue(party.Value, out var v))
        {
            return ValueList<PartyId>.Empty;
        }

        var set = new SortedSet<int>();
        for (var s = _offsets[v]; s < _offsets[v + 1]; s++)
        {
            set.Add(_neighbours[s]);
        }

        var result = new PartyId[set.Count];
        var k = 0;
        foreach (var u in set)
        {
            result[k++] = _ids[u];
        }

        return ValueList<PartyId>.Wrap(result);
    }

    /// <summary>
    /// Builds the graph of <paramref name="workspace"/> on <paramref name="asOf"/>: ties active that day
    /// (started on or before it, not ended before it) with strength above 0, and each member's current
    /// affiliation with an organization of the workspace as a membership tie of strength
    /// <paramref name="affiliationStrength"/> (0 leaves affiliations out).
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="affiliationStrength">The strength given to an affiliation; default 0.5.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="affiliationStrength"/> is not from 0 to 1.</exception>
    public static TieGraph Build(Workspace workspace, DateOnly asOf, double affiliationStrength = 0.5)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        Guard.Probability(affiliationStrength);

        // One hashing pass: every party gets a provisional number when first seen (string keys hash
        // fastest), then numbers are reassigned in ordinal id order so tie-breaks follow ids.
        var chapter = workspace.Chapter;
        var capacity = chapter.Members.Count + workspace.Partners.Count + 1;
        var index = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        var ids = new List<PartyId>(capacity);
        var kinds = new List<GraphPartyKind>(capacity);
        var names = new List<string>(capacity);
        var roles = new List<string>(capacity);
        var partners = new List<Partner?>(capacity);
        var degrees = new List<int>(capacity);
        int Intern(PartyId id, GraphPartyKind kind, string? name, string role, Partner? partner)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(index, id.Value, out var exists);
            if (!exists)
            {
                slot = ids.Count;
                ids.Add(id);
                kinds.Add(kind);
                names.Add(name ?? id.Value);
                roles.Add(role);
                partners.Add(partner);
                degrees.Add(0);
            }

            return slot;
        }

        Intern(chapter.Id, GraphPartyKind.Chapter, chapter.Name, "the chapter", null);
        foreach (var member in chapter.Members)
        {
            Intern(member.Id, GraphPartyKind.Member, member.Name, "a member", null);
        }

        foreach (var partner in workspace.Partners)
        {
            _ = partner switch
            {
                Organization o => Intern(o.Id, GraphPartyKind.Organization, o.Name, Words.Of(o.Kind), o),
                Individual i => Intern(i.Id, GraphPartyKind.Individual, i.Name, i.Roles.Count > 0 ? Words.Of(i.Roles[0]) : "an individual", i),
                _ => Intern(partner.Id, GraphPartyKind.Unknown, partner.Name, "a partner", partner),
            };
        }

        // Two passes over the ties, so no list of edges is kept: the first numbers every party and
        // counts each node's edges, the second (after renumbering) fills the adjacency arrays.
        var ties = workspace.Ties;
        var edgeCount = 0;

        // Documents list a party's ties together, so both passes remember the last "from" end: one
        // lookup saved per tie in the common case.
        string? lastFrom = null;
        var lastA = -1;
        int From(Tie tie, bool renumbered)
        {
            if (!string.Equals(tie.From.Value, lastFrom, StringComparison.Ordinal))
            {
                lastA = renumbered ? index[tie.From.Value] : Intern(tie.From, GraphPartyKind.Unknown, null, "a party", null);
                lastFrom = tie.From.Value;
            }

            return lastA;
        }

        for (var t = 0; t < ties.Count; t++)
        {
            var tie = ties[t];
            var a = From(tie, renumbered: false);
            var b = Intern(tie.To, GraphPartyKind.Unknown, null, "a party", null);
            if (Kept(tie, a, b, asOf))
            {
                degrees[a]++;
                degrees[b]++;
                edgeCount++;
            }
        }

        var affiliations = new List<Affiliation>();
        var affiliationEnds = new List<(int Member, int Organization)>();
        if (affiliationStrength > 0.0)
        {
            foreach (var member in chapter.Members)
            {
                var m = index[member.Id.Value];
                foreach (var affiliation in member.Affiliations)
                {
                    if (affiliation.Organization is { } org && index.TryGetValue(org.Value, out var o) && o != m && IsActive(affiliation.Since, affiliation.Until, asOf))
                    {
                        degrees[m]++;
                        degrees[o]++;
                        affiliations.Add(affiliation);
                        affiliationEnds.Add((m, o));
                    }
                }
            }
        }

        // Renumber in ordinal id order.
        var n = ids.Count;
        var keys = new string[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = ids[i].Value;
            order[i] = i;
        }

        Array.Sort(keys, order, StringComparer.Ordinal);
        var rank = new int[n];
        var sortedIds = new PartyId[n];
        var sortedKinds = new GraphPartyKind[n];
        var sortedNames = new string[n];
        var sortedRoles = new string[n];
        var sortedPartners = new Partner?[n];
        var offsets = new int[n + 1];
        for (var r = 0; r < n; r++)
        {
            var old = order[r];
            rank[old] = r;
            sortedIds[r] = ids[old];
            sortedKinds[r] = kinds[old];
            sortedNames[r] = names[old];
            sortedRoles[r] = roles[old];
            sortedPartners[r] = partners[old];
            offsets[r + 1] = offsets[r] + degrees[old];
            CollectionsMarshal.GetValueRefOrNullRef(index, keys[r]) = r;
        }

        // Each edge takes the next slot at both of its ends, ties in workspace order and then
        // affiliations, so the slots of a node list its edges in that order.
        var fill = new int[n];
        Array.Copy(offsets, fill, n);
        var neighbours = new int[offsets[n]];
        var edgeOf = new int[offsets[n]];
        var costs = new double[ties.Count + affiliations.Count];
        void Join(int a, int b, int edge)
        {
            var slot = fill[a]++;
            neighbours[slot] = b;
            edgeOf[slot] = edge;
            slot = fill[b]++;
            neighbours[slot] = a;
            edgeOf[slot] = edge;
        }

        lastFrom = null;
        for (var t = 0; t < ties.Count; t++)
        {
            var tie = ties[t];
            var a = From(tie, renumbered: true);
            var b = index[tie.To.Value];
            if (Kept(tie, a, b, asOf))
            {
                Join(a, b, t);
                costs[t] = -Math.Log(tie.Strength);
            }
        }

        var affiliationMembers = new int[affiliations.Count];
        for (var i = 0; i < affiliations.Count; i++)
        {
            var (m, o) = affiliationEnds[i];
            affiliationMembers[i] = rank[m];
            Join(rank[m], rank[o], ties.Count + i);
            costs[ties.Count + i] = -Math.Log(affiliationStrength);
        }

        var sources = new int[chapter.Members.Count + 1];
        sources[0] = index[chapter.Id.Value];
        for (var i = 0; i < chapter.Members.Count; i++)
        {
            sources[i + 1] = index[chapter.Members[i].Id.Value];
        }

        var adjacency = (offsets, neighbours, edgeOf, costs, edgeCount + affiliations.Count);
        return new TieGraph(sortedIds, index, sortedKinds, sortedNames, sortedRoles, sortedPartners, adjacency, ties, [.. affiliations], affiliationMembers, affiliationStrength, sources, asOf, chapter.HomeState);
    }

    /// <summary>Whether a tie between nodes <paramref name="a"/> and <paramref name="b"/> is an edge: some strength, two parties, active on the day.</summary>
    private static bool Kept(Tie tie, int a, int b, DateOnly asOf) => tie.Strength > 0.0 && a != b && IsActive(tie.Since, tie.Until, asOf);

    private static bool IsActive(PartialDate? since, PartialDate? until, DateOnly asOf)
        => (since is not { } s || s.Earliest <= asOf) && (until is not { } u || asOf <= u.Latest);

    internal int NodeCount => _ids.Length;

    internal int[] Sources => _sources;

    internal bool TryIndex(PartyId party, out int node) => _index.TryGetValue(party.Value, out node);

    internal PartyId IdAt(int node) => _ids[node];

    internal string NameAt(int node) => _names[node];

    internal string RoleAt(int node) => _roles[node];

    internal GraphPartyKind KindAt(int node) => _kinds[node];

    internal Partner? PartnerAt(int node) => _partners[node];

    internal int Offset(int node) => _offsets[node];

    internal int NeighbourAt(int slot) => _neighbours[slot];

    internal double CostAt(int slot) => _costs[_edgeOf[slot]];

    internal int EdgeAt(int slot) => _edgeOf[slot];

    /// <summary>The wording of one hop over edge <paramref name="edgeIndex"/>, traversed from <paramref name="from"/> to <paramref name="to"/>.</summary>
    internal PathHop Hop(int from, int to, int edgeIndex, bool first)
    {
        var tie = edgeIndex < _ties.Count ? _ties[edgeIndex] : null;
        var forward = tie is not null ? tie.From == _ids[from] : _affiliationMembers[edgeIndex - _ties.Count] == from;
        var verb = tie is not null
            ? (string.IsNullOrWhiteSpace(tie.Note) ? Words.Of(tie.Category) : tie.Note!.Trim())
            : _affiliations[edgeIndex - _ties.Count].Role is { } role && !string.IsNullOrWhiteSpace(role) ? $"belongs to (as {role.Trim()})" : "belongs to";
        string wording;
        if (forward)
        {
            wording = first ? $"{verb} {_names[to]}" : $", which {verb} {_names[to]}";
        }
        else
        {
            wording = first ? $"is tied to {_names[to]} ({_names[to]} {verb} {_names[from]})" : $", which {_names[to]} {verb}";
        }

        return new PathHop
        {
            From = _ids[from],
            To = _ids[to],
            Basis = tie is null ? HopBasis.Affiliation : HopBasis.Tie,
            Category = tie?.Category ?? TieCategory.Membership,
            Strength = tie?.Strength ?? _affiliationStrength,
            Wording = wording,
        };
    }

    /// <summary>Builds a path from its node numbers, first to last, and the edges between them.</summary>
    internal AccessPath Path(List<int> nodes, List<int> edges)
    {
        var parties = new PartyId[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            parties[i] = _ids[nodes[i]];
        }

        var hops = new PathHop[edges.Count];
        var text = new System.Text.StringBuilder();
        var start = nodes[0];
        if (edges.Count == 0)
        {
            text.Append(_names[start]).Append(" is ").Append(_roles[start]);
        }
        else
        {
            text.Append(_names[start]).Append(", ").Append(_roles[start]).Append(", ");
        }

        var strength = 1.0;
        var continuation = new System.Text.StringBuilder();
        for (var i = 0; i < edges.Count; i++)
        {
            hops[i] = Hop(nodes[i], nodes[i + 1], edges[i], i == 0);
            strength *= hops[i].Strength;
            text.Append(hops[i].Wording);
            continuation.Append(i == 0 ? Hop(nodes[i], nodes[i + 1], edges[i], first: false).Wording : hops[i].Wording);
        }

        return new AccessPath
        {
            Strength = strength,
            Parties = ValueList<PartyId>.Wrap(parties),
            Hops = ValueList<PathHop>.Wrap(hops),
            Description = text.ToString(),
            Continuation = continuation.ToString(),
        };
    }
}
