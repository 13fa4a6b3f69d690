using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using Partnering.Core;
using Partnering.Core.Documents;
using Partnering.Core.Eligibility;
using Partnering.Core.Tiers;
using Spectre.Console;

namespace Partnering.Cli;

/// <summary>What every command shares: the console, the working directory, <c>--as-of</c>, and loading documents with clear errors.</summary>
internal sealed class CliContext
{
    /// <summary>The day every answer is for. Without it, today on this computer's clock.</summary>
    public static Option<string?> AsOf { get; } = new("--as-of")
    {
        Description = "The day the answers are for (yyyy-MM-dd); defaults to today on this computer's clock.",
        Recursive = true,
    };

    public CliContext(IAnsiConsole console, TextWriter output, TextWriter error, string workingDirectory)
    {
        Console = console;
        Output = output;
        Error = error;
        WorkingDirectory = workingDirectory;
    }

    public IAnsiConsole Console { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public string WorkingDirectory { get; }

    public static DateOnly Date(ParseResult parse)
    {
        var text = parse.GetValue(AsOf);
        if (text is null)
        {
            // the tool is an application: without --as-of it may read the clock (the library never does)
            return DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date);
        }

        return ParseDate(text, "--as-of");
    }

    public static DateOnly ParseDate(string text, string option)
        => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliException($"{option} expects a date written yyyy-MM-dd; got '{text}'.");

    /// <summary>Whether the output is a terminal a person watches (never when redirected, nor in the tests).</summary>
    public bool Interactive => Console.Profile.Capabilities.Interactive;

    /// <summary>Runs long work under a status line when the output is a terminal; otherwise plainly, so redirected output stays the same.</summary>
    public T Busy<T>(string what, Func<T> work) => Interactive ? Console.Status().Start(Markup.Escape(what), _ => work()) : work();

    /// <summary>Runs <paramref name="work"/> on each item in order, with a progress bar when the output is a terminal; otherwise plainly.</summary>
    public void ForEach<T>(string what, IReadOnlyList<T> items, Action<T> work)
    {
        if (!Interactive || items.Count < 2)
        {
            foreach (var item in items)
            {
                work(item);
            }

            return;
        }

        Console.Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask(Markup.Escape(what), maxValue: items.Count);
            foreach (var item in items)
            {
                work(item);
                task.Increment(1);
            }
        });
    }

    public string Path(string file) => System.IO.Path.GetFullPath(file, WorkingDirectory);

    public string ReadText(string file)
    {
        var path = Path(file);
        if (Directory.Exists(path))
        {
            throw new CliException($"{file} is a folder, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{file}: no such file (looked in {System.IO.Path.GetDirectoryName(path)}).");
        }

        return File.ReadAllText(path);
    }

    public void WriteText(string file, string text) => File.WriteAllText(Path(file), text);

    /// <summary>Loads a workspace; a missing file, a document of another kind or an invalid one is a clear error.</summary>
    public Workspace LoadWorkspace(string file)
    {
        var text = ReadText(file);
        var result = WorkspaceDocument.Load(text);
        if (result.Succeeded)
        {
            return result.Value!;
        }

        var kind = DocumentKinds.Detect(text);
        if (kind is not null and not DocumentKind.Workspace)
        {
            throw new CliException($"{file} is a {DocumentKinds.Name(kind.Value)} document, not a workspace; this command needs a workspace.");
        }

        throw new CliException(Problems($"{file} is not a valid workspace", result.Problems), Cli.Problems);
    }

    public EligibilityPolicy LoadPolicy(string file)
    {
        var text = ReadText(file);
        var result = PolicyDocument.Load(text);
        if (result.Succeeded)
        {
            // a policy that reads must also compile: its facts, predicates and limits are checked here
            var problems = new PolicyCompiler().Validate(result.Value!);
            return problems.Count == 0 ? result.Value! : throw new CliException(Problems($"{file} is not a valid policy", problems), Cli.Problems);
        }

        var kind = DocumentKinds.Detect(text);
        if (kind is not null and not DocumentKind.Policy)
        {
            throw new CliException($"{file} is a {DocumentKinds.Name(kind.Value)} document, not a policy; this command needs a policy.");
        }

        throw new CliException(Problems($"{file} is not a valid policy", result.Problems), Cli.Problems);
    }

    public static string Problems(string what, IReadOnlyList<DocumentProblem> problems)
        => $"{what}:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => $"  {p.Path}: {p.Message}"));

    /// <summary>The workspace's own policy, or the built-in pack.</summary>
    public static IEligibilityEvaluator Evaluator(Workspace workspace) => new PolicyCompiler().Compile(BuiltInPolicy.For(workspace));

    public static Partner Partner(Workspace workspace, string id, string file)
    {
        var found = workspace.Partners.FirstOrDefault(p => p.Id.Value == id);
        if (found is not null)
        {
            return found;
        }

        var byName = workspace.Partners.Where(p => string.Equals(p.Name, id, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byName.Count == 1)
        {
            return byName[0];
        }

        var known = string.Join(", ", workspace.Partners.Take(8).Select(p => p.Id.Value)) + (workspace.Partners.Count > 8 ? ", ..." : string.Empty);
        throw new CliException($"{file} has no partner '{id}'. Partners: {known}");
    }

    public static T Enum<T>(string text, string option)
        where T : struct, Enum
    {
        var key = new string([.. text.Where(char.IsLetterOrDigit)]);
        foreach (var value in System.Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), key, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new CliException($"{option} expects one of {string.Join(", ", System.Enum.GetValues<T>().Select(Name))}; got '{text}'.");
    }

    public static string Name<T>(T value)
        where T : struct, Enum
        => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

internal enum DocumentKind
{
    Workspace,
    Policy,
    Ladder,
}

/// <summary>Tells a document's kind from its top-level fields.</summary>
internal static class DocumentKinds
{
    public static DocumentKind? Detect(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            bool Has(string name) => document.RootElement.TryGetProperty(name, out _);
            return Has("chapter") || Has("schemaVersion") ? DocumentKind.Workspace
                : Has("rules") ? DocumentKind.Policy
                : Has("tiers") || Has("steps") ? DocumentKind.Ladder
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Name(DocumentKind kind) => kind switch
    {
        DocumentKind.Workspace => "workspace",
        DocumentKind.Policy => "policy",
        _ => "tier ladder",
    };

    public static IReadOnlyList<DocumentProblem> Load(DocumentKind kind, string text, out string summary)
    {
        switch (kind)
        {
            case DocumentKind.Workspace:
                var workspace = WorkspaceDocument.Load(text);
                summary = workspace.Value is { } w ? $"a valid workspace: {w.Chapter.Name}, {w.Chapter.Members.Count} members, {w.Partners.Count} partners, {w.Ties.Count} ties, {w.Interactions.Count} interactions, {w.Partnerships.Count} partnerships" : string.Empty;
                return workspace.Problems;
            case DocumentKind.Policy:
                var policy = PolicyDocument.Load(text);
                summary = policy.Value is { } p ? $"a valid policy: {p.Id} {p.Version}, {p.Rules.Count} rules" : string.Empty;
                // a policy that reads must also compile: its facts, predicates and limits are checked too
                return policy.Value is null ? policy.Problems : new PolicyCompiler().Validate(policy.Value);
            default:
                var ladder = TierLadderDocument.Load(text);
                summary = ladder.Value is { } l ? $"a valid tier ladder: {l.Name}, {l.Tiers.Count} tiers" : string.Empty;
                return ladder.Problems;
        }
    }
}
