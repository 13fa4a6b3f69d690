using System.Text.Json.Nodes;

namespace Partnering.Core.Tests.Documents;

/// <summary>Small valid documents that example tests change one field at a time.</summary>
internal static class ExampleDocuments
{
    /// <summary>
    /// A valid version 1 document: a chapter with two members, an organization (partners[0]) and a
    /// state senator running for re-election (partners[1]), two ties, a meeting and a commitment
    /// (interactions[1]), and a partnership with an owner handoff.
    /// </summary>
    public static JsonObject Minimal() => (JsonObject)JsonNode.Parse(
        """
        {
          "schemaVersion": 1,
          "chapter": {
            "id": "riverside",
            "name": "Riverside Indivisible",
            "homeState": "OH",
            "issueAreas": ["climate", "health-care"],
            "theoryOfChange": { "summary": "Hold our lawmakers accountable", "targets": ["lawmaker"], "avoidedTargets": ["person"] },
            "allowedTactics": ["petition", "town-hall-questions"],
            "members": [
              { "id": "m-ana", "name": "Ana Morales", "isLeader": true, "affiliations": [ { "organizationName": "Climate Now", "organization": "org-climate", "since": "2023" } ] },
              { "id": "m-ben", "name": "Ben Okafor" }
            ]
          },
          "partners": [
            { "type": "organization", "id": "org-climate", "name": "Climate Now Riverside", "kind": "issueAdvocacy", "taxStatus": "socialWelfare501C4", "partisanNature": "nonpartisan", "state": "OH", "issueAreas": ["climate"] },
            { "type": "individual", "id": "ind-whitfield", "name": "Sen. Laura Whitfield", "roles": ["electedOfficial", "candidate"],
              "candidacies": [ { "office": "State Senate, District 12", "declared": "2026-01-15", "electionDay": "2026-11-03" } ] }
          ],
          "ties": [
            { "from": "m-ana", "to": "org-climate", "category": "membership", "strength": 0.8 },
            { "from": "org-climate", "to": "ind-whitfield", "category": "influence", "strength": 0.4, "since": "2024-03" }
          ],
          "interactions": [
            { "kind": "meeting", "date": "2025-04-02", "partner": "org-climate", "participants": ["m-ana", "m-ben"] },
            { "kind": "commitment", "date": "2025-05-10", "partner": "org-climate", "commitment": { "madeBy": "us", "description": "bring ten volunteers", "due": "2025-06-01", "keptOn": "2025-05-30" } }
          ],
          "partnerships": [
            { "partner": "org-climate", "owners": [ { "member": "m-ana", "since": "2025-01-10" }, { "member": "m-ben", "since": "2025-09-01", "reason": "Ana leads the canvass team now" } ] }
          ]
        }
        """)!;
}
