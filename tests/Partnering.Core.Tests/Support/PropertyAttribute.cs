using System.Globalization;

namespace Partnering.Core.Tests;

/// <summary>
/// FsCheck.Xunit's <c>[Property]</c> with the suite's run count: every property runs
/// <see cref="DefaultRuns"/> cases (or <see cref="Runs"/>), raised for a deeper run by the
/// <c>PARTNERING_PROPERTY_RUNS</c> environment variable (never lowered by it).
/// </summary>
/// <remarks>
/// <para>Generated arguments come from the area's arbitraries, registered with
/// <c>[Properties(Arbitrary = [typeof(...)])]</c> on the class or <c>Arbitrary = [...]</c> here.</para>
/// <para>A failure prints FsCheck's counterexample and a line such as
/// <c>Falsifiable, after 12 tests (3 shrinks) (1234567890,987654321,34)</c>; put the numbers in
/// <c>[Property(Replay = "1234567890,987654321,34")]</c> to reproduce that case first.</para>
/// <para>Set <see cref="Runs"/>, not <c>MaxTest</c>: <c>MaxTest</c> bypasses the deep-run setting.</para>
/// <para>Declared in the tests' root namespace, it is the <c>[Property]</c> every test namespace sees
/// before any <c>using FsCheck.Xunit</c>.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    /// <summary>Cases per property unless a test sets <see cref="Runs"/>.</summary>
    public const int DefaultRuns = 100;

    /// <summary>The environment variable that raises every property's run count (a deep run).</summary>
    public const string RunsVariable = "PARTNERING_PROPERTY_RUNS";

    private int runs = DefaultRuns;

    /// <summary>Runs <see cref="DefaultRuns"/> cases, or more when <c>PARTNERING_PROPERTY_RUNS</c> says so.</summary>
    public PropertyAttribute()
    {
        MaxTest = RunCount(DefaultRuns, Environment.GetEnvironmentVariable(RunsVariable));
        QuietOnSuccess = true;
    }

    /// <summary>Cases for this property (default <see cref="DefaultRuns"/>), raised by <c>PARTNERING_PROPERTY_RUNS</c> when that is larger.</summary>
    public int Runs
    {
        get => runs;
        set
        {
            runs = value;
            MaxTest = RunCount(value, Environment.GetEnvironmentVariable(RunsVariable));
        }
    }

    /// <summary>The cases a property runs: its own count, or the deep-run setting when that is larger.</summary>
    /// <param name="runs">The property's own count.</param>
    /// <param name="setting">The value of <c>PARTNERING_PROPERTY_RUNS</c>, if set.</param>
    /// <returns>The larger of the two.</returns>
    /// <exception cref="InvalidOperationException">The setting is not a positive whole number.</exception>
    public static int RunCount(int runs, string? setting)
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
}
