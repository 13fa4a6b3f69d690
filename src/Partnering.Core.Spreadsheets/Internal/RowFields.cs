using System;
using CsvHelper;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>
/// The fields of the record a <see cref="CsvReader"/> is on, made into trimmed strings only when
/// asked for, and readable as UTF-8 bytes without a string when they need no trimming. Valid until
/// the reader moves on: read what you need before asking for the next row.
/// </summary>
internal sealed class RowFields
{
    private readonly CsvReader _reader;
    private string?[] _text;

    public RowFields(CsvReader reader, int width)
    {
        _reader = reader;
        _text = new string?[Math.Max(width, 1)];
    }

    /// <summary>How many fields the record has; fields past them read as empty.</summary>
    public int Count { get; private set; }

    /// <summary>Moves to the reader's current record.</summary>
    public void Next(int count)
    {
        if (_text.Length < count)
        {
            _text = new string?[count];
        }
        else
        {
            Array.Clear(_text);
        }

        Count = count;
    }

    /// <summary>The field as text, trimmed; empty past the record's end.</summary>
    public string Text(int index)
        => (uint)index >= (uint)Count ? string.Empty : _text[index] ??= _reader.GetString(index).Trim();

    /// <summary>
    /// The field's UTF-8 bytes when they are the trimmed text as they stand (nothing to trim, or
    /// empty); <see langword="false"/> when reading them needs <see cref="Text"/>.
    /// </summary>
    public bool TryUtf8(int index, out ReadOnlySpan<byte> utf8)
    {
        if ((uint)index >= (uint)Count)
        {
            utf8 = default;
            return true;
        }

        utf8 = _reader.GetSpan(index);
        return utf8.IsEmpty || (Plain(utf8[0]) && Plain(utf8[^1]));
    }

    /// <summary>Whether every field is empty once trimmed (a row a spreadsheet leaves blank).</summary>
    public bool IsBlank()
    {
        for (var i = 0; i < Count; i++)
        {
            var utf8 = _reader.GetSpan(i);
            if (utf8.IsEmpty)
            {
                continue;
            }

            if (Plain(utf8[0]) || Text(i).Length != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An ASCII byte that <see cref="string.Trim()"/> keeps (other bytes may start white space such as a no-break space).</summary>
    private static bool Plain(byte b) => b < 0x80 && !char.IsWhiteSpace((char)b);
}
