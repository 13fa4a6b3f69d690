using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Partnering.Core.Documents;

/// <summary>
/// The reference workspace writer, kept in the tests (issue #12: test-only code leaves the package):
/// turns the model into the document's DTOs, defaults and empty lists left out. Saving uses the faster
/// <see cref="WorkspaceJsonWriter"/>; a test checks that serializing these DTOs gives the same bytes.
/// </summary>
internal static class ReferenceWorkspaceWriter
{
    public static WorkspaceDto ToDto(Workspace workspace) => new()
    {
        SchemaVersion = Workspace.CurrentSchemaVersion,
        Chapter = ToDto(workspace.Chapter),
        Partners = Map(workspace.Partners, ToDto),
        Ties = Map(workspace.Ties, ToDto),
        Interactions = Map(workspace.Interactions, ToDto),
        Partnerships = Map(workspace.Partnerships, ToDto),
        Extra = Extra(workspace.UnknownFields),
    };

    private static ChapterDto ToDto(Chapter chapter) => new()
    {
        Id = chapter.Id.Value,
        Name = chapter.Name,
        HomeState = chapter.HomeState,
        NationalBody = chapter.NationalBody,
        IssueAreas = Terms(chapter.IssueAreas),
        TheoryOfChange = new TheoryOfChangeDto
        {
            Summary = chapter.TheoryOfChange.Summary,
            Targets = Names(chapter.TheoryOfChange.Targets),
            AvoidedTargets = Names(chapter.TheoryOfChange.AvoidedTargets),
            OpposedOutcomes = Texts(chapter.TheoryOfChange.OpposedOutcomes),
            Extra = Extra(chapter.TheoryOfChange.UnknownFields),
        },
        AllowedTactics = Terms(chapter.AllowedTactics),
        DisallowedTactics = Terms(chapter.DisallowedTactics),
        NationalRelationships = Map(chapter.NationalRelationships, r => new NationalRelationshipDto
        {
            HeldBy = r.HeldBy,
            OrganizationName = r.OrganizationName,
            Organization = r.Organization?.Value,
            Contact = r.Contact,
            Extra = Extra(r.UnknownFields),
        }),
        Members = Map(chapter.Members, ToDto),
        Kind = chapter.Kind is { } kind ? JsonEnum<ChapterKind>.Name(kind) : null,
        PointOfContact = chapter.PointOfContact is { } poc ? ToDto(poc) : null,
        Positions = Map(chapter.Positions, ToDto),
        Extra = Extra(chapter.UnknownFields),
    };

    private static MemberDto ToDto(Member member) => new()
    {
        Id = member.Id.Value,
        Name = member.Name,
        Contact = member.Contact is { } c ? ToDto(c) : null,
        IsLeader = member.IsLeader ? true : null,
        Skills = Texts(member.Skills),
        IssueExpertise = Terms(member.IssueExpertise),
        Affiliations = Map(member.Affiliations, ToDto),
        Extra = Extra(member.UnknownFields),
    };

    private static PositionDto ToDto(Position position) => new()
    {
        Issue = position.Issue.Name,
        Outcome = position.Outcome,
        Stance = JsonEnum<Stance>.Name(position.Stance),
        Description = position.Description,
        Extra = Extra(position.UnknownFields),
    };

    private static ContactPointDto ToDto(ContactPoint contact) => new()
    {
        Name = contact.Name,
        Role = contact.Role,
        Email = contact.Email,
        Phone = contact.Phone,
        Extra = Extra(contact.UnknownFields),
    };

    private static AffiliationDto ToDto(Affiliation affiliation) => new()
    {
        OrganizationName = affiliation.OrganizationName,
        Organization = affiliation.Organization?.Value,
        Role = affiliation.Role,
        Since = affiliation.Since?.ToString(),
        Until = affiliation.Until?.ToString(),
        Extra = Extra(affiliation.UnknownFields),
    };

    private static PartnerDto ToDto(Partner partner)
    {
        var dto = new PartnerDto
        {
            Id = partner.Id.Value,
            Name = partner.Name,
            State = partner.State,
            IssueAreas = Terms(partner.IssueAreas),
            Tags = Texts(partner.Tags),
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
                dto.Goals = Texts(o.Goals);
                dto.Tactics = Terms(o.Tactics);
                dto.Capacities = Texts(o.Capacities);
                dto.Constraints = Texts(o.Constraints);
                dto.Base = o.Base;
                dto.BaseSize = o.BaseSize;
                dto.History = Texts(o.History);
                dto.Practices = Map(o.Practices, p => new PracticeDto { Kind = JsonEnum<PracticeKind>.Name(p.Kind), Description = p.Description, Extra = Extra(p.UnknownFields) });
                dto.NationalParent = o.NationalParent;
                dto.Positions = Map(o.Positions, ToDto);
                dto.SupportsCandidatesOf = Texts(o.SupportsCandidatesOf);
                break;
            case Individual i:
                dto.Type = "individual";
                dto.Roles = Names(i.Roles);
                dto.Offices = Map(i.Offices, o => new OfficeHeldDto
                {
                    Title = o.Title,
                    Jurisdiction = o.Jurisdiction,
                    Elected = o.Elected ? null : false,
                    Since = o.Since?.ToString(),
                    Until = o.Until?.ToString(),
                    Extra = Extra(o.UnknownFields),
                });
                dto.Candidacies = Map(i.Candidacies, c => new CandidacyDto
                {
                    Office = c.Office,
                    Declared = c.Declared.ToString(),
                    ElectionDay = c.ElectionDay.ToString(),
                    Withdrawn = c.Withdrawn?.ToString(),
                    Result = c.Result == CandidacyResult.Pending ? null : JsonEnum<CandidacyResult>.Name(c.Result),
                    BackedBy = Texts(c.BackedBy),
                    Extra = Extra(c.UnknownFields),
                });
                dto.Affiliations = Map(i.Affiliations, ToDto);
                break;
            default:
                throw new ArgumentException($"Unknown kind of partner: {partner.GetType().Name}.", nameof(partner));
        }

        return dto;
    }

    private static TieDto ToDto(Tie tie) => new()
    {
        From = tie.From.Value,
        To = tie.To.Value,
        Category = JsonEnum<TieCategory>.Name(tie.Category),
        Strength = tie.Strength,
        Since = tie.Since?.ToString(),
        Until = tie.Until?.ToString(),
        Source = tie.Source,
        Note = tie.Note,
        Extra = Extra(tie.UnknownFields),
    };

    private static InteractionDto ToDto(Interaction interaction) => new()
    {
        Kind = JsonEnum<InteractionKind>.Name(interaction.Kind),
        Date = Day(interaction.Date),
        Partner = interaction.Partner.Value,
        Direction = interaction.Direction == Direction.Mutual ? null : JsonEnum<Direction>.Name(interaction.Direction),
        Participants = Ids(interaction.Participants),
        Summary = interaction.Summary,
        Delivered = interaction.Delivered ? null : false,
        Commitment = interaction.Commitment is { } c
            ? new CommitmentDto
            {
                MadeBy = JsonEnum<CommitmentParty>.Name(c.MadeBy),
                Description = c.Description,
                Due = Day(c.Due),
                KeptOn = c.KeptOn is { } k ? Day(k) : null,
                Dropped = c.Dropped ? true : null,
                Extra = Extra(c.UnknownFields),
            }
            : null,
        Extra = Extra(interaction.UnknownFields),
    };

    private static PartnershipDto ToDto(Partnership partnership) => new()
    {
        Partner = partnership.Partner.Value,
        Owners = Map(partnership.Owners, o => new OwnerAssignmentDto { Member = o.Member.Value, Since = Day(o.Since), Reason = o.Reason, Extra = Extra(o.UnknownFields) }),
        Affiliate = partnership.Affiliate ? true : null,
        CoalitionMember = partnership.CoalitionMember ? true : null,
        AllyChoices = Map(partnership.AllyChoices, a => new AllyChoiceDto { Date = Day(a.Date), Ally = a.Ally ? null : false, Reason = a.Reason, DecidedBy = a.DecidedBy?.Value, Extra = Extra(a.UnknownFields) }),
        Extra = Extra(partnership.UnknownFields),
    };

    internal static string Day(DateOnly date) => PartialDate.FromDate(date).ToString();

    private static List<TDto?>? Map<TModel, TDto>(IReadOnlyList<TModel> items, Func<TModel, TDto> map)
        where TDto : class
    {
        if (items.Count == 0)
        {
            return null;
        }

        var list = new List<TDto?>(items.Count);
        foreach (var item in items)
        {
            list.Add(map(item));
        }

        return list;
    }

    private static List<string?>? Texts(IReadOnlyList<string> items) => items.Count == 0 ? null : new List<string?>(items);

    private static List<string?>? Ids(IReadOnlyList<PartyId> items) => Map(items, id => id.Value);

    private static List<string?>? Terms(IReadOnlyList<IssueArea> items) => Map(items, term => term.Name);

    private static List<string?>? Terms(IReadOnlyList<Tactic> items) => Map(items, term => term.Name);

    private static List<string?>? Names<T>(IReadOnlyList<T> items)
        where T : struct, Enum
        => Map(items, JsonEnum<T>.Name);

    private static Dictionary<string, JsonElement>? Extra(IReadOnlyDictionary<string, JsonElement> fields)
        => fields.Count == 0 ? null : new Dictionary<string, JsonElement>(fields, StringComparer.Ordinal);
}
