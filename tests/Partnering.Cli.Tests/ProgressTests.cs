using Spectre.Console;

namespace Partnering.Cli.Tests;

/// <summary>Long work shows progress on a terminal and nothing otherwise, so redirected output (and every other test) stays the same.</summary>
public sealed class ProgressTests
{
    private static (CliContext Context, StringWriter Output) Context(bool interactive)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        return (new CliContext(console, output, TextWriter.Null, Path.GetTempPath()), output);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_item_is_worked_in_order_with_or_without_a_progress_bar(bool interactive)
    {
        var (context, output) = Context(interactive);
        var seen = new List<int>();

        context.ForEach("Counting", [1, 2, 3], seen.Add);
        var answer = context.Busy("Thinking", () => 42);

        Assert.Equal([1, 2, 3], seen);
        Assert.Equal(42, answer);
        Assert.Equal(interactive, output.ToString().Length > 0);
    }
}
