// The readers and writers live in Partnering.Core.Documents. Two capability files owned by other
// work (Tiers/DefaultTierLadder.cs and Eligibility/CompiledPolicy.cs) still call them by their old
// names; these internal forwarders keep them compiling until those files call Documents themselves.
namespace Partnering.Core.Tiers
{
    /// <summary>Forwards to <see cref="Documents.TierLadderDocument"/> (the bundled default ladder's load).</summary>
    internal static class TierLadderDocument
    {
        public static Documents.DocumentLoadResult<TierLadder> Load(string json) => Documents.TierLadderDocument.Load(json);
    }
}

namespace Partnering.Core.Eligibility
{
    /// <summary>Forwards to <see cref="Documents.PolicyDocument"/> (the compiled policy's content hash).</summary>
    internal static class PolicyDocument
    {
        public static string ContentHash(EligibilityPolicy policy) => Documents.PolicyDocument.ContentHash(policy);
    }
}
