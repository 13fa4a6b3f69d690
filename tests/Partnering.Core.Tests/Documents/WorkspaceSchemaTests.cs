using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Partnering.Core.Documents;

namespace Partnering.Core.Tests.Documents;

/// <summary>
/// The shipped JSON Schema (<c>src/Partnering.Core/Schemas/workspace.schema.json</c>) is generated
/// from the document's types by <see cref="JsonSchemaExporter"/>. When the types change this test
/// fails; regenerate the file with <c>PARTNERING_UPDATE_SCHEMA=1 dotnet test --filter WorkspaceSchemaTests</c>
/// and commit it.
/// </summary>
public sealed class WorkspaceSchemaTests
{
    public const string UpdateVariable = "PARTNERING_UPDATE_SCHEMA";

    private const string PartyIdPattern = "^[A-Za-z0-9_.:-]{1,128}$";
    private const string PartialDatePattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
    private const string ExactDatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    // Fields without which a record does not load (the reader reports them as missing).
    private static readonly Dictionary<Type, string[]> Required = new()
    {
        [typeof(WorkspaceDto)] = ["schemaVersion", "chapter"],
        [typeof(ChapterDto)] = ["id", "name", "homeState", "theoryOfChange"],
        [typeof(TheoryOfChangeDto)] = ["summary"],
        [typeof(NationalRelationshipDto)] = ["heldBy", "organizationName"],
        [typeof(MemberDto)] = ["id", "name"],
        [typeof(AffiliationDto)] = ["organizationName"],
        [typeof(PartnerDto)] = ["type", "id", "name"],
        [typeof(PracticeDto)] = ["kind"],
        [typeof(OfficeHeldDto)] = ["title"],
        [typeof(CandidacyDto)] = ["office", "declared", "electionDay"],
        [typeof(TieDto)] = ["from", "to", "category", "strength"],
        [typeof(InteractionDto)] = ["kind", "date", "partner"],
        [typeof(CommitmentDto)] = ["madeBy", "description", "due"],
        [typeof(OwnerAssignmentDto)] = ["member", "since"],
        [typeof(PartnershipDto)] = ["partner"],
        [typeof(PositionDto)] = ["issue", "outcome", "stance"],
        [typeof(AllyChoiceDto)] = ["date", "reason"],
    };

    /// <summary>The fields only one kind of partner has (the reader refuses them on the other kind).</summary>
    private static readonly string[] OrganizationOnly = ["kind", "taxStatus", "partisanNature", "goals", "tactics", "capacities", "constraints", "base", "baseSize", "history", "practices", "nationalParent", "positions", "supportsCandidatesOf"];

    private static readonly string[] IndividualOnly = ["roles", "offices", "candidacies", "affiliations"];

    /// <summary>The shipped schemas: file name, generator.</summary>
    public static TheoryData<string> SchemaFiles => new() { WorkspaceDocument.SchemaFileName, PolicyDocument.SchemaFileName, TierLadderDocument.SchemaFileName };

    internal static string Generate(string file = WorkspaceDocument.SchemaFileName) => file switch
    {
        PolicyDocument.SchemaFileName => Generate(
            typeof(PolicyDto),
            "urn:partnering-core:schemas:policy:1",
            "Partnering.Core eligibility policy document",
            "An eligibility policy: rules with an effect, the engagements they apply to and a closed condition tree over named facts. The same shape is the workspace's \"policy\" section. Fields not listed here are kept and written back, except inside conditions, which are closed."),
        TierLadderDocument.SchemaFileName => Generate(
            typeof(TierLadderDto),
            "urn:partnering-core:schemas:ladder:1",
            "Partnering.Core tier ladder document",
            "A ladder of partnership tiers: the tiers, the steps between them with their criteria, decay after silence and the pace rules. The same shape is the workspace's \"ladder\" section. Fields not listed here are kept and written back."),
        _ => Generate(
            typeof(WorkspaceDto),
            "urn:partnering-core:schemas:workspace:1",
            "Partnering.Core workspace document",
            "A chapter's partnering data: the chapter and its members, partners, ties, interactions and partnerships. Fields not listed here are kept and written back by Partnering.Core."),
    };

    private static string Generate(Type type, string id, string title, string description)
    {
        var options = new JsonSerializerOptions(WorkspaceJsonContext.Default.Options);
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var schema = (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(options, type, exporter);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = id,
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (name, value) in schema.ToList())
        {
            schema.Remove(name);
            root[name] = value;
        }


        var writeOptions = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return root.ToJsonString(writeOptions).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.PropertyInfo?.PropertyType == typeof(JsonElement))
        {
            return PolicyValue(); // a policy condition's compared value
        }

        if (schema is not JsonObject node || node.ContainsKey("$ref"))
        {
            return schema;
        }

        // A null value reads as an absent field, so an optional field may be null. A required field
        // (which null leaves missing) and a list's item (a null item is refused) may not.
        if (node["type"] is JsonArray types && types.Count == 2 && types.Any(t => t?.GetValue<string>() == "null")
            && !(context.PropertyInfo is { } optional && !RequiredOf(optional.DeclaringType).Contains(optional.Name)))
        {
            node["type"] = types.First(t => t?.GetValue<string>() != "null")!.GetValue<string>();
        }

        if (context.PropertyInfo is { } property && property.AttributeProvider is MemberInfo member)
        {
            if (property.PropertyType == typeof(Dictionary<string, JsonElement>))
            {
                node["additionalProperties"] = PolicyValue(); // a predicate's arguments
            }

            if (member.GetCustomAttribute<JsonNumberRangeAttribute>() is { } range)
            {
                node["minimum"] = range.Minimum;
                if (range.Maximum < double.MaxValue)
                {
                    node["maximum"] = range.Maximum;
                }
            }

            var target = node["items"] as JsonObject ?? node;
            if (member.GetCustomAttribute<JsonEnumValuesAttribute>() is { } values)
            {
                var names = new JsonArray();
                foreach (var name in Enum.GetNames(values.EnumType))
                {
                    names.Add(JsonNamingPolicy.CamelCase.ConvertName(name));
                }

                if (target["type"] is JsonArray nullable && nullable.Any(t => t?.GetValue<string>() == "null"))
                {
                    names.Add(null); // an optional field may be null, which reads as absent
                }

                target["enum"] = names;
            }

            if (member.GetCustomAttribute<JsonPartyIdAttribute>() is not null)
            {
                target["pattern"] = PartyIdPattern;
            }

            if (member.GetCustomAttribute<JsonPartialDateAttribute>() is not null)
            {
                target["pattern"] = PartialDatePattern;
                node["description"] = "A date known to the year, month or day: yyyy, yyyy-MM or yyyy-MM-dd.";
            }

            if (member.GetCustomAttribute<JsonExactDateAttribute>() is not null)
            {
                target["pattern"] = ExactDatePattern;
                node["description"] = "A day: yyyy-MM-dd.";
            }

            switch (property.Name)
            {
                case "schemaVersion" when property.DeclaringType == typeof(WorkspaceDto):
                    node["const"] = Workspace.CurrentSchemaVersion;
                    break;
                case "type" when property.DeclaringType == typeof(PartnerDto):
                    node["enum"] = new JsonArray("organization", "individual");
                    node["description"] = "Which kind of partner; write it first. Fields of the other kind are not allowed.";
                    break;
                case "strength":
                    node["minimum"] = 0;
                    node["maximum"] = 1;
                    break;
                case "homeState" or "state":
                    node["pattern"] = "^[A-Za-z]{2}$";
                    break;
            }
        }

        if (node.ContainsKey("properties") && context.TypeInfo.Type == typeof(PartnerDto))
        {
            // An organization needs its kind and partisan nature; neither kind takes the other's fields (null, which reads as absent, aside).
            static JsonObject When(string type, string[] required, string[] forbidden)
            {
                var then = new JsonObject();
                if (required.Length > 0)
                {
                    then["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]);
                }

                then["properties"] = new JsonObject(
                    forbidden.Select(f => KeyValuePair.Create(f, (JsonNode?)new JsonObject { ["type"] = "null" }))
                        .Concat(required.Select(r => KeyValuePair.Create(r, (JsonNode?)new JsonObject { ["not"] = new JsonObject { ["type"] = "null" } }))));
                return new JsonObject
                {
                    ["if"] = new JsonObject { ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = type } }, ["required"] = new JsonArray("type") },
                    ["then"] = then,
                };
            }

            node["allOf"] = new JsonArray(When("organization", ["kind", "partisanNature"], IndividualOnly), When("individual", [], OrganizationOnly));
        }

        if (node.ContainsKey("properties") && context.TypeInfo.Type == typeof(PolicyConditionDto))
        {
            // Conditions are closed: the reader refuses any other key.
            node["additionalProperties"] = false;
            node["minProperties"] = 1;
        }

        if (node.ContainsKey("properties") && RequiredOf(context.TypeInfo.Type) is { Length: > 0 } required)
        {
            var list = new JsonArray();
            foreach (var name in required)
            {
                list.Add(name);
            }

            node["required"] = list;
        }

        return node;
    }

    private static JsonObject PolicyValue()
    {
        static JsonArray Scalars() => new("string", "integer", "boolean");
        var types = Scalars();
        types.Add("array");
        return new JsonObject
        {
            ["description"] = "A string, a whole number, true or false, or a list of those.",
            ["type"] = types,
            ["items"] = new JsonObject { ["type"] = Scalars() },
        };
    }

    /// <summary>The fields a record needs: listed above for the workspace's own records, marked with [JsonRequiredField] on the sections' DTOs.</summary>
    private static string[] RequiredOf(Type type)
        => Required.TryGetValue(type, out var listed)
            ? listed
            : type.GetProperties().Where(p => p.GetCustomAttribute<JsonRequiredFieldAttribute>() is not null).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToArray();

    private static string SchemaPath(string file = WorkspaceDocument.SchemaFileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Partnering.Core.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Partnering.Core.sln not found above the test directory."), "src", "Partnering.Core", "Schemas", file);
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void The_shipped_schema_is_in_sync_with_the_document_types(string file)
    {
        var generated = Generate(file);
        var path = SchemaPath(file);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        var shipped = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)";
        Assert.True(
            shipped == generated,
            $"{path} is out of date with the document's types. Regenerate it with {UpdateVariable}=1 dotnet test tests/Partnering.Core.Tests --filter WorkspaceSchemaTests and commit it.");
    }

    [Fact]
    public void The_schemas_are_embedded_in_the_library()
    {
        Assert.Equal(File.ReadAllText(SchemaPath()).ReplaceLineEndings("\n"), WorkspaceDocument.GetJsonSchema().ReplaceLineEndings("\n"));
        Assert.Equal(File.ReadAllText(SchemaPath(PolicyDocument.SchemaFileName)).ReplaceLineEndings("\n"), PolicyDocument.GetJsonSchema().ReplaceLineEndings("\n"));
        Assert.Equal(File.ReadAllText(SchemaPath(TierLadderDocument.SchemaFileName)).ReplaceLineEndings("\n"), TierLadderDocument.GetJsonSchema().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void No_section_the_documents_layer_reads_through_DTOs_is_left_hollow()
    {
        var schema = JsonNode.Parse(Generate())!["properties"]!;
        foreach (var section in new[] { "policy", "ladder", "tierOverrides", "powerMaps", "assets", "outreach", "collaboration" })
        {
            var text = schema[section]!.ToJsonString();
            Assert.DoesNotContain("{}", text, StringComparison.Ordinal);
        }

        Assert.Contains("\"forbid\"", schema["policy"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("\"oneOnOnes\"", schema["ladder"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("\"membershipBase\"", schema["assets"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_lists_the_allowed_values_of_closed_vocabularies()
    {
        var schema = JsonNode.Parse(Generate())!.ToJsonString();
        Assert.Contains("\"issueAdvocacy\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"charity501C3\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"oneOnOne\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"communityOnlySpaces\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"electedOfficial\"", schema, StringComparison.Ordinal);
    }
}
