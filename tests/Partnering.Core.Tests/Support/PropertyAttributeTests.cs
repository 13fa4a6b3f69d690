using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace Partnering.Core.Tests.Support;

/// <summary>The suite's <c>[Property]</c>: its run count, the deep-run setting, and the replay line a failure prints.</summary>
public partial class PropertyAttributeTests
{
    [Fact]
    public void The_run_count_is_raised_by_the_environment_setting_never_lowered()
    {
        Assert.Equal(100, PropertyAttribute.RunCount(100, null));
        Assert.Equal(100, PropertyAttribute.RunCount(100, " "));
        Assert.Equal(1000, PropertyAttribute.RunCount(100, "1000"));
        Assert.Equal(300, PropertyAttribute.RunCount(300, "10"));
        Assert.Throws<InvalidOperationException>(() => PropertyAttribute.RunCount(100, "lots"));
        Assert.Throws<InvalidOperationException>(() => PropertyAttribute.RunCount(100, "0"));
        Assert.Throws<InvalidOperationException>(() => PropertyAttribute.RunCount(100, "-5"));
    }

    [Fact]
    public void The_attribute_hands_FsCheck_its_runs_or_the_deep_run_setting()
    {
        var setting = Environment.GetEnvironmentVariable(PropertyAttribute.RunsVariable);
        Assert.Equal(PropertyAttribute.RunCount(PropertyAttribute.DefaultRuns, setting), new PropertyAttribute().MaxTest);
        Assert.Equal(PropertyAttribute.RunCount(300, setting), new PropertyAttribute { Runs = 300 }.MaxTest);
        Assert.Equal(300, new PropertyAttribute { Runs = 300 }.Runs);
        Assert.True(new PropertyAttribute().QuietOnSuccess);
    }

    [Fact]
    public void A_failure_reports_the_shrunk_counterexample_and_a_replay_token_that_reproduces_it()
    {
        var property = Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), x => x % 7 != 3);
        var failure = Assert.ThrowsAny<Exception>(() => property.Check(Config.QuickThrowOnFailure));

        // The token is what [Property(Replay = "...")] takes.
        var token = ReplayToken().Match(failure.Message);
        Assert.True(token.Success, failure.Message);
        var original = Regex.Match(failure.Message, @"Original:\s*(\d+)").Groups[1].Value;
        Assert.NotEmpty(original);

        var (seed, gamma) = (ulong.Parse(token.Groups[1].Value), ulong.Parse(token.Groups[2].Value));
        var replayed = Assert.ThrowsAny<Exception>(() => property.Check(Config.QuickThrowOnFailure.WithReplay(seed, gamma)));
        Assert.Equal(original, Regex.Match(replayed.Message, @"Original:\s*(\d+)").Groups[1].Value);
    }

    [Property]
    public bool A_property_with_no_registered_arbitrary_uses_FsCheck_s_defaults(int x) => x + 0 == x;

    [Property(Replay = "12345,67891")]
    public bool A_replayed_property_runs_from_the_given_seed(int x) => x * 2 == x + x;

    [GeneratedRegex(@"Falsifiable, after \d+ tests? \(\d+ shrinks?\) \((\d+),\s*(\d+)\)")]
    private static partial Regex ReplayToken();
}
