using Microsoft.Extensions.DependencyInjection;
using Partnering.Core.Collaboration;
using Partnering.Core.Eligibility;

namespace Partnering.Core.Tests.Collaboration;

public class CollaborationServicesTests
{
    private sealed class StrictReview : ITacticReview
    {
        public TacticVerdict Review(TacticProposal proposal, PartnerDirectory directory, DateOnly actionDate)
            => new() { Proposal = proposal, Outcome = EligibilityOutcome.Review, Reasons = [new CheckFinding("app.review", "Always ask.")] };
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

    [Fact]
    public void The_default_tactic_review_asks_the_registered_eligibility_evaluator()
    {
        // An application that replaces the policy replaces the tactic check with it: one rule system.
        var lenient = BuiltInPolicy.Pack with { Rules = BuiltInPolicy.Pack.Rules.Where(r => r.Id != "tactics-fit-theory-of-change").ToArray() };
        var services = new ServiceCollection();
        services.AddSingleton(new PolicyCompiler().Compile(lenient));
        services.AddPartnering();
        using var provider = services.BuildServiceProvider();
        var proposal = new TacticProposal { Tactic = new Tactic("town hall disruption"), ProposedBy = CollaborationFixtures.ClimateGroup, Target = TargetKind.Lawmaker };
        var directory = PartnerDirectory.From(CollaborationFixtures.OurWorkspace);
        var day = new DateOnly(2026, 3, 21);

        var verdict = provider.GetRequiredService<ITacticReview>().Review(proposal, directory, day);
        using var defaults = new ServiceCollection().AddPartnering().Services.BuildServiceProvider();
        var builtIn = defaults.GetRequiredService<ITacticReview>().Review(proposal, directory, day);

        Assert.Equal(EligibilityOutcome.Forbid, builtIn.Outcome);
        Assert.Equal(provider.GetRequiredService<IEligibilityEvaluator>().Decide(directory, EligibilityTacticReview.EngagementFor(proposal, day)), verdict.Outcome);
        Assert.DoesNotContain(verdict.Reasons, r => r.RuleId == "tactics-fit-theory-of-change");
    }
}
