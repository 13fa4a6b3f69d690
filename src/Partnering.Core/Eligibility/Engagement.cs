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
