using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Serialization;
using Partnering.Core.Eligibility;
using static Partnering.Core.Documents.DtoOutput;

namespace Partnering.Core.Documents;

/// <summary>
/// Writes a <see cref="DecisionRecord"/> for the chapter's log: compact JSON with a fixed field order, so
/// identical records give identical bytes.
/// </summary>
public static class DecisionRecordDocument
{
    /// <summary>The record as compact JSON with a fixed field order: identical records give identical bytes.</summary>
    /// <param name="record">The record, from <see cref="DecisionRecord.From(EligibilityDecision)"/>.</param>
    /// <returns>The JSON text.</returns>
    public static string Save(DecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Text(ToDto(record), WorkspaceJsonContext.Default.DecisionRecordDto, indented: false, relaxed: false);
    }

    /// <summary>Writes the record to a stream (left open) as UTF-8: the same bytes as <see cref="Save(DecisionRecord)"/>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static void Save(DecisionRecord record, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(utf8Json);
        Write(utf8Json, ToDto(record), WorkspaceJsonContext.Default.DecisionRecordDto, indented: false, relaxed: false);
    }

    private static DecisionRecordDto ToDto(DecisionRecord record)
        => new()
        {
            Outcome = JsonEnum<EligibilityOutcome>.Name(record.Outcome),
            PolicyId = record.PolicyId,
            PolicyVersion = record.PolicyVersion,
            PolicyHash = record.PolicyHash,
            AsOf = Day(record.AsOf),
            Kind = JsonEnum<EngagementKind>.Name(record.Kind),
            Partners = All(record.Partners, static p => p.Value),
            Member = record.Member?.Value,
            Message = record.Message,
            DecidingRules = [.. record.DecidingRules],
            Facts = All(record.Facts, static f => new DecisionFactDto { Partner = f.Partner?.Value, Fact = f.Fact, Value = f.Value }),
            ConditionsToHonour = [.. record.ConditionsToHonour],
            Reviewers = [.. record.Reviewers],
            Errors = [.. record.Errors],
        };
}

#pragma warning disable CA1002, CA2227 // DTOs are plain, settable, List-based shapes for the source generator.

/// <summary>A decision record as written (never read back: the log is append-only).</summary>
internal sealed class DecisionRecordDto
{
    public string? Outcome { get; set; }
    public string? PolicyId { get; set; }
    public string? PolicyVersion { get; set; }
    public string? PolicyHash { get; set; }
    public string? AsOf { get; set; }
    public string? Kind { get; set; }
    public List<string?> Partners { get; set; } = [];
    public string? Member { get; set; }
    public string? Message { get; set; }
    public List<string?> DecidingRules { get; set; } = [];
    public List<DecisionFactDto?> Facts { get; set; } = [];
    public List<string?> ConditionsToHonour { get; set; } = [];
    public List<string?> Reviewers { get; set; } = [];
    public List<string?> Errors { get; set; } = [];
}

/// <summary>A fact a decision used; its value is written even when unknown (<see langword="null"/>).</summary>
internal sealed class DecisionFactDto
{
    public string? Partner { get; set; }
    public string? Fact { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Value { get; set; }
}

#pragma warning restore CA1002, CA2227
