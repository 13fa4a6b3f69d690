using System;
using System.Runtime.CompilerServices;
using Partnering.Core.Eligibility;
using Partnering.Core.Tiers;

namespace Partnering.Core.Documents;

/// <summary>
/// Where the documents layer serves the capabilities, which know nothing of JSON: the built-in policy
/// packs and the default ladder are documents read here, and a policy's content hash is the hash of its
/// canonical document. Each capability declares what it needs as an internal delegate
/// (<see cref="BuiltInPolicy.PackReader"/>, <see cref="CompiledPolicy.ContentHasher"/>,
/// <see cref="DefaultTierLadder.Reader"/>); <see cref="Register"/> provides them when the assembly
/// loads, before any code in it runs. The dependency points one way: this layer on the capabilities.
/// </summary>
internal static class BuiltInDocuments
{
    /// <summary>Provides the capabilities' document services. Runs once, when the module loads.</summary>
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "It only assigns three internal delegates, so the capabilities need no reference to this layer; nothing is read until first use.")]
    internal static void Register()
    {
        BuiltInPolicy.PackReader = ReadPack;
        CompiledPolicy.ContentHasher = PolicyDocument.ContentHash;
        DefaultTierLadder.Reader = () => TierLadderDocument.Load(DefaultLadderJson).GetValueOrThrow();
    }

    /// <summary>Reads a built-in pack embedded in the assembly (<c>Eligibility/Packs/{name}.json</c>).</summary>
    /// <param name="name">The pack's file name, e.g. <c>Electoral</c>.</param>
    /// <returns>The pack.</returns>
    private static EligibilityPolicy ReadPack(string name)
    {
        using var stream = typeof(BuiltInDocuments).Assembly.GetManifestResourceStream($"Partnering.Core.Eligibility.Packs.{name}.json")
            ?? throw new InvalidOperationException($"The eligibility pack '{name}' is missing from the assembly.");
        return PolicyDocument.Load(stream).GetValueOrThrow();
    }

    /// <summary>The default ladder's document (read by <see cref="Register"/> for <c>TierLadder.Default</c>; also tested against the ladder schema).</summary>
    public const string DefaultLadderJson = """
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
