using System;

namespace Partnering.Core.Spreadsheets.Internal;

/// <summary>A cell that does not hold what its column expects; becomes a <see cref="SpreadsheetProblem"/>.</summary>
internal sealed class CellException : Exception
{
    public CellException(string message, string? column = null)
        : base(message) => Column = column;

    public CellException()
    {
    }

    public CellException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The canonical column the problem is in, when it is not the column being read.</summary>
    public string? Column { get; }
}
