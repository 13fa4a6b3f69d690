using Microsoft.Extensions.DependencyInjection;

namespace Partnering.Core.Tests.Model;

public class RecordTests
{
    private static Organization Union(params IssueArea[] areas) => new()
    {
        Id = new PartyId("teachers-union"),
        Name = "Riverside Teachers Union",
        Kind = OrganizationKind.Union,
        PartisanNature = PartisanNature.Nonpartisan,
        IssueAreas = areas,
    };

    [Fact]
    public void Records_with_the_same_lists_are_equal_whatever_list_type_was_passed()
    {
        var fromArray = Union(IssueArea.Education, IssueArea.Labor);
        var fromList = Union() with { IssueAreas = new List<IssueArea> { IssueArea.Education, IssueArea.Labor } };

        Assert.Equal(fromArray, fromList);
        Assert.Equal(fromArray.GetHashCode(), fromList.GetHashCode());
        Assert.NotEqual(fromArray, Union(IssueArea.Labor, IssueArea.Education));
    }

    [Fact]
    public void A_list_passed_in_is_copied_so_later_changes_do_not_reach_the_model()
    {
        var areas = new List<IssueArea> { IssueArea.Education };
        var union = Union() with { IssueAreas = areas };

        areas.Add(IssueArea.Climate);

        Assert.Single(union.IssueAreas);
        Assert.False(union.IssueAreas is List<IssueArea>);
    }

    [Fact]
    public void Null_items_and_blank_names_are_refused_at_construction()
    {
        Assert.Throws<ArgumentException>(() => Union() with { Name = "  " });
        Assert.Throws<ArgumentException>(() => new Chapter
        {
            Id = new PartyId("c"),
            Name = "C",
            HomeState = "OH",
            TheoryOfChange = new TheoryOfChange { Summary = "Hold lawmakers accountable" },
            Members = [null!],
        });
    }

    [Theory]
    [InlineData("oh", "OH")]
    [InlineData("DC", "DC")]
    public void States_are_two_letter_codes(string given, string stored)
        => Assert.Equal(stored, (Union() with { State = given }).State);

    [Fact]
    public void An_unknown_state_is_refused_with_an_example()
    {
        var error = Assert.Throws<ArgumentException>(() => Union() with { State = "Ohio" });
        Assert.Contains("two-letter", error.Message);
    }

    [Fact]
    public void Tie_strength_outside_zero_to_one_is_refused()
    {
        var tie = new Tie { From = new PartyId("a"), To = new PartyId("b"), Category = TieCategory.Alliance, Strength = 0.5 };
        Assert.Throws<ArgumentOutOfRangeException>(() => tie with { Strength = 1.01 });
        Assert.Throws<ArgumentOutOfRangeException>(() => tie with { Strength = double.NaN });
        Assert.Equal(new PartyId("a"), tie.Other(new PartyId("b")));
        Assert.Throws<ArgumentException>(() => tie.Other(new PartyId("c")));
    }

    [Fact]
    public void The_owner_on_a_date_is_the_latest_assignment_by_then()
    {
        var partnership = new Partnership
        {
            Partner = new PartyId("teachers-union"),
            Owners =
            [
                new OwnerAssignment { Member = new PartyId("ana"), Since = new DateOnly(2025, 1, 10) },
                new OwnerAssignment { Member = new PartyId("ben"), Since = new DateOnly(2025, 6, 1), Reason = "Ana moved to the data team" },
            ],
        };

        Assert.Null(partnership.OwnerOn(new DateOnly(2025, 1, 9)));
        Assert.Equal(new PartyId("ana"), partnership.OwnerOn(new DateOnly(2025, 5, 31)));
        Assert.Equal(new PartyId("ben"), partnership.OwnerOn(new DateOnly(2025, 6, 1)));
    }

    [Fact]
    public void A_commitment_is_kept_on_time_only_when_kept_by_its_due_date_and_by_the_day_asked()
    {
        var commitment = new Commitment { MadeBy = CommitmentParty.Partner, Description = "Share our alert", Due = new DateOnly(2025, 3, 1), KeptOn = new DateOnly(2025, 2, 27) };

        Assert.True(commitment.IsKeptOnTime(new DateOnly(2025, 3, 5)));
        Assert.False(commitment.IsKeptOnTime(new DateOnly(2025, 2, 26)));
        Assert.False((commitment with { KeptOn = new DateOnly(2025, 3, 2) }).IsKeptOnTime(new DateOnly(2025, 4, 1)));
    }
}

public class AddPartneringTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Calling_it_twice_registers_nothing_twice()
    {
        var services = new ServiceCollection();
        services.AddPartnering();
        var count = services.Count;

        services.AddPartnering();

        Assert.Equal(count, services.Count);
    }

    [Fact]
    public void A_clock_given_in_options_is_the_one_registered()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        using var provider = new ServiceCollection().AddPartnering(o => o.TimeProvider = clock).Services.BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void An_application_clock_registered_first_is_kept()
    {
        var clock = new FixedClock(DateTimeOffset.UnixEpoch);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);

        using var provider = services.AddPartnering().Services.BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Null_services_are_refused()
        => Assert.Throws<ArgumentNullException>(() => PartneringServiceCollectionExtensions.AddPartnering(null!));
}
