using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Partnering.Core.Eligibility;

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
