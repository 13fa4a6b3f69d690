using BenchmarkDotNet.Attributes;
using Partnering.Core.Eligibility;

namespace Partnering.Core.Benchmarks;

/// <summary>A chapter and partners shared by the eligibility benchmarks.</summary>
internal static class EligibilityBench
{
    public static readonly DateOnly Today = new(2026, 3, 14);

    public static readonly Chapter Chapter = new()
    {
        Id = new PartyId("riverside"),
        Name = "Riverside Indivisible",
        HomeState = "OH",
        IssueAreas = [IssueArea.Climate, IssueArea.HealthCare, IssueArea.Housing],
        TheoryOfChange = new TheoryOfChange { Summary = "Hold our lawmakers accountable", Targets = [TargetKind.Lawmaker], AvoidedTargets = [TargetKind.Person], OpposedOutcomes = ["repeal the affordable care act"] },
        AllowedTactics = [new Tactic("rally"), new Tactic("call-in day")],
        DisallowedTactics = [new Tactic("disrupt town hall")],
        NationalRelationships = [new NationalRelationship { HeldBy = "Indivisible national", OrganizationName = "Sierra Club" }],
    };

    private static readonly OrganizationKind[] Kinds = Enum.GetValues<OrganizationKind>();
    private static readonly IssueArea[] Issues = [IssueArea.Climate, IssueArea.HealthCare, IssueArea.Housing, IssueArea.Labor, new IssueArea("recreation")];

    /// <summary>A deterministic mix of organizations (mostly nonpartisan issue groups) and officials.</summary>
    public static Partner[] Partners(int count)
    {
        var partners = new Partner[count];
        for (var i = 0; i < count; i++)
        {
            var id = new PartyId("p" + i);
            partners[i] = (i % 10) switch
            {
                9 => new Individual
                {
                    Id = id,
                    Name = "Official " + i,
                    State = "OH",
                    Roles = [IndividualRole.ElectedOfficial],
                    Offices = [new OfficeHeld { Title = "Council", Since = new PartialDate(2021) }],
                    Candidacies = i % 20 == 9 ? [new Candidacy { Office = "Council", Declared = new PartialDate(2026, 1), ElectionDay = new PartialDate(2026, 11, 3) }] : [],
                },
                _ => new Organization
                {
                    Id = id,
                    Name = "Org " + i,
                    Kind = i % 7 == 0 ? Kinds[i % Kinds.Length] : OrganizationKind.IssueAdvocacy,
                    PartisanNature = i % 13 == 0 ? PartisanNature.Partisan : PartisanNature.Nonpartisan,
                    TaxStatus = i % 3 == 0 ? TaxStatus.Charity501C3 : TaxStatus.SocialWelfare501C4,
                    State = i % 11 == 0 ? "PA" : "OH",
                    IssueAreas = [Issues[i % Issues.Length]],
                    Practices = i % 17 == 0 ? [new Practice { Kind = PracticeKind.CommunityOnlySpaces }] : [],
                },
            };
        }

        return partners;
    }

    public static readonly Organization ClimateNow = new()
    {
        Id = new PartyId("climate-now"),
        Name = "Climate Now Ohio",
        Kind = OrganizationKind.IssueAdvocacy,
        PartisanNature = PartisanNature.Nonpartisan,
        TaxStatus = TaxStatus.SocialWelfare501C4,
        State = "OH",
        IssueAreas = [IssueArea.Climate],
    };

    public static readonly Engagement Event = new() { Kind = EngagementKind.CoOrganizeEvent, Partners = [ClimateNow.Id], Date = Today, Target = TargetKind.Lawmaker };

    /// <summary>An electoral team (seed 004) beside the issue-advocacy chapter.</summary>
    public static readonly Chapter ElectoralTeam = Chapter with
    {
        Id = new PartyId("sd-columbus"),
        Name = "Sister District Columbus",
        NationalBody = "Sister District",
        Kind = ChapterKind.Electoral,
        PointOfContact = new ContactPoint { Name = "Jordan Avery", Role = "organizing staff" },
    };

    /// <summary>Partners the mix adds to <see cref="Partners"/>: unknowns, allies, Affiliates, candidates, conflicts, practices.</summary>
    public static Partner[] Varied() =>
    [
        ClimateNow,
        new Organization { Id = new PartyId("mystery"), Name = "Ohio Forward Fund", Kind = OrganizationKind.Unknown, PartisanNature = PartisanNature.Unknown, State = "OH" },
        new Organization { Id = new PartyId("swing-left"), Name = "Swing Left Columbus", Kind = OrganizationKind.IssueAdvocacy, PartisanNature = PartisanNature.Electoral, State = "OH", NationalParent = "Swing Left" },
        new Organization { Id = new PartyId("affiliate"), Name = "Westside Parents", Kind = OrganizationKind.CommunityService, PartisanNature = PartisanNature.Electoral, State = "OH", SupportsCandidatesOf = ["Sister District"] },
        new Organization { Id = new PartyId("repeal"), Name = "Patients Choice", Kind = OrganizationKind.IssueAdvocacy, PartisanNature = PartisanNature.Nonpartisan, State = "OH", Positions = [new Position { Issue = IssueArea.HealthCare, Outcome = "medicaid-cuts", Stance = Stance.Supports }] },
        new Organization { Id = new PartyId("church"), Name = "First Valley Church", Kind = OrganizationKind.ReligiousInstitution, PartisanNature = PartisanNature.Nonpartisan, State = "OH", TaxStatus = TaxStatus.Charity501C3, Practices = [new Practice { Kind = PracticeKind.CommunityOnlySpaces }, new Practice { Kind = PracticeKind.ApprovalNeeded }, new Practice { Kind = PracticeKind.NoPublicListing }] },
        new Individual { Id = new PartyId("our-candidate"), Name = "Rae Moss", State = "OH", Roles = [IndividualRole.Candidate], Candidacies = [new Candidacy { Office = "Ohio House 3", Declared = new PartialDate(2026, 2, 10), ElectionDay = new PartialDate(2026, 11, 3), BackedBy = ["Sister District"] }] },
        new Individual { Id = new PartyId("pastor"), Name = "Rev. Ana Ruiz", State = "OH", Roles = [IndividualRole.FaithLeader] },
    ];
}

/// <summary>
/// One engagement decision against the built-in pack: the outcome only (the cheap path), the full
/// explanation, and the reference interpreter as the baseline.
/// </summary>
[MemoryDiagnoser]
public class EligibilityBenchmarks
{
    private IEligibilityEvaluator _evaluator = null!;
    private PartnerDirectory _directory = null!;
    private EligibilityPolicy _policy = null!;

    [GlobalSetup]
    public void Setup()
    {
        _policy = BuiltInPolicy.Pack;
        _evaluator = new PolicyCompiler().Compile(_policy);
        _directory = new PartnerDirectory(EligibilityBench.Chapter, [EligibilityBench.ClimateNow, .. EligibilityBench.Partners(50)]);
    }

    [Benchmark(Baseline = true)]
    public EligibilityOutcome ReferenceInterpreter() => Eligibility.ReferenceInterpreter.Decide(_policy, _directory, EligibilityBench.Event);

    [Benchmark]
    public EligibilityOutcome Decide() => _evaluator.Decide(_directory, EligibilityBench.Event);

    [Benchmark]
    public EligibilityDecision Explain() => _evaluator.Explain(_directory, EligibilityBench.Event);
}

/// <summary>
/// A varied, seeded mix of requests: both packs (and the issue-advocacy pack without its "when in doubt"
/// answer, so NotPermitted occurs too), every engagement kind, targets, tactics, venues, members, dates,
/// and partners of every sort, so that every outcome occurs.
/// </summary>
internal static class EligibilityMix
{
    public const int Size = 1024;

    public static (IEligibilityEvaluator Evaluator, PartnerDirectory Directory, Engagement Engagement)[] Build()
    {
        var compiler = new PolicyCompiler();
        var issueAdvocacy = compiler.Compile(BuiltInPolicy.IssueAdvocacy);
        var electoral = compiler.Compile(BuiltInPolicy.Electoral);
        var silent = compiler.Compile(BuiltInPolicy.IssueAdvocacy with { Id = "no-fallback", WhenNothingPermits = null });
        Partner[] partners = [.. EligibilityBench.Varied(), .. EligibilityBench.Partners(40)];
        var riverside = new PartnerDirectory(EligibilityBench.Chapter with { Kind = ChapterKind.IssueAdvocacy, Members = [new Member { Id = new PartyId("m-ana"), Name = "Ana", Affiliations = [new Affiliation { OrganizationName = "Org 13", Organization = new PartyId("p13") }] }] }, partners);
        var team = new PartnerDirectory(EligibilityBench.ElectoralTeam, partners);
        var random = new Random(20261130);
        var kinds = Enum.GetValues<EngagementKind>();
        var targets = new TargetKind?[] { null, TargetKind.Lawmaker, TargetKind.Lawmaker, TargetKind.Person, TargetKind.Public };
        var tactics = new Tactic?[] { null, null, null, new Tactic("rally"), new Tactic("disrupt town hall"), new Tactic("banner drop") };
        var venues = Enum.GetValues<EngagementVenue>();
        var mix = new (IEligibilityEvaluator, PartnerDirectory, Engagement)[Size];
        for (var i = 0; i < Size; i++)
        {
            var (evaluator, directory) = (i % 5) switch
            {
                0 or 1 => (issueAdvocacy, riverside),
                2 or 3 => (electoral, team),
                _ => (silent, riverside),
            };
            var engagement = new Engagement
            {
                Kind = kinds[random.Next(kinds.Length)],
                Partners = [partners[random.Next(partners.Length)].Id],
                Date = EligibilityBench.Today.AddDays(random.Next(-120, 300)),
                Target = targets[random.Next(targets.Length)],
                Tactic = tactics[random.Next(tactics.Length)],
                Venue = venues[random.Next(venues.Length)],
                ChapterReachesOut = random.Next(4) == 0,
                ListsPartnersPublicly = random.Next(4) == 0,
                Member = random.Next(6) == 0 ? new PartyId("m-ana") : null,
            };
            mix[i] = (evaluator, directory, engagement);
        }

        var outcomes = mix.Select(r => r.Item1.Decide(r.Item2, r.Item3)).ToArray();
        foreach (var outcome in Enum.GetValues<EligibilityOutcome>())
        {
            if (!outcomes.Contains(outcome))
            {
                throw new InvalidOperationException($"The mix has no {outcome} decision; widen it.");
            }
        }

        return mix;
    }
}

/// <summary>
/// Decisions over the varied mix (<see cref="EligibilityMix"/>), per decision: the outcome only and the
/// full explanation; <see cref="Best"/> repeats one request (an aligned group, a co-organized event).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EligibilityMixBenchmarks
{
    private (IEligibilityEvaluator Evaluator, PartnerDirectory Directory, Engagement Engagement)[] _mix = null!;

    [GlobalSetup]
    public void Setup() => _mix = EligibilityMix.Build();

    /// <summary>One repeated request: the best case.</summary>
    [Benchmark(Baseline = true)]
    public EligibilityOutcome Best() => _mix[0].Evaluator.Decide(_mix[0].Directory, EligibilityBench.Event);

    /// <summary>The outcome only, per decision, over the whole mix.</summary>
    [Benchmark(OperationsPerInvoke = EligibilityMix.Size)]
    public int DecideMix()
    {
        var sum = 0;
        foreach (var (evaluator, directory, engagement) in _mix)
        {
            sum += (int)evaluator.Decide(directory, engagement);
        }

        return sum;
    }

    /// <summary>The full explanation, per decision, over the whole mix.</summary>
    [Benchmark(OperationsPerInvoke = EligibilityMix.Size)]
    public int ExplainMix()
    {
        var sum = 0;
        foreach (var (evaluator, directory, engagement) in _mix)
        {
            sum += evaluator.Explain(directory, engagement).DecidingRules.Count;
        }

        return sum;
    }
}

/// <summary>The full explanation of one request of the mix whose outcome is <see cref="Outcome"/>.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class EligibilityExplainByOutcomeBenchmarks
{
    private (IEligibilityEvaluator Evaluator, PartnerDirectory Directory, Engagement Engagement) _one;

    /// <summary>The outcome of the request explained.</summary>
    [Params(EligibilityOutcome.Permit, EligibilityOutcome.PermitWithConditions, EligibilityOutcome.Review, EligibilityOutcome.NotPermitted, EligibilityOutcome.Forbid)]
    public EligibilityOutcome Outcome { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var mix = EligibilityMix.Build();
        _one = mix.First(r => r.Evaluator.Decide(r.Directory, r.Engagement) == Outcome);
    }

    [Benchmark]
    public EligibilityDecision Explain() => _one.Evaluator.Explain(_one.Directory, _one.Engagement);
}

/// <summary>Screening a directory of 10,000 partners on the organization-level question, on one thread.</summary>
[MemoryDiagnoser]
public class EligibilityScreeningBenchmarks
{
    private IEligibilityEvaluator _evaluator = null!;
    private PartnerDirectory _directory = null!;
    private Engagement[] _engagements = null!;

    [Params(10_000)]
    public int Partners { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new PolicyCompiler().Compile(BuiltInPolicy.Pack);
        _directory = new PartnerDirectory(EligibilityBench.Chapter, EligibilityBench.Partners(Partners));
        _engagements = [.. _directory.Partners.Select(p => new Engagement { Kind = EngagementKind.Partnership, Partners = [p.Id], Date = EligibilityBench.Today })];
    }

    [Benchmark(Baseline = true)]
    public int ReferenceInterpreter()
    {
        var permitted = 0;
        foreach (var engagement in _engagements)
        {
            permitted += Eligibility.ReferenceInterpreter.Decide(BuiltInPolicy.Pack, _directory, engagement) <= EligibilityOutcome.PermitWithConditions ? 1 : 0;
        }

        return permitted;
    }

    [Benchmark]
    public IReadOnlyList<PartnerScreening> ScreenPartners() => _evaluator.ScreenPartners(_directory, EligibilityBench.Today);
}

/// <summary>
/// How a decision grows with the size of the policy: 10, 100 and 1,000 rules. The generated rules look
/// like a chapter's policy as it grows: most are exceptions about one partner (guarded by partner.id) or
/// one kind of organization (guarded by partner.kind) for a few kinds of engagement; one in twenty is a
/// general rule for one kind of engagement. The reference interpreter scans every rule.
/// </summary>
[MemoryDiagnoser]
public class EligibilityGrowthBenchmarks
{
    private IEligibilityEvaluator _evaluator = null!;
    private PartnerDirectory _directory = null!;
    private EligibilityPolicy _policy = null!;

    [Params(10, 100, 1000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _policy = Generate(Rules);
        _evaluator = new PolicyCompiler().Compile(_policy);
        _directory = new PartnerDirectory(EligibilityBench.Chapter, [EligibilityBench.ClimateNow, .. EligibilityBench.Partners(2000)]);
    }

    internal static EligibilityPolicy Generate(int count)
    {
        var kinds = Enum.GetValues<EngagementKind>();
        var organizationKinds = Enum.GetValues<OrganizationKind>();
        var effects = new[] { RuleEffect.Permit, RuleEffect.Forbid, RuleEffect.Review, RuleEffect.PermitWithConditions };
        var rules = new List<PolicyRule>(count);
        for (var i = 0; i < count; i++)
        {
            var effect = effects[i % effects.Length];
            var shape = i % 20;
            PolicyCondition guard = shape < 10
                ? new PolicyCondition.FactTest { Fact = "partner.id", Comparison = FactComparison.Is, Value = PolicyValue.Of("p" + (i * 7 % 2000)) }
                : new PolicyCondition.FactTest { Fact = "partner.kind", Comparison = FactComparison.In, Value = PolicyValue.List(EnumName(organizationKinds[i % organizationKinds.Length])) };
            var detail = new PolicyCondition.FactTest { Fact = "partner.issueOverlap", Comparison = FactComparison.Is, Value = PolicyValue.Of(true) };
            rules.Add(new PolicyRule
            {
                Id = "rule-" + i,
                Effect = effect,
                AppliesTo = shape == 19 ? [kinds[i % kinds.Length]] : [kinds[i % kinds.Length], kinds[(i + 5) % kinds.Length]],
                When = shape == 19 ? detail : new PolicyCondition.AllOf { Parts = [guard, detail] },
                Reason = "Generated rule " + i,
                Reviewers = effect == RuleEffect.Review ? ["steering committee"] : [],
                Conditions = effect == RuleEffect.PermitWithConditions ? ["condition " + i] : [],
            });
        }

        return new EligibilityPolicy { Id = "growth", Version = "1", Rules = rules };
    }

    private static string EnumName(OrganizationKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];

    [Benchmark(Baseline = true)]
    public EligibilityOutcome ReferenceInterpreter() => Eligibility.ReferenceInterpreter.Decide(_policy, _directory, EligibilityBench.Event);

    [Benchmark]
    public EligibilityOutcome Decide() => _evaluator.Decide(_directory, EligibilityBench.Event);
}
