using System.Linq;
using Partnering.Core;
using Partnering.Core.Documents;

namespace Partnering.Core.TrimTest;

/// <summary>Exercises the library after trimming; exits non-zero when anything is off.</summary>
internal static class Program
{
    public static int Main()
    {
        var failures = 0;

        void Expect(bool condition, string what)
        {
            Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
            failures += condition ? 0 : 1;
        }

        var senator = new Individual
        {
            Id = new PartyId("sen-okafor"),
            Name = "Sen. Grace Okafor",
            Candidacies = [new Candidacy { Office = "State Senate", Declared = PartialDate.Parse("2026-02"), ElectionDay = PartialDate.Parse("2026-11-03") }],
        };
        Expect(senator.IsRunningOn(new DateOnly(2026, 9, 15)), "a declared candidate is running before election day");
        Expect(senator with { } == senator, "records keep value equality after trimming");

        // The built-in documents, served to the capabilities by the documents layer when the assembly loads.
        var pack = Eligibility.BuiltInPolicy.Electoral;
        Expect(pack.Rules.Count > 0, "the built-in electoral pack is read");
        Expect(new Eligibility.PolicyCompiler().Compile(pack).ContentHash.Length == 64, "a compiled policy has its content hash");
        Expect(Tiers.TierLadder.Default.Tiers.Count == 5, "the default ladder is read");

        // The JSON path: load (source-generated, no reflection), save, reload, unknown fields kept.
        var loaded = WorkspaceDocument.Load(Document);
        Expect(loaded.Succeeded, "a workspace document loads: " + string.Join("; ", loaded.Problems));
        if (loaded.Value is { } workspace)
        {
            Expect(workspace.Partners.Count == 2 && workspace.Ties.Count == 1, "partners and ties are read");
            Expect(workspace.Partners[0] is Organization { Kind: OrganizationKind.IssueAdvocacy }, "the partner type discriminator and enums are read");
            Expect(workspace.PowerMaps.Count == 1 && workspace.PowerMaps[0].Placements.Count == 1, "the power map section is read");
            Expect(workspace.Collaboration is { Calendar.Count: 1 } c && c.Calendar[0].Sponsors.Count == 1, "the collaboration section is read");
            Expect(PartnerDirectory.From(workspace).EventsOf(new PartyId("climate-now")).Count == 1, "the directory finds the events a partner sponsors");
            var saved = WorkspaceDocument.Save(workspace);
            Expect(saved.Contains("\"futureField\"", StringComparison.Ordinal), "an unknown field is written back on save");
            Expect(saved.Contains("\"x-inSection\"", StringComparison.Ordinal), "an unknown field inside a section is written back on save");
            var again = WorkspaceDocument.Load(saved);
            Expect(again.Value == workspace, "save then load gives an equal workspace");
        }

        var broken = WorkspaceDocument.Load(Document.Replace("\"strength\": 0.8", "\"strength\": 1.8", StringComparison.Ordinal));
        Expect(!broken.Succeeded && broken.Problems.Any(p => p.Path == "$.ties[0].strength"), "a bad value is reported with its JSON path: " + string.Join("; ", broken.Problems));

        var dangling = WorkspaceDocument.Load(Document.Replace("\"host\": \"riverside\"", "\"host\": \"nobody\"", StringComparison.Ordinal));
        Expect(!dangling.Succeeded && dangling.Problems.Any(p => p.Path == "$.collaboration.calendar[0].host"), "a section naming an unknown party is reported with its JSON path: " + string.Join("; ", dangling.Problems));

        Console.WriteLine(failures == 0 ? "trim smoke test passed" : $"trim smoke test failed: {failures} check(s)");
        return failures == 0 ? 0 : 1;
    }

    private const string Document = """
        {
          "schemaVersion": 1,
          "futureField": { "kept": true },
          "chapter": {
            "id": "riverside",
            "name": "Riverside Indivisible",
            "homeState": "OH",
            "theoryOfChange": { "summary": "Hold our lawmakers accountable", "targets": ["lawmaker"] },
            "members": [ { "id": "ana", "name": "Ana Ruiz" } ]
          },
          "partners": [
            { "type": "organization", "id": "climate-now", "name": "Climate Now Riverside", "kind": "issueAdvocacy", "partisanNature": "nonpartisan", "issueAreas": ["climate"] },
            { "type": "individual", "id": "sen-okafor", "name": "Sen. Grace Okafor", "roles": ["electedOfficial"] }
          ],
          "ties": [ { "from": "ana", "to": "climate-now", "category": "membership", "strength": 0.8 } ],
          "powerMaps": [
            { "id": "okafor-climate", "target": "sen-okafor", "issue": "climate", "placements": [ { "actor": "climate-now", "support": 0.8, "influence": 0.5, "assessedOn": "2026-03-01" } ] }
          ],
          "collaboration": {
            "x-inSection": 1,
            "calendar": [
              { "id": "rally", "title": "Clean air rally", "date": "2026-05-02", "start": "10:00", "end": "12:00", "kind": "rally", "host": "riverside",
                "sponsors": [ { "sponsor": "climate-now", "visibility": "hidden" } ] }
            ]
          }
        }
        """;
}
