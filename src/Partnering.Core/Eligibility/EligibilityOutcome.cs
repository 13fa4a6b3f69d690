namespace Partnering.Core.Eligibility;

/// <summary>
/// The outcome of an eligibility decision. Members are declared from the least to the most strict,
/// so a larger value is stricter: when rules disagree the strictest outcome wins.
/// </summary>
/// <remarks>
/// <see cref="NotPermitted"/> (no rule permits) is distinct from <see cref="Forbid"/> (a rule forbids);
/// neither is ever read as a yes.
/// </remarks>
public enum EligibilityOutcome
{
    /// <summary>A rule permits and nothing stricter applies.</summary>
    Permit = 0,

    /// <summary>Permitted, with conditions to honour (e.g. frame the shared objective in issue terms).</summary>
    PermitWithConditions = 1,

    /// <summary>Someone must look before going ahead (e.g. the organizing staff, across a national relationship).</summary>
    Review = 2,

    /// <summary>No rule permits it: not a yes, though no rule forbids it either.</summary>
    NotPermitted = 3,

    /// <summary>A rule forbids it.</summary>
    Forbid = 4,
}
