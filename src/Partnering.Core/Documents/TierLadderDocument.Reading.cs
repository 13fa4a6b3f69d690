using System.Collections.Generic;
using System.Linq;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;
using Partnering.Core.Tiers;

namespace Partnering.Core.Documents;

public static partial class TierLadderDocument
{
    private static readonly string[] CriterionKeys = ["all", "any", "not", "evidence", "daysInTier", "ownerAssigned", "eligibilityAtMost"];

    /// <summary>Maps and validates a ladder read at <paramref name="at"/> (a document's root or the workspace's <c>"ladder"</c> section), adding its problems.</summary>
    internal static TierLadder? ReadSection(TierLadderDto dto, string at, List<DocumentProblem> problems)
    {
        var before = problems.Count;
        var ladder = new Reader(new DtoReader(problems)).Ladder(dto, at);
        if (ladder is not null && problems.Count == before)
        {
            problems.AddRange(TierLadderValidator.Validate(ladder, at));
        }

        return problems.Count > before ? null : ladder;
    }

    /// <summary>Maps the DTOs to the model, collecting every problem with its path.</summary>
    private sealed class Reader(DtoReader r)
    {
        public TierLadder? Ladder(TierLadderDto dto, string at)
        {
            var before = r.Problems.Count;
            var tiers = r.Array(dto.Tiers, "tiers", at, Tier);
            var steps = r.Array(dto.Steps, "steps", at, Step);
            var decay = r.Object(dto.Decay, "decay", at, Decay);
            var name = r.String(dto.Name, "name", at, required: true);
            Required(dto.Tiers, at, "tiers");
            Required(dto.Steps, at, "steps");
            Required(dto.Decay, at, "decay");
            var pace = dto.Pace is not { } p
                ? TierPace.Default
                : TierPace.Default with { FasterSteps = p.FasterSteps ?? TierPace.Default.FasterSteps, NoSkipping = p.NoSkipping ?? TierPace.Default.NoSkipping, UnknownFields = JsonFieldMap.From(p.Extra) };
            return r.Problems.Count > before || decay is null
                ? null
                : new TierLadder
                {
                    Name = name!,
                    Tiers = tiers,
                    Steps = steps,
                    Decay = decay,
                    ForbiddenHoldsAt = dto.ForbiddenHoldsAt,
                    Pace = pace,
                    AffiliateInterestFrom = dto.AffiliateInterestFrom,
                    UnknownFields = JsonFieldMap.From(dto.Extra),
                };
        }

        private TierDefinition? Tier(TierDefinitionDto dto, Loc path)
            => r.String(dto.Name, "name", path, required: true) is { } name ? new TierDefinition { Name = name, Description = dto.Description, UnknownFields = JsonFieldMap.From(dto.Extra) } : null;

        private TierStep? Step(TierStepDto dto, Loc path)
        {
            var before = r.Problems.Count;
            var from = r.String(dto.From, "from", path, required: true);
            var to = r.String(dto.To, "to", path, required: true);
            var when = r.Object(dto.When, "when", path, Criterion, required: true);
            var actions = r.Texts(dto.NextActions, "nextActions", path);
            var faster = r.Object(dto.Faster, "faster", path, (f, at) =>
            {
                Required(f.When, at, "when");
                var reason = r.String(f.Reason, "reason", at, required: true);
                var fasterWhen = f.When is null ? null : Criterion(f.When, at.Dot("when"));
                return fasterWhen is null || reason is null ? null : new FasterStep { When = fasterWhen, Reason = reason, UnknownFields = JsonFieldMap.From(f.Extra) };
            });
            return r.Problems.Count > before || when is null
                ? null
                : new TierStep { From = from!, To = to!, When = when, Faster = faster, NextActions = actions, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        private TierDecay? Decay(TierDecayDto dto, Loc path)
        {
            Required(dto.AtRiskAfterDays, path, "atRiskAfterDays");
            Required(dto.GraceDays, path, "graceDays");
            Required(dto.Floor, path, "floor");
            return dto.AtRiskAfterDays is not { } atRisk || dto.GraceDays is not { } grace || dto.Floor is null
                ? null
                : new TierDecay { AtRiskAfterDays = atRisk, GraceDays = grace, Floor = dto.Floor, UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        private TierCriterion? Criterion(TierCriterionDto dto, Loc path)
        {
            bool[] present = [dto.All is not null, dto.Any is not null, dto.Not is not null, dto.Evidence is not null, dto.DaysInTier is not null, dto.OwnerAssigned is not null, dto.EligibilityAtMost is not null];
            var kinds = CriterionKeys.Where((_, i) => present[i]).ToList();
            if (kinds.Count != 1)
            {
                var unknown = kinds.Count == 0 ? dto.Extra?.Keys.ToList() ?? [] : [];
                r.Problem(path, kinds.Count == 0
                    ? $"A criterion needs exactly one of {string.Join(", ", CriterionKeys)}{(unknown.Count > 0 ? $"; '{string.Join("', '", unknown)}' is none of them" : string.Empty)}."
                    : $"A criterion has exactly one of {string.Join(", ", CriterionKeys)}; this one has {string.Join(", ", kinds)}. Combine them with 'all'.");
                return null;
            }

            var kind = kinds[0];
            var before = r.Problems.Count;
            var at = path.Dot(kind);
            TierCriterion? result = null;
            switch (kind)
            {
                case "all" or "any":
                    var items = r.Array(dto.All ?? dto.Any, kind, path, Criterion);
                    result = r.Problems.Count > before ? null : kind == "all" ? new AllOfCriterion { Items = items } : new AnyOfCriterion { Items = items };
                    break;
                case "not":
                    result = Criterion(dto.Not!, at) is { } inner ? new NotCriterion { Item = inner } : null;
                    break;
                case "evidence":
                    result = r.Name<TierEvidence>(dto.Evidence!, at) is { } evidence
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
                        r.Problem(at, "ownerAssigned must be true; to ask for no owner, write { \"not\": { \"ownerAssigned\": true } }.");
                    }

                    break;
                default:
                    result = r.Name<EligibilityOutcome>(dto.EligibilityAtMost!, at) is { } outcome
                        ? new EligibilityCriterion { AtMost = outcome, RequireKnown = dto.RequireKnown ?? true }
                        : null;
                    break;
            }

            void Bound(bool present, string name, bool allowed)
            {
                if (present && !allowed)
                {
                    r.Problem(path.Dot(name), $"'{name}' does not apply to a '{kind}' criterion.");
                }
            }

            Bound(dto.AtLeast is not null, "atLeast", kind == "evidence");
            Bound(dto.AtMost is not null, "atMost", kind == "evidence");
            Bound(dto.WithinDays is not null, "withinDays", kind == "evidence");
            Bound(dto.RequireKnown is not null, "requireKnown", kind == "eligibilityAtMost");
            return r.Problems.Count > before || result is null ? null : result with { UnknownFields = JsonFieldMap.From(dto.Extra) };
        }

        private void Required(object? value, Loc path, string name) => r.Has(value, name, path, required: true);
    }
}
