using Qualify.Models.Outcomes;

namespace Qualify.Models;

/// <summary>
/// A Poisson goal model driven by the Elo rating difference: each side's goals are Poisson with a mean that is
/// log-linear in the difference and the venue. Immutable: create it with <see cref="Fit"/> or
/// <see cref="FromCoefficients"/>.
/// </summary>
/// <remarks>
/// <para>
/// With x = (R_home − R_away) / <see cref="RatingScale"/> (ratings before the match, without the Elo system's own
/// +100 home advantage) and h = 1 when the venue is not neutral, 0 when it is:
/// </para>
/// <para>
/// log λ_home = β₀ + β₁·x + η_home·h, log μ_away = β₀ − β₁·x + η_away·h.
/// </para>
/// <para>
/// β₀ (<see cref="Intercept"/>) is the log of either side's expected goals between equal teams at a neutral venue;
/// β₁ (<see cref="RatingSlope"/>) the log change of the goal ratio per 400 points, applied symmetrically; η_home
/// (<see cref="HomeAdvantage"/>) the home team's boost at its own venue and η_away (<see cref="AwayVenueEffect"/>) the
/// change for the visitors there, a separate home-venue intercept for each side. With η_away = 0 it is the form
/// log λ = β₀ + β₁x + ηh, log μ = β₀ − β₁x. The goals are independent given the means (Maher, 1982), so the
/// scoreline matrix is <see cref="ScorelineDistribution.FromPoisson(double, double, int)"/>. Relating a Poisson
/// model's means to rating differences follows Lasek, Szlávik and Bhulai, 2013, "The predictive power of ranking
/// systems in association football", and the goal-based use of Elo ratings in Hvattum and Arntzen, 2010.
/// </para>
/// <para>
/// The four coefficients are fitted by maximum likelihood as one Poisson generalised linear model with a log link
/// over 2n rows (each match gives a home row (1, x, h, 0) and an away row (1, −x, 0, h)), by Newton's method, which
/// for the canonical link is iteratively reweighted least squares (McCullagh and Nelder, 1989, section 2.5).
/// </para>
/// </remarks>
public sealed class EloPoissonGoalModel
{
    private EloPoissonGoalModel(double intercept, double ratingSlope, double homeAdvantage, double awayVenueEffect)
    {
        Intercept = intercept;
        RatingSlope = ratingSlope;
        HomeAdvantage = homeAdvantage;
        AwayVenueEffect = awayVenueEffect;
    }

    /// <summary>The rating points per unit of x: 400, the scale of the Elo expectancy curve (eloratings.net).</summary>
    public static double RatingScale => 400;

    /// <summary>β₀: log expected goals of each side between equally rated teams at a neutral venue.</summary>
    public double Intercept { get; }

    /// <summary>β₁: added to log λ and subtracted from log μ per 400 points of rating difference.</summary>
    public double RatingSlope { get; }

    /// <summary>η_home: added to the home team's log expected goals when the venue is not neutral.</summary>
    public double HomeAdvantage { get; }

    /// <summary>η_away: added to the away team's log expected goals when the venue is not neutral (usually negative).</summary>
    public double AwayVenueEffect { get; }

    /// <summary>The maximised Poisson log-likelihood (natural log, log k! terms included); 0 for <see cref="FromCoefficients"/>.</summary>
    public double LogLikelihood { get; private init; }

    /// <summary>The number of matches fitted; 0 for <see cref="FromCoefficients"/>.</summary>
    public int ObservationCount { get; private init; }

    /// <summary>Newton steps of the fit.</summary>
    public int Iterations { get; private init; }

    /// <summary>Whether the fit met its tolerance.</summary>
    public bool Converged { get; private init; } = true;

    /// <summary>
    /// Asymptotic standard errors of (β₀, β₁, η_home, η_away) from the inverse observed information; NaN where a
    /// coefficient is not identified (η when every match was at a neutral venue) and for <see cref="FromCoefficients"/>.
    /// </summary>
    public (double Intercept, double RatingSlope, double HomeAdvantage, double AwayVenueEffect) StandardErrors { get; private init; } =
        (double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>A model with the given coefficients.</summary>
    /// <param name="intercept">β₀, finite.</param>
    /// <param name="ratingSlope">β₁, finite.</param>
    /// <param name="homeAdvantage">η_home, finite.</param>
    /// <param name="awayVenueEffect">η_away, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coefficient is not finite.</exception>
    public static EloPoissonGoalModel FromCoefficients(double intercept, double ratingSlope, double homeAdvantage, double awayVenueEffect)
    {
        foreach (var (value, name) in new[] { (intercept, nameof(intercept)), (ratingSlope, nameof(ratingSlope)), (homeAdvantage, nameof(homeAdvantage)), (awayVenueEffect, nameof(awayVenueEffect)) })
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentOutOfRangeException(name, value, "must be finite");
            }
        }

        return new EloPoissonGoalModel(intercept, ratingSlope, homeAdvantage, awayVenueEffect);
    }

    /// <summary>Fits the four coefficients by maximum likelihood.</summary>
    /// <param name="observations">Past matches, at least one with a goal.</param>
    /// <exception cref="ArgumentException">No observation has a goal, or a rating difference is not finite.</exception>
    public static EloPoissonGoalModel Fit(IReadOnlyCollection<EloPoissonObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var count = observations.Count;
        var x = new double[count];
        var home = new double[count];
        var homeGoals = new int[count];
        var awayGoals = new int[count];
        long goals = 0;
        double logFactorials = 0;
        var i = 0;
        foreach (var o in observations)
        {
            if (!double.IsFinite(o.RatingDifference))
            {
                throw new ArgumentException($"observation {i}: the rating difference is not finite", nameof(observations));
            }

            x[i] = o.RatingDifference / RatingScale;
            home[i] = o.Neutral ? 0 : 1;
            homeGoals[i] = o.Score.Home;
            awayGoals[i] = o.Score.Away;
            goals += o.Score.Home + o.Score.Away;
            logFactorials += LogFactorial(o.Score.Home) + LogFactorial(o.Score.Away);
            i++;
        }

        if (goals == 0)
        {
            throw new ArgumentException("the Poisson model needs at least one goal", nameof(observations));
        }

        double[] start = [Math.Log((double)goals / (2.0 * count)), 0, 0, 0];
        var result = NewtonMaximiser.Maximise((p, g, h) => Evaluate(p, g, h, x, home, homeGoals, awayGoals), start);
        var q = result.Parameters;
        var se = result.StandardErrors;
        return new EloPoissonGoalModel(q[0], q[1], q[2], q[3])
        {
            LogLikelihood = result.LogLikelihood - logFactorials,
            ObservationCount = count,
            Iterations = result.Iterations,
            Converged = result.Converged,
            StandardErrors = (se[0], se[1], se[2], se[3]),
        };
    }

    /// <summary>The expected goals (λ, μ) of a match.</summary>
    /// <param name="ratingDifference">The home team's Elo rating minus the away team's, without the Elo home advantage; finite.</param>
    /// <param name="neutral">Whether the venue is neutral.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratingDifference"/> is not finite.</exception>
    public (double Home, double Away) ExpectedGoals(double ratingDifference, bool neutral)
    {
        if (!double.IsFinite(ratingDifference))
        {
            throw new ArgumentOutOfRangeException(nameof(ratingDifference), ratingDifference, "must be finite");
        }

        var x = ratingDifference / RatingScale;
        var h = neutral ? 0 : 1;
        return (Math.Exp(Intercept + (RatingSlope * x) + (HomeAdvantage * h)), Math.Exp(Intercept - (RatingSlope * x) + (AwayVenueEffect * h)));
    }

    /// <summary>
    /// The scoreline distribution of a match: independent Poisson scores with the means of <see cref="ExpectedGoals"/>,
    /// truncated at <see cref="ScorelineDistributionOutcomes.TruncationFor"/> goals per side.
    /// </summary>
    /// <param name="ratingDifference">The home team's Elo rating minus the away team's, without the Elo home advantage; finite.</param>
    /// <param name="neutral">Whether the venue is neutral.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratingDifference"/> is not finite, or so large that the means leave no mass within 100 goals.</exception>
    public ScorelineDistribution Predict(double ratingDifference, bool neutral)
    {
        var (lambda, mu) = ExpectedGoals(ratingDifference, neutral);
        return ScorelineDistribution.FromPoisson(lambda, mu, ScorelineDistributionOutcomes.TruncationFor(lambda, mu));
    }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant(
        $"Elo-Poisson: intercept {Intercept:F4}, slope {RatingSlope:F4} per 400, home {HomeAdvantage:F4}, away {AwayVenueEffect:F4} ({ObservationCount} matches)");

    /// <summary>Σ over home and away rows of y·log m − m (without log y!), its gradient Σ(y − m)z and Hessian −Σ m·z·zᵀ.</summary>
    private static double Evaluate(ReadOnlySpan<double> p, Span<double> gradient, Span<double> hessian, double[] x, double[] home, int[] homeGoals, int[] awayGoals)
    {
        gradient.Clear();
        hessian.Clear();
        Span<double> z = stackalloc double[4];
        var total = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            for (var side = 0; side < 2; side++)
            {
                z[0] = 1;
                z[1] = side == 0 ? x[i] : -x[i];
                z[2] = side == 0 ? home[i] : 0;
                z[3] = side == 0 ? 0 : home[i];
                var logMean = (p[0] * z[0]) + (p[1] * z[1]) + (p[2] * z[2]) + (p[3] * z[3]);
                var mean = Math.Exp(logMean);
                var y = side == 0 ? homeGoals[i] : awayGoals[i];
                total += (y * logMean) - mean;
                var residual = y - mean;
                for (var a = 0; a < 4; a++)
                {
                    gradient[a] += residual * z[a];
                    for (var b = 0; b < 4; b++)
                    {
                        hessian[(a * 4) + b] -= mean * z[a] * z[b];
                    }
                }
            }
        }

        return double.IsFinite(total) ? total : double.NegativeInfinity;
    }

    private static double LogFactorial(int k)
    {
        var sum = 0.0;
        for (var j = 2; j <= k; j++)
        {
            sum += Math.Log(j);
        }

        return sum;
    }
}
