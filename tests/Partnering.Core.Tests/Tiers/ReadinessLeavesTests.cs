using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Tiers;

/// <summary>
/// The met and unmet criteria of a step's readiness (issue #15, speed): counted first, then filled into
/// two exact arrays. They must be the simple criteria that count toward the step, in tree order, with
/// an "any" that holds leaving its other alternatives out and a "not" flipping what counts.
/// </summary>
public sealed class ReadinessLeavesTests
{
    private static CriterionCheck Leaf(bool holds, int n) => new() { Criterion = new EvidenceCriterion { Evidence = TierEvidence.Meetings, AtLeast = n }, Holds = holds, Actual = n };

    private static CriterionCheck Any(params CriterionCheck[] parts) => new() { Criterion = new AnyOfCriterion { Items = [.. parts.Select(p => p.Criterion)] }, Holds = parts.Any(p => p.Holds), Parts = parts };

    private static CriterionCheck All(params CriterionCheck[] parts) => new() { Criterion = new AllOfCriterion { Items = [.. parts.Select(p => p.Criterion)] }, Holds = parts.All(p => p.Holds), Parts = parts };

    private static CriterionCheck Not(CriterionCheck part) => new() { Criterion = new NotCriterion { Item = part.Criterion }, Holds = !part.Holds, Parts = [part] };

    [Fact]
    public void An_any_that_holds_at_the_top_leaves_its_other_alternatives_out()
    {
        var (met, unmet) = CriterionCheck.Leaves(Any(Leaf(true, 1), Leaf(false, 2)));

        Assert.Equal([1], met.Select(c => c.Actual));
        Assert.Empty(unmet);
    }

    [Fact]
    public void An_any_that_fails_lists_every_alternative_as_unmet_and_a_not_counts_when_its_part_fails()
    {
        var (met, unmet) = CriterionCheck.Leaves(All(Leaf(true, 1), Any(Leaf(false, 2), Leaf(false, 3)), Not(Leaf(false, 4))));

        Assert.Equal([1, 4], met.Select(c => c.Actual));
        Assert.Equal([2, 3], unmet.Select(c => c.Actual));
        Assert.StartsWith("not: ", met[1].Description, StringComparison.Ordinal);
    }

    [Property]
    public Property Leaves_are_the_criteria_that_count_in_tree_order()
        => Prop.ForAll(Arb.From(Tree(3)), root =>
        {
            var (met, unmet) = CriterionCheck.Leaves(root);
            var (wantMet, wantUnmet) = (new List<CriterionCheck>(), new List<CriterionCheck>());
            Reference(root, true, wantMet, wantUnmet);
            return met.SequenceEqual(wantMet) && unmet.SequenceEqual(wantUnmet);
        });

    /// <summary>The rule as plainly as it can be said, with lists.</summary>
    private static void Reference(CriterionCheck check, bool wanted, List<CriterionCheck> met, List<CriterionCheck> unmet)
    {
        switch (check.Criterion)
        {
            case NotCriterion:
                Reference(check.Parts[0], !wanted, met, unmet);
                break;
            case AnyOfCriterion or AllOfCriterion:
                var skipFailing = check.Criterion is AnyOfCriterion && wanted && check.Holds;
                foreach (var part in check.Parts.Where(p => !skipFailing || p.Holds))
                {
                    Reference(part, wanted, met, unmet);
                }

                break;
            default:
                (check.Holds == wanted ? met : unmet).Add(wanted ? check : check with { Negated = true });
                break;
        }
    }

    private static Gen<CriterionCheck> Tree(int depth)
    {
        var leaf = from holds in Gen.Elements(true, false) from n in Gen.Choose(0, 9) select Leaf(holds, n);
        if (depth == 0)
        {
            return leaf;
        }

        var parts = Tree(depth - 1).ArrayOf().Select(a => a.Take(4).ToArray()).Where(a => a.Length > 0);
        return Gen.OneOf(
            leaf,
            parts.Select(a => Any(a)),
            parts.Select(a => All(a)),
            Tree(depth - 1).Select(Not));
    }
}
