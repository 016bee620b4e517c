using Microsoft.Extensions.DependencyInjection;
using Qualify.Application;
using Qualify.Cli.Commands;
using Qualify.Cli.Infrastructure;
using Qualify.Domain;
using Qualify.Domain.Competitions;
using Spectre.Console.Cli;

namespace Qualify.Cli;

/// <summary>
/// The <c>qualify</c> command line: commands, services, and the one place where errors become exit codes.
/// Exit codes: 0 success; 2 input the user can fix (unknown name, bad option or date, invalid file), with a
/// one-line message on standard error; 1 an unexpected failure.
/// </summary>
public static class QualifyApp
{
    /// <summary>Exit code for input the user can fix.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line <paramref name="args"/> against <paramref name="environment"/>.</summary>
    public static int Run(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var services = new ServiceCollection();
        services.AddSingleton(environment);
        services.AddSingleton(environment.Clock);
        services.AddSingleton(_ => CompetitionCatalog.Load(environment.Environment));
        services.AddSingleton<IHistoryOpener>(_ => new StorageHistoryOpener(environment.Environment));

        var app = new CommandApp(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("qualify");
            config.UseAssemblyInformationalVersion();
            config.ConfigureConsole(environment.Console);
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.ValidateExamples();
            config.AddCommand<ImportCommand>("import")
                .WithDescription("Import the international results dataset (results, goalscorers, shootouts, former names) into the history store.")
                .WithExample("import", "../shared/data/international-results")
                .WithExample("import", "../shared/data/international-results", "--replace");
            config.AddCommand<CompetitionsCommand>("competitions")
                .WithDescription("List the competitions that can be named.");
            config.AddCommand<TableCommand>("table")
                .WithDescription("Show a competition's tables at a date, under its official tie-breakers.")
                .WithExample("table", "concacaf-2022", "--as-of", "2021-11-17")
                .WithExample("table", "concacaf-2022", "--format", "json");
            config.AddCommand<ForecastCommand>("forecast")
                .WithDescription("Monte Carlo odds of every position and slot, under the official tie-breakers.")
                .WithExample("forecast", "concacaf-2022", "--as-of", "2021-11-17")
                .WithExample("forecast", "concacaf-2022", "--as-of", "2021-11-17", "--fix", "Canada 2-1 Mexico");
            config.AddCommand<ScenariosCommand>("scenarios")
                .WithDescription("Exact best and worst positions, and which slots each team has clinched, lost or still open.")
                .WithExample("scenarios", "concacaf-2022", "--as-of", "2022-03-28")
                .WithExample("scenarios", "concacaf-2022", "--as-of", "2022-03-24", "--team", "Canada", "--format", "json")
                .WithExample("scenarios", "concacaf-2022", "--as-of", "2022-03-26", "--next");
            config.AddCommand<RatingsCommand>("ratings")
                .WithDescription("World Football Elo ratings or the FIFA ranking, from the history store.")
                .WithExample("ratings", "--system", "elo", "--as-of", "2021-11-17", "--top", "10")
                .WithExample("ratings", "--team", "Canada", "--history");
            config.AddCommand<EvaluateCommand>("evaluate")
                .WithDescription("Compare outcome forecasts walk-forward (RPS, log-loss, Brier, accuracy) overall and by competition.")
                .WithExample("evaluate", "--from", "2010-01-01", "--to", "2026-07-19", "--models", "uniform,elo,elo-poisson");
            config.AddCommand<HeadToHeadCommand>("h2h")
                .WithDescription("Two teams' meetings: record by competition and venue, last wins with the time since, biggest wins, the list.")
                .WithExample("h2h", "Canada", "Mexico", "--before", "2021-11-16")
                .WithExample("h2h", "USA", "Mexico", "--tournament", "World Cup qualification", "--format", "json");
            config.AddCommand<TeamCommand>("team")
                .WithDescription("One team's record, biggest wins and defeats, longest runs, World Cup appearances and top scorers.")
                .WithExample("team", "Canada", "--before", "2021-11-17");
            config.AddCommand<RecordsCommand>("records")
                .WithDescription("Top scorers, biggest wins and longest runs, of one team or across every team.")
                .WithExample("records", "--team", "Canada")
                .WithExample("records", "--before", "2022-01-01", "--top", "5");
            config.AddCommand<TournamentsCommand>("tournaments")
                .WithDescription("List the store's tournaments with their class; --unmapped for those not in tournament-classes.csv.")
                .WithExample("tournaments", "--unmapped");
            config.AddCommand<TeamsCommand>("teams")
                .WithDescription("List known teams and their former names.")
                .WithExample("teams", "--search", "congo");
        });

        try
        {
            return app.Run(args);
        }
        catch (Exception e) when (IsUserError(e))
        {
            environment.Error.WriteLine("error: " + OneLine(e.Message));
            return UsageError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            environment.Error.WriteLine("unexpected error: " + OneLine(e.Message) + " (" + e.GetType().Name + ")");
            return 1;
        }
    }

    private static bool IsUserError(Exception e) => e is CommandAppException or UnknownNameException or AmbiguousNameException
        or CompetitionDefinitionException or UserInputException or Storage.Import.ImportFormatException or Storage.HistoryStoreException
        or FileNotFoundException or DirectoryNotFoundException;

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
