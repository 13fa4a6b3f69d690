using Partnering.Core.Eligibility;
using Partnering.Core.Tiers;
using static Partnering.Core.Tests.Tiers.TierHistories;

namespace Partnering.Core.Tests.Tiers;

/// <summary>The two mutants of the tier fold the last mutation run left alive (docs/verification.md), each pinned by an example.</summary>
public sealed class TierFoldSurvivorTests
{
    private static readonly IPartnershipProgression Progression = TierLadder.Default.Compile();

    [Fact]
    public void The_fold_starts_on_the_identification_day_when_that_comes_before_the_first_entry()
    {
        // ProgressionRun.Reset: the start is the identification day, else the first entry.
        var history = History(Owned("2023-03-01"), Meet("2023-03-01")) with { IdentifiedOn = D("2023-01-10") };

        var early = Progression.Evaluate(history, D("2023-02-01"));

        Assert.Equal("Prospect", early.Tier);
        Assert.Equal(D("2023-01-10"), early.Since);
        Assert.Null(Progression.Evaluate(history with { IdentifiedOn = null }, D("2023-02-01")).Since);
    }

    [Fact]
    public void A_forbid_with_no_reason_says_so_without_an_empty_parenthesis()
    {
        // ProgressionRun.Process: the hold's reason adds the record's reason only when it has one.
        var history = History(Owned("2023-01-01"), Meet("2023-02-01")) with
        {
            Eligibility =
            [
                new EligibilityRecord { Date = D("2023-01-01"), Outcome = EligibilityOutcome.Permit },
                new EligibilityRecord { Date = D("2023-06-01"), Outcome = EligibilityOutcome.Forbid },
            ],
        };

        // The reason is written by the move down a ladder may ask for (the default ladder holds in place).
        var standing = MovesDownWhenForbidden.Compile().Evaluate(history, D("2023-07-01"));

        var hold = standing.Transitions[^1];
        Assert.Equal(TierMoveKind.Forbidden, hold.Kind);
        Assert.Equal("eligibility outcome forbid since 2023-06-01; a forbidden partner is held at Prospect", hold.Reason);
    }
}
