using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Qualify.Application;
using Qualify.Contracts;
using Qualify.Domain.Competitions;
using Qualify.Models;

namespace Qualify.Web.Pages;

/// <summary>
/// The competition page's odds over time (<see cref="ForecastService.Timeline"/>, one forecast per matchday), kept in
/// memory, at most <see cref="Capacity"/> of them, least recently used dropped first. The key is everything the
/// timeline depends on: the competition, the date, the simulations, the seed, and a digest of the played matches as
/// read (results written through the API included), so a write is never hidden by the cache. Derived data only: the
/// process stays stateless (docs/web.md).
/// </summary>
internal sealed class TimelineCache(ForecastService forecasts, TableService tables) : IDisposable
{
    /// <summary>How many timelines are kept.</summary>
    public const int Capacity = 64;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>The timeline of <paramref name="competition"/> with <paramref name="options"/> (what-ifs not applied), cached.</summary>
    /// <exception cref="UserInputException">The competition has no played match by the date.</exception>
    public TimelineView Get(CompetitionDefinition competition, ForecastOptions options)
    {
        var key = FormattableString.Invariant($"{competition.Id}|{options.AsOf:yyyy-MM-dd}|{options.Simulations}|{options.Seed}|{options.Model}|{Digest(competition, options.AsOf)}");
        return _cache.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            var timeline = new ForecastTimeline(forecasts.Timeline(options), options);
            return new TimelineView(ForecastTimelineDocument.From(timeline, ModelKinds.ToName(options.Model), null), OddsChart.Svg(timeline.Reports));
        })!;
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();

    /// <summary>A digest of the competition's played matches by the date, as every service reads them.</summary>
    private string Digest(CompetitionDefinition competition, DateOnly? asOf)
    {
        var matches = tables.MatchesOf(competition);
        var text = new StringBuilder();
        foreach (var stage in competition.Stages)
        {
            foreach (var group in stage.Groups)
            {
                foreach (var m in matches.OfGroup(stage, group).Where(m => m.IsPlayed && (asOf is null || m.Date <= asOf)))
                {
                    text.Append(FormattableString.Invariant($"{m.Date:yyyy-MM-dd} {m.Home} {m.Score} {m.Away};"));
                }
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
