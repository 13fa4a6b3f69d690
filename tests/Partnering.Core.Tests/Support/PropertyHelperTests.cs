using FsCheck;
using FsCheck.Fluent;

namespace Partnering.Core.Tests.Support;

public class PropertyHelperTests
{
    [Fact]
    public void A_true_property_passes()
        => Properties.Check(Gen.Choose(0, 100).ToArbitrary(), x => x >= 0);

    [Fact]
    public void A_false_property_fails_with_the_counterexample_and_the_replay_seed()
    {
        var failure = Assert.Throws<PropertyFailedException>(
            () => Properties.Check(Gen.Choose(0, 1000).ToArbitrary(), x => x < 500, name: "below_500"));

        Assert.Contains("below_500", failure.Message);
        Assert.Matches(@"PARTNERING_PROPERTY_REPLAY=\d+,\d+,\d+", failure.Message);
        Assert.Contains("500", failure.Message); // shrunk counterexample: the smallest failing value
    }

    [Fact]
    public void A_failing_assertion_inside_a_property_is_reported_too()
    {
        var failure = Assert.Throws<PropertyFailedException>(
            () => Properties.Check(Gen.Choose(0, 10).ToArbitrary(), (int x) => Assert.True(x < 0)));

        Assert.Matches(@"PARTNERING_PROPERTY_REPLAY=\d+,\d+,\d+", failure.Message);
    }

    [Fact]
    public void A_replayed_seed_finds_the_same_counterexample()
    {
        var first = Assert.Throws<PropertyFailedException>(
            () => Properties.Check(Gen.Choose(0, 1_000_000).ToArbitrary(), x => x % 7 != 3, name: "first"));
        var replay = System.Text.RegularExpressions.Regex.Match(first.Message, @"PARTNERING_PROPERTY_REPLAY=(\d+,\d+,\d+)").Groups[1].Value;

        var config = Properties.Configure(Properties.DefaultRuns, null, replay);
        var again = Assert.ThrowsAny<Exception>(() => Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), x => x % 7 != 3).Check(config));

        var counterexample = System.Text.RegularExpressions.Regex.Match(first.Message, @"Original:\s*(\d+)").Groups[1].Value;
        Assert.NotEmpty(counterexample);
        Assert.Contains(counterexample, again.Message);
    }

    [Fact]
    public void The_run_count_is_raised_by_the_environment_setting_never_lowered()
    {
        Assert.Equal(1000, Properties.Configure(100, "1000", null).MaxTest);
        Assert.Equal(100, Properties.Configure(100, "10", null).MaxTest);
        Assert.Throws<InvalidOperationException>(() => Properties.Configure(100, "lots", null));
        Assert.Throws<InvalidOperationException>(() => Properties.Configure(100, null, "1,2"));
    }
}
