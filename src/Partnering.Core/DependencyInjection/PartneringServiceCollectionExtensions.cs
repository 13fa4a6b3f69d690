using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Partnering.Core;

/// <summary>Registers Partnering.Core's services.</summary>
public static class PartneringServiceCollectionExtensions
{
    /// <summary>
    /// Adds Partnering.Core's services. Every service is added with <c>TryAdd</c> semantics, so an
    /// application may register its own implementation of any interface first and keep it; calling
    /// this method twice registers nothing twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options; may be <see langword="null"/>.</param>
    /// <returns>A builder for further configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static PartneringBuilder AddPartnering(this IServiceCollection services, Action<PartneringOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = new PartneringOptions();
        configure?.Invoke(options);

        services.TryAddSingleton(options);
        if (options.TimeProvider is { } clock)
        {
            services.TryAddSingleton(clock);
        }
        else
        {
            services.TryAddSingleton(TimeProvider.System);
        }

        // Each capability adds its services here, each with TryAdd.
        services.TryAddSingleton(Maps.PlanningOptions.Default);
        services.TryAddSingleton<Maps.IAssetMapScorer>(_ => new Maps.AssetMapScorer());
        services.TryAddSingleton<Maps.IPowerMapScorer>(sp => new Maps.PowerMapScorer(sp.GetRequiredService<Maps.PlanningOptions>()));
        services.TryAddSingleton<Maps.IPartnershipPlanner>(sp => new Maps.PartnershipPlanner(
            sp.GetRequiredService<Maps.IAssetMapScorer>(),
            sp.GetRequiredService<Maps.IPowerMapScorer>(),
            sp.GetRequiredService<Maps.PlanningOptions>()));
        return new PartneringBuilder(services);
    }
}
