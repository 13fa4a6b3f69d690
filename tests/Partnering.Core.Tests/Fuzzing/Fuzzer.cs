using System.Diagnostics;
using System.Text;
using Partnering.Core.Collaboration;
using Partnering.Core.Documents;
using Partnering.Core.Eligibility;
using Partnering.Core.Maps;
using Partnering.Core.Tiers;

namespace Partnering.Core.Tests.Fuzzing;

/// <summary>One kind of failure the fuzzer found, with the smallest input seen for it.</summary>
/// <param name="Kind">The document kind.</param>
/// <param name="Check">Which promise broke: load-text, load-stream, problem-without-path, too-many-problems, save, reload-refused, reload-unequal, save-twice-differs, use, slow.</param>
/// <param name="Signature">The exception type and the library method it came from, or the broken promise's detail.</param>
/// <param name="Example">The smallest input seen.</param>
/// <param name="Detail">The exception or the difference.</param>
internal sealed record FuzzFailure(FuzzKind Kind, string Check, string Signature, FuzzInput Example, string Detail)
{
    public int Count { get; set; } = 1;

    public override string ToString()
    {
        var text = Example.Text.Length <= 300 ? Example.Text : Example.Text[..300] + "...";
        return $"[{Kind}] {Check}: {Signature} x{Count}\n    mutations: {Example}\n    input: {text}\n    {Detail.Split('\n')[0]}";
    }
}

/// <summary>What a fuzz run saw.</summary>
internal sealed record FuzzReport(int Documents, int Accepted, int Refused, IReadOnlyList<FuzzFailure> Failures, TimeSpan Elapsed, TimeSpan Slowest, string SlowestWhat)
{
    public override string ToString()
        => $"{Documents:N0} documents ({Accepted:N0} accepted, {Refused:N0} refused with problems) in {Elapsed.TotalSeconds:N1} s; slowest {Slowest.TotalMilliseconds:N0} ms ({SlowestWhat}); {Failures.Count} distinct failures"
           + (Failures.Count == 0 ? "." : ":\n" + string.Join("\n", Failures));
}

/// <summary>
/// Mutates the seed documents and checks, for each mutated document, the promises every loader
/// makes: a load returns problems, each with a path, and throws nothing else (from text and from a
/// stream); an accepted document saves, reloads equal, and saves to the same text again; a validated
/// policy or ladder (and a loaded workspace) answers questions without throwing; and no document takes
/// longer than the time bound.
/// </summary>
internal sealed class Fuzzer
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);
    private readonly Dictionary<(FuzzKind, string, string), FuzzFailure> _failures = [];
    private readonly TimeSpan _bound;
    private int _accepted;
    private int _refused;
    private TimeSpan _slowest;
    private string _slowestWhat = "none";
    private bool _counting = true;

    public Fuzzer(TimeSpan bound) => _bound = bound;

    /// <summary>Runs <paramref name="documents"/> mutated documents, spread evenly over the document kinds, deterministically for <paramref name="seed"/>.</summary>
    public FuzzReport Run(int documents, int seed)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var byKind = FuzzSeeds.All.GroupBy(s => s.Kind).ToList();
        for (var i = 0; i < documents; i++)
        {
            var group = byKind[i % byKind.Count];
            var (kind, json) = group.ElementAt(random.Next(group.Count()));
            var input = Mutator.Mutate(json, new Random(random.Next()));
            Check(kind, input);
        }

        return new FuzzReport(documents, _accepted, _refused, [.. _failures.Values.OrderBy(f => f.Kind).ThenBy(f => f.Check)], clock.Elapsed, _slowest, _slowestWhat);
    }

    /// <summary>Checks one input; returns the failures it shows (also recorded for the report).</summary>
    public List<FuzzFailure> Check(FuzzKind kind, FuzzInput input)
    {
        var found = new List<FuzzFailure>();
        var (elapsed, step) = CheckCore(kind, input, found);
        for (var again = 0; again < 2 && elapsed > BoundOf(step); again++)
        {
            // Measure again before blaming the library: the machine may have been busy.
            (elapsed, step) = CheckCore(kind, input, [], measureOnly: true);
        }

        if (elapsed > BoundOf(step))
        {
            found.Add(new FuzzFailure(kind, "slow", "over the time bound in " + step, input, $"{elapsed.TotalMilliseconds:N0} ms"));
        }

        if (elapsed > _slowest)
        {
            _slowest = elapsed;
            _slowestWhat = $"{kind}: {input}";
        }

        foreach (var failure in found)
        {
            var key = (failure.Kind, failure.Check, failure.Signature);
            if (_failures.TryGetValue(key, out var known))
            {
                known.Count++;
                if (input.Bytes.Length < known.Example.Bytes.Length)
                {
                    _failures[key] = failure with { Count = known.Count };
                }
            }
            else
            {
                _failures[key] = failure;
            }
        }

        return found;
    }

    /// <summary>The bound for one step: a load or a save gets the bound, the use (a few hundred questions) five times it.</summary>
    private TimeSpan BoundOf(string step) => step == "use" ? _bound * 5 : _bound;

    /// <summary>Runs every check on one input; returns the longest single step (a load, a save, the use) and its name.</summary>
    private (TimeSpan Longest, string Step) CheckCore(FuzzKind kind, FuzzInput input, List<FuzzFailure> found, bool measureOnly = false)
    {
        _counting = !measureOnly;
        var longest = TimeSpan.Zero;
        var longestStep = "nothing";
        var clock = Stopwatch.StartNew();
        void Step(string name)
        {
            if (clock.Elapsed > longest)
            {
                (longest, longestStep) = (clock.Elapsed, name);
            }

            clock.Restart();
        }

        var ops = Ops.For(kind);
        var fromText = Load(kind, "load-text", input, found, () => ops.LoadText(input.Text));
        Step("load-text");
        if (ops.LoadStream is { } loadStream)
        {
            Load(kind, "load-stream", input, found, () => loadStream(new MemoryStream(input.Bytes)));
            Step("load-stream");
        }

        if (fromText is not { } value)
        {
            return (longest, longestStep);
        }

        string saved;
        try
        {
            saved = ops.Save(value);
            Step("save");
            var again = ops.LoadText(saved);
            Step("reload");
            if (!again.Succeeded)
            {
                found.Add(new FuzzFailure(kind, "reload-refused", again.Problems[0].Message, input, string.Join("\n", again.Problems)));
                return (longest, longestStep);
            }

            if (!Equals(again.Value, value))
            {
                found.Add(new FuzzFailure(kind, "reload-unequal", kind.ToString(), input, saved));
            }

            if (ops.Save(again.Value!) != saved)
            {
                found.Add(new FuzzFailure(kind, "save-twice-differs", kind.ToString(), input, saved));
            }
        }
        catch (Exception e)
        {
            found.Add(new FuzzFailure(kind, "save", Signature(e), input, e.ToString()));
            return (longest, longestStep);
        }

        clock.Restart();
        try
        {
            ops.Use(value);
        }
        catch (Exception e)
        {
            found.Add(new FuzzFailure(kind, "use", Signature(e), input, e.ToString()));
        }

        Step("use");
        return (longest, longestStep);
    }

    private object? Load(FuzzKind kind, string check, FuzzInput input, List<FuzzFailure> found, Func<Loaded> load)
    {
        Loaded loaded;
        try
        {
            loaded = load();
        }
        catch (Exception e)
        {
            found.Add(new FuzzFailure(kind, check, Signature(e), input, e.ToString()));
            return null;
        }

        if (loaded.Succeeded)
        {
            _accepted += _counting ? 1 : 0;
            return loaded.Value;
        }

        _refused += _counting ? 1 : 0;
        if (loaded.Problems.Count == 0 || loaded.Problems.Any(p => string.IsNullOrEmpty(p.Path) || !p.Path.StartsWith('$') || string.IsNullOrWhiteSpace(p.Message)))
        {
            found.Add(new FuzzFailure(kind, "problem-without-path", check, input, string.Join("\n", loaded.Problems)));
        }

        if (loaded.Problems.Count > DocumentLimits.Default.MaxProblems)
        {
            found.Add(new FuzzFailure(kind, "too-many-problems", check, input, loaded.Problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return null;
    }

    /// <summary>The exception's type and the first library method on its stack: one failure class.</summary>
    public static string Signature(Exception e)
    {
        var frame = new StackTrace(e).GetFrames().Select(f => f.GetMethod()).FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("Partnering.Core", StringComparison.Ordinal) == true && m.DeclaringType.Namespace?.Contains("Tests", StringComparison.Ordinal) != true);
        var where = frame is null ? "?" : $"{Outer(frame.DeclaringType!).Name}.{frame.Name}";
        return $"{e.GetType().Name} in {where}";

        static Type Outer(Type type) => type.DeclaringType is { } outer && type.Name.StartsWith('<') ? Outer(outer) : type;
    }

    /// <summary>The value loaded or the problems, whatever the kind.</summary>
    internal sealed record Loaded(bool Succeeded, object? Value, IReadOnlyList<DocumentProblem> Problems)
    {
        public static Loaded Of<T>(DocumentLoadResult<T> result)
            where T : class
            => new(result.Succeeded, result.Value, result.Problems);
    }

    /// <summary>How to load, save and use one kind of document.</summary>
    internal sealed record Ops(Func<string, Loaded> LoadText, Func<Stream, Loaded>? LoadStream, Func<object, string> Save, Action<object> Use)
    {
        private static readonly Lazy<PartnerDirectory> SampleDirectory = new(() => new PartnerDirectory(FuzzSeeds.Sample.Chapter, FuzzSeeds.Sample.Partners));
        private static readonly Lazy<IReadOnlyList<PartnershipHistory>> SampleHistories = new(() => PartnershipHistory.FromWorkspace(FuzzSeeds.Sample));

        public static Ops For(FuzzKind kind) => kind switch
        {
            FuzzKind.Workspace => new(
                text => Loaded.Of(WorkspaceDocument.Load(text)),
                stream => Loaded.Of(WorkspaceDocument.Load(stream)),
                value => WorkspaceDocument.Save((Workspace)value),
                value => UseWorkspace((Workspace)value)),
            FuzzKind.Policy => new(
                text => Loaded.Of(PolicyDocument.Load(text)),
                stream => Loaded.Of(PolicyDocument.Load(stream)),
                value => PolicyDocument.Save((EligibilityPolicy)value),
                value => UsePolicy((EligibilityPolicy)value, SampleDirectory.Value)),
            FuzzKind.Ladder => new(
                text => Loaded.Of(TierLadderDocument.Load(text)),
                stream => Loaded.Of(TierLadderDocument.Load(stream)),
                value => TierLadderDocument.Save((TierLadder)value),
                value => UseLadder((TierLadder)value, SampleHistories.Value)),
            FuzzKind.Maps => new(
                text => Loaded.Of(MapsDocument.Load(text)),
                null,
                value => ((MapsDocument)value).Save(),
                _ => { }),
            FuzzKind.Collaboration => new(
                text => Loaded.Of(CollaborationDocument.Load(text)),
                stream => Loaded.Of(CollaborationDocument.Load(stream)),
                value => CollaborationDocument.Save((CollaborationData)value),
                _ => { }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        /// <summary>A validated policy decides every kind of engagement with every partner, at the usual date and at the ends of the calendar.</summary>
        public static void UsePolicy(EligibilityPolicy policy, PartnerDirectory directory)
        {
            var compiler = new PolicyCompiler();
            if (compiler.Validate(policy).Count > 0)
            {
                return;
            }

            var evaluator = compiler.Compile(policy);
            foreach (var date in new[] { AsOf, DateOnly.MinValue, DateOnly.MaxValue })
            {
                foreach (var kind in Enum.GetValues<EngagementKind>())
                {
                    foreach (var partner in directory.Partners.Take(6))
                    {
                        var engagement = new Engagement { Kind = kind, Partners = [partner.Id], Date = date };
                        evaluator.Decide(directory, engagement);
                        _ = evaluator.Explain(directory, engagement).ToString();
                    }
                }

                evaluator.ScreenPartners(directory, date);
            }
        }

        /// <summary>A validated ladder places every partnership of the sample, at the usual date and at the last day of the calendar.</summary>
        public static void UseLadder(TierLadder ladder, IReadOnlyList<PartnershipHistory> histories)
        {
            var progression = new PartnershipProgression(ladder, TimeProvider.System);
            foreach (var date in new[] { AsOf, new DateOnly(9999, 12, 31) })
            {
                foreach (var standing in progression.EvaluateMany(histories, date))
                {
                    _ = standing.Explain();
                }
            }
        }

        private static void UseWorkspace(Workspace workspace)
        {
            var directory = new PartnerDirectory(workspace.Chapter, workspace.Partners);
            _ = PartnerDirectory.From(workspace);
            if (workspace.Policy is { } policy)
            {
                UsePolicy(policy, directory);
            }

            UseLadder(workspace.Ladder ?? TierLadder.Default, PartnershipHistory.FromWorkspace(workspace, AsOf));
        }
    }

    /// <summary>Shrinks an input while it still shows the same failure (a few hundred tries at most).</summary>
    public FuzzInput Minimize(FuzzKind kind, FuzzInput input, FuzzFailure failure, int budget = 400)
    {
        bool Same(FuzzInput candidate) => new Fuzzer(_bound).Check(kind, candidate).Any(f => f.Check == failure.Check && f.Signature == failure.Signature);
        var text = input.Text;
        var chunk = Math.Max(1, text.Length / 2);
        while (chunk >= 1 && budget > 0)
        {
            var shrunk = false;
            for (var at = 0; at + chunk <= text.Length && budget > 0; at += chunk)
            {
                budget--;
                var candidate = text.Remove(at, chunk);
                var bytes = Encoding.UTF8.GetBytes(candidate);
                if (Same(new FuzzInput(bytes, candidate, input.Mutations)))
                {
                    text = candidate;
                    shrunk = true;
                    at -= chunk;
                }
            }

            if (!shrunk)
            {
                chunk /= 2;
            }
        }

        return new FuzzInput(Encoding.UTF8.GetBytes(text), text, input.Mutations + " (minimized)");
    }
}
