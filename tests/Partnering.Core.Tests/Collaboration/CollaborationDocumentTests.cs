using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Collaboration;
using Partnering.Core.Documents;
using Partnering.Core.Tests.Generators;
using static Partnering.Core.Tests.Collaboration.CollaborationFixtures;

namespace Partnering.Core.Tests.Collaboration;

public class CollaborationDocumentTests
{
    private static readonly PartyId[] Orgs = [Us, Union, ClimateGroup, FaithCoalition];
    private static readonly PartyId[] People = [new("m-0"), new("m-1"), new("m-2")];

    private static Gen<CollaborationData> Data => CollaborationGenerators.Data(Orgs, People);

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
        Assert.Contains("The document is an array; a collaboration is an object.", CollaborationDocument.Load("[]").Problems.Single().Message, StringComparison.Ordinal);
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
