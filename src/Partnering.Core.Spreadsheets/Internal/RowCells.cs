using System;
using System.Collections.Generic;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>How one file's headers map to a sheet's columns: known columns by index, and the unknown ones.</summary>
internal sealed class SheetLayout
{
    public SheetLayout(string file, SpreadsheetSheet sheet, string[] headers, int[] fieldByColumn, string[] columnNames, IReadOnlyList<(string Header, int Index)> unknown)
    {
        File = file;
        Sheet = sheet;
        Headers = headers;
        FieldByColumn = fieldByColumn;
        ColumnNames = columnNames;
        Unknown = unknown;
    }

    public string File { get; }

    public SpreadsheetSheet Sheet { get; }

    public string[] Headers { get; }

    /// <summary>For each of the sheet's columns, the field index in the file, or -1 when the file lacks it.</summary>
    public int[] FieldByColumn { get; }

    public string[] ColumnNames { get; }

    public IReadOnlyList<(string Header, int Index)> Unknown { get; }

    public bool Has(string column) => FieldByColumn[Array.IndexOf(ColumnNames, column)] >= 0;

    /// <summary>The header as the file writes it for one of the sheet's columns (for problems).</summary>
    public string HeaderOf(string column)
    {
        var at = Array.IndexOf(ColumnNames, column);
        return at >= 0 && FieldByColumn[at] >= 0 ? Headers[FieldByColumn[at]] : column;
    }
}

/// <summary>One data row of a file, read through its layout.</summary>
internal readonly struct RowCells
{
    private readonly RowFields _fields;

    public RowCells(SheetLayout layout, RowFields fields, int row)
    {
        Layout = layout;
        _fields = fields;
        Row = row;
    }

    public SheetLayout Layout { get; }

    /// <summary>The row as a spreadsheet numbers it (the header is 1).</summary>
    public int Row { get; }

    public string Field(int index) => _fields.Text(index);

    /// <summary>The cell of the sheet's column <paramref name="column"/> (by index), trimmed; empty when the file lacks the column.</summary>
    public string Cell(int column)
    {
        var index = Layout.FieldByColumn[column];
        return index < 0 ? string.Empty : Field(index);
    }

    /// <summary>The cell of the sheet's column named <paramref name="column"/>.</summary>
    public string Cell(string column) => Cell(Array.IndexOf(Layout.ColumnNames, column));

    /// <summary>The cell of column <paramref name="column"/> as UTF-8 bytes when it needs no trimming (empty when the file lacks the column); otherwise read <see cref="Cell(int)"/>.</summary>
    public bool TryUtf8(int column, out ReadOnlySpan<byte> utf8)
    {
        var index = Layout.FieldByColumn[column];
        if (index < 0)
        {
            utf8 = default;
            return true;
        }

        return _fields.TryUtf8(index, out utf8);
    }
}
