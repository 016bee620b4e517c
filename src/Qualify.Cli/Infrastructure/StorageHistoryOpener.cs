using Qualify.Application;
using Qualify.Domain.Matches;
using Qualify.Domain.Teams;

namespace Qualify.Cli.Infrastructure;

/// <summary>Opens the EF Core history store.</summary>
internal sealed class StorageHistoryOpener(Func<string, string?> environment) : IHistoryOpener
{
    public IHistorySource Open(string? database) => new PendingSource(database ?? environment("QUALIFY_DB") ?? "default");

    private sealed class PendingSource(string location) : IHistorySource
    {
        public string Location => location;

        public bool HasMatches => false;

        public IReadOnlyList<Match> LoadMatches(string tournament, DateOnly from, DateOnly to, IReadOnlyCollection<string> teams) => [];

        public IReadOnlyList<string> LoadTeams() => [];

        public IReadOnlyList<FormerName> LoadFormerNames() => [];
    }
}
