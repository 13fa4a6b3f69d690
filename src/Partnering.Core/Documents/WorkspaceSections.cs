using System;
using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Internal;
using Partnering.Core.Tiers;

namespace Partnering.Core.Documents;

/// <summary>
/// The optional sections later capabilities add to the workspace document: <c>"policy"</c>,
/// <c>"ladder"</c>, <c>"tierOverrides"</c>, <c>"powerMaps"</c>, <c>"assets"</c> and
/// <c>"collaboration"</c>. Each is deserialized once, in place, into the same data classes as the
/// stand-alone document and mapped by the same code, with paths from the workspace root
/// (<c>$.collaboration.calendar[2].host</c>), and written back through the same data classes.
/// A field written twice anywhere in a section is refused at its path. Party ids a section names are
/// then checked against the workspace's chapter, members and partners.
/// </summary>
/// <remarks>
/// Inside the workspace a section does not need its own <c>"schemaVersion"</c>: the workspace's
/// version governs. One written anyway must be the feature's current version; it is not written
/// back (sections are saved without it).
/// </remarks>
internal static class WorkspaceSections
{
    /// <summary>Reads the sections into <paramref name="workspace"/> (when it was read), adding problems to <paramref name="problems"/>.</summary>
    public static Workspace? Read(WorkspaceDto dto, Workspace? workspace, List<DocumentProblem> problems)
    {
        // Each section was deserialized in place into its DTO (a field written twice refused by the
        // serializer at its path); here it is mapped with paths from the workspace root.
        var before = problems.Count;
        var policy = dto.Policy is { } e ? PolicyDocument.ReadSection(e, "$.policy", problems) : null;
        var ladder = dto.Ladder is { } l ? TierLadderDocument.ReadSection(l, "$.ladder", problems) : null;
        var overrides = dto.TierOverrides is { } o ? ReadOverrides(o, problems) : ValueList<PartnershipTierOverride>.Empty;
        var maps = (dto.PowerMaps ?? (object?)dto.Assets ?? dto.Outreach) is null ? null : MapsDocument.ReadSections(dto.PowerMaps, dto.Assets, dto.Outreach, problems);
        var collaboration = dto.Collaboration is { } c ? CollaborationDocument.ReadSection(c, "$.collaboration", problems) : null;
        if (workspace is null || problems.Count > before)
        {
            return null;
        }

        var result = workspace with
        {
            Policy = policy,
            Ladder = ladder,
            TierOverrides = overrides,
            PowerMaps = maps?.Maps ?? [],
            Assets = maps?.Assets ?? [],
            Outreach = maps?.Outreach,
            Collaboration = collaboration,
        };
        CheckReferences(result, problems);
        return problems.Count > before ? null : result;
    }

    private static ValueList<PartnershipTierOverride> ReadOverrides(List<TierOverrideDto?> list, List<DocumentProblem> problems)
    {
        var r = new DtoReader(problems);
        var result = r.Array(list, "tierOverrides", "$", (item, at) =>
        {
            var partner = r.Id(item.Partner, "partner", at, required: true);
            var decidedBy = r.Id(item.DecidedBy, "decidedBy", at, required: true);
            var tier = r.String(item.Tier, "tier", at, required: true);
            var reason = r.String(item.Reason, "reason", at, required: true);
            var date = r.Date(item.Date, "date", at, required: true);
            return partner is { } p && decidedBy is { } by && tier is not null && reason is not null && date is { } day
                ? new PartnershipTierOverride { Partner = p, Override = new TierOverride { Date = day, Tier = tier, Reason = reason, DecidedBy = by }, UnknownFields = item.Extra! }
                : null;
        });
        return ValueList<PartnershipTierOverride>.Wrap(result.ToArray());
    }

    /// <summary>Every party id a section names must be the chapter, a member or a partner of the workspace.</summary>
    private static void CheckReferences(Workspace workspace, List<DocumentProblem> problems)
    {
        var members = workspace.Chapter.Members.Select(m => m.Id).ToHashSet();
        var partners = new HashSet<PartyId>(workspace.Partners.Count);
        foreach (var partner in workspace.Partners)
        {
            partners.Add(partner.Id);
        }

        var partnerships = workspace.Partnerships.Select(p => p.Partner).ToHashSet();
        var chapter = workspace.Chapter.Id;

        bool Known(PartyId? id) => id is not { } value || value == chapter || members.Contains(value) || partners.Contains(value);

        void Add(Loc path, string message) => problems.Add(new DocumentProblem(path.ToString(), message));

        void Party(PartyId? id, Loc path, string role)
        {
            if (!Known(id))
            {
                Add(path, ProblemText.UnknownParty(role, id.ToString()!));
            }
        }

        var tiers = (workspace.Ladder ?? TierLadder.Default).Tiers.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        Each(workspace.TierOverrides, "$.tierOverrides", (o, at) =>
        {
            if (!partnerships.Contains(o.Partner))
            {
                Add(at.Dot("partner"), $"The partner '{o.Partner}' has no partnership in this workspace; a tier override applies to a partnership.");
            }

            if (!members.Contains(o.Override.DecidedBy))
            {
                Add(at.Dot("decidedBy"), $"'{o.Override.DecidedBy}' is not a member of the chapter; tier overrides are decided by members.");
            }

            if (!tiers.Contains(o.Override.Tier))
            {
                Add(at.Dot("tier"), $"The tier '{o.Override.Tier}' is not a tier of the {(workspace.Ladder is null ? "default" : "workspace's")} ladder ({string.Join(", ", tiers)}).");
            }
        });
        Each(workspace.PowerMaps, "$.powerMaps", (map, at) =>
        {
            Party(map.Target, at.Dot("target"), "target");
            for (var j = 0; j < map.Placements.Count; j++)
            {
                // The path is made only for a problem: a large map has a placement per actor.
                if (!Known(map.Placements[j].Actor))
                {
                    Party(map.Placements[j].Actor, at.Dot("placements").Item(j).Dot("actor"), "actor");
                }
            }
        });
        Each(workspace.Assets, "$.assets", (asset, at) => Party(asset.Holder, at.Dot("holder"), "holder"));
        Each(workspace.Outreach?.Items ?? [], "$.outreach.items", (item, at) =>
        {
            Party(item.Partner, at.Dot("partner"), "partner");
            Party(item.Introducer, at.Dot("introducer"), "introducer");
            if (!members.Contains(item.Owner))
            {
                Add(at.Dot("owner"), $"'{item.Owner}' is not a member of the chapter; an outreach item is owned by a member.");
            }
        });
        if (workspace.Collaboration is not { } data)
        {
            return;
        }

        const string C = "$.collaboration";
        Each(data.Tables, C + ".tables", (table, at) =>
        {
            Each(table.Seats, at.Dot("seats"), (seat, p) => Party(seat.Organization, p.Dot("organization"), "seat's organization"));
            Each(table.Meetings, at.Dot("meetings"), (meeting, m) =>
            {
                Each(meeting.Attendance, m.Dot("attendance"), (id, p) => Party(id, p, "attendee"));
                Each(meeting.Agenda, m.Dot("agenda"), (item, p) => Party(item.Proposal?.ProposedBy, p.Dot("proposal").Dot("proposedBy"), "proposer"));
            });
            Each(table.Actions, at.Dot("actions"), (action, p) =>
            {
                Party(action.Owner, p.Dot("owner"), "action's owner");
                Party(action.Person, p.Dot("personId"), "person doing the action");
            });
        });
        Each(data.OneOnOnes, C + ".oneOnOnes", (meeting, at) =>
        {
            Party(meeting.Partner, at.Dot("partner"), "partner");
            Party(meeting.HeldBy, at.Dot("heldBy"), "member holding the meeting");
            Each(meeting.NextSteps, at.Dot("nextSteps"), (step, p) => Party(step.Owner, p.Dot("ownerId"), "next step's owner"));
        });
        Each(data.Calendar, C + ".calendar", (calendarEvent, at) =>
        {
            Party(calendarEvent.Host, at.Dot("host"), "host");
            Each(calendarEvent.Sponsors, at.Dot("sponsors"), (sponsor, p) =>
            {
                Party(sponsor.Sponsor, p.Dot("sponsor"), "sponsor");
                Party(sponsor.HiddenAtRequestOf, p.Dot("hiddenAtRequestOf"), "party who asked");
            });
        });
        Each(data.Feedback, C + ".feedback", (feedback, at) => Party(feedback.Partner, at.Dot("partner"), "partner"));
        Each(data.Accountability, C + ".accountability", (agreement, at) => Party(agreement.Partner, at.Dot("partner"), "partner"));
        Each(data.PlannedMeetings, C + ".plannedMeetings", (meeting, at) =>
        {
            Each(meeting.Attendees, at.Dot("attendees"), (attendee, p) => Party(attendee.Party, p.Dot("party"), "attendee"));
            Each(meeting.RequiredParties, at.Dot("requiredParties"), (id, p) => Party(id, p, "party needed in the conversation"));
            Each(meeting.CommunitiesDiscussed, at.Dot("communitiesDiscussed"), (id, p) => Party(id, p, "partner whose community is discussed"));
            Each(meeting.Agenda, at.Dot("agenda"), (item, p) => Party(item.SpeakerParty, p.Dot("speakerParty"), "speaker"));
        });
    }

    /// <summary>Checks each item of a list at its path (made into a string only for a problem).</summary>
    private static void Each<T>(IReadOnlyList<T> items, Loc path, Action<T, Loc> check)
    {
        var at = items.Count > 0 ? path.ToString() : string.Empty;
        for (var i = 0; i < items.Count; i++)
        {
            check(items[i], new Loc(at, i));
        }
    }
}
