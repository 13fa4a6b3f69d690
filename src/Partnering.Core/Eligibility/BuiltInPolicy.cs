using System;

namespace Partnering.Core.Eligibility;

/// <summary>
/// The policy packs shipped in the package, one per kind of chapter, each rule citing the seed it comes
/// from: the issue-advocacy pack (the partisan line of seed 000) and the electoral pack (seed 004). The
/// default pack follows from what the chapter declares (<see cref="Chapter.Kind"/>); a chapter extends or
/// overrides it by rule id with its own policy (<see cref="For(Workspace)"/>, <see cref="EligibilityPolicy.ExtendWith"/>).
/// The packs' JSON is also in the package under <c>policies/</c>.
/// </summary>
public static class BuiltInPolicy
{
    /// <summary>The issue-advocacy pack's policy id.</summary>
    public const string Id = "partnering.issue-advocacy";

    /// <summary>The electoral pack's policy id.</summary>
    public const string ElectoralId = "partnering.electoral";

    /// <summary>The policy id of the strictest pack, applied to a chapter that declares no kind.</summary>
    public const string StrictestId = "partnering.strictest";

    private static readonly Lazy<EligibilityPolicy> IssueAdvocacyPack = new(() => LoadPack("IssueAdvocacy"));
    private static readonly Lazy<EligibilityPolicy> ElectoralPack = new(() => LoadPack("Electoral"));
    private static readonly Lazy<EligibilityPolicy> StrictestPack = new(() => IssueAdvocacyPack.Value with
    {
        Id = StrictestId,
        Description = "The chapter declares no kind (issue-advocacy or electoral), so the strictest pack applies: the issue-advocacy line of seed 000, "
            + "under which no partisan or electoral body and no running candidate is a partner. Declare the chapter's kind to use its own pack.",
    });

    /// <summary>The issue-advocacy pack (seed 000's line), for chapters of kind <see cref="ChapterKind.IssueAdvocacy"/>.</summary>
    public static EligibilityPolicy Pack => IssueAdvocacyPack.Value;

    /// <summary>The issue-advocacy pack (seed 000's line), for chapters of kind <see cref="ChapterKind.IssueAdvocacy"/>.</summary>
    public static EligibilityPolicy IssueAdvocacy => IssueAdvocacyPack.Value;

    /// <summary>The electoral pack (seed 004), for chapters of kind <see cref="ChapterKind.Electoral"/>.</summary>
    public static EligibilityPolicy Electoral => ElectoralPack.Value;

    /// <summary>
    /// The pack for a chapter that declares no kind: the issue-advocacy rules (the strictest line), under
    /// its own id, with a description that every explanation shows.
    /// </summary>
    public static EligibilityPolicy Strictest => StrictestPack.Value;

    /// <summary>The pack for a kind of chapter.</summary>
    /// <param name="kind">The chapter's kind, or <see langword="null"/> when it declares none.</param>
    /// <returns>The pack; <see cref="Strictest"/> for <see langword="null"/>.</returns>
    public static EligibilityPolicy For(ChapterKind? kind) => kind switch
    {
        null => Strictest,
        ChapterKind.IssueAdvocacy => IssueAdvocacy,
        ChapterKind.Electoral => Electoral,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{kind} is not a defined chapter kind."),
    };

    /// <summary>
    /// The policy a workspace's chapter decides under: the pack for its kind, extended (rules replaced
    /// by id, others added) with the workspace's own policy when it has one.
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <returns>The policy to compile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is <see langword="null"/>.</exception>
    public static EligibilityPolicy For(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var pack = For(workspace.Chapter.Kind);
        return workspace.Policy is { } own ? pack.ExtendWith(own) : pack;
    }

    /// <summary>
    /// Reads a pack by name (e.g. <c>Electoral</c>): the packs are policy documents, read by the documents
    /// layer, which provides this when the assembly loads (<c>Documents/BuiltInDocuments.cs</c>), so this
    /// capability names no document type.
    /// </summary>
    internal static Func<string, EligibilityPolicy> PackReader { get; set; } = name => throw new InvalidOperationException($"The documents layer did not provide the reader of the eligibility pack '{name}'.");

    private static EligibilityPolicy LoadPack(string name) => PackReader(name);
}
