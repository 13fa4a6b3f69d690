using System;
using System.IO;
using System.Text;

namespace Partnering.Core.Spreadsheets;

/// <summary>
/// One CSV file to import: its name (used in problems and the report), its text, and which sheet it
/// is. The library reads no files: the caller opens them and disposes the readers.
/// </summary>
public sealed record CsvSource
{
    /// <summary>Creates a source over text.</summary>
    /// <param name="name">The file name, as problems should name it.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sheet">Which sheet it is, or <see langword="null"/> to tell from its name and headers.</param>
    public CsvSource(string name, TextReader reader, SpreadsheetSheet? sheet = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(reader);
        Name = name;
        Reader = reader;
        Sheet = sheet;
    }

    /// <summary>The file name, as problems name it.</summary>
    public string Name { get; }

    /// <summary>The CSV text.</summary>
    public TextReader Reader { get; }

    /// <summary>Which sheet it is, or <see langword="null"/> to tell from the file name and headers.</summary>
    public SpreadsheetSheet? Sheet { get; }

    /// <summary>Creates a source over a stream of bytes, UTF-8 unless a byte order mark says otherwise.</summary>
    /// <param name="name">The file name, as problems should name it.</param>
    /// <param name="stream">The CSV bytes; left open.</param>
    /// <param name="sheet">Which sheet it is, or <see langword="null"/> to tell from its name and headers.</param>
    /// <returns>The source.</returns>
    public static CsvSource FromStream(string name, Stream stream, SpreadsheetSheet? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new CsvSource(name, new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true), sheet);
    }

    /// <summary>Creates a source over CSV text held in a string.</summary>
    /// <param name="name">The file name, as problems should name it.</param>
    /// <param name="text">The CSV text.</param>
    /// <param name="sheet">Which sheet it is, or <see langword="null"/> to tell from its name and headers.</param>
    /// <returns>The source.</returns>
    public static CsvSource FromText(string name, string text, SpreadsheetSheet? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new CsvSource(name, new StringReader(text), sheet);
    }
}
