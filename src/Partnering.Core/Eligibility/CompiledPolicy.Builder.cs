using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Partnering.Core.Eligibility;

internal sealed partial class CompiledPolicy
{
    /// <summary>Turns condition trees into flat node arrays.</summary>
    private sealed class Builder(FrozenDictionary<string, IEligibilityPredicate> predicates)
    {
        private readonly List<List<int>> _pending = [];

        public List<Node> Nodes { get; } = [];

        public List<IEligibilityPredicate> Predicates { get; } = [];

        public List<PredicateArguments> Arguments { get; } = [];

        public int Add(PolicyCondition condition)
        {
            switch (condition)
            {
                case PolicyCondition.AllOf or PolicyCondition.AnyOf or PolicyCondition.Negation:
                    var parts = condition switch
                    {
                        PolicyCondition.AllOf all => all.Parts,
                        PolicyCondition.AnyOf any => any.Parts,
                        _ => [((PolicyCondition.Negation)condition).Part],
                    };
                    var op = condition switch
                    {
                        PolicyCondition.AllOf => NodeOp.All,
                        PolicyCondition.AnyOf => NodeOp.Any,
                        _ => NodeOp.Not,
                    };
                    var children = parts.Select(Add).ToList();
                    var index = Nodes.Count;
                    Nodes.Add(new Node { Op = op, First = _pending.Count, Count = children.Count, Description = condition.ToString() });
                    _pending.Add(children);
                    return index;
                case PolicyCondition.PredicateTest call:
                    Predicates.Add(predicates[call.Name]);
                    var args = new Dictionary<string, PolicyValue>(StringComparer.Ordinal);
                    foreach (var (name, value) in call.Arguments)
                    {
                        args[name] = value;
                    }

                    Arguments.Add(new PredicateArguments(args));
                    Nodes.Add(new Node { Op = NodeOp.Predicate, Number = Predicates.Count - 1, Description = call.ToString() });
                    return Nodes.Count - 1;
                default:
                    var leaf = Leaf((PolicyCondition.FactTest)condition);
                    if (PartnerProfile.TryMasks(leaf, out var staticKnown, out var staticValue))
                    {
                        leaf = leaf with { StaticKnown = staticKnown, StaticValue = staticValue };
                    }

                    Nodes.Add(leaf);
                    return Nodes.Count - 1;
            }
        }

        /// <summary>Lays the children lists out in one array and points each composite node at its slice.</summary>
        public int[] Finish()
        {
            var children = new List<int>();
            var starts = new int[_pending.Count];
            for (var i = 0; i < _pending.Count; i++)
            {
                starts[i] = children.Count;
                children.AddRange(_pending[i]);
            }

            for (var i = 0; i < Nodes.Count; i++)
            {
                if (Nodes[i].Op is NodeOp.All or NodeOp.Any or NodeOp.Not)
                {
                    Nodes[i] = Nodes[i] with { First = starts[Nodes[i].First] };
                }
            }

            return [.. children];
        }

        private static Node Leaf(PolicyCondition.FactTest test)
        {
            var info = FactCatalog.ByName[test.Fact];
            var values = test.Value.Kind == PolicyValueKind.List ? test.Value.Items : [test.Value];
            var description = $"{test.Fact} {PolicyValidator.Key(test.Comparison)} {test.Value}";
            switch (info.Type)
            {
                case FactType.Boolean:
                    return new Node { Op = NodeOp.BoolIs, Fact = info.Id, Number = test.Value.Boolean ? 1 : 0, Description = description };
                case FactType.Enum:
                    return new Node { Op = NodeOp.EnumIn, Fact = info.Id, Mask = PolicyValidator.EnumMask(info, values), Description = description };
                case FactType.EnumSet:
                    return new Node { Op = NodeOp.EnumSetAny, Fact = info.Id, Mask = PolicyValidator.EnumMask(info, values), Description = description };
                case FactType.Text:
                    return new Node { Op = NodeOp.TextIn, Fact = info.Id, Texts = [.. values.Select(v => Normalize(info, v.Text!))], Description = description };
                case FactType.TextSet:
                    return new Node { Op = NodeOp.TextSetAny, Fact = info.Id, Texts = [.. values.Select(v => Normalize(info, v.Text!))], Description = description };
                default:
                    var number = info.Type == FactType.Date
                        ? DateOnly.ParseExact(test.Value.Text!, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber
                        : test.Value.Number;
                    var op = test.Comparison switch
                    {
                        FactComparison.AtLeast => NodeOp.IntAtLeast,
                        FactComparison.AtMost => NodeOp.IntAtMost,
                        _ => NodeOp.IntIs,
                    };
                    return new Node { Op = op, Fact = info.Id, Number = number, Description = description };
            }
        }

        private static string Normalize(FactInfo info, string text)
            => info.Id is FactId.PartnerIssueAreas or FactId.PartnerTactics or FactId.EngagementTactic ? Term.Normalize(text, "A term") : text;
    }
}
