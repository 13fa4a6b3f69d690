using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Collaboration;
using Partnering.Core.Tests.Collaboration;

namespace Partnering.Core.Tests.Generators;

/// <summary>
/// Collaboration data with every field of every record in play (coalition tables, one-on-ones,
/// calendar, planned meetings, the meeting profile, feedback and accountability), unknown fields at
/// every level, and awkward text. Every party it names is one of the parties it is given, so the data
/// fits a workspace whose chapter, members and partners those are.
/// </summary>
internal static class CollaborationGenerators
{
    private static readonly string[] Texts = ["Plain words", "Café \"quoted\" \\ back/slash", "line\nbreak\ttab", "∑ unicode ✓ 🎉", "<b>&amp;</b>"];

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : class => Gen.OneOf(Gen.Constant<T?>(null), gen.Select(x => (T?)x));

    private static Gen<T?> MaybeValue<T>(Gen<T> gen) where T : struct => Gen.OneOf(Gen.Constant<T?>(null), gen.Select(x => (T?)x));

    private static Gen<string> Text => Gen.Elements(Texts);

    private static Gen<DateOnly> Day => Gen.Choose(0, 900).Select(d => new DateOnly(2025, 1, 1).AddDays(d));

    private static Gen<TimeOnly> Minute => Gen.Choose(0, 1438).Select(m => new TimeOnly(0, 0).AddMinutes(m));

    private static Gen<bool> Flag => Gen.Elements(true, false);

    /// <summary>No unknown fields, or one, or several of every JSON kind.</summary>
    internal static Gen<IReadOnlyDictionary<string, JsonElement>> Unknown =>
        Gen.Elements("{}", "{\"x-note\":\"kept\"}", "{\"x-list\":[1,2.5,{\"a\":null,\"b\":[true,false]}],\"x-n\":-0.125}")
            .Select(json => (IReadOnlyDictionary<string, JsonElement>)JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()));

    /// <summary>Collaboration data naming only <paramref name="organizations"/> (seats, partners, sponsors) and <paramref name="people"/> (owners of next steps, people doing actions).</summary>
    /// <param name="organizations">Parties that sit at tables, host and sponsor events and are met one-on-one.</param>
    /// <param name="people">Parties that own next steps and do actions.</param>
    /// <returns>The generator.</returns>
    public static Gen<CollaborationData> Data(PartyId[] organizations, PartyId[] people) =>
        from tableCount in Gen.Choose(0, 2)
        from tables in Gen.CollectToArray(Enumerable.Range(0, tableCount).Select(i => Table(i, organizations, people)))
        from oneOnOnes in OneOnOne(organizations, people).ArrayOf()
        from calendar in Event(organizations).ArrayOf()
        from planned in Planned(organizations, tables.Select(t => t.Id).ToArray()).ArrayOf()
        from profile in Maybe(Profile)
        from feedback in Feedback(organizations).ArrayOf()
        from accountability in Accountability(organizations).ArrayOf()
        from unknown in Unknown
        select new CollaborationData
        {
            Tables = tables,
            OneOnOnes = oneOnOnes.Select((o, i) => o with { Id = $"o{i}" }).ToArray(),
            Calendar = calendar.Select((e, i) => e with { Id = $"e{i}" }).ToArray(),
            PlannedMeetings = planned.Select((m, i) => m with { Id = $"m{i}" }).ToArray(),
            MeetingProfile = profile,
            Feedback = feedback,
            Accountability = accountability,
            UnknownFields = unknown,
        };

    private static Gen<TacticProposal> Proposal(PartyId[] organizations) =>
        from tactic in Gen.Elements("rally", "town hall disruption", "petition")
        from proposer in MaybeValue(Gen.Elements(organizations))
        from target in MaybeValue(Gen.Elements(Enum.GetValues<TargetKind>()))
        from description in Maybe(Text)
        from unknown in Unknown
        select new TacticProposal { Tactic = new Tactic(tactic), ProposedBy = proposer, Target = target, Description = description, UnknownFields = unknown };

    private static Gen<CoalitionTable> Table(int index, PartyId[] organizations, PartyId[] people) =>
        from seatCount in Gen.Choose(1, organizations.Length)
        let seated = organizations.Take(seatCount).ToArray()
        from seats in Gen.CollectToArray(seated.Select(o =>
            from reps in Text.ListOf().Select(l => l.Take(2).ToArray())
            from since in MaybeValue(Day)
            from unknown in Unknown
            select new TableSeat { Organization = o, Representatives = reps, Since = since, UnknownFields = unknown }))
        from monthly in Flag
        from start in Day.Where(d => d.Day <= 28)
        from interval in Gen.Choose(1, 52)
        from time in MaybeValue(Minute)
        from untilAfter in MaybeValue(Gen.Choose(0, 400))
        from cadenceUnknown in Unknown
        from meetings in (from date in Day
                          from attendance in Gen.Elements(seated).ArrayOf().Select(a => a.Distinct().ToArray())
                          from agenda in (from kind in Gen.Elements(Enum.GetValues<AgendaItemKind>())
                                          from title in Text
                                          from proposal in Maybe(Proposal(organizations))
                                          from unknown in Unknown
                                          select new AgendaItem { Kind = kind, Title = title, Proposal = proposal, UnknownFields = unknown }).ArrayOf()
                          from unknown in Unknown
                          select new TableMeeting { Date = date, Attendance = attendance, Agenda = agenda, UnknownFields = unknown }).ArrayOf()
        from actions in (from owner in Gen.Elements(seated)
                         from action in CoalitionTableTests.Actions(owner)
                         from person in Maybe(Text)
                         from personId in MaybeValue(Gen.Elements(people))
                         from unknown in Unknown
                         select action with { PersonName = person, Person = personId, UnknownFields = unknown }).ArrayOf()
        from name in Text
        from issue in Gen.Elements("health care", "climate", "Voting Rights")
        from unknown in Unknown
        select new CoalitionTable
        {
            Id = $"table-{index}",
            Name = name,
            Issue = new IssueArea(issue),
            Seats = seats,
            Cadence = new MeetingCadence
            {
                Start = start,
                Frequency = monthly ? CadenceFrequency.Monthly : CadenceFrequency.Weekly,
                Interval = interval,
                Time = time,
                Until = untilAfter is { } u ? start.AddDays(u) : null,
                UnknownFields = cadenceUnknown,
            },
            Meetings = meetings,
            Actions = actions.Select((a, i) => a with { Id = $"a{i}" }).ToArray(),
            UnknownFields = unknown,
        };

    private static Gen<OneOnOneMeeting> OneOnOne(PartyId[] organizations, PartyId[] people) =>
        from partner in Gen.Elements(organizations)
        from heldBy in MaybeValue(Gen.Elements(people))
        from date in Day
        from first in Flag
        from parts in Maybe(Text).ArrayOf(5)
        from formal in Flag
        from research in Maybe(
            from done in Day
            from goals in (from goal in Text
                           from relation in Gen.Elements(Enum.GetValues<GoalRelation>())
                           from unknown in Unknown
                           select new ResearchedGoal { Goal = goal, Relation = relation, UnknownFields = unknown }).ArrayOf()
            from capacities in Text.ArrayOf()
            from constraints in Text.ArrayOf()
            from @base in Maybe(Text)
            from unknown in Unknown
            select new PartnerResearch { DoneOn = done, Goals = goals, Capacities = capacities, Constraints = constraints, Base = @base, UnknownFields = unknown })
        from share in MaybeValue(Gen.Choose(0, int.MaxValue).Select(n => n / (double)int.MaxValue))
        from steps in (from description in Text
                       from owner in Maybe(Text)
                       from ownerId in MaybeValue(Gen.Elements(people))
                       from due in MaybeValue(Day)
                       from unknown in Unknown
                       select new NextStep { Description = description, OwnerName = owner, Owner = ownerId, Due = due, UnknownFields = unknown }).ArrayOf()
        from place in MaybeValue(Gen.Elements(Enum.GetValues<MeetingPlace>()))
        from leadership in MaybeValue(Flag)
        from listened in MaybeValue(Flag)
        from invited in Maybe(
            from meeting in Maybe(Text)
            from day in MaybeValue(Day)
            from time in MaybeValue(Minute)
            from venue in Maybe(Text)
            from unknown in Unknown
            select new InvitationBack { Meeting = meeting, Date = day, Time = time, Place = venue, UnknownFields = unknown })
        from unknown in Unknown
        select new OneOnOneMeeting
        {
            Id = "tmp",
            Partner = partner,
            HeldBy = heldBy,
            Date = date,
            FirstMeeting = first,
            Purpose = parts[0],
            Stories = parts[1],
            Connection = parts[2],
            Strategy = parts[3],
            Ask = parts[4],
            FormalCommitmentSought = formal,
            Research = research,
            OurTalkShare = share,
            NextSteps = steps,
            Place = place,
            AtLeadershipLevel = leadership,
            ListenedFirst = listened,
            InvitedBack = invited,
            UnknownFields = unknown,
        };

    private static Gen<CalendarEvent> Event(PartyId[] organizations) =>
        from e in CalendarConflictTests.Calendars.Where(c => c.Length > 0).Select(c => c[0])
        from place in Maybe(Text)
        from description in Maybe(Text)
        from title in Text
        from seconds in Gen.Choose(0, 59)
        from sponsors in (from sponsor in Gen.Elements(organizations)
                          from name in Maybe(Text)
                          from hidden in Flag
                          from askedBy in MaybeValue(Gen.Elements(organizations))
                          from reason in Maybe(Text)
                          from unknown in Unknown
                          select new EventSponsor
                          {
                              Sponsor = sponsor,
                              Name = name,
                              Visibility = hidden ? SponsorVisibility.Hidden : SponsorVisibility.Public,
                              HiddenAtRequestOf = hidden ? askedBy : null,
                              HiddenReason = hidden ? reason : null,
                              UnknownFields = unknown,
                          }).ArrayOf()
        from host in Gen.Elements(organizations)
        from unknown in Unknown
        select e with { Title = title, Place = place, Description = description, Sponsors = sponsors, Host = host, End = e.End.Add(TimeSpan.FromSeconds(seconds)), UnknownFields = unknown };

    private static Gen<PlannedMeeting> Planned(PartyId[] organizations, string[] tables) =>
        from date in Day
        from start in Gen.Choose(0, 1000).Select(m => new TimeOnly(0, 0).AddMinutes(m))
        from length in Gen.Choose(1, 400)
        from format in Gen.Elements(Enum.GetValues<MeetingFormat>())
        from location in Maybe(
            from name in Text
            from transit in MaybeValue(Flag)
            from stepFree in MaybeValue(Flag)
            from barriers in Text.ArrayOf()
            from told in Flag
            from unknown in Unknown
            select new MeetingLocation { Name = name, NearTransit = transit, StepFree = stepFree, Barriers = barriers, BarriersInInvitation = told, UnknownFields = unknown })
        from attendees in (from name in Text
                           from party in MaybeValue(Gen.Elements(organizations))
                           from flags in Flag.ArrayOf(3)
                           from comfort in MaybeValue(Flag)
                           from nearby in MaybeValue(Flag)
                           from available in (from day in MaybeValue(Gen.Elements(Enum.GetValues<DayOfWeek>()))
                                              from opens in Gen.Choose(0, 1000)
                                              from minutes in Gen.Choose(1, 400)
                                              from unknown in Unknown
                                              select new AvailabilityWindow { Day = day, From = new TimeOnly(0, 0).AddMinutes(opens), To = new TimeOnly(0, 0).AddMinutes(opens + minutes), UnknownFields = unknown }).ArrayOf()
                           from unknown in Unknown
                           select new PlannedAttendee
                           {
                               Name = name,
                               Party = party,
                               Newcomer = flags[0],
                               NeedsStepFree = flags[1],
                               JoinsOnline = flags[2],
                               ToolComfort = comfort,
                               LivesNearby = nearby,
                               Available = available,
                               UnknownFields = unknown,
                           }).ArrayOf()
        from sent in MaybeValue(Day)
        from greeter in Maybe(Text)
        from flags in Flag.ArrayOf(4)
        from agenda in (from title in Text
                        from speaker in Maybe(Text)
                        from speakerParty in MaybeValue(Gen.Elements(organizations))
                        from guest in Flag
                        from minutes in MaybeValue(Gen.Choose(1, 720))
                        from unknown in Unknown
                        select new PlannedAgendaItem { Title = title, Speaker = speaker, SpeakerParty = speakerParty, Guest = guest, Minutes = minutes, UnknownFields = unknown }).ArrayOf()
        from required in Gen.SubListOf(organizations)
        from communities in Gen.SubListOf(organizations)
        from table in tables.Length == 0 ? Gen.Constant<string?>(null) : Maybe(Gen.Elements(tables))
        from tool in Maybe(Gen.Elements("Zoom", "Jitsi", "phone tree"))
        from land in Gen.Elements(Enum.GetValues<LandAcknowledgment>())
        from unknown in Unknown
        select new PlannedMeeting
        {
            Id = "tmp",
            Title = "Planning",
            Date = date,
            Start = start,
            End = start.AddMinutes(length),
            Format = format,
            Location = location,
            Attendees = attendees,
            AgendaSentOn = sent,
            NewcomerGreeter = greeter,
            GroundRules = flags[0],
            FacilitatorWatchesWhoTalks = flags[1],
            FollowUpPlanned = flags[2],
            FeedbackPlanned = flags[3],
            Agenda = agenda,
            RequiredParties = [.. required],
            CommunitiesDiscussed = [.. communities],
            Table = table,
            Tool = tool,
            LandAcknowledgment = land,
            UnknownFields = unknown,
        };

    private static Gen<InclusiveMeetingProfile> Profile =>
        from days in Gen.Choose(0, 60)
        from earliest in Gen.Choose(6 * 60, 11 * 60)
        from latest in Gen.Choose(17 * 60, 23 * 60)
        from longest in Gen.Choose(30, 240)
        from guest in Gen.Choose(5, 60)
        from flags in Flag.ArrayOf(9)
        from unknown in Unknown
        select new InclusiveMeetingProfile
        {
            AgendaDaysAhead = days,
            EarliestStart = new TimeOnly(0, 0).AddMinutes(earliest),
            LatestEnd = new TimeOnly(0, 0).AddMinutes(latest),
            MaxMinutes = longest,
            GuestSpeakerWithinMinutes = guest,
            RequireTransit = flags[0],
            RequireStepFree = flags[1],
            RequireGreeter = flags[2],
            RequireGroundRules = flags[3],
            RequireFacilitation = flags[4],
            RequireFollowUp = flags[5],
            RequireFeedback = flags[6],
            RequireLandAcknowledgmentConsidered = flags[7],
            UnknownFields = unknown,
        };

    private static Gen<PartnerFeedback> Feedback(PartyId[] organizations) =>
        from partner in Gen.Elements(organizations)
        from date in Day
        from summary in Text
        from concern in Flag
        from response in Maybe(Text)
        from respondedAfter in MaybeValue(Gen.Choose(0, 30))
        from unknown in Unknown
        select new PartnerFeedback { Partner = partner, Date = date, Summary = summary, Concern = concern, Response = response, RespondedOn = respondedAfter is { } d ? date.AddDays(d) : null, UnknownFields = unknown };

    private static Gen<AccountabilityAgreement> Accountability(PartyId[] organizations) =>
        from partner in Gen.Elements(organizations)
        from agreed in Day
        from terms in Text.ArrayOf()
        from reviewAfter in MaybeValue(Gen.Choose(0, 365))
        from unknown in Unknown
        select new AccountabilityAgreement { Partner = partner, AgreedOn = agreed, Terms = terms, ReviewOn = reviewAfter is { } d ? agreed.AddDays(d) : null, UnknownFields = unknown };
}
