using System;
using System.Collections.Generic;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;
using Partnering.Core.Tiers;

namespace Partnering.Core.Documents;

public static partial class TierLadderDocument
{
    private static readonly string[] CriterionKeys = ["all", "any", "not", "evidence", "daysInTier", "ownerAssigned", "eligibilityAtMost"];

    private static DocumentLoadResult<TierLadder> Read(ReadOnlySpan<byte> utf8, DocumentLimits limits)
    {
        var problems = new List<DocumentProblem>();
        var ladder = DtoInput.Read(utf8, static c => c.TierLadderDto, limits, What, problems, allowComments: true) is { } dto ? ReadSection(dto, "$", problems) : null;
        return ladder is not null && problems.Count == 0
            ? DocumentLoadResult.Success(ladder)
            : JsonInput.Failure<TierLadder>(What, problems, limits);
    }

    /// <summary>Maps and validates a ladder read at <paramref name="at"/> (a document's root or the workspace's <c>"ladder"</c> section), adding its problems.</summary>
    internal static TierLadder? ReadSection(TierLadderDto dto, string at, List<DocumentProblem> problems)
    {
        var before = problems.Count;
        var ladder = new Reader(problems).Ladder(dto, at);
        if (ladder is not null && problems.Count == before)
        {
            problems.AddRange(TierLadderValidator.Validate(ladder, at));
        }

        return problems.Count > before ? null : ladder;
    }

    /// <summary>Maps the DTOs to the model, collecting every problem with its path.</summary>
    private sealed class Reader(List<DocumentProblem> problems)
    {
        public TierLadder? Ladder(TierLadderDto dto, string at)
        {
            var before = problems.Count;
            var tiers = List(dto.Tiers, JsonPath.Child(at, "tiers"), Tier);
            var steps = List(dto.Steps, JsonPath.Child(at, "steps"), Step);
            var decay = dto.Decay is null ? null : Decay(dto.Decay, JsonPath.Child(at, "decay"));
            Required(dto.Name, at, "name");
            Required(dto.Tiers, at, "tiers");
            Required(dto.Steps, at, "steps");
            Required(dto.Decay, at, "decay");
            var pace = dto.Pace is not { } p
                ? TierPace.Default
                : TierPace.Default with { FasterSteps = p.FasterSteps ?? TierPace.Default.FasterSteps, NoSkipping = p.NoSkipping ?? TierPace.Default.NoSkipping, UnknownFields = JsonFieldMap.From(p.Extra) };
            return problems.Count > before || decay is null
                ? null
                : new TierLadder
                {
                    Name = dto.Name!,
                    Tiers = tiers!,
                    Steps = steps!,
                    Decay = decay,
                    ForbiddenHoldsAt = dto.ForbiddenHoldsAt,
                    Pace = pace,
                    AffiliateInterestFrom = dto.AffiliateInterestFrom,
                    UnknownFields = JsonFieldMap.From(dto.Extra),
                };
        }

        private TierDefinition? Tier(TierDefinitionDto dto, string path)
        {
            Required(dto.Name, path, "name");
            return dto.Name is null ? null : new TierDefinition { Name = dto.Name, Description = dto.Description, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        private TierStep? Step(TierStepDto dto, string path)
        {
            var before = problems.Count;
            Required(dto.From, path, "from");
            Required(dto.To, path, "to");
            Required(dto.When, path, "when");
            var when = dto.When is null ? null : Criterion(dto.When, JsonPath.Child(path, "when"));
            var actions = List(dto.NextActions, JsonPath.Child(path, "nextActions"), static (text, _) => text);
            FasterStep? faster = null;
            if (dto.Faster is { } f)
            {
                var at = JsonPath.Child(path, "faster");
                Required(f.When, at, "when");
                Required(f.Reason, at, "reason");
                var fasterWhen = f.When is null ? null : Criterion(f.When, JsonPath.Child(at, "when"));
                faster = fasterWhen is null || f.Reason is null ? null : new FasterStep { When = fasterWhen, Reason = f.Reason, UnknownFields = JsonFieldMap.From(f.Extra) };
            }

            return problems.Count > before || when is null
                ? null
                : new TierStep { From = dto.From!, To = dto.To!, When = when, Faster = faster, NextActions = actions ?? [], UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        private TierDecay? Decay(TierDecayDto dto, string path)
        {
            Required(dto.AtRiskAfterDays, path, "atRiskAfterDays");
            Required(dto.GraceDays, path, "graceDays");
            Required(dto.Floor, path, "floor");
            return dto.AtRiskAfterDays is not { } atRisk || dto.GraceDays is not { } grace || dto.Floor is null
                ? null
                : new TierDecay { AtRiskAfterDays = atRisk, GraceDays = grace, Floor = dto.Floor, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        private TierCriterion? Criterion(TierCriterionDto dto, string path)
        {
            var kinds = new List<string>(1);
            void Kind(bool present, string name)
            {
                if (present)
                {
                    kinds.Add(name);
                }
            }

            Kind(dto.All is not null, "all");
            Kind(dto.Any is not null, "any");
            Kind(dto.Not is not null, "not");
            Kind(dto.Evidence is not null, "evidence");
            Kind(dto.DaysInTier is not null, "daysInTier");
            Kind(dto.OwnerAssigned is not null, "ownerAssigned");
            Kind(dto.EligibilityAtMost is not null, "eligibilityAtMost");
            if (kinds.Count != 1)
            {
                problems.Add(new(path, kinds.Count == 0
                    ? $"A criterion needs exactly one of {string.Join(", ", CriterionKeys)}."
                    : $"A criterion has exactly one of {string.Join(", ", CriterionKeys)}; this one has {string.Join(", ", kinds)}. Combine them with 'all'."));
                return null;
            }

            var kind = kinds[0];
            var before = problems.Count;
            var at = JsonPath.Child(path, kind);
            TierCriterion? result = null;
            switch (kind)
            {
                case "all" or "any":
                    var items = List(dto.All ?? dto.Any, at, Criterion);
                    result = items is null ? null : kind == "all" ? new AllOfCriterion { Items = items } : new AnyOfCriterion { Items = items };
                    break;
                case "not":
                    result = Criterion(dto.Not!, at) is { } inner ? new NotCriterion { Item = inner } : null;
                    break;
                case "evidence":
                    result = Name<TierEvidence>(dto.Evidence!, at) is { } evidence
                        ? new EvidenceCriterion { Evidence = evidence, AtLeast = dto.AtLeast, AtMost = dto.AtMost, WithinDays = dto.WithinDays }
                        : null;
                    break;
                case "daysInTier":
                    result = new TimeInTierCriterion { Days = dto.DaysInTier!.Value };
                    break;
                case "ownerAssigned":
                    if (dto.OwnerAssigned == true)
                    {
                        result = new OwnerAssignedCriterion();
                    }
                    else
                    {
                        problems.Add(new(at, "ownerAssigned must be true; to ask for no owner, write { \"not\": { \"ownerAssigned\": true } }."));
                    }

                    break;
                default:
                    result = Name<EligibilityOutcome>(dto.EligibilityAtMost!, at) is { } outcome
                        ? new EligibilityCriterion { AtMost = outcome, RequireKnown = dto.RequireKnown ?? true }
                        : null;
                    break;
            }

            void Bound(bool present, string name, bool allowed)
            {
                if (present && !allowed)
                {
                    problems.Add(new(JsonPath.Child(path, name), $"'{name}' does not apply to a '{kind}' criterion."));
                }
            }

            Bound(dto.AtLeast is not null, "atLeast", kind == "evidence");
            Bound(dto.AtMost is not null, "atMost", kind == "evidence");
            Bound(dto.WithinDays is not null, "withinDays", kind == "evidence");
            Bound(dto.RequireKnown is not null, "requireKnown", kind == "eligibilityAtMost");
            return problems.Count > before || result is null ? null : result with { UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        private T? Name<T>(string text, string path)
            where T : struct, Enum
        {
            if (JsonEnum<T>.TryParse(text, out var value))
            {
                return value;
            }

            problems.Add(new(path, ProblemText.UnknownName(text, JsonEnum<T>.Expected)));
            return null;
        }

        /// <summary>The items of a list; null items and items that did not read are problems, and then the list is null.</summary>
        private List<TModel>? List<TDto, TModel>(List<TDto?>? list, string path, Func<TDto, string, TModel?> item)
            where TDto : class
            where TModel : class
        {
            if (list is null)
            {
                return null;
            }

            var result = new List<TModel>(list.Count);
            var ok = true;
            for (var i = 0; i < list.Count; i++)
            {
                var at = JsonPath.Item(path, i);
                if (list[i] is not { } dto)
                {
                    problems.Add(new(at, ProblemText.NotNull(typeof(TDto) == typeof(string) ? "a string" : "an object")));
                    ok = false;
                }
                else if (item(dto, at) is { } value)
                {
                    result.Add(value);
                }
                else
                {
                    ok = false;
                }
            }

            return ok ? result : null;
        }

        private void Required(object? value, string path, string name)
        {
            if (value is null)
            {
                problems.Add(new(path, ProblemText.Required(name)));
            }
        }
    }
}
