using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Partnering.Core.Internal;
using static Partnering.Core.Documents.DtoOutput;

namespace Partnering.Core.Documents;

internal sealed partial class WorkspaceReader
{
    // ---- partners ----------------------------------------------------------------------------

    private static PartnerDto ToDto(Partner partner)
    {
        var dto = new PartnerDto
        {
            Id = partner.Id.Value,
            Name = partner.Name,
            State = partner.State,
            IssueAreas = DtoOutput.Terms(partner.IssueAreas),
            Tags = DtoOutput.Texts(partner.Tags),
            Contacts = Map(partner.Contacts, ToDto),
            Website = partner.Website,
            Extra = Extra(partner.UnknownFields),
        };

        switch (partner)
        {
            case Organization o:
                dto.Type = "organization";
                dto.Kind = JsonEnum<OrganizationKind>.Name(o.Kind);
                dto.TaxStatus = o.TaxStatus == TaxStatus.Unknown ? null : JsonEnum<TaxStatus>.Name(o.TaxStatus);
                dto.PartisanNature = JsonEnum<PartisanNature>.Name(o.PartisanNature);
                dto.Goals = DtoOutput.Texts(o.Goals);
                dto.Tactics = DtoOutput.Terms(o.Tactics);
                dto.Capacities = DtoOutput.Texts(o.Capacities);
                dto.Constraints = DtoOutput.Texts(o.Constraints);
                dto.Base = o.Base;
                dto.BaseSize = o.BaseSize;
                dto.History = DtoOutput.Texts(o.History);
                dto.Practices = Map(o.Practices, static p => new PracticeDto { Kind = JsonEnum<PracticeKind>.Name(p.Kind), Description = p.Description, Extra = Extra(p.UnknownFields) });
                dto.NationalParent = o.NationalParent;
                dto.Positions = Map(o.Positions, ToDto);
                dto.SupportsCandidatesOf = DtoOutput.Texts(o.SupportsCandidatesOf);
                break;
            case Individual i:
                dto.Type = "individual";
                dto.Roles = Names(i.Roles);
                dto.Offices = Map(i.Offices, static o => new OfficeHeldDto
                {
                    Title = o.Title,
                    Jurisdiction = o.Jurisdiction,
                    Elected = IfFalse(o.Elected),
                    Since = o.Since?.ToString(),
                    Until = o.Until?.ToString(),
                    Extra = Extra(o.UnknownFields),
                });
                dto.Candidacies = Map(i.Candidacies, static c => new CandidacyDto
                {
                    Office = c.Office,
                    Declared = c.Declared.ToString(),
                    ElectionDay = c.ElectionDay.ToString(),
                    Withdrawn = c.Withdrawn?.ToString(),
                    Result = c.Result == CandidacyResult.Pending ? null : JsonEnum<CandidacyResult>.Name(c.Result),
                    BackedBy = DtoOutput.Texts(c.BackedBy),
                    Extra = Extra(c.UnknownFields),
                });
                dto.Affiliations = Map(i.Affiliations, ToDto);
                break;
            default:
                throw new ArgumentException($"Unknown kind of partner: {partner.GetType().Name}.", nameof(partner));
        }

        return dto;
    }

    private Partner? ReadPartner(PartnerDto dto, Loc at)
    {
        var before = _problems.Count;
        var isOrganization = dto.Type == "organization";
        var isIndividual = dto.Type == "individual";
        if (dto.Type is null)
        {
            Add(at.Dot("type"), "The partner's type is missing: write \"type\": \"organization\" or \"type\": \"individual\" as its first field.");
        }
        else if (!isOrganization && !isIndividual)
        {
            Add(at.Dot("type"), $"Unknown partner type '{dto.Type}': expected \"organization\" or \"individual\".");
        }

        var id = OwnId(dto.Id, at);
        var name = RequiredText(dto.Name, at.Dot("name"), "partner's name");
        if (dto.State is { } state && UsState.Explain(state) is { } stateProblem)
        {
            Add(at.Dot("state"), stateProblem);
        }

        var issueAreas = IssueAreas(dto.IssueAreas, at.Dot("issueAreas"));
        var tags = Texts(dto.Tags, at.Dot("tags"));
        var contacts = ReadList(dto.Contacts, at.Dot("contacts"), _readContact ??= ReadContact);

        if (isOrganization)
        {
            NotFor(dto.Roles, at, "roles", "individuals");
            NotFor(dto.Offices, at, "offices", "individuals");
            NotFor(dto.Candidacies, at, "candidacies", "individuals");
            NotFor(dto.Affiliations, at, "affiliations", "individuals");
            var kind = RequiredEnum<OrganizationKind>(dto.Kind, at.Dot("kind"), "organization kind");
            var taxStatus = dto.TaxStatus is null ? TaxStatus.Unknown : RequiredEnum<TaxStatus>(dto.TaxStatus, at.Dot("taxStatus"), "tax status");
            var nature = RequiredEnum<PartisanNature>(dto.PartisanNature, at.Dot("partisanNature"), "partisan nature");
            var goals = Texts(dto.Goals, at.Dot("goals"));
            var tactics = Tactics(dto.Tactics, at.Dot("tactics"));
            var capacities = Texts(dto.Capacities, at.Dot("capacities"));
            var constraints = Texts(dto.Constraints, at.Dot("constraints"));
            if (dto.BaseSize is < 0)
            {
                Add(at.Dot("baseSize"), $"A base size must not be negative; got {dto.BaseSize.Value.ToString(CultureInfo.InvariantCulture)}.");
            }

            var history = Texts(dto.History, at.Dot("history"));
            var practices = ReadList(dto.Practices, at.Dot("practices"), _readPractice ??= ReadPractice);
            var positions = ReadList(dto.Positions, at.Dot("positions"), _readPosition ??= ReadPosition);
            var supports = Texts(dto.SupportsCandidatesOf, at.Dot("supportsCandidatesOf"));
            if (_problems.Count > before || id is null)
            {
                return null;
            }

            return new Organization
            {
                Id = id.Value,
                Name = name!,
                State = dto.State,
                IssueAreas = issueAreas,
                Tags = tags,
                Contacts = contacts,
                Website = dto.Website,
                Kind = kind!.Value,
                TaxStatus = taxStatus!.Value,
                PartisanNature = nature!.Value,
                Goals = goals,
                Tactics = tactics,
                Capacities = capacities,
                Constraints = constraints,
                Base = dto.Base,
                BaseSize = dto.BaseSize,
                History = history,
                Practices = practices,
                NationalParent = dto.NationalParent,
                Positions = positions,
                SupportsCandidatesOf = supports,
                UnknownFields = dto.Extra!,
            };
        }

        if (isIndividual)
        {
            NotFor(dto.Kind, at, "kind", "organizations");
            NotFor(dto.TaxStatus, at, "taxStatus", "organizations");
            NotFor(dto.PartisanNature, at, "partisanNature", "organizations");
            NotFor(dto.Goals, at, "goals", "organizations");
            NotFor(dto.Tactics, at, "tactics", "organizations");
            NotFor(dto.Capacities, at, "capacities", "organizations");
            NotFor(dto.Constraints, at, "constraints", "organizations");
            NotFor(dto.Base, at, "base", "organizations");
            NotFor(dto.BaseSize, at, "baseSize", "organizations");
            NotFor(dto.History, at, "history", "organizations");
            NotFor(dto.Practices, at, "practices", "organizations");
            NotFor(dto.NationalParent, at, "nationalParent", "organizations");
            NotFor(dto.Positions, at, "positions", "organizations");
            NotFor(dto.SupportsCandidatesOf, at, "supportsCandidatesOf", "organizations");
            var roles = Enums<IndividualRole>(dto.Roles, at.Dot("roles"), "role");
            var offices = ReadList(dto.Offices, at.Dot("offices"), _readOffice ??= ReadOffice);
            var candidacies = ReadList(dto.Candidacies, at.Dot("candidacies"), _readCandidacy ??= ReadCandidacy);
            var affiliations = ReadList(dto.Affiliations, at.Dot("affiliations"), _readAffiliation ??= ReadAffiliation);
            if (_problems.Count > before || id is null)
            {
                return null;
            }

            return new Individual
            {
                Id = id.Value,
                Name = name!,
                State = dto.State,
                IssueAreas = issueAreas,
                Tags = tags,
                Contacts = contacts,
                Website = dto.Website,
                Roles = roles,
                Offices = offices,
                Candidacies = candidacies,
                Affiliations = affiliations,
                UnknownFields = dto.Extra!,
            };
        }

        return null;
    }

    private void NotFor(object? value, Loc at, string field, string only)
    {
        if (value is not null)
        {
            Add(at.Dot(field), $"\"{field}\" applies to {only} only; this partner's type is different. Remove the field or change \"type\".");
        }
    }

    private Practice? ReadPractice(PracticeDto dto, Loc at)
    {
        var kind = RequiredEnum<PracticeKind>(dto.Kind, at.Dot("kind"), "practice kind");
        return kind is null ? null : new Practice { Kind = kind.Value, Description = dto.Description, UnknownFields = dto.Extra! };
    }

    private OfficeHeld? ReadOffice(OfficeHeldDto dto, Loc at)
    {
        var before = _problems.Count;
        var title = RequiredText(dto.Title, at.Dot("title"), "office's title");
        var since = OptionalPartialDate(dto.Since, at.Dot("since"));
        var until = OptionalPartialDate(dto.Until, at.Dot("until"));
        NotBefore(since, until, at.Dot("until"), "An office cannot end before it starts");
        return _problems.Count > before
            ? null
            : new OfficeHeld { Title = title!, Jurisdiction = dto.Jurisdiction, Elected = dto.Elected ?? true, Since = since, Until = until, UnknownFields = dto.Extra! };
    }

    private Candidacy? ReadCandidacy(CandidacyDto dto, Loc at)
    {
        var before = _problems.Count;
        var office = RequiredText(dto.Office, at.Dot("office"), "office sought");
        var declared = RequiredPartialDate(dto.Declared, at.Dot("declared"), "declaration date");
        var election = RequiredPartialDate(dto.ElectionDay, at.Dot("electionDay"), "election day");
        var withdrawn = OptionalPartialDate(dto.Withdrawn, at.Dot("withdrawn"));
        var result = dto.Result is null ? CandidacyResult.Pending : RequiredEnum<CandidacyResult>(dto.Result, at.Dot("result"), "result");
        var backedBy = Texts(dto.BackedBy, at.Dot("backedBy"));

        // Only dates that are certainly out of order are refused: partial dates that overlap may
        // be in order.
        if (declared is { } d && election is { } e && e.Latest < d.Earliest)
        {
            Add(at.Dot("electionDay"), $"Election day {e} is before the candidacy was declared ({d}).");
        }

        if (declared is { } d2 && withdrawn is { } w && w.Latest < d2.Earliest)
        {
            Add(at.Dot("withdrawn"), $"The withdrawal ({w}) is before the candidacy was declared ({d2}).");
        }

        if (election is { } e2 && withdrawn is { } w2 && w2.Earliest > e2.Latest)
        {
            Add(at.Dot("withdrawn"), $"The withdrawal ({w2}) is after election day ({e2}): a candidacy ends at its election.");
        }

        return _problems.Count > before
            ? null
            : new Candidacy { Office = office!, Declared = declared!.Value, ElectionDay = election!.Value, Withdrawn = withdrawn, Result = result!.Value, BackedBy = backedBy, UnknownFields = dto.Extra! };
    }
}
