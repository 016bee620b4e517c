using Qualify.Domain.History;
using Qualify.Storage.Import;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>
/// The Storage implementations of the inner ports: <see cref="StoreHistorySource"/> (reads) and
/// <see cref="StoreDatasetImporter"/> (the import), over <see cref="SampleDataset.Default"/>.
/// </summary>
public abstract class StoreHistorySourceTests(StoreEngine provider) : IDisposable
{
    private readonly TestStore _store = new(provider);

    public void Dispose() => _store.Dispose();

    [Fact]
    public void LoadTeams_MissingStore_ThrowsEmptyHistoryNamingTheStore()
    {
        // No import: the store file does not exist, and the port says so in the one line the CLI prints.
        var source = new StoreHistorySource(_store.Value, _ => null);

        var error = Assert.Throws<EmptyHistoryException>(source.LoadTeams);

        Assert.Equal($"the history store at {_store.Name} is empty: run 'qualify import <folder>' first", error.Message);
    }

    [Fact]
    public void LoadFixtures_ScheduledMatchImported_ReturnsIt()
    {
        // LoadFixtures had an empty default in the port: the store's source must answer with the scheduled match
        // (SampleDataset's line 6 made an NA-score fixture, as the upstream dataset lists them).
        _store.Importer.Import(SampleDataset.Default
            .WithLine("results.csv", 6, "2022-01-27,Canada,Honduras,NA,NA,FIFA World Cup qualification,Toronto,Canada,FALSE")
            .WriteTo(_store.CreateFolder("fixtures")));
        var source = new StoreHistorySource(_store.Value, _ => null);

        var fixture = Assert.Single(source.LoadFixtures(MatchQuery.All));

        Assert.Equal((new DateOnly(2022, 1, 27), "Canada", "Honduras", false), (fixture.Date, fixture.Home, fixture.Away, fixture.IsPlayed));
    }

    [Fact]
    public void LoadTournamentYears_ImportedStore_YearsOfTheTournamentsMatches()
    {
        // The port's default (years of LoadMatches) is now the reference the store's query is compared with.
        _store.Import(SampleDataset.Default);
        var source = new StoreHistorySource(_store.Value, _ => null);
        var tournament = _store.Store.LoadMatches(MatchQuery.All)[0].Tournament;
        var expected = _store.Store.LoadMatches(new MatchQuery { Tournament = tournament }).Select(m => m.Date.Year).Distinct().Order();

        Assert.Equal(expected, source.LoadTournamentYears(tournament, before: null));
    }

    [Fact]
    public void Import_StoreGivenExplicitly_WritesThatStoreAndSaysWhereFrom()
    {
        var folder = SampleDataset.Default.WriteTo(_store.CreateFolder("dataset"));
        var importer = new StoreDatasetImporter(_ => null, TimeProvider.System);

        var outcome = importer.Import(folder, ImportMode.Update, _store.Value, null, CancellationToken.None);

        Assert.Equal(new StoreLocation(_store.Name, StoreLocationSource.Explicit), outcome.Store);
        Assert.Equal(_store.Store.Counts().Matches, outcome.Report.MatchesStored);
    }

    [Fact]
    public void Import_NoStoreGiven_WritesTheStoreOfQualifyDb()
    {
        // Without --db the store is $QUALIFY_DB's (HistoryStoreLocation's order: explicit, environment, default).
        var folder = SampleDataset.Default.WriteTo(_store.CreateFolder("dataset"));
        var importer = new StoreDatasetImporter(name => name == "QUALIFY_DB" ? _store.Value : null, TimeProvider.System);

        var outcome = importer.Import(folder, ImportMode.Update, store: null, null, CancellationToken.None);

        Assert.Equal(new StoreLocation(_store.Name, StoreLocationSource.Environment), outcome.Store);
    }
}

/// <summary><see cref="StoreHistorySourceTests"/> on a SQLite file.</summary>
public sealed class StoreHistorySourceSqliteTests() : StoreHistorySourceTests(StoreEngine.Sqlite);

/// <summary><see cref="StoreHistorySourceTests"/> on a PostgreSQL database.</summary>
public sealed class StoreHistorySourcePostgreSqlTests() : StoreHistorySourceTests(StoreEngine.PostgreSql);
