using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Partnering.Core.Tests.Fuzzing;

/// <summary>
/// Work is linear in the input: a 10 MB document of every kind loads in well under two seconds on an
/// idle machine (the measured figures are printed and quoted in docs/model-and-documents.md). The
/// documents are the seeds with their longest list repeated (ids made unique) up to 10 MB. The test's
/// bound is generous because CI machines are shared (quadratic work at 10 MB would take minutes); the
/// best of three runs counts.
/// </summary>
public sealed class LargeDocumentTests(ITestOutputHelper output)
{
    private const int Size = 10 * 1024 * 1024;

    public static TheoryData<FuzzKind> Kinds() => [FuzzKind.Workspace, FuzzKind.Policy, FuzzKind.Ladder, FuzzKind.Maps, FuzzKind.Collaboration];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_ten_megabyte_document_of_every_kind_loads_in_linear_time(FuzzKind kind)
    {
        var json = Grow(FuzzSeeds.All.First(s => s.Kind == kind).Json, Size);
        var ops = Fuzzer.Ops.For(kind);

        var best = TimeSpan.MaxValue;
        Fuzzer.Loaded? loaded = null;
        for (var i = 0; i < 3 && best > TimeSpan.FromMilliseconds(500); i++)
        {
            var clock = Stopwatch.StartNew();
            loaded = ops.LoadText(json);
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        output.WriteLine($"{kind}: {json.Length / 1024.0 / 1024.0:N1} MB loaded in {best.TotalMilliseconds:N0} ms ({(loaded!.Succeeded ? "accepted" : $"{loaded.Problems.Count} problems")}).");
        Assert.True(json.Length >= Size);
        Assert.True(best < TimeSpan.FromSeconds(10), $"{kind}: {best.TotalMilliseconds:N0} ms for {json.Length:N0} bytes");
    }

    /// <summary>The document with its longest list repeated until the text is at least <paramref name="size"/> characters.</summary>
    internal static string Grow(string seed, int size)
    {
        var root = JsonNode.Parse(seed)!;
        var longest = Arrays(root).OrderByDescending(a => a.ToJsonString().Length).First();
        var items = longest.Select(i => i!.DeepClone()).ToList();
        var itemSize = Math.Max(1, longest.ToJsonString().Length);
        var copies = (size / itemSize) + 1;
        for (var n = 0; n < copies; n++)
        {
            foreach (var item in items)
            {
                var copy = item.DeepClone();
                if (copy is JsonObject obj && obj["id"] is JsonValue id && id.TryGetValue<string>(out var text))
                {
                    obj["id"] = $"{text}-{n}";
                }

                longest.Add(copy);
            }
        }

        return root.ToJsonString();
    }

    private static IEnumerable<JsonArray> Arrays(JsonNode? node) => node switch
    {
        JsonArray array => new[] { array }.Concat(array.SelectMany(Arrays)),
        JsonObject obj => obj.SelectMany(p => Arrays(p.Value)),
        _ => [],
    };
}
