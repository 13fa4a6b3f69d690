using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;

namespace Partnering.Core.Tests.Architecture;

/// <summary>
/// Issue 13: the capabilities know nothing of JSON; the documents (serialization) layer depends on them,
/// never the reverse. Two checks, because each sees what the other cannot: the compiled assembly (every
/// type, member signature and method body of the capability namespaces, down to the tokens of the IL, so
/// a dependency counts wherever its source file sits), and the source tree (usings and doc crefs, which
/// leave no trace in the IL).
/// </summary>
/// <remarks>
/// One exception, deliberate: <see cref="System.Text.Json.JsonElement"/> may be named, because it is the
/// public model's type for the <c>UnknownFields</c> a document carried. The capabilities may hold such
/// values, never read them: calling any member of <c>JsonElement</c> counts as a dependency.
/// </remarks>
public sealed partial class LayeringTests
{
    /// <summary>The namespaces of the model and capabilities (Model, Session and DependencyInjection are in the root namespace).</summary>
    private static readonly HashSet<string> CapabilityNamespaces =
    [
        "Partnering.Core",
        "Partnering.Core.Eligibility",
        "Partnering.Core.Tiers",
        "Partnering.Core.Maps",
        "Partnering.Core.Collaboration",
    ];

    /// <summary>The folders of the model and capabilities under src/Partnering.Core.</summary>
    private static readonly string[] CapabilityFolders = ["Model", "Eligibility", "Tiers", "Maps", "Collaboration", "Session"];

    private const string DocumentsNamespace = "Partnering.Core.Documents";

    private static readonly Assembly Library = typeof(Workspace).Assembly;

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void No_type_in_a_capability_namespace_uses_the_documents_layer_or_System_Text_Json()
    {
        var found = CapabilityTypes().SelectMany(Dependencies).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.True(found.Count == 0, "Capabilities depend on the documents layer or System.Text.Json:" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void The_check_of_the_assembly_sees_the_capability_types_and_their_method_bodies()
    {
        // the check above is only worth something if it looks: it must see the capability types, and a
        // method body's calls (here, the documents layer calling into a capability, the allowed direction)
        var types = CapabilityTypes().ToList();
        Assert.Contains(typeof(Core.Eligibility.PolicyCompiler), types);
        Assert.Contains(typeof(Core.Tiers.TierLadder), types);
        Assert.Contains(typeof(Core.Maps.AccessMap), types);
        Assert.Contains(typeof(Core.Collaboration.CollaborationData), types);
        Assert.Contains(typeof(Workspace), types);
        Assert.DoesNotContain(typeof(Core.Documents.PolicyDocument), types);

        var register = typeof(Core.Documents.BuiltInDocuments).GetMethod("Register", Declared)!;
        var calls = TokensOf(register).Select(t => t.Member).OfType<MethodBase>().Select(m => m.DeclaringType!.Name).ToList();
        Assert.Contains("BuiltInPolicy", calls);
        Assert.Contains("DefaultTierLadder", calls);
    }

    [Fact]
    public void No_capability_source_file_names_the_documents_layer_or_System_Text_Json()
    {
        var documentTypes = Library.GetTypes()
            .Where(t => t.Namespace == DocumentsNamespace && !t.IsNested && !t.Name.StartsWith('<'))
            .Select(t => t.Name.Split('`')[0])
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("PolicyDocument", documentTypes);

        var found = new List<string>();
        var root = RepoPath("src", "Partnering.Core");
        var files = CapabilityFolders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories)).ToList();
        Assert.True(files.Count > 50, $"Only {files.Count} source files found under the capability folders.");
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var problem in SourceProblems(lines[i], documentTypes))
                {
                    found.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: {problem}");
                }
            }
        }

        Assert.True(found.Count == 0, "Capability source names the documents layer or System.Text.Json:" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }

    [Theory]
    [InlineData("using Partnering.Core.Documents;")]
    [InlineData("global using Partnering.Core.Documents;")]
    [InlineData("using Docs = Partnering.Core.Documents.PolicyDocument;")]
    [InlineData("using System.Text.Json.Serialization;")]
    [InlineData("        ContentHash = Documents.PolicyDocument.ContentHash(policy);")]
    [InlineData("        var text = PolicyDocument.Save(policy);")]
    [InlineData("/// loaded through <see cref=\"Documents.TierLadderDocument\"/> like any other ladder")]
    [InlineData("/// see <see cref=\"PolicyDocument.Load(string)\"/>")]
    [InlineData("        using var writer = new System.Text.Json.Utf8JsonWriter(stream);")]
    [InlineData("        var text = JsonEncodedText.Encode(value);")]
    public void The_source_check_refuses_each_kind_of_reference(string line)
        => Assert.NotEmpty(SourceProblems(line, new HashSet<string> { "PolicyDocument", "TierLadderDocument" }));

    [Theory]
    [InlineData("using System.Text.Json;")]
    [InlineData("    public IReadOnlyDictionary<string, JsonElement> UnknownFields { get; internal init => field = JsonFieldMap.From(value); } = JsonFieldMap.Empty;")]
    [InlineData("/// Loaded and saved by <c>PolicyDocument</c> (namespace <c>Partnering.Core.Documents</c>).")]
    [InlineData("        // Documents list a party's ties together, so the last \"from\" end is remembered")]
    public void The_source_check_allows_unknown_fields_and_plain_mentions(string line)
        => Assert.Empty(SourceProblems(line, new HashSet<string> { "PolicyDocument", "TierLadderDocument" }));

    private static IEnumerable<Type> CapabilityTypes()
        => Library.GetTypes().Where(t => t.Namespace is { } ns && CapabilityNamespaces.Contains(ns));

    private static IEnumerable<string> SourceProblems(string line, IReadOnlySet<string> documentTypes)
    {
        var trimmed = line.TrimStart();
        string code;
        if (trimmed.StartsWith("///", StringComparison.Ordinal))
        {
            // a doc comment names a type only through its crefs; <c>text</c> is prose
            code = string.Join(" ", Cref().Matches(trimmed).Select(m => m.Groups[1].Value));
        }
        else
        {
            var comment = trimmed.IndexOf("//", StringComparison.Ordinal);
            code = comment >= 0 ? trimmed[..comment] : trimmed;
        }

        if (UsingDocuments().IsMatch(code) || code.Contains("Partnering.Core.Documents", StringComparison.Ordinal) || QualifiedDocuments().IsMatch(code))
        {
            yield return "names the namespace Partnering.Core.Documents";
        }

        foreach (Match identifier in Identifier().Matches(code))
        {
            if (documentTypes.Contains(identifier.Value))
            {
                yield return $"names {identifier.Value} from the documents layer";
            }
            else if (JsonIdentifier().IsMatch(identifier.Value) && identifier.Value is not ("JsonElement" or "JsonFieldMap"))
            {
                yield return $"names {identifier.Value}";
            }
        }

        if (Regex.IsMatch(code, @"System\.Text\.Json\.(?!JsonElement\b)") )
        {
            yield return "names a System.Text.Json type or namespace other than JsonElement";
        }
    }

    /// <summary>Every type or member a capability type depends on from the documents layer or System.Text.Json.</summary>
    private static IEnumerable<string> Dependencies(Type type)
    {
        var where = type.FullName ?? type.Name;
        foreach (var used in Forbidden(type.BaseType).Concat(type.GetInterfaces().SelectMany(Forbidden)))
        {
            yield return $"{where} derives from {used}";
        }

        foreach (var field in type.GetFields(Declared))
        {
            foreach (var used in Forbidden(field.FieldType))
            {
                yield return $"{where}.{field.Name} is of type {used}";
            }
        }

        foreach (var property in type.GetProperties(Declared))
        {
            foreach (var used in Forbidden(property.PropertyType))
            {
                yield return $"{where}.{property.Name} is of type {used}";
            }
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            var signature = method.GetParameters().Select(p => p.ParameterType)
                .Concat(method is MethodInfo info ? [info.ReturnType] : []);
            foreach (var used in signature.SelectMany(Forbidden))
            {
                yield return $"{where}.{method.Name} has {used} in its signature";
            }

            foreach (var (member, used) in TokensOf(method).SelectMany(token => Forbidden(token.Member).Select(used => (token.Member, used))))
            {
                yield return $"{where}.{method.Name} uses {used} ({member})";
            }
        }
    }

    /// <summary>The forbidden types in a member reference: its declaring type and, for a field or method, its signature.</summary>
    private static IEnumerable<string> Forbidden(MemberInfo? member)
    {
        switch (member)
        {
            case null:
                return [];
            case Type type:
                return Forbidden(type);
            case FieldInfo field:
                return Owner(field.DeclaringType).Concat(Forbidden(field.FieldType));
            case MethodBase method:
                var signature = method.GetParameters().Select(p => p.ParameterType)
                    .Concat(method is MethodInfo info ? [info.ReturnType] : [])
                    .Concat(method.IsGenericMethod ? method.GetGenericArguments() : []);
                return Owner(method.DeclaringType).Concat(signature.SelectMany(Forbidden));
            default:
                return Owner(member.DeclaringType);
        }
    }

    /// <summary>A member declared by a System.Text.Json type (JsonElement included: its values are held, never read) or a documents type.</summary>
    private static IEnumerable<string> Owner(Type? declaring)
    {
        if (declaring is null)
        {
            return [];
        }

        var definition = declaring.IsGenericType ? declaring.GetGenericTypeDefinition() : declaring;
        var own = IsDocuments(definition) || IsJson(definition) ? [definition.FullName ?? definition.Name] : Array.Empty<string>();
        return own.Concat(Forbidden(declaring));
    }

    /// <summary>The forbidden types a type names, its generic arguments, elements and declaring types included; JsonElement itself is allowed.</summary>
    private static IEnumerable<string> Forbidden(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            return [];
        }

        if (type.HasElementType)
        {
            return Forbidden(type.GetElementType());
        }

        var found = new List<string>();
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (IsDocuments(definition) || (IsJson(definition) && definition != typeof(System.Text.Json.JsonElement)))
        {
            found.Add(definition.FullName ?? definition.Name);
        }

        if (type.IsGenericType)
        {
            found.AddRange(type.GetGenericArguments().SelectMany(Forbidden));
        }

        if (type.IsNested && !type.IsGenericParameter)
        {
            found.AddRange(Forbidden(type.DeclaringType));
        }

        return found;
    }

    private static bool IsDocuments(Type type) => type.Namespace is { } ns && (ns == DocumentsNamespace || ns.StartsWith(DocumentsNamespace + ".", StringComparison.Ordinal));

    private static bool IsJson(Type type) => type.Namespace is { } ns && (ns == "System.Text.Json" || ns.StartsWith("System.Text.Json.", StringComparison.Ordinal));

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The members and types a method body names through metadata tokens (calls, fields, types, ldtoken).</summary>
    private static IEnumerable<(MemberInfo Member, int Offset)> TokensOf(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var start = at;
            short value = il[at++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[at++]);
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    var token = BitConverter.ToInt32(il, at);
                    at += 4;
                    yield return (method.Module.ResolveMember(token, typeArguments, methodArguments)!, start);
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += code.OperandType switch
                    {
                        OperandType.InlineNone => 0,
                        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                        OperandType.InlineVar => 2,
                        OperandType.InlineI8 or OperandType.InlineR => 8,
                        _ => 4,
                    };
                    break;
            }
        }
    }

    private static string RepoPath(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Partnering.Core.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine([directory?.FullName ?? throw new InvalidOperationException("Partnering.Core.sln not found."), .. parts]);
    }

    [GeneratedRegex("""cref="([^"]*)""")]
    private static partial Regex Cref();

    [GeneratedRegex(@"^\s*(global\s+)?using\s+(static\s+)?(\w+\s*=\s*)?Partnering\.Core\.Documents\b")]
    private static partial Regex UsingDocuments();

    [GeneratedRegex(@"(?<![\w.])Documents\.[A-Z]")]
    private static partial Regex QualifiedDocuments();

    [GeneratedRegex(@"\b[A-Za-z_]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^(Utf8Json\w*|Json[A-Z]\w*)$")]
    private static partial Regex JsonIdentifier();
}

/// <summary>Issue 13: the public surface earns its place.</summary>
public sealed class PublicSurfaceTests
{
    /// <summary>The records a spreadsheet row becomes: the spreadsheets package keeps a sheet's extra columns in their unknown fields.</summary>
    private static readonly string[] SettableUnknownFields = ["Partner", "Member", "Tie", "Interaction", "Partnership", "OwnerAssignment"];

    [Fact]
    public void Unknown_fields_are_set_by_the_loaders_and_only_the_spreadsheet_rows_let_others_set_them()
    {
        var types = typeof(Workspace).Assembly.GetExportedTypes()
            .Select(t => (Type: t, Property: t.GetProperty("UnknownFields", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)))
            .Where(p => p.Property is not null)
            .ToList();
        Assert.True(types.Count > 40, $"Only {types.Count} types with unknown fields found.");

        var settable = types.Where(p => p.Property!.SetMethod is { IsPublic: true }).Select(p => p.Type.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(SettableUnknownFields.Order(StringComparer.Ordinal), settable);
        Assert.All(types, p => Assert.NotNull(p.Property!.SetMethod));
    }

    [Fact]
    public void The_tie_graph_is_an_implementation_detail_of_the_maps()
    {
        var exported = typeof(Workspace).Assembly.GetExportedTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain("TieGraph", exported);
        Assert.DoesNotContain("GraphPartyKind", exported);
        Assert.Null(typeof(Core.Maps.AccessMap).GetProperty("Graph", BindingFlags.Public | BindingFlags.Instance));
    }

    [Theory]
    [InlineData(typeof(Core.Documents.WorkspaceDocument), typeof(Workspace))]
    [InlineData(typeof(Core.Documents.PolicyDocument), typeof(Core.Eligibility.EligibilityPolicy))]
    [InlineData(typeof(Core.Documents.TierLadderDocument), typeof(Core.Tiers.TierLadder))]
    [InlineData(typeof(Core.Documents.MapsDocument), typeof(Core.Documents.MapsDocument))]
    [InlineData(typeof(Core.Documents.CollaborationDocument), typeof(Core.Collaboration.CollaborationData))]
    public void Every_document_loads_and_saves_by_one_convention(Type document, Type model)
    {
        var result = typeof(Core.Documents.DocumentLoadResult<>).MakeGenericType(model);
        string[] expected =
        [
            $"{result.Name} Load(String)",
            $"{result.Name} Load(String, DocumentLimits)",
            $"{result.Name} Load(Stream)",
            $"{result.Name} Load(Stream, DocumentLimits)",
            $"String Save({model.Name})",
            $"Void Save({model.Name}, Stream)",
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), LoadAndSave(document).Order(StringComparer.Ordinal));
        Assert.All(
            document.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name is "Load" or "Save").SelectMany(m => m.GetParameters()).Where(p => p.ParameterType == typeof(Stream)),
            p => Assert.Equal("utf8Json", p.Name));
    }

    [Fact]
    public void The_decision_record_is_saved_as_text_or_to_a_stream()
        => Assert.Equal(
            ["String Save(DecisionRecord)", "Void Save(DecisionRecord, Stream)"],
            LoadAndSave(typeof(Core.Documents.DecisionRecordDocument)).Order(StringComparer.Ordinal));

    private static IEnumerable<string> LoadAndSave(Type document)
        => document.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.StartsWith("Load", StringComparison.Ordinal) || m.Name.StartsWith("Save", StringComparison.Ordinal))
            .Select(m => $"{m.ReturnType.Name} {m.Name}({string.Join(", ", m.GetParameters().Select(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType).Name))})");
}
