using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Partnering.Core.Tiers;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;

namespace Partnering.Core.Documents;

public static partial class TierLadderDocument
{
    private static DocumentLoadResult<TierLadder> Read(JsonElement root, DocumentLimits limits)
    {
        var reader = new Reader();
        var ladder = reader.Ladder(root);
        if (ladder is not null && reader.Problems.Count == 0)
        {
            reader.Problems.AddRange(ladder.Validate());
        }

        return reader.Problems.Count > 0 || ladder is null
            ? JsonInput.Failure<TierLadder>(What, reader.Problems.Count > 0 ? reader.Problems : [new DocumentProblem("$", "The ladder could not be read.")], limits)
            : DocumentLoadResult.Success(ladder);
    }

    /// <summary>Reads the document by hand from a <see cref="JsonDocument"/>, collecting problems instead of stopping at the first.</summary>
    private sealed class Reader
    {
        private static readonly string[] CriterionKeys = ["all", "any", "not", "evidence", "daysInTier", "ownerAssigned", "eligibilityAtMost"];

        public List<DocumentProblem> Problems { get; } = [];

        public TierLadder? Ladder(JsonElement e, string at = "$")
        {
            if (!Object(e, at))
            {
                return null;
            }

            string? name = null;
            List<TierDefinition>? tiers = null;
            List<TierStep>? steps = null;
            TierDecay? decay = null;
            string? hold = null;
            TierPace? pace = null;
            string? affiliate = null;
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in e.EnumerateObject())
            {
                if (Duplicate(p.Name, seen, at))
                {
                    continue;
                }

                var path = JsonPath.Child(at, p.Name);
                switch (p.Name)
                {
                    case "name": name = String(p.Value, path); break;
                    case "tiers": tiers = Array(p.Value, path, Tier); break;
                    case "steps": steps = Array(p.Value, path, Step); break;
                    case "decay": decay = Decay(p.Value, path); break;
                    case "forbiddenHoldsAt": hold = p.Value.ValueKind == JsonValueKind.Null ? null : String(p.Value, path); break;
                    case "pace": pace = Pace(p.Value, path); break;
                    case "affiliateInterestFrom": affiliate = p.Value.ValueKind == JsonValueKind.Null ? null : String(p.Value, path); break;
                    default: unknown.Add(new(p.Name, p.Value)); break;
                }
            }

            Required(name, seen, at, "name");
            Required(tiers, seen, at, "tiers");
            Required(steps, seen, at, "steps");
            Required(decay, seen, at, "decay");
            return name is null || tiers is null || steps is null || decay is null
                ? null
                : new TierLadder { Name = name, Tiers = tiers, Steps = steps, Decay = decay, ForbiddenHoldsAt = hold, Pace = pace ?? TierPace.Default, AffiliateInterestFrom = affiliate, UnknownFields = JsonFieldMap.From(unknown) };
        }

        private TierPace? Pace(JsonElement e, string path)
        {
            if (!Object(e, path))
            {
                return null;
            }

            var pace = TierPace.Default;
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in e.EnumerateObject())
            {
                if (Duplicate(p.Name, seen, path))
                {
                    continue;
                }

                switch (p.Name)
                {
                    case "fasterSteps": pace = pace with { FasterSteps = Bool(p.Value, path + ".fasterSteps") ?? pace.FasterSteps }; break;
                    case "noSkipping": pace = pace with { NoSkipping = Bool(p.Value, path + ".noSkipping") ?? pace.NoSkipping }; break;
                    default: unknown.Add(new(p.Name, p.Value)); break;
                }
            }

            return unknown.Count == 0 ? pace : pace with { UnknownFields = JsonFieldMap.From(unknown) };
        }

        private FasterStep? Faster(JsonElement e, string path)
        {
            if (!Object(e, path))
            {
                return null;
            }

            TierCriterion? when = null;
            string? reason = null;
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in e.EnumerateObject())
            {
                if (Duplicate(p.Name, seen, path))
                {
                    continue;
                }

                switch (p.Name)
                {
                    case "when": when = Criterion(p.Value, path + ".when"); break;
                    case "reason": reason = String(p.Value, path + ".reason"); break;
                    default: unknown.Add(new(p.Name, p.Value)); break;
                }
            }

            Required(when, seen, path, "when");
            Required(reason, seen, path, "reason");
            return when is null || reason is null ? null : new FasterStep { When = when, Reason = reason, UnknownFields = JsonFieldMap.From(unknown) };
        }

        private bool? Bool(JsonElement e, string path)
        {
            if (e.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return e.GetBoolean();
            }

            Problems.Add(new(path, $"Expected true or false; got {JsonKinds.Of(e)}."));
            return null;
        }

        private TierDefinition? Tier(JsonElement e, string path)
        {
            if (!Object(e, path))
            {
                return null;
            }

            string? name = null;
            string? description = null;
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in e.EnumerateObject())
            {
                if (Duplicate(p.Name, seen, path))
                {
                    continue;
                }

                switch (p.Name)
                {
                    case "name": name = String(p.Value, path + ".name"); break;
                    case "description": description = p.Value.ValueKind == JsonValueKind.Null ? null : String(p.Value, path + ".description"); break;
                    default: unknown.Add(new(p.Name, p.Value)); break;
                }
            }

            Required(name, seen, path, "name");
            return name is null ? null : new TierDefinition { Name = name, Description = description, UnknownFields = JsonFieldMap.From(unknown) };
        }

        private TierStep? Step(JsonElement e, string path)
        {
            if (!Object(e, path))
            {
                return null;
            }

            string? from = null;
            string? to = null;
            TierCriterion? when = null;
            var whenSeen = false;
            List<string>? actions = null;
            FasterStep? faster = null;
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in e.EnumerateObject())
            {
                if (Duplicate(p.Name, seen, path))
                {
                    continue;
                }

                switch (p.Name)
                {
                    case "from": from = String(p.Value, path + ".from"); break;
                    case "to": to = String(p.Value, path + ".to"); break;
                    case "when": whenSeen = true; when = Criterion(p.Value, path + ".when"); break;
                    case "nextActions": actions = Array(p.Value, path + ".nextActions", String); break;
                    case "faster": faster = p.Value.ValueKind == JsonValueKind.Null ? null : Faster(p.Value, path + ".faster"); break;
                    default: unknown.Add(new(p.Name, p.Value)); break;
                }
            }

            Required(from, seen, path, "from");
            Required(to, seen, path, "to");
            if (!whenSeen)
            {
                Required<TierCriterion>(null, seen, path, "when");
            }

            return from is null || to is null || when is null
                ? null
                : new TierStep { From = from, To = to, When = when, Faster = faster, NextActions = actions ?? [], UnknownFields = JsonFieldMap.From(unknown) };
        }

        private TierDecay? Decay(JsonElement e, string path)
        {
            if (!Object(e, path))
            {
                return null;
            }

            int? atRisk = null;
            int? grace = null;
            string? floor = null;
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in e.EnumerateObject())
            {
                if (Duplicate(p.Name, seen, path))
                {
                    continue;
                }

                switch (p.Name)
                {
                    case "atRiskAfterDays": atRisk = Int(p.Value, path + ".atRiskAfterDays"); break;
                    case "graceDays": grace = Int(p.Value, path + ".graceDays"); break;
                    case "floor": floor = String(p.Value, path + ".floor"); break;
                    default: unknown.Add(new(p.Name, p.Value)); break;
                }
            }

            Required(atRisk, seen, path, "atRiskAfterDays");
            Required(grace, seen, path, "graceDays");
            Required(floor, seen, path, "floor");
            return atRisk is null || grace is null || floor is null
                ? null
                : new TierDecay { AtRiskAfterDays = atRisk.Value, GraceDays = grace.Value, Floor = floor, UnknownFields = JsonFieldMap.From(unknown) };
        }

        private TierCriterion? Criterion(JsonElement e, string path)
        {
            if (!Object(e, path))
            {
                return null;
            }

            var kinds = e.EnumerateObject().Select(p => p.Name).Where(n => CriterionKeys.Contains(n)).ToList();
            if (kinds.Count != 1)
            {
                Problems.Add(new(path, kinds.Count == 0
                    ? $"A criterion needs exactly one of {string.Join(", ", CriterionKeys)}."
                    : $"A criterion has exactly one of {string.Join(", ", CriterionKeys)}; this one has {string.Join(", ", kinds)}. Combine them with 'all'."));
                return null;
            }

            var kind = kinds[0];
            int? atLeast = null;
            int? atMost = null;
            int? within = null;
            var requireKnown = true;
            var extras = new List<string>();
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            TierCriterion? result = null;
            var failed = false;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in e.EnumerateObject())
            {
                if (Duplicate(p.Name, seen, path))
                {
                    failed = true;
                    continue;
                }

                var at = path + "." + p.Name;
                switch (p.Name)
                {
                    case "all" or "any":
                        var items = Array(p.Value, at, Criterion);
                        failed |= items is null || items.Count != p.Value.GetArrayLength();
                        if (items is not null)
                        {
                            result = p.Name == "all" ? new AllOfCriterion { Items = items } : new AnyOfCriterion { Items = items };
                        }

                        break;
                    case "not":
                        var inner = Criterion(p.Value, at);
                        result = inner is null ? null : new NotCriterion { Item = inner };
                        failed |= inner is null;
                        break;
                    case "evidence":
                        var text = String(p.Value, at);
                        if (text is not null)
                        {
                            if (TierNames.TryEvidence(text, out var evidence))
                            {
                                result = new EvidenceCriterion { Evidence = evidence };
                            }
                            else
                            {
                                Problems.Add(new(at, $"Unknown evidence kind '{text}'; known kinds: {TierNames.AllEvidence}."));
                            }
                        }

                        break;
                    case "atLeast": atLeast = Int(p.Value, at); extras.Add(p.Name); break;
                    case "atMost": atMost = Int(p.Value, at); extras.Add(p.Name); break;
                    case "withinDays": within = Int(p.Value, at); extras.Add(p.Name); break;
                    case "requireKnown":
                        extras.Add(p.Name);
                        if (p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                        {
                            requireKnown = p.Value.GetBoolean();
                        }
                        else
                        {
                            Problems.Add(new(at, "Expected true or false."));
                        }

                        break;
                    case "daysInTier":
                        var days = Int(p.Value, at);
                        result = days is null ? null : new TimeInTierCriterion { Days = days.Value };
                        break;
                    case "ownerAssigned":
                        if (p.Value.ValueKind == JsonValueKind.True)
                        {
                            result = new OwnerAssignedCriterion();
                        }
                        else
                        {
                            Problems.Add(new(at, "ownerAssigned must be true; to ask for no owner, write { \"not\": { \"ownerAssigned\": true } }."));
                        }

                        break;
                    case "eligibilityAtMost":
                        var outcome = String(p.Value, at);
                        if (outcome is not null)
                        {
                            if (TierNames.TryOutcome(outcome, out var o))
                            {
                                result = new EligibilityCriterion { AtMost = o };
                            }
                            else
                            {
                                Problems.Add(new(at, $"Unknown eligibility outcome '{outcome}'; known outcomes: {TierNames.AllOutcomes}."));
                            }
                        }

                        break;
                    default:
                        unknown.Add(new(p.Name, p.Value));
                        break;
                }
            }

            var allowed = kind switch
            {
                "evidence" => new[] { "atLeast", "atMost", "withinDays" },
                "eligibilityAtMost" => ["requireKnown"],
                _ => [],
            };
            foreach (var extra in extras.Where(x => !allowed.Contains(x)))
            {
                Problems.Add(new(path + "." + extra, $"'{extra}' does not apply to a '{kind}' criterion."));
            }

            result = result switch
            {
                EvidenceCriterion ev => ev with { AtLeast = atLeast, AtMost = atMost, WithinDays = within },
                EligibilityCriterion el => el with { RequireKnown = requireKnown },
                _ => result,
            };
            return failed || result is null ? null : result with { UnknownFields = JsonFieldMap.From(unknown) };
        }

        private bool Duplicate(string name, HashSet<string> seen, string path)
        {
            if (seen.Add(name))
            {
                return false;
            }

            Problems.Add(new(path + "." + name, $"Duplicate field '{name}'; give each field once."));
            return true;
        }

        private bool Object(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                return true;
            }

            Problems.Add(new(path, $"Expected an object; got {JsonKinds.Of(e)}."));
            return false;
        }

        private List<T>? Array<T>(JsonElement e, string path, Func<JsonElement, string, T?> item)
            where T : class
        {
            if (e.ValueKind != JsonValueKind.Array)
            {
                Problems.Add(new(path, $"Expected an array; got {JsonKinds.Of(e)}."));
                return null;
            }

            var list = new List<T>();
            var i = 0;
            foreach (var element in e.EnumerateArray())
            {
                if (item(element, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]")) is { } value)
                {
                    list.Add(value);
                }
            }

            return list;
        }

        private string? String(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.String)
            {
                return e.GetString();
            }

            Problems.Add(new(path, ProblemText.Expected("a string", e)));
            return null;
        }

        private int? Int(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var value))
            {
                return value;
            }

            Problems.Add(new(path, $"Expected a whole number; got {(e.ValueKind == JsonValueKind.Number ? e.GetRawText() : JsonKinds.Of(e))}."));
            return null;
        }

        private void Required<T>(T? value, HashSet<string> seen, string path, string name)
        {
            // A field that was there but did not read has its problem already (at its path or inside it).
            if (value is null && !seen.Contains(name))
            {
                Problems.Add(new(path, ProblemText.Required(name)));
            }
        }

    }
}
