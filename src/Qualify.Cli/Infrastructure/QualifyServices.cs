using Microsoft.Extensions.DependencyInjection;
using Qualify.Application;
using Qualify.Domain.History;
using Qualify.Storage.Import;

namespace Qualify.Cli.Infrastructure;

/// <summary>
/// The composition root's registrations: the application services, and the Storage implementations of the history
/// ports. Each service is built once per command line, by the container, with the services it needs.
/// </summary>
internal static class QualifyServices
{
    /// <summary>Registers everything the commands use, for <paramref name="environment"/> and the store <paramref name="selection"/> chooses.</summary>
    public static IServiceCollection AddQualify(this IServiceCollection services, CliEnvironment environment, StoreSelection selection)
    {
        services.AddSingleton(environment);
        services.AddSingleton(environment.Clock);
        services.AddSingleton(selection);

        // The catalogue reads the definition folders when a command first needs it.
        services.AddSingleton(_ => CompetitionCatalog.Load(environment.Environment));

        // The ports, implemented by the SQLite store.
        services.AddSingleton<IHistorySource>(_ => new SelectedHistorySource(selection, environment.Environment));
        services.AddSingleton<IDatasetImporter>(_ => new StoreDatasetImporter(environment.Environment, environment.Clock));

        services.AddSingleton<TableService>();
        services.AddSingleton<ForecastService>();
        services.AddSingleton<ScenarioService>();
        services.AddSingleton<HistoryService>();
        services.AddSingleton<RatingsService>();
        services.AddSingleton<EvaluationService>();
        services.AddSingleton<TournamentService>();
        services.AddSingleton<TeamsService>();
        services.AddSingleton<ImportService>();
        return services;
    }
}
