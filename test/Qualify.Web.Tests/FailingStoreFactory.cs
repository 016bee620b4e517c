using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Qualify.Domain.Teams;

namespace Qualify.Web.Tests;

/// <summary>The web app over a history port that fails as a bug would (not a user error): every read throws.</summary>
internal sealed class FailingStoreFactory : WebApplicationFactory<WebProgram>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IHistorySource, FailingHistorySource>());

    private sealed class FailingHistorySource : IHistorySource
    {
        public string Location => "nowhere";

        public bool HasMatches => throw Bug();

        public string Version => throw Bug();

        public IReadOnlyList<Match> LoadMatches(MatchQuery query) => throw Bug();

        public IReadOnlyList<Match> LoadFixtures(MatchQuery query) => throw Bug();

        public IReadOnlyList<string> LoadTeams() => throw Bug();

        public IReadOnlyList<FormerName> LoadFormerNames() => throw Bug();

        public HistoryExtract LoadHistory(HistoryScope scope) => throw Bug();

        public RecordsReport LoadRecords(string? team, DateOnly? before, int count) => throw Bug();

        public IReadOnlyList<int> LoadTournamentYears(string tournament, DateOnly? before) => throw Bug();

        private static InvalidOperationException Bug() => new("store exploded");
    }
}
