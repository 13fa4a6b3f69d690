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

/// <summary>The inputs one rule evaluation reads: the chapter, the engagement, one partner, the member.</summary>
internal readonly struct Subject
{
    public Subject(PartnerDirectory directory, Engagement engagement, PartyId? partnerId)
    {
        Directory = directory;
        Chapter = directory.Chapter;
        Engagement = engagement;
        PartnerId = partnerId;
        ulong profile = 0;
        var index = -1;
        Partner = partnerId is { } id ? directory.FindPartner(id, out profile, out index) : null;
        Profile = profile;
        PartnerIndex = index;
        Organization = Partner as Organization;
        Individual = Partner as Individual;
        if (engagement.Member is { } memberId)
        {
            Member = directory.FindMember(memberId);
            MemberMissing = Member is null;
        }
        else
        {
            Member = null;
            MemberMissing = false;
        }
    }

    /// <summary>A subject for a partner already found in the directory, with its profile (screening).</summary>
    public Subject(PartnerDirectory directory, Engagement engagement, Partner partner, ulong profile, int index)
    {
        Directory = directory;
        Chapter = directory.Chapter;
        Engagement = engagement;
        PartnerId = partner.Id;
        Profile = profile;
        PartnerIndex = index;
        Partner = partner;
        Organization = partner as Organization;
        Individual = partner as Individual;
        Member = null;
        MemberMissing = false;
    }

    /// <summary>A subject for computing a partner's static facts (no engagement).</summary>
    public Subject(Chapter chapter, Partner partner)
    {
        Directory = null!;
        Chapter = chapter;
        Engagement = null!;
        PartnerId = partner.Id;
        Profile = 0;
        PartnerIndex = -1;
        Partner = partner;
        Organization = partner as Organization;
        Individual = partner as Individual;
        Member = null;
        MemberMissing = false;
    }

    public PartnerDirectory Directory { get; }

    public Chapter Chapter { get; }

    public Engagement Engagement { get; }

    public PartyId? PartnerId { get; }

    /// <summary>The partner's static facts as bits (see <see cref="PartnerProfile"/>); 0 when the partner is not known.</summary>
    public ulong Profile { get; }

    /// <summary>The partner's index in the directory's partners; -1 when the partner is not known.</summary>
    public int PartnerIndex { get; }

    public Partner? Partner { get; }

    public Organization? Organization { get; }

    public Individual? Individual { get; }

    public Member? Member { get; }

    public bool MemberMissing { get; }

    /// <summary>Why a fact is missing, for explanations.</summary>
    public string WhyMissing(FactId fact)
    {
        var info = FactCatalog.Info(fact);
        if (info.Name.StartsWith("partner.", StringComparison.Ordinal))
        {
            if (PartnerId is null)
            {
                return $"{info.Name} is not known: the engagement names no partner.";
            }

            if (Partner is null)
            {
                return $"{info.Name} is not known: partner '{PartnerId}' is not in the directory.";
            }

            if (Organization is null && fact is FactId.PartnerKind or FactId.PartnerTaxStatus or FactId.PartnerPartisanNature or FactId.PartnerPractices
                or FactId.PartnerTactics or FactId.PartnerBaseSize or FactId.PartnerNationalParent or FactId.PartnerGoalsConflict or FactId.PartnerTacticsConflict
                or FactId.PartnerSupportsOurCandidates)
            {
                return $"{info.Name} is not known: '{PartnerId}' is an individual, and only organizations have it.";
            }

            if (Individual is null && fact is FactId.PartnerRoles or FactId.PartnerRunningForOffice or FactId.PartnerHoldsElectedOffice or FactId.PartnerBackedByOurNationalBody)
            {
                return $"{info.Name} is not known: '{PartnerId}' is an organization, and only individuals have it.";
            }

            if (fact is FactId.PartnerBackedByOurNationalBody or FactId.PartnerSupportsOurCandidates && Chapter.NationalBody is null)
            {
                return $"{info.Name} is not known: the chapter names no national body (set its nationalBody).";
            }

            if (fact == FactId.PartnerRunningForOffice)
            {
                return $"{info.Name} is not known: '{PartnerId}' has the candidate role but no candidacy on record: research it and record the candidacy's dates.";
            }

            return $"{info.Name} is not known: partner '{PartnerId}' does not record it.";
        }

        if (fact == FactId.MemberAffiliatedWithPartner)
        {
            return MemberMissing
                ? $"{info.Name} is not known: member '{Engagement.Member}' is not in the chapter."
                : $"{info.Name} is not known: the partner is not known.";
        }

        return fact switch
        {
            FactId.EngagementTarget or FactId.EngagementMessageConflicts => $"{info.Name} is not known: the engagement does not say what its message aims at (set its target).",
            FactId.EngagementTactic or FactId.EngagementTacticAllowed or FactId.EngagementTacticDisallowed => $"{info.Name} is not known: the engagement proposes no tactic.",
            _ => $"{info.Name} is not known.",
        };
    }
}

/// <summary>Reads fact values from a <see cref="Subject"/> without allocating.</summary>
internal static class FactReader
{
    public static Tri Bool(FactId fact, in Subject s)
    {
        switch (fact)
        {
            case FactId.EngagementHasTarget:
                return Of(s.Engagement.Target is not null);
            case FactId.EngagementHasTactic:
                return Of(s.Engagement.Tactic is not null);
            case FactId.EngagementChapterReachesOut:
                return Of(s.Engagement.ChapterReachesOut);
            case FactId.EngagementListsPartnersPublicly:
                return Of(s.Engagement.ListsPartnersPublicly);
            case FactId.EngagementMessageConflicts:
                if (s.Engagement.Target is not { } target)
                {
                    return Tri.Unknown;
                }

                return Of(MessageConflicts(s.Chapter.TheoryOfChange, target));
            case FactId.EngagementTacticDisallowed:
                return s.Engagement.Tactic is { } t1 ? Of(Contains(s.Chapter.DisallowedTactics, t1)) : Tri.Unknown;
            case FactId.EngagementTacticAllowed:
                return s.Engagement.Tactic is { } t2 ? Of(Contains(s.Chapter.AllowedTactics, t2)) : Tri.Unknown;
            case FactId.PartnerRunningForOffice:
                return s.Individual is { } runner ? Running(runner, s.Engagement.Date) : Tri.Unknown;
            case FactId.PartnerBackedByOurNationalBody:
                return s.Individual is { } candidate && s.Chapter.NationalBody is { } body ? Of(BackedBy(candidate, body, s.Engagement.Date)) : Tri.Unknown;
            case FactId.PartnerSupportsOurCandidates:
                return s.Organization is { } affiliate && s.Chapter.NationalBody is { } ours ? Of(ContainsName(affiliate.SupportsCandidatesOf, ours)) : Tri.Unknown;
            case FactId.PartnerHoldsElectedOffice:
                return s.Individual is { } official ? Of(HoldsElectedOffice(official, s.Engagement.Date)) : Tri.Unknown;
            case FactId.PartnerIssueOverlap:
                return s.Partner is { } p ? Of(Overlaps(p.IssueAreas, s.Chapter.IssueAreas)) : Tri.Unknown;
            case FactId.PartnerGoalsConflict:
                return s.Organization is { } o1 ? Of(PositionsConflict(o1.Positions, s.Chapter.Positions)) : Tri.Unknown;
            case FactId.PartnerTacticsConflict:
                return s.Organization is { } o2 ? Of(Overlaps(o2.Tactics, s.Chapter.DisallowedTactics)) : Tri.Unknown;
            case FactId.PartnerOutOfState:
                return s.Partner?.State is { } state ? Of(!string.Equals(state, s.Chapter.HomeState, StringComparison.Ordinal)) : Tri.Unknown;
            case FactId.PartnerNationalRelationshipHeld:
                return s.Partner is { } held ? Of(NationalRelationshipHeld(s.Chapter, held)) : Tri.Unknown;
            case FactId.MemberNamed:
                return Of(s.Engagement.Member is not null);
            case FactId.MemberAffiliatedWithPartner:
                if (s.Engagement.Member is null)
                {
                    return Tri.False;
                }

                return s.Member is { } member && s.Partner is { } partner ? Of(Affiliated(member, partner, s.Engagement.Date)) : Tri.Unknown;
            default:
                return Tri.Unknown;
        }
    }

    /// <summary>The enum value's index, or -1 when unknown.</summary>
    public static int Enum(FactId fact, in Subject s) => fact switch
    {
        FactId.EngagementKind => (int)s.Engagement.Kind,
        FactId.EngagementTarget => s.Engagement.Target is { } t ? (int)t : -1,
        FactId.EngagementVenue => (int)s.Engagement.Venue,
        FactId.PartnerType => s.Organization is not null ? 0 : s.Individual is not null ? 1 : -1,
        FactId.PartnerKind => s.Organization is { } o ? (int)o.Kind : -1,
        FactId.PartnerTaxStatus => s.Organization is { } o ? (int)o.TaxStatus : -1,
        FactId.PartnerPartisanNature => s.Organization is { } o ? (int)o.PartisanNature : -1,
        _ => -1,
    };

    /// <summary>The set as a bit mask of enum indexes; <see langword="false"/> when unknown.</summary>
    public static bool EnumSet(FactId fact, in Subject s, out ulong mask)
    {
        mask = 0;
        switch (fact)
        {
            case FactId.PartnerRoles when s.Individual is { } person:
                for (var i = 0; i < person.Roles.Count; i++)
                {
                    mask |= 1UL << (int)person.Roles[i];
                }

                return true;
            case FactId.PartnerPractices when s.Organization is { } org:
                for (var i = 0; i < org.Practices.Count; i++)
                {
                    mask |= 1UL << (int)org.Practices[i].Kind;
                }

                return true;
            default:
                return false;
        }
    }

    public static bool Integer(FactId fact, in Subject s, out long value)
    {
        switch (fact)
        {
            case FactId.EngagementPartnerCount:
                value = s.Engagement.Partners.Count;
                return true;
            case FactId.PartnerBaseSize when s.Organization?.BaseSize is { } size:
                value = size;
                return true;
            case FactId.EngagementDate:
                value = s.Engagement.Date.DayNumber;
                return true;
            default:
                value = 0;
                return false;
        }
    }

    public static string? Text(FactId fact, in Subject s) => fact switch
    {
        FactId.EngagementTactic => s.Engagement.Tactic?.Name,
        FactId.PartnerId => s.Partner?.Id.Value,
        FactId.PartnerState => s.Partner?.State,
        FactId.PartnerNationalParent => s.Organization?.NationalParent ?? (s.Organization is null ? null : string.Empty),
        _ => null,
    };

    /// <summary>Whether a set of terms contains any of <paramref name="values"/> (normalized terms, or tags as written).</summary>
    public static Tri TextSetHasAny(FactId fact, in Subject s, string[] values)
    {
        switch (fact)
        {
            case FactId.PartnerIssueAreas when s.Partner is { } p:
                for (var i = 0; i < p.IssueAreas.Count; i++)
                {
                    if (Array.IndexOf(values, p.IssueAreas[i].Name) >= 0)
                    {
                        return Tri.True;
                    }
                }

                return Tri.False;
            case FactId.PartnerTags when s.Partner is { } p:
                for (var i = 0; i < p.Tags.Count; i++)
                {
                    if (Array.IndexOf(values, p.Tags[i]) >= 0)
                    {
                        return Tri.True;
                    }
                }

                return Tri.False;
            case FactId.PartnerTactics when s.Organization is { } o:
                for (var i = 0; i < o.Tactics.Count; i++)
                {
                    if (Array.IndexOf(values, o.Tactics[i].Name) >= 0)
                    {
                        return Tri.True;
                    }
                }

                return Tri.False;
            default:
                return Tri.Unknown;
        }
    }

    /// <summary>The fact's value as text for explanations, or <see langword="null"/> when missing.</summary>
    public static string? Display(FactId fact, in Subject s)
    {
        var info = FactCatalog.Info(fact);
        switch (info.Type)
        {
            case FactType.Boolean:
                var b = Bool(fact, s);
                return b == Tri.Unknown ? null : b == Tri.True ? "true" : "false";
            case FactType.Enum:
                var e = Enum(fact, s);
                return e < 0 ? null : info.EnumNames[e];
            case FactType.EnumSet:
                if (!EnumSet(fact, s, out var mask))
                {
                    return null;
                }

                return "[" + string.Join(", ", info.EnumNames.Where((_, i) => (mask & (1UL << i)) != 0)) + "]";
            case FactType.Integer:
                return Integer(fact, s, out var n) ? n.ToString(CultureInfo.InvariantCulture) : null;
            case FactType.Date:
                return s.Engagement.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case FactType.Text:
                return Text(fact, s);
            default:
                IEnumerable<string>? items = fact switch
                {
                    FactId.PartnerIssueAreas => s.Partner?.IssueAreas.Select(a => a.Name),
                    FactId.PartnerTags => s.Partner?.Tags,
                    FactId.PartnerTactics => s.Organization?.Tactics.Select(t => t.Name),
                    _ => null,
                };
                return items is null ? null : "[" + string.Join(", ", items) + "]";
        }
    }

    private static Tri Of(bool value) => value ? Tri.True : Tri.False;

    private static bool ContainsTarget(IReadOnlyList<TargetKind> list, TargetKind item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains<T>(IReadOnlyList<T> list, T item)
        where T : IEquatable<T>
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Equals(item))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
        where T : IEquatable<T>
    {
        for (var i = 0; i < left.Count; i++)
        {
            if (Contains(right, left[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the message's target conflicts with the theory of change: a target the chapter avoids, or,
    /// when it lists the targets it pressures, one outside them. The public at large (an awareness event)
    /// conflicts only when the chapter lists it among the targets it avoids.
    /// </summary>
    public static bool MessageConflicts(TheoryOfChange theory, TargetKind target)
        => ContainsTarget(theory.AvoidedTargets, target)
            || (target != TargetKind.Public && theory.Targets.Count > 0 && !ContainsTarget(theory.Targets, target));

    /// <summary>
    /// Running on the date, read the cautious way (it feeds forbids); unknown for someone with the
    /// candidate role and no candidacy on record.
    /// </summary>
    public static Tri Running(Individual person, DateOnly date)
    {
        for (var i = 0; i < person.Candidacies.Count; i++)
        {
            if (person.Candidacies[i].IsRunningOn(date))
            {
                return Tri.True;
            }
        }

        return person.Candidacies.Count == 0 && Contains(person.Roles, IndividualRole.Candidate) ? Tri.Unknown : Tri.False;
    }

    private static bool Contains(IReadOnlyList<IndividualRole> roles, IndividualRole role)
    {
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] == role)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a candidacy surely live on the date (the narrow reading: it feeds a permit) is backed by the national body.</summary>
    public static bool BackedBy(Individual person, string body, DateOnly date)
    {
        for (var i = 0; i < person.Candidacies.Count; i++)
        {
            var candidacy = person.Candidacies[i];
            if (candidacy.IsSurelyRunningOn(date) && ContainsName(candidacy.BackedBy, body))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsName(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i].Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsElectedOffice(Individual person, DateOnly date)
    {
        if (person.Offices.Count == 0)
        {
            return Contains(person.Roles, IndividualRole.ElectedOfficial);
        }

        for (var i = 0; i < person.Offices.Count; i++)
        {
            var office = person.Offices[i];
            if (office.Elected && office.IsHeldOn(date))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PositionsConflict(IReadOnlyList<Position> theirs, IReadOnlyList<Position> ours)
    {
        for (var i = 0; i < theirs.Count; i++)
        {
            for (var j = 0; j < ours.Count; j++)
            {
                if (theirs[i].ConflictsWith(ours[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool NationalRelationshipHeld(Chapter chapter, Partner partner)
    {
        var parent = (partner as Organization)?.NationalParent;
        for (var i = 0; i < chapter.NationalRelationships.Count; i++)
        {
            var relationship = chapter.NationalRelationships[i];
            if (relationship.Organization == partner.Id
                || string.Equals(relationship.OrganizationName, partner.Name, StringComparison.OrdinalIgnoreCase)
                || (parent is not null && string.Equals(relationship.OrganizationName, parent, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Affiliated(Member member, Partner partner, DateOnly date)
    {
        for (var i = 0; i < member.Affiliations.Count; i++)
        {
            var affiliation = member.Affiliations[i];
            var names = affiliation.Organization == partner.Id
                || (affiliation.Organization is null && string.Equals(affiliation.OrganizationName, partner.Name, StringComparison.OrdinalIgnoreCase));
            if (names && (affiliation.Since is not { } since || since.Earliest <= date) && (affiliation.Until is not { } until || date <= until.Latest))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The facts about a partner that depend only on the chapter and the partner (not on the engagement or
/// its date), packed into bits once when a <see cref="PartnerDirectory"/> is built, so a rule's
/// top-level tests of them cost one mask each. A fact's group of bits is all zero when the fact is
/// missing (e.g. an organization's kind for an individual), so a missing fact never reads as false.
/// </summary>
internal static class PartnerProfile
{
    public const int Organization = 0;
    public const int Individual = 1;
    public const int Nature = 2;         // 4 values
    public const int Kind = 6;           // 18 values
    public const int Tax = 24;           // 8 values
    public const int Practices = 32;     // 5 values
    public const int PracticesKnown = 37;
    public const int Overlap = 38;       // true, false
    public const int GoalsConflict = 40;
    public const int TacticsConflict = 42;
    public const int OutOfState = 44;
    public const int NationalRelationship = 46;
    public const int Roles = 48;         // 12 values
    public const int RolesKnown = 60;
    public const int SupportsOurCandidates = 61;

    private static readonly int Natures = Enum.GetValues<PartisanNature>().Length;
    private static readonly int Kinds = Enum.GetValues<OrganizationKind>().Length;

    public static ulong Of(Chapter chapter, Partner partner)
    {
        var subject = new Subject(chapter, partner);
        ulong bits = 0;
        if (partner is Organization org)
        {
            bits |= 1UL << Organization;
            bits |= 1UL << (Nature + (int)org.PartisanNature);
            bits |= 1UL << (Kind + (int)org.Kind);
            bits |= 1UL << (Tax + (int)org.TaxStatus);
            FactReader.EnumSet(FactId.PartnerPractices, subject, out var practices);
            bits |= (practices << Practices) | (1UL << PracticesKnown);
        }
        else if (partner is Individual)
        {
            bits |= 1UL << Individual;
            FactReader.EnumSet(FactId.PartnerRoles, subject, out var roles);
            bits |= (roles << Roles) | (1UL << RolesKnown);
        }

        bits |= Bool(FactId.PartnerIssueOverlap, subject, Overlap);
        bits |= Bool(FactId.PartnerGoalsConflict, subject, GoalsConflict);
        bits |= Bool(FactId.PartnerTacticsConflict, subject, TacticsConflict);
        bits |= Bool(FactId.PartnerOutOfState, subject, OutOfState);
        bits |= Bool(FactId.PartnerNationalRelationshipHeld, subject, NationalRelationship);
        bits |= Bool(FactId.PartnerSupportsOurCandidates, subject, SupportsOurCandidates);
        return bits;
    }

    private static ulong Bool(FactId fact, in Subject subject, int at) => FactReader.Bool(fact, subject) switch
    {
        Tri.True => 1UL << at,
        Tri.False => 1UL << (at + 1),
        _ => 0,
    };

    /// <summary>For a leaf testing a static fact: the bits that say the fact is known, and the bits of which one must be set for the test to hold.</summary>
    public static bool TryMasks(in Node node, out ulong known, out ulong value)
    {
        known = value = 0;
        switch (node.Fact)
        {
            case FactId.PartnerType when node.Op == NodeOp.EnumIn:
                return Group(node.Mask, Organization, 2, out known, out value);
            case FactId.PartnerPartisanNature when node.Op == NodeOp.EnumIn:
                return Group(node.Mask, Nature, Natures, out known, out value);
            case FactId.PartnerKind when node.Op == NodeOp.EnumIn:
                return Group(node.Mask, Kind, Kinds, out known, out value);
            case FactId.PartnerTaxStatus when node.Op == NodeOp.EnumIn:
                return Group(node.Mask, Tax, 8, out known, out value);
            case FactId.PartnerPractices when node.Op == NodeOp.EnumSetAny:
                known = 1UL << PracticesKnown;
                value = node.Mask << Practices;
                return true;
            case FactId.PartnerRoles when node.Op == NodeOp.EnumSetAny:
                known = 1UL << RolesKnown;
                value = node.Mask << Roles;
                return true;
            case FactId.PartnerIssueOverlap or FactId.PartnerGoalsConflict or FactId.PartnerTacticsConflict or FactId.PartnerOutOfState or FactId.PartnerNationalRelationshipHeld
                or FactId.PartnerSupportsOurCandidates when node.Op == NodeOp.BoolIs:
                var at = node.Fact switch
                {
                    FactId.PartnerIssueOverlap => Overlap,
                    FactId.PartnerGoalsConflict => GoalsConflict,
                    FactId.PartnerTacticsConflict => TacticsConflict,
                    FactId.PartnerOutOfState => OutOfState,
                    FactId.PartnerSupportsOurCandidates => SupportsOurCandidates,
                    _ => NationalRelationship,
                };
                known = 3UL << at;
                value = 1UL << (node.Number != 0 ? at : at + 1);
                return true;
            default:
                return false;
        }
    }

    private static bool Group(ulong mask, int at, int width, out ulong known, out ulong value)
    {
        known = ((1UL << width) - 1) << at;
        value = (mask & ((1UL << width) - 1)) << at;
        return true;
    }
}
