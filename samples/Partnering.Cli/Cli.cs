using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Partnering.Cli;

/// <summary>
/// The <c>partnering</c> command line: one subcommand per question a chapter asks of its documents.
/// Runs in-process for tests: output goes to the writers given, file paths are resolved against the
/// working directory given, and no exception ever reaches the user as a stack trace.
/// </summary>
internal static class Cli
{
    /// <summary>Exit code: everything went well and the documents have no problems.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: a document, sheet or comparison has problems (the output lists them).</summary>
    public const int Problems = 1;

    /// <summary>Exit code: the input could not be used (a missing file, the wrong kind of document, an unknown id, a bad option).</summary>
    public const int BadInput = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory, bool interactive = false)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // a fixed width keeps tables the same in every terminal, file and test
            console.Profile.Width = 120;
        }

        var context = new CliContext(console, output, error, workingDirectory);
        var root = new RootCommand("partnering: check and use a chapter's partnering documents (workspace, policy, ladder) from the command line.");
        root.Options.Add(CliContext.AsOf);
        foreach (var command in Commands.All(context))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            error.WriteLine($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (Core.InvalidDocumentException e)
        {
            error.WriteLine($"error: {e.Message}");
            foreach (var problem in e.Problems)
            {
                error.WriteLine($"  {problem.Path}: {problem.Message}");
            }

            return Problems;
        }
#pragma warning disable CA1031 // the last line of defence: a user sees a message, never a stack trace
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A clear message for the user, and the exit code it deserves.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode = Cli.BadInput)
        : base(message) => ExitCode = exitCode;

    public CliException()
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int ExitCode { get; } = Cli.BadInput;
}
