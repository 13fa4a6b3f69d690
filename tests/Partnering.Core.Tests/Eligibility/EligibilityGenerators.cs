using System.Collections.Frozen;
using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Eligibility;

namespace Partnering.Core.Tests.Eligibility;

/// <summary>An input to decide: a directory and an engagement.</summary>
public sealed record EligibilityCase(PartnerDirectory Directory, Engagement Engagement)
{
    public override string ToString()
        => $"{Engagement} target={Engagement.Target} tactic={Engagement.Tactic} venue={Engagement.Venue} reachesOut={Engagement.ChapterReachesOut} member={Engagement.Member}; partners: "
            + string.Join(" | ", Directory.Partners.Select(p => p switch
            {
                Organization o => $"{o.Id} org {o.Kind} {o.PartisanNature} {o.TaxStatus} {o.State} [{string.Join(",", o.IssueAreas)}] practices=[{string.Join(",", o.Practices.Select(x => x.Kind))}] goals=[{string.Join(",", o.Goals)}]",
                Individual i => $"{i.Id} person [{string.Join(",", i.Roles)}] offices={i.Offices.Count} candidacies=[{string.Join(",", i.Candidacies.Select(c => c.Declared + ".." + c.ElectionDay))}]",
                _ => p.Id.ToString(),
            }));
}

/// <summary>A policy and an input, with a seed for shuffles and picks.</summary>
public sealed record PolicyCase(EligibilityPolicy Policy, EligibilityCase Input, int Seed)
{
    public override string ToString() => $"policy: {Policy}{Environment.NewLine}input: {Input}{Environment.NewLine}seed: {Seed}";
}

/// <summary>FsCheck generators of well-typed policies, directories and engagements.</summary>
internal static class EligibilityGenerators
{
    private static readonly string[] Issues = ["climate", "health-care", "housing", "recreation"];
    private static readonly string[] TacticNames = ["disrupt-town-hall", "rally", "call-in-day"];
    private static readonly string[] Ids = ["g0", "g1", "g2", "g3", "climate-now", "nobody"];
    private static readonly DateOnly Start = new(2025, 6, 1);

    private static readonly Position[] Positions =
    [
        new() { Issue = IssueArea.HealthCare, Outcome = "medicaid-cuts", Stance = Stance.Opposes, Description = "stop cuts to Medicaid" },
        new() { Issue = IssueArea.HealthCare, Outcome = "repeal-the-affordable-care-act", Stance = Stance.Supports },
        new() { Issue = IssueArea.Climate, Outcome = "clean-air", Stance = Stance.Supports },
    ];

    public static readonly FrozenDictionary<string, IEligibilityPredicate> NoPredicates = FrozenDictionary<string, IEligibilityPredicate>.Empty;

    private static Gen<string[]> Some(string[] names) => Gen.SubListOf(names).Select(l => l.ToArray()).Where(a => a.Length > 0);

    private static Gen<PolicyValue> OneName(string[] names) => Gen.Elements(names).Select(PolicyValue.Of);

    private static Gen<PolicyValue> SomeNames(string[] names) => Some(names).Select(a => PolicyValue.List(a));

    private static PolicyCondition Test(string fact, FactComparison comparison, PolicyValue value)
        => new PolicyCondition.FactTest { Fact = fact, Comparison = comparison, Value = value };

    private static Gen<PolicyCondition> Leaf()
    {
        var booleans = FactCatalog.All.Where(f => f.Type == FactType.Boolean).Select(f => f.Name).ToArray();
        var enums = FactCatalog.All.Where(f => f.Type == FactType.Enum).ToArray();
        var enumSets = FactCatalog.All.Where(f => f.Type == FactType.EnumSet).ToArray();
        return Gen.OneOf(
            from fact in Gen.Elements(booleans)
            from value in Gen.Elements(true, false)
            select Test(fact, FactComparison.Is, PolicyValue.Of(value)),
            from fact in Gen.Elements(booleans)
            from value in Gen.Elements(true, false)
            select Test(fact, FactComparison.Is, PolicyValue.Of(value)),
            from fact in Gen.Elements(enums)
            from value in SomeNames(fact.EnumNames)
            select Test(fact.Name, FactComparison.In, value),
            from fact in Gen.Elements(enums)
            from value in OneName(fact.EnumNames)
            select Test(fact.Name, FactComparison.Is, value),
            from fact in Gen.Elements(enumSets)
            from value in SomeNames(fact.EnumNames)
            select Test(fact.Name, FactComparison.HasAny, value),
            from value in SomeNames(Issues)
            select Test("partner.issueAreas", FactComparison.HasAny, value),
            from value in OneName(TacticNames)
            select Test("partner.tactics", FactComparison.Has, value),
            from value in OneName(TacticNames)
            select Test("engagement.tactic", FactComparison.Is, value),
            from value in SomeNames(Ids)
            select Test("partner.id", FactComparison.In, value),
            from value in SomeNames(["OH", "PA"])
            select Test("partner.state", FactComparison.In, value),
            from n in Gen.Choose(0, 500)
            from atLeast in Gen.Elements(true, false)
            select Test("partner.baseSize", atLeast ? FactComparison.AtLeast : FactComparison.AtMost, PolicyValue.Of(n)),
            from days in Gen.Choose(0, 700)
            from atLeast in Gen.Elements(true, false)
            select Test("engagement.date", atLeast ? FactComparison.AtLeast : FactComparison.AtMost, PolicyValue.Of(Start.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
            from n in Gen.Choose(0, 3)
            select Test("engagement.partnerCount", FactComparison.AtMost, PolicyValue.Of(n)),
            Gen.Constant(Test("partner.nationalParent", FactComparison.Is, PolicyValue.Of("Sierra Club"))));
    }

    public static Gen<PolicyCondition> Condition(int depth)
    {
        if (depth <= 0)
        {
            return Leaf();
        }

        var parts = Gen.Choose(1, 3).SelectMany(n => Condition(depth - 1).ListOf(n)).Select(l => (IReadOnlyList<PolicyCondition>)l.ToArray());
        return Gen.OneOf(
            Leaf(),
            Leaf(),
            parts.Select(p => (PolicyCondition)new PolicyCondition.AllOf { Parts = p }),
            parts.Select(p => (PolicyCondition)new PolicyCondition.AnyOf { Parts = p }),
            Condition(depth - 1).Select(c => (PolicyCondition)new PolicyCondition.Negation { Part = c }));
    }

    public static Gen<PolicyRule> Rule(string id, Gen<RuleEffect> effects) =>
        from effect in effects
        from kinds in Gen.OneOf(Gen.Constant(Array.Empty<EngagementKind>()), Gen.SubListOf(Enum.GetValues<EngagementKind>()).Select(l => l.ToArray()).Where(a => a.Length > 0))
        from when in Gen.OneOf(Condition(2).Select(c => (PolicyCondition?)c), Condition(1).Select(c => (PolicyCondition?)c), Gen.Constant<PolicyCondition?>(null))
        from window in Gen.Choose(0, 4)
        from fromDay in Gen.Choose(0, 300)
        from length in Gen.Choose(0, 400)
        select new PolicyRule
        {
            Id = id,
            Effect = effect,
            AppliesTo = kinds,
            When = when,
            Reason = "Generated rule " + id,
            Source = window == 0 ? null : "generated",
            EffectiveFrom = window == 1 || window == 3 ? Start.AddDays(fromDay) : null,
            EffectiveUntil = window == 2 || window == 3 ? Start.AddDays(fromDay + length) : null,
            Reviewers = effect == RuleEffect.Review ? ["reviewer " + id] : [],
            Conditions = effect == RuleEffect.PermitWithConditions ? ["condition " + id] : [],
        };

    public static readonly Gen<RuleEffect> AnyEffect = Gen.Elements(Enum.GetValues<RuleEffect>());

    public static Gen<EligibilityPolicy> Policy(int maxRules = 12) =>
        from count in Gen.Choose(0, maxRules)
        from rules in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => Rule("r" + i, AnyEffect)))
        select new EligibilityPolicy { Id = "generated", Version = "1", Rules = rules.ToArray() };

    private static Gen<Organization> Organization(string id) =>
        from kind in Gen.Elements(Enum.GetValues<OrganizationKind>())
        from nature in Gen.Elements(Enum.GetValues<PartisanNature>())
        from tax in Gen.Elements(Enum.GetValues<TaxStatus>())
        from state in Gen.Elements<string?>("OH", "OH", "PA", null)
        from issues in Gen.SubListOf(Issues)
        from practices in Gen.SubListOf(Enum.GetValues<PracticeKind>())
        from tactics in Gen.SubListOf(TacticNames)
        from goals in Gen.SubListOf(["Repeal the Affordable Care Act", "Clean air"])
        from size in Gen.Elements<int?>(null, 10, 250, 1000)
        from parent in Gen.Elements<string?>(null, "Sierra Club", "Other Body", "Swing Left")
        from positions in Gen.SubListOf(Positions)
        from supports in Gen.Elements<string[]>([], ["Indivisible"], ["Sister District"])
        select new Organization
        {
            Id = new PartyId(id),
            Name = "Org " + id,
            Kind = kind,
            PartisanNature = nature,
            TaxStatus = tax,
            State = state,
            IssueAreas = issues.Select(i => new IssueArea(i)).ToArray(),
            Practices = practices.Select(k => new Practice { Kind = k }).ToArray(),
            Tactics = tactics.Select(t => new Tactic(t)).ToArray(),
            Goals = goals.ToArray(),
            BaseSize = size,
            NationalParent = parent,
            Positions = positions.ToArray(),
            SupportsCandidatesOf = supports,
        };

    private static Gen<Individual> Person(string id) =>
        from roles in Gen.SubListOf(Enum.GetValues<IndividualRole>())
        from office in Gen.Elements(true, false)
        from declared in Gen.Choose(-200, 400)
        from length in Gen.Choose(0, 300)
        from runs in Gen.Elements(true, false)
        from state in Gen.Elements<string?>("OH", "PA", null)
        from backed in Gen.Elements(true, false)
        select new Individual
        {
            Id = new PartyId(id),
            Name = "Person " + id,
            State = state,
            Roles = roles.ToArray(),
            Offices = office ? [new OfficeHeld { Title = "Council", Since = new PartialDate(2020) }] : [],
            Candidacies = runs ? [new Candidacy { Office = "Council", Declared = Start.AddDays(declared), ElectionDay = Start.AddDays(declared + length), BackedBy = backed ? ["Indivisible"] : [] }] : [],
        };

    public static Gen<EligibilityCase> Input() =>
        from partners in Gen.CollectToArray(Enumerable.Range(0, 4).Select(i => Gen.OneOf(Organization("g" + i).Select(o => (Partner)o), Person("g" + i).Select(p => (Partner)p))))
        from kind in Gen.Elements(Enum.GetValues<EngagementKind>())
        from picks in Gen.SubListOf(Ids).Select(l => l.Take(2).ToArray())
        from days in Gen.Choose(0, 700)
        from target in Gen.Elements<TargetKind?>([null, .. Enum.GetValues<TargetKind>().Select(t => (TargetKind?)t)])
        from tactic in Gen.Elements<string?>(null, "disrupt town hall", "rally", "call-in day")
        from venue in Gen.Elements(Enum.GetValues<EngagementVenue>())
        from reachesOut in Gen.Elements(true, false)
        from listed in Gen.Elements(true, false)
        from member in Gen.Elements<string?>(null, "m-ana", "m-ghost")
        select new EligibilityCase(
            new PartnerDirectory(EligibilityFixture.Riverside, [.. partners, EligibilityFixture.ClimateNow]),
            new Engagement
            {
                Kind = kind,
                Partners = picks.Select(p => new PartyId(p)).ToArray(),
                Date = Start.AddDays(days),
                Target = target,
                Tactic = tactic is null ? null : new Tactic(tactic),
                Venue = venue,
                ChapterReachesOut = reachesOut,
                ListsPartnersPublicly = listed,
                Member = member is null ? null : new PartyId(member),
            });

    public static Arbitrary<PolicyCase> Cases(int maxRules = 12) =>
        (from policy in Policy(maxRules)
         from input in Input()
         from seed in Gen.Choose(0, int.MaxValue)
         select new PolicyCase(policy, input, seed)).ToArbitrary();

    /// <summary>Compiles without the lint checks (never-firing, shadowed rules) so generated policies exercise the semantics.</summary>
    public static IEligibilityEvaluator Compile(EligibilityPolicy policy) => new CompiledPolicy(policy, NoPredicates);
}

/// <summary>The generators of the eligibility properties, registered with FsCheck.</summary>
public static class EligibilityArbitraries
{
    /// <summary>A generated policy of up to 12 rules with an input to decide and a seed.</summary>
    public static Arbitrary<PolicyCase> PolicyCase() => EligibilityGenerators.Cases();

    /// <summary>A directory of four generated partners (and a known organization) with an engagement.</summary>
    public static Arbitrary<EligibilityCase> EligibilityCase() => EligibilityGenerators.Input().ToArbitrary();

    /// <summary>A generated, well-typed policy of up to 12 rules.</summary>
    public static Arbitrary<EligibilityPolicy> Policy() => EligibilityGenerators.Policy().ToArbitrary();
}
