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

    /// <summary>The default ladder's document, embedded from <c>Tiers/Ladders/Default.json</c> (read by <see cref="Register"/> for <c>TierLadder.Default</c>; also tested against the ladder schema).</summary>
    public static string DefaultLadderJson => DtoInput.Resource("Partnering.Core.Tiers.Ladders.Default.json");
}
