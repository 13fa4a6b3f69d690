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
        services.TryAddSingleton(Collaboration.OneOnOneOptions.Default);
        services.TryAddSingleton(Collaboration.InclusiveMeetingProfile.Default);
        services.TryAddSingleton<Collaboration.ITacticReview, Collaboration.ChapterTacticReview>();
        services.TryAddSingleton<Collaboration.ICalendarConflictDetector, Collaboration.CalendarConflictDetector>();
        services.TryAddSingleton<Collaboration.IOneOnOneReview, Collaboration.OneOnOneReview>();
        services.TryAddSingleton<Collaboration.IMeetingReadinessCheck, Collaboration.InclusiveMeetingCheck>();
        return new PartneringBuilder(services);
    }
}
