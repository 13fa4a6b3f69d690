using System;
using System.Collections.Generic;
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
    private Func<PracticeDto, Loc, Practice?>? _readPractice;
    private Func<PositionDto, Loc, Position?>? _readPosition;
    private Func<OfficeHeldDto, Loc, OfficeHeld?>? _readOffice;
    private Func<CandidacyDto, Loc, Candidacy?>? _readCandidacy;
    private Func<AffiliationDto, Loc, Affiliation?>? _readAffiliation;

    private readonly List<DocumentProblem> _problems = [];
    private readonly DtoReader _r;
    private readonly Dictionary<string, (PartyId Id, PartyKind Kind)> _parties;
    private readonly Dictionary<string, IssueArea> _issueAreas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tactic> _tactics = new(StringComparer.Ordinal);
    private string _membersPath = "$.chapter.members";
    private bool _streaming;
    private int _idProblems;
    private ChunkedList<Tie>? _ties;
    private bool _tiesOk = true;
    private ChunkedList<Interaction>? _interactions;
    private bool _interactionsOk = true;

    /// <summary>A reader for one document; <paramref name="lengths"/>, when the document was checked first, gives its top-level arrays' lengths so lists are sized once.</summary>
    public WorkspaceReader(IReadOnlyDictionary<string, int>? lengths = null)
    {
        _parties = new(lengths?.GetValueOrDefault("partners") is > 0 and var partners ? partners + 64 : 0, StringComparer.Ordinal);
        _expectedTies = lengths?.GetValueOrDefault("ties") ?? 0;
        _expectedInteractions = lengths?.GetValueOrDefault("interactions") ?? 0;
        _r = new DtoReader(_problems);
    }

    private readonly int _expectedTies;
    private readonly int _expectedInteractions;

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

        var chapter = _r.Object(dto.Chapter, "chapter", "$", (c, _) => ReadChapter(c), required: true);
        var partners = _r.Items(dto.Partners, "$.partners", ReadPartner);
        var partiesEnd = _problems.Count;
        var ties = _ties is not null ? (_tiesOk ? ValueList<Tie>.Wrap(_ties.ToArray()) : ValueList<Tie>.Empty) : _r.Items(dto.Ties, "$.ties", ReadTie);
        var interactions = _interactions is not null
            ? (_interactionsOk ? ValueList<Interaction>.Wrap(_interactions.ToArray()) : ValueList<Interaction>.Empty)
            : _r.Items(dto.Interactions, "$.interactions", ReadInteraction);
        var partnerships = ReadPartnerships(dto.Partnerships);

        if (streamedEnd > _idProblems)
        {
            // Streamed ties and interactions were read before the chapter and partners: put their
            // problems back in document order (after the chapter's and partners').
            var streamed = _problems.GetRange(_idProblems, streamedEnd - _idProblems);
            _problems.RemoveRange(_idProblems, streamed.Count);
            _problems.InsertRange(partiesEnd - streamed.Count, streamed);
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
        var at = new Loc("$.ties", index);
        Keep(dto, dto is null ? null : ReadTie(dto, at), at, ref _ties, _expectedTies, ref _tiesOk);
    }

    public void StreamInteraction(InteractionDto? dto, int index)
    {
        var at = new Loc("$.interactions", index);
        Keep(dto, dto is null ? null : ReadInteraction(dto, at), at, ref _interactions, _expectedInteractions, ref _interactionsOk);
    }

    /// <summary>Keeps a streamed item read through its DTO; a null item, or one with a problem, leaves its list unread (<paramref name="ok"/> false).</summary>
    private void Keep<T>(object? dto, T? item, Loc at, ref ChunkedList<T>? list, int expected, ref bool ok)
        where T : class
    {
        list ??= new(expected);
        if (dto is null)
        {
            _r.Problem(at, ProblemText.NotNull("an object"));
        }

        if (item is null)
        {
            ok = false;
        }
        else
        {
            list.Add(item);
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
                        DeclareId(member.Id, JsonPath.Item(_membersPath, i), PartyKind.Member);
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
                    DeclareId(partner.Id, JsonPath.Item("$.partners", i), kind ?? PartyKind.Organization);
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
            _r.Problem(ownerPath + ".id", ProblemText.Repeated(text, "the chapter, its members and the partners"));
            return;
        }

        _parties.Add(text, (new PartyId(text), kind));
    }

    /// <summary>An item's own id (declared already by <see cref="CollectIds"/>): a missing or bad one is a problem at its <c>"id"</c>.</summary>
    private PartyId? OwnId(string? text, Loc ownerPath) => _r.Id(text, "id", ownerPath, required: true);

    /// <summary>A reference to a party that must exist (of one of the allowed kinds when given).</summary>
    private PartyId? Reference(string? text, Loc path, string what, bool required, PartyKind? only = null, PartyKind? orElse = null)
    {
        if (text is null)
        {
            if (required)
            {
                _r.Problem(path, ProblemText.Required(path.Field!));
            }

            return null;
        }

        if (_parties.TryGetValue(text, out var party))
        {
            if (only is { } kind && party.Kind != kind && party.Kind != orElse)
            {
                _r.Problem(path, $"The {what} '{text}' names a {Describe(party.Kind)}; expected {Article(kind)}{(orElse is { } other ? " or " + Article(other) : string.Empty)}.");
                return null;
            }

            return party.Id;
        }

        if (PartyId.Explain(text) is { } problem)
        {
            _r.Problem(path, problem);
            return null;
        }

        _r.Problem(path, ProblemText.UnknownParty(what, text));
        return null;
    }

    private ValueList<IssueArea> IssueAreas(List<string?>? list, string name, Loc path)
        => _r.Terms(list, name, path, "An issue area", _issueAreas, static text => new IssueArea(text));

    private ValueList<Tactic> Tactics(List<string?>? list, string name, Loc path)
        => _r.Terms(list, name, path, "A tactic", _tactics, static text => new Tactic(text));

    private static string Describe(PartyKind kind) => kind switch
    {
        PartyKind.Chapter => "the chapter",
        PartyKind.Member => "member",
        PartyKind.Organization => "organization",
        _ => "individual",
    };

    private static string Article(PartyKind kind) => (kind switch { PartyKind.Chapter => string.Empty, PartyKind.Member => "a ", _ => "an " }) + Describe(kind);

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
        var name = _r.String(dto.Name, "name", At, true);
        var state = dto.HomeState;
        if (_r.Has(state, "homeState", At, required: true, "give a two-letter code such as \"OH\"") && UsState.Explain(state!) is { } problem)
        {
            _r.Problem(At + ".homeState", problem);
        }

        var issueAreas = IssueAreas(dto.IssueAreas, "issueAreas", At);
        var theory = _r.Object(dto.TheoryOfChange, "theoryOfChange", At, ReadTheory, required: true, hint: "say whom the chapter pressures and how, e.g. {\"summary\": \"Hold our lawmakers accountable\", \"targets\": [\"lawmaker\"]}");

        var allowed = Tactics(dto.AllowedTactics, "allowedTactics", At);
        var disallowed = Tactics(dto.DisallowedTactics, "disallowedTactics", At);
        var relationships = _r.Items(dto.NationalRelationships, At + ".nationalRelationships", ReadNationalRelationship);
        var members = _r.Items(dto.Members, _membersPath, ReadMember);
        var kind = _r.Enum<ChapterKind>(dto.Kind, "kind", At);
        var pointOfContact = dto.PointOfContact is { } poc ? ReadContact(poc) : null;
        var positions = _r.Items(dto.Positions, At + ".positions", _readPosition ??= ReadPosition);

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
        var issue = _r.Term(dto.Issue, "issue", at, "An issue area", true);
        var outcome = _r.Term(dto.Outcome, "outcome", at, "An outcome", true);

        var stance = _r.Enum<Stance>(dto.Stance, "stance", at, true);
        return _problems.Count > before
            ? null
            : new Position { Issue = new IssueArea(issue!), Outcome = outcome!, Stance = stance!.Value, Description = dto.Description, UnknownFields = dto.Extra! };
    }

    private TheoryOfChange? ReadTheory(TheoryOfChangeDto dto, Loc at)
    {
        var before = _problems.Count;
        var summary = _r.String(dto.Summary, "summary", at, true);
        var targets = _r.Enums<TargetKind>(dto.Targets, "targets", at);
        var avoided = _r.Enums<TargetKind>(dto.AvoidedTargets, "avoidedTargets", at);
        var opposed = _r.Texts(dto.OpposedOutcomes, "opposedOutcomes", at);
        return _problems.Count > before
            ? null
            : new TheoryOfChange { Summary = summary!, Targets = targets, AvoidedTargets = avoided, OpposedOutcomes = opposed, UnknownFields = dto.Extra! };
    }

    private NationalRelationship? ReadNationalRelationship(NationalRelationshipDto dto, Loc at)
    {
        var before = _problems.Count;
        var heldBy = _r.String(dto.HeldBy, "heldBy", at, true);
        var name = _r.String(dto.OrganizationName, "organizationName", at, true);
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
        var name = _r.String(dto.Name, "name", at, true);
        var contact = dto.Contact is { } c ? ReadContact(c) : null;
        var skills = _r.Texts(dto.Skills, "skills", at);
        var expertise = IssueAreas(dto.IssueExpertise, "issueExpertise", at);
        var affiliations = _r.Items(dto.Affiliations, at.Dot("affiliations"), _readAffiliation ??= ReadAffiliation);
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

    private static ContactPoint ReadContact(ContactPointDto dto, Loc at = default)
        => new() { Name = dto.Name, Role = dto.Role, Email = dto.Email, Phone = dto.Phone, UnknownFields = dto.Extra! };

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
        var name = _r.String(dto.OrganizationName, "organizationName", at, true);
        var organization = Reference(dto.Organization, at.Dot("organization"), "organization", required: false, PartyKind.Organization);
        var since = _r.Partial(dto.Since, "since", at);
        var until = _r.Partial(dto.Until, "until", at);
        _r.NotBefore(since, until, at.Dot("until"), "An affiliation cannot end before it starts");
        return _problems.Count > before
            ? null
            : new Affiliation { OrganizationName = name!, Organization = organization, Role = dto.Role, Since = since, Until = until, UnknownFields = dto.Extra! };
    }
}
