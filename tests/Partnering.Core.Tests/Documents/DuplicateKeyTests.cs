using System.Buffers;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Collaboration;
using Partnering.Core.Documents;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Documents;

/// <summary>
/// Every reader refuses a field written twice in one object, in every section of the workspace and in
/// every stand-alone document, with a problem at the repeated field's path (nothing silently kept or dropped).
/// </summary>
public sealed class DuplicateKeyTests
{
    private static string Fixture(string name) => SampleWorkspaceTests.RepositoryFile("tests", "Partnering.Core.Tests", "Documents", "Fixtures", name);

    /// <summary>Each document kind: a fixture of it and its loader (problem paths only).</summary>
    internal static readonly (string Fixture, Func<string, IReadOnlyList<DocumentProblem>> Load)[] Kinds =
    [
        ("every-section-workspace.json", json => WorkspaceDocument.Load(json).Problems),
        ("workspace.json", json => WorkspaceDocument.Load(json).Problems),
        ("issue-advocacy.policy.json", json => PolicyDocument.Load(json).Problems),
        ("default.ladder.json", json => TierLadderDocument.Load(json).Problems),
        ("maps.json", json => MapsDocument.Load(json).Problems),
        ("collaboration.json", json => CollaborationDocument.Load(json).Problems),
    ];

    private static readonly Dictionary<string, (JsonElement Root, int Objects)> Parsed = Kinds.ToDictionary(
        k => k.Fixture,
        k =>
        {
            var root = JsonDocument.Parse(File.ReadAllText(Fixture(k.Fixture))).RootElement.Clone();
            return (root, Objects(root));
        });

    private static int Objects(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => 1 + e.EnumerateObject().Sum(p => Objects(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().Sum(Objects),
        _ => 0,
    };

    /// <summary>
    /// The document with the first field of its <paramref name="target"/>-th non-empty object (pre-order)
    /// written twice, and that field's path; null when there is no such object.
    /// </summary>
    internal static (string Json, string Path)? WithDuplicate(JsonElement root, int target)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer);
        var count = -1;
        string? path = null;

        void Write(JsonElement e, string at)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    var properties = e.EnumerateObject().ToList();
                    var hit = properties.Count > 0 && ++count == target;
                    writer.WriteStartObject();
                    foreach (var (p, i) in properties.Select((p, i) => (p, i)))
                    {
                        var child = Partnering.Core.Internal.JsonPath.Child(at, p.Name);
                        writer.WritePropertyName(p.Name);
                        Write(p.Value, child);
                        if (hit && i == 0)
                        {
                            path = child;
                            writer.WritePropertyName(p.Name);
                            p.Value.WriteTo(writer);
                        }
                    }

                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartArray();
                    var index = 0;
                    foreach (var item in e.EnumerateArray())
                    {
                        Write(item, $"{at}[{index++}]");
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    e.WriteTo(writer);
                    break;
            }
        }

        Write(root, "$");
        writer.Flush();
        return path is null ? null : (Encoding.UTF8.GetString(buffer.WrittenSpan), path);
    }

    [Property]
    public Property A_field_written_twice_anywhere_in_any_document_is_a_problem_at_its_path()
        => Prop.ForAll(
            (from kind in Gen.Choose(0, Kinds.Length - 1)
             from pick in Gen.Choose(0, int.MaxValue - 1)
             select (kind, pick)).ToArbitrary(),
            t =>
            {
                var (fixture, load) = Kinds[t.kind];
                var (root, objects) = Parsed[fixture];
                var (json, path) = WithDuplicate(root, t.pick % objects)!.Value;
                var problems = load(json);
                Assert.True(problems.Any(p => p.Path == path), $"{fixture}: expected a problem at {path}; got [{string.Join("; ", problems)}]");
            });
}
