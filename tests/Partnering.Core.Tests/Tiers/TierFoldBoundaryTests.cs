using Partnering.Core.Tiers;
using static Partnering.Core.Tests.Tiers.TierHistories;

namespace Partnering.Core.Tests.Tiers;

/// <summary>
/// The tier fold on the exact days its thresholds are crossed (the default ladder: at risk after 90
/// silent days, one tier down after 90 more): the day before, the day itself.
/// </summary>
public sealed class TierFoldBoundaryTests
{
    private static readonly IPartnershipProgression Progression = TierLadder.Default.Compile();

    private static PartnershipHistory DeepThenSilent() => History(Owned("2023-01-01"), Meet("2023-06-01")) with
    {
        Overrides = [new TierOverride { Date = D("2023-01-01"), Tier = "Deep", Reason = "Founding coalition partner", DecidedBy = Ben }],
    };

    [Theory]
    [InlineData("2023-08-29", false)] // 89 days of silence
    [InlineData("2023-08-30", true)]  // exactly 90
    public void A_partnership_is_at_risk_from_the_90th_silent_day(string asOf, bool atRisk)
    {
        var standing = Progression.Evaluate(DeepThenSilent(), D(asOf));

        Assert.Equal("Deep", standing.Tier);
        Assert.Equal(atRisk, standing.AtRisk);
        Assert.Equal(atRisk, standing.RiskReason is not null);
        Assert.Equal(D("2023-11-28"), standing.MovesDownOn);
    }

    [Theory]
    [InlineData("2023-11-27", "Deep", 1)]  // 179 days of silence
    [InlineData("2023-11-28", "Event", 2)] // exactly 180: one tier down that day
    public void A_partnership_moves_down_on_the_180th_silent_day_not_before(string asOf, string tier, int moves)
    {
        var standing = Progression.Evaluate(DeepThenSilent(), D(asOf));

        Assert.Equal(tier, standing.Tier);
        Assert.Equal(moves, standing.Transitions.Count);
        if (moves == 2)
        {
            Assert.Equal(D("2023-11-28"), standing.Transitions[^1].Date);
            Assert.Equal(D("2023-11-28"), standing.Since);
            Assert.False(standing.AtRisk); // the move restarts the count
            Assert.Equal(D("2024-05-26"), standing.MovesDownOn);
        }
    }

    [Fact]
    public void After_a_silent_move_the_count_starts_from_the_move_and_says_so()
    {
        var standing = Progression.Evaluate(DeepThenSilent(), D("2024-02-26")); // 90 days after the move

        Assert.True(standing.AtRisk);
        Assert.Equal("no interaction since the move on 2023-11-28 (90 days); at risk after 90 days of silence", standing.RiskReason);
    }
}
