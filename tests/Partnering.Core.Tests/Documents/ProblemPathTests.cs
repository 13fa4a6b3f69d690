using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Partnering.Core.Documents;

namespace Partnering.Core.Tests.Documents;

/// <summary>
/// Every problem a reader reports points into the input: its path resolves to a value of the document,
/// or (for a field that is missing) to that field of the object that lacks it.
/// </summary>
public sealed partial class ProblemPathTests
{
    private static string Fixture(string name) => SampleWorkspaceTests.RepositoryFile("tests", "Partnering.Core.Tests", "Documents", "Fixtures", name);

    private static readonly Dictionary<string, string> Texts = DuplicateKeyTests.Kinds.ToDictionary(k => k.Fixture, k => File.ReadAllText(Fixture(k.Fixture)));

    private static readonly JsonNode?[] Swaps = [JsonValue.Create(7), JsonValue.Create("text"), JsonValue.Create(true), null, new JsonArray(), new JsonObject(), JsonValue.Create(-1.5), JsonValue.Create("2026-13-45")];

    [GeneratedRegex(@"\.([A-Za-z0-9_-]+)|\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]")]
    private static partial Regex Segment();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex Unescaped();

    /// <summary>The node at <paramref name="path"/>; whether it is there (a JSON null counts), and whether its parent is an object that lacks only the last field.</summary>
    internal static (bool Found, bool MissingUnderObject) Resolve(JsonNode? root, string path)
    {
        if (!path.StartsWith('$'))
        {
            return (false, false);
        }

        var matches = Segment().Matches(path, 1).ToList();
        if (string.Concat(matches.Select(m => m.Value)) != path[1..])
        {
            return (false, false);
        }

        var node = root;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var last = i == matches.Count - 1;
            if (m.Groups[3].Success)
            {
                var index = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
                if (node is not JsonArray array || index >= array.Count)
                {
                    return (false, false);
                }

                node = array[index];
            }
            else
            {
                var name = m.Groups[1].Success ? m.Groups[1].Value : Unescaped().Replace(m.Groups[2].Value, "$1");
                if (node is not JsonObject obj)
                {
                    return (false, false);
                }

                if (!obj.TryGetPropertyValue(name, out var child))
                {
                    return (false, last);
                }

                node = child;
            }
        }

        return (true, false);
    }

    /// <summary>A copy of the document with the <paramref name="pick"/>-th value (pre-order, root excluded) removed or replaced by a value of another kind.</summary>
    private static string Mutate(string json, int pick, int how)
    {
        var root = JsonNode.Parse(json)!;
        var slots = new List<(JsonNode Parent, string? Name, int Index)>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, child) in o)
                    {
                        slots.Add((o, name, -1));
                        Walk(child);
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        slots.Add((a, null, i));
                        Walk(a[i]);
                    }

                    break;
            }
        }

        Walk(root);
        var (parent, field, at) = slots[pick % slots.Count];
        if (field is not null && how % 3 == 0)
        {
            ((JsonObject)parent).Remove(field);
        }
        else
        {
            var swap = Swaps[how % Swaps.Length]?.DeepClone();
            if (field is not null)
            {
                parent[field] = swap;
            }
            else
            {
                parent[at] = swap;
            }
        }

        return root.ToJsonString();
    }

    [Property]
    public Property Every_problem_path_points_into_the_input()
        => Prop.ForAll(
            (from kind in Gen.Choose(0, DuplicateKeyTests.Kinds.Length - 1)
             from pick in Gen.Choose(0, int.MaxValue - 1)
             from how in Gen.Choose(0, 100)
             select (kind, pick, how)).ToArbitrary(),
            t =>
            {
                var (fixture, load) = DuplicateKeyTests.Kinds[t.kind];
                var json = Mutate(Texts[fixture], t.pick, t.how);
                var root = JsonNode.Parse(json);
                foreach (var problem in load(json))
                {
                    var (found, missing) = Resolve(root, problem.Path);
                    Assert.True(found || missing, $"{fixture}: {problem} does not point into the input");
                }
            });

    [Theory]
    [InlineData("$.a['b c'][1].d", true)]
    [InlineData("$.a['b c'][2]", false)]
    [InlineData("$.a.missing", false)]
    [InlineData("$.a['b c'][1].nope", false)]
    [InlineData(@"$.a['it\'s']", true)]
    [InlineData(@"$.a['back\\']", true)]
    [InlineData(@"$.a['back\']", false)]
    public void The_resolver_follows_paths(string path, bool found)
    {
        var root = JsonNode.Parse("""{ "a": { "b c": [ 1, { "d": null } ], "it's": 1, "back\\": 2 } }""");
        Assert.Equal(found, Resolve(root, path).Found);
    }

    // A field name holding a backslash or a quote is written escaped in the path (\\ and \'), so
    // the path reads back to that one field: `a\` once ended its path in `['a\']`, where the quote
    // looked escaped and the path did not end.
    [Theory]
    [InlineData(@"a\\", @"$.x-meta['a\\']")]
    [InlineData("it's", @"$.x-meta['it\'s']")]
    [InlineData(@"\\'", @"$.x-meta['\\\'']")]
    public void A_repeated_field_whose_name_has_a_backslash_or_quote_is_at_a_path_that_reads_back(string jsonName, string expected)
    {
        var start = ExampleDocuments.Minimal().ToJsonString().TrimEnd('}');
        var problem = Assert.Single(WorkspaceDocument.Load(start + $",\"x-meta\":{{\"{jsonName}\":1,\"{jsonName}\":2}}}}").Problems);

        Assert.Equal(expected, problem.Path);
        Assert.True(Resolve(JsonNode.Parse(start + $",\"x-meta\":{{\"{jsonName}\":1}}}}"), problem.Path).Found);
    }
}
