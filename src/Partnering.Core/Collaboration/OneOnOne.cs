using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Partnering.Core.Internal;

namespace Partnering.Core.Collaboration;

/// <summary>How one of a partner's goals relates to ours.</summary>
public enum GoalRelation
{
    /// <summary>Neither overlaps nor conflicts, as far as we know.</summary>
    Neutral,

    /// <summary>Overlaps with ours: common ground.</summary>
    Overlap,

    /// <summary>Conflicts with ours: to understand before asking anything.</summary>
    Conflict,
}

/// <summary>One of a partner's goals, as researched, and how it relates to ours.</summary>
public sealed record ResearchedGoal
{
    /// <summary>The goal in words.</summary>
    public required string Goal { get; init => field = Guard.NotBlank(value); }

    /// <summary>How it relates to ours. Default <see cref="GoalRelation.Neutral"/>.</summary>
    public GoalRelation Relation { get; init; } = GoalRelation.Neutral;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>What we learned about a partner before a one-on-one: goals, capacities, constraints and base.</summary>
public sealed record PartnerResearch
{
    /// <summary>When the research was done.</summary>
    public required DateOnly DoneOn { get; init; }

    /// <summary>Their goals, with overlap and conflict against ours.</summary>
    public IReadOnlyList<ResearchedGoal> Goals { get; init => field = Guard.List(value); } = ValueList<ResearchedGoal>.Empty;

    /// <summary>What they bring.</summary>
    public IReadOnlyList<string> Capacities { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>What they need and what they cannot do.</summary>
    public IReadOnlyList<string> Constraints { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>Whom they represent and are accountable to.</summary>
    public string? Base { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>A next step agreed at the close of a one-on-one.</summary>
public sealed record NextStep
{
    /// <summary>What will happen.</summary>
    public required string Description { get; init => field = Guard.NotBlank(value); }

    /// <summary>Who does it: a member or a party of the workspace, so follow-through can be tied to relationship owners.</summary>
    public PartyId? Owner { get; init; }

    /// <summary>Who does it, by name, as older documents recorded it (their <c>"owner"</c> text); prefer <see cref="Owner"/>.</summary>
    public string? OwnerName { get; init; }

    /// <summary>By when, if a date was set.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>
/// A one-on-one meeting with a partner: its five parts (purpose, stories, connection, strategy, ask),
/// the research done before it, the talk balance and the next steps agreed.
/// </summary>
public sealed record OneOnOneMeeting
{
    /// <summary>An id unique among the one-on-ones.</summary>
    public required string Id { get; init => field = Guard.NotBlank(value); }

    /// <summary>The partner met.</summary>
    public required PartyId Partner { get; init; }

    /// <summary>The member who held the meeting, when recorded.</summary>
    public PartyId? HeldBy { get; init; }

    /// <summary>The meeting day.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Whether this was our first meeting with this partner.</summary>
    public bool FirstMeeting { get; init; }

    /// <summary>Where we met, when recorded (seed 001: for the first meeting, go to them).</summary>
    public MeetingPlace? Place { get; init; }

    /// <summary>Whether we met their leadership, when recorded (seed 001: ideally at the leadership level).</summary>
    public bool? AtLeadershipLevel { get; init; }

    /// <summary>Whether they explained their work before we presented ours, when recorded (seed 001: listen first; the order, not only the share).</summary>
    public bool? ListenedFirst { get; init; }

    /// <summary>Our invitation back, if we made one (seed 001: invite them to our next meeting, and make sure they know when and where).</summary>
    public InvitationBack? InvitedBack { get; init; }

    /// <summary>Why we met, as said at the start.</summary>
    public string? Purpose { get; init; }

    /// <summary>The stories exchanged: why each of us does this work.</summary>
    public string? Stories { get; init; }

    /// <summary>Where our interests and values connect.</summary>
    public string? Connection { get; init; }

    /// <summary>The strategy discussed.</summary>
    public string? Strategy { get; init; }

    /// <summary>What we asked for.</summary>
    public string? Ask { get; init; }

    /// <summary>Whether the ask sought a formal commitment (to co-sponsor, sign on, join a coalition...).</summary>
    public bool FormalCommitmentSought { get; init; }

    /// <summary>The research done before the meeting, if any.</summary>
    public PartnerResearch? Research { get; init; }

    /// <summary>Our share of the talking time, from 0 to 1, when observed.</summary>
    public double? OurTalkShare { get; init => field = value is { } v ? Guard.Probability(v, nameof(OurTalkShare)) : null; }

    /// <summary>The next steps agreed.</summary>
    public IReadOnlyList<NextStep> NextSteps { get; init => field = Guard.List(value); } = ValueList<NextStep>.Empty;

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>Where a one-on-one took place.</summary>
public enum MeetingPlace
{
    /// <summary>At their place: their office, their meeting space.</summary>
    TheirPlace,

    /// <summary>At one of their public events, where we introduced ourselves.</summary>
    TheirEvent,

    /// <summary>At our place.</summary>
    OurPlace,

    /// <summary>On common ground (a café, a library).</summary>
    CommonGround,

    /// <summary>Online or by phone.</summary>
    Online,
}

/// <summary>An invitation to the partner to sit in on one of our meetings: when and where.</summary>
public sealed record InvitationBack
{
    /// <summary>The meeting they are invited to.</summary>
    public string? Meeting { get; init; }

    /// <summary>The day, when set.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The time, when set.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>The place (or the link), when set.</summary>
    public string? Place { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>Thresholds of the one-on-one review.</summary>
public sealed record OneOnOneOptions
{
    /// <summary>The defaults: a band of 0.1 around one half (our share from 0.4 to 0.6) and research at least one day ahead.</summary>
    public static OneOnOneOptions Default { get; } = new();

    /// <summary>How far our share of talking may stray from one half; 0 to 0.5. Default 0.1.</summary>
    public double TalkBalanceBand { get; init => field = Guard.InRange(value, 0.0, 0.5); } = 0.1;

    /// <summary>How many days before the meeting the research must be done at the latest; 0 to 365. Default 1 (0 allows the same day).</summary>
    public int ResearchDaysAhead
    {
        get;
        init => field = value is >= 0 and <= 365 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"ResearchDaysAhead must be from 0 to 365; got {value}.");
    } = 1;
}

/// <summary>One thing a check found, with the rule that found it and the facts it used.</summary>
/// <param name="RuleId">A stable rule id (e.g. <c>one-on-one.talk-balance</c>).</param>
/// <param name="Message">What is wrong or missing and what to do, in a plain sentence.</param>
public sealed record CheckFinding(string RuleId, string Message)
{
    /// <summary>Where the rule comes from in the guidance (the seed and its advice), e.g. "seed 001, the first meeting with an organization: go to them".</summary>
    public string Guidance => CollaborationGuidance.For(RuleId);

    /// <summary>The finding as <c>rule: message</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{RuleId}: {Message}";
}

/// <summary>Reviews a one-on-one record against the guidance. Replace it through dependency injection to change the checks.</summary>
public interface IOneOnOneReview
{
    /// <summary>The findings for one meeting; empty when it followed the guidance.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The findings, each with its rule and reason.</returns>
    IReadOnlyList<CheckFinding> Review(OneOnOneMeeting meeting);
}

/// <summary>
/// The default one-on-one review. Rules: <c>one-on-one.research-missing</c> (no research, research done too
/// late, or a part of it empty), <c>one-on-one.talk-balance</c> (our share outside the band around one half),
/// <c>one-on-one.commitment-at-first-meeting</c>, <c>one-on-one.no-next-step</c>,
/// <c>one-on-one.part-missing</c> (one of the five parts not recorded), and for a first meeting (seed 001):
/// <c>one-on-one.go-to-them</c>, <c>one-on-one.leadership-level</c>, <c>one-on-one.listen-first</c> (the order)
/// and <c>one-on-one.invite-back</c> (an invitation with a time and a place).
/// </summary>
public sealed class OneOnOneReview : IOneOnOneReview
{
    /// <summary>Creates the review with the given thresholds.</summary>
    /// <param name="options">The thresholds; <see cref="OneOnOneOptions.Default"/> when <see langword="null"/>.</param>
    public OneOnOneReview(OneOnOneOptions? options = null) => Options = options ?? OneOnOneOptions.Default;

    /// <summary>The thresholds in use.</summary>
    public OneOnOneOptions Options { get; }

    /// <summary>
    /// Every rule this review applies, in the order its findings come; a rule with no finding held. The
    /// four first-meeting rules (go to them, leadership level, listen first, invite back) apply only
    /// when <see cref="OneOnOneMeeting.FirstMeeting"/> is set. <see cref="CheckFinding.Guidance"/> names
    /// the seed each follows.
    /// </summary>
    public static IReadOnlyList<string> Rules { get; } = ValueList<string>.Wrap(
    [
        "one-on-one.research-missing", "one-on-one.talk-balance", "one-on-one.commitment-at-first-meeting", "one-on-one.no-next-step",
        "one-on-one.go-to-them", "one-on-one.leadership-level", "one-on-one.listen-first", "one-on-one.invite-back", "one-on-one.part-missing",
    ]);

    /// <summary>Where a rule comes from in the guidance (the seed and its advice).</summary>
    /// <param name="rule">A rule id, e.g. one of <see cref="Rules"/>.</param>
    /// <returns>The source, or a note that the rule is not from the guidance.</returns>
    public static string GuidanceFor(string rule) => CollaborationGuidance.For(rule);

    /// <inheritdoc/>
    public IReadOnlyList<CheckFinding> Review(OneOnOneMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var findings = new List<CheckFinding>();
        const string Research = "one-on-one.research-missing";
        if (meeting.Research is not { } research)
        {
            findings.Add(new(Research, "No research was recorded before the meeting: learn their goals (overlap and conflict with ours), capacities, constraints and base first."));
        }
        else
        {
            var latest = meeting.Date.AddDays(-Options.ResearchDaysAhead);
            if (research.DoneOn > latest)
            {
                findings.Add(new(Research, string.Create(CultureInfo.InvariantCulture, $"The research was done on {research.DoneOn:yyyy-MM-dd}, after {latest:yyyy-MM-dd}, {Options.ResearchDaysAhead} day(s) before the meeting.")));
            }

            var missing = new List<string>();
            if (research.Goals.Count == 0)
            {
                missing.Add("their goals");
            }

            if (research.Capacities.Count == 0)
            {
                missing.Add("their capacities");
            }

            if (research.Constraints.Count == 0)
            {
                missing.Add("their constraints");
            }

            if (string.IsNullOrWhiteSpace(research.Base))
            {
                missing.Add("their base");
            }

            if (missing.Count > 0)
            {
                findings.Add(new(Research, $"The research does not cover {string.Join(", ", missing)}."));
            }
        }

        if (meeting.OurTalkShare is { } share)
        {
            var low = 0.5 - Options.TalkBalanceBand;
            var high = 0.5 + Options.TalkBalanceBand;
            if (share < low || share > high)
            {
                var advice = share > high ? "listen first" : "share our story and strategy too";
                findings.Add(new("one-on-one.talk-balance", string.Create(CultureInfo.InvariantCulture, $"We did {share:P0} of the talking, outside {low:P0} to {high:P0}: {advice}.")));
            }
        }

        if (meeting.FirstMeeting && meeting.FormalCommitmentSought)
        {
            findings.Add(new("one-on-one.commitment-at-first-meeting", "A formal commitment was sought at a first meeting: trust comes first; ask for a small next step instead."));
        }

        if (meeting.NextSteps.Count == 0)
        {
            findings.Add(new("one-on-one.no-next-step", "No next step was recorded: close with a concrete next step, who does it and by when."));
        }

        if (meeting.FirstMeeting)
        {
            FirstMeeting(meeting, findings);
        }

        var parts = new (string Name, string? Text)[]
        {
            ("purpose", meeting.Purpose), ("stories", meeting.Stories), ("connection", meeting.Connection), ("strategy", meeting.Strategy), ("ask", meeting.Ask),
        };
        var absent = parts.Where(p => string.IsNullOrWhiteSpace(p.Text)).Select(p => p.Name).ToArray();
        if (absent.Length > 0)
        {
            findings.Add(new("one-on-one.part-missing", $"Part(s) of the meeting not recorded: {string.Join(", ", absent)}."));
        }

        return findings;
    }

    private static void FirstMeeting(OneOnOneMeeting meeting, List<CheckFinding> findings)
    {
        switch (meeting.Place)
        {
            case null:
                findings.Add(new("one-on-one.go-to-them", "Where the first meeting took place is not recorded: for a first meeting, go to them."));
                break;
            case MeetingPlace.TheirPlace or MeetingPlace.TheirEvent:
                break;
            default:
                findings.Add(new("one-on-one.go-to-them", $"The first meeting was {Words(meeting.Place.Value)}: offer to go to them instead, so they do not divert time from their work."));
                break;
        }

        if (meeting.AtLeadershipLevel != true)
        {
            findings.Add(new("one-on-one.leadership-level", meeting.AtLeadershipLevel is null
                ? "Whether we met their leadership is not recorded: seek the first meeting at the leadership level."
                : "We did not meet their leadership: seek a meeting at the leadership level."));
        }

        if (meeting.ListenedFirst != true)
        {
            findings.Add(new("one-on-one.listen-first", meeting.ListenedFirst is null
                ? "Whether we listened first is not recorded: let them explain their work before presenting ours."
                : "We presented our work before they explained theirs: listen first, then discuss working together."));
        }

        if (meeting.InvitedBack is not { } invitation)
        {
            findings.Add(new("one-on-one.invite-back", "We did not invite them back: invite them to send someone to our next meeting, with its time and place."));
        }
        else if (invitation.Date is null || invitation.Time is null || string.IsNullOrWhiteSpace(invitation.Place))
        {
            var missing = new[] { invitation.Date is null ? "day" : null, invitation.Time is null ? "time" : null, string.IsNullOrWhiteSpace(invitation.Place) ? "place" : null }.OfType<string>();
            findings.Add(new("one-on-one.invite-back", $"The invitation back has no {string.Join(", ", missing)}: make sure they know when and where the meeting is."));
        }
    }

    private static string Words(MeetingPlace place) => place switch
    {
        MeetingPlace.OurPlace => "at our place",
        MeetingPlace.CommonGround => "on common ground",
        MeetingPlace.Online => "online",
        _ => "with them",
    };
}
