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
            // The composition root is the one place the system clock may be named: every service
            // reads time through the TimeProvider registered here, or an explicit date.
#pragma warning disable RS0030
            services.TryAddSingleton(TimeProvider.System);
#pragma warning restore RS0030
        }

        // Each capability adds its services here, each with TryAdd.
        // Eligibility: the compiler knows the application's predicates; the default evaluator runs the built-in pack.
        services.TryAddSingleton(Eligibility.EligibilityLimits.Default);
        services.TryAddSingleton<Eligibility.IPolicyCompiler>(provider => new Eligibility.PolicyCompiler(
            provider.GetServices<Eligibility.IEligibilityPredicate>(),
            provider.GetRequiredService<Eligibility.EligibilityLimits>()));
        services.TryAddSingleton<Eligibility.IEligibilityEvaluator>(provider
            => provider.GetRequiredService<Eligibility.IPolicyCompiler>().Compile(Eligibility.BuiltInPolicy.Pack));

        // Tiers: the default ladder, compiled once into the progression evaluator.
        services.TryAddSingleton(_ => Tiers.TierLadder.Default);
        services.TryAddSingleton(sp => sp.GetRequiredService<Tiers.TierLadder>().Compile(sp.GetRequiredService<TimeProvider>()));

        // Maps: the planner composes the asset and power map scorers.
        services.TryAddSingleton(Maps.PlanningOptions.Default);
        services.TryAddSingleton<Maps.IAssetMapScorer>(_ => new Maps.AssetMapScorer());
        services.TryAddSingleton<Maps.IPowerMapScorer>(sp => new Maps.PowerMapScorer(sp.GetRequiredService<Maps.PlanningOptions>()));
        services.TryAddSingleton<Maps.IPartnershipPlanner>(sp => new Maps.PartnershipPlanner(
            sp.GetRequiredService<Maps.IAssetMapScorer>(),
            sp.GetRequiredService<Maps.IPowerMapScorer>(),
            sp.GetRequiredService<Maps.PlanningOptions>()));
        services.TryAddSingleton(Maps.OutreachOptions.Default);
        services.TryAddSingleton(sp => new Maps.OutreachPlanner(sp.GetRequiredService<Maps.OutreachOptions>()));

        // Working together: one-on-one review, calendar conflicts, tactic review, meeting readiness.
        services.TryAddSingleton(Collaboration.OneOnOneOptions.Default);
        services.TryAddSingleton(Collaboration.InclusiveMeetingProfile.Default);
        services.TryAddSingleton<Collaboration.ITacticReview>(sp => new Collaboration.EligibilityTacticReview(sp.GetRequiredService<Eligibility.IEligibilityEvaluator>()));
        services.TryAddSingleton<Collaboration.ICalendarConflictDetector, Collaboration.CalendarConflictDetector>();
        services.TryAddSingleton<Collaboration.IOneOnOneReview, Collaboration.OneOnOneReview>();
        services.TryAddSingleton<Collaboration.IMeetingReadinessCheck, Collaboration.InclusiveMeetingCheck>();

        // The session: one chapter's workspace opened on one day, every part working from it together.
        services.TryAddSingleton<IChapterSessionFactory>(sp => new ChapterSessionFactory(
            sp.GetRequiredService<Eligibility.IPolicyCompiler>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Tiers.TierLadder>(),
            sp.GetRequiredService<Maps.IPartnershipPlanner>(),
            sp.GetRequiredService<Maps.OutreachPlanner>(),
            sp.GetRequiredService<Collaboration.IOneOnOneReview>(),
            sp.GetRequiredService<Collaboration.ICalendarConflictDetector>()));

        return new PartneringBuilder(services);
    }
}
