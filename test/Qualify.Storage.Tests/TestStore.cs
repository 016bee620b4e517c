using Microsoft.Data.Sqlite;
using Qualify.Domain.History;
using Qualify.Storage.Import;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>The database engines a test store runs on: the storage tests run on both.</summary>
public enum TestProvider
{
    /// <summary>A SQLite file in a fresh temporary folder.</summary>
    Sqlite,

    /// <summary>A fresh database on the tests' PostgreSQL server (<see cref="PostgresTestServer"/>).</summary>
    PostgreSql,
}

/// <summary>
/// A history store on <see cref="TestProvider"/>: a SQLite file in a fresh temporary folder, or a fresh PostgreSQL
/// database; deleted (dropped) on dispose.
/// </summary>
internal sealed class TestStore : IDisposable
{
    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();
    private readonly PostgresTestDatabase? _database;

    public TestStore(TestProvider provider = TestProvider.Sqlite)
    {
        Provider = provider;
        if (provider == TestProvider.PostgreSql)
        {
            _database = PostgresTestServer.CreateDatabase();
            Value = _database.ConnectionString;
            Options = HistoryStoreOptions.ForPostgreSql(Value);
        }
        else
        {
            Value = _folder.File("history.db");
            Options = HistoryStoreOptions.ForSqliteFile(Value);
        }

        Factory = new HistoryDbContextFactory(Options);
        Importer = new HistoryImporter(Factory);
        Store = new HistoryStore(Factory);
    }

    public TestProvider Provider { get; }

    /// <summary>The store as <c>--db</c> or <c>QUALIFY_DB</c> gives it: the SQLite file's path, or the connection string.</summary>
    public string Value { get; }

    /// <summary>The store as messages name it: the file's path, or the database without its password.</summary>
    public string Name => Options.Description;

    /// <summary>The SQLite file (SQLite stores only).</summary>
    public string DatabasePath => Provider == TestProvider.Sqlite ? Value : throw new InvalidOperationException("a PostgreSQL store has no file");

    public HistoryStoreOptions Options { get; }

    public HistoryDbContextFactory Factory { get; }

    public HistoryImporter Importer { get; }

    public HistoryStore Store { get; }

    /// <summary>Whether nothing was ever created: no SQLite file, or no table in the PostgreSQL database.</summary>
    public bool CreatedNothing => Provider == TestProvider.Sqlite
        ? !File.Exists(Value)
        : Scalar("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()") == 0;

    /// <summary>A new empty folder inside the temporary folder, for dataset files.</summary>
    public string CreateFolder(string name)
    {
        var path = _folder.File(name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes <paramref name="dataset"/> to a new folder and imports it.</summary>
    public ImportReport Import(SampleDataset dataset, string folderName = "dataset") =>
        Importer.Import(dataset.WriteTo(CreateFolder(folderName)));

    /// <summary>Runs a statement of the test's own on the store; returns the rows it changed.</summary>
    public int Execute(string sql)
    {
        using var connection = HistoryProvider.CreateConnection(Options);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a query of the test's own that returns one integer.</summary>
    public long Scalar(string sql)
    {
        using var connection = HistoryProvider.CreateConnection(Options);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the folder can be deleted.
        SqliteConnection.ClearAllPools();
        _database?.Dispose();
        _folder.Dispose();
    }
}
