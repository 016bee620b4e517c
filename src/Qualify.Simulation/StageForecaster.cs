using System.Collections.Immutable;

namespace Qualify.Simulation;

/// <summary>
/// Forecasts a competition stage by stage by Monte Carlo: in every simulation, each group's unplayed fixtures draw a
/// score from their distributions and the group is ranked under its stage's full chain (<see cref="FastRanker"/>);
/// each ranking across groups ranks the teams at its position with its discard rule and criteria (then lots, by the
/// definition's seed, as the tables draw them); each knockout tie takes the teams these results give its places and is
/// played as <see cref="TieSimulation"/> describes. Deterministic under a seed whatever the thread count: simulations
/// are cut into fixed chunks, chunk c draws from its own generator seeded with (seed, c), and counts are integer sums.
/// </summary>
/// <remarks>
/// A stage drawn after the date is drawn in each simulation from its pots once the stages before it are played
/// (<see cref="DrawPlan"/>), and a group whose teams are not all known at the date plays its round robin between the
/// teams the simulation puts in its places (<see cref="OpenGroupPlan"/>); both from the simulation's own generator.
/// </remarks>
public static class StageForecaster
{
    /// <summary>Simulations per chunk, the unit of parallel work and of seeding.</summary>
    public const int ChunkSize = 1024;

    /// <summary>Runs the forecast.</summary>
    /// <exception cref="UnmatchedFixException">A fixed result names no unplayed group fixture with its home and away teams.</exception>
    /// <exception cref="ListExhaustedException">A priority list ran out in a simulation.</exception>
    public static StageForecast Forecast(ForecastRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Simulations, 1);
        var plan = StagePlanBuilder.Build(request);
        var totals = new StageWorker(plan);
        var workers = new List<StageWorker>();
        var chunks = (request.Simulations + ChunkSize - 1) / ChunkSize;
        var options = new ParallelOptions { MaxDegreeOfParallelism = request.MaxThreads ?? Environment.ProcessorCount };
        try
        {
            Simulate(request, plan, totals, workers, chunks, options);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<ListExhaustedException>().FirstOrDefault() is { } exhausted)
        {
            throw exhausted;
        }

        return Summarise(plan, totals, workers, request.Simulations);
    }

    private static void Simulate(ForecastRequest request, StagePlan plan, StageWorker totals, List<StageWorker> workers, long chunks, ParallelOptions options)
    {
        var gate = new object();
        long done = 0;
        Parallel.For(0L, chunks, options,
            () => new StageWorker(plan),
            (chunk, _, worker) =>
            {
                var count = (int)Math.Min(ChunkSize, request.Simulations - (chunk * ChunkSize));
                worker.RunChunk(request.Seed, (ulong)chunk, count);
                request.Progress?.Report(Interlocked.Add(ref done, count));
                return worker;
            },
            worker =>
            {
                lock (gate)
                {
                    Add(totals, worker);
                    workers.Add(worker);
                }
            });
    }

    private static void Add(StageWorker into, StageWorker from)
    {
        for (var r = 0; r < into.Ranks.Length; r++)
        {
            Add(into.Ranks[r], from.Ranks[r]);
        }

        Add(into.Plays, from.Plays);
        Add(into.Wins, from.Wins);
        Add(into.Destinations, from.Destinations);
    }

    private static void Add(long[] into, long[] from)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }

    private static StageForecast Summarise(StagePlan plan, StageWorker counts, List<StageWorker> workers, long simulations)
    {
        var groups = plan.Groups.Select((g, i) => new GroupForecast(
            g.Group,
            g.Open is null
                ? CompetitionForecaster.Summarise(g.Group, g.Simulator.Total(simulations, workers.Select(w => w.Groups[i])))
                : OpenSummary(plan, g, [.. workers.Select(w => w.OpenGroups[i]!)], simulations),
            g.Forecasts,
            simulations) { Open = g.Open is not null }).ToImmutableArray();
        var rankings = plan.Rankings.Select((r, i) => new RankingForecast(r.Ranking, [.. r.Teams
            .Select((t, local) => new RankedTeamForecast(plan.Teams[t], [.. counts.Ranks[i].Skip(local * r.Groups.Length).Take(r.Groups.Length).Select(c => (double)c / simulations)]))
            .Where(t => t.RankProbabilities.Sum() > 0)
            .OrderBy(t => t.RankProbabilities.Select((p, k) => p * (k + 1)).Sum() + ((1 - t.RankProbabilities.Sum()) * (r.Groups.Length + 1)))
            .ThenBy(t => t.Team, StringComparer.Ordinal)])).ToImmutableArray();
        var n = plan.Teams.Length;
        var ties = plan.Ties.Select((t, i) => new TieForecast(t.Tie, [.. Enumerable.Range(0, n)
            .Where(team => counts.Plays[(i * n) + team] > 0)
            .Select(team => new TieTeamForecast(plan.Teams[team], (double)counts.Plays[(i * n) + team] / simulations, (double)counts.Wins[(i * n) + team] / simulations))
            .OrderByDescending(x => x.Wins).ThenByDescending(x => x.Plays).ThenBy(x => x.Team, StringComparer.Ordinal)])).ToImmutableArray();
        var d = plan.Destinations.Length;
        var teams = Enumerable.Range(0, n)
            .Select(team => new TeamDestinationForecast(plan.Teams[team], [.. counts.Destinations.Skip(team * d).Take(d).Select(c => (double)c / simulations)]))
            .Where(t => t.Probabilities.Sum() > 0)
            .OrderBy(t => t, Comparer<TeamDestinationForecast>.Create(BySuccess))
            .ToImmutableArray();
        return new StageForecast(groups, rankings, ties, plan.Destinations, teams, simulations) { Notes = plan.Notes };
    }

    /// <summary>
    /// The forecast of a group whose teams are resolved in each simulation: a row per team that can fill it, with its
    /// probability of each position (of playing in the group and finishing there) and its points over the simulations
    /// in which it plays the group.
    /// </summary>
    private static ImmutableArray<TeamForecast> OpenSummary(StagePlan plan, GroupPlan group, List<OpenGroupWorker> workers, long simulations)
    {
        var open = group.Open!;
        var places = group.Group.Teams.Length;
        var width = open.MaxPoints + 1;
        var positions = new long[open.Candidates.Length * places];
        var points = new long[open.Candidates.Length * width];
        foreach (var worker in workers)
        {
            Add(positions, worker.PositionCounts);
            Add(points, worker.PointsCounts);
        }

        var counts = new SimulationCounts(simulations, [.. positions.Chunk(places)], [.. points.Chunk(width)], 0);
        return [.. CompetitionForecaster.Summarise(group.Group, [.. open.Candidates.Select(c => plan.Teams[c])], counts)
            .Where(t => t.PositionProbabilities.Sum() > 0)];
    }

    /// <summary>Most successful first: by the probability of each destination in turn (qualified first), then by name.</summary>
    private static int BySuccess(TeamDestinationForecast? a, TeamDestinationForecast? b)
    {
        for (var i = 0; i < a!.Probabilities.Length; i++)
        {
            var c = b!.Probabilities[i].CompareTo(a.Probabilities[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return string.CompareOrdinal(a.Team, b!.Team);
    }
}
