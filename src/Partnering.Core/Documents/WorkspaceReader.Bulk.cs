using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

/// <summary>
/// The fast path for the bulk of a document, ties and interactions: each item is read straight
/// from the UTF-8 bytes into the model, with ids looked up by their bytes (one shared
/// <see cref="PartyId"/> per party), enums matched on their bytes and dates parsed from bytes, so a
/// valid item costs no DTO, no id or date strings and no path.
/// </summary>
/// <remarks>
/// The fast path only accepts an item that is plainly valid: every field known and written once,
/// every value of the right JSON type and valid. For anything else (an unknown field to keep, a
/// problem to report, an escaped id, malformed JSON) it gives up without a trace and the caller
/// reads the same item again through the DTO path, which finds and words every problem. So both
/// paths give the same model and the same problems; the fast one is just cheaper when all is well.
/// </remarks>
internal sealed partial class WorkspaceReader
{
    private IdTable? _idTable;
    private readonly List<PartyId> _scratchIds = new(8);

    /// <summary>Reads one tie from the reader (at its start) into the model, or returns false and leaves the rest to <see cref="StreamTie"/>.</summary>
    /// <param name="reader">The reader, at the item's <see cref="JsonTokenType.StartObject"/>; past its end on success, anywhere on failure.</param>
    public bool TryStreamTie(ref Utf8JsonReader reader)
    {
        if (!_streaming || !_tiesOk || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        try
        {
            if (ReadTieFast(ref reader) is { } tie)
            {
                (_ties ??= new(_expectedTies)).Add(tie);
                return true;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // Malformed input: the DTO path reads the item again and reports it.
        }

        return false;
    }

    /// <summary>Reads one interaction from the reader (at its start) into the model, or returns false and leaves the rest to <see cref="StreamInteraction"/>.</summary>
    /// <param name="reader">The reader, at the item's <see cref="JsonTokenType.StartObject"/>; past its end on success, anywhere on failure.</param>
    public bool TryStreamInteraction(ref Utf8JsonReader reader)
    {
        if (!_streaming || !_interactionsOk || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        try
        {
            if (ReadInteractionFast(ref reader) is { } interaction)
            {
                (_interactions ??= new(_expectedInteractions)).Add(interaction);
                return true;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // Malformed input: the DTO path reads the item again and reports it.
        }

        return false;
    }

    private Tie? ReadTieFast(ref Utf8JsonReader reader)
    {
        const int From = 1, To = 2, Category = 4, Strength = 8, Since = 16, Until = 32, Source = 64, Note = 128;
        var seen = 0;
        PartyId from = default, to = default;
        var category = default(TieCategory);
        var strength = 0.0;
        PartialDate? since = null, until = null;
        string? source = null, note = null;
        var ids = Ids();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return null;
            }

            var name = reader.ValueSpan;
            int field = name.SequenceEqual("from"u8) ? From
                : name.SequenceEqual("to"u8) ? To
                : name.SequenceEqual("category"u8) ? Category
                : name.SequenceEqual("strength"u8) ? Strength
                : name.SequenceEqual("since"u8) ? Since
                : name.SequenceEqual("until"u8) ? Until
                : name.SequenceEqual("source"u8) ? Source
                : name.SequenceEqual("note"u8) ? Note
                : 0;
            if (field == 0 || (seen & field) != 0 || !reader.Read())
            {
                return null;
            }

            seen |= field;
            switch (field)
            {
                case From or To:
                    if (!ids.TryFind(ref reader, out var party))
                    {
                        return null;
                    }

                    if (field == From)
                    {
                        from = party.Id;
                    }
                    else
                    {
                        to = party.Id;
                    }

                    break;
                case Category:
                    if (!TryEnum(ref reader, TieCategories, out category))
                    {
                        return null;
                    }

                    break;
                case Strength:
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out strength) || !double.IsFinite(strength) || strength < 0 || strength > 1)
                    {
                        return null;
                    }

                    break;
                case Since or Until:
                    if (!TryOptionalDate(ref reader, exact: false, out var date))
                    {
                        return null;
                    }

                    if (field == Since)
                    {
                        since = date;
                    }
                    else
                    {
                        until = date;
                    }

                    break;
                default:
                    if (!TryOptionalText(ref reader, out var text))
                    {
                        return null;
                    }

                    if (field == Source)
                    {
                        source = text;
                    }
                    else
                    {
                        note = text;
                    }

                    break;
            }
        }

        const int Required = From | To | Category | Strength;
        if (reader.TokenType != JsonTokenType.EndObject || (seen & Required) != Required || from == to
            || (since is { } s && until is { } u && u.Latest < s.Earliest))
        {
            return null;
        }

        return new Tie
        {
            From = from,
            To = to,
            Category = category,
            Strength = strength,
            Since = since,
            Until = until,
            Source = source,
            Note = note,
        };
    }

    private Interaction? ReadInteractionFast(ref Utf8JsonReader reader)
    {
        const int Kind = 1, Date = 2, Partner = 4, DirectionField = 8, Participants = 16, Summary = 32, Delivered = 64, CommitmentField = 128;
        var seen = 0;
        var kind = default(InteractionKind);
        var date = default(DateOnly);
        PartyId partner = default;
        var direction = Direction.Mutual;
        var participants = ValueList<PartyId>.Empty;
        string? summary = null;
        var delivered = true;
        Commitment? commitment = null;
        var ids = Ids();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return null;
            }

            var name = reader.ValueSpan;
            int field = name.SequenceEqual("kind"u8) ? Kind
                : name.SequenceEqual("date"u8) ? Date
                : name.SequenceEqual("partner"u8) ? Partner
                : name.SequenceEqual("direction"u8) ? DirectionField
                : name.SequenceEqual("participants"u8) ? Participants
                : name.SequenceEqual("summary"u8) ? Summary
                : name.SequenceEqual("delivered"u8) ? Delivered
                : name.SequenceEqual("commitment"u8) ? CommitmentField
                : 0;
            if (field == 0 || (seen & field) != 0 || !reader.Read())
            {
                return null;
            }

            seen |= field;
            switch (field)
            {
                case Kind:
                    if (!TryEnum(ref reader, InteractionKinds, out kind))
                    {
                        return null;
                    }

                    break;
                case Date:
                    if (!TryOptionalDate(ref reader, exact: true, out var day) || day is null)
                    {
                        return null;
                    }

                    date = day.Value.Earliest;
                    break;
                case Partner:
                    if (!ids.TryFind(ref reader, out var party) || party.Kind is not (PartyKind.Organization or PartyKind.Individual))
                    {
                        return null;
                    }

                    partner = party.Id;
                    break;
                case DirectionField:
                    if (reader.TokenType != JsonTokenType.Null && !TryEnum(ref reader, Directions, out direction))
                    {
                        return null;
                    }

                    break;
                case Participants:
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        _scratchIds.Clear();
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            if (!ids.TryFind(ref reader, out var participant))
                            {
                                return null;
                            }

                            _scratchIds.Add(participant.Id);
                        }

                        participants = ValueList<PartyId>.Wrap(_scratchIds.ToArray());
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        return null;
                    }

                    break;
                case Summary:
                    if (!TryOptionalText(ref reader, out summary))
                    {
                        return null;
                    }

                    break;
                case Delivered:
                    if (!TryOptionalBool(ref reader, out var flag))
                    {
                        return null;
                    }

                    delivered = flag ?? true;
                    break;
                default:
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        commitment = ReadCommitmentFast(ref reader);
                        if (commitment is null)
                        {
                            return null;
                        }
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        return null;
                    }

                    break;
            }
        }

        const int Required = Kind | Date | Partner;
        if (reader.TokenType != JsonTokenType.EndObject || (seen & Required) != Required
            || (commitment is not null) != (kind == InteractionKind.Commitment))
        {
            return null;
        }

        return new Interaction
        {
            Kind = kind,
            Date = date,
            Partner = partner,
            Direction = direction,
            Participants = participants,
            Summary = summary,
            Delivered = delivered,
            Commitment = commitment,
        };
    }

    private static Commitment? ReadCommitmentFast(ref Utf8JsonReader reader)
    {
        const int MadeBy = 1, Description = 2, Due = 4, KeptOn = 8, Dropped = 16;
        var seen = 0;
        var madeBy = default(CommitmentParty);
        string? description = null;
        var due = default(DateOnly);
        DateOnly? keptOn = null;
        var dropped = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return null;
            }

            var name = reader.ValueSpan;
            int field = name.SequenceEqual("madeBy"u8) ? MadeBy
                : name.SequenceEqual("description"u8) ? Description
                : name.SequenceEqual("due"u8) ? Due
                : name.SequenceEqual("keptOn"u8) ? KeptOn
                : name.SequenceEqual("dropped"u8) ? Dropped
                : 0;
            if (field == 0 || (seen & field) != 0 || !reader.Read())
            {
                return null;
            }

            seen |= field;
            switch (field)
            {
                case MadeBy:
                    if (!TryEnum(ref reader, CommitmentParties, out madeBy))
                    {
                        return null;
                    }

                    break;
                case Description:
                    if (!TryOptionalText(ref reader, out description) || string.IsNullOrWhiteSpace(description))
                    {
                        return null;
                    }

                    break;
                case Due or KeptOn:
                    if (!TryOptionalDate(ref reader, exact: true, out var day) || (day is null && field == Due))
                    {
                        return null;
                    }

                    if (field == Due)
                    {
                        due = day!.Value.Earliest;
                    }
                    else
                    {
                        keptOn = day?.Earliest;
                    }

                    break;
                default:
                    if (!TryOptionalBool(ref reader, out var flag))
                    {
                        return null;
                    }

                    dropped = flag ?? false;
                    break;
            }
        }

        const int Required = MadeBy | Description | Due;
        return reader.TokenType != JsonTokenType.EndObject || (seen & Required) != Required
            ? null
            : new Commitment { MadeBy = madeBy, Description = description!, Due = due, KeptOn = keptOn, Dropped = dropped };
    }
}
