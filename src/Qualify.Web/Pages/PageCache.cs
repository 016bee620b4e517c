using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Qualify.Application;
using Qualify.Contracts;
using Qualify.Domain.Competitions;
using Qualify.Domain.History;
using Qualify.Models;

namespace Qualify.Web.Pages;

/// <summary>
/// The competition page's costly parts, kept in memory: its forecast with its what-ifs (<see cref="ForecastService.Forecast"/>),
/// the odds over time (<see cref="ForecastService.Timeline"/>, one forecast per matchday) and the next matchday's conditions
/// (<see cref="ScenarioService.AnalyseNext"/>, CP-SAT),
/// at most <see cref="Capacity"/> entries, the least recently used dropped first (<see cref="MemoryCache"/>). The key
/// is everything an entry depends on: the competition, the date, the simulations, the seed, the model and the what-ifs
/// (a forecast is the same for the same seed whatever the thread count: docs/forecast.md), and a digest
/// of the competition's matches as read (results written through the API included), so a write is never hidden by the
/// cache. Derived data only: the process stays stateless (docs/web.md).
/// </summary>
internal sealed class PageCache(ForecastService forecasts, ScenarioService scenarios, TableService tables, IHistorySource history) : IDisposable
{
    /// <summary>How many entries are kept.</summary>
    public const int Capacity = 64;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>The forecast of <paramref name="competition"/> with <paramref name="options"/>, what-ifs included, cached.</summary>
    /// <exception cref="UserInputException">A what-if that does not fit, or nothing left to forecast (not cached).</exception>
    /// <param name="competition">The competition.</param>
    /// <param name="options">The forecast's options.</param>
    /// <param name="compute">Whether to compute it when it is not kept (the request holds a turn of the <see cref="ComputeGate"/>).</param>
    /// <exception cref="NotKeptException">Not kept, and <paramref name="compute"/> is false.</exception>
    public ForecastReport Forecast(CompetitionDefinition competition, ForecastOptions options, bool compute)
    {
        var fixes = string.Join("|", options.Fixes);
        var key = FormattableString.Invariant($"forecast|{competition.Id}|{options.AsOf:yyyy-MM-dd}|{options.Simulations}|{options.Seed}|{options.Model}|{options.PlayoffOpponent}|{fixes}|{Digest(competition, options.AsOf)}");
        return GetOrCreate(key, compute, () =>
        {
            return forecasts.Forecast(options);
        })!;
    }

    /// <summary>The timeline of <paramref name="competition"/> with <paramref name="options"/> (what-ifs not applied), cached.</summary>
    /// <exception cref="UserInputException">The competition has no played match by the date.</exception>
    /// <param name="competition">The competition.</param>
    /// <param name="options">The forecast's options.</param>
    /// <param name="compute">Whether to compute it when it is not kept (the request holds a turn of the <see cref="ComputeGate"/>).</param>
    /// <exception cref="NotKeptException">Not kept, and <paramref name="compute"/> is false.</exception>
    public TimelineView Timeline(CompetitionDefinition competition, ForecastOptions options, bool compute)
    {
        var key = FormattableString.Invariant($"timeline|{competition.Id}|{options.AsOf:yyyy-MM-dd}|{options.Simulations}|{options.Seed}|{options.Model}|{Digest(competition, options.AsOf)}");
        return GetOrCreate(key, compute, () =>
        {
            var timeline = new ForecastTimeline(forecasts.Timeline(options), options);
            return new TimelineView(ForecastTimelineDocument.From(timeline, ModelKinds.ToName(options.Model), null), OddsChart.Svg(timeline.Reports));
        })!;
    }

    /// <summary>The next matchday's conditions of <paramref name="competition"/> at <paramref name="asOf"/> (qualify scenarios --next), cached.</summary>
    /// <exception cref="UserInputException">A case the scenario solver does not handle, or nothing left to play.</exception>
    /// <param name="competition">The competition.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="compute">Whether to compute it when it is not kept (the request holds a turn of the <see cref="ComputeGate"/>).</param>
    /// <exception cref="NotKeptException">Not kept, and <paramref name="compute"/> is false.</exception>
    public NextMatchdayDocument NextMatchday(CompetitionDefinition competition, DateOnly? asOf, bool compute)
    {
        var key = FormattableString.Invariant($"next|{competition.Id}|{asOf:yyyy-MM-dd}|{Digest(competition, asOf)}");
        return GetOrCreate(key, compute, () =>
        {
            return NextMatchdayDocument.From(scenarios.AnalyseNext(new ScenarioRequest(competition.Id, asOf, null)), combinations: false);
        })!;
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();

    /// <summary>The kept value of <paramref name="key"/>, else the one <paramref name="create"/> computes if <paramref name="compute"/>.</summary>
    /// <exception cref="NotKeptException">Not kept, and <paramref name="compute"/> is false.</exception>
    private T GetOrCreate<T>(string key, bool compute, Func<T> create)
        where T : class
    {
        if (_cache.TryGetValue(key, out T? kept) && kept is not null)
        {
            return kept;
        }

        if (!compute)
        {
            throw new NotKeptException();
        }

        var value = create();
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1 });
        return value;
    }

    /// <summary>
    /// A digest of the competition's matches as every service reads them (results written through the API included):
    /// each fixture, with its score if played by <paramref name="asOf"/> (every score when <see langword="null"/>), and
    /// the history store's version (<see cref="IHistorySource.Version"/>: its latest import).
    /// </summary>
    public string Digest(CompetitionDefinition competition, DateOnly? asOf)
    {
        var matches = tables.MatchesOf(competition);
        // The store's version too: an import changes the ratings a forecast's model is fitted on, not only the matches.
        var text = new StringBuilder(history.Version).Append(';');
        foreach (var stage in competition.Stages)
        {
            foreach (var group in stage.Groups)
            {
                foreach (var m in matches.OfGroup(stage, group))
                {
                    var score = m.IsPlayed && (asOf is null || m.Date <= asOf) ? m.Score.ToString() : "v";
                    text.Append(FormattableString.Invariant($"{m.Date:yyyy-MM-dd} {m.Home} {score} {m.Away};"));
                }
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

/// <summary>A part of the competition page is not kept, and the request has not taken its turn to compute it (<see cref="ComputeGate"/>).</summary>
internal sealed class NotKeptException() : Exception("not kept: the page must take its turn to compute");
