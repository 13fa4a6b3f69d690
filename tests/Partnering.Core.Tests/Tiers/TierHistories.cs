using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Eligibility;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Tiers;

/// <summary>Builds partnership histories for the tier tests, by hand and at random.</summary>
internal static class TierHistories
{
    public static readonly PartyId Org = new("org-river");
    public static readonly PartyId Ana = new("m-ana");
    public static readonly PartyId Ben = new("m-ben");

    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static Interaction Meet(string date, InteractionKind kind = InteractionKind.Meeting) => new() { Kind = kind, Date = D(date), Partner = Org };

    public static Interaction Alert(string date, Direction direction) => new() { Kind = InteractionKind.AlertShared, Date = D(date), Partner = Org, Direction = direction };

    public static Interaction Event(string date, InteractionKind kind = InteractionKind.EventCoPromoted, bool delivered = true)
        => new() { Kind = kind, Date = D(date), Partner = Org, Delivered = delivered };

    public static Interaction Promise(string made, string due, string? kept, CommitmentParty by = CommitmentParty.Partner, bool dropped = false)
        => new()
        {
            Kind = InteractionKind.Commitment,
            Date = D(made),
            Partner = Org,
            Commitment = new Commitment { MadeBy = by, Description = "bring volunteers", Due = D(due), KeptOn = kept is null ? null : D(kept), Dropped = dropped },
        };

    public static Partnership Owned(string since, bool affiliate = false, bool coalition = false)
        => new() { Partner = Org, Owners = [new OwnerAssignment { Member = Ana, Since = D(since) }], Affiliate = affiliate, CoalitionMember = coalition };

    /// <remarks>
    /// The history carries a Permit from its first day: a ladder's eligibility criteria are unmet when no
    /// outcome is recorded, and these scenarios are about the evidence, not eligibility.
    /// </remarks>
    public static PartnershipHistory History(Partnership partnership, params Interaction[] interactions)
    {
        var first = partnership.Owners.Select(o => o.Since).Concat(interactions.Select(x => x.Date)).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Min();
        return new() { Partnership = partnership, Interactions = interactions, Eligibility = [new EligibilityRecord { Date = first, Outcome = EligibilityOutcome.Permit }] };
    }

    /// <summary>The default ladder with decay pushed out of reach, for properties that exclude decay.</summary>
    /// <remarks>
    /// Faster steps may follow each other here: with no skipping, evidence that allows an early step can make
    /// the following step wait its ordinary time, so more evidence is monotone only without it.
    /// </remarks>
    public static TierLadder NoDecay => TierLadder.Default with
    {
        Decay = TierLadder.Default.Decay with { AtRiskAfterDays = 50_000, GraceDays = 50_000 },
        Pace = new TierPace { NoSkipping = false },
    };

    /// <summary>
    /// A ladder with any / not / at most criteria and short windows, so the fold's wake-up days for
    /// counts that shrink and for "not" get exercised.
    /// </summary>
    public static TierLadder Twisted => TierLadder.Default with
    {
        Name = "twisted",
        Steps =
        [
            TierLadder.Default.Steps[0] with
            {
                When = new AnyOfCriterion { Items = [new EvidenceCriterion { Evidence = TierEvidence.Interactions, AtLeast = 2, WithinDays = 20 }, new OwnerAssignedCriterion()] },
                Faster = new FasterStep { When = new EvidenceCriterion { Evidence = TierEvidence.ShowedUpForThem, AtLeast = 1, WithinDays = 30 }, Reason = "we showed up" },
            },
            TierLadder.Default.Steps[1] with
            {
                When = new AllOfCriterion
                {
                    Items =
                    [
                        new NotCriterion { Item = new EvidenceCriterion { Evidence = TierEvidence.Meetings, AtLeast = 2, WithinDays = 15 } },
                        new EvidenceCriterion { Evidence = TierEvidence.AlertsExchanged, AtLeast = 1, WithinDays = 40 },
                        new TimeInTierCriterion { Days = 7 },
                    ],
                },
                Faster = new FasterStep
                {
                    When = new AnyOfCriterion
                    {
                        Items = [new EvidenceCriterion { Evidence = TierEvidence.ShowingUpExchanged, AtLeast = 1, WithinDays = 20 }, new EvidenceCriterion { Evidence = TierEvidence.Interactions, AtLeast = 4, WithinDays = 10 }],
                    },
                    Reason = "showing up both ways",
                },
            },
            TierLadder.Default.Steps[2] with
            {
                When = new AnyOfCriterion
                {
                    Items =
                    [
                        new EvidenceCriterion { Evidence = TierEvidence.CommitmentsBroken, AtMost = 0, WithinDays = 30 },
                        new EvidenceCriterion { Evidence = TierEvidence.EventsCoPromoted, AtLeast = 1, AtMost = 2, WithinDays = 25 },
                    ],
                },
            },
            TierLadder.Default.Steps[3] with
            {
                When = new AllOfCriterion
                {
                    Items =
                    [
                        new EvidenceCriterion { Evidence = TierEvidence.InvitationsExchanged, AtLeast = 1 },
                        new NotCriterion { Item = new EligibilityCriterion { AtMost = EligibilityOutcome.Permit, RequireKnown = true } },
                        new TimeInTierCriterion { Days = 10 },
                    ],
                },
            },
        ],
        Decay = new TierDecay { AtRiskAfterDays = 20, GraceDays = 15, Floor = "Promotion" },
        ForbiddenHoldsAt = "Learning",
        Pace = new TierPace { NoSkipping = false },
    };

    /// <summary>
    /// The default ladder with the move-down a ladder may still ask for: a Forbid moves the partnership down
    /// to Prospect (the default ladder holds it where it is).
    /// </summary>
    public static TierLadder MovesDownWhenForbidden => TierLadder.Default with { ForbiddenHoldsAt = "Prospect" };

    /// <summary>
    /// A random history with a Forbid recorded on a day up to the day evaluated on (other outcomes recorded
    /// later may lift it), for properties about what a Forbid holds.
    /// </summary>
    public static Gen<HistoryOnDay> ForbiddenHistoryOnDayGen() =>
        from x in HistoryOnDayGen()
        from day in Gen.Choose(0, x.AsOf)
        select x with
        {
            History = x.History with
            {
                Eligibility = [.. x.History.Eligibility, new EligibilityRecord { Date = Origin.AddDays(day), Outcome = EligibilityOutcome.Forbid, Reason = "candidates-while-running" }],
            },
        };

    public static readonly DateOnly Origin = new(2024, 1, 1);

    private static readonly InteractionKind[] Kinds = Enum.GetValues<InteractionKind>();

    /// <summary>A reliable partner keeps nearly every promise on time and does the kinds of things trust is built on.</summary>
    private static Gen<Interaction> InteractionGen(int span, bool reliable) =>
        from kind in reliable
            ? Gen.Frequency(
                (4, Gen.Constant(InteractionKind.Meeting)), (2, Gen.Constant(InteractionKind.OneOnOne)), (4, Gen.Constant(InteractionKind.AlertShared)),
                (2, Gen.Constant(InteractionKind.InvitationExtended)), (3, Gen.Constant(InteractionKind.EventCoPromoted)), (3, Gen.Constant(InteractionKind.EventCoOrganized)),
                (2, Gen.Constant(InteractionKind.JointAction)), (1, Gen.Constant(InteractionKind.SharedLeadershipAgreement)), (4, Gen.Constant(InteractionKind.Commitment)),
                (2, Gen.Constant(InteractionKind.AttendedAction)), (1, Gen.Constant(InteractionKind.Volunteered)), (1, Gen.Constant(InteractionKind.RaisedFunds)),
                (1, Gen.Constant(InteractionKind.Other)))
            : Gen.Elements(Kinds)
        from day in Gen.Choose(0, span)
        from direction in Gen.Elements(Direction.Mutual, Direction.FromUs, Direction.FromPartner)
        from delivered in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from dueIn in Gen.Choose(-3, 30)
        from keptDelta in Gen.Choose(-10, reliable ? 0 : 10)
        from keptAtAll in Gen.Frequency((reliable ? 30 : 3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new Interaction
        {
            Kind = kind,
            Date = Origin.AddDays(day),
            Partner = Org,
            Direction = direction,
            Delivered = delivered,
            Commitment = kind == InteractionKind.Commitment
                ? new Commitment
                {
                    MadeBy = CommitmentParty.Partner,
                    Description = "a promise",
                    Due = Origin.AddDays(day + dueIn),
                    KeptOn = keptAtAll ? Origin.AddDays(day + dueIn + keptDelta) : null,
                }
                : null,
        };

    /// <summary>Random histories over <paramref name="span"/> days from <see cref="Origin"/>.</summary>
    public static Gen<PartnershipHistory> HistoryGen(int span, int maxInteractions) =>
        from reliable in Gen.Elements(false, true)
        from count in Gen.Choose(0, maxInteractions)
        from interactions in InteractionGen(span, reliable).ListOf(count)
        from owners in Gen.Choose(0, span).Between(0, 2)
        from eligibility in (from day in Gen.Choose(0, span) from outcome in Gen.Elements(Enum.GetValues<EligibilityOutcome>()) select new EligibilityRecord { Date = Origin.AddDays(day), Outcome = outcome, Reason = "checked" }).Between(0, 2)
        from overrides in (from day in Gen.Choose(0, span) from tier in Gen.Elements("Prospect", "Learning", "Promotion", "Event", "Deep") select new TierOverride { Date = Origin.AddDays(day), Tier = tier, Reason = "the board decided", DecidedBy = Ben }).Between(0, 1)
        from withEligibility in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from withOverride in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from allyDays in Gen.Frequency((3, Gen.Constant(new List<int>())), (1, Gen.Choose(0, span).Between(1, 3)))
        select new PartnershipHistory
        {
            Partnership = new Partnership
            {
                Partner = Org,
                Owners = [.. owners.Select(d => new OwnerAssignment { Member = Ana, Since = Origin.AddDays(d) })],
                AllyChoices = [.. allyDays.Select((d, i) => new AllyChoice { Date = Origin.AddDays(d), Ally = i % 2 == 0, Reason = "not the best fit, still allies" })],
            },
            Interactions = [.. interactions],
            Eligibility = withEligibility ? eligibility : [],
            Overrides = withOverride ? overrides : [],
        };

    public static Gen<List<T>> Between<T>(this Gen<T> gen, int min, int max) => from n in Gen.Choose(min, max) from items in gen.ListOf(n) select items.ToList();

    /// <summary>A random history with a day to evaluate it on, both over <paramref name="span"/> days (and 200 more for the day).</summary>
    public static Gen<HistoryOnDay> HistoryOnDayGen(int span = 500, int maxInteractions = 90) =>
        from h in HistoryGen(span, maxInteractions) from d in Gen.Choose(0, span + 200) select new HistoryOnDay(h, d);

    /// <summary>One line per record of the history, for counterexamples: day numbers from <see cref="Origin"/>.</summary>
    public static string Describe(PartnershipHistory history)
    {
        static int Day(DateOnly d) => d.DayNumber - Origin.DayNumber;
        var lines = new List<string>();
        lines.AddRange(history.Partnership.Owners.Select(o => $"  day {Day(o.Since)}: owner {o.Member}"));
        lines.AddRange(history.Interactions.OrderBy(i => i.Date).Select(i =>
            $"  day {Day(i.Date)}: {i.Kind} {i.Direction}{(i.Delivered ? "" : " not delivered")}"
            + (i.Commitment is { } c ? $" (due day {Day(c.Due)}, {(c.KeptOn is { } k ? $"kept day {Day(k)}" : c.Dropped ? "dropped" : "not kept")})" : "")));
        lines.AddRange(history.Eligibility.Select(e => $"  day {Day(e.Date)}: eligibility {e.Outcome}"));
        lines.AddRange(history.Overrides.Select(o => $"  day {Day(o.Date)}: override to {o.Tier}"));
        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>A generated history and the day (from <see cref="TierHistories.Origin"/>) it is evaluated on.</summary>
public sealed record HistoryOnDay(PartnershipHistory History, int AsOf)
{
    /// <summary>The day evaluated on.</summary>
    public DateOnly Date => TierHistories.Origin.AddDays(AsOf);

    /// <inheritdoc />
    public override string ToString() => $"as of day {AsOf}, {History.Interactions.Count} interactions:{Environment.NewLine}{TierHistories.Describe(History)}";
}

/// <summary>The generators of the tier properties, registered with FsCheck.</summary>
public static class TierArbitraries
{
    /// <summary>A history of up to 90 interactions over 500 days, evaluated on a day up to 700.</summary>
    public static Arbitrary<HistoryOnDay> HistoryOnDay() => Arb.From(TierHistories.HistoryOnDayGen());
}
