using System;

namespace Partnering.Core;

/// <summary>Options for <see cref="PartneringServiceCollectionExtensions.AddPartnering"/>.</summary>
public sealed class PartneringOptions
{
    /// <summary>
    /// The clock the services read "today" from when a call gives no explicit date. Default:
    /// <see langword="null"/>, meaning the <see cref="System.TimeProvider"/> registered in the container, or
    /// the system clock when none is.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }
}
