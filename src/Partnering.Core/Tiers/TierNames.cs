using System;
using Partnering.Core.Eligibility;

namespace Partnering.Core.Tiers;

/// <summary>The camelCase names used in ladder documents, graphs and explanations.</summary>
internal static class TierNames
{
    private static readonly string[] EvidenceNames =
    [
        "meetings", "oneOnOnes", "alertsExchanged", "invitationsExchanged", "commitmentsMade", "commitmentsKeptOnTime",
        "commitmentsBroken", "eventsCoPromoted", "eventsCoOrganized", "jointActions", "sharedLeadershipAgreements", "interactions",
        "showedUpForThem", "showingUpExchanged",
    ];

    private static readonly string[] OutcomeNames = ["permit", "permitWithConditions", "review", "notPermitted", "forbid"];

    public static int EvidenceCount => EvidenceNames.Length;

    public static string AllEvidence => string.Join(", ", EvidenceNames);

    public static string AllOutcomes => string.Join(", ", OutcomeNames);

    public static bool IsDefined(TierEvidence evidence) => (uint)evidence < (uint)EvidenceNames.Length;

    public static bool IsDefined(EligibilityOutcome outcome) => (uint)outcome < (uint)OutcomeNames.Length;

    public static string Evidence(TierEvidence evidence) => IsDefined(evidence) ? EvidenceNames[(int)evidence] : $"unknown({(int)evidence})";

    public static string Outcome(EligibilityOutcome outcome) => IsDefined(outcome) ? OutcomeNames[(int)outcome] : $"unknown({(int)outcome})";

    public static bool TryEvidence(string text, out TierEvidence evidence)
    {
        var i = Array.IndexOf(EvidenceNames, text);
        evidence = (TierEvidence)i;
        return i >= 0;
    }

    public static bool TryOutcome(string text, out EligibilityOutcome outcome)
    {
        var i = Array.IndexOf(OutcomeNames, text);
        outcome = (EligibilityOutcome)i;
        return i >= 0;
    }

    public static string Move(TierMoveKind kind) => kind switch
    {
        TierMoveKind.StepUp => "step up",
        TierMoveKind.Decay => "decay",
        TierMoveKind.Forbidden => "forbidden",
        TierMoveKind.Override => "override",
        TierMoveKind.FasterStep => "faster step",
        _ => kind.ToString(),
    };

    /// <summary>The evidence in words for explanations, e.g. "meetings or one-on-ones".</summary>
    public static string EvidenceWords(TierEvidence evidence) => evidence switch
    {
        TierEvidence.Meetings => "meetings or one-on-ones held",
        TierEvidence.OneOnOnes => "one-on-ones held",
        TierEvidence.AlertsExchanged => "action alerts exchanged both ways",
        TierEvidence.InvitationsExchanged => "invitations exchanged both ways",
        TierEvidence.CommitmentsMade => "commitments made",
        TierEvidence.CommitmentsKeptOnTime => "commitments kept on time",
        TierEvidence.CommitmentsBroken => "commitments broken (late, dropped or not kept)",
        TierEvidence.EventsCoPromoted => "events co-promoted and delivered",
        TierEvidence.EventsCoOrganized => "events co-organized and delivered",
        TierEvidence.JointActions => "joint actions",
        TierEvidence.SharedLeadershipAgreements => "shared-leadership agreements",
        TierEvidence.Interactions => "interactions",
        TierEvidence.ShowedUpForThem => "times we showed up for them (attended their action, volunteered or raised funds)",
        TierEvidence.ShowingUpExchanged => "times of showing up exchanged both ways",
        _ => Evidence(evidence),
    };
}
