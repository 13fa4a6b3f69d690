using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Partnering.Core.Documents;

// Values for the bulk fast path, read from UTF-8 bytes: enum names, dates, party ids.
internal sealed partial class WorkspaceReader
{
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
