using Microsoft.Extensions.DependencyInjection;
using Qualify.Application;
using Qualify.Cli.Commands;
using Qualify.Cli.Infrastructure;
using Qualify.Cli.Rendering;
using Qualify.Domain;
using Qualify.Domain.Competitions;
using Qualify.Domain.History;
using Qualify.Hosting;
using Spectre.Console.Cli;

namespace Qualify.Cli;

/// <summary>
/// The <c>qualify</c> command line: commands, services, and the one place where errors become exit codes.
/// Exit codes: 0 success; 2 input the user can fix (unknown name, bad option or date, invalid file), with a
/// one-line message on standard error starting with <c>error:</c>; 1 a bug in qualify (a failure no input should cause),
/// with a one-line message starting with <c>internal error</c>.
/// </summary>
public static class QualifyApp
{
    /// <summary>Exit code for input the user can fix.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code for a bug: a failure that no input should cause.</summary>
    public const int InternalError = 1;

    /// <summary>Runs the command line <paramref name="args"/> against <paramref name="environment"/>.</summary>
    public static int Run(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ConsoleWidth.Apply(environment.Console, environment.Environment);
        if (OptionValues.MissingValue(args) is { } option)
        {
            environment.Error.WriteLine($"error: {option}: missing value");
            return UsageError;
        }

        var selection = new StoreSelection();
        var services = new ServiceCollection()
            .AddSingleton(environment)
            .AddSingleton(selection)
            .AddQualify(new QualifyHost(environment.Environment, environment.Clock, () => selection.Database));
        var app = new CommandApp(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("qualify");
            config.UseAssemblyInformationalVersion();
            config.ConfigureConsole(environment.Console);
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.ValidateExamples();
            config.SetInterceptor(new StoreSelectionInterceptor(selection));
            AddCommands(config);
        });
        return RunMappingErrors(app, args, environment.Error);
    }

    /// <summary>Runs <paramref name="app"/>, turning every exception into its one-line message and exit code.</summary>
    private static int RunMappingErrors(CommandApp app, string[] args, TextWriter error)
    {
        try
        {
            return app.Run(args);
        }
        catch (Exception e) when (IsUserError(CauseOf(e)))
        {
            error.WriteLine("error: " + OneLine(CauseOf(e).Message));
            return UsageError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Every input a user can give is answered above; reaching this line is a bug in qualify, not in the input.
            var cause = CauseOf(e);
            error.WriteLine($"internal error (a bug in qualify, not in your input; please report it with the command line): {OneLine(cause.Message)} ({cause.GetType().Name})");
            return InternalError;
        }
    }

    /// <summary>The commands, with their descriptions and the examples the help prints.</summary>
    private static void AddCommands(IConfigurator config)
    {
        config.AddCommand<ImportCommand>("import")
            .WithDescription("Import the international results dataset (results, goalscorers, shootouts, former names) into the history store.")
            .WithExample(Example("import", "international_results"))
            .WithExample(Example("import", "international_results", "--replace"));
        config.AddCommand<CompetitionsCommand>("competitions")
            .WithDescription("List the competitions that can be named.");
        config.AddCommand<TableCommand>("table")
            .WithDescription("Show a competition's tables at a date, under its official tie-breakers.")
            .WithExample(Example("table", "concacaf-2022", "--as-of", "2021-11-17"))
            .WithExample(Example("table", "concacaf-2022", "--format", "json"));
        config.AddCommand<ForecastCommand>("forecast")
            .WithDescription("Monte Carlo odds of every position and slot, under the official tie-breakers.")
            .WithExample(Example("forecast", "concacaf-2022", "--as-of", "2021-11-17"))
            .WithExample(Example("forecast", "concacaf-2022", "--as-of", "2021-11-17", "--fix", "Canada 2-0 USA"));
        config.AddCommand<ScenariosCommand>("scenarios")
            .WithDescription("Exact best and worst positions, and which slots each team has clinched, lost or still open.")
            .WithExample(Example("scenarios", "concacaf-2022", "--as-of", "2022-03-28"))
            .WithExample(Example("scenarios", "concacaf-2022", "--as-of", "2022-03-24", "--team", "Canada"))
            .WithExample(Example("scenarios", "concacaf-2022", "--as-of", "2022-03-26", "--next"));
        config.AddCommand<RatingsCommand>("ratings")
            .WithDescription("World Football Elo ratings or the FIFA ranking, from the history store.")
            .WithExample(Example("ratings", "--system", "elo", "--as-of", "2021-11-17", "--top", "10"))
            .WithExample(Example("ratings", "--team", "Canada", "--history"));
        config.AddCommand<EvaluateCommand>("evaluate")
            .WithDescription("Compare outcome forecasts walk-forward (RPS, log-loss, Brier, accuracy) overall and by competition.")
            .WithExample(Example("evaluate", "--from", "2018-01-01", "--to", "2022-12-31", "--models", "elo,elo-poisson"));
        config.AddCommand<HeadToHeadCommand>("h2h")
            .WithDescription("Two teams' meetings: record by competition and venue, last wins with the time since, biggest wins, the list.")
            .WithExample(Example("h2h", "Canada", "Mexico", "--before", "2021-11-16"))
            .WithExample(Example("h2h", "USA", "Mexico", "--tournament", "World Cup qualification"));
        config.AddCommand<TeamCommand>("team")
            .WithDescription("One team's record, biggest wins and defeats, longest runs, World Cup appearances and top scorers.")
            .WithExample(Example("team", "Canada", "--before", "2021-11-17"));
        config.AddCommand<RecordsCommand>("records")
            .WithDescription("Top scorers, biggest wins and longest runs, of one team or across every team.")
            .WithExample(Example("records", "--team", "Canada"))
            .WithExample(Example("records", "--before", "2022-01-01", "--top", "5"));
        config.AddCommand<ServeCommand>("serve")
            .WithDescription("Serve the REST API (JSON as with --format json) and its reference page, on this machine unless --urls says otherwise.")
            .WithExample(Example("serve"))
            .WithExample(Example("serve", "--urls", "http://127.0.0.1:8080"));
        config.AddCommand<TournamentsCommand>("tournaments")
            .WithDescription("List the store's tournaments with their class; --unmapped for those not in tournament-classes.csv.")
            .WithExample(Example("tournaments", "--unmapped"));
        config.AddCommand<TeamsCommand>("teams")
            .WithDescription("List known teams and their former names.")
            .WithExample(Example("teams", "--search", "congo"));
    }

    /// <summary>
    /// A service that cannot be built for a command (the competition catalogue when a folder is missing) reaches here
    /// wrapped in Spectre's "Could not resolve type": the cause is what the user needs to read.
    /// </summary>
    private static Exception CauseOf(Exception e) => e is CommandRuntimeException { InnerException: { } inner } ? CauseOf(inner) : e;

    /// <summary>
    /// An example as the help prints it (its words joined by spaces): a word with a space or a character a shell
    /// interprets is double-quoted, so that the printed line can be copied into a shell as it is. The examples run on
    /// the built-in competitions, or on the history store once imported (the import example names the folder that
    /// cloning the dataset's repository creates).
    /// </summary>
    private static string[] Example(params string[] args) =>
        [.. args.Select(a => a.Length > 0 && a.All(c => char.IsAsciiLetterOrDigit(c) || "-_.,/:=+@%".Contains(c)) ? a : $"\"{a}\"")];

    private static bool IsUserError(Exception e) => e is CommandAppException or UnknownNameException or AmbiguousNameException
        or CompetitionDefinitionException or UserInputException or ImportFormatException or EmptyHistoryException or Storage.HistoryStoreException
        or FileNotFoundException or DirectoryNotFoundException;

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
