using Partnering.Core.Maps;
using static Partnering.Core.Tests.Maps.MapFixtures;
using Partnering.Core.Documents;
using Partnering.Core.Internal;

namespace Partnering.Core.Tests.Maps;

/// <summary>The maps document: power maps with their history and declared assets as JSON.</summary>
public sealed class MapsDocumentTests
{
    private const string Valid = """
        {
          "schemaVersion": 1,
          "powerMaps": [{
            "id": "senate-education", "target": "senator", "issue": "Education", "title": "Senator Reyes",
            "placements": [
              { "actor": "union-12", "support": 0.2, "influence": 0.5, "assessedOn": "2025-06-01" },
              { "actor": "union-12", "support": 0.8, "influence": 0.8, "confidence": 0.7, "source": "one-on-one", "assessedBy": "ana", "assessedOn": "2026-01-15", "mood": "upbeat" }
            ],
            "color": "blue"
          }],
          "assets": [{ "id": "email-list", "category": "membershipBase", "name": "Email list", "amount": 1200, "unit": "subscribers", "inUse": true, "x-extra": [1, 2] }],
          "generator": { "by": "hand" }
        }
        """;

    [Fact]
    public void A_document_saved_to_a_stream_is_the_text_save_and_loads_back_equal()
    {
        var document = MapsDocument.Load(Valid).GetValueOrThrow();
        using var stream = new MemoryStream();

        MapsDocument.Save(document, stream);

        Assert.Equal(MapsDocument.Save(document), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        stream.Position = 0;
        Assert.Equal(document, MapsDocument.Load(stream).GetValueOrThrow());
    }

    // The maps document loads the way the other stand-alone documents do (one loader, issue #13), in the
    // shared words, naming itself: the document's name, its size over the limit and its schema version.
    [Fact]
    public void A_refused_maps_document_is_worded_as_a_maps_document_from_text_and_from_a_stream()
    {
        var literal = MapsDocument.Load("null");
        var tooLarge = MapsDocument.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Valid)), new DocumentLimits { MaxBytes = 64 });
        var noVersion = MapsDocument.Load("""{ "powerMaps": [] }""");

        Assert.Equal(("$", "The document is the JSON literal null; a maps document is an object."), (literal.Problems[0].Path, literal.Problems[0].Message));
        Assert.Equal(("$", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The document is {System.Text.Encoding.UTF8.GetByteCount(Valid):N0} bytes, over the limit of 64 bytes (DocumentLimits.MaxBytes).")), (tooLarge.Problems[0].Path, tooLarge.Problems[0].Message));
        Assert.Equal(("$.schemaVersion", "The required field \"schemaVersion\" is missing: a maps document starts with \"schemaVersion\": 1."), (Assert.Single(noVersion.Problems).Path, noVersion.Problems[0].Message));
        var wrongVersion = MapsDocument.Load("""{ "schemaVersion": 2 }""");
        Assert.Equal(("$.schemaVersion", "Expected \"schemaVersion\": 1; got 2."), (Assert.Single(wrongVersion.Problems).Path, wrongVersion.Problems[0].Message));
    }

    // The words for each kind of bad value, the same as every other document's (one vocabulary, issue
    // #13), pinned: every problem, its path and their order.
    [Fact]
    public void Every_bad_value_of_a_maps_document_is_reported_at_its_path_in_the_shared_words()
    {
        var result = MapsDocument.Load("""
            {
              "schemaVersion": 1,
              "powerMaps": [{ "id": "m1", "target": "senator", "issue": "education", "placements": [
                { "actor": "pta", "influence": 0.5, "assessedOn": "2026-02-30" },
                { "actor": "union-12", "support": 1.5, "influence": 0.5, "confidence": 2, "assessedOn": "2026-01-01" },
                { "actor": "bad id!", "support": 0.1, "influence": 0.1, "assessedOn": "2026-01-01" }
              ] }],
              "assets": [{ "id": "x", "category": "money", "name": " ", "amount": -1 }],
              "outreach": { "startsOn": "2026-03-01", "items": [{ "partner": "pta", "owner": "ana", "tier": "", "ask": "Come to our forum", "due": "2026-03-10" }] }
            }
            """);

        Assert.Equal(
            [
                ("$.powerMaps[0].placements[0].support", ProblemText.Required("support")),
                ("$.powerMaps[0].placements[0].assessedOn", "Expected a date written yyyy-MM-dd; got '2026-02-30'."),
                ("$.powerMaps[0].placements[1].support", "Expected a number from -1 to 1; got 1.5."),
                ("$.powerMaps[0].placements[1].confidence", "Expected a number from 0 to 1; got 2."),
                ("$.powerMaps[0].placements[2].actor", PartyId.Explain("bad id!")!),
                ("$.assets[0].category", ProblemText.UnknownName("money", Partnering.Core.Documents.JsonEnum<AssetCategory>.Expected)),
                ("$.assets[0].name", "\"name\" must not be empty or white space."),
                ("$.assets[0].inUse", "The required field \"inUse\" is missing: say whether the chapter uses this asset now."),
                ("$.assets[0].amount", "Expected a number of at least 0; got -1."),
                ("$.outreach.items[0].tier", "\"tier\" must not be empty or white space."),
            ],
            result.Problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void A_power_map_or_asset_id_used_twice_is_reported_at_the_second_id()
    {
        var result = MapsDocument.Load("""
            {
              "schemaVersion": 1,
              "powerMaps": [{ "id": "m1", "target": "senator", "issue": "education" }, { "id": "m1", "target": "mayor", "issue": "housing" }],
              "assets": [{ "id": "list", "category": "membershipBase", "name": "Email list", "inUse": true }, { "id": "list", "category": "membershipBase", "name": "Phone tree", "inUse": false }]
            }
            """);

        Assert.Equal(
            [
                ("$.powerMaps[1].id", "The id 'm1' is used twice; ids must be unique among the power maps."),
                ("$.assets[1].id", "The id 'list' is used twice; ids must be unique among the assets."),
            ],
            result.Problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void A_valid_document_loads_with_its_history()
    {
        var document = MapsDocument.Load(Valid).GetValueOrThrow();

        var map = document.PowerMaps.Single();
        Assert.Equal(IssueArea.Education, map.Issue);
        Assert.Equal(2, map.Placements.Count);
        Assert.Equal(0.8, map.PlacementOf(Id("union-12"), AsOf)!.Support);
        Assert.Equal(0.5, map.Placements[0].Confidence);
        Assert.Equal(AssetCategory.MembershipBase, document.Assets.Single().Category);
    }

    [Fact]
    public void Save_then_load_is_equal_and_keeps_unknown_fields()
    {
        var document = MapsDocument.Load(Valid).GetValueOrThrow();

        var saved = document.Save();
        var again = MapsDocument.Load(saved).GetValueOrThrow();

        Assert.Equal(document, again);
        Assert.Contains("\"mood\": \"upbeat\"", saved);
        Assert.Contains("\"color\": \"blue\"", saved);
        Assert.Contains("\"generator\"", saved);
        Assert.Contains("\"x-extra\"", saved);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_path()
    {
        const string bad = """
            {
              "powerMaps": [{
                "id": "a b", "issue": "",
                "placements": [
                  { "actor": "x", "support": 2, "influence": 1.5, "assessedOn": "2026-02-30" },
                  { "support": 0.1, "influence": 0.1, "assessedOn": "2026-01-01" }
                ]
              }],
              "assets": [{ "id": "hall", "category": "building", "name": "Hall" }, { "id": "hall", "category": "membershipBase", "name": "x", "inUse": true, "amount": -3 }]
            }
            """;

        var result = MapsDocument.Load(bad);

        Assert.False(result.Succeeded);
        var paths = result.Problems.Select(p => p.Path).ToList();
        Assert.Contains("$.schemaVersion", paths);
        Assert.Contains("$.powerMaps[0].id", paths);
        Assert.Contains("$.powerMaps[0].issue", paths);
        Assert.Contains("$.powerMaps[0].target", paths);
        Assert.Contains("$.powerMaps[0].placements[0].support", paths);
        Assert.Contains("$.powerMaps[0].placements[0].influence", paths);
        Assert.Contains("$.powerMaps[0].placements[0].assessedOn", paths);
        Assert.Contains("$.powerMaps[0].placements[1].actor", paths);
        Assert.Contains("$.assets[0].category", paths);
        Assert.Contains("$.assets[0].inUse", paths);
        Assert.Contains("$.assets[1].amount", paths);
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("\"NaN\"")]
    [InlineData("1e400")]
    [InlineData("null")]
    public void Strengths_that_are_not_finite_numbers_are_rejected_at_load(string value)
    {
        var json = Valid.Replace("\"support\": 0.2", "\"support\": " + value);

        var result = MapsDocument.Load(json);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Not_json_and_wrong_shapes_are_problems_not_exceptions()
    {
        Assert.Equal("$", MapsDocument.Load("{").Problems.Single().Path);
        Assert.Equal("$", MapsDocument.Load("[]").Problems.Single().Path);
        Assert.Contains(MapsDocument.Load("""{ "schemaVersion": 1, "powerMaps": {} }""").Problems, p => p.Path == "$.powerMaps");
        Assert.Contains(MapsDocument.Load("""{ "schemaVersion": 2 }""").Problems, p => p.Path == "$.schemaVersion");
    }

    [Fact]
    public void Documents_deeper_than_the_limit_are_refused()
    {
        var deep = "{ \"schemaVersion\": 1, \"x\": " + new string('[', 100) + new string(']', 100) + " }";

        Assert.False(MapsDocument.Load(deep, new Partnering.Core.Documents.DocumentLimits { MaxDepth = 10 }).Succeeded);
    }
}
