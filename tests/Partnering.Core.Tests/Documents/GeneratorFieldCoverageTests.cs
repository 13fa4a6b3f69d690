using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck.Fluent;
using Partnering.Core.Documents;
using Partnering.Core.Tests.Integration;

namespace Partnering.Core.Tests.Documents;

/// <summary>
/// The round-trip properties prove only the fields their generators fill. This holds the generators
/// to the documents' shape: every field of every data class of the workspace document, in every
/// section, is written by the save of some generated workspace (a field no generator fills would be
/// saved and loaded back by no property at all: a tie's <c>until</c> was such a field).
/// </summary>
public sealed class GeneratorFieldCoverageTests
{
    /// <summary>Fields a workspace never writes, each with its reason.</summary>
    private static readonly HashSet<string> NotInAWorkspace =
    [
        "WorkspaceDto.members", // only a version 0 document has it (read, migrated, never written)
        "CollaborationDto.schemaVersion", // only the stand-alone collaboration document writes its own version
        "PolicyConditionDto.(unknown fields)", // conditions are closed: an unknown key is a problem, not kept
    ];

    [Fact]
    public void Every_field_of_the_workspace_document_is_written_by_some_generated_workspace()
    {
        var context = WorkspaceJsonContext.Default;
        var known = new SortedSet<string>(StringComparer.Ordinal);
        Fields(context.WorkspaceDto, known, new HashSet<Type>());

        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var workspace in WorkspaceSectionsTests.WithSections.Sample(200, 20))
        {
            var dto = JsonSerializer.Deserialize(WorkspaceDocument.Save(workspace), context.WorkspaceDto)!;
            Written(dto, context.WorkspaceDto, written);
        }

        var never = known.Where(f => !written.Contains(f) && !NotInAWorkspace.Contains(f)).ToList();
        Assert.True(never.Count == 0, "Fields no generated workspace writes (fill them in a generator): " + string.Join(", ", never));
    }

    /// <summary>Every field of the data class and the classes it holds, as <c>TypeName.field</c>.</summary>
    private static void Fields(JsonTypeInfo type, ISet<string> fields, HashSet<Type> seen)
    {
        if (!seen.Add(type.Type))
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            fields.Add(Name(type, property));
            if (Held(property.PropertyType) is { } held)
            {
                Fields(WorkspaceJsonContext.Default.GetTypeInfo(held)!, fields, seen);
            }
        }
    }

    /// <summary>Records each field that holds a value (an empty list counts: it was written).</summary>
    private static void Written(object dto, JsonTypeInfo type, ISet<string> fields)
    {
        foreach (var property in type.Properties)
        {
            if (property.Get!(dto) is not { } value || value is JsonElement { ValueKind: JsonValueKind.Undefined })
            {
                continue;
            }

            fields.Add(Name(type, property));
            if (Held(property.PropertyType) is not { } held)
            {
                continue;
            }

            var heldType = WorkspaceJsonContext.Default.GetTypeInfo(held)!;
            foreach (var item in value is IList list ? list.Cast<object?>() : [value])
            {
                if (item is not null)
                {
                    Written(item, heldType, fields);
                }
            }
        }
    }

    private static string Name(JsonTypeInfo type, JsonPropertyInfo property)
        => $"{type.Type.Name}.{(property.IsExtensionData ? "(unknown fields)" : property.Name)}";

    /// <summary>The data class a field holds, directly or as the items of a list; <see langword="null"/> for values.</summary>
    private static Type? Held(Type type)
    {
        var item = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : type;
        return item.IsSubclassOf(typeof(Dto)) ? item : null;
    }
}
