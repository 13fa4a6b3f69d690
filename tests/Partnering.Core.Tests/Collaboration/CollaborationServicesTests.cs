using Microsoft.Extensions.DependencyInjection;
using Partnering.Core.Collaboration;

namespace Partnering.Core.Tests.Collaboration;

public class CollaborationServicesTests
{
    private sealed class StrictReview : ITacticReview
    {
        public TacticVerdict Review(TacticProposal proposal, Partnering.Core.Eligibility.PartnerDirectory directory, DateOnly actionDate)
            => new() { Proposal = proposal, Outcome = Partnering.Core.Eligibility.EligibilityOutcome.Review, Reasons = [new CheckFinding("app.review", "Always ask.")] };
    }

    [Fact]
    public void AddPartnering_registers_the_collaboration_services_once()
    {
        var services = new ServiceCollection();
        services.AddPartnering();
        services.AddPartnering();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<EligibilityTacticReview>(provider.GetRequiredService<ITacticReview>());
        Assert.IsType<CalendarConflictDetector>(provider.GetRequiredService<ICalendarConflictDetector>());
        Assert.IsType<OneOnOneReview>(provider.GetRequiredService<IOneOnOneReview>());
        Assert.IsType<InclusiveMeetingCheck>(provider.GetRequiredService<IMeetingReadinessCheck>());
        Assert.Single(services, d => d.ServiceType == typeof(ITacticReview));
    }

    [Fact]
    public void An_application_may_replace_the_tactic_review_and_the_thresholds()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITacticReview, StrictReview>();
        services.AddSingleton(new InclusiveMeetingProfile { AgendaDaysAhead = 7 });
        services.AddPartnering();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<StrictReview>(provider.GetRequiredService<ITacticReview>());
        Assert.Equal(7, ((InclusiveMeetingCheck)provider.GetRequiredService<IMeetingReadinessCheck>()).Profile.AgendaDaysAhead);
    }
}
