using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Collaboration;
using Partnering.Core.Internal;
using Partnering.Core.Maps;
using Partnering.Core.Tiers;

namespace Partnering.Core;

/// <summary>
/// An <see cref="IPartnerDirectory"/> over an in-memory <see cref="Workspace"/>. Every index is built
/// once in the constructor; the directory is immutable and safe to query from many threads.
/// </summary>
public sealed class InMemoryPartnerDirectory : IPartnerDirectory
{
    private readonly FrozenDictionary<PartyId, Partner> _partners;
    private readonly FrozenDictionary<PartyId, Member> _members;
    private readonly FrozenDictionary<OrganizationKind, ValueList<Organization>> _byKind;
    private readonly FrozenDictionary<IndividualRole, ValueList<Individual>> _byRole;
    private readonly FrozenDictionary<IssueArea, ValueList<Partner>> _byIssue;
    private readonly FrozenDictionary<string, ValueList<Partner>> _byState;
    private readonly FrozenDictionary<string, ValueList<Partner>> _byTag;
    private readonly FrozenDictionary<PartyId, ValueList<Tie>> _ties;
    private readonly FrozenDictionary<PartyId, ValueList<Interaction>> _interactions;
    private readonly FrozenDictionary<PartyId, Partnership> _partnerships;
    private readonly FrozenDictionary<PartyId, ValueList<PartnershipTierOverride>> _overrides;
    private readonly FrozenDictionary<PartyId, ValueList<CoalitionTable>> _tables;
    private readonly FrozenDictionary<PartyId, ValueList<CalendarEvent>> _events;
    private readonly FrozenDictionary<PartyId, ValueList<OneOnOneMeeting>> _oneOnOnes;
    private readonly FrozenDictionary<PartyId, ValueList<PowerMap>> _powerMaps;

    /// <summary>Builds the directory's indexes over <paramref name="workspace"/>.</summary>
    /// <param name="workspace">The workspace, usually from <c>WorkspaceDocument.Load</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two parties share an id, or two partnerships name the same partner (a loaded document never does).</exception>
    public InMemoryPartnerDirectory(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        Workspace = workspace;

        var ids = new HashSet<PartyId> { workspace.Chapter.Id };
        foreach (var id in workspace.Chapter.Members.Select(m => m.Id).Concat(workspace.Partners.Select(p => p.Id)))
        {
            if (!ids.Add(id))
            {
                throw new ArgumentException($"The id '{id}' names two parties of the workspace; ids must be unique.", nameof(workspace));
            }
        }

        _partners = workspace.Partners.ToFrozenDictionary(p => p.Id);
        _members = workspace.Chapter.Members.ToFrozenDictionary(m => m.Id);
        _byKind = Group<Organization, OrganizationKind>(workspace.Partners.OfType<Organization>(), o => [o.Kind]);
        _byRole = Group(workspace.Partners.OfType<Individual>(), i => i.Roles.Distinct());
        _byIssue = Group(workspace.Partners, p => p.IssueAreas.Distinct());
        _byState = Group<Partner, string>(workspace.Partners, p => p.State is { } s ? [s] : [], StringComparer.Ordinal);
        _byTag = Group(workspace.Partners, p => p.Tags.Distinct(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        _ties = Group<Tie, PartyId>(workspace.Ties, t => t.From == t.To ? [t.From] : [t.From, t.To]);
        _interactions = Group<Interaction, PartyId>(workspace.Interactions.Select((x, i) => (x, i)).OrderBy(p => p.x.Date).ThenBy(p => p.i).Select(p => p.x), x => [x.Partner]);

        var partnerships = new Dictionary<PartyId, Partnership>();
        foreach (var partnership in workspace.Partnerships)
        {
            if (!partnerships.TryAdd(partnership.Partner, partnership))
            {
                throw new ArgumentException($"Two partnerships name the partner '{partnership.Partner}'; keep one per partner.", nameof(workspace));
            }
        }

        _partnerships = partnerships.ToFrozenDictionary();
        _overrides = Group<PartnershipTierOverride, PartyId>(workspace.TierOverrides.Select((x, i) => (x, i)).OrderBy(p => p.x.Override.Date).ThenBy(p => p.i).Select(p => p.x), o => [o.Partner]);
        var collaboration = workspace.Collaboration ?? new CollaborationData();
        _tables = Group(collaboration.Tables, t => t.Seats.Select(s => s.Organization).Distinct());
        _events = Group(collaboration.Calendar, e => e.Sponsors.Select(s => s.Sponsor).Prepend(e.Host).Distinct());
        _oneOnOnes = Group<OneOnOneMeeting, PartyId>(collaboration.OneOnOnes, o => [o.Partner]);
        _powerMaps = Group(workspace.PowerMaps, m => m.Placements.Select(p => p.Actor).Prepend(m.Target).Distinct());
    }

    /// <summary>The workspace the directory answers from.</summary>
    public Workspace Workspace { get; }

    /// <inheritdoc/>
    public Chapter Chapter => Workspace.Chapter;

    /// <inheritdoc/>
    public IReadOnlyList<Member> Members => Workspace.Chapter.Members;

    /// <inheritdoc/>
    public IReadOnlyList<Partner> Partners => Workspace.Partners;

    /// <inheritdoc/>
    public Partner? FindPartner(PartyId id) => _partners.GetValueOrDefault(id);

    /// <inheritdoc/>
    public Member? FindMember(PartyId id) => _members.GetValueOrDefault(id);

    /// <inheritdoc/>
    public string? NameOf(PartyId id)
        => id == Workspace.Chapter.Id ? Workspace.Chapter.Name : FindPartner(id)?.Name ?? FindMember(id)?.Name;

    /// <inheritdoc/>
    public IReadOnlyList<Organization> OrganizationsOfKind(OrganizationKind kind) => Get(_byKind, kind);

    /// <inheritdoc/>
    public IReadOnlyList<Individual> IndividualsInRole(IndividualRole role) => Get(_byRole, role);

    /// <inheritdoc/>
    public IReadOnlyList<Partner> PartnersWorkingOn(IssueArea area) => Get(_byIssue, area);

    /// <inheritdoc/>
    public IReadOnlyList<Partner> PartnersInState(string state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Get(_byState, state.ToUpperInvariant());
    }

    /// <inheritdoc/>
    public IReadOnlyList<Partner> PartnersTagged(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return Get(_byTag, tag);
    }

    /// <inheritdoc/>
    public IReadOnlyList<Tie> TiesOf(PartyId party) => Get(_ties, party);

    /// <inheritdoc/>
    public IReadOnlyList<Interaction> InteractionsWith(PartyId partner) => Get(_interactions, partner);

    /// <inheritdoc/>
    public Partnership? PartnershipWith(PartyId partner) => _partnerships.GetValueOrDefault(partner);

    /// <inheritdoc/>
    public IReadOnlyList<PartnershipTierOverride> TierOverridesOf(PartyId partner) => Get(_overrides, partner);

    /// <inheritdoc/>
    public IReadOnlyList<CoalitionTable> TablesSeating(PartyId party) => Get(_tables, party);

    /// <inheritdoc/>
    public IReadOnlyList<CalendarEvent> EventsOf(PartyId party) => Get(_events, party);

    /// <inheritdoc/>
    public IReadOnlyList<OneOnOneMeeting> OneOnOnesWith(PartyId partner) => Get(_oneOnOnes, partner);

    /// <inheritdoc/>
    public IReadOnlyList<PowerMap> PowerMapsNaming(PartyId party) => Get(_powerMaps, party);

    /// <summary>A summary for debugging.</summary>
    /// <returns>The chapter's name and counts.</returns>
    public override string ToString() => $"{Chapter.Name}: {Members.Count} members, {Partners.Count} partners, {Workspace.Ties.Count} ties";

    private static ValueList<T> Get<TKey, T>(FrozenDictionary<TKey, ValueList<T>> index, TKey key)
        where TKey : notnull
        => index.TryGetValue(key, out var list) ? list : ValueList<T>.Empty;

    private static FrozenDictionary<TKey, ValueList<T>> Group<T, TKey>(IEnumerable<T> items, Func<T, IEnumerable<TKey>> keys, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var groups = new Dictionary<TKey, List<T>>(comparer);
        foreach (var item in items)
        {
            foreach (var key in keys(item))
            {
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add(item);
            }
        }

        return groups.ToFrozenDictionary(g => g.Key, g => ValueList<T>.Wrap([.. g.Value]), comparer);
    }
}

/// <summary>Creates <see cref="InMemoryPartnerDirectory"/> instances; the default <see cref="IPartnerDirectoryFactory"/>.</summary>
public sealed class InMemoryPartnerDirectoryFactory : IPartnerDirectoryFactory
{
    /// <inheritdoc/>
    public IPartnerDirectory Create(Workspace workspace) => new InMemoryPartnerDirectory(workspace);
}
