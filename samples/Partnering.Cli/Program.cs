using Partnering.Cli;

// The partnering command-line tool; everything is in Cli so tests can run it in-process.
return Cli.Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory(), interactive: !Console.IsOutputRedirected);
