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
            _r.Problem(at.Dot("type"), ProblemText.Required("type", "write \"organization\" or \"individual\" as the partner's first field"));
        }
        else if (!isOrganization && !isIndividual)
        {
            _r.Problem(at.Dot("type"), ProblemText.UnknownName(dto.Type, "\"organization\", \"individual\""));
        }

        var id = OwnId(dto.Id, at);
        var name = _r.String(dto.Name, "name", at, true);
        if (dto.State is { } state && UsState.Explain(state) is { } stateProblem)
        {
            _r.Problem(at.Dot("state"), stateProblem);
        }

        var issueAreas = IssueAreas(dto.IssueAreas, "issueAreas", at);
        var tags = _r.Texts(dto.Tags, "tags", at);
        var contacts = _r.Items(dto.Contacts, at.Dot("contacts"), ReadContact);
        if (isOrganization)
        {
            NotFor(dto.Roles, at, "roles", "individuals");
            NotFor(dto.Offices, at, "offices", "individuals");
            NotFor(dto.Candidacies, at, "candidacies", "individuals");
            NotFor(dto.Affiliations, at, "affiliations", "individuals");
            var kind = _r.Enum<OrganizationKind>(dto.Kind, "kind", at, true);
            var taxStatus = dto.TaxStatus is null ? TaxStatus.Unknown : _r.Enum<TaxStatus>(dto.TaxStatus, "taxStatus", at, true);
            var nature = _r.Enum<PartisanNature>(dto.PartisanNature, "partisanNature", at, true);
            var goals = _r.Texts(dto.Goals, "goals", at);
            var tactics = Tactics(dto.Tactics, "tactics", at);
            var capacities = _r.Texts(dto.Capacities, "capacities", at);
            var constraints = _r.Texts(dto.Constraints, "constraints", at);
            _r.Number(dto.BaseSize, "baseSize", at, 0, double.MaxValue, whole: true);
            var history = _r.Texts(dto.History, "history", at);
            var practices = _r.Items(dto.Practices, at.Dot("practices"), _readPractice ??= ReadPractice);
            var positions = _r.Items(dto.Positions, at.Dot("positions"), _readPosition ??= ReadPosition);
            var supports = _r.Texts(dto.SupportsCandidatesOf, "supportsCandidatesOf", at);
            return _problems.Count > before || id is null ? null : new Organization
            {
                Id = id.Value,
                Name = name!,
                State = dto.State,
                IssueAreas = issueAreas,
                Tags = tags,
                Contacts = contacts,
                Website = dto.Website,
                UnknownFields = dto.Extra!,
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
            var roles = _r.Enums<IndividualRole>(dto.Roles, "roles", at);
            var offices = _r.Items(dto.Offices, at.Dot("offices"), _readOffice ??= ReadOffice);
            var candidacies = _r.Items(dto.Candidacies, at.Dot("candidacies"), _readCandidacy ??= ReadCandidacy);
            var affiliations = _r.Items(dto.Affiliations, at.Dot("affiliations"), _readAffiliation ??= ReadAffiliation);
            return _problems.Count > before || id is null ? null : new Individual
            {
                Id = id.Value,
                Name = name!,
                State = dto.State,
                IssueAreas = issueAreas,
                Tags = tags,
                Contacts = contacts,
                Website = dto.Website,
                UnknownFields = dto.Extra!,
                Roles = roles,
                Offices = offices,
                Candidacies = candidacies,
                Affiliations = affiliations,
            };
        }

        return null;
    }

    private void NotFor(object? value, Loc at, string field, string only)
    {
        if (value is not null)
        {
            _r.Problem(at.Dot(field), $"\"{field}\" applies to {only} only; this partner's type is different. Remove the field or change \"type\".");
        }
    }

    private Practice? ReadPractice(PracticeDto dto, Loc at)
    {
        var kind = _r.Enum<PracticeKind>(dto.Kind, "kind", at, true);
        return kind is null ? null : new Practice { Kind = kind.Value, Description = dto.Description, UnknownFields = dto.Extra! };
    }

    private OfficeHeld? ReadOffice(OfficeHeldDto dto, Loc at)
    {
        var before = _problems.Count;
        var title = _r.String(dto.Title, "title", at, true);
        var since = _r.Partial(dto.Since, "since", at);
        var until = _r.Partial(dto.Until, "until", at);
        _r.NotBefore(since, until, at.Dot("until"), "An office cannot end before it starts");
        return _problems.Count > before
            ? null
            : new OfficeHeld { Title = title!, Jurisdiction = dto.Jurisdiction, Elected = dto.Elected ?? true, Since = since, Until = until, UnknownFields = dto.Extra! };
    }

    private Candidacy? ReadCandidacy(CandidacyDto dto, Loc at)
    {
        var before = _problems.Count;
        var office = _r.String(dto.Office, "office", at, true);
        var declared = _r.Partial(dto.Declared, "declared", at, true);
        var election = _r.Partial(dto.ElectionDay, "electionDay", at, true);
        var withdrawn = _r.Partial(dto.Withdrawn, "withdrawn", at);
        var result = dto.Result is null ? CandidacyResult.Pending : _r.Enum<CandidacyResult>(dto.Result, "result", at, true);
        var backedBy = _r.Texts(dto.BackedBy, "backedBy", at);

        // Only dates that are certainly out of order are refused: partial dates that overlap may
        // be in order.
        if (declared is { } d && election is { } e && e.Latest < d.Earliest)
        {
            _r.Problem(at.Dot("electionDay"), $"Election day {e} is before the candidacy was declared ({d}).");
        }

        if (declared is { } d2 && withdrawn is { } w && w.Latest < d2.Earliest)
        {
            _r.Problem(at.Dot("withdrawn"), $"The withdrawal ({w}) is before the candidacy was declared ({d2}).");
        }

        if (election is { } e2 && withdrawn is { } w2 && w2.Earliest > e2.Latest)
        {
            _r.Problem(at.Dot("withdrawn"), $"The withdrawal ({w2}) is after election day ({e2}): a candidacy ends at its election.");
        }

        return _problems.Count > before
            ? null
            : new Candidacy { Office = office!, Declared = declared!.Value, ElectionDay = election!.Value, Withdrawn = withdrawn, Result = result!.Value, BackedBy = backedBy, UnknownFields = dto.Extra! };
    }
}
