using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Documents;
using Partnering.Core.Tests.Generators;

namespace Partnering.Core.Tests.Documents;

/// <summary>
/// Any change to a valid document either loads or yields problems with paths; nothing else ever
/// comes out of a load (no exception, no half-loaded workspace).
/// </summary>
public sealed class WorkspaceDocumentMutationTests
{
    /// <summary>A document after one change, described for counterexamples.</summary>
    public sealed record Mutated(string Change, byte[] Bytes)
    {
        public override string ToString() => $"{Change}: {Encoding.UTF8.GetString(Bytes)}";
    }

    private static readonly JsonNode?[] Replacements =
    [
        7, -1, 1e300, 0.5, "x", "", "nobody", "2025-13-01", "NaN", "organization", true, false, null,
        new JsonObject(), new JsonArray(), new JsonArray(1, "two"), new JsonObject { ["x"] = 1 },
    ];

    private static Gen<Mutated> NodeMutation() =>
        from workspace in WorkspaceGenerators.WorkspaceGen()
        from pick in Gen.Choose(0, int.MaxValue)
        from operation in Gen.Choose(0, 2)
        from replacement in Gen.Choose(0, Replacements.Length - 1)
        select MutateNode(WorkspaceDocument.Save(workspace, indented: false), pick, operation, Replacements[replacement]);

    private static Mutated MutateNode(string json, int pick, int operation, JsonNode? replacement)
    {
        var root = JsonNode.Parse(json)!;
        var places = new List<(JsonNode Parent, string? Name, int Index)>();
        Collect(root, places);
        var (parent, name, index) = places[pick % places.Count];
        var where = name is null ? $"{parent.GetPath()}[{index}]" : $"{parent.GetPath()}.{name}";
        string change;
        switch (operation)
        {
            case 0 when name is not null:
                ((JsonObject)parent).Remove(name);
                change = $"deleted {where}";
                break;
            case 0:
                ((JsonArray)parent).RemoveAt(index);
                change = $"deleted {where}";
                break;
            case 1 when name is null:
                // Duplicate an item: duplicate ids, duplicate partnerships, or harmless repeats.
                var array = (JsonArray)parent;
                array.Add(array[index]?.DeepClone());
                change = $"duplicated {where}";
                break;
            default:
                var value = replacement?.DeepClone();
                if (name is not null)
                {
                    parent[name] = value;
                }
                else
                {
                    parent[index] = value;
                }

                change = $"replaced {where} with {value?.ToJsonString() ?? "null"}";
                break;
        }

        return new Mutated(change, Encoding.UTF8.GetBytes(root.ToJsonString()));
    }

    private static void Collect(JsonNode node, List<(JsonNode Parent, string? Name, int Index)> places)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    places.Add((o, name, -1));
                    if (child is not null)
                    {
                        Collect(child, places);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    places.Add((a, null, i));
                    if (a[i] is { } child)
                    {
                        Collect(child, places);
                    }
                }

                break;
        }
    }

    private static Gen<Mutated> ByteMutation() =>
        from workspace in WorkspaceGenerators.WorkspaceGen()
        from position in Gen.Choose(0, int.MaxValue)
        from operation in Gen.Choose(0, 3)
        from junk in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 4)
        select MutateBytes(WorkspaceDocument.SaveToUtf8Bytes(workspace, indented: false), position, operation, junk);

    private static Mutated MutateBytes(byte[] bytes, int position, int operation, byte[] junk)
    {
        var at = position % bytes.Length;
        return operation switch
        {
            0 => new Mutated($"byte {at} set to {junk[0]}", [.. bytes[..at], junk[0], .. bytes[(at + 1)..]]),
            1 => new Mutated($"truncated at {at}", bytes[..at]),
            2 => new Mutated($"inserted 4 bytes at {at}", [.. bytes[..at], .. junk, .. bytes[at..]]),
            _ => new Mutated($"deleted bytes {at}..{Math.Min(bytes.Length, at + 5)}", [.. bytes[..at], .. bytes[Math.Min(bytes.Length, at + 5)..]]),
        };
    }

    private static void LoadsOrExplains(Mutated mutated)
    {
        var result = WorkspaceDocument.Load(mutated.Bytes.AsSpan());
        if (result.Succeeded)
        {
            Assert.Empty(result.Problems);
            var again = WorkspaceDocument.Load(WorkspaceDocument.Save(result.Value!));
            Assert.Equal(result.Value, again.Value);
        }
        else
        {
            Assert.Null(result.Value);
            Assert.NotEmpty(result.Problems);
            Assert.All(result.Problems, p =>
            {
                Assert.StartsWith("$", p.Path, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(p.Message));
            });
            Assert.Throws<InvalidDocumentException>(() => result.GetValueOrThrow());
        }
    }

    [Property(Runs = 300)]
    public Property A_deleted_duplicated_or_retyped_value_loads_or_yields_problems_with_paths()
        => Prop.ForAll(Arb.From(NodeMutation()), LoadsOrExplains);

    [Property(Runs = 300)]
    public Property Random_bytes_and_truncation_load_or_yield_problems_with_paths()
        => Prop.ForAll(Arb.From(ByteMutation()), LoadsOrExplains);

    [Property]
    public Property A_dangling_reference_is_always_reported_at_its_path()
    {
        var gen = from workspace in WorkspaceGenerators.WorkspaceGen().Where(w => w.Ties.Count > 0)
                  from tie in Gen.Choose(0, 1000)
                  from end in Gen.Elements("from", "to")
                  select (Json: WorkspaceDocument.Save(workspace, indented: false), Tie: tie % workspace.Ties.Count, End: end);
        return Prop.ForAll(Arb.From(gen), input =>
        {
            var root = JsonNode.Parse(input.Json)!;
            root["ties"]![input.Tie]![input.End] = "no-such-party";
            var problems = WorkspaceDocument.Load(root.ToJsonString()).Problems;
            Assert.Contains(problems, p => p.Path == $"$.ties[{input.Tie}].{input.End}" && p.Message.Contains("no-such-party", StringComparison.Ordinal));
        });
    }
}
