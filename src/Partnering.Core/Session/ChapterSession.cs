using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Collaboration;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;
using Partnering.Core.Maps;
using Partnering.Core.Tiers;

namespace Partnering.Core;

/// <summary>
/// One chapter's workspace, opened once on one day: its own eligibility policy compiled once (the pack
/// for the chapter's kind, extended with the workspace's <c>"policy"</c>), its ladder compiled once, one
/// <see cref="PartnerDirectory"/> built once, and every question of the library answered from them
/// together: decide, explain and screen; tier standings with eligibility applied; access and
/// recommendations with eligibility applied; the tactic check; one-on-one and meeting checks; calendar
/// conflicts; coalition table standings; the public listing of events.
/// </summary>
/// <remarks>
/// Open one with <see cref="IChapterSessionFactory"/> (registered by <c>AddPartnering</c>) or
/// <see cref="ChapterSessionFactory"/>. A session is immutable and thread-safe: the answers that cost
/// something (screening, histories, standings, the plan) are worked out on first use, once, whichever
/// thread asks first. A workspace that changes is a new session.
/// </remarks>
public sealed class ChapterSession
{
    private readonly ChapterSessionFactory _parts;
    private readonly EligibilityTacticReview _tactics;
    private readonly Lazy<ValueList<PartnerEligibility>> _screening;
    private readonly Lazy<FrozenDictionary<PartyId, PartnerEligibility>> _screeningById;
    private readonly Lazy<IReadOnlyList<PartnershipHistory>> _histories;
    private readonly Lazy<IReadOnlyList<TierStanding>> _standings;
    private readonly Lazy<FrozenDictionary<PartyId, TierStanding>> _standingById;
    private readonly Lazy<PartnershipPlan> _plan;
    private readonly Lazy<OutreachPlan> _outreach;
    private readonly Lazy<IReadOnlyList<CalendarConflict>> _conflicts;

    internal ChapterSession(Workspace workspace, DateOnly asOf, IEligibilityEvaluator policy, IPartnershipProgression progression, ChapterSessionFactory parts)
    {
        Workspace = workspace;
        AsOf = asOf;
        Policy = policy;
        Progression = progression;
        _parts = parts;
        Directory = PartnerDirectory.From(workspace);
        TacticReview = _tactics = new EligibilityTacticReview(policy);
        _screening = new(() => ValueList<PartnerEligibility>.Wrap([.. Policy.ScreenPartners(Directory, AsOf).Select(s => new PartnerEligibility(s, this))]));
        _screeningById = new(() => Screening.ToFrozenDictionary(s => s.Partner));
        _histories = new(() => PartnershipHistory.FromWorkspace(Workspace, AsOf, Policy, Directory));
        _standings = new(() => Progression.EvaluateMany(Histories, AsOf));
        _standingById = new(() => Standings.ToFrozenDictionary(s => s.Partner));
        _plan = new(() => _parts.Planner.Plan(new PlanningRequest
        {
            Workspace = Workspace,
            PowerMaps = Workspace.PowerMaps,
            DeclaredAssets = Workspace.Assets,
            Eligibility = PlanningOutcomeOf,
            AsOf = AsOf,
            Top = _parts.Top,
        }));
        _outreach = new(() => _parts.Outreach.Plan(Plan, Workspace, AsOf, party => StandingOf(party)?.Tier));
        _conflicts = new(() => [.. _parts.Conflicts.FindConflicts([.. (Workspace.Collaboration?.Calendar ?? []).Where(e => e.Date >= AsOf)]).Select(c => CalendarConflicts.AdvisedFor(c, workspace.Chapter.Id))]);
    }

    /// <summary>The workspace the session answers for.</summary>
    public Workspace Workspace { get; }

    /// <summary>The day of every answer that does not name its own.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The chapter's own policy, compiled once: the pack for its kind extended with the workspace's <c>"policy"</c> (<see cref="BuiltInPolicy.For(Workspace)"/>).</summary>
    public IEligibilityEvaluator Policy { get; }

    /// <summary>The chapter's ladder (the workspace's own, or the default), compiled once.</summary>
    public IPartnershipProgression Progression { get; }

    /// <summary>The one directory of the workspace's parties, built once.</summary>
    public PartnerDirectory Directory { get; }

    /// <summary>The tactic check, under the chapter's own policy.</summary>
    public ITacticReview TacticReview { get; }

    /// <summary>The outcome of an engagement under the chapter's policy (the cheap path).</summary>
    /// <param name="engagement">The engagement.</param>
    /// <returns>The outcome.</returns>
    public EligibilityOutcome Decide(Engagement engagement) => Policy.Decide(Directory, engagement);

    /// <summary>The outcome of an engagement under the chapter's policy, with its reasons.</summary>
    /// <param name="engagement">The engagement.</param>
    /// <returns>The explained decision.</returns>
    public EligibilityDecision Explain(Engagement engagement) => Policy.Explain(Directory, engagement);

    /// <summary>
    /// The review before the chapter reaches out to a partner on <paramref name="on"/> (default
    /// <see cref="AsOf"/>): an <see cref="EngagementKind.Outreach"/> the chapter starts, explained.
    /// </summary>
    /// <param name="partner">The partner.</param>
    /// <param name="on">The day of the outreach; <see langword="null"/> for <see cref="AsOf"/>.</param>
    /// <returns>The explained decision.</returns>
    public EligibilityDecision ReviewOutreach(PartyId partner, DateOnly? on = null)
        => Explain(new Engagement { Kind = EngagementKind.Outreach, Partners = [partner], Date = on ?? AsOf, ChapterReachesOut = true });

    /// <summary>Every partner screened on <see cref="AsOf"/> (may the chapter partner with it at all), in directory order; each carries its reasons, worked out when first read.</summary>
    public IReadOnlyList<PartnerEligibility> Screening => _screening.Value;

    /// <summary>The screening of one partner, or <see langword="null"/> when the directory has no partner with the id.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The screening.</returns>
    public PartnerEligibility? ScreeningOf(PartyId partner) => _screeningById.Value.GetValueOrDefault(partner);

    /// <summary>One history per partnership, with the collaboration evidence and the eligibility outcomes on the days that matter (<see cref="PartnershipHistory.FromWorkspace(Workspace, DateOnly, IEligibilityEvaluator, PartnerDirectory)"/>).</summary>
    public IReadOnlyList<PartnershipHistory> Histories => _histories.Value;

    /// <summary>Where each partnership stands on the ladder on <see cref="AsOf"/>, eligibility applied (a Forbid holds it), in workspace order.</summary>
    public IReadOnlyList<TierStanding> Standings => _standings.Value;

    /// <summary>The standing of the partnership with a partner, or <see langword="null"/> when the workspace records none.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The standing.</returns>
    public TierStanding? StandingOf(PartyId partner) => _standingById.Value.GetValueOrDefault(partner);

    /// <summary>
    /// Access and recommendations for every power map of the workspace, with its declared assets, on
    /// <see cref="AsOf"/>, eligibility applied: a forbidden partner is never recommended and no route
    /// passes through it; anything short of a permit is flagged for review. A group the chapter has no
    /// partnership with yet is judged as the chapter reaching out to it (<see cref="ReviewOutreach"/>),
    /// so one in another state, or one the national body already works with, is flagged for the
    /// organizing staff's review first. A partner the chapter holds as an ally by choice stays in the
    /// picture (a route, an influential actor), and its recommendation's reason says there is no deeper ask.
    /// </summary>
    public PartnershipPlan Plan => _plan.Value;

    /// <summary>
    /// The outreach plan from <see cref="Plan"/>'s recommendations, each at the tier its partnership stands.
    /// A partner the chapter holds as an ally by choice on <see cref="AsOf"/> (its standing's
    /// <see cref="TierStanding.AllyByChoice"/>; seed 004) gets no item, so no deeper ask; its
    /// recommendation in <see cref="Plan"/> stays, and says so.
    /// </summary>
    public OutreachPlan Outreach => _outreach.Value;

    /// <summary>
    /// Checks a tactic proposed at a coalition table against the chapter's policy. With the
    /// <paramref name="table"/>, the joint action is judged with everyone who sits there on the day, not
    /// only the proposer, as one engagement: a seat the policy forbids working with (a party club, a
    /// campaign: seed 000, no coordination with partisan or electoral bodies) makes the action one we do
    /// not join, a seat it sends for review sends the action for review, and a seat's conditions (issue
    /// framing for a 501(c)(3)) are the action's too; a reason that comes from a seat names it.
    /// </summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="actionDate">The day of the action.</param>
    /// <param name="table">The table where it was proposed, or <see langword="null"/> to judge the proposer alone.</param>
    /// <returns>The verdict, with its reasons.</returns>
    public TacticVerdict ReviewTactic(TacticProposal proposal, DateOnly actionDate, CoalitionTable? table = null)
        => _tactics.Review(proposal, Directory, actionDate, table);

    /// <summary>
    /// Reviews a one-on-one against its checks, and first against the chapter's policy on the meeting's
    /// day: a meeting to build a relationship with a partner the policy forbids (a party club, an official
    /// running for office: seed 000), or one it sends for review (a first meeting across a state line or
    /// a national relationship: seed 004), gets a <c>one-on-one.eligibility</c> finding with the deciding
    /// rules. A first meeting is judged as the chapter reaching out; a later one as the partnership.
    /// </summary>
    /// <param name="meeting">The one-on-one.</param>
    /// <returns>The findings; empty when it followed the guidance.</returns>
    public IReadOnlyList<CheckFinding> ReviewOneOnOne(OneOnOneMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var checks = _parts.OneOnOnes.Review(meeting);
        return EligibilityFinding(meeting) is { } finding ? [finding, .. checks] : checks;
    }

    /// <summary>The name of the one-on-one check of eligibility (<see cref="ReviewOneOnOne"/>).</summary>
    public const string OneOnOneEligibilityRule = "one-on-one.eligibility";

    private CheckFinding? EligibilityFinding(OneOnOneMeeting meeting)
    {
        if (Directory.FindPartner(meeting.Partner) is null)
        {
            // Every rule reads facts the workspace does not have: say that, not each rule that could not tell.
            return new CheckFinding(OneOnOneEligibilityRule, $"{meeting.Partner} is not among the workspace's partners, so the policy cannot tell whether we may work with them: research them and record them (their kind, tax status, whether partisan or running for office) before the meeting; unknown is never a yes.");
        }

        var decision = Explain(new Engagement
        {
            Kind = meeting.FirstMeeting ? EngagementKind.Outreach : EngagementKind.Partnership,
            Partners = [meeting.Partner],
            Date = meeting.Date,
            ChapterReachesOut = meeting.FirstMeeting,
        });

        var name = Directory.NameOf(meeting.Partner) ?? meeting.Partner.Value;
        var why = string.Join("; ", decision.DecidingRules.Select(r => $"{r.RuleId}: {r.Reason}"));
        var on = meeting.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return decision.Outcome switch
        {
            EligibilityOutcome.Forbid => new CheckFinding(OneOnOneEligibilityRule, $"Eligibility forbids working with {name} on {on} ({why}): this is not a relationship to build; do not hold or follow up the meeting as a step towards partnering."),
            EligibilityOutcome.Review => new CheckFinding(OneOnOneEligibilityRule, $"Eligibility says review on {on}: ask {(decision.Reviewers.Count == 0 ? "our point of contact" : string.Join(", ", decision.Reviewers))} before meeting {name} ({why})."),
            EligibilityOutcome.NotPermitted => new CheckFinding(OneOnOneEligibilityRule, $"No rule permits working with {name} on {on}: ask our point of contact at the national body before meeting them."),
            _ => null,
        };
    }

    /// <summary>Checks a planned meeting's readiness on <paramref name="checkedOn"/>, under the workspace's meeting profile and knowing its coalition tables.</summary>
    /// <param name="meeting">The planned meeting.</param>
    /// <param name="checkedOn">The day of the check.</param>
    /// <returns>The readiness.</returns>
    public MeetingReadiness CheckMeeting(PlannedMeeting meeting, DateOnly checkedOn)
    {
        var collaboration = Workspace.Collaboration;
        return new InclusiveMeetingCheck(collaboration?.MeetingProfile).Check(meeting, checkedOn, collaboration?.Tables ?? ValueList<CoalitionTable>.Empty);
    }

    /// <summary>
    /// The conflicts among the calendar's events on or after <see cref="AsOf"/>, with advice for the
    /// chapter (<see cref="CalendarConflict.Us"/>): where only one of the two events is ours, ours is the
    /// one to move, and we offer rather than ask (seed 003); where neither is, none is named to move
    /// (<see cref="CalendarConflict.MoveEvent"/> is <see langword="null"/>) and we let the hosts know.
    /// </summary>
    public IReadOnlyList<CalendarConflict> ConflictsAhead => _conflicts.Value;

    /// <summary>The next meeting of a coalition table after <see cref="AsOf"/>, with the open actions by owner.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The brief.</returns>
    public NextMeetingBrief NextMeeting(CoalitionTable table) => CoalitionTables.NextMeeting(table, AsOf);

    /// <summary>The chapter's own standing at a coalition table, or <see langword="null"/> when the chapter holds no seat there.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The standing.</returns>
    public TableStanding? OurStandingAt(CoalitionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var us = Workspace.Chapter.Id;
        return table.Seats.Any(s => s.Organization == us) ? CoalitionTables.StandingOf(table, us, AsOf) : null;
    }

    /// <summary>The names of an event's sponsors that may be listed publicly (hidden sponsors withheld).</summary>
    /// <param name="calendarEvent">The event.</param>
    /// <returns>The names.</returns>
    public IReadOnlyList<string> PublicSponsors(CalendarEvent calendarEvent) => EventPublishing.PublicSponsors(calendarEvent, Workspace);

    /// <summary>The relationship review (owners, feedback, accountability, tables without an agreed action) on <see cref="AsOf"/>, from <see cref="Standings"/>.</summary>
    /// <returns>The findings.</returns>
    public IReadOnlyList<CheckFinding> ReviewRelationships() => RelationshipReview.Review(Workspace, Standings, AsOf);

    /// <summary>A summary for debugging.</summary>
    /// <returns>The chapter, the day and the policy.</returns>
    public override string ToString() => $"{Workspace.Chapter.Name} as of {AsOf:yyyy-MM-dd} (policy {Policy.Policy.Id} {Policy.Policy.Version}, ladder '{Progression.Ladder.Name}')";

    /// <summary>
    /// The outcome the plan works with: the screening's for a partner the chapter already has a
    /// partnership with; for any other, the stricter of the screening and the review of reaching out to
    /// it, as the plan's first step with it is outreach (DOMAIN rule 8, seed 004: ask the organizing
    /// staff before reaching out across a state line or a national relationship).
    /// </summary>
    private EligibilityOutcome? PlanningOutcomeOf(PartyId party)
    {
        var screened = ScreeningOf(party);
        if (screened is null || Directory.PartnershipWith(party) is not null)
        {
            return screened?.Outcome;
        }

        var reachingOut = Decide(new Engagement { Kind = EngagementKind.Outreach, Partners = [party], Date = AsOf, ChapterReachesOut = true });
        return reachingOut > screened.Outcome ? reachingOut : screened.Outcome;
    }
}

/// <summary>
/// A partner's screening in a session: may the chapter partner with it at all on the session's day. The
/// outcome is there at once; the explanation is worked out on first read (thread-safe) and kept.
/// </summary>
public sealed class PartnerEligibility
{
    private readonly Lazy<EligibilityDecision> _decision;

    internal PartnerEligibility(PartnerScreening screening, ChapterSession session)
    {
        Partner = screening.Partner;
        Outcome = screening.Outcome;
        _decision = new(() => session.Explain(new Engagement { Kind = EngagementKind.Partnership, Partners = [Partner], Date = session.AsOf }));
    }

    /// <summary>The partner.</summary>
    public PartyId Partner { get; }

    /// <summary>The organization-level outcome.</summary>
    public EligibilityOutcome Outcome { get; }

    /// <summary>The explained decision (the same outcome), worked out on first read.</summary>
    public EligibilityDecision Decision => _decision.Value;

    /// <summary>The rules that decided, with their reasons (<see cref="EligibilityDecision.DecidingRules"/>).</summary>
    public IReadOnlyList<RuleFinding> Reasons => Decision.DecidingRules;

    /// <summary>The partner and outcome.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Partner}: {Outcome}";
}
