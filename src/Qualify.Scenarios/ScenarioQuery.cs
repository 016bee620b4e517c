using Google.OrTools.Sat;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>What a CP-SAT query asks about the focal team.</summary>
internal enum QueryKind
{
    /// <summary>Minimise the teams surely above it: its best position.</summary>
    Best,

    /// <summary>Maximise the teams not surely below it: its worst position.</summary>
    Worst,

    /// <summary>Find results that let it finish within a range of positions.</summary>
    Within,

    /// <summary>Find results under which it may finish outside a range of positions (its range is not contained in it).</summary>
    Outside,

    /// <summary>Find results under which it surely finishes within a range of positions (its range is contained in it): the negation of <see cref="Outside"/>.</summary>
    Contained,

    /// <summary>Find results under which it surely finishes outside a range of positions (its range misses it): the negation of <see cref="Within"/>.</summary>
    Disjoint,
}

/// <summary>
/// Extra constraints on the remaining matches of a query: ranges of goal difference (home minus away goals),
/// combinations of outcomes excluded, and optionally one match's goal difference to optimise instead of a position.
/// </summary>
internal sealed record Restriction
{
    /// <summary>Goal difference (home − away) of remaining match <c>Match</c> within <c>Min</c>…<c>Max</c>.</summary>
    public IReadOnlyList<(int Match, int Min, int Max)> Differences { get; init; } = [];

    /// <summary>The remaining matches the excluded combinations are over.</summary>
    public IReadOnlyList<int> Matchday { get; init; } = [];

    /// <summary>Combinations of outcomes over <see cref="Matchday"/> that must not all hold.</summary>
    public IReadOnlyList<MatchdayCombination> Excluded { get; init; } = [];

    /// <summary>
    /// When set, a weighted sum of goals of remaining matches (<c>Home</c> × home goals + <c>Away</c> × away goals per term; a
    /// goal difference is <c>(1, −1)</c>) is maximised or minimised instead of a position (not with <see cref="QueryKind.Best"/>
    /// or <see cref="QueryKind.Worst"/>).
    /// </summary>
    public (IReadOnlyList<(int Match, int Home, int Away)> Terms, bool Maximise)? Objective { get; init; }

    /// <summary>Weighted sums of goal differences (home − away) of remaining matches, each within <c>Min</c>…<c>Max</c>.</summary>
    public IReadOnlyList<(IReadOnlyList<(int Match, int Weight)> Terms, int Min, int Max)> Sums { get; init; } = [];

    /// <summary>Remaining matches whose score is fixed.</summary>
    public IReadOnlyList<(int Match, Score Score)> Scores { get; init; } = [];

    /// <summary>
    /// When not empty, one of these cases must hold: its outcomes over <see cref="Matchday"/> and, with them, its ranges of
    /// goal difference (home − away).
    /// </summary>
    public IReadOnlyList<RestrictionCase> Cases { get; init; } = [];

    /// <summary>When set, each side of every <see cref="Matchday"/> match scores at most this many goals (below the model's bound).</summary>
    public int? MatchdayGoals { get; init; }

    /// <summary>
    /// Scores of every remaining match (those of <see cref="Matchday"/> ignored): when not empty, the query is asked under each
    /// of them instead of the free results: it must hold when the matches after the matchday end so, with the same matchday
    /// scores. Only with <see cref="QueryKind.Contained"/>, <see cref="QueryKind.Disjoint"/>, <see cref="QueryKind.Within"/> or
    /// <see cref="QueryKind.Outside"/>.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Score>> LaterScores { get; init; } = [];
}

/// <summary>One case of <see cref="Restriction.Cases"/>: outcomes over the matchday, and ranges of goal difference that go with them.</summary>
/// <param name="Outcomes">One outcome per matchday match.</param>
/// <param name="Differences">Goal difference (home − away) of remaining match <c>Match</c> within <c>Min</c>…<c>Max</c>.</param>
internal sealed record RestrictionCase(MatchdayCombination Outcomes, IReadOnlyList<(int Match, int Min, int Max)> Differences);

/// <summary>The answer of one CP-SAT query.</summary>
/// <param name="Status">The solver's status: Optimal or Feasible with a solution, Infeasible when proven impossible.</param>
/// <param name="From">With a solution: the best position the focal team can take in it (lots going its way).</param>
/// <param name="To">With a solution: the worst position it can take in it (lots going against it).</param>
/// <param name="Results">With a solution: the remaining fixtures with the scores chosen.</param>
internal sealed record QueryAnswer(CpSolverStatus Status, int From, int To, IReadOnlyList<Match> Results);

/// <summary>CP-SAT parameters for one query, and optionally other search strategies for the rare query the first one is slow on.</summary>
/// <param name="Parameters">The solver's parameter string, for example "num_workers:1".</param>
internal sealed record SolverSettings(string Parameters)
{
    /// <summary>The work limit of the last limited round; a query still unanswered then runs with <see cref="Parameters"/> and no limit.</summary>
    private const double LastLimitedWork = 30;

    /// <summary>
    /// Other parameter strings (search strategies). When not empty, a query is solved in rounds of restarts: each round
    /// tries <see cref="Parameters"/> and then each of these with a limit in CP-SAT's deterministic time
    /// (<c>max_deterministic_time</c>), <see cref="FirstAttemptWork"/> in the first round and four times more in each next
    /// one; the first attempt that answers (a proof, or a proven optimum) is kept. A search strategy's running time on
    /// these models is heavy-tailed (almost every query answers in milliseconds, a rare one runs for minutes, and which one
    /// depends on the strategy), and short restarts over several strategies cut that tail (Luby, Sinclair and Zuckerman,
    /// "Optimal speedup of Las Vegas algorithms", Information Processing Letters 47, 1993). Deterministic time is counted in
    /// work units, so every run and machine makes the same attempts and gets the same answers.
    /// </summary>
    public IReadOnlyList<string> Fallbacks { get; init; } = [];

    /// <summary>The first round's limit per attempt, in CP-SAT's deterministic time (about 0.3 s here), with <see cref="Fallbacks"/>.</summary>
    public double FirstAttemptWork { get; init; } = 0.1;

    /// <summary>Solves <paramref name="model"/>, in rounds of restarts when there are <see cref="Fallbacks"/>.</summary>
    /// <returns>The solver that answered (for the solution's values) and its status.</returns>
    public (CpSolver Solver, CpSolverStatus Status) Solve(CpModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (Fallbacks.Count > 0)
        {
            for (var work = FirstAttemptWork; work <= LastLimitedWork; work *= 4)
            {
                var limit = work.ToString(System.Globalization.CultureInfo.InvariantCulture);
                foreach (var parameters in (string[])[Parameters, .. Fallbacks])
                {
                    var attempt = new CpSolver { StringParameters = $"{parameters},max_deterministic_time:{limit}" };
                    var status = attempt.Solve(model);

                    // A satisfaction model reports a solution as OPTIMAL; FEASIBLE means an optimisation stopped before its proof.
                    if (status is not (CpSolverStatus.Unknown or CpSolverStatus.Feasible))
                    {
                        return (attempt, status);
                    }
                }
            }
        }

        var solver = new CpSolver { StringParameters = Parameters };
        return (solver, solver.Solve(model));
    }
}
