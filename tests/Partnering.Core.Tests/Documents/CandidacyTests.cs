using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Tests.Generators;

namespace Partnering.Core.Tests.Documents;

/// <summary>"Is this person running on D?" against the candidacy's dates, read the cautious way for vague dates.</summary>
public sealed class CandidacyTests
{
    private static readonly Gen<(Candidacy Candidacy, DateOnly Day)> CandidacyAndDay =
        from candidacy in WorkspaceGenerators.Candidacy()
        from offset in Gen.Choose(-400, 400)
        from anchor in Gen.Elements(0, 1, 2)
        let basis = anchor switch
        {
            0 => candidacy.Declared.Earliest,
            1 => candidacy.ElectionDay.Latest,
            _ => candidacy.Withdrawn?.Latest ?? candidacy.Declared.Latest,
        }
        select (candidacy, basis.AddDays(offset % 3 == 0 ? offset / 100 : offset));

    [Property(Runs = 500)]
    public Property Running_exactly_inside_the_window_unless_withdrawn()
        => Prop.ForAll(Arb.From(CandidacyAndDay), input =>
        {
            var (candidacy, day) = input;
            var inWindow = day >= candidacy.Declared.Earliest && day <= candidacy.ElectionDay.Latest;
            var withdrawnBy = candidacy.Withdrawn is { } w && day >= w.Latest;
            Assert.Equal(inWindow && !withdrawnBy, candidacy.IsRunningOn(day));
        });

    [Property(Runs = 500)]
    public Property Never_running_before_the_declaration_or_after_election_day()
        => Prop.ForAll(Arb.From(CandidacyAndDay), input =>
        {
            var (candidacy, day) = input;
            if (day < candidacy.Declared.Earliest || day > candidacy.ElectionDay.Latest)
            {
                Assert.False(candidacy.IsRunningOn(day));
            }
        });

    [Property]
    public Property Without_a_withdrawal_running_every_day_of_the_window()
        => Prop.ForAll(Arb.From(CandidacyAndDay), input =>
        {
            var candidacy = input.Candidacy with { Withdrawn = null };
            Assert.True(candidacy.IsRunningOn(candidacy.Declared.Earliest));
            Assert.True(candidacy.IsRunningOn(candidacy.ElectionDay.Latest));
        });

    [Theory]
    [InlineData("2026-01-14", false)]
    [InlineData("2026-01-15", true)]
    [InlineData("2026-11-03", true)]
    [InlineData("2026-11-04", false)]
    public void A_state_senator_running_for_re_election(string day, bool running)
    {
        var senator = new Individual
        {
            Id = new PartyId("ind-whitfield"),
            Name = "Sen. Laura Whitfield",
            Roles = [IndividualRole.ElectedOfficial],
            Candidacies = [new Candidacy { Office = "State Senate, District 12", Declared = PartialDate.Parse("2026-01-15"), ElectionDay = PartialDate.Parse("2026-11-03") }],
        };
        Assert.Equal(running, senator.IsRunningOn(DateOnly.Parse(day)));
    }

    [Theory]
    [InlineData("2025-12-31", false)]
    [InlineData("2026-01-01", true)]
    [InlineData("2026-05-30", true)]
    [InlineData("2026-05-31", false)]
    public void Vague_dates_count_from_the_earliest_declaration_and_until_the_latest_withdrawal(string day, bool running)
    {
        var candidacy = new Candidacy
        {
            Office = "U.S. House, OH-9",
            Declared = PartialDate.Parse("2026"),
            ElectionDay = PartialDate.Parse("2026-11-03"),
            Withdrawn = PartialDate.Parse("2026-05"),
        };
        Assert.Equal(running, candidacy.IsRunningOn(DateOnly.Parse(day)));
    }
}
