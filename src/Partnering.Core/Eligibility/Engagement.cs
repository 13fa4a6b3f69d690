using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Internal;

namespace Partnering.Core.Eligibility;

/// <summary>The kind of work a chapter proposes to do with a partner.</summary>
public enum EngagementKind
{
    /// <summary>The organization-level question: may the chapter partner with this party at all.</summary>
    Partnership,

    /// <summary>A first approach: reaching out to start a relationship.</summary>
    Outreach,

    /// <summary>Sharing each other's action alerts.</summary>
    ShareAlerts,

    /// <summary>Promoting an event to each other's network, or co-branding it.</summary>
    CoPromoteEvent,

    /// <summary>Being listed as co-sponsors of an event.</summary>
    CoSponsorEvent,

    /// <summary>Organizing an event together (fundraiser, phonebank, canvass...).</summary>
    CoOrganizeEvent,

    /// <summary>Signing a joint letter.</summary>
    JointLetter,

    /// <summary>A rally or event with the partner as a speaker.</summary>
    RallyWithSpeaker,

    /// <summary>Meeting an official together.</summary>
    MeetingWithOfficial,

    /// <summary>Taking part in a coalition table, or an action agreed there.</summary>
    CoalitionTable,

    /// <summary>Shared leadership, a joint brand or a public coalition.</summary>
    SharedLeadership,

    /// <summary>Merging the two groups.</summary>
    Merger,
}

/// <summary>Where an engagement takes place, as far as the partner's spaces are concerned.</summary>
public enum EngagementVenue
{
    /// <summary>Not said.</summary>
    Unspecified,

    /// <summary>The chapter's own space, or online.</summary>
    OurSpace,

    /// <summary>A public place.</summary>
    PublicSpace,

    /// <summary>A space of the partner's, by the partner's invitation.</summary>
    PartnerSpaceByInvitation,

    /// <summary>A space of the partner's, without an invitation.</summary>
    PartnerSpaceUninvited,
}

/// <summary>
/// A piece of work the chapter proposes: its kind, the partner(s) coordinated with, the date, the
/// message and the target it aims at, the tactic, the venue, and the member acting for the chapter.
/// Eligibility is decided per engagement: a partnership can stand while one engagement is declined.
/// </summary>
public sealed record Engagement
{
    /// <summary>The kind of work.</summary>
    public required EngagementKind Kind { get; init; }

    /// <summary>The partners coordinated with. Each is judged; the engagement gets the strictest outcome.</summary>
    public IReadOnlyList<PartyId> Partners { get; init => field = Guard.List(value); } = ValueList<PartyId>.Empty;

    /// <summary>The day of the engagement; date windows (candidacies, effective dates) are read on this day.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The kind of target the message aims at, when known (e.g. <see cref="TargetKind.Lawmaker"/>).</summary>
    public TargetKind? Target { get; init; }

    /// <summary>The message or framing in words. Email addresses and phone numbers are redacted from audit records.</summary>
    public string? Message { get; init; }

    /// <summary>The tactic proposed, when there is one (e.g. "disrupt-town-hall").</summary>
    public Tactic? Tactic { get; init; }

    /// <summary>Where it takes place.</summary>
    public EngagementVenue Venue { get; init; } = EngagementVenue.Unspecified;

    /// <summary>Whether the chapter is the one reaching out (rather than answering the partner).</summary>
    public bool ChapterReachesOut { get; init; }

    /// <summary>Whether the partners would be listed publicly (as sponsors, signatories...).</summary>
    public bool ListsPartnersPublicly { get; init; }

    /// <summary>The member acting for the chapter, if one is named; their own affiliations stay theirs.</summary>
    public PartyId? Member { get; init; }

    /// <summary>A short description for reports, e.g. "Engagement CoOrganizeEvent with p1, p2 on 2026-03-01".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
        => $"{Kind} with {(Partners.Count == 0 ? "no partner" : string.Join(", ", Partners))} on {Date:yyyy-MM-dd}";
}

/// <summary>
/// The chapter with its partners and members indexed by id: what the evaluator reads facts from.
/// Build one per workspace (or per chapter and partner list) and reuse it; it is immutable and thread-safe.
/// </summary>
public sealed class PartnerDirectory
{
    // Keyed by the id's text with the ordinal comparer: a frozen string dictionary hashes a few characters
    // instead of the whole id, which is most of a lookup's cost on the decision path.
    private readonly FrozenDictionary<string, (Partner Partner, ulong Profile)> _partners;
    private readonly FrozenDictionary<string, Member> _members;

    /// <summary>Indexes a chapter and its partners.</summary>
    /// <param name="chapter">The chapter.</param>
    /// <param name="partners">The partners; ids must be unique.</param>
    /// <exception cref="ArgumentException">Two partners share an id.</exception>
    public PartnerDirectory(Chapter chapter, IEnumerable<Partner> partners)
    {
        Chapter = Guard.NotNull(chapter);
        Partners = Guard.List(partners);
        var byId = new Dictionary<PartyId, (Partner, ulong)>();
        foreach (var partner in Partners)
        {
            if (!byId.TryAdd(partner.Id, (partner, PartnerProfile.Of(chapter, partner))))
            {
                throw new ArgumentException($"Partner ids must be unique; '{partner.Id}' appears twice.", nameof(partners));
            }
        }

        _partners = byId.ToFrozenDictionary(p => p.Key.Value, p => p.Value, StringComparer.Ordinal);
        Profiles = [.. Partners.Select(p => byId[p.Id].Item2)];
        var members = new Dictionary<string, Member>(StringComparer.Ordinal);
        foreach (var member in chapter.Members)
        {
            members.TryAdd(member.Id.Value, member);
        }

        _members = members.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The chapter ("us").</summary>
    public Chapter Chapter { get; }

    /// <summary>The partners in the order given.</summary>
    public IReadOnlyList<Partner> Partners { get; }

    /// <summary>Each partner's static facts (<see cref="PartnerProfile"/>), in the order of <see cref="Partners"/>.</summary>
    internal ulong[] Profiles { get; }

    /// <summary>Indexes a workspace's chapter and partners.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <returns>The directory.</returns>
    public static PartnerDirectory From(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return new PartnerDirectory(workspace.Chapter, workspace.Partners);
    }

    /// <summary>Finds a partner by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The partner, or <see langword="null"/> when the directory has none with that id.</returns>
    public Partner? FindPartner(PartyId id) => _partners.TryGetValue(id.Value, out var entry) ? entry.Partner : null;

    /// <summary>Finds a partner with its precomputed static facts (see <see cref="PartnerProfile"/>).</summary>
    internal Partner? FindPartner(PartyId id, out ulong profile)
    {
        if (_partners.TryGetValue(id.Value, out var entry))
        {
            profile = entry.Profile;
            return entry.Partner;
        }

        profile = 0;
        return null;
    }

    /// <summary>Finds one of the chapter's members by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The member, or <see langword="null"/> when the chapter has none with that id.</returns>
    public Member? FindMember(PartyId id) => _members.GetValueOrDefault(id.Value);
}
