using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Partnering.Core.Internal;
using static Partnering.Core.Documents.DtoOutput;

namespace Partnering.Core.Documents;

/// <summary>
/// Turns a deserialized <see cref="WorkspaceDto"/> into the immutable model in one pass that finds
/// every problem, each with its JSON path. Paths are only built when a problem is found, so a valid
/// document costs no path strings. A reader is used once.
/// </summary>
internal sealed partial class WorkspaceReader
{
    // Per-item readers made into delegates once, not once per partner.
    private Func<ContactPointDto, Loc, ContactPoint?>? _readContact;
    private Func<PracticeDto, Loc, Practice?>? _readPractice;
    private Func<PositionDto, Loc, Position?>? _readPosition;
    private Func<OfficeHeldDto, Loc, OfficeHeld?>? _readOffice;
    private Func<CandidacyDto, Loc, Candidacy?>? _readCandidacy;
    private Func<AffiliationDto, Loc, Affiliation?>? _readAffiliation;

    private readonly List<DocumentProblem> _problems = [];
    private readonly Dictionary<string, (PartyId Id, PartyKind Kind)> _parties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IssueArea> _issueAreas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tactic> _tactics = new(StringComparer.Ordinal);
    private string _membersPath = "$.chapter.members";
    private bool _streaming;
    private int _idProblems;
    private List<Tie>? _ties;
    private bool _tiesOk = true;
    private List<Interaction>? _interactions;
    private bool _interactionsOk = true;

    private enum PartyKind
    {
        Chapter,
        Member,
        Organization,
        Individual,
    }

    public IReadOnlyList<DocumentProblem> Problems => _problems;

    /// <summary>The workspace as the document's data classes, every section included (the other way from <see cref="Read"/>).</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="bulk">Whether to map the ties and interactions too (saving writes them straight from the model: see <see cref="Write(Utf8JsonWriter, Workspace)"/>).</param>
    public static WorkspaceDto ToDto(Workspace workspace, bool bulk = true) => new()
    {
        SchemaVersion = Workspace.CurrentSchemaVersion,
        Chapter = ToDto(workspace.Chapter),
        Partners = Map(workspace.Partners, ToDto),
        Ties = bulk ? Map(workspace.Ties, ToDto) : null,
        Interactions = bulk ? Map(workspace.Interactions, ToDto) : null,
        Partnerships = Map(workspace.Partnerships, ToDto),
        Policy = workspace.Policy is { } policy ? PolicyDocument.ToDto(policy) : null,
        Ladder = workspace.Ladder is { } ladder ? TierLadderDocument.ToDto(ladder) : null,
        TierOverrides = Map(workspace.TierOverrides, static o => new TierOverrideDto
        {
            Partner = o.Partner.Value,
            Date = Day(o.Override.Date),
            Tier = o.Override.Tier,
            Reason = o.Override.Reason,
            DecidedBy = o.Override.DecidedBy.Value,
            Extra = Extra(o.UnknownFields),
        }),
        PowerMaps = Map(workspace.PowerMaps, MapsDocument.ToDto),
        Assets = Map(workspace.Assets, MapsDocument.ToDto),
        Outreach = MapsDocument.ToDto(workspace.Outreach),
        Collaboration = workspace.Collaboration is { } collaboration ? CollaborationDocument.ToDto(collaboration, withVersion: false) : null,
        Extra = Extra(workspace.UnknownFields),
    };

    /// <summary>Reads the document; returns <see langword="null"/> when any problem was found.</summary>
    /// <param name="dto">The deserialized document.</param>
    /// <param name="membersPath">Where the members were in the document (version 0 kept them at <c>$.members</c>).</param>
    public Workspace? Read(WorkspaceDto dto, string membersPath = "$.chapter.members")
    {
        _membersPath = membersPath;
        if (!_streaming)
        {
            CollectIds(dto);
            _idProblems = _problems.Count;
        }

        var streamedEnd = _problems.Count;

        Chapter? chapter = null;
        if (dto.Chapter is null)
        {
            Add("$.chapter", "The chapter is missing: a workspace needs a \"chapter\" object.");
        }
        else
        {
            chapter = ReadChapter(dto.Chapter);
        }

        var partners = ReadList(dto.Partners, "$.partners", ReadPartner);
        var partiesEnd = _problems.Count;
        var ties = _ties is not null ? (_tiesOk ? ValueList<Tie>.Wrap([.. _ties]) : ValueList<Tie>.Empty) : ReadList(dto.Ties, "$.ties", ReadTie);
        var interactions = _interactions is not null
            ? (_interactionsOk ? ValueList<Interaction>.Wrap([.. _interactions]) : ValueList<Interaction>.Empty)
            : ReadList(dto.Interactions, "$.interactions", ReadInteraction);
        var partnerships = ReadPartnerships(dto.Partnerships);

        if (streamedEnd > _idProblems)
        {
            // Streamed ties and interactions were read before the chapter and partners: put their
            // problems back in document order.
            var ids = _problems.GetRange(0, _idProblems);
            var streamed = _problems.GetRange(_idProblems, streamedEnd - _idProblems);
            var parties = _problems.GetRange(streamedEnd, partiesEnd - streamedEnd);
            var rest = _problems.GetRange(partiesEnd, _problems.Count - partiesEnd);
            _problems.Clear();
            _problems.AddRange(ids);
            _problems.AddRange(parties);
            _problems.AddRange(streamed);
            _problems.AddRange(rest);
        }

        if (_problems.Count > 0 || chapter is null)
        {
            return null;
        }

        var workspace = new Workspace
        {
            Chapter = chapter,
            Partners = partners,
            Ties = ties,
            Interactions = interactions,
            Partnerships = partnerships,
        };
        return dto.Extra is { Count: > 0 } extra ? workspace with { UnknownFields = extra } : workspace;
    }

    // ---- streaming ---------------------------------------------------------------------------

    /// <summary>
    /// Starts reading ties and interactions one at a time as the document is read, so their DTOs
    /// die young. Needs the chapter and partners (all the ids) already read.
    /// </summary>
    public void BeginStreaming(WorkspaceDto dto)
    {
        CollectIds(dto);
        _idProblems = _problems.Count;
        _streaming = true;
    }

    public void StreamTie(TieDto? dto, int index)
    {
        _ties ??= [];
        var at = new Loc("$.ties", index);
        if (dto is null)
        {
            Add(at, "An item must be an object, not null.");
            _tiesOk = false;
        }
        else if (ReadTie(dto, at) is { } tie)
        {
            _ties.Add(tie);
        }
        else
        {
            _tiesOk = false;
        }
    }

    public void StreamInteraction(InteractionDto? dto, int index)
    {
        _interactions ??= [];
        var at = new Loc("$.interactions", index);
        if (dto is null)
        {
            Add(at, "An item must be an object, not null.");
            _interactionsOk = false;
        }
        else if (ReadInteraction(dto, at) is { } interaction)
        {
            _interactions.Add(interaction);
        }
        else
        {
            _interactionsOk = false;
        }
    }

    // ---- ids ---------------------------------------------------------------------------------

    private void CollectIds(WorkspaceDto dto)
    {
        if (dto.Chapter is { } chapter)
        {
            DeclareId(chapter.Id, "$.chapter", PartyKind.Chapter);
            if (chapter.Members is { } members)
            {
                for (var i = 0; i < members.Count; i++)
                {
                    if (members[i] is { } member)
                    {
                        DeclareId(member.Id, Item(_membersPath, i), PartyKind.Member);
                    }
                }
            }
        }

        if (dto.Partners is { } partners)
        {
            for (var i = 0; i < partners.Count; i++)
            {
                if (partners[i] is { } partner)
                {
                    var kind = partner.Type switch
                    {
                        "organization" => PartyKind.Organization,
                        "individual" => PartyKind.Individual,
                        _ => (PartyKind?)null,
                    };

                    // A partner of unknown type still declares its id, so references to it are
                    // not reported a second time as dangling.
                    DeclareId(partner.Id, Item("$.partners", i), kind ?? PartyKind.Organization);
                }
            }
        }
    }

    private void DeclareId(string? text, string ownerPath, PartyKind kind)
    {
        if (text is null)
        {
            return; // Reported as a missing field when the owner is read.
        }

        if (PartyId.Explain(text) is not null)
        {
            return; // Reported as a bad id when the owner is read.
        }

        if (_parties.ContainsKey(text))
        {
            Add(ownerPath + ".id", $"The id '{text}' is used twice: ids must be unique across the chapter, its members and the partners.");
            return;
        }

        _parties.Add(text, (new PartyId(text), kind));
    }

    private PartyId? OwnId(string? text, Loc ownerPath)
    {
        if (text is null)
        {
            Add(ownerPath.Dot("id"), "The id is missing.");
            return null;
        }

        if (PartyId.Explain(text) is { } problem)
        {
            Add(ownerPath.Dot("id"), problem);
            return null;
        }

        return _parties.TryGetValue(text, out var party) ? party.Id : new PartyId(text);
    }

    /// <summary>A reference to a party that must exist (of one of the allowed kinds when given).</summary>
    private PartyId? Reference(string? text, Loc path, string what, bool required, PartyKind? only = null, PartyKind? orElse = null)
    {
        if (text is null)
        {
            if (required)
            {
                Add(path, $"The {what} is missing.");
            }

            return null;
        }

        if (_parties.TryGetValue(text, out var party))
        {
            if (only is { } kind && party.Kind != kind && party.Kind != orElse)
            {
                Add(path, $"The {what} '{text}' names a {Describe(party.Kind)}; expected {Article(kind)}{(orElse is { } other ? " or " + Article(other) : string.Empty)}.");
                return null;
            }

            return party.Id;
        }

        if (PartyId.Explain(text) is { } problem)
        {
            Add(path, problem);
            return null;
        }

        Add(path, $"The {what} '{text}' names no party in the workspace (not the chapter, a member or a partner).");
        return null;
    }

    private static string Describe(PartyKind kind) => kind switch
    {
        PartyKind.Chapter => "the chapter",
        PartyKind.Member => "member",
        PartyKind.Organization => "organization",
        _ => "individual",
    };

    private static string Article(PartyKind kind) => kind switch
    {
        PartyKind.Chapter => "the chapter",
        PartyKind.Member => "a member",
        PartyKind.Organization => "an organization",
        _ => "an individual",
    };

    // ---- chapter and members -----------------------------------------------------------------

    private static ChapterDto ToDto(Chapter chapter) => new()
    {
        Id = chapter.Id.Value,
        Name = chapter.Name,
        HomeState = chapter.HomeState,
        NationalBody = chapter.NationalBody,
        IssueAreas = DtoOutput.Terms(chapter.IssueAreas),
        TheoryOfChange = new TheoryOfChangeDto
        {
            Summary = chapter.TheoryOfChange.Summary,
            Targets = Names(chapter.TheoryOfChange.Targets),
            AvoidedTargets = Names(chapter.TheoryOfChange.AvoidedTargets),
            OpposedOutcomes = DtoOutput.Texts(chapter.TheoryOfChange.OpposedOutcomes),
            Extra = Extra(chapter.TheoryOfChange.UnknownFields),
        },
        AllowedTactics = DtoOutput.Terms(chapter.AllowedTactics),
        DisallowedTactics = DtoOutput.Terms(chapter.DisallowedTactics),
        NationalRelationships = Map(chapter.NationalRelationships, static r => new NationalRelationshipDto
        {
            HeldBy = r.HeldBy,
            OrganizationName = r.OrganizationName,
            Organization = r.Organization?.Value,
            Contact = r.Contact,
            Extra = Extra(r.UnknownFields),
        }),
        Members = Map(chapter.Members, ToDto),
        Kind = Name(chapter.Kind),
        PointOfContact = chapter.PointOfContact is { } contact ? ToDto(contact) : null,
        Positions = Map(chapter.Positions, ToDto),
        Extra = Extra(chapter.UnknownFields),
    };

    private Chapter? ReadChapter(ChapterDto dto)
    {
        const string At = "$.chapter";
        var before = _problems.Count;
        var id = OwnId(dto.Id, At);
        var name = RequiredText(dto.Name, At + ".name", "chapter's name");
        var state = dto.HomeState;
        if (state is null)
        {
            Add(At + ".homeState", "The home state is missing: give a two-letter code such as \"OH\".");
        }
        else if (UsState.Explain(state) is { } problem)
        {
            Add(At + ".homeState", problem);
        }

        var issueAreas = IssueAreas(dto.IssueAreas, At + ".issueAreas");
        TheoryOfChange? theory = null;
        if (dto.TheoryOfChange is null)
        {
            Add(At + ".theoryOfChange", "The theory of change is missing: say whom the chapter pressures and how, e.g. {\"summary\": \"Hold our lawmakers accountable\", \"targets\": [\"lawmaker\"]}.");
        }
        else
        {
            theory = ReadTheory(dto.TheoryOfChange, At + ".theoryOfChange");
        }

        var allowed = Tactics(dto.AllowedTactics, At + ".allowedTactics");
        var disallowed = Tactics(dto.DisallowedTactics, At + ".disallowedTactics");
        var relationships = ReadList(dto.NationalRelationships, At + ".nationalRelationships", ReadNationalRelationship);
        var members = ReadList(dto.Members, _membersPath, ReadMember);
        var kind = dto.Kind is null ? null : RequiredEnum<ChapterKind>(dto.Kind, At + ".kind", "chapter kind");
        var pointOfContact = dto.PointOfContact is { } poc ? ReadContact(poc) : null;
        var positions = ReadList(dto.Positions, At + ".positions", _readPosition ??= ReadPosition);

        if (_problems.Count > before || id is null || theory is null)
        {
            return null;
        }

        return new Chapter
        {
            Id = id.Value,
            Name = name!,
            HomeState = state!,
            NationalBody = dto.NationalBody,
            IssueAreas = issueAreas,
            TheoryOfChange = theory,
            AllowedTactics = allowed,
            DisallowedTactics = disallowed,
            NationalRelationships = relationships,
            Members = members,
            Kind = kind,
            PointOfContact = pointOfContact,
            Positions = positions,
            UnknownFields = dto.Extra!,
        };
    }

    private static PositionDto ToDto(Position position) => new()
    {
        Issue = position.Issue.Name,
        Outcome = position.Outcome,
        Stance = JsonEnum<Stance>.Name(position.Stance),
        Description = position.Description,
        Extra = Extra(position.UnknownFields),
    };

    private Position? ReadPosition(PositionDto dto, Loc at)
    {
        var before = _problems.Count;
        var issue = RequiredText(dto.Issue, at.Dot("issue"), "position's issue area");
        if (issue is not null && Term.Explain(issue, "An issue area") is { } issueProblem)
        {
            Add(at.Dot("issue"), issueProblem);
        }

        var outcome = RequiredText(dto.Outcome, at.Dot("outcome"), "position's outcome");
        if (outcome is not null && Term.Explain(outcome, "An outcome") is { } outcomeProblem)
        {
            Add(at.Dot("outcome"), outcomeProblem);
        }

        var stance = RequiredEnum<Stance>(dto.Stance, at.Dot("stance"), "stance");
        return _problems.Count > before
            ? null
            : new Position { Issue = new IssueArea(issue!), Outcome = outcome!, Stance = stance!.Value, Description = dto.Description, UnknownFields = dto.Extra! };
    }

    private TheoryOfChange? ReadTheory(TheoryOfChangeDto dto, Loc at)
    {
        var before = _problems.Count;
        var summary = RequiredText(dto.Summary, at.Dot("summary"), "summary");
        var targets = Enums<TargetKind>(dto.Targets, at.Dot("targets"), "target kind");
        var avoided = Enums<TargetKind>(dto.AvoidedTargets, at.Dot("avoidedTargets"), "target kind");
        var opposed = Texts(dto.OpposedOutcomes, at.Dot("opposedOutcomes"));
        return _problems.Count > before
            ? null
            : new TheoryOfChange { Summary = summary!, Targets = targets, AvoidedTargets = avoided, OpposedOutcomes = opposed, UnknownFields = dto.Extra! };
    }

    private NationalRelationship? ReadNationalRelationship(NationalRelationshipDto dto, Loc at)
    {
        var before = _problems.Count;
        var heldBy = RequiredText(dto.HeldBy, at.Dot("heldBy"), "national body holding the relationship");
        var name = RequiredText(dto.OrganizationName, at.Dot("organizationName"), "organization's name");
        var organization = Reference(dto.Organization, at.Dot("organization"), "organization", required: false, PartyKind.Organization);
        return _problems.Count > before
            ? null
            : new NationalRelationship { HeldBy = heldBy!, OrganizationName = name!, Organization = organization, Contact = dto.Contact, UnknownFields = dto.Extra! };
    }

    private static MemberDto ToDto(Member member) => new()
    {
        Id = member.Id.Value,
        Name = member.Name,
        Contact = member.Contact is { } contact ? ToDto(contact) : null,
        IsLeader = IfTrue(member.IsLeader),
        Skills = DtoOutput.Texts(member.Skills),
        IssueExpertise = DtoOutput.Terms(member.IssueExpertise),
        Affiliations = Map(member.Affiliations, ToDto),
        Extra = Extra(member.UnknownFields),
    };

    private Member? ReadMember(MemberDto dto, Loc at)
    {
        var before = _problems.Count;
        var id = OwnId(dto.Id, at);
        var name = RequiredText(dto.Name, at.Dot("name"), "member's name");
        var contact = dto.Contact is { } c ? ReadContact(c) : null;
        var skills = Texts(dto.Skills, at.Dot("skills"));
        var expertise = IssueAreas(dto.IssueExpertise, at.Dot("issueExpertise"));
        var affiliations = ReadList(dto.Affiliations, at.Dot("affiliations"), _readAffiliation ??= ReadAffiliation);
        return _problems.Count > before || id is null
            ? null
            : new Member
            {
                Id = id.Value,
                Name = name!,
                Contact = contact,
                IsLeader = dto.IsLeader ?? false,
                Skills = skills,
                IssueExpertise = expertise,
                Affiliations = affiliations,
                UnknownFields = dto.Extra!,
            };
    }

    private static ContactPointDto ToDto(ContactPoint contact)
        => new() { Name = contact.Name, Role = contact.Role, Email = contact.Email, Phone = contact.Phone, Extra = Extra(contact.UnknownFields) };

    private static ContactPoint ReadContact(ContactPointDto dto)
        => new() { Name = dto.Name, Role = dto.Role, Email = dto.Email, Phone = dto.Phone, UnknownFields = dto.Extra! };

    private ContactPoint? ReadContact(ContactPointDto dto, Loc at) => ReadContact(dto);

    private static AffiliationDto ToDto(Affiliation affiliation) => new()
    {
        OrganizationName = affiliation.OrganizationName,
        Organization = affiliation.Organization?.Value,
        Role = affiliation.Role,
        Since = affiliation.Since?.ToString(),
        Until = affiliation.Until?.ToString(),
        Extra = Extra(affiliation.UnknownFields),
    };

    private Affiliation? ReadAffiliation(AffiliationDto dto, Loc at)
    {
        var before = _problems.Count;
        var name = RequiredText(dto.OrganizationName, at.Dot("organizationName"), "organization's name");
        var organization = Reference(dto.Organization, at.Dot("organization"), "organization", required: false, PartyKind.Organization);
        var since = OptionalPartialDate(dto.Since, at.Dot("since"));
        var until = OptionalPartialDate(dto.Until, at.Dot("until"));
        NotBefore(since, until, at.Dot("until"), "An affiliation cannot end before it starts");
        return _problems.Count > before
            ? null
            : new Affiliation { OrganizationName = name!, Organization = organization, Role = dto.Role, Since = since, Until = until, UnknownFields = dto.Extra! };
    }

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

    // ---- ties, interactions, partnerships ----------------------------------------------------

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

    private Tie? ReadTie(TieDto dto, Loc at)
    {
        var before = _problems.Count;
        var from = Reference(dto.From, at.Dot("from"), "tie's \"from\" end", required: true);
        var to = Reference(dto.To, at.Dot("to"), "tie's \"to\" end", required: true);
        if (from is { } f && to is { } t && f == t)
        {
            Add(at.Dot("to"), $"A tie joins two different parties; both ends are '{f}'.");
        }

        var category = RequiredEnum<TieCategory>(dto.Category, at.Dot("category"), "tie category");
        if (dto.Strength is not { } strength)
        {
            Add(at.Dot("strength"), "The strength is missing: give a number from 0 (none) to 1 (as strong as ties get).");
        }
        else if (!double.IsFinite(strength) || strength < 0 || strength > 1)
        {
            Add(at.Dot("strength"), $"The strength must be a number from 0 to 1; got {strength.ToString(CultureInfo.InvariantCulture)}.");
        }

        var since = OptionalPartialDate(dto.Since, at.Dot("since"));
        var until = OptionalPartialDate(dto.Until, at.Dot("until"));
        NotBefore(since, until, at.Dot("until"), "A tie cannot end before it starts");
        return _problems.Count > before
            ? null
            : new Tie
            {
                From = from!.Value,
                To = to!.Value,
                Category = category!.Value,
                Strength = dto.Strength!.Value,
                Since = since,
                Until = until,
                Source = dto.Source,
                Note = dto.Note,
                UnknownFields = dto.Extra!,
            };
    }

    private static InteractionDto ToDto(Interaction interaction) => new()
    {
        Kind = JsonEnum<InteractionKind>.Name(interaction.Kind),
        Date = Day(interaction.Date),
        Partner = interaction.Partner.Value,
        Direction = interaction.Direction == Direction.Mutual ? null : JsonEnum<Direction>.Name(interaction.Direction),
        Participants = DtoOutput.Ids(interaction.Participants),
        Summary = interaction.Summary,
        Delivered = IfFalse(interaction.Delivered),
        Commitment = interaction.Commitment is { } c
            ? new CommitmentDto { MadeBy = JsonEnum<CommitmentParty>.Name(c.MadeBy), Description = c.Description, Due = Day(c.Due), KeptOn = Day(c.KeptOn), Dropped = IfTrue(c.Dropped), Extra = Extra(c.UnknownFields) }
            : null,
        Extra = Extra(interaction.UnknownFields),
    };

    private Interaction? ReadInteraction(InteractionDto dto, Loc at)
    {
        var before = _problems.Count;
        var kind = RequiredEnum<InteractionKind>(dto.Kind, at.Dot("kind"), "interaction kind");
        var date = RequiredExactDate(dto.Date, at.Dot("date"), "date");
        var partner = Reference(dto.Partner, at.Dot("partner"), "partner", required: true, PartyKind.Organization, PartyKind.Individual);
        var direction = dto.Direction is null ? Direction.Mutual : RequiredEnum<Direction>(dto.Direction, at.Dot("direction"), "direction");
        var participants = ValueList<PartyId>.Empty;
        if (dto.Participants is { Count: > 0 } list)
        {
            var ids = new PartyId[list.Count];
            for (var j = 0; j < list.Count; j++)
            {
                if (list[j] is null)
                {
                    Add(at.Dot("participants").Item(j), "A participant must be an id, not null.");
                }
                else if (_parties.TryGetValue(list[j]!, out var party))
                {
                    ids[j] = party.Id;
                }
                else
                {
                    Reference(list[j], at.Dot("participants").Item(j), "participant", required: true);
                }
            }

            participants = ValueList<PartyId>.Wrap(ids);
        }

        Commitment? commitment = null;
        if (dto.Commitment is { } c)
        {
            if (kind is { } k && k != InteractionKind.Commitment)
            {
                Add(at.Dot("commitment"), $"Only an interaction of kind \"commitment\" carries a commitment; this one is \"{dto.Kind}\".");
            }

            commitment = ReadCommitment(c, at.Dot("commitment"));
        }
        else if (kind == InteractionKind.Commitment)
        {
            Add(at.Dot("commitment"), "An interaction of kind \"commitment\" needs a \"commitment\" object (madeBy, description, due).");
        }

        return _problems.Count > before
            ? null
            : new Interaction
            {
                Kind = kind!.Value,
                Date = date!.Value,
                Partner = partner!.Value,
                Direction = direction!.Value,
                Participants = participants,
                Summary = dto.Summary,
                Delivered = dto.Delivered ?? true,
                Commitment = commitment,
                UnknownFields = dto.Extra!,
            };
    }

    private Commitment? ReadCommitment(CommitmentDto dto, Loc at)
    {
        var before = _problems.Count;
        var madeBy = RequiredEnum<CommitmentParty>(dto.MadeBy, at.Dot("madeBy"), "party who made the commitment");
        var description = RequiredText(dto.Description, at.Dot("description"), "description");
        var due = RequiredExactDate(dto.Due, at.Dot("due"), "due date");
        DateOnly? kept = dto.KeptOn is null ? null : RequiredExactDate(dto.KeptOn, at.Dot("keptOn"), "date kept");
        return _problems.Count > before
            ? null
            : new Commitment { MadeBy = madeBy!.Value, Description = description!, Due = due!.Value, KeptOn = kept, Dropped = dto.Dropped ?? false, UnknownFields = dto.Extra! };
    }

    private static PartnershipDto ToDto(Partnership partnership) => new()
    {
        Partner = partnership.Partner.Value,
        Owners = Map(partnership.Owners, static o => new OwnerAssignmentDto { Member = o.Member.Value, Since = Day(o.Since), Reason = o.Reason, Extra = Extra(o.UnknownFields) }),
        Affiliate = IfTrue(partnership.Affiliate),
        CoalitionMember = IfTrue(partnership.CoalitionMember),
        AllyChoices = Map(partnership.AllyChoices, static a => new AllyChoiceDto { Date = Day(a.Date), Ally = IfFalse(a.Ally), Reason = a.Reason, DecidedBy = a.DecidedBy?.Value, Extra = Extra(a.UnknownFields) }),
        Extra = Extra(partnership.UnknownFields),
    };

    private ValueList<Partnership> ReadPartnerships(List<PartnershipDto?>? list)
    {
        if (list is null || list.Count == 0)
        {
            return ValueList<Partnership>.Empty;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i]?.Partner is { } partner && !seen.Add(partner))
            {
                Add(Item("$.partnerships", i) + ".partner", $"The partner '{partner}' has a second partnership: keep one partnership per partner.");
            }
        }

        return ReadList(list, "$.partnerships", ReadPartnership);
    }

    private Partnership? ReadPartnership(PartnershipDto dto, Loc at)
    {
        var before = _problems.Count;
        var partner = Reference(dto.Partner, at.Dot("partner"), "partner", required: true, PartyKind.Organization, PartyKind.Individual);
        var owners = ReadList(dto.Owners, at.Dot("owners"), ReadOwner);
        var allyChoices = ReadList(dto.AllyChoices, at.Dot("allyChoices"), ReadAllyChoice);
        if (_problems.Count == before)
        {
            for (var j = 1; j < owners.Count; j++)
            {
                if (owners[j].Since < owners[j - 1].Since)
                {
                    Add(at.Dot("owners").Item(j).Dot("since"), $"Owner handoffs must be listed in date order; {owners[j].Since:yyyy-MM-dd} comes after {owners[j - 1].Since:yyyy-MM-dd}.");
                }
            }
        }

        return _problems.Count > before
            ? null
            : new Partnership { Partner = partner!.Value, Owners = owners, Affiliate = dto.Affiliate ?? false, CoalitionMember = dto.CoalitionMember ?? false, AllyChoices = allyChoices, UnknownFields = dto.Extra! };
    }

    private AllyChoice? ReadAllyChoice(AllyChoiceDto dto, Loc at)
    {
        var before = _problems.Count;
        var date = RequiredExactDate(dto.Date, at.Dot("date"), "decision date");
        var reason = RequiredText(dto.Reason, at.Dot("reason"), "reason");
        var decidedBy = Reference(dto.DecidedBy, at.Dot("decidedBy"), "member who decided", required: false, PartyKind.Member);
        return _problems.Count > before
            ? null
            : new AllyChoice { Date = date!.Value, Ally = dto.Ally ?? true, Reason = reason!, DecidedBy = decidedBy, UnknownFields = dto.Extra! };
    }

    private OwnerAssignment? ReadOwner(OwnerAssignmentDto dto, Loc at)
    {
        var before = _problems.Count;
        var member = Reference(dto.Member, at.Dot("member"), "owner", required: true, PartyKind.Member);
        var since = RequiredExactDate(dto.Since, at.Dot("since"), "handoff date");
        return _problems.Count > before
            ? null
            : new OwnerAssignment { Member = member!.Value, Since = since!.Value, Reason = dto.Reason, UnknownFields = dto.Extra! };
    }

    // ---- values ------------------------------------------------------------------------------

    private ValueList<TModel> ReadList<TDto, TModel>(List<TDto?>? list, Loc at, Func<TDto, Loc, TModel?> read)
        where TDto : class
        where TModel : class
    {
        if (list is null || list.Count == 0)
        {
            return ValueList<TModel>.Empty;
        }

        var items = new TModel[list.Count];
        var ok = true;
        var listPath = at.ToString();
        for (var i = 0; i < list.Count; i++)
        {
            var path = new Loc(listPath, i);
            if (list[i] is not { } dto)
            {
                Add(path, "An item must be an object, not null.");
                ok = false;
            }
            else if (read(dto, path) is { } item)
            {
                items[i] = item;

                // This is the last look at the item: let the collector have it while the rest is read.
                list[i] = null;
            }
            else
            {
                ok = false;
            }
        }

        return ok ? ValueList<TModel>.Wrap(items) : ValueList<TModel>.Empty;
    }

    private string? RequiredText(string? text, Loc path, string what)
    {
        if (text is null)
        {
            Add(path, $"The {what} is missing.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            Add(path, $"The {what} must not be empty or white space.");
            return null;
        }

        return text;
    }

    private ValueList<string> Texts(List<string?>? list, Loc path)
    {
        if (list is null || list.Count == 0)
        {
            return ValueList<string>.Empty;
        }

        var items = new string[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } text)
            {
                Add(path.Item(i), "An item must be text, not null.");
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                Add(path.Item(i), "An item must not be empty or white space.");
            }
            else
            {
                items[i] = text;
            }
        }

        return ValueList<string>.Wrap(items);
    }

    private ValueList<IssueArea> IssueAreas(List<string?>? list, Loc path)
        => Terms(list, path, _issueAreas, "An issue area", static text => new IssueArea(text));

    private ValueList<Tactic> Tactics(List<string?>? list, Loc path)
        => Terms(list, path, _tactics, "A tactic", static text => new Tactic(text));

    /// <summary>A list of free-text terms, each checked once and then shared through <paramref name="known"/>.</summary>
    private ValueList<T> Terms<T>(List<string?>? list, Loc path, Dictionary<string, T> known, string what, Func<string, T> make)
    {
        if (list is null || list.Count == 0)
        {
            return ValueList<T>.Empty;
        }

        var items = new T[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var text = list[i];
            if (text is not null && known.TryGetValue(text, out var term))
            {
                items[i] = term;
            }
            else if (text is null)
            {
                Add(path.Item(i), $"{what} must be text, not null.");
            }
            else if (Term.Explain(text, what) is { } problem)
            {
                Add(path.Item(i), problem);
            }
            else
            {
                items[i] = known[text] = make(text);
            }
        }

        return ValueList<T>.Wrap(items);
    }

    private ValueList<T> Enums<T>(List<string?>? list, Loc path, string what)
        where T : struct, Enum
    {
        if (list is null || list.Count == 0)
        {
            return ValueList<T>.Empty;
        }

        var items = new T[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            if (RequiredEnum<T>(list[i], path, i, what) is { } value)
            {
                items[i] = value;
            }
        }

        return ValueList<T>.Wrap(items);
    }

    private T? RequiredEnum<T>(string? text, Loc path, int index, string what)
        where T : struct, Enum
    {
        if (text is null)
        {
            Add(index < 0 ? path : path.Item(index), $"The {what} is missing: expected one of {JsonEnum<T>.Expected}.");
            return null;
        }

        if (JsonEnum<T>.TryParse(text, out var value))
        {
            return value;
        }

        Add(index < 0 ? path : path.Item(index), $"Unknown {what} '{text}': expected one of {JsonEnum<T>.Expected}.");
        return null;
    }

    private T? RequiredEnum<T>(string? text, Loc path, string what)
        where T : struct, Enum
        => RequiredEnum<T>(text, path, -1, what);

    private PartialDate? OptionalPartialDate(string? text, Loc path)
        => text is null ? null : RequiredPartialDate(text, path, "date");

    private PartialDate? RequiredPartialDate(string? text, Loc path, string what)
    {
        if (text is null)
        {
            Add(path, $"The {what} is missing: write yyyy, yyyy-MM or yyyy-MM-dd.");
            return null;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        Add(path, $"A date must be written yyyy, yyyy-MM or yyyy-MM-dd and name a real date; got '{text}'.");
        return null;
    }

    private DateOnly? RequiredExactDate(string? text, Loc path, string what)
    {
        if (text is null)
        {
            Add(path, $"The {what} is missing: write yyyy-MM-dd.");
            return null;
        }

        if (text.Length == 10 && PartialDate.TryParse(text, out var date))
        {
            return date.Earliest;
        }

        Add(path, $"The {what} must be an exact day written yyyy-MM-dd; got '{text}'.");
        return null;
    }

    private void NotBefore(PartialDate? since, PartialDate? until, Loc path, string rule)
    {
        if (since is { } s && until is { } u && u.Latest < s.Earliest)
        {
            Add(path, $"{rule}: it ends {u} and starts {s}.");
        }
    }

    private void Add(Loc path, string message) => _problems.Add(new DocumentProblem(path.ToString(), message));

    internal static string Item(string path, int index) => JsonPath.Item(path, index);

    /// <summary>
    /// A JSON path built into a string only when a problem needs it: a base path, an optional
    /// item index and an optional field, e.g. <c>$.ties</c>, <c>[3]</c>, <c>.strength</c>.
    /// </summary>
    private readonly struct Loc(string path, int index = -1, string? field = null)
    {
        public Loc Dot(string name) => field is null ? new Loc(path, index, name) : new Loc(ToString(), -1, name);

        public Loc Item(int i) => new(ToString(), i);

        public static implicit operator Loc(string path) => new(path);

        public override string ToString()
        {
            if (index < 0 && field is null)
            {
                return path;
            }

            return index < 0
                ? path + "." + field
                : field is null ? WorkspaceReader.Item(path, index) : WorkspaceReader.Item(path, index) + "." + field;
        }
    }
}
