using Qualify.Domain.History;

namespace Qualify.Storage.Tests;

/// <summary>
/// The rule that tells a PostgreSQL connection string from a SQLite path (<see cref="HistoryStoreLocation.IsConnectionString"/>),
/// how a PostgreSQL store is named in messages (never its password), and the one-line faults of a bad connection string
/// or a server that cannot be reached.
/// </summary>
public sealed class PostgreSqlLocationTests
{
    private const string Secret = "s3cret-Pa55";

    [Theory]
    [InlineData("Host=127.0.0.1;Database=qualify", true)]
    [InlineData("  host=db.example;Username=q", true)]
    [InlineData("Server=db;Database=qualify", true)]
    [InlineData("/home/ana/qualify/history.db", false)]
    [InlineData("history.db", false)]
    [InlineData("./Host=odd.db", false)]
    [InlineData(@"C:\data\history.db", false)]
    public void IsConnectionString_Value_KeywordAndEqualsFirstMeansConnectionString(string value, bool expected)
    {
        Assert.Equal(expected, HistoryStoreLocation.IsConnectionString(value));
    }

    [Fact]
    public void ResolveStore_ConnectionString_PostgreSqlNamedWithoutPassword()
    {
        var resolved = HistoryStoreLocation.ResolveStore($"Host=db.example;Port=6543;Database=qualify;Username=web;Password={Secret}", _ => null);

        Assert.Equal(HistoryStoreProvider.PostgreSql, resolved.Options.Provider);
        Assert.Equal(new StoreLocation("postgresql://web@db.example:6543/qualify", StoreLocationSource.Explicit), resolved.Location);
    }

    [Fact]
    public void ResolveStore_ConnectionStringInQualifyDb_PostgreSqlFromTheEnvironment()
    {
        var resolved = HistoryStoreLocation.ResolveStore(null, name => name == "QUALIFY_DB" ? "Host=db;Database=qualify" : null);

        Assert.Equal((HistoryStoreProvider.PostgreSql, StoreLocationSource.Environment), (resolved.Options.Provider, resolved.Location.Source));
    }

    [Fact]
    public void ResolveStore_UnknownKeyword_OneLineNamingTheKeywordNotTheValue()
    {
        var error = Assert.Throws<HistoryStoreException>(() => HistoryStoreLocation.ResolveStore($"Hots=db;Password={Secret}", _ => null));

        Assert.Equal(StoreFault.InvalidLocation, error.Fault);
        Assert.Contains("hots", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void ResolveStore_NoHost_Refused()
    {
        var error = Assert.Throws<HistoryStoreException>(() => HistoryStoreLocation.ResolveStore("Database=qualify", _ => null));

        Assert.Equal("history store given as a connection string: the PostgreSQL connection string names no Host: add Host=<server>", error.Message);
    }

    [Fact]
    public void LoadTeams_ServerNotListening_UnreachableNamingHostAndDatabaseNotPassword()
    {
        // Port 1 on loopback: nothing listens there (a privileged port no test server uses).
        var source = new StoreHistorySource($"Host=127.0.0.1;Port=1;Database=qualify;Username=web;Password={Secret};Timeout=3", _ => null);

        var error = Assert.Throws<HistoryStoreException>(source.LoadTeams);

        Assert.Equal(StoreFault.Unreachable, error.Fault);
        Assert.StartsWith("history store postgresql://web@127.0.0.1:1/qualify: cannot connect (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadTeams_WrongPassword_UnreachableWithTheServersReason()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(Qualify.Testing.PostgresTestServer.ConnectionString) { Password = Secret };
        var source = new StoreHistorySource(builder.ConnectionString, _ => null);

        var error = Assert.Throws<HistoryStoreException>(source.LoadTeams);

        // 28P01 invalid_password (PostgreSQL, Appendix A, error codes).
        Assert.Equal(StoreFault.Unreachable, error.Fault);
        Assert.Contains("28P01", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }
}
