using Qualify.Application;

namespace Qualify.Cli.Infrastructure;

/// <summary>Opens the history store named by <c>--db</c>, <c>QUALIFY_DB</c> or the default location.</summary>
internal interface IHistoryOpener
{
    /// <summary>
    /// A source over the store at the resolved location. Opening is lazy: nothing is created or read until the
    /// source is asked for data, so that commands on built-in data never touch the disk.
    /// </summary>
    IHistorySource Open(string? database);
}
