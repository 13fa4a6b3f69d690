using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
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
    // ---- the bulk of a save ------------------------------------------------------------------
    // Saving maps the workspace to its DTOs and serializes them, field by field in the DTO's order,
    // except the ties and interactions: those are written straight from the model (the DTO path
    // costs half again the serializer's own time for the 10k-partner benchmark). An item with
    // unknown fields or a commitment goes through its DTO. A test holds the output to the DTO path.
    private static readonly JsonEncodedText[] TieNames = [.. new[] { "from", "to", "category", "strength", "since", "until", "source", "note" }.Select(static n => JsonEncodedText.Encode(n))];
    private static readonly JsonEncodedText[] InteractionNames = [.. new[] { "kind", "date", "partner", "direction", "participants", "summary", "delivered" }.Select(static n => JsonEncodedText.Encode(n))];
    private static readonly JsonEncodedText[] Categories = [.. JsonEnum<TieCategory>.Names.Select(static n => JsonEncodedText.Encode(n))];
    private static readonly JsonEncodedText[] Kinds = [.. JsonEnum<InteractionKind>.Names.Select(static n => JsonEncodedText.Encode(n))];
    private static readonly JsonEncodedText[] DirectionNames = [.. JsonEnum<Direction>.Names.Select(static n => JsonEncodedText.Encode(n))];

    /// <summary>Writes the workspace document.</summary>
    public static void Write(Utf8JsonWriter writer, Workspace workspace)
    {
        var context = WorkspaceJsonContext.Default;
        var dto = ToDto(workspace, bulk: false);
        writer.WriteStartObject();
        foreach (var property in context.WorkspaceDto.Properties)
        {
            if (property.Name is "ties" or "interactions")
            {
                if (property.Name == "ties" ? workspace.Ties.Count > 0 : workspace.Interactions.Count > 0)
                {
                    writer.WriteStartArray(property.Name);
                    if (property.Name == "ties")
                    {
                        Write(writer, workspace.Ties);
                    }
                    else
                    {
                        Write(writer, workspace.Interactions);
                    }

                    writer.WriteEndArray();
                }
            }
            else if (property.Get!(dto) is Dictionary<string, JsonElement> extra && property.IsExtensionData)
            {
                foreach (var (name, value) in extra)
                {
                    writer.WritePropertyName(name);
                    value.WriteTo(writer);
                }
            }
            else if (property.Get(dto) is { } value)
            {
                writer.WritePropertyName(property.Name);
                JsonSerializer.Serialize(writer, value, context.GetTypeInfo(property.PropertyType)!);
            }
        }

        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, IReadOnlyList<Tie> ties)
    {
        Span<char> date = stackalloc char[10];
        foreach (var tie in ties)
        {
            if (tie.UnknownFields.Count > 0)
            {
                JsonSerializer.Serialize(writer, ToDto(tie), WorkspaceJsonContext.Default.TieDto);
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString(TieNames[0], tie.From.Value);
            writer.WriteString(TieNames[1], tie.To.Value);
            writer.WriteString(TieNames[2], Categories[(int)tie.Category]);
            writer.WriteNumber(TieNames[3], tie.Strength);
            if (tie.Since is { } since)
            {
                writer.WriteString(TieNames[4], Format(since, date));
            }

            if (tie.Until is { } until)
            {
                writer.WriteString(TieNames[5], Format(until, date));
            }

            if (tie.Source is { } source)
            {
                writer.WriteString(TieNames[6], source);
            }

            if (tie.Note is { } note)
            {
                writer.WriteString(TieNames[7], note);
            }

            writer.WriteEndObject();
        }
    }

    private static void Write(Utf8JsonWriter writer, IReadOnlyList<Interaction> interactions)
    {
        Span<char> date = stackalloc char[10];
        foreach (var interaction in interactions)
        {
            if (interaction.UnknownFields.Count > 0 || interaction.Commitment is not null)
            {
                JsonSerializer.Serialize(writer, ToDto(interaction), WorkspaceJsonContext.Default.InteractionDto);
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString(InteractionNames[0], Kinds[(int)interaction.Kind]);
            writer.WriteString(InteractionNames[1], Format(interaction.Date, date));
            writer.WriteString(InteractionNames[2], interaction.Partner.Value);
            if (interaction.Direction != Direction.Mutual)
            {
                writer.WriteString(InteractionNames[3], DirectionNames[(int)interaction.Direction]);
            }

            if (interaction.Participants.Count > 0)
            {
                writer.WriteStartArray(InteractionNames[4]);
                foreach (var id in interaction.Participants)
                {
                    writer.WriteStringValue(id.Value);
                }

                writer.WriteEndArray();
            }

            if (interaction.Summary is { } summary)
            {
                writer.WriteString(InteractionNames[5], summary);
            }

            if (!interaction.Delivered)
            {
                writer.WriteBoolean(InteractionNames[6], false);
            }

            writer.WriteEndObject();
        }
    }

    /// <summary>A date as <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, into <paramref name="text"/>.</summary>
    private static ReadOnlySpan<char> Format(PartialDate date, Span<char> text)
    {
        date.Year.TryFormat(text, out _, "D4", CultureInfo.InvariantCulture);
        if (date.Month is not { } month)
        {
            return text[..4];
        }

        text[4] = '-';
        month.TryFormat(text[5..], out _, "D2", CultureInfo.InvariantCulture);
        if (date.Day is not { } day)
        {
            return text[..7];
        }

        text[7] = '-';
        day.TryFormat(text[8..], out _, "D2", CultureInfo.InvariantCulture);
        return text;
    }

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
                (_ties ??= []).Add(tie);
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
                (_interactions ??= []).Add(interaction);
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

    // ---- values ------------------------------------------------------------------------------

    private static readonly EnumNames<TieCategory> TieCategories = new();
    private static readonly EnumNames<InteractionKind> InteractionKinds = new();
    private static readonly EnumNames<Direction> Directions = new();
    private static readonly EnumNames<CommitmentParty> CommitmentParties = new();

    private static bool TryEnum<T>(ref Utf8JsonReader reader, EnumNames<T> names, out T value)
        where T : struct, Enum
    {
        value = default;
        return reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && names.TryFind(reader.ValueSpan, out value);
    }

    private static bool TryOptionalText(ref Utf8JsonReader reader, out string? text)
    {
        text = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        text = reader.GetString();
        return true;
    }

    private static bool TryOptionalBool(ref Utf8JsonReader reader, out bool? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };
        return value is not null || reader.TokenType == JsonTokenType.Null;
    }

    /// <summary>A JSON null or a valid date string; an exact date must be written <c>yyyy-MM-dd</c>.</summary>
    private static bool TryOptionalDate(ref Utf8JsonReader reader, bool exact, out PartialDate? date)
    {
        date = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        var text = reader.ValueSpan;
        if ((exact && text.Length != 10) || !TryParseDate(text, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }

    /// <summary><see cref="PartialDate.TryParse(string, out PartialDate)"/> on UTF-8 bytes.</summary>
    private static bool TryParseDate(ReadOnlySpan<byte> text, out PartialDate date)
    {
        date = default;
        if ((text.Length != 4 && text.Length != 7 && text.Length != 10) || !TryDigits(text[..4], out var year) || year < 1)
        {
            return false;
        }

        if (text.Length == 4)
        {
            date = new PartialDate(year);
            return true;
        }

        if (text[4] != (byte)'-' || !TryDigits(text.Slice(5, 2), out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = new PartialDate(year, month);
            return true;
        }

        if (text[7] != (byte)'-' || !TryDigits(text.Slice(8, 2), out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private IdTable Ids() => _idTable ??= new IdTable(_parties);

    /// <summary>An enum's document names as UTF-8 bytes, matched without making a string.</summary>
    private sealed class EnumNames<T>
        where T : struct, Enum
    {
        private readonly byte[][] _names;
        private readonly T[] _values;

        public EnumNames()
        {
            _values = Enum.GetValues<T>();
            _names = new byte[_values.Length][];
            for (var i = 0; i < _values.Length; i++)
            {
                _names[i] = Encoding.UTF8.GetBytes(JsonEnum<T>.Name(_values[i]));
            }
        }

        public bool TryFind(ReadOnlySpan<byte> name, out T value)
        {
            for (var i = 0; i < _names.Length; i++)
            {
                if (name.SequenceEqual(_names[i]))
                {
                    value = _values[i];
                    return true;
                }
            }

            value = default;
            return false;
        }
    }

    /// <summary>
    /// The workspace's parties keyed by the UTF-8 bytes of their ids (an open-addressing hash
    /// table), so a reference is resolved from the document's bytes to the party's one shared id.
    /// </summary>
    private sealed class IdTable
    {
        private readonly byte[][] _keys;
        private readonly (PartyId Id, PartyKind Kind)[] _values;
        private readonly int[] _slots;
        private readonly int _mask;

        public IdTable(Dictionary<string, (PartyId Id, PartyKind Kind)> parties)
        {
            var size = 16;
            while (size < parties.Count * 2)
            {
                size *= 2;
            }

            _mask = size - 1;
            _slots = new int[size];
            _keys = new byte[parties.Count][];
            _values = new (PartyId, PartyKind)[parties.Count];
            var n = 0;
            foreach (var (text, party) in parties)
            {
                var key = Encoding.UTF8.GetBytes(text);
                _keys[n] = key;
                _values[n] = party;
                var slot = Hash(key) & _mask;
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _slots[slot] = ++n;
            }
        }

        /// <summary>Finds the party named by the reader's current token, which must be an unescaped string.</summary>
        public bool TryFind(ref Utf8JsonReader reader, out (PartyId Id, PartyKind Kind) party)
        {
            party = default;
            if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
            {
                return false;
            }

            var key = reader.ValueSpan;
            var slot = Hash(key) & _mask;
            while (_slots[slot] is var entry and not 0)
            {
                if (key.SequenceEqual(_keys[entry - 1]))
                {
                    party = _values[entry - 1];
                    return true;
                }

                slot = (slot + 1) & _mask;
            }

            return false;
        }

        private static int Hash(ReadOnlySpan<byte> key)
        {
            var hash = 2166136261u;
            foreach (var b in key)
            {
                hash = (hash ^ b) * 16777619u;
            }

            return (int)(hash ^ (hash >> 15));
        }
    }
}
