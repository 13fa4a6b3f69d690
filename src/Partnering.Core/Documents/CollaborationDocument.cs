using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Partnering.Core.Internal;
using Partnering.Core.Collaboration;

namespace Partnering.Core.Documents;

/// <summary>
/// Loads and saves <see cref="CollaborationData"/> as JSON: camelCase fields, enums as camelCase strings,
/// dates as <c>yyyy-MM-dd</c>, times as <c>HH:mm</c>. Loading reports every problem with its JSON path;
/// fields this version does not know are kept and written back, so load then save loses nothing.
/// </summary>
/// <remarks>
/// Besides the shape of each value, loading checks: the schema version; unique ids (tables, actions
/// within a table, one-on-ones, events, planned meetings); that attendance and action owners name a seat
/// at their table; that cadences, actions and event times are consistent; and the meeting profile's
/// thresholds. A load never half-succeeds.
/// </remarks>
public static class CollaborationDocument
{
    private const string What = "collaboration";

    private static readonly string[] RootFields = ["schemaVersion", "tables", "oneOnOnes", "calendar", "plannedMeetings", "meetingProfile", "feedback", "accountability"];

    private static readonly string[] FeedbackFields = ["partner", "date", "summary", "concern", "response", "respondedOn"];

    private static readonly string[] AccountabilityFields = ["partner", "agreedOn", "terms", "reviewOn"];

    private static readonly string[] TableFields = ["id", "name", "issue", "cadence", "seats", "meetings", "actions"];

    private static readonly string[] CadenceFields = ["start", "frequency", "interval", "time", "until"];

    private static readonly string[] SeatFields = ["organization", "representatives", "since"];

    private static readonly string[] TableMeetingFields = ["date", "attendance", "agenda"];

    private static readonly string[] AgendaItemFields = ["kind", "title", "proposal"];

    private static readonly string[] ProposalFields = ["tactic", "proposedBy", "target", "description"];

    private static readonly string[] ActionFields = ["id", "description", "owner", "person", "agreedOn", "due", "status", "deliveredOn", "personId"];

    private static readonly string[] OneOnOneFields = ["id", "partner", "heldBy", "date", "firstMeeting", "purpose", "stories", "connection", "strategy", "ask", "formalCommitmentSought", "research", "ourTalkShare", "nextSteps", "place", "atLeadershipLevel", "listenedFirst", "invitedBack"];

    private static readonly string[] InvitationFields = ["meeting", "date", "time", "place"];

    private static readonly string[] ResearchFields = ["doneOn", "goals", "capacities", "constraints", "base"];

    private static readonly string[] GoalFields = ["goal", "relation"];

    private static readonly string[] NextStepFields = ["description", "owner", "due", "ownerId"];

    private static readonly string[] EventFields = ["id", "title", "date", "start", "end", "place", "kind", "host", "audience", "press", "sponsors", "description"];

    private static readonly string[] SponsorFields = ["sponsor", "name", "visibility", "hiddenAtRequestOf", "hiddenReason"];

    private static readonly string[] PlannedFields = ["id", "title", "date", "start", "end", "format", "location", "attendees", "agendaSentOn", "newcomerGreeter", "groundRules", "facilitatorWatchesWhoTalks", "followUpPlanned", "feedbackPlanned", "agenda", "requiredParties", "table", "communitiesDiscussed", "tool", "landAcknowledgment"];

    private static readonly string[] LocationFields = ["name", "nearTransit", "stepFree", "barriers", "barriersInInvitation"];

    private static readonly string[] AttendeeFields = ["name", "party", "newcomer", "joinsOnline", "toolComfort", "livesNearby", "available"];

    private static readonly string[] AvailabilityFields = ["day", "from", "to"];

    private static readonly string[] PlannedAgendaFields = ["title", "speaker", "speakerParty", "guest", "minutes"];

    private static readonly string[] ProfileFields = ["agendaDaysAhead", "earliestStart", "latestEnd", "maxMinutes", "guestSpeakerWithinMinutes", "requireTransit", "requireStepFree", "requireGreeter", "requireGroundRules", "requireFacilitation", "requireFollowUp", "requireFeedback", "requireLandAcknowledgmentConsidered"];

    /// <summary>Loads a document from text, within <see cref="DocumentLimits.Default"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The data, or every problem found.</returns>
    public static DocumentLoadResult<CollaborationData> Load(string json) => Load(json, DocumentLimits.Default);

    /// <summary>Loads a document from a UTF-8 stream, within <see cref="DocumentLimits.Default"/>; the stream is read to its end and not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The data, or every problem found.</returns>
    public static DocumentLoadResult<CollaborationData> Load(Stream utf8Json) => Load(utf8Json, DocumentLimits.Default);

    /// <summary>Loads a document from text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">Size and depth limits; <see langword="null"/> for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The data, or every problem found.</returns>
    public static DocumentLoadResult<CollaborationData> Load(string json, DocumentLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= DocumentLimits.Default;
        var bytes = Encoding.UTF8.GetByteCount(json);
        return bytes > limits.MaxBytes
            ? TooLarge(bytes, limits)
            : Parse(JsonInput.Utf8(json), limits);
    }

    /// <summary>Loads a document from a UTF-8 stream; the stream is read to its end and not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">Size and depth limits; <see langword="null"/> for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The data, or every problem found.</returns>
    public static DocumentLoadResult<CollaborationData> Load(Stream utf8Json, DocumentLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits ??= DocumentLimits.Default;
        return JsonInput.ReadAll(utf8Json, limits, TooLargeMessage(limits), out var bytes) is { } tooLarge
            ? DocumentLoadResult.Failure<CollaborationData>(What, [tooLarge])
            : Parse(bytes, limits);
    }

    /// <summary>Saves data as indented JSON text.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">An <c>UnknownFields</c> entry has the name of a field this version writes.</exception>
    public static string Save(CollaborationData data)
    {
        return JsonWriting.ToText(writer => Write(writer, data), indented: true);
    }

    /// <summary>Saves data as indented UTF-8 JSON to a stream; the stream is not closed.</summary>
    /// <param name="data">The data.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <exception cref="ArgumentException">An <c>UnknownFields</c> entry has the name of a field this version writes.</exception>
    public static void Save(CollaborationData data, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true });
        Write(writer, data);
    }

    private static DocumentLoadResult<CollaborationData> TooLarge(long bytes, DocumentLimits limits)
        => DocumentLoadResult.Failure<CollaborationData>(What, [new DocumentProblem("$", string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {limits.MaxBytes} bytes (at least {bytes})."))]);

    private static string TooLargeMessage(DocumentLimits limits)
        => string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {limits.MaxBytes} bytes.");

    private static DocumentLoadResult<CollaborationData> Parse(byte[] bytes, DocumentLimits limits)
    {
        var utf8 = JsonInput.WithoutBom(bytes.AsMemory());
        if (JsonInput.Check(utf8.Span, limits) is { Count: > 0 } refused)
        {
            return JsonInput.Failure<CollaborationData>(What, refused, limits);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = limits.MaxDepth });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {e.BytePositionInLine + 1})")
                : string.Empty;
            return DocumentLoadResult.Failure<CollaborationData>(What, [new DocumentProblem("$", $"The text is not valid JSON{where}: {e.Message}")]);
        }

        using (document)
        {
            var reader = new CollaborationJsonReader();
            var data = ReadRoot(reader, document.RootElement);
            return reader.Problems.Count > 0 || data is null
                ? JsonInput.Failure<CollaborationData>(What, reader.Problems.Count > 0 ? reader.Problems : [new DocumentProblem("$", "The document could not be read.")], limits)
                : DocumentLoadResult.Success(data);
        }
    }

    // ---------------------------------------------------------------- reading

    /// <summary>Reads collaboration data in place (the workspace's <c>"collaboration"</c> section at <paramref name="path"/>, where <c>"schemaVersion"</c> is optional), adding its problems.</summary>
    internal static CollaborationData? ReadSection(JsonElement element, string path, List<DocumentProblem> problems)
    {
        var reader = new CollaborationJsonReader();
        var data = ReadRoot(reader, element, path);
        problems.AddRange(reader.Problems);
        return reader.Problems.Count > 0 ? null : data;
    }

    private static CollaborationData? ReadRoot(CollaborationJsonReader r, JsonElement e, string P = "$")
    {
        var versionRequired = P == "$";
        if (!r.IsObject(e, P))
        {
            return null;
        }

        var unknown = r.Unknown(e, P, RootFields);
        r.Int(e, "schemaVersion", P, CollaborationData.CurrentSchemaVersion, CollaborationData.CurrentSchemaVersion, required: versionRequired);
        var tables = r.Array(e, "tables", P, (x, p) => ReadTable(r, x, p), out var tablePaths);
        var oneOnOnes = r.Array(e, "oneOnOnes", P, (x, p) => ReadOneOnOne(r, x, p), out var oneOnOnePaths);
        var calendar = r.Array(e, "calendar", P, (x, p) => ReadEvent(r, x, p), out var eventPaths);
        var planned = r.Array(e, "plannedMeetings", P, (x, p) => ReadPlanned(r, x, p), out var plannedPaths);
        var feedback = r.Array(e, "feedback", P, (x, p) => ReadFeedback(r, x, p));
        var accountability = r.Array(e, "accountability", P, (x, p) => ReadAccountability(r, x, p));
        InclusiveMeetingProfile? profile = null;
        if (e.TryGetProperty("meetingProfile", out var profileElement) && profileElement.ValueKind != JsonValueKind.Null)
        {
            profile = ReadProfile(r, profileElement, CollaborationJsonReader.At(P, "meetingProfile"));
        }

        Unique(r, tables.Select(t => t.Id), tablePaths, "id", "table");
        Unique(r, oneOnOnes.Select(o => o.Id), oneOnOnePaths, "id", "one-on-one");
        Unique(r, calendar.Select(c => c.Id), eventPaths, "id", "event");
        Unique(r, planned.Select(m => m.Id), plannedPaths, "id", "planned meeting");
        return Build(r, P, () => new CollaborationData
        {
            Tables = tables,
            OneOnOnes = oneOnOnes,
            Calendar = calendar,
            PlannedMeetings = planned,
            MeetingProfile = profile,
            Feedback = feedback,
            Accountability = accountability,
            UnknownFields = unknown,
        });
    }

    private static PartnerFeedback? ReadFeedback(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, FeedbackFields);
        var partner = r.Id(e, "partner", p, required: true);
        var date = r.Date(e, "date", p, required: true);
        var summary = r.String(e, "summary", p, required: true);
        var concern = r.Bool(e, "concern", p);
        var response = r.String(e, "response", p);
        var respondedOn = r.Date(e, "respondedOn", p);
        return r.Problems.Count > before ? null : Build(r, p, () => new PartnerFeedback { Partner = partner!.Value, Date = date!.Value, Summary = summary!, Concern = concern ?? false, Response = response, RespondedOn = respondedOn, UnknownFields = unknown });
    }

    private static AccountabilityAgreement? ReadAccountability(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, AccountabilityFields);
        var partner = r.Id(e, "partner", p, required: true);
        var agreedOn = r.Date(e, "agreedOn", p, required: true);
        var terms = r.Texts(e, "terms", p);
        var reviewOn = r.Date(e, "reviewOn", p);
        return r.Problems.Count > before ? null : Build(r, p, () => new AccountabilityAgreement { Partner = partner!.Value, AgreedOn = agreedOn!.Value, Terms = terms, ReviewOn = reviewOn, UnknownFields = unknown });
    }

    private static void Unique(CollaborationJsonReader r, IEnumerable<string> ids, List<string> paths, string field, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                r.Problem(CollaborationJsonReader.At(paths[i], field), $"Another {what} already has '{id}'; it must be unique.");
            }

            i++;
        }
    }

    private static T? Build<T>(CollaborationJsonReader r, string path, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            r.Problem(path, e.Message);
            return null;
        }
    }

    private static CoalitionTable? ReadTable(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, TableFields);
        var id = r.String(e, "id", p, required: true);
        var name = r.String(e, "name", p, required: true);
        var issue = r.Term(e, "issue", p, "An issue area", required: true);
        MeetingCadence? cadence = null;
        if (e.TryGetProperty("cadence", out var c) && c.ValueKind != JsonValueKind.Null)
        {
            cadence = ReadCadence(r, c, CollaborationJsonReader.At(p, "cadence"));
        }
        else
        {
            r.Problem(CollaborationJsonReader.At(p, "cadence"), ProblemText.Required("cadence"));
        }

        var seats = r.Array(e, "seats", p, (x, q) => ReadSeat(r, x, q), out var seatPaths);
        var attendancePaths = new List<List<string>>();
        var meetings = r.Array(e, "meetings", p, (x, q) => ReadTableMeeting(r, x, q, attendancePaths));
        var actions = r.Array(e, "actions", p, (x, q) => ReadAction(r, x, q), out var actionPaths);

        Unique(r, seats.Select(s => s.Organization.Value), seatPaths, "organization", "seat");
        Unique(r, actions.Select(a => a.Id), actionPaths, "id", "action");
        var seated = seats.Select(s => s.Organization).ToHashSet();
        for (var m = 0; m < meetings.Count; m++)
        {
            for (var a = 0; a < meetings[m].Attendance.Count; a++)
            {
                if (!seated.Contains(meetings[m].Attendance[a]))
                {
                    r.Problem(attendancePaths[m][a], $"'{meetings[m].Attendance[a]}' has no seat at this table; add it to seats.");
                }
            }
        }

        for (var a = 0; a < actions.Count; a++)
        {
            if (!seated.Contains(actions[a].Owner))
            {
                r.Problem(CollaborationJsonReader.At(actionPaths[a], "owner"), $"'{actions[a].Owner}' has no seat at this table; add it to seats.");
            }
        }

        if (r.Problems.Count > before)
        {
            return null;
        }

        return Build(r, p, () => new CoalitionTable
        {
            Id = id!,
            Name = name!,
            Issue = new IssueArea(issue!),
            Cadence = cadence!,
            Seats = seats,
            Meetings = meetings,
            Actions = actions,
            UnknownFields = unknown,
        });
    }

    private static MeetingCadence? ReadCadence(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, CadenceFields);
        var start = r.Date(e, "start", p, required: true);
        var frequency = r.Enum<CadenceFrequency>(e, "frequency", p, required: true);
        var interval = r.Int(e, "interval", p, 1, 52);
        var time = r.Time(e, "time", p);
        var until = r.Date(e, "until", p);
        if (r.Problems.Count > before)
        {
            return null;
        }

        var cadence = Build(r, p, () => new MeetingCadence { Start = start!.Value, Frequency = frequency!.Value, Interval = interval ?? 1, Time = time, Until = until, UnknownFields = unknown });
        if (cadence?.Explain() is { } problem)
        {
            r.Problem(p, problem);
            return null;
        }

        return cadence;
    }

    private static TableSeat? ReadSeat(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, SeatFields);
        var org = r.Id(e, "organization", p, required: true);
        var reps = r.Texts(e, "representatives", p);
        var since = r.Date(e, "since", p);
        return r.Problems.Count > before ? null : Build(r, p, () => new TableSeat { Organization = org!.Value, Representatives = reps, Since = since, UnknownFields = unknown });
    }

    private static TableMeeting? ReadTableMeeting(CollaborationJsonReader r, JsonElement e, string p, List<List<string>> attendancePaths)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, TableMeetingFields);
        var date = r.Date(e, "date", p, required: true);
        var attendance = r.Values(e, "attendance", p, r.ParseId, out var paths);
        var agenda = r.Array(e, "agenda", p, (x, q) => ReadAgendaItem(r, x, q));
        if (r.Problems.Count > before)
        {
            return null;
        }

        attendancePaths.Add(paths);
        return Build(r, p, () => new TableMeeting { Date = date!.Value, Attendance = attendance, Agenda = agenda, UnknownFields = unknown });
    }

    private static AgendaItem? ReadAgendaItem(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, AgendaItemFields);
        var kind = r.Enum<AgendaItemKind>(e, "kind", p, required: true);
        var title = r.String(e, "title", p, required: true);
        TacticProposal? proposal = null;
        if (e.TryGetProperty("proposal", out var x) && x.ValueKind != JsonValueKind.Null)
        {
            proposal = ReadProposal(r, x, CollaborationJsonReader.At(p, "proposal"));
        }

        return r.Problems.Count > before ? null : Build(r, p, () => new AgendaItem { Kind = kind!.Value, Title = title!, Proposal = proposal, UnknownFields = unknown });
    }

    private static TacticProposal? ReadProposal(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, ProposalFields);
        var tactic = r.Term(e, "tactic", p, "A tactic", required: true);
        var by = r.Id(e, "proposedBy", p);
        var target = r.Enum<TargetKind>(e, "target", p);
        var description = r.String(e, "description", p);
        return r.Problems.Count > before ? null : Build(r, p, () => new TacticProposal { Tactic = new Tactic(tactic!), ProposedBy = by, Target = target, Description = description, UnknownFields = unknown });
    }

    private static AgreedAction? ReadAction(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, ActionFields);
        var id = r.String(e, "id", p, required: true);
        var description = r.String(e, "description", p, required: true);
        var owner = r.Id(e, "owner", p, required: true);
        var person = r.String(e, "person", p);
        var personId = r.Id(e, "personId", p);
        var agreed = r.Date(e, "agreedOn", p, required: true);
        var due = r.Date(e, "due", p, required: true);
        var status = r.Enum<ActionStatus>(e, "status", p);
        var delivered = r.Date(e, "deliveredOn", p);
        if (r.Problems.Count > before)
        {
            return null;
        }

        var action = Build(r, p, () => new AgreedAction
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
            UnknownFields = unknown,
        });
        if (action?.Explain() is { } problem)
        {
            r.Problem(p, problem);
            return null;
        }

        return action;
    }

    private static OneOnOneMeeting? ReadOneOnOne(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, OneOnOneFields);
        var id = r.String(e, "id", p, required: true);
        var partner = r.Id(e, "partner", p, required: true);
        var heldBy = r.Id(e, "heldBy", p);
        var date = r.Date(e, "date", p, required: true);
        var first = r.Bool(e, "firstMeeting", p);
        var purpose = r.String(e, "purpose", p);
        var stories = r.String(e, "stories", p);
        var connection = r.String(e, "connection", p);
        var strategy = r.String(e, "strategy", p);
        var ask = r.String(e, "ask", p);
        var formal = r.Bool(e, "formalCommitmentSought", p);
        PartnerResearch? research = null;
        if (e.TryGetProperty("research", out var x) && x.ValueKind != JsonValueKind.Null)
        {
            research = ReadResearch(r, x, CollaborationJsonReader.At(p, "research"));
        }

        var share = r.Number(e, "ourTalkShare", p, 0.0, 1.0);
        var steps = r.Array(e, "nextSteps", p, (y, q) => ReadNextStep(r, y, q));
        var place = r.Enum<MeetingPlace>(e, "place", p);
        var leadership = r.Bool(e, "atLeadershipLevel", p);
        var listened = r.Bool(e, "listenedFirst", p);
        InvitationBack? invitation = null;
        if (e.TryGetProperty("invitedBack", out var inv) && inv.ValueKind != JsonValueKind.Null)
        {
            var q = CollaborationJsonReader.At(p, "invitedBack");
            if (r.IsObject(inv, q))
            {
                var invitationUnknown = r.Unknown(inv, q, InvitationFields);
                var meetingName = r.String(inv, "meeting", q);
                var invitationDate = r.Date(inv, "date", q);
                var invitationTime = r.Time(inv, "time", q);
                var invitationPlace = r.String(inv, "place", q);
                invitation = new InvitationBack { Meeting = meetingName, Date = invitationDate, Time = invitationTime, Place = invitationPlace, UnknownFields = invitationUnknown };
            }
        }

        return r.Problems.Count > before ? null : Build(r, p, () => new OneOnOneMeeting
        {
            Id = id!,
            Partner = partner!.Value,
            HeldBy = heldBy,
            Date = date!.Value,
            FirstMeeting = first ?? false,
            Purpose = purpose,
            Stories = stories,
            Connection = connection,
            Strategy = strategy,
            Ask = ask,
            FormalCommitmentSought = formal ?? false,
            Research = research,
            OurTalkShare = share,
            NextSteps = steps,
            Place = place,
            AtLeadershipLevel = leadership,
            ListenedFirst = listened,
            InvitedBack = invitation,
            UnknownFields = unknown,
        });
    }

    private static PartnerResearch? ReadResearch(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, ResearchFields);
        var done = r.Date(e, "doneOn", p, required: true);
        var goals = r.Array(e, "goals", p, (x, q) => ReadGoal(r, x, q));
        var capacities = r.Texts(e, "capacities", p);
        var constraints = r.Texts(e, "constraints", p);
        var @base = r.String(e, "base", p);
        return r.Problems.Count > before ? null : Build(r, p, () => new PartnerResearch { DoneOn = done!.Value, Goals = goals, Capacities = capacities, Constraints = constraints, Base = @base, UnknownFields = unknown });
    }

    private static ResearchedGoal? ReadGoal(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, GoalFields);
        var goal = r.String(e, "goal", p, required: true);
        var relation = r.Enum<GoalRelation>(e, "relation", p);
        return r.Problems.Count > before ? null : Build(r, p, () => new ResearchedGoal { Goal = goal!, Relation = relation ?? GoalRelation.Neutral, UnknownFields = unknown });
    }

    private static NextStep? ReadNextStep(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, NextStepFields);
        var description = r.String(e, "description", p, required: true);
        var owner = r.String(e, "owner", p);
        var ownerId = r.Id(e, "ownerId", p);
        var due = r.Date(e, "due", p);
        return r.Problems.Count > before ? null : Build(r, p, () => new NextStep { Description = description!, Owner = ownerId, OwnerName = owner, Due = due, UnknownFields = unknown });
    }

    private static CalendarEvent? ReadEvent(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, EventFields);
        var id = r.String(e, "id", p, required: true);
        var title = r.String(e, "title", p, required: true);
        var date = r.Date(e, "date", p, required: true);
        var start = r.Time(e, "start", p, required: true);
        var end = r.Time(e, "end", p, required: true);
        var place = r.String(e, "place", p);
        var kind = r.Enum<EventKind>(e, "kind", p, required: true);
        var host = r.Id(e, "host", p, required: true);
        var audience = r.Terms(e, "audience", p, "An audience");
        var press = r.Terms(e, "press", p, "A press target");
        var sponsors = r.Array(e, "sponsors", p, (x, q) => ReadSponsor(r, x, q));
        var description = r.String(e, "description", p);
        if (r.Problems.Count > before)
        {
            return null;
        }

        var calendarEvent = Build(r, p, () => new CalendarEvent
        {
            Id = id!,
            Title = title!,
            Date = date!.Value,
            Start = start!.Value,
            End = end!.Value,
            Place = place,
            Kind = kind!.Value,
            Host = host!.Value,
            Audience = audience,
            Press = press,
            Sponsors = sponsors,
            Description = description,
            UnknownFields = unknown,
        });
        if (calendarEvent?.Explain() is { } problem)
        {
            r.Problem(CollaborationJsonReader.At(p, "end"), problem);
            return null;
        }

        return calendarEvent;
    }

    private static EventSponsor? ReadSponsor(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, SponsorFields);
        var sponsor = r.Id(e, "sponsor", p, required: true);
        var name = r.String(e, "name", p);
        var visibility = r.Enum<SponsorVisibility>(e, "visibility", p);
        var askedBy = r.Id(e, "hiddenAtRequestOf", p);
        var hiddenReason = r.String(e, "hiddenReason", p);
        return r.Problems.Count > before ? null : Build(r, p, () => new EventSponsor { Sponsor = sponsor!.Value, Name = name, Visibility = visibility ?? SponsorVisibility.Public, HiddenAtRequestOf = askedBy, HiddenReason = hiddenReason, UnknownFields = unknown });
    }

    private static PlannedMeeting? ReadPlanned(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, PlannedFields);
        var id = r.String(e, "id", p, required: true);
        var title = r.String(e, "title", p, required: true);
        var date = r.Date(e, "date", p, required: true);
        var start = r.Time(e, "start", p, required: true);
        var end = r.Time(e, "end", p, required: true);
        var format = r.Enum<MeetingFormat>(e, "format", p, required: true);
        MeetingLocation? location = null;
        if (e.TryGetProperty("location", out var x) && x.ValueKind != JsonValueKind.Null)
        {
            location = ReadLocation(r, x, CollaborationJsonReader.At(p, "location"));
        }

        var attendees = r.Array(e, "attendees", p, (y, q) => ReadAttendee(r, y, q));
        var sent = r.Date(e, "agendaSentOn", p);
        var greeter = r.String(e, "newcomerGreeter", p);
        var rules = r.Bool(e, "groundRules", p);
        var facilitation = r.Bool(e, "facilitatorWatchesWhoTalks", p);
        var followUp = r.Bool(e, "followUpPlanned", p);
        var feedback = r.Bool(e, "feedbackPlanned", p);
        var agenda = r.Array(e, "agenda", p, (y, q) => ReadPlannedAgendaItem(r, y, q));
        var required = r.Values(e, "requiredParties", p, r.ParseId, out _);
        var table = r.String(e, "table", p);
        var communities = r.Values(e, "communitiesDiscussed", p, r.ParseId, out _);
        var tool = r.String(e, "tool", p);
        var land = r.Enum<LandAcknowledgment>(e, "landAcknowledgment", p);
        if (start is { } s && end is { } f && f <= s)
        {
            r.Problem(CollaborationJsonReader.At(p, "end"), "The meeting must end after it starts, on the same day.");
        }

        return r.Problems.Count > before ? null : Build(r, p, () => new PlannedMeeting
        {
            Id = id!,
            Title = title!,
            Date = date!.Value,
            Start = start!.Value,
            End = end!.Value,
            Format = format!.Value,
            Location = location,
            Attendees = attendees,
            AgendaSentOn = sent,
            NewcomerGreeter = greeter,
            GroundRules = rules ?? false,
            FacilitatorWatchesWhoTalks = facilitation ?? false,
            FollowUpPlanned = followUp ?? false,
            FeedbackPlanned = feedback ?? false,
            Agenda = agenda,
            RequiredParties = required,
            Table = table,
            CommunitiesDiscussed = communities,
            Tool = tool,
            LandAcknowledgment = land ?? LandAcknowledgment.NotConsidered,
            UnknownFields = unknown,
        });
    }

    private static PlannedAgendaItem? ReadPlannedAgendaItem(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, PlannedAgendaFields);
        var title = r.String(e, "title", p, required: true);
        var speaker = r.String(e, "speaker", p);
        var party = r.Id(e, "speakerParty", p);
        var guest = r.Bool(e, "guest", p);
        var minutes = r.Int(e, "minutes", p, 1, 720);
        return r.Problems.Count > before ? null : Build(r, p, () => new PlannedAgendaItem { Title = title!, Speaker = speaker, SpeakerParty = party, Guest = guest ?? false, Minutes = minutes, UnknownFields = unknown });
    }

    private static AvailabilityWindow? ReadAvailability(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, AvailabilityFields);
        var day = r.Enum<DayOfWeek>(e, "day", p);
        var from = r.Time(e, "from", p, required: true);
        var to = r.Time(e, "to", p, required: true);
        if (from is { } a && to is { } b && b <= a)
        {
            r.Problem(CollaborationJsonReader.At(p, "to"), "An availability window must end after it starts.");
        }

        return r.Problems.Count > before ? null : Build(r, p, () => new AvailabilityWindow { Day = day, From = from!.Value, To = to!.Value, UnknownFields = unknown });
    }

    private static MeetingLocation? ReadLocation(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, LocationFields);
        var name = r.String(e, "name", p, required: true);
        var transit = r.Bool(e, "nearTransit", p);
        var stepFree = r.Bool(e, "stepFree", p);
        var barriers = r.Texts(e, "barriers", p);
        var disclosed = r.Bool(e, "barriersInInvitation", p);
        return r.Problems.Count > before ? null : Build(r, p, () => new MeetingLocation { Name = name!, NearTransit = transit, StepFree = stepFree, Barriers = barriers, BarriersInInvitation = disclosed ?? false, UnknownFields = unknown });
    }

    private static PlannedAttendee? ReadAttendee(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var unknown = r.Unknown(e, p, AttendeeFields);
        var name = r.String(e, "name", p, required: true);
        var party = r.Id(e, "party", p);
        var newcomer = r.Bool(e, "newcomer", p);
        var joinsOnline = r.Bool(e, "joinsOnline", p);
        var comfort = r.Bool(e, "toolComfort", p);
        var nearby = r.Bool(e, "livesNearby", p);
        var available = r.Array(e, "available", p, (x, q) => ReadAvailability(r, x, q));
        return r.Problems.Count > before ? null : Build(r, p, () => new PlannedAttendee
        {
            Name = name!,
            Party = party,
            Newcomer = newcomer ?? false,
            JoinsOnline = joinsOnline ?? false,
            ToolComfort = comfort,
            LivesNearby = nearby,
            Available = available,
            UnknownFields = unknown,
        });
    }

    private static InclusiveMeetingProfile? ReadProfile(CollaborationJsonReader r, JsonElement e, string p)
    {
        if (!r.IsObject(e, p))
        {
            return null;
        }

        var before = r.Problems.Count;
        var d = InclusiveMeetingProfile.Default;
        var unknown = r.Unknown(e, p, ProfileFields);
        var profile = new InclusiveMeetingProfile
        {
            AgendaDaysAhead = r.Int(e, "agendaDaysAhead", p, int.MinValue, int.MaxValue) ?? d.AgendaDaysAhead,
            EarliestStart = r.Time(e, "earliestStart", p) ?? d.EarliestStart,
            LatestEnd = r.Time(e, "latestEnd", p) ?? d.LatestEnd,
            MaxMinutes = r.Int(e, "maxMinutes", p, int.MinValue, int.MaxValue) ?? d.MaxMinutes,
            GuestSpeakerWithinMinutes = r.Int(e, "guestSpeakerWithinMinutes", p, int.MinValue, int.MaxValue) ?? d.GuestSpeakerWithinMinutes,
            RequireLandAcknowledgmentConsidered = r.Bool(e, "requireLandAcknowledgmentConsidered", p) ?? d.RequireLandAcknowledgmentConsidered,
            RequireTransit = r.Bool(e, "requireTransit", p) ?? d.RequireTransit,
            RequireStepFree = r.Bool(e, "requireStepFree", p) ?? d.RequireStepFree,
            RequireGreeter = r.Bool(e, "requireGreeter", p) ?? d.RequireGreeter,
            RequireGroundRules = r.Bool(e, "requireGroundRules", p) ?? d.RequireGroundRules,
            RequireFacilitation = r.Bool(e, "requireFacilitation", p) ?? d.RequireFacilitation,
            RequireFollowUp = r.Bool(e, "requireFollowUp", p) ?? d.RequireFollowUp,
            RequireFeedback = r.Bool(e, "requireFeedback", p) ?? d.RequireFeedback,
            UnknownFields = unknown,
        };
        foreach (var problem in profile.Validate(p))
        {
            r.Problems.Add(problem);
        }

        return r.Problems.Count > before ? null : profile;
    }

    // ---------------------------------------------------------------- writing

    /// <summary>Writes the data object; inside the workspace (<paramref name="withVersion"/> false) without its own <c>"schemaVersion"</c>.</summary>
    internal static void Write(Utf8JsonWriter w, CollaborationData data, bool withVersion = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        w.WriteStartObject();
        if (withVersion)
        {
            w.WriteNumber("schemaVersion", CollaborationData.CurrentSchemaVersion);
        }

        Array(w, "tables", data.Tables, WriteTable);
        Array(w, "oneOnOnes", data.OneOnOnes, WriteOneOnOne);
        Array(w, "calendar", data.Calendar, WriteEvent);
        Array(w, "plannedMeetings", data.PlannedMeetings, WritePlanned);
        Array(w, "feedback", data.Feedback, static (w, f) =>
        {
            w.WriteStartObject();
            w.WriteString("partner", f.Partner.Value);
            Date(w, "date", f.Date);
            w.WriteString("summary", f.Summary);
            Flag(w, "concern", f.Concern);
            Text(w, "response", f.Response);
            Date(w, "respondedOn", f.RespondedOn);
            End(w, f.UnknownFields, FeedbackFields);
        });
        Array(w, "accountability", data.Accountability, static (w, a) =>
        {
            w.WriteStartObject();
            w.WriteString("partner", a.Partner.Value);
            Date(w, "agreedOn", a.AgreedOn);
            JsonWriting.NonEmptyStrings(w, "terms", a.Terms);
            Date(w, "reviewOn", a.ReviewOn);
            End(w, a.UnknownFields, AccountabilityFields);
        });
        if (data.MeetingProfile is { } profile)
        {
            w.WritePropertyName("meetingProfile");
            WriteProfile(w, profile);
        }

        End(w, data.UnknownFields, RootFields);
    }

    private static void WriteTable(Utf8JsonWriter w, CoalitionTable t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        w.WriteString("name", t.Name);
        w.WriteString("issue", t.Issue.Name);
        w.WritePropertyName("cadence");
        w.WriteStartObject();
        Date(w, "start", t.Cadence.Start);
        w.WriteString("frequency", CollaborationJson.EnumName(t.Cadence.Frequency));
        if (t.Cadence.Interval != 1)
        {
            w.WriteNumber("interval", t.Cadence.Interval);
        }

        Time(w, "time", t.Cadence.Time);
        Date(w, "until", t.Cadence.Until);
        End(w, t.Cadence.UnknownFields, CadenceFields);
        Array(w, "seats", t.Seats, static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("organization", s.Organization.Value);
            JsonWriting.NonEmptyStrings(w, "representatives", s.Representatives);
            Date(w, "since", s.Since);
            End(w, s.UnknownFields, SeatFields);
        });
        Array(w, "meetings", t.Meetings, static (w, m) =>
        {
            w.WriteStartObject();
            Date(w, "date", m.Date);
            JsonWriting.NonEmptyStrings(w, "attendance", m.Attendance.Select(a => a.Value).ToArray());
            Array(w, "agenda", m.Agenda, static (w, item) =>
            {
                w.WriteStartObject();
                w.WriteString("kind", CollaborationJson.EnumName(item.Kind));
                w.WriteString("title", item.Title);
                if (item.Proposal is { } proposal)
                {
                    w.WritePropertyName("proposal");
                    w.WriteStartObject();
                    w.WriteString("tactic", proposal.Tactic.Name);
                    Text(w, "proposedBy", proposal.ProposedBy?.Value);
                    Text(w, "target", proposal.Target is { } target ? CollaborationJson.EnumName(target) : null);
                    Text(w, "description", proposal.Description);
                    End(w, proposal.UnknownFields, ProposalFields);
                }

                End(w, item.UnknownFields, AgendaItemFields);
            });
            End(w, m.UnknownFields, TableMeetingFields);
        });
        Array(w, "actions", t.Actions, static (w, a) =>
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("description", a.Description);
            w.WriteString("owner", a.Owner.Value);
            Text(w, "person", a.PersonName);
            Text(w, "personId", a.Person?.Value);
            Date(w, "agreedOn", a.AgreedOn);
            Date(w, "due", a.Due);
            w.WriteString("status", CollaborationJson.EnumName(a.Status));
            Date(w, "deliveredOn", a.DeliveredOn);
            End(w, a.UnknownFields, ActionFields);
        });
        End(w, t.UnknownFields, TableFields);
    }

    private static void WriteOneOnOne(Utf8JsonWriter w, OneOnOneMeeting o)
    {
        w.WriteStartObject();
        w.WriteString("id", o.Id);
        w.WriteString("partner", o.Partner.Value);
        Text(w, "heldBy", o.HeldBy?.Value);
        Date(w, "date", o.Date);
        Flag(w, "firstMeeting", o.FirstMeeting);
        Text(w, "purpose", o.Purpose);
        Text(w, "stories", o.Stories);
        Text(w, "connection", o.Connection);
        Text(w, "strategy", o.Strategy);
        Text(w, "ask", o.Ask);
        Flag(w, "formalCommitmentSought", o.FormalCommitmentSought);
        if (o.Research is { } research)
        {
            w.WritePropertyName("research");
            w.WriteStartObject();
            Date(w, "doneOn", research.DoneOn);
            Array(w, "goals", research.Goals, static (w, g) =>
            {
                w.WriteStartObject();
                w.WriteString("goal", g.Goal);
                w.WriteString("relation", CollaborationJson.EnumName(g.Relation));
                End(w, g.UnknownFields, GoalFields);
            });
            JsonWriting.NonEmptyStrings(w, "capacities", research.Capacities);
            JsonWriting.NonEmptyStrings(w, "constraints", research.Constraints);
            Text(w, "base", research.Base);
            End(w, research.UnknownFields, ResearchFields);
        }

        if (o.OurTalkShare is { } share)
        {
            w.WriteNumber("ourTalkShare", share);
        }

        Array(w, "nextSteps", o.NextSteps, static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("description", s.Description);
            Text(w, "owner", s.OwnerName);
            Text(w, "ownerId", s.Owner?.Value);
            Date(w, "due", s.Due);
            End(w, s.UnknownFields, NextStepFields);
        });
        Text(w, "place", o.Place is { } place ? CollaborationJson.EnumName(place) : null);
        if (o.AtLeadershipLevel is { } leadership)
        {
            w.WriteBoolean("atLeadershipLevel", leadership);
        }

        if (o.ListenedFirst is { } listened)
        {
            w.WriteBoolean("listenedFirst", listened);
        }

        if (o.InvitedBack is { } invitation)
        {
            w.WritePropertyName("invitedBack");
            w.WriteStartObject();
            Text(w, "meeting", invitation.Meeting);
            Date(w, "date", invitation.Date);
            Time(w, "time", invitation.Time);
            Text(w, "place", invitation.Place);
            End(w, invitation.UnknownFields, InvitationFields);
        }

        End(w, o.UnknownFields, OneOnOneFields);
    }

    private static void WriteEvent(Utf8JsonWriter w, CalendarEvent e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("title", e.Title);
        Date(w, "date", e.Date);
        Time(w, "start", e.Start);
        Time(w, "end", e.End);
        Text(w, "place", e.Place);
        w.WriteString("kind", CollaborationJson.EnumName(e.Kind));
        w.WriteString("host", e.Host.Value);
        JsonWriting.NonEmptyStrings(w, "audience", e.Audience);
        JsonWriting.NonEmptyStrings(w, "press", e.Press);
        Array(w, "sponsors", e.Sponsors, static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("sponsor", s.Sponsor.Value);
            Text(w, "name", s.Name);
            w.WriteString("visibility", CollaborationJson.EnumName(s.Visibility));
            Text(w, "hiddenAtRequestOf", s.HiddenAtRequestOf?.Value);
            Text(w, "hiddenReason", s.HiddenReason);
            End(w, s.UnknownFields, SponsorFields);
        });
        Text(w, "description", e.Description);
        End(w, e.UnknownFields, EventFields);
    }

    private static void WritePlanned(Utf8JsonWriter w, PlannedMeeting m)
    {
        w.WriteStartObject();
        w.WriteString("id", m.Id);
        w.WriteString("title", m.Title);
        Date(w, "date", m.Date);
        Time(w, "start", m.Start);
        Time(w, "end", m.End);
        w.WriteString("format", CollaborationJson.EnumName(m.Format));
        if (m.Location is { } location)
        {
            w.WritePropertyName("location");
            w.WriteStartObject();
            w.WriteString("name", location.Name);
            if (location.NearTransit is { } transit)
            {
                w.WriteBoolean("nearTransit", transit);
            }

            if (location.StepFree is { } stepFree)
            {
                w.WriteBoolean("stepFree", stepFree);
            }

            JsonWriting.NonEmptyStrings(w, "barriers", location.Barriers);
            Flag(w, "barriersInInvitation", location.BarriersInInvitation);
            End(w, location.UnknownFields, LocationFields);
        }

        Array(w, "attendees", m.Attendees, static (w, a) =>
        {
            w.WriteStartObject();
            w.WriteString("name", a.Name);
            Text(w, "party", a.Party?.Value);
            Flag(w, "newcomer", a.Newcomer);
            Flag(w, "joinsOnline", a.JoinsOnline);
            if (a.ToolComfort is { } comfort)
            {
                w.WriteBoolean("toolComfort", comfort);
            }

            if (a.LivesNearby is { } nearby)
            {
                w.WriteBoolean("livesNearby", nearby);
            }

            Array(w, "available", a.Available, static (w, x) =>
            {
                w.WriteStartObject();
                Text(w, "day", x.Day is { } day ? CollaborationJson.EnumName(day) : null);
                Time(w, "from", x.From);
                Time(w, "to", x.To);
                End(w, x.UnknownFields, AvailabilityFields);
            });
            End(w, a.UnknownFields, AttendeeFields);
        });
        Date(w, "agendaSentOn", m.AgendaSentOn);
        Text(w, "newcomerGreeter", m.NewcomerGreeter);
        Flag(w, "groundRules", m.GroundRules);
        Flag(w, "facilitatorWatchesWhoTalks", m.FacilitatorWatchesWhoTalks);
        Flag(w, "followUpPlanned", m.FollowUpPlanned);
        Flag(w, "feedbackPlanned", m.FeedbackPlanned);
        Array(w, "agenda", m.Agenda, static (w, i) =>
        {
            w.WriteStartObject();
            w.WriteString("title", i.Title);
            Text(w, "speaker", i.Speaker);
            Text(w, "speakerParty", i.SpeakerParty?.Value);
            Flag(w, "guest", i.Guest);
            if (i.Minutes is { } minutes)
            {
                w.WriteNumber("minutes", minutes);
            }

            End(w, i.UnknownFields, PlannedAgendaFields);
        });
        JsonWriting.NonEmptyStrings(w, "requiredParties", m.RequiredParties.Select(x => x.Value).ToArray());
        Text(w, "table", m.Table);
        JsonWriting.NonEmptyStrings(w, "communitiesDiscussed", m.CommunitiesDiscussed.Select(x => x.Value).ToArray());
        Text(w, "tool", m.Tool);
        if (m.LandAcknowledgment != LandAcknowledgment.NotConsidered)
        {
            w.WriteString("landAcknowledgment", CollaborationJson.EnumName(m.LandAcknowledgment));
        }

        End(w, m.UnknownFields, PlannedFields);
    }

    private static void WriteProfile(Utf8JsonWriter w, InclusiveMeetingProfile p)
    {
        w.WriteStartObject();
        w.WriteNumber("agendaDaysAhead", p.AgendaDaysAhead);
        Time(w, "earliestStart", p.EarliestStart);
        Time(w, "latestEnd", p.LatestEnd);
        w.WriteNumber("maxMinutes", p.MaxMinutes);
        w.WriteNumber("guestSpeakerWithinMinutes", p.GuestSpeakerWithinMinutes);
        w.WriteBoolean("requireTransit", p.RequireTransit);
        w.WriteBoolean("requireStepFree", p.RequireStepFree);
        w.WriteBoolean("requireGreeter", p.RequireGreeter);
        w.WriteBoolean("requireGroundRules", p.RequireGroundRules);
        w.WriteBoolean("requireFacilitation", p.RequireFacilitation);
        w.WriteBoolean("requireFollowUp", p.RequireFollowUp);
        w.WriteBoolean("requireFeedback", p.RequireFeedback);
        w.WriteBoolean("requireLandAcknowledgmentConsidered", p.RequireLandAcknowledgmentConsidered);
        End(w, p.UnknownFields, ProfileFields);
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }


    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Flag(Utf8JsonWriter w, string name, bool value)
    {
        if (value)
        {
            w.WriteBoolean(name, true);
        }
    }

    private static void Date(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } date)
        {
            w.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private static void Time(Utf8JsonWriter w, string name, TimeOnly? value)
    {
        if (value is { } time)
        {
            var format = time.Ticks % TimeSpan.TicksPerSecond != 0 ? "HH:mm:ss.FFFFFFF" : time.Second != 0 ? "HH:mm:ss" : "HH:mm";
            w.WriteString(name, time.ToString(format, CultureInfo.InvariantCulture));
        }
    }

    private static void End(Utf8JsonWriter w, IReadOnlyDictionary<string, JsonElement> unknown, string[] known)
    {
        foreach (var (name, value) in unknown)
        {
            if (System.Array.IndexOf(known, name) >= 0)
            {
                throw new ArgumentException($"An entry of UnknownFields is named '{name}', like a field this version writes; writing both would lose one. Remove or rename it.", nameof(unknown));
            }

            w.WritePropertyName(name);
            value.WriteTo(w);
        }

        w.WriteEndObject();
    }
}

/// <summary>Names shared by the collaboration reader and writer.</summary>
internal static class CollaborationJson
{
    public static string EnumName<T>(T value)
        where T : struct, Enum
        => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
