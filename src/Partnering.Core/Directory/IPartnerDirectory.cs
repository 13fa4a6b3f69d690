using System.Collections.Generic;
using Partnering.Core.Collaboration;
using Partnering.Core.Maps;
using Partnering.Core.Tiers;

namespace Partnering.Core;

/// <summary>
/// Answers questions about the parties of one chapter's workspace: find a partner or member by id,
/// list partners by kind, issue area, state or tag, read the ties of any party (from either end),
/// and the interactions and partnership with a partner.
/// </summary>
/// <remarks>
/// <see cref="InMemoryPartnerDirectory"/> answers from a loaded <see cref="Workspace"/>; applications
/// with their own store implement this interface (and <see cref="IPartnerDirectoryFactory"/>, or
/// register their directory directly). Implementations must be safe to query from many threads.
/// Lists come in workspace order unless a member says otherwise; a query that matches nothing returns
/// an empty list, never <see langword="null"/>.
/// </remarks>
public interface IPartnerDirectory
{
    /// <summary>The chapter ("us").</summary>
    Chapter Chapter { get; }

    /// <summary>The chapter's members.</summary>
    IReadOnlyList<Member> Members { get; }

    /// <summary>Every partner.</summary>
    IReadOnlyList<Partner> Partners { get; }

    /// <summary>The partner with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The partner, or <see langword="null"/> when no partner has the id (it may be a member or the chapter).</returns>
    Partner? FindPartner(PartyId id);

    /// <summary>The member with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The member, or <see langword="null"/>.</returns>
    Member? FindMember(PartyId id);

    /// <summary>The name of any party (the chapter, a member or a partner), or <see langword="null"/> when the id names none.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The name.</returns>
    string? NameOf(PartyId id);

    /// <summary>Organizations of one kind (party clubs, unions, campaigns...).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The organizations.</returns>
    IReadOnlyList<Organization> OrganizationsOfKind(OrganizationKind kind);

    /// <summary>Individuals holding one role (elected officials, journalists...).</summary>
    /// <param name="role">The role.</param>
    /// <returns>The individuals.</returns>
    IReadOnlyList<Individual> IndividualsInRole(IndividualRole role);

    /// <summary>Partners working on an issue area.</summary>
    /// <param name="area">The issue area.</param>
    /// <returns>The partners.</returns>
    IReadOnlyList<Partner> PartnersWorkingOn(IssueArea area);

    /// <summary>Partners based in a state.</summary>
    /// <param name="state">A two-letter code, any case (e.g. "OH").</param>
    /// <returns>The partners; empty for an unknown code.</returns>
    IReadOnlyList<Partner> PartnersInState(string state);

    /// <summary>Partners carrying a tag, compared ignoring case.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The partners.</returns>
    IReadOnlyList<Partner> PartnersTagged(string tag);

    /// <summary>
    /// The ties with <paramref name="party"/> at either end. A tie is stored once and is returned for
    /// both its ends; use <see cref="Tie.Other"/> to read the other end.
    /// </summary>
    /// <param name="party">Any party: the chapter, a member or a partner.</param>
    /// <returns>The ties.</returns>
    IReadOnlyList<Tie> TiesOf(PartyId party);

    /// <summary>The interactions with a partner, oldest first (workspace order among interactions of the same day).</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The interactions.</returns>
    IReadOnlyList<Interaction> InteractionsWith(PartyId partner);

    /// <summary>The chapter's partnership with a partner (its owners and flags), or <see langword="null"/> when none is recorded.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The partnership.</returns>
    Partnership? PartnershipWith(PartyId partner);

    /// <summary>The manual tier decisions on the partnership with a partner, oldest first (workspace order among decisions of the same day).</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The tier overrides.</returns>
    IReadOnlyList<PartnershipTierOverride> TierOverridesOf(PartyId partner);

    /// <summary>The coalition tables where a party holds a seat.</summary>
    /// <param name="party">An organization (or any party that holds a seat).</param>
    /// <returns>The tables.</returns>
    IReadOnlyList<CoalitionTable> TablesSeating(PartyId party);

    /// <summary>The calendar events a party hosts or sponsors (hidden sponsorships included: this is an internal view).</summary>
    /// <param name="party">The party.</param>
    /// <returns>The events, in calendar order of the workspace.</returns>
    IReadOnlyList<CalendarEvent> EventsOf(PartyId party);

    /// <summary>The one-on-one meetings held with a partner.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The one-on-ones.</returns>
    IReadOnlyList<OneOnOneMeeting> OneOnOnesWith(PartyId partner);

    /// <summary>The power maps naming a party, as the target or as an actor placed on the map.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The power maps.</returns>
    IReadOnlyList<PowerMap> PowerMapsNaming(PartyId party);
}

/// <summary>Builds a <see cref="IPartnerDirectory"/> over a workspace. Registered by <c>AddPartnering</c>; replace it to plug in another store.</summary>
public interface IPartnerDirectoryFactory
{
    /// <summary>Creates a directory over <paramref name="workspace"/>.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <returns>The directory.</returns>
    IPartnerDirectory Create(Workspace workspace);
}
