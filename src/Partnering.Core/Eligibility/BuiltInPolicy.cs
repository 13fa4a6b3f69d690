using System;
using System.IO;
using Partnering.Core.Documents;

namespace Partnering.Core.Eligibility;

/// <summary>
/// The built-in policy pack shipped in the package: the partnering guidance as rules, each citing the
/// document it comes from. Extend or override it by rule id with <see cref="EligibilityPolicy.ExtendWith"/>.
/// </summary>
public static class BuiltInPolicy
{
    /// <summary>The pack's policy id.</summary>
    public const string Id = "partnering.builtin";

    private static readonly Lazy<EligibilityPolicy> Loaded = new(LoadPack);

    /// <summary>The built-in policy, loaded once from the embedded JSON through <see cref="PolicyDocument.Load(Stream)"/>.</summary>
    public static EligibilityPolicy Pack => Loaded.Value;

    /// <summary>The built-in pack's JSON, e.g. as a starting point for a chapter's own document.</summary>
    /// <returns>The JSON text.</returns>
    public static string Json() => PolicyDocument.Save(Pack);

    private static EligibilityPolicy LoadPack()
    {
        using var stream = typeof(BuiltInPolicy).Assembly.GetManifestResourceStream("Partnering.Core.Eligibility.BuiltInPolicy.json")
            ?? throw new InvalidOperationException("The built-in eligibility policy resource is missing from the assembly.");
        return PolicyDocument.Load(stream).GetValueOrThrow();
    }
}
