using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Maps;

/// <summary>The five kinds of asset a chapter holds.</summary>
public enum AssetCategory
{
    /// <summary>Organizations reached through members (unions, congregations, alumni groups, clubs...).</summary>
    OrganizationalRelationship,

    /// <summary>Significant individuals we know (officials, journalists, academics, artists, entrepreneurs...).</summary>
    SignificantIndividual,

    /// <summary>Members' skills and issue expertise.</summary>
    SkillOrExpertise,

    /// <summary>Membership base and reach (members, how active, email list, social audience).</summary>
    MembershipBase,

    /// <summary>Physical and financial assets (meeting space, computers, vehicles, money).</summary>
    PhysicalOrFinancial,
}

/// <summary>
/// An asset the chapter states it holds, beyond what the workspace shows: an email list, a social
/// audience, meeting space, money... Part of the maps document.
/// </summary>
public sealed record DeclaredAsset
{
    /// <summary>The asset's id, unique in the document (as a <see cref="PartyId"/>).</summary>
    public required string Id { get; init => field = new PartyId(value).Value; }

    /// <summary>Its category.</summary>
    public required AssetCategory Category { get; init; }

    /// <summary>What it is ("email list", "church hall on Tuesdays", "campaign fund").</summary>
    public required string Name { get; init => field = Guard.NotBlank(value); }

    /// <summary>Who holds it: a member's id, or <see langword="null"/> for the chapter itself.</summary>
    public PartyId? Holder { get; init; }

    /// <summary>How much, when it counts (subscribers, followers, dollars, seats).</summary>
    public double? Amount { get; init => field = value is { } v && (!double.IsFinite(v) || v < 0) ? throw new ArgumentOutOfRangeException(nameof(value), value, $"An amount must be a finite number of at least 0; got {v}.") : value; }

    /// <summary>The unit of <see cref="Amount"/> ("subscribers", "USD"...).</summary>
    public string? Unit { get; init; }

    /// <summary>Whether the chapter is using it now.</summary>
    public bool InUse { get; init; }

    /// <summary>A note in words.</summary>
    public string? Note { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>One entry of the <see cref="AssetMap"/>: what it is, who holds it, where we know it from, and whether it is used.</summary>
public sealed record Asset
{
    /// <summary>A stable id: <c>affiliation:{member}:{n}</c>, <c>tie:{n}</c>, <c>skill:{member}:{n}</c>, <c>expertise:{member}:{issue}</c>, <c>members</c>, or a declared asset's id.</summary>
    public required string Id { get; init; }

    /// <summary>Its category.</summary>
    public required AssetCategory Category { get; init; }

    /// <summary>What it is, in words.</summary>
    public required string Name { get; init; }

    /// <summary>Who holds it (a member, or the chapter).</summary>
    public required PartyId Holder { get; init; }

    /// <summary>Where we know it from ("affiliation of Ana Diaz", "tie recorded from a one-on-one", "declared").</summary>
    public required string Provenance { get; init; }

    /// <summary>For relationships: the party it reaches.</summary>
    public PartyId? Reaches { get; init; }

    /// <summary>For relationships: the tie's strength.</summary>
    public double? Strength { get; init; }

    /// <summary>How much, when it counts.</summary>
    public double? Amount { get; init; }

    /// <summary>The unit of <see cref="Amount"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>Whether it is in use: for relationships, whether the party reached is a partner we have a partnership with; <see langword="null"/> when use is not tracked (skills).</summary>
    public bool? InUse { get; init; }

    /// <summary>The asset in a line.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Name} ({Provenance})";
}

/// <summary>
/// The chapter's inventory of assets on a date, in the five categories: built from the workspace
/// (members' affiliations, ties of the chapter and its members, skills, issue expertise, the
/// membership) and from the chapter's declared assets.
/// </summary>
public sealed record AssetMap
{
    /// <summary>The day the inventory describes.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The chapter.</summary>
    public required PartyId Chapter { get; init; }

    /// <summary>Every asset, grouped by category in the enum's order, then in workspace order.</summary>
    public IReadOnlyList<Asset> Assets { get; init => field = Guard.List(value); } = ValueList<Asset>.Empty;

    /// <summary>The assets of one category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The assets, in inventory order.</returns>
    public IReadOnlyList<Asset> InCategory(AssetCategory category)
    {
        var list = new List<Asset>();
        foreach (var asset in Assets)
        {
            if (asset.Category == category)
            {
                list.Add(asset);
            }
        }

        return ValueList<Asset>.Wrap([.. list]);
    }

    /// <summary>
    /// Builds the inventory. Relationships: each member's affiliation current on <paramref name="asOf"/>
    /// (strength <paramref name="affiliationStrength"/>), and each active tie of strength above 0 from the
    /// chapter or a member to a party that is not one of us (an individual makes a significant-individual
    /// asset, anything else an organizational one). Skills and issue expertise per member; the membership
    /// itself; then the declared assets.
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="declared">Assets the chapter declares.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="affiliationStrength">The strength read into an affiliation. Default 0.5.</param>
    /// <returns>The asset map.</returns>
    public static AssetMap Build(Workspace workspace, IEnumerable<DeclaredAsset> declared, DateOnly asOf, double affiliationStrength = 0.5)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(declared);
        Guard.Probability(affiliationStrength);
        var chapter = workspace.Chapter;
        var ours = new Dictionary<PartyId, string> { [chapter.Id] = chapter.Name };
        foreach (var member in chapter.Members)
        {
            ours.TryAdd(member.Id, member.Name);
        }

        // Only the partners the members' affiliations and ties name are looked up: a dictionary of every
        // partner would cost megabytes on a large workspace (issue #14) for a handful of look-ups.
        var named = new HashSet<PartyId>();
        foreach (var member in chapter.Members)
        {
            foreach (var affiliation in member.Affiliations)
            {
                if (affiliation.Organization is { } org)
                {
                    named.Add(org);
                }
            }
        }

        foreach (var tie in workspace.Ties)
        {
            if (ours.ContainsKey(tie.From) != ours.ContainsKey(tie.To))
            {
                named.Add(ours.ContainsKey(tie.From) ? tie.To : tie.From);
            }
        }

        var partners = new Dictionary<PartyId, Partner>(named.Count);
        foreach (var partner in workspace.Partners)
        {
            if (named.Contains(partner.Id))
            {
                partners.TryAdd(partner.Id, partner);
            }
        }

        var partnered = new HashSet<PartyId>();
        foreach (var partnership in workspace.Partnerships)
        {
            partnered.Add(partnership.Partner);
        }

        var assets = new List<Asset>();
        foreach (var member in chapter.Members)
        {
            for (var i = 0; i < member.Affiliations.Count; i++)
            {
                var a = member.Affiliations[i];
                if ((a.Since is { } s && s.Earliest > asOf) || (a.Until is { } u && asOf > u.Latest))
                {
                    continue;
                }

                var name = a.Organization is { } org && partners.TryGetValue(org, out var p) ? p.Name : a.OrganizationName;
                assets.Add(new Asset
                {
                    Id = string.Create(CultureInfo.InvariantCulture, $"affiliation:{member.Id}:{i}"),
                    Category = a.Organization is { } o && partners.GetValueOrDefault(o) is Individual ? AssetCategory.SignificantIndividual : AssetCategory.OrganizationalRelationship,
                    Name = a.Role is null ? $"{member.Name} belongs to {name}" : $"{member.Name} belongs to {name} as {a.Role}",
                    Holder = member.Id,
                    Provenance = $"affiliation of {member.Name}",
                    Reaches = a.Organization,
                    Strength = affiliationStrength,
                    InUse = a.Organization is { } reached && partnered.Contains(reached),
                });
            }
        }

        for (var t = 0; t < workspace.Ties.Count; t++)
        {
            var tie = workspace.Ties[t];
            if (tie.Strength <= 0.0 || tie.From == tie.To
                || (tie.Since is { } s && s.Earliest > asOf) || (tie.Until is { } u && asOf > u.Latest))
            {
                continue;
            }

            var fromOurs = ours.ContainsKey(tie.From);
            var toOurs = ours.ContainsKey(tie.To);
            if (fromOurs == toOurs)
            {
                continue;
            }

            var holder = fromOurs ? tie.From : tie.To;
            var other = fromOurs ? tie.To : tie.From;
            var otherName = partners.TryGetValue(other, out var partner) ? partner.Name : other.Value;
            var verb = string.IsNullOrWhiteSpace(tie.Note) ? Words.Of(tie.Category) : tie.Note!.Trim();
            assets.Add(new Asset
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"tie:{t}"),
                Category = partner is Individual ? AssetCategory.SignificantIndividual : AssetCategory.OrganizationalRelationship,
                Name = fromOurs ? $"{ours[holder]} {verb} {otherName}" : $"{otherName} {verb} {ours[holder]}",
                Holder = holder,
                Provenance = tie.Source is { } source && !string.IsNullOrWhiteSpace(source) ? $"{tie.Category} tie, source: {source}" : $"{tie.Category} tie",
                Reaches = other,
                Strength = tie.Strength,
                InUse = partnered.Contains(other),
            });
        }

        foreach (var member in chapter.Members)
        {
            for (var i = 0; i < member.Skills.Count; i++)
            {
                assets.Add(new Asset
                {
                    Id = string.Create(CultureInfo.InvariantCulture, $"skill:{member.Id}:{i}"),
                    Category = AssetCategory.SkillOrExpertise,
                    Name = $"{member.Name}: {member.Skills[i]}",
                    Holder = member.Id,
                    Provenance = $"skill of {member.Name}",
                });
            }

            foreach (var issue in member.IssueExpertise)
            {
                assets.Add(new Asset
                {
                    Id = $"expertise:{member.Id}:{issue}",
                    Category = AssetCategory.SkillOrExpertise,
                    Name = $"{member.Name}: expertise in {issue}",
                    Holder = member.Id,
                    Provenance = $"issue expertise of {member.Name}",
                });
            }
        }

        assets.Add(new Asset
        {
            Id = "members",
            Category = AssetCategory.MembershipBase,
            Name = string.Create(CultureInfo.InvariantCulture, $"{chapter.Members.Count} members"),
            Holder = chapter.Id,
            Provenance = "the chapter's member list",
            Amount = chapter.Members.Count,
            Unit = "members",
            InUse = chapter.Members.Count > 0,
        });

        foreach (var d in declared)
        {
            ArgumentNullException.ThrowIfNull(d, nameof(declared));
            var holder = d.Holder ?? chapter.Id;
            assets.Add(new Asset
            {
                Id = d.Id,
                Category = d.Category,
                Name = d.Name,
                Holder = holder,
                Provenance = ours.TryGetValue(holder, out var holderName) ? $"declared, held by {holderName}" : $"declared, held by {holder}",
                Amount = d.Amount,
                Unit = d.Unit,
                InUse = d.InUse,
            });
        }

        var stable = new Asset[assets.Count];
        var k = 0;
        foreach (AssetCategory category in Enum.GetValues<AssetCategory>())
        {
            foreach (var asset in assets)
            {
                if (asset.Category == category)
                {
                    stable[k++] = asset;
                }
            }
        }

        return new AssetMap { AsOf = asOf, Chapter = chapter.Id, Assets = ValueList<Asset>.Wrap(stable) };
    }
}
