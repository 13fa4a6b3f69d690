using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Partnering.Core.Eligibility;
using Partnering.Core.Internal;

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
        return JsonWriting.ToText(writer => Write(record, writer));
    }

    /// <summary>Writes the record to a stream (left open) as UTF-8: the same bytes as <see cref="Save(DecisionRecord)"/>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static void Save(DecisionRecord record, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json);
        Write(record, writer);
    }

    private static void Write(DecisionRecord record, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("outcome", JsonEnum<EligibilityOutcome>.Name(record.Outcome));
        writer.WriteString("policyId", record.PolicyId);
        writer.WriteString("policyVersion", record.PolicyVersion);
        writer.WriteString("policyHash", record.PolicyHash);
        writer.WriteString("asOf", record.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("kind", JsonEnum<EngagementKind>.Name(record.Kind));
        writer.WriteStartArray("partners");
        foreach (var partner in record.Partners)
        {
            writer.WriteStringValue(partner.Value);
        }

        writer.WriteEndArray();
        if (record.Member is { } member)
        {
            writer.WriteString("member", member.Value);
        }

        if (record.Message is { } message)
        {
            writer.WriteString("message", message);
        }

        Strings(writer, "decidingRules", record.DecidingRules);
        writer.WriteStartArray("facts");
        foreach (var fact in record.Facts)
        {
            writer.WriteStartObject();
            if (fact.Partner is { } partner)
            {
                writer.WriteString("partner", partner.Value);
            }

            writer.WriteString("fact", fact.Fact);
            if (fact.Value is { } value)
            {
                writer.WriteString("value", value);
            }
            else
            {
                writer.WriteNull("value");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        Strings(writer, "conditionsToHonour", record.ConditionsToHonour);
        Strings(writer, "reviewers", record.Reviewers);
        Strings(writer, "errors", record.Errors);
        writer.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
