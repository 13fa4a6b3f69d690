using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Partnering.Core.Eligibility;

/// <summary>Three-valued truth: a condition that reads a missing fact is <see cref="Unknown"/>.</summary>
internal enum Tri : byte
{
    False = 0,
    True = 1,
    Unknown = 2,
}

/// <summary>The type of a fact, which fixes the comparisons and values a policy may use with it.</summary>
internal enum FactType : byte
{
    Boolean,
    Integer,
    Date,
    Text,
    Enum,
    TextSet,
    EnumSet,
}

/// <summary>The closed list of facts a policy condition may read.</summary>
internal enum FactId : byte
{
    EngagementKind,
    EngagementDate,
    EngagementTarget,
    EngagementHasTarget,
    EngagementTactic,
    EngagementHasTactic,
    EngagementVenue,
    EngagementChapterReachesOut,
    EngagementListsPartnersPublicly,
    EngagementPartnerCount,
    EngagementMessageConflicts,
    EngagementTacticDisallowed,
    EngagementTacticAllowed,
    PartnerId,
    PartnerType,
    PartnerKind,
    PartnerTaxStatus,
    PartnerPartisanNature,
    PartnerRoles,
    PartnerPractices,
    PartnerIssueAreas,
    PartnerTags,
    PartnerTactics,
    PartnerState,
    PartnerBaseSize,
    PartnerNationalParent,
    PartnerRunningForOffice,
    PartnerHoldsElectedOffice,
    PartnerIssueOverlap,
    PartnerGoalsConflict,
    PartnerTacticsConflict,
    PartnerOutOfState,
    PartnerNationalRelationshipHeld,
    MemberNamed,
    MemberAffiliatedWithPartner,
    PartnerBackedByOurNationalBody,
    PartnerSupportsOurCandidates,
}

/// <summary>Names of enum members as policies write them (camelCase), indexed by value.</summary>
internal static class EnumText<T>
    where T : struct, Enum
{
    public static readonly string[] Names = Build();

    public static readonly FrozenDictionary<string, int> ByName = Names.Select((n, i) => (n, i)).ToFrozenDictionary(p => p.n, p => p.i, StringComparer.Ordinal);

    private static string[] Build()
    {
        var values = Enum.GetValues<T>();
        var names = new string[values.Length];
        foreach (var value in values)
        {
            var index = Convert.ToInt32(value, CultureInfo.InvariantCulture);
            names[index] = FactCatalog.Camel(value.ToString());
        }

        return names;
    }

    public static string Name(T value) => Names[Convert.ToInt32(value, CultureInfo.InvariantCulture)];

    public static bool TryParse(string text, out T value)
    {
        if (ByName.TryGetValue(text, out var index))
        {
            value = Enum.GetValues<T>()[index];
            return true;
        }

        value = default;
        return false;
    }
}

/// <summary>A fact's name, type, allowed enum names and meaning.</summary>
internal sealed record FactInfo(FactId Id, string Name, FactType Type, string[] EnumNames, string Meaning);

/// <summary>The facts a condition may read: their names, types and meanings.</summary>
internal static class FactCatalog
{
    public static readonly string[] PartnerTypeNames = ["organization", "individual"];

    public static readonly FactInfo[] All =
    [
        new(FactId.EngagementKind, "engagement.kind", FactType.Enum, EnumText<EngagementKind>.Names, "the kind of work"),
        new(FactId.EngagementDate, "engagement.date", FactType.Date, [], "the engagement's date"),
        new(FactId.EngagementTarget, "engagement.target", FactType.Enum, EnumText<TargetKind>.Names, "the kind of target the message aims at"),
        new(FactId.EngagementHasTarget, "engagement.hasTarget", FactType.Boolean, [], "whether the engagement names the target of its message"),
        new(FactId.EngagementTactic, "engagement.tactic", FactType.Text, [], "the tactic proposed"),
        new(FactId.EngagementHasTactic, "engagement.hasTactic", FactType.Boolean, [], "whether a tactic is proposed"),
        new(FactId.EngagementVenue, "engagement.venue", FactType.Enum, EnumText<EngagementVenue>.Names, "where it takes place"),
        new(FactId.EngagementChapterReachesOut, "engagement.chapterReachesOut", FactType.Boolean, [], "whether the chapter is the one reaching out"),
        new(FactId.EngagementListsPartnersPublicly, "engagement.listsPartnersPublicly", FactType.Boolean, [], "whether partners are listed publicly"),
        new(FactId.EngagementPartnerCount, "engagement.partnerCount", FactType.Integer, [], "how many partners the engagement coordinates with"),
        new(FactId.EngagementMessageConflicts, "engagement.messageConflictsWithTheoryOfChange", FactType.Boolean, [], "whether the message's target is one the chapter's theory of change avoids or does not pressure"),
        new(FactId.EngagementTacticDisallowed, "engagement.tacticDisallowed", FactType.Boolean, [], "whether the proposed tactic is one the chapter does not use"),
        new(FactId.EngagementTacticAllowed, "engagement.tacticAllowed", FactType.Boolean, [], "whether the proposed tactic is one the chapter uses"),
        new(FactId.PartnerId, "partner.id", FactType.Text, [], "the partner's id"),
        new(FactId.PartnerType, "partner.type", FactType.Enum, PartnerTypeNames, "organization or individual"),
        new(FactId.PartnerKind, "partner.kind", FactType.Enum, EnumText<OrganizationKind>.Names, "an organization's kind"),
        new(FactId.PartnerTaxStatus, "partner.taxStatus", FactType.Enum, EnumText<TaxStatus>.Names, "an organization's tax status"),
        new(FactId.PartnerPartisanNature, "partner.partisanNature", FactType.Enum, EnumText<PartisanNature>.Names, "an organization's partisan or electoral nature"),
        new(FactId.PartnerRoles, "partner.roles", FactType.EnumSet, EnumText<IndividualRole>.Names, "an individual's public roles"),
        new(FactId.PartnerPractices, "partner.practices", FactType.EnumSet, EnumText<PracticeKind>.Names, "the practices an organization asks others to respect"),
        new(FactId.PartnerIssueAreas, "partner.issueAreas", FactType.TextSet, [], "the partner's issue areas"),
        new(FactId.PartnerTags, "partner.tags", FactType.TextSet, [], "the chapter's tags on the partner"),
        new(FactId.PartnerTactics, "partner.tactics", FactType.TextSet, [], "the tactics an organization uses or proposes"),
        new(FactId.PartnerState, "partner.state", FactType.Text, [], "the partner's state"),
        new(FactId.PartnerBaseSize, "partner.baseSize", FactType.Integer, [], "how many people an organization's base counts"),
        new(FactId.PartnerNationalParent, "partner.nationalParent", FactType.Text, [], "the national body an organization is a local chapter of"),
        new(FactId.PartnerRunningForOffice, "partner.runningForOffice", FactType.Boolean, [], "whether an individual is running for office on the engagement date"),
        new(FactId.PartnerHoldsElectedOffice, "partner.holdsElectedOffice", FactType.Boolean, [], "whether an individual holds elected office on the engagement date"),
        new(FactId.PartnerIssueOverlap, "partner.issueOverlap", FactType.Boolean, [], "whether the partner shares an issue area with the chapter"),
        new(FactId.PartnerGoalsConflict, "partner.goalsConflict", FactType.Boolean, [], "whether an organization holds a position opposite to one of the chapter's (same issue area and outcome, other stance)"),
        new(FactId.PartnerTacticsConflict, "partner.tacticsConflict", FactType.Boolean, [], "whether an organization uses a tactic the chapter does not"),
        new(FactId.PartnerOutOfState, "partner.outOfState", FactType.Boolean, [], "whether the partner is based outside the chapter's home state"),
        new(FactId.PartnerNationalRelationshipHeld, "partner.nationalRelationshipHeld", FactType.Boolean, [], "whether the chapter's national body already holds a relationship with the partner"),
        new(FactId.MemberNamed, "member.named", FactType.Boolean, [], "whether a member acting for the chapter is named"),
        new(FactId.MemberAffiliatedWithPartner, "member.affiliatedWithPartner", FactType.Boolean, [], "whether the named member belongs to the partner (false when no member is named)"),
        new(FactId.PartnerBackedByOurNationalBody, "partner.backedByOurNationalBody", FactType.Boolean, [], "whether an individual is surely running on the engagement date in a candidacy the chapter's national body backs"),
        new(FactId.PartnerSupportsOurCandidates, "partner.supportsOurCandidates", FactType.Boolean, [], "whether an organization formally supports the candidates of the chapter's national body (an Affiliate)"),
    ];

    public static readonly FrozenDictionary<string, FactInfo> ByName = All.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    public static FactInfo Info(FactId id) => All[(int)id];

    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    public static string TypeName(FactType type) => type switch
    {
        FactType.Boolean => "a boolean",
        FactType.Integer => "a whole number",
        FactType.Date => "a date",
        FactType.Text => "a text",
        FactType.Enum => "one name from a closed list",
        FactType.TextSet => "a set of terms",
        _ => "a set of names from a closed list",
    };
}
