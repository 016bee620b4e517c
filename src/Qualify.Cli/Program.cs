using Qualify.Cli;
using Spectre.Console;

return QualifyApp.Run(args, new CliEnvironment(AnsiConsole.Console, Console.Out, Console.Error, Environment.GetEnvironmentVariable));
