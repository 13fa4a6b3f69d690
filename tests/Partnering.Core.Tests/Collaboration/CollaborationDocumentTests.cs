using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Collaboration;
using Partnering.Core.Documents;
using static Partnering.Core.Tests.Collaboration.CollaborationFixtures;

namespace Partnering.Core.Tests.Collaboration;

public class CollaborationDocumentTests
{
    private static readonly PartyId[] Orgs = [Us, Union, ClimateGroup, FaithCoalition];
    private static readonly string[] Texts = ["Plain words", "Café \"quoted\" \\ back/slash", "line\nbreak\ttab", "∑ unicode ✓ 🎉", "<b>&amp;</b>"];

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : class => Gen.OneOf(Gen.Constant<T?>(null), gen.Select(x => (T?)x));

    private static Gen<T?> MaybeValue<T>(Gen<T> gen) where T : struct => Gen.OneOf(Gen.Constant<T?>(null), gen.Select(x => (T?)x));

    private static Gen<string> Text => Gen.Elements(Texts);

    private static Gen<DateOnly> Day => Gen.Choose(0, 900).Select(d => new DateOnly(2025, 1, 1).AddDays(d));

    private static Gen<TimeOnly> Minute => Gen.Choose(0, 1438).Select(m => new TimeOnly(0, 0).AddMinutes(m));

    private static Gen<IReadOnlyDictionary<string, JsonElement>> Unknown =>
        Gen.Elements("{}", "{\"x-note\":\"kept\"}", "{\"x-list\":[1,2.5,{\"a\":null,\"b\":[true,false]}],\"x-n\":-0.125}")
            .Select(json => (IReadOnlyDictionary<string, JsonElement>)JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()));

    private static Gen<TacticProposal> Proposals =>
        from tactic in Gen.Elements("rally", "town hall disruption", "petition")
        from proposer in MaybeValue(Gen.Elements(Orgs))
        from target in MaybeValue(Gen.Elements(Enum.GetValues<TargetKind>()))
        from description in Maybe(Text)
        from unknown in Unknown
        select new TacticProposal { Tactic = new Tactic(tactic), ProposedBy = proposer, Target = target, Description = description, UnknownFields = unknown };

    private static Gen<CoalitionTable> Tables(int index) =>
        from seatCount in Gen.Choose(1, Orgs.Length)
        let seated = Orgs.Take(seatCount).ToArray()
        from seats in Gen.CollectToArray(seated.Select(o =>
            from reps in Text.ListOf().Select(l => l.Take(2).ToArray())
            from since in MaybeValue(Day)
            from unknown in Unknown
            select new TableSeat { Organization = o, Representatives = reps, Since = since, UnknownFields = unknown }))
        from monthly in Gen.Elements(true, false)
        from start in Day.Where(d => d.Day <= 28)
        from interval in Gen.Choose(1, 52)
        from time in MaybeValue(Minute)
        from untilAfter in MaybeValue(Gen.Choose(0, 400))
        from cadenceUnknown in Unknown
        from meetings in (from date in Day
                          from attendance in Gen.Elements(seated).ArrayOf().Select(a => a.Distinct().ToArray())
                          from agenda in (from kind in Gen.Elements(Enum.GetValues<AgendaItemKind>())
                                          from title in Text
                                          from proposal in Maybe(Proposals)
                                          from unknown in Unknown
                                          select new AgendaItem { Kind = kind, Title = title, Proposal = proposal, UnknownFields = unknown }).ArrayOf()
                          from unknown in Unknown
                          select new TableMeeting { Date = date, Attendance = attendance, Agenda = agenda, UnknownFields = unknown }).ArrayOf()
        from actions in (from owner in Gen.Elements(seated)
                         from action in CoalitionTableTests.Actions(owner)
                         from person in Maybe(Text)
                         from unknown in Unknown
                         select action with { PersonName = person, Person = person is null ? null : new PartyId("m-" + (person.Length % 3)), UnknownFields = unknown }).ArrayOf()
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

    private static Gen<OneOnOneMeeting> OneOnOnes =>
        from partner in Gen.Elements(Orgs)
        from heldBy in MaybeValue(Gen.Elements(Orgs))
        from date in Day
        from first in Gen.Elements(true, false)
        from parts in Maybe(Text).ArrayOf(5)
        from formal in Gen.Elements(true, false)
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
                       from due in MaybeValue(Day)
                       from unknown in Unknown
                       select new NextStep { Description = description, OwnerName = owner, Owner = owner is null ? null : new PartyId("m-" + (owner.Length % 3)), Due = due, UnknownFields = unknown }).ArrayOf()
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
            UnknownFields = unknown,
        };

    private static Gen<CalendarEvent> Events =>
        from e in CalendarConflictTests.Calendars.Where(c => c.Length > 0).Select(c => c[0])
        from place in Maybe(Text)
        from description in Maybe(Text)
        from title in Text
        from seconds in Gen.Choose(0, 59)
        from sponsors in (from sponsor in Gen.Elements(Orgs)
                          from name in Maybe(Text)
                          from visibility in Gen.Elements(SponsorVisibility.Public, SponsorVisibility.Hidden)
                          from unknown in Unknown
                          select new EventSponsor { Sponsor = sponsor, Name = name, Visibility = visibility, UnknownFields = unknown }).ArrayOf()
        from host in Gen.Elements(Orgs)
        from unknown in Unknown
        select e with { Title = title, Place = place, Description = description, Sponsors = sponsors, Host = host, End = e.End.Add(TimeSpan.FromSeconds(seconds)), UnknownFields = unknown };

    private static Gen<PlannedMeeting> Planned =>
        from date in Day
        from start in Gen.Choose(0, 1000).Select(m => new TimeOnly(0, 0).AddMinutes(m))
        from length in Gen.Choose(1, 400)
        from format in Gen.Elements(Enum.GetValues<MeetingFormat>())
        from location in Maybe(
            from name in Text
            from transit in MaybeValue(Gen.Elements(true, false))
            from stepFree in MaybeValue(Gen.Elements(true, false))
            from barriers in Text.ArrayOf()
            from unknown in Unknown
            select new MeetingLocation { Name = name, NearTransit = transit, StepFree = stepFree, Barriers = barriers, UnknownFields = unknown })
        from attendees in (from name in Text
                           from party in MaybeValue(Gen.Elements(Orgs))
                           from newcomer in Gen.Elements(true, false)
                           from stepFree in Gen.Elements(true, false)
                           from unknown in Unknown
                           select new PlannedAttendee { Name = name, Party = party, Newcomer = newcomer, NeedsStepFree = stepFree, UnknownFields = unknown }).ArrayOf()
        from sent in MaybeValue(Day)
        from greeter in Maybe(Text)
        from flags in Gen.Elements(true, false).ArrayOf(4)
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
            UnknownFields = unknown,
        };

    private static Gen<CollaborationData> Data =>
        from tableCount in Gen.Choose(0, 2)
        from tables in Gen.CollectToArray(Enumerable.Range(0, tableCount).Select(Tables))
        from oneOnOnes in OneOnOnes.ArrayOf()
        from calendar in Events.ArrayOf()
        from planned in Planned.ArrayOf()
        from profile in Maybe(from days in Gen.Choose(0, 60)
                              from feedback in Gen.Elements(true, false)
                              from unknown in Unknown
                              select new InclusiveMeetingProfile { AgendaDaysAhead = days, RequireFeedback = feedback, UnknownFields = unknown })
        from unknown in Unknown
        select new CollaborationData
        {
            Tables = tables,
            OneOnOnes = oneOnOnes.Select((o, i) => o with { Id = $"o{i}" }).ToArray(),
            Calendar = calendar.Select((e, i) => e with { Id = $"e{i}" }).ToArray(),
            PlannedMeetings = planned.Select((m, i) => m with { Id = $"m{i}" }).ToArray(),
            MeetingProfile = profile,
            UnknownFields = unknown,
        };

    [Property(Runs = 60)]
    public Property Saving_then_loading_gives_back_equal_data_and_the_same_text()
        => Prop.ForAll(Data.ToArbitrary(), data =>
        {
            var text = CollaborationDocument.Save(data);
            var loaded = CollaborationDocument.Load(text);
            Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
            Assert.Equal(data, loaded.Value);
            Assert.Equal(text, CollaborationDocument.Save(loaded.Value!));
        });

    [Fact]
    public void Unknown_fields_survive_at_every_level_and_streams_work_too()
    {
        const string Json = """
            {
              "schemaVersion": 1,
              "x-app": {"theme": "dark"},
              "calendar": [
                { "id": "e1", "title": "Rally", "date": "2026-04-02", "start": "09:00", "end": "10:00", "kind": "rally", "host": "chapter",
                  "sponsors": [ { "sponsor": "org-faith", "visibility": "hidden", "x-contact": "by phone only" } ],
                  "x-color": 3 }
              ]
            }
            """;

        var data = CollaborationDocument.Load(new MemoryStream(Encoding.UTF8.GetBytes(Json))).GetValueOrThrow();

        Assert.Equal("dark", data.UnknownFields["x-app"].GetProperty("theme").GetString());
        Assert.Equal(3, data.Calendar[0].UnknownFields["x-color"].GetInt32());
        var stream = new MemoryStream();
        CollaborationDocument.Save(data, stream);
        var saved = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"x-contact\": \"by phone only\"", saved);
        Assert.Equal(data, CollaborationDocument.Load(saved).GetValueOrThrow());
    }

    [Fact]
    public void Saving_refuses_an_unknown_field_that_would_shadow_a_known_one()
    {
        var clash = JsonDocument.Parse("""{"title": "shadow"}""").RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        var data = new CollaborationData { Calendar = [Event("e", "2026-04-02", "09:00", "10:00") with { UnknownFields = clash }] };

        var error = Assert.Throws<ArgumentException>(() => CollaborationDocument.Save(data));
        Assert.Contains("'title'", error.Message);
    }

    [Fact]
    public void An_unknown_field_named_extra_is_kept_not_mistaken_for_a_known_one()
    {
        // The clash check reads the DTOs' own field names; the bag that holds unknown fields is not one of them.
        var extra = JsonDocument.Parse("""{"extra": 1}""").RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        var data = new CollaborationData { Calendar = [Event("e", "2026-04-02", "09:00", "10:00") with { UnknownFields = extra }] };

        Assert.Equal(data, CollaborationDocument.Load(CollaborationDocument.Save(data)).GetValueOrThrow());
    }

    [Fact]
    public void Every_problem_is_reported_with_its_json_path()
    {
        const string Json = """
            {
              "schemaVersion": 1,
              "tables": [
                { "id": "t1", "name": "Table", "issue": "health care",
                  "cadence": { "start": "2026-01-30", "frequency": "monthly" },
                  "seats": [ { "organization": "chapter" } ],
                  "meetings": [ { "date": "2026-02-10", "attendance": [ "chapter", "org-union" ] } ],
                  "actions": [
                    { "id": "a1", "description": "Flyers", "owner": "chapter", "agreedOn": "2026-02-10", "due": "2026-02-01" },
                    { "id": "a2", "description": "Calls", "owner": "chapter", "agreedOn": "2026-02-10", "due": "2026-02-20", "status": "done" },
                    { "id": "a3", "description": "Calls", "owner": "chapter", "agreedOn": "2026-02-10", "due": "2026-02-20" },
                    { "id": "a3", "description": "Texts", "owner": "org-x", "agreedOn": "2026-02-10", "due": "2026-02-20" }
                  ] }
              ],
              "calendar": [
                { "id": "e1", "title": "Rally", "date": "2026-04-02", "start": "10:00", "end": "09:00", "kind": "rally", "host": "chapter" },
                { "id": "e2", "title": " ", "date": "04/02/2026", "start": "9am", "end": "10:00", "kind": "party", "host": "bad id!", "press": [ " " ] }
              ],
              "oneOnOnes": [ { "id": "o1", "partner": "org-union", "date": "2026-02-01", "ourTalkShare": 1.5, "firstMeeting": true } ],
              "plannedMeetings": [ null ],
              "meetingProfile": { "agendaDaysAhead": -2, "latestEnd": "07:00" },
              "tables2": []
            }
            """;

        var result = CollaborationDocument.Load(Json);

        Assert.False(result.Succeeded);
        var paths = result.Problems.Select(p => p.Path).ToArray();
        Assert.Equal(
            [
                "$.tables[0].cadence",
                "$.tables[0].actions[0]",
                "$.tables[0].actions[1].status",
                "$.tables[0].actions[3].id",
                "$.tables[0].meetings[0].attendance[1]",
                "$.tables[0].actions[3].owner",
                "$.oneOnOnes[0].ourTalkShare",
                "$.calendar[0].end",
                "$.calendar[1].title",
                "$.calendar[1].date",
                "$.calendar[1].start",
                "$.calendar[1].kind",
                "$.calendar[1].host",
                "$.calendar[1].press[0]",
                "$.plannedMeetings[0]",
                "$.meetingProfile.agendaDaysAhead",
                "$.meetingProfile.latestEnd",
            ],
            paths);
        Assert.Contains("day 1 to 28", result.Problems[0].Message);
        Assert.Contains("Expected one of \"open\", \"delivered\", \"dropped\"; got 'done'.", result.Problems[2].Message);
        Assert.Contains("'org-union' has no seat", result.Problems[4].Message);
        Assert.Contains("pressConference", result.Problems[11].Message);
        Assert.Throws<InvalidDocumentException>(() => result.GetValueOrThrow());
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData("""{"schemaVersion": 1, "oneOnOnes": [ { "id": "o1", "partner": "p", "date": "2026-02-01", "firstMeeting": "yes" } ]}""", "$.oneOnOnes[0].firstMeeting", "Expected true or false; got a value of another JSON type.")]
    [InlineData("""{"schemaVersion": 1, "plannedMeetings": "soon"}""", "$.plannedMeetings", "Expected an array; got a value of another JSON type.")]
    [InlineData("""{"schemaVersion": 1, "calendar": [ { "press": [ 5 ] } ]}""", "$.calendar[0].press[0]", "Expected a string; got a value of another JSON type.")]
    public void A_value_of_the_wrong_JSON_type_stops_the_read_with_one_problem_at_its_path(string json, string path, string fragment)
    {
        var problem = Assert.Single(CollaborationDocument.Load(json).Problems);

        Assert.Equal(path, problem.Path);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_wrong_schema_version_broken_json_and_oversized_documents_are_refused()
    {
        Assert.Equal("$.schemaVersion", CollaborationDocument.Load("{}").Problems.Single().Path);
        Assert.Equal("Expected \"schemaVersion\": 1; got 2.", CollaborationDocument.Load("""{"schemaVersion": 2}""").Problems.Single().Message);
        Assert.Contains("not valid JSON (line 1", CollaborationDocument.Load("""{"schemaVersion": 1,""").Problems.Single().Message);
        Assert.Contains("Expected an object", CollaborationDocument.Load("[]").Problems.Single().Message);
        Assert.Contains("The document is 20 bytes, over the limit of 5 bytes (DocumentLimits.MaxBytes).", CollaborationDocument.Load("""{"schemaVersion": 1}""", new DocumentLimits { MaxBytes = 5 }).Problems.Single().Message);
        Assert.Contains("DocumentLimits.MaxDepth", CollaborationDocument.Load("""{"schemaVersion": 1, "x": [[[[1]]]]}""", new DocumentLimits { MaxDepth = 3 }).Problems.Single().Message);
        Assert.Contains("appears twice", CollaborationDocument.Load("""{"schemaVersion": 1, "schemaVersion": 1}""").Problems.Single().Message);
    }

    [Fact]
    public void The_bundled_sample_loads()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Partnering.Core.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
        }

        // The sample's collaboration data is the "collaboration" section of its workspace document.
        var path = Path.Combine(root.FullName, "samples", "ChapterPlanner", "workspace.json");
        var result = Partnering.Core.Documents.WorkspaceDocument.Load(File.ReadAllText(path));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.NotEmpty(result.Value!.Collaboration!.Tables);
        Assert.NotEmpty(result.Value.Collaboration.Calendar);
    }
}
