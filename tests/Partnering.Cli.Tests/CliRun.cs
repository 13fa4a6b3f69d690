namespace Partnering.Cli.Tests;

/// <summary>Runs the tool in-process in a fresh folder holding the bundled workspace and the built-in policy.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Folder = Directory.CreateTempSubdirectory("partnering-cli-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data")))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
    }

    public string Folder { get; }

    public (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Cli.Run(args, output, error, Folder);
        return (code, output.ToString(), error.ToString());
    }

    public string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(Folder, name), text);
        return name;
    }

    public string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
