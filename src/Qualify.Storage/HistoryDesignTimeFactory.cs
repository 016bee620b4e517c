using Microsoft.EntityFrameworkCore.Design;

namespace Qualify.Storage;

/// <summary>
/// Lets the EF Core tools create a <see cref="HistoryDbContext"/> to regenerate the compiled model
/// (see <see cref="HistoryDbContextFactory"/>). Never used at run time; the database file is never opened.
/// </summary>
internal sealed class HistoryDesignTimeFactory : IDesignTimeDbContextFactory<HistoryDbContext>
{
    public HistoryDbContext CreateDbContext(string[] args) =>
        new HistoryDbContextFactory(HistoryStoreOptions.ForSqlite("Data Source=design-time.db"), useCompiledModel: false).CreateDbContext();
}
