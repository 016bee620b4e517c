using Microsoft.EntityFrameworkCore.Design;

namespace Qualify.Storage;

/// <summary>
/// Lets the EF Core tools create a <see cref="SqliteHistoryDbContext"/> to add its migrations (<c>Migrations/Sqlite</c>)
/// and regenerate the compiled model (see <see cref="HistoryDbContextFactory"/>). Never used at run time; the database
/// file is never opened.
/// </summary>
internal sealed class SqliteHistoryDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHistoryDbContext>
{
    public SqliteHistoryDbContext CreateDbContext(string[] args) =>
        (SqliteHistoryDbContext)new HistoryDbContextFactory(HistoryStoreOptions.ForSqlite("Data Source=design-time.db"), useCompiledModel: false).CreateDbContext();
}

/// <summary>
/// Lets the EF Core tools create a <see cref="PostgreSqlHistoryDbContext"/> to add its migrations
/// (<c>Migrations/PostgreSql</c>). Never used at run time; no server is contacted.
/// </summary>
internal sealed class PostgreSqlHistoryDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlHistoryDbContext>
{
    public PostgreSqlHistoryDbContext CreateDbContext(string[] args) =>
        (PostgreSqlHistoryDbContext)new HistoryDbContextFactory(HistoryStoreOptions.ForPostgreSql("Host=localhost;Database=design_time"), useCompiledModel: false).CreateDbContext();
}
