using Qualify.Domain.Matches;

namespace Qualify.Models;

/// <summary>
/// The probability of every scoreline of one match: a matrix P(home goals = i, away goals = j) for
/// i, j in 0..<see cref="MaxGoals"/>. It is the single source of every derived probability (win/draw/loss,
/// expected goals, exact score, sampling), so they agree by construction — the design of penaltyblog's
/// <c>FootballProbabilityGrid</c> (penaltyblog/models/football_probability_grid.py). Immutable.
/// </summary>
/// <remarks>
/// <para>
/// Truncation: scores with more than <see cref="MaxGoals"/> goals for either side (default
/// <see cref="DefaultMaxGoals"/> = 10) are cut off and the matrix is renormalised to sum to one. The mass cut
/// off is reported as <see cref="TruncatedMass"/>. Per side it is the Poisson tail P(X ≥ 11): 2.9e-4 at a mean of
/// 3 goals, 5.5e-7 at 1.5 and 1.0e-8 at 1 (τ does not change it: it only moves mass among the four lowest scores).
/// </para>
/// <para>
/// The cells are stored row-major: the cell of home goals i and away goals j has index
/// i × (<see cref="MaxGoals"/> + 1) + j in <see cref="Probabilities"/> and <see cref="CumulativeProbabilities"/>.
/// </para>
/// </remarks>
public sealed class ScorelineDistribution
{
    private const int LargestMaxGoals = 100;

    private readonly double[] probabilities;
    private readonly double[] cumulative;

    /// <param name="cells">The in-grid probabilities before renormalisation: non-negative, trusted, taken over.</param>
    /// <param name="maxGoals">The truncation.</param>
    /// <param name="total">The sum of <paramref name="cells"/>, positive and finite.</param>
    private ScorelineDistribution(double[] cells, int maxGoals, double total)
    {
        MaxGoals = maxGoals;
        var size = maxGoals + 1;
        TruncatedMass = Math.Max(0, 1 - total);
        probabilities = cells;
        cumulative = new double[cells.Length];
        double homeWin = 0, draw = 0, awayWin = 0, homeGoals = 0, awayGoals = 0, running = 0;
        var lastNonZero = 0;
        for (var home = 0; home < size; home++)
        {
            for (var away = 0; away < size; away++)
            {
                var index = (home * size) + away;
                var p = cells[index] / total;
                probabilities[index] = p;
                running += p;
                cumulative[index] = running;
                if (p > 0)
                {
                    lastNonZero = index;
                }

                if (home > away)
                {
                    homeWin += p;
                }
                else if (home == away)
                {
                    draw += p;
                }
                else
                {
                    awayWin += p;
                }

                homeGoals += home * p;
                awayGoals += away * p;
            }
        }

        // Rounding can leave the running sum a few ulps from 1: pin the tail so that every uniform in [0, 1)
        // maps to a cell of positive probability.
        cumulative.AsSpan(lastNonZero).Fill(1.0);
        HomeWin = homeWin;
        Draw = draw;
        AwayWin = awayWin;
        ExpectedHomeGoals = homeGoals;
        ExpectedAwayGoals = awayGoals;
    }

    /// <summary>The default truncation: 10 goals per side, that is 11 × 11 cells.</summary>
    public static int DefaultMaxGoals => 10;

    /// <summary>The largest number of goals per side in the matrix; the matrix has (MaxGoals + 1)² cells.</summary>
    public int MaxGoals { get; }

    /// <summary>
    /// The probability mass of the scores beyond <see cref="MaxGoals"/> that the untruncated model gives, removed
    /// before renormalising (0 when nothing was cut off). A diagnostic: every other member refers to the
    /// renormalised matrix.
    /// </summary>
    public double TruncatedMass { get; }

    /// <summary>P(home goals &gt; away goals), from the matrix.</summary>
    public double HomeWin { get; }

    /// <summary>P(home goals = away goals), from the matrix.</summary>
    public double Draw { get; }

    /// <summary>P(home goals &lt; away goals), from the matrix.</summary>
    public double AwayWin { get; }

    /// <summary>The expected goals of the home team, Σ i·P(i, j), from the (truncated, renormalised) matrix.</summary>
    public double ExpectedHomeGoals { get; }

    /// <summary>The expected goals of the away team, Σ j·P(i, j), from the (truncated, renormalised) matrix.</summary>
    public double ExpectedAwayGoals { get; }

    /// <summary>The renormalised cell probabilities, row-major (index = home × (MaxGoals + 1) + away); they sum to 1.</summary>
    public ReadOnlySpan<double> Probabilities => probabilities;

    /// <summary>
    /// The running sums of <see cref="Probabilities"/> in the same row-major order; the last cell of positive
    /// probability and every cell after it hold exactly 1. For a simulator that samples by inversion.
    /// </summary>
    public ReadOnlySpan<double> CumulativeProbabilities => cumulative;

    /// <summary>
    /// The scoreline matrix of two independent Poisson scores with the given means (Maher, 1982, "Modelling
    /// association football scores", Statistica Neerlandica 36(3); the base model of Dixon and Coles, 1997).
    /// Truncated at <see cref="DefaultMaxGoals"/>.
    /// </summary>
    /// <param name="homeMean">The home team's expected goals λ, finite and zero or more.</param>
    /// <param name="awayMean">The away team's expected goals μ, finite and zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A mean is negative, infinite or NaN, or so large that no mass is left within the truncation.</exception>
    public static ScorelineDistribution FromPoisson(double homeMean, double awayMean) =>
        FromDixonColes(homeMean, awayMean, 0, DefaultMaxGoals);

    /// <summary>As <see cref="FromPoisson(double, double)"/>, truncated at <paramref name="maxGoals"/> goals per side.</summary>
    /// <param name="homeMean">The home team's expected goals λ, finite and zero or more.</param>
    /// <param name="awayMean">The away team's expected goals μ, finite and zero or more.</param>
    /// <param name="maxGoals">The truncation, 1 to 100 goals per side.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range.</exception>
    public static ScorelineDistribution FromPoisson(double homeMean, double awayMean, int maxGoals) =>
        FromDixonColes(homeMean, awayMean, 0, maxGoals);

    /// <summary>
    /// The Dixon-Coles scoreline matrix: independent Poisson probabilities multiplied by τ(i, j) with dependence
    /// parameter ρ (Dixon and Coles, 1997, equation 4.2; see <see cref="DixonColesCorrection"/>). τ moves mass only
    /// among 0-0, 1-0, 0-1 and 1-1 and its changes cancel, so the matrix stays normalised for every valid ρ.
    /// Truncated at <see cref="DefaultMaxGoals"/>.
    /// </summary>
    /// <param name="homeMean">The home team's expected goals λ, finite and zero or more.</param>
    /// <param name="awayMean">The away team's expected goals μ, finite and zero or more.</param>
    /// <param name="rho">ρ, within [<see cref="DixonColesCorrection.MinimumRho"/>, <see cref="DixonColesCorrection.MaximumRho"/>] for these means; 0 gives the independent Poisson matrix.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range.</exception>
    public static ScorelineDistribution FromDixonColes(double homeMean, double awayMean, double rho) =>
        FromDixonColes(homeMean, awayMean, rho, DefaultMaxGoals);

    /// <summary>As <see cref="FromDixonColes(double, double, double)"/>, truncated at <paramref name="maxGoals"/> goals per side.</summary>
    /// <param name="homeMean">The home team's expected goals λ, finite and zero or more.</param>
    /// <param name="awayMean">The away team's expected goals μ, finite and zero or more.</param>
    /// <param name="rho">ρ, within [<see cref="DixonColesCorrection.MinimumRho"/>, <see cref="DixonColesCorrection.MaximumRho"/>] for these means.</param>
    /// <param name="maxGoals">The truncation, 1 to 100 goals per side.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range.</exception>
    public static ScorelineDistribution FromDixonColes(double homeMean, double awayMean, double rho, int maxGoals)
    {
        ValidateMean(homeMean, nameof(homeMean));
        ValidateMean(awayMean, nameof(awayMean));
        ArgumentOutOfRangeException.ThrowIfLessThan(maxGoals, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxGoals, LargestMaxGoals);
        if (!double.IsFinite(rho)
            || rho < DixonColesCorrection.MinimumRho(homeMean, awayMean)
            || rho > DixonColesCorrection.MaximumRho(homeMean, awayMean))
        {
            throw new ArgumentOutOfRangeException(
                nameof(rho),
                rho,
                $"rho must be within [max(-1/λ, -1/μ), min(1/(λμ), 1)] so that every τ is non-negative (λ = {homeMean}, μ = {awayMean})");
        }

        var size = maxGoals + 1;
        Span<double> home = stackalloc double[size];
        Span<double> away = stackalloc double[size];
        PoissonProbabilities(homeMean, home);
        PoissonProbabilities(awayMean, away);
        var cells = new double[size * size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                cells[(i * size) + j] = home[i] * away[j];
            }
        }

        if (rho != 0)
        {
            cells[0] *= DixonColesCorrection.Tau(0, 0, homeMean, awayMean, rho);
            cells[1] *= DixonColesCorrection.Tau(0, 1, homeMean, awayMean, rho);
            cells[size] *= DixonColesCorrection.Tau(1, 0, homeMean, awayMean, rho);
            cells[size + 1] *= DixonColesCorrection.Tau(1, 1, homeMean, awayMean, rho);
        }

        var total = 0.0;
        foreach (var cell in cells)
        {
            total += cell;
        }

        if (!(total > 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(homeMean), $"no probability mass within 0..{maxGoals} goals: the means ({homeMean}, {awayMean}) are too large for this truncation");
        }

        return new ScorelineDistribution(cells, maxGoals, total);
    }

    /// <summary>The probability of the exact score <paramref name="homeGoals"/>-<paramref name="awayGoals"/>; 0 beyond <see cref="MaxGoals"/>.</summary>
    /// <param name="homeGoals">Goals of the home team, zero or more.</param>
    /// <param name="awayGoals">Goals of the away team, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A goal count is negative.</exception>
    public double Probability(int homeGoals, int awayGoals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(homeGoals);
        ArgumentOutOfRangeException.ThrowIfNegative(awayGoals);
        return homeGoals > MaxGoals || awayGoals > MaxGoals ? 0 : probabilities[(homeGoals * (MaxGoals + 1)) + awayGoals];
    }

    /// <summary>The probability of the exact score; 0 beyond <see cref="MaxGoals"/>.</summary>
    /// <param name="score">The score (home goals, away goals).</param>
    /// <exception cref="ArgumentOutOfRangeException">A goal count is negative.</exception>
    public double Probability(Score score) => Probability(score.Home, score.Away);

    /// <summary>The probability of an outcome: <see cref="HomeWin"/>, <see cref="Draw"/> or <see cref="AwayWin"/>.</summary>
    /// <param name="outcome">The outcome from the home team's point of view.</param>
    /// <exception cref="ArgumentOutOfRangeException">The outcome is not a defined value.</exception>
    public double Probability(MatchOutcome outcome) => outcome switch
    {
        MatchOutcome.HomeWin => HomeWin,
        MatchOutcome.Draw => Draw,
        MatchOutcome.AwayWin => AwayWin,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not a match outcome"),
    };

    /// <summary>
    /// Maps a uniform number in [0, 1) to a score by inverting <see cref="CumulativeProbabilities"/>: the first cell
    /// (row-major) whose cumulative probability exceeds <paramref name="uniform"/>. A binary search over the
    /// (MaxGoals + 1)² cells; it does not allocate, so a simulator can call it in its inner loop.
    /// </summary>
    /// <param name="uniform">A number in [0, 1), for example from <see cref="Random.NextDouble"/>.</param>
    /// <returns>A score with both goal counts within 0..<see cref="MaxGoals"/> and positive probability.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="uniform"/> is not in [0, 1).</exception>
    public Score ToScore(double uniform)
    {
        if (!(uniform >= 0 && uniform < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(uniform), uniform, "must be in [0, 1)");
        }

        var cells = cumulative;
        int low = 0, high = cells.Length - 1;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (cells[middle] > uniform)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        var (home, away) = Math.DivRem(low, MaxGoals + 1);
        return new Score(home, away);
    }

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"home {HomeWin:F4} draw {Draw:F4} away {AwayWin:F4}; xG {ExpectedHomeGoals:F3}-{ExpectedAwayGoals:F3}");

    private static void ValidateMean(double mean, string name)
    {
        if (!double.IsFinite(mean) || mean < 0)
        {
            throw new ArgumentOutOfRangeException(name, mean, "an expected number of goals must be finite and zero or more");
        }
    }

    /// <summary>P(X = k) for k = 0..pmf.Length − 1, computed in log space so that large means do not underflow e^(−mean).</summary>
    private static void PoissonProbabilities(double mean, Span<double> pmf)
    {
        if (mean == 0)
        {
            pmf.Clear();
            pmf[0] = 1;
            return;
        }

        var logMean = Math.Log(mean);
        var logTerm = -mean;
        pmf[0] = Math.Exp(logTerm);
        for (var k = 1; k < pmf.Length; k++)
        {
            logTerm += logMean - Math.Log(k);
            pmf[k] = Math.Exp(logTerm);
        }
    }
}
