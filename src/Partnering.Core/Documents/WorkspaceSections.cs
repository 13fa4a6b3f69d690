using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Partnering.Core.Collaboration;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;
using Partnering.Core.Maps;
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
    public const string PolicyField = "policy";
    public const string LadderField = "ladder";
    public const string OverridesField = "tierOverrides";
    public const string PowerMapsField = "powerMaps";
    public const string AssetsField = "assets";
    public const string CollaborationField = "collaboration";
    public const string OutreachField = "outreach";

    /// <summary>Reads the sections into <paramref name="workspace"/> (when it was read), adding problems to <paramref name="problems"/>.</summary>
    public static Workspace? Read(WorkspaceDto dto, Workspace? workspace, List<DocumentProblem> problems)
    {
        var before = problems.Count;
        EligibilityPolicy? policy = null;
        TierLadder? ladder = null;
        IReadOnlyList<PartnershipTierOverride> overrides = ValueList<PartnershipTierOverride>.Empty;
        IReadOnlyList<PowerMap> maps = [];
        IReadOnlyList<DeclaredAsset> assets = [];
        OutreachPlan? outreach = null;
        CollaborationData? collaboration = null;

        // Each section was deserialized in place into its DTO (a field written twice refused by the
        // serializer at its path); here it is mapped with paths from the workspace root.
        if (dto.Policy is { } e)
        {
            policy = PolicyDocument.ReadSection(e, "$." + PolicyField, problems);
        }

        if (dto.Ladder is { } l)
        {
            ladder = TierLadderDocument.ReadSection(l, "$." + LadderField, problems);
        }

        if (dto.TierOverrides is { } o)
        {
            overrides = ReadOverrides(o, problems);
        }

        if ((dto.PowerMaps ?? (object?)dto.Assets ?? dto.Outreach) is not null
            && MapsDocument.ReadSections(dto.PowerMaps, dto.Assets, dto.Outreach, problems) is { } read)
        {
            (maps, assets, outreach) = read;
        }

        if (dto.Collaboration is { } c)
        {
            collaboration = CollaborationDocument.ReadSection(c, "$." + CollaborationField, problems);
        }

        if (workspace is null || problems.Count > before)
        {
            return null;
        }

        var result = workspace with
        {
            Policy = policy,
            Ladder = ladder,
            TierOverrides = overrides,
            PowerMaps = maps,
            Assets = assets,
            Outreach = outreach,
            Collaboration = collaboration,
        };
        CheckReferences(result, problems);
        return problems.Count > before ? null : result;
    }

    private static ValueList<PartnershipTierOverride> ReadOverrides(List<TierOverrideDto?> list, List<DocumentProblem> problems)
    {
        var r = new DtoReader(problems, DtoWording.TierOverrides);
        var result = r.Array(list, OverridesField, "$", (item, at) =>
        {
            var partner = r.Id(item.Partner, "partner", at, required: true);
            var decidedBy = r.Id(item.DecidedBy, "decidedBy", at, required: true);
            var tier = r.String(item.Tier, "tier", at, required: true);
            var reason = r.String(item.Reason, "reason", at, required: true);
            var date = r.Date(item.Date, "date", at, required: true);
            return partner is { } p && decidedBy is { } by && tier is not null && reason is not null && date is { } day
                ? new PartnershipTierOverride { Partner = p, Override = new TierOverride { Date = day, Tier = tier, Reason = reason, DecidedBy = by }, UnknownFields = item.Extra! }
                : null;
        }, "A tier override is an object with partner, date, tier, reason and decidedBy.");
        return ValueList<PartnershipTierOverride>.Wrap(result.ToArray());
    }

    /// <summary>Every party id a section names must be the chapter, a member or a partner of the workspace.</summary>
    private static void CheckReferences(Workspace workspace, List<DocumentProblem> problems)
    {
        var members = workspace.Chapter.Members.Select(m => m.Id).ToHashSet();
        var partners = workspace.Partners.Select(p => p.Id).ToHashSet();
        var partnerships = workspace.Partnerships.Select(p => p.Partner).ToHashSet();
        var chapter = workspace.Chapter.Id;

        void Party(PartyId? id, string path, string role)
        {
            if (id is { } value && value != chapter && !members.Contains(value) && !partners.Contains(value))
            {
                problems.Add(new DocumentProblem(path, $"The {role} '{value}' is not the chapter, a member or a partner of this workspace."));
            }
        }

        var tiers = (workspace.Ladder ?? TierLadder.Default).Tiers.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < workspace.TierOverrides.Count; i++)
        {
            var o = workspace.TierOverrides[i];
            var at = Item("$." + OverridesField, i);
            if (!partnerships.Contains(o.Partner))
            {
                problems.Add(new DocumentProblem(at + ".partner", $"The partner '{o.Partner}' has no partnership in this workspace; a tier override applies to a partnership."));
            }

            if (!members.Contains(o.Override.DecidedBy))
            {
                problems.Add(new DocumentProblem(at + ".decidedBy", $"'{o.Override.DecidedBy}' is not a member of the chapter; tier overrides are decided by members."));
            }

            if (!tiers.Contains(o.Override.Tier))
            {
                problems.Add(new DocumentProblem(at + ".tier", $"The tier '{o.Override.Tier}' is not a tier of the {(workspace.Ladder is null ? "default" : "workspace's")} ladder ({string.Join(", ", tiers)})."));
            }
        }

        for (var i = 0; i < workspace.PowerMaps.Count; i++)
        {
            var map = workspace.PowerMaps[i];
            var at = Item("$." + PowerMapsField, i);
            Party(map.Target, at + ".target", "target");
            for (var j = 0; j < map.Placements.Count; j++)
            {
                Party(map.Placements[j].Actor, Item(at + ".placements", j) + ".actor", "actor");
            }
        }

        for (var i = 0; i < workspace.Assets.Count; i++)
        {
            Party(workspace.Assets[i].Holder, Item("$." + AssetsField, i) + ".holder", "holder");
        }

        if (workspace.Outreach is { } plan)
        {
            for (var i = 0; i < plan.Items.Count; i++)
            {
                var at = Item("$." + OutreachField + ".items", i);
                Party(plan.Items[i].Partner, at + ".partner", "partner");
                Party(plan.Items[i].Introducer, at + ".introducer", "introducer");
                if (!members.Contains(plan.Items[i].Owner))
                {
                    problems.Add(new DocumentProblem(at + ".owner", $"'{plan.Items[i].Owner}' is not a member of the chapter; an outreach item is owned by a member."));
                }
            }
        }

        if (workspace.Collaboration is not { } data)
        {
            return;
        }

        const string C = "$." + CollaborationField;
        for (var i = 0; i < data.Tables.Count; i++)
        {
            var table = data.Tables[i];
            var at = Item(C + ".tables", i);
            for (var j = 0; j < table.Seats.Count; j++)
            {
                Party(table.Seats[j].Organization, Item(at + ".seats", j) + ".organization", "seat's organization");
            }

            for (var j = 0; j < table.Meetings.Count; j++)
            {
                var meeting = table.Meetings[j];
                var m = Item(at + ".meetings", j);
                for (var k = 0; k < meeting.Attendance.Count; k++)
                {
                    Party(meeting.Attendance[k], Item(m + ".attendance", k), "attendee");
                }

                for (var k = 0; k < meeting.Agenda.Count; k++)
                {
                    Party(meeting.Agenda[k].Proposal?.ProposedBy, Item(m + ".agenda", k) + ".proposal.proposedBy", "proposer");
                }
            }

            for (var j = 0; j < table.Actions.Count; j++)
            {
                Party(table.Actions[j].Owner, Item(at + ".actions", j) + ".owner", "action's owner");
                Party(table.Actions[j].Person, Item(at + ".actions", j) + ".personId", "person doing the action");
            }
        }

        for (var i = 0; i < data.OneOnOnes.Count; i++)
        {
            var at = Item(C + ".oneOnOnes", i);
            Party(data.OneOnOnes[i].Partner, at + ".partner", "partner");
            Party(data.OneOnOnes[i].HeldBy, at + ".heldBy", "member holding the meeting");
            for (var j = 0; j < data.OneOnOnes[i].NextSteps.Count; j++)
            {
                Party(data.OneOnOnes[i].NextSteps[j].Owner, Item(at + ".nextSteps", j) + ".ownerId", "next step's owner");
            }
        }

        for (var i = 0; i < data.Calendar.Count; i++)
        {
            var calendarEvent = data.Calendar[i];
            var at = Item(C + ".calendar", i);
            Party(calendarEvent.Host, at + ".host", "host");
            for (var j = 0; j < calendarEvent.Sponsors.Count; j++)
            {
                Party(calendarEvent.Sponsors[j].Sponsor, Item(at + ".sponsors", j) + ".sponsor", "sponsor");
                Party(calendarEvent.Sponsors[j].HiddenAtRequestOf, Item(at + ".sponsors", j) + ".hiddenAtRequestOf", "party who asked");
            }
        }

        for (var i = 0; i < data.Feedback.Count; i++)
        {
            Party(data.Feedback[i].Partner, Item(C + ".feedback", i) + ".partner", "partner");
        }

        for (var i = 0; i < data.Accountability.Count; i++)
        {
            Party(data.Accountability[i].Partner, Item(C + ".accountability", i) + ".partner", "partner");
        }

        for (var i = 0; i < data.PlannedMeetings.Count; i++)
        {
            var meeting = data.PlannedMeetings[i];
            var at = Item(C + ".plannedMeetings", i);
            for (var j = 0; j < meeting.Attendees.Count; j++)
            {
                Party(meeting.Attendees[j].Party, Item(at + ".attendees", j) + ".party", "attendee");
            }

            for (var j = 0; j < meeting.RequiredParties.Count; j++)
            {
                Party(meeting.RequiredParties[j], Item(at + ".requiredParties", j), "party needed in the conversation");
            }

            for (var j = 0; j < meeting.CommunitiesDiscussed.Count; j++)
            {
                Party(meeting.CommunitiesDiscussed[j], Item(at + ".communitiesDiscussed", j), "partner whose community is discussed");
            }

            for (var j = 0; j < meeting.Agenda.Count; j++)
            {
                Party(meeting.Agenda[j].SpeakerParty, Item(at + ".agenda", j) + ".speakerParty", "speaker");
            }
        }
    }

    private static string Item(string path, int index) => JsonPath.Item(path, index);
}
