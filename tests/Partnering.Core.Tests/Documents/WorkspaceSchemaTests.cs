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
    };

    internal static string Generate()
    {
        var options = new JsonSerializerOptions(WorkspaceJsonContext.Default.Options);
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var schema = (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(options, typeof(WorkspaceDto), exporter);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "urn:partnering-core:schemas:workspace:1",
            ["title"] = "Partnering.Core workspace document",
            ["description"] = "A chapter's partnering data: the chapter and its members, partners, ties, interactions and partnerships. Fields not listed here are kept and written back by Partnering.Core.",
        };
        foreach (var (name, value) in schema.ToList())
        {
            schema.Remove(name);
            root[name] = value;
        }

        AddSections((JsonObject)root["properties"]!);

        var writeOptions = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return root.ToJsonString(writeOptions).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>
    /// The optional sections (policy, ladder, tier overrides, maps, collaboration) are read by their
    /// features' own hand-written readers, not from DTOs, so the exporter cannot see them. They are
    /// described here by their property names; the readers check the rest.
    /// </summary>
    private static void AddSections(JsonObject properties)
    {
        static JsonObject Open(string description, params string[] names)
        {
            var props = new JsonObject();
            foreach (var name in names)
            {
                props[name] = new JsonObject();
            }

            return new JsonObject { ["description"] = description, ["type"] = "object", ["properties"] = props };
        }

        static JsonObject ArrayOf(string description, JsonObject item) => new() { ["description"] = description, ["type"] = "array", ["items"] = item };

        properties["policy"] = Open("The chapter's own eligibility policy (the policy document's shape); absent means the built-in policy pack.", "id", "version", "rules");
        properties["ladder"] = Open("The chapter's own tier ladder (the tier ladder document's shape); absent means the default ladder.", "name", "tiers", "steps", "decay", "forbiddenHoldsAt");
        var tierOverride = Open("A manual tier decision on the partnership with a partner.", "partner", "date", "tier", "reason", "decidedBy");
        tierOverride["required"] = new JsonArray("partner", "date", "tier", "reason", "decidedBy");
        properties["tierOverrides"] = ArrayOf("Manual tier decisions on partnerships.", tierOverride);
        properties["powerMaps"] = ArrayOf("Power maps of the chapter's targets with their assessment history.", Open("A power map.", "id", "target", "issue", "title", "placements"));
        properties["assets"] = ArrayOf("Assets the chapter declares by hand.", Open("A declared asset.", "id", "category", "name", "holder", "amount", "unit", "inUse", "note"));
        var outreachItem = Open("One partner to reach: who owns the outreach, the first ask for its tier, the first step and the due date.", "mapId", "partner", "owner", "tier", "ask", "firstStep", "introducer", "due", "reason");
        outreachItem["required"] = new JsonArray("partner", "owner", "tier", "ask", "due");
        var outreach = Open("The outreach plan made from the maps' recommendations.", "startsOn", "items");
        outreach["required"] = new JsonArray("startsOn");
        ((JsonObject)outreach["properties"]!)["items"] = ArrayOf("The items, in the order of the recommendations.", outreachItem);
        properties["outreach"] = outreach;
        properties["collaboration"] = Open("Coalition tables, one-on-ones, the coalition calendar and planned meetings (the collaboration document's shape, without its own schemaVersion).", "tables", "oneOnOnes", "calendar", "plannedMeetings", "meetingProfile");
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node)
        {
            return schema;
        }

        // A null value reads as an absent field; the schema shows the plain type so editors suggest it.
        if (node["type"] is JsonArray types && types.Count == 2 && types.Any(t => t?.GetValue<string>() == "null"))
        {
            node["type"] = types.First(t => t?.GetValue<string>() != "null")!.GetValue<string>();
        }

        if (context.PropertyInfo is { } property && property.AttributeProvider is MemberInfo member)
        {
            var target = node["items"] as JsonObject ?? node;
            if (member.GetCustomAttribute<JsonEnumValuesAttribute>() is { } values)
            {
                var names = new JsonArray();
                foreach (var name in Enum.GetNames(values.EnumType))
                {
                    names.Add(JsonNamingPolicy.CamelCase.ConvertName(name));
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

        if (node.ContainsKey("properties") && Required.TryGetValue(context.TypeInfo.Type, out var required))
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

    private static string SchemaPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Partnering.Core.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Partnering.Core.sln not found above the test directory."), "src", "Partnering.Core", "Schemas", WorkspaceDocument.SchemaFileName);
    }

    [Fact]
    public void The_shipped_schema_is_in_sync_with_the_document_types()
    {
        var generated = Generate();
        var path = SchemaPath();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        var shipped = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)";
        Assert.True(
            shipped == generated,
            $"{path} is out of date with the workspace document's types. Regenerate it with {UpdateVariable}=1 dotnet test tests/Partnering.Core.Tests --filter WorkspaceSchemaTests and commit it.");
    }

    [Fact]
    public void The_schema_is_embedded_in_the_library()
        => Assert.Equal(File.ReadAllText(SchemaPath()).ReplaceLineEndings("\n"), WorkspaceDocument.GetJsonSchema().ReplaceLineEndings("\n"));

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
