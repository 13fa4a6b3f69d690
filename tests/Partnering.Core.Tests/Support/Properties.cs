using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace Partnering.Core.Tests.Support;

/// <summary>
/// Runs FsCheck 3 properties from xunit facts (FsCheck.Xunit is not available), so a property reads as
/// one line: <c>Properties.Check(arb, x =&gt; ...)</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description>Each property runs <see cref="DefaultRuns"/> cases, or the number in the
/// <c>PARTNERING_PROPERTY_RUNS</c> environment variable when that is larger (deep runs).</description></item>
/// <item><description>On failure the exception message holds the shrunk counterexample, the seed, gamma
/// and size, and the exact setting that replays it: <c>PARTNERING_PROPERTY_REPLAY=seed,gamma,size</c>.</description></item>
/// <item><description>With <c>PARTNERING_PROPERTY_REPLAY</c> set, every property replays that seed
/// (run the one failing test with <c>--filter</c>).</description></item>
/// </list>
/// </remarks>
public static partial class Properties
{
    /// <summary>Cases per property unless raised by <c>PARTNERING_PROPERTY_RUNS</c>.</summary>
    public const int DefaultRuns = 100;

    public const string RunsVariable = "PARTNERING_PROPERTY_RUNS";
    public const string ReplayVariable = "PARTNERING_PROPERTY_REPLAY";

    /// <summary>Checks that <paramref name="property"/> holds for every generated value.</summary>
    public static void Check<T>(Arbitrary<T> arb, Func<T, bool> property, int runs = DefaultRuns, [CallerMemberName] string name = "")
        => Run(Prop.ForAll(arb, property), runs, name);

    /// <summary>Checks that <paramref name="property"/> throws no assertion failure for any generated value.</summary>
    public static void Check<T>(Arbitrary<T> arb, Action<T> property, int runs = DefaultRuns, [CallerMemberName] string name = "")
        => Run(Prop.ForAll(arb, property), runs, name);

    /// <summary>Checks a property of two generated values.</summary>
    public static void Check<T1, T2>(Arbitrary<T1> arb1, Arbitrary<T2> arb2, Func<T1, T2, bool> property, int runs = DefaultRuns, [CallerMemberName] string name = "")
        => Run(Prop.ForAll(arb1, arb2, property), runs, name);

    /// <summary>Checks a property of two generated values, failing on any assertion.</summary>
    public static void Check<T1, T2>(Arbitrary<T1> arb1, Arbitrary<T2> arb2, Action<T1, T2> property, int runs = DefaultRuns, [CallerMemberName] string name = "")
        => Run(Prop.ForAll(arb1, arb2, property), runs, name);

    /// <summary>Checks a property built with FsCheck's combinators (labels, implications...).</summary>
    public static void Check(FsCheck.Property property, int runs = DefaultRuns, [CallerMemberName] string name = "")
        => Run(property, runs, name);

    /// <summary>The configuration a run uses: the number of cases, and the replay seed when one is set.</summary>
    public static Config Configure(int runs, string? runsSetting, string? replaySetting)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(Runs(runs, runsSetting)).WithQuietOnSuccess(true);
        if (!string.IsNullOrWhiteSpace(replaySetting))
        {
            var parts = replaySetting.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 3
                || !ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
                || !ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var gamma)
                || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                throw new InvalidOperationException($"{ReplayVariable} must be 'seed,gamma,size' as printed by a failing property; got '{replaySetting}'.");
            }

            config = config.WithReplay(seed, gamma, size);
        }

        return config;
    }

    private static int Runs(int runs, string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return runs;
        }

        if (!int.TryParse(setting, NumberStyles.None, CultureInfo.InvariantCulture, out var wanted) || wanted < 1)
        {
            throw new InvalidOperationException($"{RunsVariable} must be a positive whole number; got '{setting}'.");
        }

        return Math.Max(runs, wanted);
    }

    private static void Run(FsCheck.Property property, int runs, string name)
    {
        var config = Configure(runs, Environment.GetEnvironmentVariable(RunsVariable), Environment.GetEnvironmentVariable(ReplayVariable));
        try
        {
            property.Check(config.WithName(name));
        }
        catch (Exception e) when (e is not PropertyFailedException)
        {
            throw new PropertyFailedException(Describe(name, e.Message), e);
        }
    }

    /// <summary>The failure text: FsCheck's report followed by the line that replays it.</summary>
    public static string Describe(string name, string report)
    {
        // FsCheck names the seed, gamma and size of the failing step itself; replaying that step
        // reproduces the failure at once.
        var step = StepPattern().Match(report);
        var replay = step.Success
            ? $"Replay: {ReplayVariable}={step.Groups[2].Value},{step.Groups[3].Value},{step.Groups[1].Value} dotnet test --filter {name}"
            : "Replay: no seed found in the report.";
        return $"Property '{name}' failed.{Environment.NewLine}{report}{Environment.NewLine}{replay}";
    }

    [GeneratedRegex(@"size of (\d+) and seed of \((\d+),\s*(\d+)\)")]
    private static partial Regex StepPattern();
}

/// <summary>A property failed; the message carries the counterexample and the replay seed.</summary>
public sealed class PropertyFailedException(string message, Exception inner) : Exception(message, inner);
