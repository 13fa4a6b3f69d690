using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsvHelper;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>A file read into rows: its headers, its data rows (trimmed, empty rows dropped) and which sheet it is.</summary>
internal sealed class CsvInput : IDisposable
{
    private readonly CsvReader _reader;
    private readonly List<SpreadsheetProblem> _problems;

    private CsvInput(string name, SpreadsheetSheet sheet, string[] headers, CsvReader reader, List<SpreadsheetProblem> problems)
    {
        Name = name;
        Sheet = sheet;
        Headers = headers;
        _reader = reader;
        _problems = problems;
    }

    public string Name { get; }

    public SpreadsheetSheet Sheet { get; }

    public string[] Headers { get; }

    /// <summary>
    /// The data rows, read as they are enumerated (once), empty rows dropped. The fields are made into
    /// trimmed text only when read, and the same <see cref="RowFields"/> serves every row: read what you
    /// need before asking for the next. Malformed input ends the rows with a problem; it never throws.
    /// </summary>
    public IEnumerable<(int Row, RowFields Fields)> Rows()
    {
        var fields = new RowFields(_reader, Headers.Length);
        var row = 1;
        while (true)
        {
            bool blank;
            try
            {
                if (!_reader.Read())
                {
                    yield break;
                }

                row = (int)Math.Min(int.MaxValue - 1, _reader.RowNumber) + 1;
                fields.Next(_reader.FieldCount);
                blank = fields.IsBlank();
            }
            catch (Exception e) when (e is CsvFormatException or IOException or DecoderFallbackException or InvalidOperationException or ArgumentException)
            {
                _problems.Add(new SpreadsheetProblem(Name, row + 1, null, $"expected CSV text: {e.Message}"));
                yield break;
            }

            if (!blank)
            {
                yield return (row, fields);
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>Opens a source and reads its header; on malformed input adds problems and returns <see langword="null"/>. Never throws for bad input.</summary>
    public static CsvInput? Open(CsvSource source, SpreadsheetImportOptions options, List<SpreadsheetProblem> problems)
    {
        CsvReader? reader = null;
        string[] headers;
        try
        {
            reader = CsvReader.Create(source.Reader, new CsvReaderOptions { Separator = options.Separator, PoolStrings = true }, leaveOpen: true);
            headers = [.. reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF'))];
        }
        catch (Exception e) when (e is CsvFormatException or IOException or DecoderFallbackException or InvalidOperationException or ArgumentException)
        {
            reader?.Dispose();
            problems.Add(new SpreadsheetProblem(source.Name, 1, null, $"expected CSV text: {e.Message}"));
            return null;
        }

        if (headers.Length == 0 || headers.All(h => h.Length == 0))
        {
            reader.Dispose();
            problems.Add(new SpreadsheetProblem(source.Name, 1, null, "expected a header row naming the columns; the file is empty"));
            return null;
        }

        var sheet = source.Sheet ?? SheetFromName(source.Name) ?? SheetFromHeaders(headers);
        if (sheet is null)
        {
            reader.Dispose();
            problems.Add(new SpreadsheetProblem(source.Name, 1, null, "could not tell which sheet this is: name the file partners, members, ties, interactions or owners (e.g. partners.csv), or say the sheet"));
            return null;
        }

        return new CsvInput(source.Name, sheet.Value, headers, reader, problems);
    }

    /// <summary>The sheet a file name suggests: <c>partners.csv</c>, <c>Chapter - Members.csv</c>, <c>ties.csv</c>...</summary>
    public static SpreadsheetSheet? SheetFromName(string name)
    {
        var file = Cells.Normalize(Path.GetFileNameWithoutExtension(name));
        return file switch
        {
            _ when file.Contains("interaction", StringComparison.Ordinal) || file.Contains("activit", StringComparison.Ordinal) || file.Contains("log", StringComparison.Ordinal) => SpreadsheetSheet.Interactions,
            _ when file.Contains("owner", StringComparison.Ordinal) => SpreadsheetSheet.Owners,
            _ when file.Contains("tie", StringComparison.Ordinal) || file.Contains("connection", StringComparison.Ordinal) => SpreadsheetSheet.Ties,
            _ when file.Contains("member", StringComparison.Ordinal) || file.Contains("volunteer", StringComparison.Ordinal) => SpreadsheetSheet.Members,
            _ when file.Contains("partner", StringComparison.Ordinal) || file.Contains("org", StringComparison.Ordinal) || file.Contains("contact", StringComparison.Ordinal) || file.Contains("individual", StringComparison.Ordinal) => SpreadsheetSheet.Partners,
            _ => null,
        };
    }

    private static SpreadsheetSheet? SheetFromHeaders(string[] headers)
    {
        var names = headers.Select(Cells.Normalize).ToHashSet(StringComparer.Ordinal);
        if (names.Contains("from") && names.Contains("to"))
        {
            return SpreadsheetSheet.Ties;
        }

        if (names.Contains("date") && names.Contains("partner"))
        {
            return SpreadsheetSheet.Interactions;
        }

        if (names.Contains("owner") && names.Contains("partner"))
        {
            return SpreadsheetSheet.Owners;
        }

        if (names.Contains("type") || names.Contains("kind") || names.Contains("partisannature"))
        {
            return SpreadsheetSheet.Partners;
        }

        return names.Contains("skills") || names.Contains("leader") ? SpreadsheetSheet.Members : null;
    }

    /// <summary>
    /// Matches the headers to columns (the column map first, then names and synonyms); the rest are unknown columns.
    /// </summary>
    public (int[] FieldByColumn, List<(string Header, int Index)> Unknown) Match(IReadOnlyList<(string Name, IReadOnlyList<string> Keys)> columns, SpreadsheetImportOptions options, List<SpreadsheetProblem> problems)
    {
        var fieldByColumn = Enumerable.Repeat(-1, columns.Count).ToArray();
        var unknown = new List<(string, int)>();
        var map = options.ColumnMap.ToDictionary(p => Cells.Normalize(p.Key), p => p.Value, StringComparer.Ordinal);
        for (var i = 0; i < Headers.Length; i++)
        {
            var header = Headers[i];
            var key = Cells.Normalize(header);
            if (key.Length == 0)
            {
                continue;
            }

            if (map.TryGetValue(key, out var target))
            {
                if (target == "-")
                {
                    continue;
                }

                key = Cells.Normalize(target);
                if (!columns.Any(c => c.Keys[0] == key))
                {
                    problems.Add(new SpreadsheetProblem(Name, 1, header, $"the column map sends this column to '{target}', which the {Sheet.ToString().ToLowerInvariant()} sheet does not have: expected one of {string.Join(", ", columns.Select(c => c.Name))}"));
                    continue;
                }
            }

            var column = columns.Select((c, index) => (c, index)).Where(x => x.c.Keys[0] == key).Select(x => x.index).DefaultIfEmpty(-1).First();
            if (column < 0)
            {
                column = columns.Select((c, index) => (c, index)).Where(x => x.c.Keys.Contains(key)).Select(x => x.index).DefaultIfEmpty(-1).First();
            }

            if (column < 0)
            {
                unknown.Add((header, i));
            }
            else if (fieldByColumn[column] >= 0)
            {
                problems.Add(new SpreadsheetProblem(Name, 1, header, $"this column and '{Headers[fieldByColumn[column]]}' both hold {columns[column].Name}: keep one, or send one elsewhere with the column map"));
            }
            else
            {
                fieldByColumn[column] = i;
            }
        }

        return (fieldByColumn, unknown);
    }
}
