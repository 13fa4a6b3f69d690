using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsvHelper;
using Partnering.Core.Spreadsheets.Internal;

namespace Partnering.Core.Spreadsheets;

/// <summary>
/// Writes a workspace's partners, members, ties, interactions and partnership owners as CSV, in the
/// shapes <see cref="SpreadsheetImporter"/> reads: importing what was exported gives back what the
/// shapes cover (see the spreadsheets page of the docs for what they leave out).
/// </summary>
public static class SpreadsheetExporter
{
    /// <summary>The file name a sheet is exported to and recognized by: <c>partners.csv</c>, <c>members.csv</c>...</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The file name.</returns>
    public static string FileName(SpreadsheetSheet sheet) => sheet.ToString().ToLowerInvariant() + ".csv";

    /// <summary>Writes one sheet as CSV text (CRLF line ends, quoted where needed).</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="sheet">Which sheet.</param>
    /// <param name="separator">The field separator: <c>,</c> (the default), or <c>;</c> for spreadsheets in European locales.</param>
    /// <returns>The CSV text.</returns>
    public static string Export(Workspace workspace, SpreadsheetSheet sheet, char separator = ',')
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteTo(workspace, sheet, writer, separator);
        return writer.ToString();
    }

    /// <summary>Writes one sheet as CSV to a writer the caller owns (it is flushed, not closed).</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="sheet">Which sheet.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="separator">The field separator: <c>,</c> (the default), or <c>;</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void WriteTo(Workspace workspace, SpreadsheetSheet sheet, TextWriter writer, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = separator }, leaveOpen: true);
        switch (sheet)
        {
            case SpreadsheetSheet.Partners:
                Write(csv, PartnerSheet.Sheet, workspace.Partners);
                break;
            case SpreadsheetSheet.Members:
                Write(csv, MemberSheet.Sheet, workspace.Chapter.Members);
                break;
            case SpreadsheetSheet.Ties:
                Write(csv, LinkSheets.Ties(_ => default), workspace.Ties);
                break;
            case SpreadsheetSheet.Interactions:
                Write(csv, LinkSheets.Interactions(_ => default), workspace.Interactions);
                break;
            case SpreadsheetSheet.Owners:
                WriteOwners(csv, workspace.Partnerships);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(sheet), sheet, $"{sheet} is not a sheet; expected one of {string.Join(", ", Enum.GetNames<SpreadsheetSheet>())}.");
        }

        csv.Flush();
    }

    private static void Write<T>(CsvWriter csv, Sheet<T> sheet, IReadOnlyList<T> entities)
    {
        var unknown = UnknownNames(entities.Select(sheet.Unknown));
        csv.WriteHeader([.. sheet.Columns.Select(c => c.Name), .. unknown]);
        foreach (var entity in entities)
        {
            foreach (var column in sheet.Columns)
            {
                csv.WriteField(column.Get(entity));
            }

            WriteUnknown(csv, unknown, sheet.Unknown(entity));
            csv.EndRecord();
        }
    }

    private static void WriteOwners(CsvWriter csv, IReadOnlyList<Partnership> partnerships)
    {
        var owners = LinkSheets.Owners();
        var flags = LinkSheets.Partnerships();
        var unknown = UnknownNames(partnerships.SelectMany(p => p.Owners.Count == 0 ? [p.UnknownFields] : p.Owners.Select(o => o.UnknownFields)));
        csv.WriteHeader([.. LinkSheets.OwnerHeaders, .. unknown]);
        foreach (var partnership in partnerships)
        {
            if (partnership.Owners.Count == 0)
            {
                csv.WriteField(partnership.Partner.Value);
                foreach (var _ in owners.Columns)
                {
                    csv.WriteField(string.Empty);
                }

                WriteFlags(csv, flags, partnership);
                WriteUnknown(csv, unknown, partnership.UnknownFields);
                csv.EndRecord();
                continue;
            }

            foreach (var assignment in partnership.Owners)
            {
                csv.WriteField(partnership.Partner.Value);
                foreach (var column in owners.Columns)
                {
                    csv.WriteField(column.Get(assignment));
                }

                WriteFlags(csv, flags, partnership);
                WriteUnknown(csv, unknown, assignment.UnknownFields);
                csv.EndRecord();
            }
        }
    }

    private static void WriteFlags(CsvWriter csv, Sheet<Partnership> flags, Partnership partnership)
    {
        foreach (var column in flags.Columns)
        {
            csv.WriteField(column.Get(partnership));
        }
    }

    private static List<string> UnknownNames(IEnumerable<IReadOnlyDictionary<string, JsonElement>> fields)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in fields)
        {
            foreach (var name in map.Keys)
            {
                if (seen.Add(name))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static void WriteUnknown(CsvWriter csv, List<string> names, IReadOnlyDictionary<string, JsonElement> fields)
    {
        foreach (var name in names)
        {
            csv.WriteField(fields.TryGetValue(name, out var value) ? Cells.Text(value) : string.Empty);
        }
    }
}
