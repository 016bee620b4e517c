using Qualify.Application;

namespace Qualify.Cli.Infrastructure;

/// <summary>Opens the EF Core history store lazily at the location that <c>--db</c>, <c>QUALIFY_DB</c> or the default gives.</summary>
internal sealed class StorageHistoryOpener(Func<string, string?> environment) : IHistoryOpener
{
    public IHistorySource Open(string? database) => new StoreHistorySource(database, environment);
}
