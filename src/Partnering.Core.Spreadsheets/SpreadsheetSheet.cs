namespace Partnering.Core.Spreadsheets;

/// <summary>The kinds of sheet a chapter keeps, each read from and written to one CSV shape.</summary>
public enum SpreadsheetSheet
{
    /// <summary>Organizations and individuals the chapter knows, one a row (a <c>type</c> column tells them apart).</summary>
    Partners,

    /// <summary>The chapter's members, one a row.</summary>
    Members,

    /// <summary>Ties between two parties, one a row.</summary>
    Ties,

    /// <summary>Dated interactions with partners, one a row.</summary>
    Interactions,

    /// <summary>Partnership owners: who owns which partnership from when, with the partnership's flags.</summary>
    Owners,
}
