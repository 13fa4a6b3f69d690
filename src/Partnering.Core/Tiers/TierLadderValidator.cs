using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Partnering.Core.Tiers;

/// <summary>Checks a ladder and reports every problem with the JSON path it has in a ladder document.</summary>
internal static class TierLadderValidator
{
    public static IReadOnlyList<DocumentProblem> Validate(TierLadder ladder, string root = "$")
    {
        ArgumentNullException.ThrowIfNull(ladder);
        var problems = new List<DocumentProblem>();
        if (string.IsNullOrWhiteSpace(ladder.Name))
        {
            problems.Add(new(root + ".name", "A ladder needs a name."));
        }

        var levels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (ladder.Tiers.Count < 2)
        {
            problems.Add(new(root + ".tiers", string.Create(CultureInfo.InvariantCulture, $"A ladder needs at least two tiers; got {ladder.Tiers.Count}.")));
        }

        for (var i = 0; i < ladder.Tiers.Count; i++)
        {
            var name = ladder.Tiers[i].Name;
            var path = string.Create(CultureInfo.InvariantCulture, $"{root}.tiers[{i}].name");
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add(new(path, "A tier needs a name."));
            }
            else if (!levels.TryAdd(name, i))
            {
                problems.Add(new(path, string.Create(CultureInfo.InvariantCulture, $"Duplicate tier name '{name}' (also at $.tiers[{levels[name]}]); tier names must be unique, ignoring case.")));
            }
        }

        var stepFrom = new Dictionary<int, int>();
        for (var i = 0; i < ladder.Steps.Count; i++)
        {
            var step = ladder.Steps[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"{root}.steps[{i}]");
            var from = Level(levels, step.From, path + ".from", problems);
            var to = Level(levels, step.To, path + ".to", problems);
            if (from >= 0 && to >= 0)
            {
                if (to != from + 1)
                {
                    problems.Add(new(path + ".to", $"A step goes up exactly one tier: from '{step.From}' the next tier is {(from + 1 < ladder.Tiers.Count ? $"'{ladder.Tiers[from + 1].Name}'" : "none (it is the top)")}, not '{step.To}'."));
                }
                else if (!stepFrom.TryAdd(from, i))
                {
                    problems.Add(new(path, string.Create(CultureInfo.InvariantCulture, $"Duplicate step from '{step.From}' to '{step.To}' (also at $.steps[{stepFrom[from]}]); give one step per pair of tiers.")));
                }
            }

            Criterion(step.When, path + ".when", problems);
            if (step.Faster is { } faster)
            {
                Criterion(faster.When, path + ".faster.when", problems);
                if (string.IsNullOrWhiteSpace(faster.Reason))
                {
                    problems.Add(new(path + ".faster.reason", "A faster step needs a reason: it is recorded with every move it allows."));
                }
            }

            for (var a = 0; a < step.NextActions.Count; a++)
            {
                if (string.IsNullOrWhiteSpace(step.NextActions[a]))
                {
                    problems.Add(new(string.Create(CultureInfo.InvariantCulture, $"{path}.nextActions[{a}]"), "A next action must not be empty."));
                }
            }
        }

        // Every tier above the first must be reachable: the step into it exists and the tier below is reachable.
        for (var level = 1; level < ladder.Tiers.Count; level++)
        {
            if (!stepFrom.ContainsKey(level - 1) && levels.TryGetValue(ladder.Tiers[level].Name ?? string.Empty, out var own) && own == level)
            {
                problems.Add(new(
                    string.Create(CultureInfo.InvariantCulture, $"{root}.tiers[{level}]"),
                    $"Tier '{ladder.Tiers[level].Name}' cannot be reached: no step leads to it from '{ladder.Tiers[level - 1].Name}'. Add a step from '{ladder.Tiers[level - 1].Name}' to '{ladder.Tiers[level].Name}'."));
            }
        }

        var decay = ladder.Decay;
        if (decay.AtRiskAfterDays <= 0)
        {
            problems.Add(new(root + ".decay.atRiskAfterDays", string.Create(CultureInfo.InvariantCulture, $"Days until at risk must be positive; got {decay.AtRiskAfterDays}.")));
        }

        if (decay.GraceDays <= 0)
        {
            problems.Add(new(root + ".decay.graceDays", string.Create(CultureInfo.InvariantCulture, $"Grace days must be positive; got {decay.GraceDays}.")));
        }
        else if ((long)decay.AtRiskAfterDays + decay.GraceDays > 100_000)
        {
            problems.Add(new(root + ".decay.graceDays", "Days until at risk plus grace days must be at most 100000."));
        }

        Level(levels, decay.Floor, root + ".decay.floor", problems);
        if (ladder.ForbiddenHoldsAt is { } hold)
        {
            Level(levels, hold, root + ".forbiddenHoldsAt", problems);
        }

        if (ladder.AffiliateInterestFrom is { } affiliate)
        {
            Level(levels, affiliate, root + ".affiliateInterestFrom", problems);
        }

        return [.. problems];
    }

    private static int Level(Dictionary<string, int> levels, string name, string path, List<DocumentProblem> problems)
    {
        if (levels.TryGetValue(name, out var level))
        {
            return level;
        }

        problems.Add(new(path, $"Unknown tier '{name}'; the ladder's tiers are {string.Join(", ", levels.Keys.Select(k => $"'{k}'"))}."));
        return -1;
    }

    private static void Criterion(TierCriterion criterion, string path, List<DocumentProblem> problems)
    {
        switch (criterion)
        {
            case AllOfCriterion all:
                Items(all.Items, path + ".all", "all", problems);
                Contradictions(all.Items, path + ".all", problems);
                break;
            case AnyOfCriterion any:
                Items(any.Items, path + ".any", "any", problems);
                break;
            case NotCriterion not:
                Criterion(not.Item, path + ".not", problems);
                break;
            case EvidenceCriterion evidence:
                if (!TierNames.IsDefined(evidence.Evidence))
                {
                    problems.Add(new(path + ".evidence", $"Unknown evidence kind {(int)evidence.Evidence}; known kinds: {TierNames.AllEvidence}."));
                }

                if (evidence.AtLeast is null && evidence.AtMost is null)
                {
                    problems.Add(new(path, "An evidence criterion needs atLeast, atMost or both."));
                }

                if (evidence.AtLeast is < 0)
                {
                    problems.Add(new(path + ".atLeast", string.Create(CultureInfo.InvariantCulture, $"atLeast must not be negative; got {evidence.AtLeast}.")));
                }

                if (evidence.AtMost is < 0)
                {
                    problems.Add(new(path + ".atMost", string.Create(CultureInfo.InvariantCulture, $"atMost must not be negative; got {evidence.AtMost}: it could never hold.")));
                }

                if (evidence is { AtLeast: { } least, AtMost: { } most } && least > most)
                {
                    problems.Add(new(path, string.Create(CultureInfo.InvariantCulture, $"Contradictory bounds: at least {least} and at most {most} can never both hold.")));
                }

                if (evidence.WithinDays is <= 0 or > 100_000)
                {
                    problems.Add(new(path + ".withinDays", string.Create(CultureInfo.InvariantCulture, $"A window must be from 1 to 100000 days; got {evidence.WithinDays}. Leave it out to count the whole history.")));
                }

                break;
            case TimeInTierCriterion time:
                if (time.Days is <= 0 or > 100_000)
                {
                    problems.Add(new(path + ".daysInTier", string.Create(CultureInfo.InvariantCulture, $"Days in tier must be from 1 to 100000; got {time.Days}.")));
                }

                break;
            case EligibilityCriterion eligibility:
                if (!TierNames.IsDefined(eligibility.AtMost))
                {
                    problems.Add(new(path + ".eligibilityAtMost", $"Unknown eligibility outcome {(int)eligibility.AtMost}; known outcomes: {TierNames.AllOutcomes}."));
                }

                break;
            case OwnerAssignedCriterion:
                break;
            default:
                problems.Add(new(path, $"Unknown criterion type {criterion.GetType().Name}."));
                break;
        }
    }

    private static void Items(IReadOnlyList<TierCriterion> items, string path, string what, List<DocumentProblem> problems)
    {
        if (items.Count == 0)
        {
            problems.Add(new(path, $"An empty '{what}' is not allowed: it says nothing about the evidence needed. List at least one criterion."));
        }

        for (var i = 0; i < items.Count; i++)
        {
            Criterion(items[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), problems);
        }
    }

    /// <summary>
    /// Evidence criteria in one "all" on the same evidence and window whose bounds cannot both hold.
    /// Each criterion is compared with the tightest bounds before it in its group (one pass, not every
    /// pair), so it is reported at most once, naming the earlier criterion it contradicts.
    /// </summary>
    private static void Contradictions(IReadOnlyList<TierCriterion> items, string path, List<DocumentProblem> problems)
    {
        // Per (evidence, window): the index of the earlier criterion with the largest atLeast and the one with the smallest atMost.
        var groups = new Dictionary<(TierEvidence, int?), (int Least, int Most)>();
        for (var j = 0; j < items.Count; j++)
        {
            if (items[j] is not EvidenceCriterion b)
            {
                continue;
            }

            var key = (b.Evidence, b.WithinDays);
            if (!groups.TryGetValue(key, out var tight))
            {
                groups[key] = (b.AtLeast is null ? -1 : j, b.AtMost is null ? -1 : j);
                continue;
            }

            var least = tight.Least >= 0 ? ((EvidenceCriterion)items[tight.Least]).AtLeast : null;
            var most = tight.Most >= 0 ? ((EvidenceCriterion)items[tight.Most]).AtMost : null;
            var against = least is { } al && b.AtMost is { } bm && al > bm ? tight.Least
                : most is { } am && b.AtLeast is { } bl && bl > am ? tight.Most
                : -1;
            if (against >= 0)
            {
                var a = (EvidenceCriterion)items[against];
                problems.Add(new(
                    string.Create(CultureInfo.InvariantCulture, $"{path}[{j}]"),
                    string.Create(CultureInfo.InvariantCulture, $"Contradicts {path}[{against}]: '{a.Describe()}' and '{b.Describe()}' can never both hold.")));
            }

            groups[key] = (
                b.AtLeast is { } l && (least is null || l > least) ? j : tight.Least,
                b.AtMost is { } m && (most is null || m < most) ? j : tight.Most);
        }
    }
}
