using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Collaboration;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

public static partial class CollaborationDocument
{
    // ---------------------------------------------------------------- reading

    /// <summary>Maps collaboration data read at <paramref name="path"/> (a document's root, or the workspace's <c>"collaboration"</c> section, where <c>"schemaVersion"</c> is optional), adding its problems.</summary>
    internal static CollaborationData? ReadSection(CollaborationDto e, string path, List<DocumentProblem> problems)
    {
        var before = problems.Count;
        var r = new DtoReader(problems);
        r.Version(e.SchemaVersion, path, CollaborationData.CurrentSchemaVersion, "collaboration document", required: path == "$");
        var tables = r.Array(e.Tables, "tables", path, (x, p) => ReadTable(r, x, p), out var tablePaths);
        var oneOnOnes = r.Array(e.OneOnOnes, "oneOnOnes", path, (x, p) => ReadOneOnOne(r, x, p), out var oneOnOnePaths);
        var calendar = r.Array(e.Calendar, "calendar", path, (x, p) => ReadEvent(r, x, p), out var eventPaths);
        var planned = r.Array(e.PlannedMeetings, "plannedMeetings", path, (x, p) => ReadPlanned(r, x, p), out var plannedPaths);
        var feedback = r.Array(e.Feedback, "feedback", path, (x, p) => ReadFeedback(r, x, p));
        var accountability = r.Array(e.Accountability, "accountability", path, (x, p) => ReadAccountability(r, x, p));
        var profile = r.Object(e.MeetingProfile, "meetingProfile", path, (x, p) => ReadProfile(r, x, p));

        r.Unique(tables.Select(t => t.Id), tablePaths, "id", "the tables");
        r.Unique(oneOnOnes.Select(o => o.Id), oneOnOnePaths, "id", "the one-on-ones");
        r.Unique(calendar.Select(c => c.Id), eventPaths, "id", "the calendar's events");
        r.Unique(planned.Select(m => m.Id), plannedPaths, "id", "the planned meetings");
        return r.Build(path, () => new CollaborationData
        {
            Tables = tables,
            OneOnOnes = oneOnOnes,
            Calendar = calendar,
            PlannedMeetings = planned,
            MeetingProfile = profile,
            Feedback = feedback,
            Accountability = accountability,
            UnknownFields = e.Extra!,
        }, before);
    }

    private static PartnerFeedback? ReadFeedback(DtoReader r, FeedbackDto e, Loc p)
    {
        var before = r.Problems.Count;
        var partner = r.Id(e.Partner, "partner", p, required: true);
        var date = r.Date(e.Date, "date", p, required: true);
        var summary = r.String(e.Summary, "summary", p, required: true);
        var response = r.String(e.Response, "response", p);
        var respondedOn = r.Date(e.RespondedOn, "respondedOn", p);
        return r.Build(p, () => new PartnerFeedback { Partner = partner!.Value, Date = date!.Value, Summary = summary!, Concern = e.Concern ?? false, Response = response, RespondedOn = respondedOn, UnknownFields = e.Extra! }, before);
    }

    private static AccountabilityAgreement? ReadAccountability(DtoReader r, AccountabilityDto e, Loc p)
    {
        var before = r.Problems.Count;
        var partner = r.Id(e.Partner, "partner", p, required: true);
        var agreedOn = r.Date(e.AgreedOn, "agreedOn", p, required: true);
        var terms = r.Texts(e.Terms, "terms", p);
        var reviewOn = r.Date(e.ReviewOn, "reviewOn", p);
        return r.Build(p, () => new AccountabilityAgreement { Partner = partner!.Value, AgreedOn = agreedOn!.Value, Terms = terms, ReviewOn = reviewOn, UnknownFields = e.Extra! }, before);
    }

    private static CoalitionTable? ReadTable(DtoReader r, CoalitionTableDto e, Loc p)
    {
        var before = r.Problems.Count;
        var id = r.String(e.Id, "id", p, required: true);
        var name = r.String(e.Name, "name", p, required: true);
        var issue = r.Term(e.Issue, "issue", p, "An issue area", required: true);
        var cadence = r.Object(e.Cadence, "cadence", p, (x, q) => ReadCadence(r, x, q), required: true);

        var seats = r.Array(e.Seats, "seats", p, (x, q) => ReadSeat(r, x, q), out var seatPaths);
        var meetings = r.Array(e.Meetings, "meetings", p, (x, q) => ReadTableMeeting(r, x, q), out var meetingPaths);
        var actions = r.Array(e.Actions, "actions", p, (x, q) => ReadAction(r, x, q), out var actionPaths);

        r.Unique(seats.Select(s => s.Organization.Value), seatPaths, "organization", "the table's seats");
        r.Unique(actions.Select(a => a.Id), actionPaths, "id", "the table's actions");
        var seated = seats.Select(s => s.Organization).ToHashSet();
        void Seated(PartyId party, Loc at, int item = -1)
        {
            if (!seated.Contains(party))
            {
                r.Problem(item < 0 ? at : at.Item(item), $"'{party}' has no seat at this table; add it to seats.");
            }
        }

        for (var m = 0; m < meetings.Count; m++)
        {
            for (var a = 0; a < meetings[m].Attendance.Count; a++)
            {
                Seated(meetings[m].Attendance[a], meetingPaths[m].Dot("attendance"), a);
            }
        }

        for (var a = 0; a < actions.Count; a++)
        {
            Seated(actions[a].Owner, actionPaths[a].Dot("owner"));
        }

        return r.Build(p, () => new CoalitionTable
        {
            Id = id!,
            Name = name!,
            Issue = new IssueArea(issue!),
            Cadence = cadence!,
            Seats = seats,
            Meetings = meetings,
            Actions = actions,
            UnknownFields = e.Extra!,
        }, before);
    }

    private static MeetingCadence? ReadCadence(DtoReader r, CadenceDto e, Loc p)
    {
        var before = r.Problems.Count;
        var start = r.Date(e.Start, "start", p, required: true);
        var frequency = r.Enum<CadenceFrequency>(e.Frequency, "frequency", p, required: true);
        var interval = r.Int(e.Interval, "interval", p, 1, 52);
        var time = r.Time(e.Time, "time", p);
        var until = r.Date(e.Until, "until", p);
        return r.Build(p, () => new MeetingCadence { Start = start!.Value, Frequency = frequency!.Value, Interval = interval ?? 1, Time = time, Until = until, UnknownFields = e.Extra! }, before, static c => c.Explain());
    }

    private static TableSeat? ReadSeat(DtoReader r, SeatDto e, Loc p)
    {
        var before = r.Problems.Count;
        var org = r.Id(e.Organization, "organization", p, required: true);
        var reps = r.Texts(e.Representatives, "representatives", p);
        var since = r.Date(e.Since, "since", p);
        return r.Build(p, () => new TableSeat { Organization = org!.Value, Representatives = reps, Since = since, UnknownFields = e.Extra! }, before);
    }

    private static TableMeeting? ReadTableMeeting(DtoReader r, TableMeetingDto e, Loc p)
    {
        var before = r.Problems.Count;
        var date = r.Date(e.Date, "date", p, required: true);
        var attendance = r.Ids(e.Attendance, "attendance", p);
        var agenda = r.Array(e.Agenda, "agenda", p, (x, q) => ReadAgendaItem(r, x, q));
        return r.Build(p, () => new TableMeeting { Date = date!.Value, Attendance = attendance, Agenda = agenda, UnknownFields = e.Extra! }, before);
    }

    private static AgendaItem? ReadAgendaItem(DtoReader r, AgendaItemDto e, Loc p)
    {
        var before = r.Problems.Count;
        var kind = r.Enum<AgendaItemKind>(e.Kind, "kind", p, required: true);
        var title = r.String(e.Title, "title", p, required: true);
        var proposal = r.Object(e.Proposal, "proposal", p, (y, q) => ReadProposal(r, y, q));
        return r.Build(p, () => new AgendaItem { Kind = kind!.Value, Title = title!, Proposal = proposal, UnknownFields = e.Extra! }, before);
    }

    private static TacticProposal? ReadProposal(DtoReader r, ProposalDto e, Loc p)
    {
        var before = r.Problems.Count;
        var tactic = r.Term(e.Tactic, "tactic", p, "A tactic", required: true);
        var by = r.Id(e.ProposedBy, "proposedBy", p);
        var target = r.Enum<TargetKind>(e.Target, "target", p);
        var description = r.String(e.Description, "description", p);
        return r.Build(p, () => new TacticProposal { Tactic = new Tactic(tactic!), ProposedBy = by, Target = target, Description = description, UnknownFields = e.Extra! }, before);
    }

    private static AgreedAction? ReadAction(DtoReader r, AgreedActionDto e, Loc p)
    {
        var before = r.Problems.Count;
        var id = r.String(e.Id, "id", p, required: true);
        var description = r.String(e.Description, "description", p, required: true);
        var owner = r.Id(e.Owner, "owner", p, required: true);
        var person = r.String(e.Person, "person", p);
        var personId = r.Id(e.PersonId, "personId", p);
        var agreed = r.Date(e.AgreedOn, "agreedOn", p, required: true);
        var due = r.Date(e.Due, "due", p, required: true);
        var status = r.Enum<ActionStatus>(e.Status, "status", p);
        var delivered = r.Date(e.DeliveredOn, "deliveredOn", p);
        return r.Build(p, () => new AgreedAction
        {
            Id = id!,
            Description = description!,
            Owner = owner!.Value,
            Person = personId,
            PersonName = person,
            AgreedOn = agreed!.Value,
            Due = due!.Value,
            Status = status ?? ActionStatus.Open,
            DeliveredOn = delivered,
            UnknownFields = e.Extra!,
        }, before, static a => a.Explain());
    }
}
