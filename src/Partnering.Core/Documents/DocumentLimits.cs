using System;

namespace Partnering.Core.Documents;

/// <summary>
/// Limits that keep a hostile or broken document from costing unbounded time or memory. Every loader
/// (workspace, policy, ladder, maps, collaboration) checks them in one pass over the text before any
/// other work, and reports a limit that is exceeded as a problem at the path where it was exceeded,
/// naming the limit (e.g. <c>DocumentLimits.MaxArrayLength</c>).
/// </summary>
public sealed record DocumentLimits
{
    /// <summary>
    /// The limits used when none are given: 256 MiB, 64 levels of nesting, strings and field names of
    /// up to 1,048,576 characters, arrays of up to 1,000,000 items, and at most 1,000 problems reported.
    /// </summary>
    public static DocumentLimits Default { get; } = new();

    /// <summary>The deepest nesting of objects and arrays accepted. Default 64; 1 to 1,000.</summary>
    public int MaxDepth
    {
        get;
        init => field = value is >= 1 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxDepth must be from 1 to 1000; got {value}.");
    } = 64;

    /// <summary>The largest document accepted, in bytes. Default 256 MiB.</summary>
    public long MaxBytes
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxBytes must be positive; got {value}.");
    } = 256L * 1024 * 1024;

    /// <summary>
    /// The longest string value or field name accepted, in characters (UTF-16 code units, as in a
    /// .NET string) once escapes are decoded; it also bounds how many characters a number may be
    /// written with. Default 1,048,576; at least 1.
    /// </summary>
    public int MaxStringLength
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxStringLength must be positive; got {value}.");
    } = 1024 * 1024;

    /// <summary>The most items accepted in one array. Default 1,000,000; at least 1.</summary>
    public int MaxArrayLength
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxArrayLength must be positive; got {value}.");
    } = 1_000_000;

    /// <summary>
    /// The most problems one load reports. When a document has more, the first
    /// <c>MaxProblems - 1</c> are listed and the last problem says how many more there were and names
    /// this limit; where the input check (encodings, repeated fields) stops at the limit, it says "at
    /// least" that many. Default 1,000; at least 2.
    /// </summary>
    public int MaxProblems
    {
        get;
        init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxProblems must be at least 2; got {value}.");
    } = 1000;
}
