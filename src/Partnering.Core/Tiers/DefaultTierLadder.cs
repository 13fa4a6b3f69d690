using System;

namespace Partnering.Core.Tiers;

/// <summary>
/// The ladder shipped with the package, kept as a JSON document inside the assembly and loaded
/// through <see cref="Documents.TierLadderDocument"/> like any other ladder. The tiers are the guidance's types
/// of partnership (seed 004 calls them "a starting point"); the counts, windows and days are this
/// library's choices, not the guidance's: see docs/tiers.md.
/// </summary>
internal static class DefaultTierLadder
{
    private static readonly Lazy<TierLadder> Loaded = new(() => Documents.TierLadderDocument.Load(Json).GetValueOrThrow());

    public static TierLadder Value => Loaded.Value;

    /// <summary>The default ladder document.</summary>
    public const string Json = """
        {
          "name": "default",
          "tiers": [
            { "name": "Prospect", "description": "On our maps; we have researched their goals, theory of change, capacities, constraints and base." },
            { "name": "Learning", "description": "In conversation; we keep each other informed. Many allies rightly stay here." },
            { "name": "Promotion", "description": "Promotes our events to its network (a light lift); we report the results back." },
            { "name": "Event", "description": "Organizes events with us, once or as a series: fundraisers, phonebanks, canvasses." },
            { "name": "Deep", "description": "Shares leadership with us: a joint brand or public coalition, most events together." }
          ],
          "steps": [
            {
              "from": "Prospect",
              "to": "Learning",
              "when": { "all": [
                { "evidence": "meetings", "atLeast": 1, "withinDays": 180 },
                { "ownerAssigned": true },
                { "eligibilityAtMost": "permitWithConditions" }
              ] },
              "nextActions": [
                "Hold a first one-on-one: listen to their goals and base, and ask for nothing formal yet",
                "Name one member as the relationship owner",
                "Subscribe to each other's newsletters and updates"
              ]
            },
            {
              "from": "Learning",
              "to": "Promotion",
              "when": { "all": [
                { "evidence": "meetings", "atLeast": 2, "withinDays": 180 },
                { "evidence": "eventsCoPromoted", "atLeast": 1, "withinDays": 365 },
                { "any": [
                  { "evidence": "alertsExchanged", "atLeast": 1, "withinDays": 180 },
                  { "evidence": "showedUpForThem", "atLeast": 1, "withinDays": 365 }
                ] },
                { "evidence": "commitmentsKeptOnTime", "atLeast": 1, "withinDays": 365 },
                { "evidence": "commitmentsBroken", "atMost": 0, "withinDays": 365 },
                { "daysInTier": 30 },
                { "ownerAssigned": true },
                { "eligibilityAtMost": "permitWithConditions" }
              ] },
              "faster": {
                "when": { "all": [
                  { "evidence": "meetings", "atLeast": 2, "withinDays": 180 },
                  { "evidence": "eventsCoPromoted", "atLeast": 1, "withinDays": 365 },
                  { "evidence": "alertsExchanged", "atLeast": 1, "withinDays": 180 },
                  { "evidence": "showedUpForThem", "atLeast": 1, "withinDays": 365 },
                  { "evidence": "commitmentsKeptOnTime", "atLeast": 2, "withinDays": 365 },
                  { "evidence": "commitmentsBroken", "atMost": 0, "withinDays": 365 },
                  { "ownerAssigned": true },
                  { "eligibilityAtMost": "permitWithConditions" }
                ] },
                "reason": "strong evidence of trust (they already promote our events, alerts go both ways, we have shown up for them and two commitments were kept), so the step need not wait its usual time"
              },
              "nextActions": [
                "Share each other's action alerts",
                "Show up for them: attend one of their actions, or volunteer or raise funds for them",
                "Ask them to promote one of our events to their network, and report the results back",
                "Invite one of their leaders to speak at our next meeting",
                "Make a small promise to them and keep it ahead of time"
              ]
            },
            {
              "from": "Promotion",
              "to": "Event",
              "when": { "all": [
                { "evidence": "eventsCoPromoted", "atLeast": 2, "withinDays": 365 },
                { "evidence": "commitmentsKeptOnTime", "atLeast": 2, "withinDays": 365 },
                { "evidence": "commitmentsBroken", "atMost": 0, "withinDays": 365 },
                { "evidence": "meetings", "atLeast": 1, "withinDays": 90 },
                { "daysInTier": 60 },
                { "ownerAssigned": true },
                { "eligibilityAtMost": "permitWithConditions" }
              ] },
              "faster": {
                "when": { "all": [
                  { "evidence": "eventsCoOrganized", "atLeast": 1, "withinDays": 365 },
                  { "evidence": "eventsCoPromoted", "atLeast": 2, "withinDays": 365 },
                  { "evidence": "commitmentsKeptOnTime", "atLeast": 2, "withinDays": 365 },
                  { "evidence": "commitmentsBroken", "atMost": 0, "withinDays": 365 },
                  { "evidence": "meetings", "atLeast": 1, "withinDays": 90 },
                  { "ownerAssigned": true },
                  { "eligibilityAtMost": "permitWithConditions" }
                ] },
                "reason": "strong evidence: an event already organized together and delivered, with commitments kept, so the step need not wait its usual time"
              },
              "nextActions": [
                "Co-sponsor one of their events or ask them to co-sponsor ours",
                "Report turnout and sign-ups from their promotion back to them",
                "Sign a joint letter on an issue we share"
              ]
            },
            {
              "from": "Event",
              "to": "Deep",
              "when": { "all": [
                { "evidence": "eventsCoOrganized", "atLeast": 3, "withinDays": 365 },
                { "evidence": "jointActions", "atLeast": 1, "withinDays": 365 },
                { "evidence": "sharedLeadershipAgreements", "atLeast": 1 },
                { "evidence": "commitmentsBroken", "atMost": 0, "withinDays": 365 },
                { "daysInTier": 180 },
                { "ownerAssigned": true },
                { "eligibilityAtMost": "permitWithConditions" }
              ] },
              "nextActions": [
                "Meet an official together",
                "Plan a series of events as one team",
                "Propose shared leadership: a joint brand or a public coalition"
              ]
            }
          ],
          "decay": { "atRiskAfterDays": 90, "graceDays": 90, "floor": "Learning" },
          "forbiddenHoldsAt": "Prospect",
          "affiliateInterestFrom": "Promotion"
        }
        """;
}
