using System;
using System.Collections.Generic;
using System.Globalization;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

/// <summary>
/// Seed 001's priorities as data: reach first to local groups, to groups led by the community they
/// serve, and to groups with a track record on justice (racial, economic, gender, immigrant rights,
/// disability rights...). Each factor is read from structured fields of the partner, never from its
/// prose, and raises a partner's score by its weight (see <see cref="PlanningOptions"/>):
/// <c>priority = (1 + Σ weights that hold) / (1 + Σ all weights)</c>. Set a weight to 0 to leave the
/// factor out.
/// </summary>
public sealed record PriorityFactors
{
    /// <summary>The defaults: each factor weighs 0.25, with the kinds, roles, issue areas and tags listed on each property.</summary>
    public static PriorityFactors Default { get; } = new();

    /// <summary>Weight of being local: the partner's state is the chapter's home state. Default 0.25.</summary>
    public double LocalWeight { get; init; } = 0.25;

    /// <summary>Weight of being community-led (see <see cref="CommunityLedKinds"/>, <see cref="CommunityLedRoles"/>, <see cref="CommunityLedTags"/>). Default 0.25.</summary>
    public double CommunityLedWeight { get; init; } = 0.25;

    /// <summary>Weight of a justice focus (see <see cref="JusticeIssueAreas"/>, <see cref="JusticeTags"/>). Default 0.25.</summary>
    public double JusticeFocusWeight { get; init; } = 0.25;

    /// <summary>Organization kinds that count as community-led. Default: community / direct-service organizations, neighborhood associations, religious institutions.</summary>
    public IReadOnlyList<OrganizationKind> CommunityLedKinds { get; init => field = Guard.List(value); } =
        ValueList<OrganizationKind>.From([OrganizationKind.CommunityService, OrganizationKind.NeighborhoodAssociation, OrganizationKind.ReligiousInstitution]);

    /// <summary>Individual roles that count as community-led. Default: community leader, faith leader.</summary>
    public IReadOnlyList<IndividualRole> CommunityLedRoles { get; init => field = Guard.List(value); } =
        ValueList<IndividualRole>.From([IndividualRole.CommunityLeader, IndividualRole.FaithLeader]);

    /// <summary>Partner tags that mark a partner as community-led whatever its kind. Default: <c>community-led</c>.</summary>
    public IReadOnlyList<string> CommunityLedTags { get; init => field = Guard.List(value); } = ValueList<string>.From(["community-led"]);

    /// <summary>
    /// Issue areas that show a justice focus. Default (seed 001's list): racial-justice, economic-justice,
    /// gender-justice, immigrant-rights, poverty, womens-rights, environmental-justice, disability-rights, lgbtqia-rights.
    /// </summary>
    public IReadOnlyList<IssueArea> JusticeIssueAreas { get; init => field = Guard.List(value); } = ValueList<IssueArea>.From(
    [
        new("racial-justice"), new("economic-justice"), new("gender-justice"), new("immigrant-rights"), new("poverty"),
        new("womens-rights"), new("environmental-justice"), new("disability-rights"), new("lgbtqia-rights"),
    ]);

    /// <summary>Partner tags that show a justice focus. Default: <c>justice</c>.</summary>
    public IReadOnlyList<string> JusticeTags { get; init => field = Guard.List(value); } = ValueList<string>.From(["justice"]);

    /// <summary>Every problem with these factors, each a plain sentence; empty when they are valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        PlanningOptions.Weight(problems, "PriorityFactors." + nameof(LocalWeight), LocalWeight);
        PlanningOptions.Weight(problems, "PriorityFactors." + nameof(CommunityLedWeight), CommunityLedWeight);
        PlanningOptions.Weight(problems, "PriorityFactors." + nameof(JusticeFocusWeight), JusticeFocusWeight);
        return problems;
    }

    /// <summary>Which factors hold for one party (no words built: cheap enough for every actor of a large map).</summary>
    internal (bool Local, bool CommunityLed, bool Justice) Evaluate(Partner? partner, string homeState)
        => (partner?.State is { } state && string.Equals(state, homeState, StringComparison.Ordinal),
            CommunityLedBasis(partner) is not null,
            JusticeBasis(partner) is not null);

    /// <summary>The multiplier <c>(1 + Σ weights that hold) / (1 + Σ weights)</c> for one party.</summary>
    internal double Multiplier(Partner? partner, string homeState)
    {
        var (local, led, justice) = Evaluate(partner, homeState);
        var total = 1.0 + LocalWeight + CommunityLedWeight + JusticeFocusWeight;
        var held = 1.0 + (local ? LocalWeight : 0.0) + (led ? CommunityLedWeight : 0.0) + (justice ? JusticeFocusWeight : 0.0);
        return held / total;
    }

    /// <summary>The three factors for one party, each as a part holding 1 or 0 with its weight and basis.</summary>
    /// <param name="partner">The partner, or <see langword="null"/> when the workspace does not describe the party.</param>
    /// <param name="homeState">The chapter's home state.</param>
    /// <returns>local, community-led, justice focus.</returns>
    internal ScorePart[] Check(Partner? partner, string homeState)
    {
        var local = partner?.State is { } state && string.Equals(state, homeState, StringComparison.Ordinal);
        var localBasis = partner?.State is { } s
            ? local ? $"based in {s}, our home state" : $"based in {s}, not our home state {homeState}"
            : "state not recorded";
        var led = CommunityLedBasis(partner);
        var justice = JusticeBasis(partner);
        return
        [
            new ScorePart("local", local ? 1.0 : 0.0, LocalWeight, localBasis),
            new ScorePart("community-led", led is null ? 0.0 : 1.0, CommunityLedWeight, led ?? "not recorded as community-led (kind, role or tag)"),
            new ScorePart("justice focus", justice is null ? 0.0 : 1.0, JusticeFocusWeight, justice ?? "no justice issue area or tag recorded"),
        ];
    }

    private string? CommunityLedBasis(Partner? partner)
    {
        switch (partner)
        {
            case Organization o when Contains(CommunityLedKinds, o.Kind):
                return Words.Of(o.Kind);
            case Individual i:
                foreach (var role in i.Roles)
                {
                    if (Contains(CommunityLedRoles, role))
                    {
                        return Words.Of(role);
                    }
                }

                break;
        }

        return FirstTag(partner, CommunityLedTags) is { } tag ? $"tagged {tag}" : null;
    }

    private string? JusticeBasis(Partner? partner)
    {
        if (partner is null)
        {
            return null;
        }

        foreach (var issue in partner.IssueAreas)
        {
            if (Contains(JusticeIssueAreas, issue))
            {
                return $"works on {issue}";
            }
        }

        return FirstTag(partner, JusticeTags) is { } tag ? $"tagged {tag}" : null;
    }

    private static bool Contains<T>(IReadOnlyList<T> list, T value)
    {
        // By index: an enumerator of the list would be one allocation per actor scored.
        for (var i = 0; i < list.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(list[i], value))
            {
                return true;
            }
        }

        return false;
    }

    private static string? FirstTag(Partner? partner, IReadOnlyList<string> tags)
    {
        if (partner is null)
        {
            return null;
        }

        foreach (var tag in partner.Tags)
        {
            foreach (var wanted in tags)
            {
                if (string.Equals(tag, wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return tag;
                }
            }
        }

        return null;
    }

    /// <summary>The weights in a line.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"local {LocalWeight}, community-led {CommunityLedWeight}, justice focus {JusticeFocusWeight}");
}
