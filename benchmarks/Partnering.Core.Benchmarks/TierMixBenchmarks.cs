using BenchmarkDotNet.Attributes;
using Partnering.Core.Eligibility;
using Partnering.Core.Tiers;

namespace Partnering.Core.Benchmarks;

/// <summary>
/// One partnership's standing, per evaluation, on the best case beside a realistic mix. The best case
/// asks about one reliable partner's year of history on the day after it ends (the same request every
/// time). The mix is 256 seeded requests: short (3–20 entries) and long (200–1,500) histories, reliable
/// and flaky partners, eligibility records that review or forbid, board overrides, and as-of days near
/// the last entry or long after it (so decay runs several times). Both report the mean per evaluation.
/// </summary>
[MemoryDiagnoser]
public class TierMixBenchmarks
{
    private const int Requests = 256;
    private IPartnershipProgression _progression = null!;
    private (PartnershipHistory History, DateOnly AsOf)[] _best = null!;
    private (PartnershipHistory History, DateOnly AsOf)[] _mix = null!;

    [GlobalSetup]
    public void Setup()
    {
        _progression = TierLadder.Default.Compile();
        var one = TierBenchmarkData.History(new Random(1), new PartyId("org-best"), 60, spanDays: 365);
        _best = [.. Enumerable.Repeat((one, TierBenchmarkData.Origin.AddDays(366)), Requests)];
        var random = new Random(20261201);
        _mix = [.. Enumerable.Range(0, Requests).Select(i => MixedRequest(random, new PartyId($"org-{i}")))];
    }

    /// <summary>One history and day, the same for every evaluation.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    public int BestCase() => Run(_best);

    /// <summary>The seeded mix of histories and days.</summary>
    [Benchmark(OperationsPerInvoke = Requests)]
    public int Mix() => Run(_mix);

    private int Run((PartnershipHistory History, DateOnly AsOf)[] requests)
    {
        var sum = 0;
        foreach (var (history, asOf) in requests)
        {
            sum += _progression.Evaluate(history, asOf).Level;
        }

        return sum;
    }

    private static (PartnershipHistory, DateOnly) MixedRequest(Random random, PartyId partner)
    {
        var longHistory = random.Next(4) == 0;
        var span = longHistory ? random.Next(365, 3 * 365) : random.Next(30, 365);
        var count = longHistory ? random.Next(200, 1_500) : random.Next(3, 21);
        var history = TierBenchmarkData.History(random, partner, count, span);
        if (random.Next(3) == 0)
        {
            // a flaky partner: many promises broken or late
            history = history with
            {
                Interactions = [.. history.Interactions.Select(x => x.Commitment is { } c && random.Next(2) == 0 ? x with { Commitment = c with { KeptOn = null } } : x)],
            };
        }

        var eligibility = random.Next(6) switch
        {
            0 => [new EligibilityRecord { Date = TierBenchmarkData.Origin.AddDays(span / 2), Outcome = EligibilityOutcome.Review, Reason = "new leadership" }],
            1 => new[] { new EligibilityRecord { Date = TierBenchmarkData.Origin.AddDays(span / 3), Outcome = EligibilityOutcome.Forbid, Reason = "endorsed a candidate" } },
            _ => history.Eligibility.ToArray(),
        };
        var overrides = random.Next(8) == 0
            ? new[] { new TierOverride { Date = TierBenchmarkData.Origin.AddDays(span / 4), Tier = "Event", Reason = "the board decided", DecidedBy = new PartyId("m-1") } }
            : [];
        // near: within a month of the last entry; far: up to two years after it, so silence decays it
        var asOf = TierBenchmarkData.Origin.AddDays(span + (random.Next(2) == 0 ? random.Next(0, 30) : random.Next(120, 730)));
        return (history with { Eligibility = eligibility, Overrides = overrides }, asOf);
    }
}
