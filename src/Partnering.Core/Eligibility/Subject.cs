using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Partnering.Core.Eligibility;

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
