using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Partnering.Core.Collaboration;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;
using Partnering.Core.Maps;
using Partnering.Core.Tiers;

namespace Partnering.Core;

/// <summary>
/// The one directory of a chapter's parties: the chapter, its members and its partners indexed by id,
/// and, when built from a workspace, who is tied to whom, the interactions and partnership with each
/// partner, its tier decisions, the coalition tables it sits at, the events it hosts or sponsors, the
/// one-on-ones held with it and the power maps naming it. Eligibility reads its facts from it, the
/// tiers their histories and the session every "who is this id". Partners, members and partnerships
/// are indexed in the constructor; every other index is built once, on its first query, so opening a
/// session pays only for what it is asked. The directory is immutable and safe to query from many threads.
/// </summary>
/// <remarks>
/// There is one concrete directory and no interface (docs/directory.md explains why): build it with
/// <see cref="From(Workspace)"/>, or let <see cref="ChapterSession"/> build it once for you. Lists come
/// in workspace order unless a member says otherwise; a query that matches nothing returns an empty
/// list, never <see langword="null"/>.
/// </remarks>
public sealed class PartnerDirectory
{
    // Partners and members are keyed by the id's text with the ordinal comparer: a frozen string
    // dictionary hashes a few characters instead of the whole id, which is most of a lookup's cost on
    // the decision path.
    private readonly FrozenDictionary<string, (Partner Partner, ulong Profile, int Index)> _partners;

    /// <summary>Per partner (by index), the explanation entries of its static facts, made on first use (see <see cref="StaticFactsUsed"/>).</summary>
    private readonly FactUsed?[]?[] _staticFactsUsed;
    private readonly FrozenDictionary<string, Member> _members;
    private readonly Lazy<FrozenDictionary<OrganizationKind, ValueList<Organization>>> _byKind;
    private readonly Lazy<FrozenDictionary<IndividualRole, ValueList<Individual>>> _byRole;
    private readonly Lazy<FrozenDictionary<IssueArea, ValueList<Partner>>> _byIssue;
    private readonly Lazy<FrozenDictionary<string, ValueList<Partner>>> _byState;
    private readonly Lazy<FrozenDictionary<string, ValueList<Partner>>> _byTag;
    private readonly Lazy<FrozenDictionary<PartyId, ValueList<Tie>>> _ties;
    private readonly Lazy<FrozenDictionary<PartyId, ValueList<Interaction>>> _interactions;
    private readonly FrozenDictionary<PartyId, Partnership> _partnerships;
    private readonly Lazy<FrozenDictionary<PartyId, ValueList<PartnershipTierOverride>>> _overrides;
    private readonly Lazy<FrozenDictionary<PartyId, ValueList<CoalitionTable>>> _tables;
    private readonly Lazy<FrozenDictionary<PartyId, ValueList<CalendarEvent>>> _events;
    private readonly Lazy<FrozenDictionary<PartyId, ValueList<OneOnOneMeeting>>> _oneOnOnes;
    private readonly Lazy<FrozenDictionary<PartyId, ValueList<PowerMap>>> _powerMaps;

    /// <summary>
    /// Indexes a chapter and its partners only (no ties, interactions, partnerships or collaboration:
    /// those lookups answer empty). Enough for eligibility; use <see cref="From(Workspace)"/> for the rest.
    /// </summary>
    /// <param name="chapter">The chapter.</param>
    /// <param name="partners">The partners; ids must be unique.</param>
    /// <exception cref="ArgumentException">Two partners share an id.</exception>
    public PartnerDirectory(Chapter chapter, IEnumerable<Partner> partners)
        : this(new Workspace { Chapter = Guard.NotNull(chapter), Partners = Guard.List(partners) }, partiesOnly: true)
    {
    }

    private PartnerDirectory(Workspace workspace, bool partiesOnly)
    {
        var chapter = workspace.Chapter;
        Chapter = chapter;
        Partners = workspace.Partners;
        var byId = new Dictionary<PartyId, (Partner, ulong, int)>(Partners.Count);
        var profiles = new ulong[Partners.Count];
        for (var i = 0; i < Partners.Count; i++)
        {
            var partner = Partners[i];
            profiles[i] = PartnerProfile.Of(chapter, partner);
            if (!byId.TryAdd(partner.Id, (partner, profiles[i], i)))
            {
                throw new ArgumentException($"Partner ids must be unique; '{partner.Id}' appears twice.", partiesOnly ? "partners" : nameof(workspace));
            }
        }

        foreach (var target in Enum.GetValues<TargetKind>())
        {
            _conflictingTargets |= FactReader.MessageConflicts(chapter.TheoryOfChange, target) ? 1U << (int)target : 0;
        }

        _allowedTactics = [.. chapter.AllowedTactics];
        _disallowedTactics = [.. chapter.DisallowedTactics];

        _partners = byId.ToFrozenDictionary(p => p.Key.Value, p => p.Value, StringComparer.Ordinal);
        Profiles = profiles;
        _staticFactsUsed = new FactUsed?[]?[Partners.Count];
        var members = new Dictionary<PartyId, Member>();
        foreach (var member in chapter.Members)
        {
            members.TryAdd(member.Id, member);
        }

        _members = members.ToFrozenDictionary(m => m.Key.Value, m => m.Value, StringComparer.Ordinal);
        _byKind = new(() => Group<Organization, OrganizationKind>(Partners.OfType<Organization>(), o => [o.Kind]));
        _byRole = new(() => Group(Partners.OfType<Individual>(), i => i.Roles.Distinct()));
        _byIssue = new(() => Group(Partners, p => p.IssueAreas.Distinct()));
        _byState = new(() => Group<Partner, string>(Partners, p => p.State is { } s ? [s] : [], StringComparer.Ordinal));
        _byTag = new(() => Group(Partners, p => p.Tags.Distinct(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase));
        _ties = new(() => Group<Tie, PartyId>(workspace.Ties, t => t.From == t.To ? [t.From] : [t.From, t.To]));
        _interactions = new(() => Group<Interaction, PartyId>(workspace.Interactions.Select((x, i) => (x, i)).OrderBy(p => p.x.Date).ThenBy(p => p.i).Select(p => p.x), x => [x.Partner]));

        var partnerships = new Dictionary<PartyId, Partnership>();
        foreach (var partnership in workspace.Partnerships)
        {
            if (!partnerships.TryAdd(partnership.Partner, partnership))
            {
                throw new ArgumentException($"Two partnerships name the partner '{partnership.Partner}'; keep one per partner.", nameof(workspace));
            }
        }

        _partnerships = partnerships.ToFrozenDictionary();
        _overrides = new(() => Group<PartnershipTierOverride, PartyId>(workspace.TierOverrides.Select((x, i) => (x, i)).OrderBy(p => p.x.Override.Date).ThenBy(p => p.i).Select(p => p.x), o => [o.Partner]));
        var collaboration = workspace.Collaboration ?? new CollaborationData();
        _tables = new(() => Group(collaboration.Tables, t => t.Seats.Select(s => s.Organization).Distinct()));
        _events = new(() => Group(collaboration.Calendar, e => e.Sponsors.Select(s => s.Sponsor).Prepend(e.Host).Distinct()));
        _oneOnOnes = new(() => Group<OneOnOneMeeting, PartyId>(collaboration.OneOnOnes, o => [o.Partner]));
        _powerMaps = new(() => Group(workspace.PowerMaps, m => m.Placements.Select(p => p.Actor).Prepend(m.Target).Distinct()));
    }

    /// <summary>The chapter ("us").</summary>
    public Chapter Chapter { get; }

    /// <summary>The targets a message conflicts with the chapter's theory of change on (one bit per <see cref="TargetKind"/>), for eligibility.</summary>
    private readonly uint _conflictingTargets;

    /// <summary>The chapter's tactics, as arrays for eligibility's checks.</summary>
    private readonly Tactic[] _allowedTactics;

    /// <inheritdoc cref="_allowedTactics"/>
    private readonly Tactic[] _disallowedTactics;

    /// <summary>Whether a message aimed at <paramref name="target"/> conflicts with the chapter's theory of change (<see cref="FactReader.MessageConflicts"/>, worked out once).</summary>
    internal bool MessageConflicts(TargetKind target) => (_conflictingTargets & (1U << (int)target)) != 0;

    /// <summary>Whether the chapter uses the tactic (engagement.tacticAllowed).</summary>
    internal bool ChapterAllows(Tactic tactic) => Array.IndexOf(_allowedTactics, tactic) >= 0;

    /// <summary>Whether the chapter does not use the tactic (engagement.tacticDisallowed).</summary>
    internal bool ChapterDisallows(Tactic tactic) => Array.IndexOf(_disallowedTactics, tactic) >= 0;

    /// <summary>The chapter's members.</summary>
    public IReadOnlyList<Member> Members => Chapter.Members;

    /// <summary>The partners, in workspace order.</summary>
    public IReadOnlyList<Partner> Partners { get; }

    /// <summary>Each partner's static facts (<see cref="PartnerProfile"/>), in the order of <see cref="Partners"/>.</summary>
    internal ulong[] Profiles { get; }

    /// <summary>Indexes everything a workspace says about its parties.</summary>
    /// <param name="workspace">The workspace, usually from <c>WorkspaceDocument.Load</c>.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two partners share an id, or two partnerships name the same partner (a loaded document never does).</exception>
    public static PartnerDirectory From(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return new PartnerDirectory(workspace, partiesOnly: false);
    }

    /// <summary>The partner with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The partner, or <see langword="null"/> when no partner has the id (it may be a member or the chapter).</returns>
    public Partner? FindPartner(PartyId id) => _partners.TryGetValue(id.Value, out var entry) ? entry.Partner : null;

    /// <summary>Finds a partner with its precomputed static facts (see <see cref="PartnerProfile"/>) and its index in <see cref="Partners"/>.</summary>
    internal Partner? FindPartner(PartyId id, out ulong profile, out int index)
    {
        if (_partners.TryGetValue(id.Value, out var entry))
        {
            profile = entry.Profile;
            index = entry.Index;
            return entry.Partner;
        }

        profile = 0;
        index = -1;
        return null;
    }

    /// <summary>
    /// The slots for the explanation entries (<see cref="FactUsed"/>) of the partner's facts that depend
    /// only on the chapter and the partner, one per fact, filled by eligibility on first use: explaining
    /// decisions about the same partner then allocates them once. Racing threads store equal entries.
    /// </summary>
    internal FactUsed?[] StaticFactsUsed(int index, int facts)
    {
        ref var slot = ref _staticFactsUsed[index];
        return Volatile.Read(ref slot) ?? Interlocked.CompareExchange(ref slot, new FactUsed?[facts], null) ?? slot!;
    }

    /// <summary>The member with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The member, or <see langword="null"/> when the chapter has none with that id.</returns>
    public Member? FindMember(PartyId id) => _members.GetValueOrDefault(id.Value);

    /// <summary>The name of any party (the chapter, a member or a partner), or <see langword="null"/> when the id names none.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The name.</returns>
    public string? NameOf(PartyId id)
        => id == Chapter.Id ? Chapter.Name : FindPartner(id)?.Name ?? FindMember(id)?.Name;

    /// <summary>Organizations of one kind (party clubs, unions, campaigns...).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The organizations.</returns>
    public IReadOnlyList<Organization> OrganizationsOfKind(OrganizationKind kind) => Get(_byKind.Value, kind);

    /// <summary>Individuals holding one role (elected officials, journalists...).</summary>
    /// <param name="role">The role.</param>
    /// <returns>The individuals.</returns>
    public IReadOnlyList<Individual> IndividualsInRole(IndividualRole role) => Get(_byRole.Value, role);

    /// <summary>Partners working on an issue area.</summary>
    /// <param name="area">The issue area.</param>
    /// <returns>The partners.</returns>
    public IReadOnlyList<Partner> PartnersWorkingOn(IssueArea area) => Get(_byIssue.Value, area);

    /// <summary>Partners based in a state.</summary>
    /// <param name="state">A two-letter code, any case (e.g. "OH").</param>
    /// <returns>The partners; empty for an unknown code.</returns>
    public IReadOnlyList<Partner> PartnersInState(string state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Get(_byState.Value, state.ToUpperInvariant());
    }

    /// <summary>Partners carrying a tag, compared ignoring case.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The partners.</returns>
    public IReadOnlyList<Partner> PartnersTagged(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return Get(_byTag.Value, tag);
    }

    /// <summary>
    /// The ties with <paramref name="party"/> at either end. A tie is stored once and is returned for
    /// both its ends; use <see cref="Tie.Other"/> to read the other end.
    /// </summary>
    /// <param name="party">Any party: the chapter, a member or a partner.</param>
    /// <returns>The ties.</returns>
    public IReadOnlyList<Tie> TiesOf(PartyId party) => Get(_ties.Value, party);

    /// <summary>The interactions with a partner, oldest first (workspace order among interactions of the same day).</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The interactions.</returns>
    public IReadOnlyList<Interaction> InteractionsWith(PartyId partner) => Get(_interactions.Value, partner);

    /// <summary>The chapter's partnership with a partner (its owners and flags), or <see langword="null"/> when none is recorded.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The partnership.</returns>
    public Partnership? PartnershipWith(PartyId partner) => _partnerships.GetValueOrDefault(partner);

    /// <summary>The manual tier decisions on the partnership with a partner, oldest first (workspace order among decisions of the same day).</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The tier overrides.</returns>
    public IReadOnlyList<PartnershipTierOverride> TierOverridesOf(PartyId partner) => Get(_overrides.Value, partner);

    /// <summary>The coalition tables where a party holds a seat.</summary>
    /// <param name="party">An organization (or any party that holds a seat).</param>
    /// <returns>The tables.</returns>
    public IReadOnlyList<CoalitionTable> TablesSeating(PartyId party) => Get(_tables.Value, party);

    /// <summary>The calendar events a party hosts or sponsors (hidden sponsorships included: this is an internal view).</summary>
    /// <param name="party">The party.</param>
    /// <returns>The events, in calendar order of the workspace.</returns>
    public IReadOnlyList<CalendarEvent> EventsOf(PartyId party) => Get(_events.Value, party);

    /// <summary>The one-on-one meetings held with a partner.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The one-on-ones.</returns>
    public IReadOnlyList<OneOnOneMeeting> OneOnOnesWith(PartyId partner) => Get(_oneOnOnes.Value, partner);

    /// <summary>The power maps naming a party, as the target or as an actor placed on the map.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The power maps.</returns>
    public IReadOnlyList<PowerMap> PowerMapsNaming(PartyId party) => Get(_powerMaps.Value, party);

    /// <summary>A summary for debugging.</summary>
    /// <returns>The chapter's name and counts.</returns>
    public override string ToString() => $"{Chapter.Name}: {Members.Count} members, {Partners.Count} partners";

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
