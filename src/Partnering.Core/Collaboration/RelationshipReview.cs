using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;
using Partnering.Core.Tiers;

namespace Partnering.Core.Collaboration;

/// <summary>
/// Feedback a partner gave on the partnership: how useful it is to them or how our actions affect them
/// (seed 001: ask for it and take it seriously), and what we did about it.
/// </summary>
public sealed record PartnerFeedback
{
    /// <summary>The partner.</summary>
    public required PartyId Partner { get; init; }

    /// <summary>When it was given.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>What they said, in words.</summary>
    public required string Summary { get; init => field = Guard.NotBlank(value); }

    /// <summary>Whether it raises a concern (our actions affect them badly, the partnership is not useful to them).</summary>
    public bool Concern { get; init; }

    /// <summary>What we changed or answered, when we did.</summary>
    public string? Response { get; init; }

    /// <summary>When we responded.</summary>
    public DateOnly? RespondedOn { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>What accountability means in a partnership, as agreed with the partner (seed 001: discuss it as you move forward).</summary>
public sealed record AccountabilityAgreement
{
    /// <summary>The partner.</summary>
    public required PartyId Partner { get; init; }

    /// <summary>When it was agreed.</summary>
    public required DateOnly AgreedOn { get; init; }

    /// <summary>What each side holds itself accountable for, in words.</summary>
    public IReadOnlyList<string> Terms { get; init => field = Guard.List(value); } = ValueList<string>.Empty;

    /// <summary>When to look at it again together, if set.</summary>
    public DateOnly? ReviewOn { get; init; }

    /// <summary>Fields from a document that this version does not know; written back on save.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;
}

/// <summary>Thresholds of the relationship review; each default is this library's choice, not the guidance's.</summary>
public sealed record RelationshipReviewOptions
{
    /// <summary>The defaults.</summary>
    public static RelationshipReviewOptions Default { get; } = new();

    /// <summary>The largest share of owned partnerships the chapter's leaders may own before the review warns; 0 to 1. Default 0.5.</summary>
    public double MaxLeaderShare { get; init => field = Guard.InRange(value, 0.0, 1.0); } = 0.5;

    /// <summary>The tier level from which an accountability agreement is expected (0 is the first tier). Default 2 (Promotion on the default ladder).</summary>
    public int AccountabilityFromLevel { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"AccountabilityFromLevel must be 0 or more; got {value}."); } = 2;
}

/// <summary>
/// Reviews how the chapter keeps its relationships. Rules: <c>relationships.leaders-own-most</c> (seed 002:
/// don't default to the group's leaders as relationship owners), <c>relationships.no-owner</c> (seed 002:
/// one member in charge of each relationship; not for a partnership eligibility forbids), <c>relationships.feedback-unanswered</c>
/// (seed 001: take the partner's feedback seriously), <c>relationships.no-accountability</c> (seed 001: discuss
/// what accountability means as the partnership moves forward), and <c>table.no-agreed-action</c> (seed 003: a
/// table ends with agreed actions).
/// </summary>
public static class RelationshipReview
{
    /// <summary>The findings for a workspace as of a day.</summary>
    /// <param name="workspace">The workspace (members, partnerships, collaboration data).</param>
    /// <param name="standings">The partnerships' tier standings as of <paramref name="asOf"/>, for the accountability rule (empty to skip it) and to spare a partnership a Forbid holds the owner rule (only standings evaluated with eligibility outcomes know it, such as <see cref="ChapterSession.Standings"/>).</param>
    /// <param name="asOf">The day of the question.</param>
    /// <param name="options">The thresholds; <see cref="RelationshipReviewOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The findings, each with its rule and reason; empty when nothing needs attention.</returns>
    public static IReadOnlyList<CheckFinding> Review(Workspace workspace, IReadOnlyList<TierStanding> standings, DateOnly asOf, RelationshipReviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(standings);
        var o = options ?? RelationshipReviewOptions.Default;
        var findings = new List<CheckFinding>();
        var inv = CultureInfo.InvariantCulture;

        var leaders = workspace.Chapter.Members.Where(m => m.IsLeader).Select(m => m.Id).ToHashSet();
        var owned = workspace.Partnerships.Select(p => p.OwnerOn(asOf)).OfType<PartyId>().ToArray();
        var byLeaders = owned.Count(leaders.Contains);
        if (owned.Length > 0 && (double)byLeaders / owned.Length > o.MaxLeaderShare)
        {
            findings.Add(new("relationships.leaders-own-most", string.Create(inv,
                $"The chapter's leaders own {byLeaders} of {owned.Length} partnerships (more than {o.MaxLeaderShare:P0}): hand some to other members, so relationships do not all rest on the leaders.")));
        }

        // Seed 002: put one member in charge of each relationship. A partnership eligibility forbids is held, not built.
        var forbidden = standings.Where(s => s.Eligibility == EligibilityOutcome.Forbid).Select(s => s.Partner).ToHashSet();
        foreach (var partnership in workspace.Partnerships)
        {
            if (partnership.OwnerOn(asOf) is null && !forbidden.Contains(partnership.Partner))
            {
                findings.Add(new("relationships.no-owner",
                    $"{partnership.Partner} has no relationship owner: put one member in charge of it (not by default one of the chapter's leaders), so the relationship rests on a person."));
            }
        }

        var data = workspace.Collaboration;
        foreach (var feedback in data?.Feedback ?? [])
        {
            if (feedback.Date <= asOf && feedback.Concern && (feedback.RespondedOn is not { } on || on > asOf))
            {
                findings.Add(new("relationships.feedback-unanswered", string.Create(inv,
                    $"{feedback.Partner} raised a concern on {feedback.Date:yyyy-MM-dd} ({feedback.Summary}) and it has no response yet: take it seriously and say what we change.")));
            }
        }

        var agreed = (data?.Accountability ?? []).Where(a => a.AgreedOn <= asOf).Select(a => a.Partner).ToHashSet();
        foreach (var standing in standings)
        {
            if (standing.Level >= o.AccountabilityFromLevel && !agreed.Contains(standing.Partner))
            {
                findings.Add(new("relationships.no-accountability",
                    $"{standing.Partner} is a {standing.Tier} partner with no accountability agreed: discuss what accountability means in this collaboration."));
            }
        }

        foreach (var table in data?.Tables ?? [])
        {
            foreach (var meeting in CoalitionTables.MeetingsWithoutAgreedAction(table, asOf))
            {
                findings.Add(new("table.no-agreed-action", string.Create(inv,
                    $"The '{table.Name}' meeting on {meeting.Date:yyyy-MM-dd} ended with no agreed action: a table ends with actions, each with an owner and a date.")));
            }
        }

        return findings;
    }
}
