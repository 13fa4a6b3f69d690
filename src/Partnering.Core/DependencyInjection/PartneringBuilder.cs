using System;
using Microsoft.Extensions.DependencyInjection;

namespace Partnering.Core;

/// <summary>Returned by <see cref="PartneringServiceCollectionExtensions.AddPartnering"/> to configure Partnering.Core further.</summary>
public sealed class PartneringBuilder
{
    internal PartneringBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection Partnering.Core was added to.</summary>
    public IServiceCollection Services { get; }
}
