using Microsoft.Extensions.DependencyInjection;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Tiers;

/// <summary>The ladder drawn as Mermaid and DOT (golden text), and the DI registration.</summary>
public sealed class TierLadderGraphTests
{
    [Fact]
    public void The_default_ladder_as_mermaid()
        => Assert.Equal(
            """
            stateDiagram-v2
                direction LR
                state "Prospect" as t0
                state "Learning" as t1
                state "Promotion" as t2
                state "Event" as t3
                state "Deep" as t4
                [*] --> t0
                t0 --> t1 : meetings ≥ 1 in 180 days<br/>owner assigned<br/>eligibility ≤ permitWithConditions
                t1 --> t2 : meetings ≥ 2 in 180 days<br/>eventsCoPromoted ≥ 1 in 365 days<br/>any of (alertsExchanged ≥ 1 in 180 days, showedUpForThem ≥ 1 in 365 days)<br/>commitmentsKeptOnTime ≥ 1 in 365 days<br/>commitmentsBroken ≤ 0 in 365 days<br/>30 days in tier<br/>owner assigned<br/>eligibility ≤ permitWithConditions
                t1 --> t2 : faster, on strong evidence#58;<br/>meetings ≥ 2 in 180 days<br/>eventsCoPromoted ≥ 1 in 365 days<br/>alertsExchanged ≥ 1 in 180 days<br/>showedUpForThem ≥ 1 in 365 days<br/>commitmentsKeptOnTime ≥ 2 in 365 days<br/>commitmentsBroken ≤ 0 in 365 days<br/>owner assigned<br/>eligibility ≤ permitWithConditions
                t2 --> t3 : eventsCoPromoted ≥ 2 in 365 days<br/>commitmentsKeptOnTime ≥ 2 in 365 days<br/>commitmentsBroken ≤ 0 in 365 days<br/>meetings ≥ 1 in 90 days<br/>60 days in tier<br/>owner assigned<br/>eligibility ≤ permitWithConditions
                t2 --> t3 : faster, on strong evidence#58;<br/>eventsCoOrganized ≥ 1 in 365 days<br/>eventsCoPromoted ≥ 2 in 365 days<br/>commitmentsKeptOnTime ≥ 2 in 365 days<br/>commitmentsBroken ≤ 0 in 365 days<br/>meetings ≥ 1 in 90 days<br/>owner assigned<br/>eligibility ≤ permitWithConditions
                t3 --> t4 : eventsCoOrganized ≥ 3 in 365 days<br/>jointActions ≥ 1 in 365 days<br/>sharedLeadershipAgreements ≥ 1 ever<br/>commitmentsBroken ≤ 0 in 365 days<br/>180 days in tier<br/>owner assigned<br/>eligibility ≤ permitWithConditions
                t4 --> t3 : decay: silent 180 days
                t3 --> t2 : decay: silent 180 days
                t2 --> t1 : decay: silent 180 days

            """.ReplaceLineEndings("\n"),
            TierLadder.Default.ToMermaid());

    [Fact]
    public void The_default_ladder_as_dot()
        => Assert.Equal(
            """
            digraph "default" {
              rankdir=LR;
              node [shape=box, style=rounded];
              t0 [label="Prospect"];
              t1 [label="Learning"];
              t2 [label="Promotion"];
              t3 [label="Event"];
              t4 [label="Deep"];
              t0 -> t1 [label="meetings ≥ 1 in 180 days\nowner assigned\neligibility ≤ permitWithConditions"];
              t1 -> t2 [label="meetings ≥ 2 in 180 days\neventsCoPromoted ≥ 1 in 365 days\nany of (alertsExchanged ≥ 1 in 180 days, showedUpForThem ≥ 1 in 365 days)\ncommitmentsKeptOnTime ≥ 1 in 365 days\ncommitmentsBroken ≤ 0 in 365 days\n30 days in tier\nowner assigned\neligibility ≤ permitWithConditions"];
              t1 -> t2 [label="faster, on strong evidence:\nmeetings ≥ 2 in 180 days\neventsCoPromoted ≥ 1 in 365 days\nalertsExchanged ≥ 1 in 180 days\nshowedUpForThem ≥ 1 in 365 days\ncommitmentsKeptOnTime ≥ 2 in 365 days\ncommitmentsBroken ≤ 0 in 365 days\nowner assigned\neligibility ≤ permitWithConditions"];
              t2 -> t3 [label="eventsCoPromoted ≥ 2 in 365 days\ncommitmentsKeptOnTime ≥ 2 in 365 days\ncommitmentsBroken ≤ 0 in 365 days\nmeetings ≥ 1 in 90 days\n60 days in tier\nowner assigned\neligibility ≤ permitWithConditions"];
              t2 -> t3 [label="faster, on strong evidence:\neventsCoOrganized ≥ 1 in 365 days\neventsCoPromoted ≥ 2 in 365 days\ncommitmentsKeptOnTime ≥ 2 in 365 days\ncommitmentsBroken ≤ 0 in 365 days\nmeetings ≥ 1 in 90 days\nowner assigned\neligibility ≤ permitWithConditions"];
              t3 -> t4 [label="eventsCoOrganized ≥ 3 in 365 days\njointActions ≥ 1 in 365 days\nsharedLeadershipAgreements ≥ 1 ever\ncommitmentsBroken ≤ 0 in 365 days\n180 days in tier\nowner assigned\neligibility ≤ permitWithConditions"];
              t4 -> t3 [label="silent 180 days", style=dashed];
              t3 -> t2 [label="silent 180 days", style=dashed];
              t2 -> t1 [label="silent 180 days", style=dashed];
            }

            """.ReplaceLineEndings("\n"),
            TierLadder.Default.ToDot());

    [Fact]
    public void Names_with_markup_characters_are_escaped()
    {
        var ladder = new TierLadder
        {
            Name = "a \"quoted\" ladder",
            Tiers = [new TierDefinition { Name = "Maybe: \"later\"" }, new TierDefinition { Name = "A#1; <core>" }],
            Steps = [new TierStep { From = "Maybe: \"later\"", To = "A#1; <core>", When = new AnyOfCriterion { Items = [new OwnerAssignedCriterion(), new NotCriterion { Item = new TimeInTierCriterion { Days = 3 } }] } }],
            Decay = new TierDecay { AtRiskAfterDays = 5, GraceDays = 5, Floor = "A#1; <core>" },
        };

        Assert.Equal(
            """
            stateDiagram-v2
                direction LR
                state "Maybe#58; #quot;later#quot;" as t0
                state "A#35;1#59; #lt;core#gt;" as t1
                [*] --> t0
                t0 --> t1 : any of (owner assigned, not (3 days in tier))

            """.ReplaceLineEndings("\n"),
            ladder.ToMermaid());
        Assert.Equal(
            """
            digraph "a \"quoted\" ladder" {
              rankdir=LR;
              node [shape=box, style=rounded];
              t0 [label="Maybe: \"later\""];
              t1 [label="A#1; <core>"];
              t0 -> t1 [label="any of (owner assigned, not (3 days in tier))"];
            }

            """.ReplaceLineEndings("\n"),
            ladder.ToDot());
    }

    [Fact]
    public void AddPartnering_registers_the_default_ladder_and_its_progression_and_keeps_an_app_ladder()
    {
        using var services = new ServiceCollection().AddPartnering().Services.BuildServiceProvider();
        var progression = services.GetRequiredService<IPartnershipProgression>();
        Assert.Same(TierLadder.Default, progression.Ladder);
        Assert.Same(progression, services.GetRequiredService<IPartnershipProgression>());

        var own = TierLadder.Default with { Name = "ours" };
        var collection = new ServiceCollection();
        collection.AddSingleton(own);
        collection.AddPartnering();
        collection.AddPartnering();
        using var provider = collection.BuildServiceProvider();
        Assert.Equal("ours", provider.GetRequiredService<IPartnershipProgression>().Ladder.Name);
        Assert.Single(collection, d => d.ServiceType == typeof(IPartnershipProgression));
    }
}
