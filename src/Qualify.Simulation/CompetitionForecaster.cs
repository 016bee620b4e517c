using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Models;

namespace Qualify.Simulation;

/// <summary>
/// A result fixed by a what-if: the earliest unplayed fixture with this home team and this away team ends with this
/// score. Home and away are never swapped: the reversed fixture is another match.
/// </summary>
/// <param name="Home">The home team (named first).</param>
/// <param name="Away">The away team (named second).</param>
/// <param name="Score">The score, home goals first.</param>
public sealed record FixedResult(string Home, string Away, Score Score)
{
    /// <summary>The same result written the other way round: the away team first, with its goals first.</summary>
    public FixedResult Reversed => new(Away, Home, new Score(Score.Away, Score.Home));

    /// <summary>The result as a user writes it: "Canada 2-1 Mexico".</summary>
    public override string ToString() => $"{Home} {Score} {Away}";
}

/// <summary>A what-if that names no unplayed fixture with its home team and its away team.</summary>
public sealed class UnmatchedFixException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="fix"/>.</summary>
    /// <param name="fix">The what-if.</param>
    /// <param name="reverseOpen">Whether the fixture with home and away swapped is unplayed (and not fixed).</param>
    public UnmatchedFixException(FixedResult fix, bool reverseOpen)
        : base($"no unplayed match {fix?.Home} v {fix?.Away} to fix")
    {
        ArgumentNullException.ThrowIfNull(fix);
        Fix = fix;
        ReverseOpen = reverseOpen;
    }

    /// <summary>The what-if.</summary>
    public FixedResult Fix { get; }

    /// <summary>Whether the fixture with home and away swapped is unplayed (and not fixed by another what-if).</summary>
    public bool ReverseOpen { get; }
}

/// <summary>A what-if that names a real fixture which cannot be fixed as asked (a second leg before its first, a tie whose teams are not known).</summary>
public sealed class UnusableFixException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="fix"/>.</summary>
    /// <param name="fix">The what-if.</param>
    /// <param name="reason">Why it cannot be applied, in one line.</param>
    public UnusableFixException(FixedResult fix, string reason)
        : base(reason)
    {
        ArgumentNullException.ThrowIfNull(fix);
        Fix = fix;
    }

    /// <summary>The what-if.</summary>
    public FixedResult Fix { get; }
}

/// <summary>
/// A simulation in which a priority list ran out: more of its teams finished in the top places of their groups than its
/// places can spare, and the definition does not say who takes a place then.
/// </summary>
public sealed class ListExhaustedException : InvalidOperationException
{
    /// <summary>Creates the exception for the list called <paramref name="list"/>.</summary>
    /// <param name="list">The list's name.</param>
    /// <param name="teams">How many teams it lists.</param>
    /// <param name="outside">The last group position that passes a team over.</param>
    public ListExhaustedException(string list, int teams, int outside)
        : base($"in a simulation so many of the {teams} teams of list '{list}' finished in the top {outside} of their groups that the list ran out, and the definition does not say who takes a place then")
    {
        List = list;
    }

    /// <summary>The list's name.</summary>
    public string List { get; }
}

/// <summary>What to forecast.</summary>
/// <param name="Competition">The definition.</param>
/// <param name="MatchesOf">Every known match of a group or tie, played or not (the definition's fixtures, or the store's).</param>
/// <param name="AsOf">Matches after this date count as unplayed; <see langword="null"/>: every played match counts.</param>
/// <param name="Predict">The scoreline distribution of an unplayed match.</param>
/// <param name="Simulations">How many simulations, at least 1.</param>
/// <param name="Seed">The seed.</param>
public sealed record ForecastRequest(
    CompetitionDefinition Competition,
    ICompetitionMatches MatchesOf,
    DateOnly? AsOf,
    Func<Match, ScorelineDistribution> Predict,
    long Simulations,
    ulong Seed)
{
    /// <summary>Results fixed by a what-if, each applied to the earliest unplayed fixture with its home and away teams.</summary>
    public ImmutableArray<FixedResult> Fixes { get; init; } = [];

    /// <summary>Parallelism; <see langword="null"/> for every core. The result does not depend on it.</summary>
    public int? MaxThreads { get; init; }

    /// <summary>Reports simulations done, for a progress bar.</summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>
    /// The ranking that sets the pots of a draw by <see cref="DrawRule.RankedPots"/> still to be made at the date: each
    /// team's points (higher ranks first), for example the FIFA ranking computed as of <see cref="AsOf"/>;
    /// <see langword="null"/> when no such draw is simulated.
    /// </summary>
    public IReadOnlyDictionary<string, double>? DrawRanking { get; init; }
}

/// <summary>A team's forecast.</summary>
/// <param name="Team">The team.</param>
/// <param name="PositionProbabilities">Probability of each final position (index 0 = 1st).</param>
/// <param name="SlotProbabilities">Probability of each slot kind.</param>
/// <param name="ExpectedPoints">Mean final points.</param>
/// <param name="Points5">5th percentile of final points.</param>
/// <param name="Points95">95th percentile of final points.</param>
public sealed record TeamForecast(
    string Team,
    ImmutableArray<double> PositionProbabilities,
    ImmutableDictionary<SlotKind, double> SlotProbabilities,
    double ExpectedPoints,
    int Points5,
    int Points95);

/// <summary>An unplayed fixture and its outcome probabilities.</summary>
/// <param name="Match">The fixture.</param>
/// <param name="Distribution">Its scoreline distribution.</param>
public sealed record FixtureForecast(Match Match, ScorelineDistribution Distribution);

/// <summary>The forecast of one group.</summary>
/// <param name="Group">The group.</param>
/// <param name="Teams">Teams, by expected position.</param>
/// <param name="Fixtures">The simulated fixtures, by date.</param>
/// <param name="Simulations">The number of simulations.</param>
public sealed record GroupForecast(GroupDefinition Group, ImmutableArray<TeamForecast> Teams, ImmutableArray<FixtureForecast> Fixtures, long Simulations)
{
    /// <summary>The Monte Carlo standard error of an estimated probability p: √(p(1 − p)/N).</summary>
    public double StandardError(double probability) => Math.Sqrt(probability * (1 - probability) / Simulations);

    /// <summary>
    /// Whether the group's teams were resolved in each simulation (drawn after the date, or fed by a place still open):
    /// <see cref="Teams"/> then lists every team that can fill it, each position's probabilities summing to 1 over them,
    /// and a team's points are over the simulations in which it plays the group.
    /// </summary>
    public bool Open { get; init; }
}

/// <summary>
/// Forecasts a competition by Monte Carlo: each unplayed match (after the as-of date, not fixed by a what-if) draws a
/// scoreline from its model distribution, and every simulated table is ranked under the competition's full
/// tie-breaker chain, head-to-head included (<see cref="FastRanker"/>, proven equal to the standings engine).
/// Groups are simulated independently; rankings across groups are not simulated yet.
/// </summary>
public static class CompetitionForecaster
{
    /// <summary>Runs the forecast.</summary>
    /// <exception cref="UnmatchedFixException">A fixed result names no unplayed fixture with its home and away teams.</exception>
    public static ImmutableArray<GroupForecast> Forecast(ForecastRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var competition = request.Competition;
        var deductions = competition.DeductionsByTeam();
        var fixesLeft = request.Fixes.ToList();
        var open = new HashSet<(string Home, string Away)>();
        var result = ImmutableArray.CreateBuilder<GroupForecast>();
        var groupIndex = 0UL;
        foreach (var (stage, group) in competition.Stages.SelectMany(s => s.Groups.Select(g => (s, g))))
        {
            var (counted, unplayed) = GroupFixtures.Of(request, stage, group, fixesLeft, open);

            var index = group.Teams.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
            var compiled = new CompiledGroup(group.Teams, competition.PointsOf(stage), competition.TieBreakersOf(stage), deductions, competition.FairPlay, competition.LotsSeed);
            var fixtures = unplayed.Select(m => new FixtureForecast(m, request.Predict(m))).ToImmutableArray();
            var simulator = new GroupSimulator(
                compiled,
                counted.Select(m => (index[m.Home], index[m.Away], m.Score!.Value.Home, m.Score!.Value.Away)),
                [.. fixtures.Select(f => new SimulatedFixture(index[f.Match.Home], index[f.Match.Away], f.Distribution.CumulativeProbabilities.ToArray(), f.Distribution.MaxGoals))]);

            // Each group draws from its own streams, so adding a group does not change another's numbers.
            var counts = simulator.Run(request.Simulations, request.Seed + (groupIndex++ * 0x9E3779B97F4A7C15UL), request.MaxThreads, request.Progress);
            result.Add(new GroupForecast(group, Summarise(group, counts), fixtures, counts.Simulations));
        }

        GroupFixtures.EnsureAllUsed(fixesLeft, open);
        return result.ToImmutable();
    }

    /// <summary>Each team's forecast from a group's counts, by expected position.</summary>
    internal static ImmutableArray<TeamForecast> Summarise(GroupDefinition group, SimulationCounts counts) => Summarise(group, group.Teams, counts);

    /// <summary>
    /// Each of <paramref name="teams"/>' forecast from a group's counts (a row per team, a column per position), by
    /// expected position. Points are over the simulations in which the team plays the group (every simulation, for a
    /// group of known teams).
    /// </summary>
    internal static ImmutableArray<TeamForecast> Summarise(GroupDefinition group, IReadOnlyList<string> teams, SimulationCounts counts)
    {
        var n = group.Teams.Length;
        var forecasts = new List<TeamForecast>(teams.Count);
        for (var t = 0; t < teams.Count; t++)
        {
            var positions = counts.PositionCounts[t].Select(c => (double)c / counts.Simulations).ToImmutableArray();
            var slots = Enum.GetValues<SlotKind>().ToImmutableDictionary(
                k => k,
                k => Enumerable.Range(0, n).Where(p => SlotRule.For(group.Slots, p + 1).Kind == k).Sum(p => positions[p]));
            var histogram = counts.PointsCounts[t];
            var played = histogram.Sum();
            double mean = 0;
            for (var p = 0; p < histogram.Length; p++)
            {
                mean += (double)(p - counts.PointsOffset) * histogram[p] / played;
            }

            forecasts.Add(new TeamForecast(teams[t], positions, slots, mean,
                Percentile(histogram, played, counts.PointsOffset, 0.05), Percentile(histogram, played, counts.PointsOffset, 0.95)));
        }

        return [.. forecasts.OrderBy(f => f.PositionProbabilities.Select((p, i) => p * (i + 1)).Sum()).ThenBy(f => f.Team, StringComparer.Ordinal)];
    }

    private static int Percentile(long[] histogram, long played, int offset, double q)
    {
        var target = q * played;
        long running = 0;
        for (var p = 0; p < histogram.Length; p++)
        {
            running += histogram[p];
            if (running >= target && running > 0)
            {
                return p - offset;
            }
        }

        return histogram.Length - 1 - offset;
    }
}
