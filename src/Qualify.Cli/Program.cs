using Qualify.Cli;
using Spectre.Console;

// Progress is drawn on standard error, and only when it is a terminal.
var progress = Console.IsErrorRedirected ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
return QualifyApp.Run(args, new CliEnvironment(AnsiConsole.Console, Console.Out, Console.Error, Environment.GetEnvironmentVariable) { ProgressConsole = progress });
