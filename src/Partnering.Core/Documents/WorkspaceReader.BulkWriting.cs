using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Partnering.Core.Documents;

// The fast path for the bulk of a save; its reading twin is WorkspaceReader.Bulk.cs.
internal sealed partial class WorkspaceReader
{
    // ---- the bulk of a save ------------------------------------------------------------------
    // Saving maps the workspace to its DTOs and serializes them, field by field in the DTO's order,
    // except the ties and interactions: those are written straight from the model (the DTO path
    // costs half again the serializer's own time for the 10k-partner benchmark). An item with
    // unknown fields or a commitment goes through its DTO. A test holds the output to the DTO path.
    private static readonly JsonEncodedText[] TieNames = [.. new[] { "from", "to", "category", "strength", "since", "until", "source", "note" }.Select(static n => JsonEncodedText.Encode(n))];
    private static readonly JsonEncodedText[] InteractionNames = [.. new[] { "kind", "date", "partner", "direction", "participants", "summary", "delivered" }.Select(static n => JsonEncodedText.Encode(n))];
    private static readonly JsonEncodedText[] Categories = [.. JsonEnum<TieCategory>.Names.Select(static n => JsonEncodedText.Encode(n))];
    private static readonly JsonEncodedText[] Kinds = [.. JsonEnum<InteractionKind>.Names.Select(static n => JsonEncodedText.Encode(n))];
    private static readonly JsonEncodedText[] DirectionNames = [.. JsonEnum<Direction>.Names.Select(static n => JsonEncodedText.Encode(n))];

    /// <summary>Writes the workspace document.</summary>
    public static void Write(Utf8JsonWriter writer, Workspace workspace)
    {
        var context = DtoOutput.Saving;
        var dto = ToDto(workspace, bulk: false);
        writer.WriteStartObject();
        foreach (var property in context.WorkspaceDto.Properties)
        {
            if (property.Name is "ties" or "interactions")
            {
                if (property.Name == "ties" ? workspace.Ties.Count > 0 : workspace.Interactions.Count > 0)
                {
                    writer.WriteStartArray(property.Name);
                    if (property.Name == "ties")
                    {
                        Write(writer, workspace.Ties);
                    }
                    else
                    {
                        Write(writer, workspace.Interactions);
                    }

                    writer.WriteEndArray();
                }
            }
            else if (property.Get!(dto) is Dictionary<string, JsonElement> extra && property.IsExtensionData)
            {
                foreach (var (name, value) in extra)
                {
                    writer.WritePropertyName(name);
                    value.WriteTo(writer);
                }
            }
            else if (property.Get(dto) is { } value)
            {
                writer.WritePropertyName(property.Name);
                JsonSerializer.Serialize(writer, value, context.GetTypeInfo(property.PropertyType)!);
            }
        }

        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, IReadOnlyList<Tie> ties)
    {
        Span<char> date = stackalloc char[10];
        foreach (var tie in ties)
        {
            if (tie.UnknownFields.Count > 0)
            {
                JsonSerializer.Serialize(writer, ToDto(tie), WorkspaceJsonContext.Default.TieDto);
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString(TieNames[0], tie.From.Value);
            writer.WriteString(TieNames[1], tie.To.Value);
            writer.WriteString(TieNames[2], Categories[(int)tie.Category]);
            writer.WriteNumber(TieNames[3], tie.Strength);
            if (tie.Since is { } since)
            {
                writer.WriteString(TieNames[4], Format(since, date));
            }

            if (tie.Until is { } until)
            {
                writer.WriteString(TieNames[5], Format(until, date));
            }

            if (tie.Source is { } source)
            {
                writer.WriteString(TieNames[6], source);
            }

            if (tie.Note is { } note)
            {
                writer.WriteString(TieNames[7], note);
            }

            writer.WriteEndObject();
        }
    }

    private static void Write(Utf8JsonWriter writer, IReadOnlyList<Interaction> interactions)
    {
        Span<char> date = stackalloc char[10];
        foreach (var interaction in interactions)
        {
            if (interaction.UnknownFields.Count > 0 || interaction.Commitment is not null)
            {
                JsonSerializer.Serialize(writer, ToDto(interaction), WorkspaceJsonContext.Default.InteractionDto);
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString(InteractionNames[0], Kinds[(int)interaction.Kind]);
            writer.WriteString(InteractionNames[1], Format(interaction.Date, date));
            writer.WriteString(InteractionNames[2], interaction.Partner.Value);
            if (interaction.Direction != Direction.Mutual)
            {
                writer.WriteString(InteractionNames[3], DirectionNames[(int)interaction.Direction]);
            }

            if (interaction.Participants.Count > 0)
            {
                writer.WriteStartArray(InteractionNames[4]);
                foreach (var id in interaction.Participants)
                {
                    writer.WriteStringValue(id.Value);
                }

                writer.WriteEndArray();
            }

            if (interaction.Summary is { } summary)
            {
                writer.WriteString(InteractionNames[5], summary);
            }

            if (!interaction.Delivered)
            {
                writer.WriteBoolean(InteractionNames[6], false);
            }

            writer.WriteEndObject();
        }
    }

    /// <summary>A date as <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, into <paramref name="text"/>.</summary>
    private static ReadOnlySpan<char> Format(PartialDate date, Span<char> text)
    {
        date.Year.TryFormat(text, out _, "D4", CultureInfo.InvariantCulture);
        if (date.Month is not { } month)
        {
            return text[..4];
        }

        text[4] = '-';
        month.TryFormat(text[5..], out _, "D2", CultureInfo.InvariantCulture);
        if (date.Day is not { } day)
        {
            return text[..7];
        }

        text[7] = '-';
        day.TryFormat(text[8..], out _, "D2", CultureInfo.InvariantCulture);
        return text;
    }
}
