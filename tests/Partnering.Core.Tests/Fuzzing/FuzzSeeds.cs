using Partnering.Core.Collaboration;
using Partnering.Core.Documents;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using Partnering.Core.Tests.Documents;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Fuzzing;

/// <summary>
/// The documents the fuzzer starts from: the repository's own examples of every kind. The flagship
/// sample's workspace with every section filled in (the built-in policy, the default ladder and a tier
/// override added to what the file holds), the built-in policy pack, the default ladder, and the
/// sample's maps and collaboration sections as stand-alone documents.
/// </summary>
internal static class FuzzSeeds
{
    private static readonly Lazy<Workspace> LoadedSample = new(() =>
        WorkspaceDocument.Load(File.ReadAllText(SampleWorkspaceTests.RepositoryFile("samples", "ChapterPlanner", "workspace.json"))).GetValueOrThrow());

    /// <summary>The sample workspace as the file holds it.</summary>
    public static Workspace Sample => LoadedSample.Value;

    private static readonly Lazy<Workspace> Full = new(() =>
    {
        var sample = Sample;
        var partnership = sample.Partnerships[0];
        return sample with
        {
            Policy = BuiltInPolicy.Pack,
            Ladder = TierLadder.Default,
            TierOverrides =
            [
                new PartnershipTierOverride
                {
                    Partner = partnership.Partner,
                    Override = new TierOverride { Date = new DateOnly(2026, 1, 15), Tier = TierLadder.Default.Tiers[1].Name, Reason = "Agreed at the steering meeting", DecidedBy = sample.Chapter.Members[0].Id },
                },
            ],
        };
    });

    /// <summary>The sample workspace with every optional section.</summary>
    public static Workspace FullWorkspace => Full.Value;

    /// <summary>Every seed document, by kind.</summary>
    public static IReadOnlyList<(FuzzKind Kind, string Json)> All { get; } = Build();

    private static List<(FuzzKind, string)> Build()
    {
        var full = FullWorkspace;
        var maps = new MapsDocument { PowerMaps = full.PowerMaps, Assets = full.Assets };
        return
        [
            (FuzzKind.Workspace, WorkspaceDocument.Save(full)),
            (FuzzKind.Workspace, File.ReadAllText(SampleWorkspaceTests.RepositoryFile("samples", "ChapterPlanner", "workspace.json"))),
            (FuzzKind.Policy, File.ReadAllText(SampleWorkspaceTests.RepositoryFile("src", "Partnering.Core", "Eligibility", "Packs", "IssueAdvocacy.json"))),
            (FuzzKind.Policy, File.ReadAllText(SampleWorkspaceTests.RepositoryFile("src", "Partnering.Core", "Eligibility", "Packs", "Electoral.json"))),
            (FuzzKind.Workspace, File.ReadAllText(SampleWorkspaceTests.RepositoryFile("samples", "ChapterPlanner", "electoral-workspace.json"))),
            (FuzzKind.Ladder, TierLadderDocument.Save(TierLadder.Default)),
            (FuzzKind.Maps, maps.Save()),
            (FuzzKind.Collaboration, CollaborationDocument.Save(full.Collaboration ?? throw new InvalidOperationException("The sample has no collaboration section."))),
        ];
    }
}

/// <summary>The document kinds the library reads.</summary>
public enum FuzzKind
{
    Workspace,
    Policy,
    Ladder,
    Maps,
    Collaboration,
}
