using Microsoft.Extensions.DependencyInjection;
using Qualify.Application;
using Qualify.Domain.History;
using Qualify.Storage.Import;

namespace Qualify.Hosting;

/// <summary>
/// What a front end gives the composition: how to read the environment (<c>QUALIFY_DB</c>, <c>QUALIFY_COMPETITIONS</c>),
/// the clock, and the history store it selected.
/// </summary>
/// <param name="Environment">Reads an environment variable.</param>
/// <param name="Clock">The clock of "today" (the history reports' "days since").</param>
/// <param name="Database">
/// The store as the user named it (<c>--db</c>), or <see langword="null"/> for <c>QUALIFY_DB</c> or the default location;
/// read when a service first asks for data, so that a front end may select it after the services are built.
/// </param>
public sealed record QualifyHost(Func<string, string?> Environment, TimeProvider Clock, Func<string?> Database);

/// <summary>
/// The composition shared by every front end: the application services, and the Storage implementations of the history
/// ports. Each service is built once per container (one command line, or one web process), with the services it needs.
/// </summary>
public static class QualifyServices
{
    /// <summary>Registers the catalogue, the ports and the application services for <paramref name="host"/>.</summary>
    public static IServiceCollection AddQualify(this IServiceCollection services, QualifyHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        services.AddSingleton(host);
        services.AddSingleton(host.Clock);

        // The catalogue reads the definition folders when a service first needs it.
        services.AddSingleton(_ => CompetitionCatalog.Load(host.Environment));

        // The ports, implemented by the history store (SQLite or PostgreSQL, by the value of --db or QUALIFY_DB).
        services.AddSingleton<IHistorySource>(_ => new SelectedHistorySource(host.Database, host.Environment));
        services.AddSingleton<IResultLog>(_ => new SelectedResultLog(host.Database, host.Environment));
        services.AddSingleton<IDatasetImporter>(_ => new StoreDatasetImporter(host.Environment, host.Clock));

        services.AddSingleton<TableService>();
        services.AddSingleton<ForecastService>();
        services.AddSingleton<ScenarioService>();
        services.AddSingleton<HistoryService>();
        services.AddSingleton<RatingsService>();
        services.AddSingleton<EvaluationService>();
        services.AddSingleton<TournamentService>();
        services.AddSingleton<TeamsService>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<ResultWriteService>();
        return services;
    }
}
