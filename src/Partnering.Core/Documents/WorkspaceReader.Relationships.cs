using System;
using System.Collections.Generic;
using Partnering.Core.Internal;
using static Partnering.Core.Documents.DtoOutput;

namespace Partnering.Core.Documents;

internal sealed partial class WorkspaceReader
{
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
            _r.Problem(at.Dot("to"), $"A tie joins two different parties; both ends are '{f}'.");
        }

        var category = _r.Enum<TieCategory>(dto.Category, "category", at, true);
        _r.Number(dto.Strength, "strength", at, 0, 1, required: true, hint: "give a number from 0 (none) to 1 (as strong as ties get)");

        var since = _r.Partial(dto.Since, "since", at);
        var until = _r.Partial(dto.Until, "until", at);
        _r.NotBefore(since, until, at.Dot("until"), "A tie cannot end before it starts");
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
        var kind = _r.Enum<InteractionKind>(dto.Kind, "kind", at, true);
        var date = _r.Date(dto.Date, "date", at, true);
        var partner = Reference(dto.Partner, at.Dot("partner"), "partner", required: true, PartyKind.Organization, PartyKind.Individual);
        var direction = dto.Direction is null ? Direction.Mutual : _r.Enum<Direction>(dto.Direction, "direction", at, true);
        var participants = ValueList<PartyId>.Empty;
        if (dto.Participants is { Count: > 0 } list)
        {
            var ids = new PartyId[list.Count];
            for (var j = 0; j < list.Count; j++)
            {
                if (list[j] is null)
                {
                    _r.Problem(at.Dot("participants").Item(j), ProblemText.NotNull("a string"));
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
                _r.Problem(at.Dot("commitment"), $"Only an interaction of kind \"commitment\" carries a commitment; this one is \"{dto.Kind}\".");
            }

            commitment = ReadCommitment(c, at.Dot("commitment"));
        }
        else if (kind == InteractionKind.Commitment)
        {
            _r.Problem(at.Dot("commitment"), "An interaction of kind \"commitment\" needs a \"commitment\" object (madeBy, description, due).");
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
        var madeBy = _r.Enum<CommitmentParty>(dto.MadeBy, "madeBy", at, true);
        var description = _r.String(dto.Description, "description", at, true);
        var due = _r.Date(dto.Due, "due", at, true);
        var kept = _r.Date(dto.KeptOn, "keptOn", at);
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
                _r.Problem(JsonPath.Item("$.partnerships", i) + ".partner", $"The partner '{partner}' has a second partnership: keep one partnership per partner.");
            }
        }

        return _r.Items(list, "$.partnerships", ReadPartnership);
    }

    private Partnership? ReadPartnership(PartnershipDto dto, Loc at)
    {
        var before = _problems.Count;
        var partner = Reference(dto.Partner, at.Dot("partner"), "partner", required: true, PartyKind.Organization, PartyKind.Individual);
        var owners = _r.Items(dto.Owners, at.Dot("owners"), ReadOwner);
        var allyChoices = _r.Items(dto.AllyChoices, at.Dot("allyChoices"), ReadAllyChoice);
        if (_problems.Count == before)
        {
            for (var j = 1; j < owners.Count; j++)
            {
                if (owners[j].Since < owners[j - 1].Since)
                {
                    _r.Problem(at.Dot("owners").Item(j).Dot("since"), $"Owner handoffs must be listed in date order; {owners[j].Since:yyyy-MM-dd} comes after {owners[j - 1].Since:yyyy-MM-dd}.");
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
        var date = _r.Date(dto.Date, "date", at, true);
        var reason = _r.String(dto.Reason, "reason", at, true);
        var decidedBy = Reference(dto.DecidedBy, at.Dot("decidedBy"), "member who decided", required: false, PartyKind.Member);
        return _problems.Count > before
            ? null
            : new AllyChoice { Date = date!.Value, Ally = dto.Ally ?? true, Reason = reason!, DecidedBy = decidedBy, UnknownFields = dto.Extra! };
    }

    private OwnerAssignment? ReadOwner(OwnerAssignmentDto dto, Loc at)
    {
        var before = _problems.Count;
        var member = Reference(dto.Member, at.Dot("member"), "owner", required: true, PartyKind.Member);
        var since = _r.Date(dto.Since, "since", at, true);
        return _problems.Count > before
            ? null
            : new OwnerAssignment { Member = member!.Value, Since = since!.Value, Reason = dto.Reason, UnknownFields = dto.Extra! };
    }
}
