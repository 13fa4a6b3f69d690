using System;

namespace Partnering.Core.Documents;

/// <summary>Limits that keep a hostile or broken document from costing unbounded time or memory.</summary>
public sealed record DocumentLimits
{
    /// <summary>The limits used when none are given: 64 levels of nesting and 256 MiB.</summary>
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
}
