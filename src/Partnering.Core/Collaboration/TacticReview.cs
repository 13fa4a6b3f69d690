using System;
using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;

namespace Partnering.Core.Collaboration;

/// <summary>
/// The verdict on a tactic proposed for a joint action: the outcome (strictest finding wins) and the
/// findings that decided it. We join only when <see cref="Outcome"/> is <see cref="EligibilityOutcome.Permit"/>
/// or <see cref="EligibilityOutcome.PermitWithConditions"/>.
/// </summary>
public sealed record TacticVerdict
{
    /// <summary>The proposal judged.</summary>
    public required TacticProposal Proposal { get; init => field = Guard.NotNull(value); }

    /// <summary>The outcome.</summary>
    public required EligibilityOutcome Outcome { get; init; }

    /// <summary>Every finding, each with its rule id and the facts it used.</summary>
    public IReadOnlyList<CheckFinding> Reasons { get; init => field = Guard.List(value); } = ValueList<CheckFinding>.Empty;

    /// <summary>Whether the chapter joins the action with this tactic.</summary>
    public bool Join => Outcome <= EligibilityOutcome.PermitWithConditions;
}

/// <summary>
/// Checks a tactic proposed for a joint action against the chapter's theory of change and tactics. This is
/// the seam through which the eligibility engine's rules judge tactics (no second rule system): register an
/// implementation backed by the engine to replace the default <see cref="ChapterTacticReview"/>.
/// </summary>
public interface ITacticReview
{
    /// <summary>Judges a proposal.</summary>
    /// <param name="proposal">The tactic proposed.</param>
    /// <param name="chapter">The chapter, with its theory of change and allowed and disallowed tactics.</param>
    /// <returns>The verdict with its reasons.</returns>
    TacticVerdict Review(TacticProposal proposal, Chapter chapter);
}

/// <summary>
/// The default tactic review, from the chapter's own data. Rules (strictest wins):
/// <c>tactic.disallowed</c> (Forbid: the chapter does not use or join the tactic at this time),
/// <c>tactic.avoided-target</c> (Forbid: the action aims at a kind of target the theory of change avoids),
/// <c>tactic.target-outside-theory</c> (Review: the target is not among those the theory pressures),
/// <c>tactic.allowed</c> (Permit), and otherwise <c>tactic.not-listed</c> (NotPermitted: decide first).
/// </summary>
public sealed class ChapterTacticReview : ITacticReview
{
    /// <inheritdoc/>
    public TacticVerdict Review(TacticProposal proposal, Chapter chapter)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(chapter);
        var theory = chapter.TheoryOfChange;
        var tactic = proposal.Tactic;
        var findings = new List<(EligibilityOutcome Outcome, CheckFinding Finding)>();

        if (chapter.DisallowedTactics.Contains(tactic))
        {
            findings.Add((EligibilityOutcome.Forbid, new("tactic.disallowed", $"'{tactic}' is among the tactics {chapter.Name} does not use or join at this time; it does not fit our theory of change ({theory.Summary}).")));
        }

        if (proposal.Target is { } target)
        {
            if (theory.AvoidedTargets.Contains(target))
            {
                findings.Add((EligibilityOutcome.Forbid, new("tactic.avoided-target", $"The action aims at a {Words(target)}, a kind of target our theory of change avoids ({theory.Summary}).")));
            }
            else if (theory.Targets.Count > 0 && !theory.Targets.Contains(target))
            {
                findings.Add((EligibilityOutcome.Review, new("tactic.target-outside-theory", $"The action aims at a {Words(target)}, not one of the targets our theory of change pressures ({string.Join(", ", theory.Targets.Select(Words))}): the chapter's leaders should look first.")));
            }
        }

        if (chapter.AllowedTactics.Contains(tactic))
        {
            findings.Add((EligibilityOutcome.Permit, new("tactic.allowed", $"'{tactic}' is among the tactics {chapter.Name} uses.")));
        }
        else if (!chapter.DisallowedTactics.Contains(tactic))
        {
            findings.Add((EligibilityOutcome.NotPermitted, new("tactic.not-listed", $"'{tactic}' is not among the tactics {chapter.Name} uses: the chapter must decide before joining; silence is not a yes.")));
        }

        var outcome = findings.Max(f => f.Outcome);
        return new TacticVerdict
        {
            Proposal = proposal,
            Outcome = outcome,
            Reasons = findings.OrderByDescending(f => f.Outcome).Select(f => f.Finding).ToArray(),
        };
    }

    private static string Words(TargetKind kind) => kind switch
    {
        TargetKind.ExecutiveOfficial => "executive official",
        TargetKind.Person => "person (not an office)",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
