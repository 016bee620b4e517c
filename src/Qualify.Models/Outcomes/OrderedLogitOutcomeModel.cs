using Qualify.Domain.Matches;

namespace Qualify.Models.Outcomes;

/// <summary>
/// An ordered logit (proportional odds) model of a match's outcome given a rating difference: a rating system's win
/// expectancy with a fitted draw probability. Immutable: create it with <see cref="Fit"/> or
/// <see cref="FromCoefficients"/>.
/// </summary>
/// <remarks>
/// <para>
/// The outcomes are ordered away win &lt; draw &lt; home win. With x = d / <see cref="Scale"/> (d the rating
/// difference, <see cref="OutcomeObservation.RatingDifference"/>) and the linear predictor
/// η = β·x + γ·[venue not neutral]:
/// P(away win) = F(c₁ − η), P(away win or draw) = F(c₂ − η), F(z) = 1 / (1 + e^(−z)), c₁ &lt; c₂
/// (McCullagh, 1980, "Regression models for ordinal data", JRSS B 42(2), the proportional odds model; its use for
/// football outcomes from rating differences follows Hvattum and Arntzen, 2010, "Using ELO ratings for match result
/// prediction in association football", International Journal of Forecasting 26(3), 460–470).
/// So P(draw) = F(c₂ − η) − F(c₁ − η) and P(home win) = 1 − F(c₂ − η).
/// </para>
/// <para>
/// β, c₁, c₂ and, when asked, γ are fitted by maximum likelihood with Newton's method (the log-likelihood is
/// concave; Pratt, 1981). γ, a home advantage on the logit scale, is for rating systems without one of their own
/// (the FIFA ranking); for World Football Elo the +100 home advantage is part of the rating difference and γ is 0.
/// </para>
/// </remarks>
public sealed class OrderedLogitOutcomeModel
{
    private OrderedLogitOutcomeModel(double scale, double slope, double homeAdvantage, double lowerCutpoint, double upperCutpoint)
    {
        Scale = scale;
        Slope = slope;
        HomeAdvantage = homeAdvantage;
        LowerCutpoint = lowerCutpoint;
        UpperCutpoint = upperCutpoint;
    }

    /// <summary>The rating points per unit of x, positive (400 for Elo, 600 for the FIFA ranking).</summary>
    public double Scale { get; }

    /// <summary>β: the change of the outcome log-odds per <see cref="Scale"/> rating points.</summary>
    public double Slope { get; }

    /// <summary>γ: the home team's advantage on the logit scale at a non-neutral venue; 0 when not fitted.</summary>
    public double HomeAdvantage { get; }

    /// <summary>c₁, the cutpoint between away win and draw.</summary>
    public double LowerCutpoint { get; }

    /// <summary>c₂, the cutpoint between draw and home win; greater than <see cref="LowerCutpoint"/>.</summary>
    public double UpperCutpoint { get; }

    /// <summary>The maximised log-likelihood (natural log); 0 for a model from <see cref="FromCoefficients"/>.</summary>
    public double LogLikelihood { get; private init; }

    /// <summary>The number of observations fitted; 0 for a model from <see cref="FromCoefficients"/>.</summary>
    public int ObservationCount { get; private init; }

    /// <summary>Newton steps of the fit.</summary>
    public int Iterations { get; private init; }

    /// <summary>Whether the fit met its tolerance (false when the maximum does not exist, as with perfectly separated data).</summary>
    public bool Converged { get; private init; } = true;

    /// <summary>
    /// Asymptotic standard errors of (β, γ, c₁, c₂) from the inverse observed information; γ's is 0 when γ was not
    /// fitted, and every one is NaN for a model from <see cref="FromCoefficients"/>.
    /// </summary>
    public (double Slope, double HomeAdvantage, double LowerCutpoint, double UpperCutpoint) StandardErrors { get; private init; } =
        (double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>A model with the given coefficients (for known parameters, for example in simulations).</summary>
    /// <param name="scale">Rating points per unit of x, positive and finite.</param>
    /// <param name="slope">β, finite.</param>
    /// <param name="homeAdvantage">γ, finite.</param>
    /// <param name="lowerCutpoint">c₁, finite.</param>
    /// <param name="upperCutpoint">c₂, finite and greater than c₁.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range.</exception>
    public static OrderedLogitOutcomeModel FromCoefficients(double scale, double slope, double homeAdvantage, double lowerCutpoint, double upperCutpoint)
    {
        ValidateScale(scale);
        foreach (var (value, name) in new[] { (slope, nameof(slope)), (homeAdvantage, nameof(homeAdvantage)), (lowerCutpoint, nameof(lowerCutpoint)), (upperCutpoint, nameof(upperCutpoint)) })
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentOutOfRangeException(name, value, "must be finite");
            }
        }

        if (!(lowerCutpoint < upperCutpoint))
        {
            throw new ArgumentOutOfRangeException(nameof(upperCutpoint), upperCutpoint, "the upper cutpoint must be greater than the lower one");
        }

        return new OrderedLogitOutcomeModel(scale, slope, homeAdvantage, lowerCutpoint, upperCutpoint);
    }

    /// <summary>Fits β, c₁, c₂ and, if <paramref name="fitHomeAdvantage"/>, γ by maximum likelihood.</summary>
    /// <param name="observations">The past matches: at least one of each outcome.</param>
    /// <param name="scale">Rating points per unit of x, positive and finite (400 for Elo, 600 for FIFA).</param>
    /// <param name="fitHomeAdvantage">Whether to fit γ (otherwise γ = 0).</param>
    /// <exception cref="ArgumentException">An outcome never occurs, or a rating difference is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is out of range.</exception>
    public static OrderedLogitOutcomeModel Fit(IReadOnlyCollection<OutcomeObservation> observations, double scale, bool fitHomeAdvantage)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ValidateScale(scale);
        var count = observations.Count;
        var x = new double[count];
        var home = new double[count];
        var outcomes = new MatchOutcome[count];
        int awayWins = 0, draws = 0, i = 0;
        foreach (var o in observations)
        {
            if (!double.IsFinite(o.RatingDifference))
            {
                throw new ArgumentException($"observation {i}: the rating difference is not finite", nameof(observations));
            }

            x[i] = o.RatingDifference / scale;
            home[i] = o.Neutral ? 0 : 1;
            outcomes[i] = o.Outcome;
            awayWins += o.Outcome == MatchOutcome.AwayWin ? 1 : 0;
            draws += o.Outcome == MatchOutcome.Draw ? 1 : 0;
            i++;
        }

        if (awayWins == 0 || draws == 0 || awayWins + draws == count)
        {
            throw new ArgumentException("the ordered logit needs at least one home win, one draw and one away win", nameof(observations));
        }

        // Parameters: c1, c2, beta and (if fitted) gamma. Start from the marginal frequencies with no rating effect.
        var size = fitHomeAdvantage ? 4 : 3;
        var start = new double[size];
        start[0] = Logit((double)awayWins / count);
        start[1] = Logit((double)(awayWins + draws) / count);
        var result = NewtonMaximiser.Maximise((p, g, h) => Evaluate(p, g, h, x, home, outcomes), start);
        var q = result.Parameters;
        var se = result.StandardErrors;
        return new OrderedLogitOutcomeModel(scale, q[2], fitHomeAdvantage ? q[3] : 0, q[0], q[1])
        {
            LogLikelihood = result.LogLikelihood,
            ObservationCount = count,
            Iterations = result.Iterations,
            Converged = result.Converged,
            StandardErrors = (se[2], fitHomeAdvantage ? se[3] : 0, se[0], se[1]),
        };
    }

    /// <summary>The outcome probabilities of a match.</summary>
    /// <param name="ratingDifference">The home team's rating minus the away team's, in rating points (with any home advantage of the rating system itself), finite.</param>
    /// <param name="neutral">Whether the venue is neutral (no <see cref="HomeAdvantage"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratingDifference"/> is not finite.</exception>
    public OutcomeProbabilities Predict(double ratingDifference, bool neutral)
    {
        if (!double.IsFinite(ratingDifference))
        {
            throw new ArgumentOutOfRangeException(nameof(ratingDifference), ratingDifference, "must be finite");
        }

        var eta = (Slope * ratingDifference / Scale) + (neutral ? 0 : HomeAdvantage);
        var (draw, away, _) = DrawProbability(LowerCutpoint - eta, UpperCutpoint - eta);
        var homeWin = Logistic(eta - UpperCutpoint);
        var sum = homeWin + draw + away;
        return OutcomeProbabilities.FromTrusted(homeWin / sum, draw / sum, away / sum);
    }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant(
        $"ordered logit: slope {Slope:F4} per {Scale:F0} points, home {HomeAdvantage:F4}, cutpoints {LowerCutpoint:F4} {UpperCutpoint:F4} ({ObservationCount} matches)");

    private static void ValidateScale(double scale)
    {
        if (!double.IsFinite(scale) || scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "the scale must be positive and finite");
        }
    }

    private static double Logistic(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    private static double Logit(double p) => Math.Log(p / (1 - p));

    /// <summary>
    /// The log-likelihood, gradient and Hessian at p = (c₁, c₂, β[, γ]). With u = c₁ − η and v = c₂ − η:
    /// away win log F(u); home win log F(−v); draw log(F(v) − F(u)), whose derivatives use f = F(1 − F) and
    /// f′ = f(1 − 2F); the chain rule takes ∂u = e_c₁ − z and ∂v = e_c₂ − z with z = (0, 0, x[, h]).
    /// </summary>
    private static double Evaluate(ReadOnlySpan<double> p, Span<double> gradient, Span<double> hessian, double[] x, double[] home, MatchOutcome[] outcomes)
    {
        var n = p.Length;
        double c1 = p[0], c2 = p[1], beta = p[2], gamma = n > 3 ? p[3] : 0;
        if (!(c1 < c2))
        {
            return double.NegativeInfinity;
        }

        gradient.Clear();
        hessian.Clear();
        Span<double> du = stackalloc double[n];
        Span<double> dv = stackalloc double[n];
        var total = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var eta = (beta * x[i]) + (gamma * home[i]);
            double u = c1 - eta, v = c2 - eta;
            SetDirections(du, dv, x[i], home[i]);
            switch (outcomes[i])
            {
                case MatchOutcome.AwayWin:
                {
                    var fu = Logistic(u);
                    total += LogLogistic(u);
                    Accumulate(gradient, hessian, du, 1 - fu, du, -fu * (1 - fu), n);
                    break;
                }

                case MatchOutcome.HomeWin:
                {
                    var fv = Logistic(v);
                    total += LogLogistic(-v);
                    Accumulate(gradient, hessian, dv, -fv, dv, -fv * (1 - fv), n);
                    break;
                }

                default:
                    if (!TryAddDraw(gradient, hessian, du, dv, u, v, out var logProbability))
                    {
                        return double.NegativeInfinity;
                    }

                    total += logProbability;
                    break;
            }
        }

        return total;
    }

    /// <summary>
    /// The chain rule's directions for one match with rating term <paramref name="x"/> and home flag
    /// <paramref name="home"/>: ∂u = e_c₁ − z and ∂v = e_c₂ − z with z = (0, 0, x[, h]), over p = (c₁, c₂, β[, γ]).
    /// </summary>
    private static void SetDirections(Span<double> du, Span<double> dv, double x, double home)
    {
        du.Clear();
        dv.Clear();
        du[0] = 1;
        dv[1] = 1;
        du[2] = dv[2] = -x;
        if (du.Length > 3)
        {
            du[3] = dv[3] = -home;
        }
    }

    /// <summary>
    /// A draw's terms: log(F(v) − F(u)) into <paramref name="logProbability"/>, and its gradient and Hessian added, through
    /// f = F(1 − F) and f′ = f(1 − 2F) (the derivatives of the logistic F), along <paramref name="du"/> and
    /// <paramref name="dv"/>.
    /// </summary>
    /// <returns>False when F(v) − F(u) is not positive (the log-likelihood is −∞); nothing is added then.</returns>
    private static bool TryAddDraw(
        Span<double> gradient, Span<double> hessian, ReadOnlySpan<double> du, ReadOnlySpan<double> dv, double u, double v, out double logProbability)
    {
        var n = du.Length;
        var (probability, fu, fv) = DrawProbability(u, v);
        if (!(probability > 0))
        {
            logProbability = double.NegativeInfinity;
            return false;
        }

        logProbability = Math.Log(probability);
        double densityU = fu * (1 - fu), densityV = fv * (1 - fv);
        double gu = densityU / probability, gv = densityV / probability;
        var huu = (-densityU * (1 - (2 * fu)) / probability) - (gu * gu);
        var hvv = (densityV * (1 - (2 * fv)) / probability) - (gv * gv);
        var huv = gu * gv;
        for (var a = 0; a < n; a++)
        {
            gradient[a] += (gv * dv[a]) - (gu * du[a]);
            for (var b = 0; b < n; b++)
            {
                hessian[(a * n) + b] += (huu * du[a] * du[b]) + (hvv * dv[a] * dv[b]) + (huv * ((du[a] * dv[b]) + (dv[a] * du[b])));
            }
        }

        return true;
    }

    /// <summary>Adds g·d to the gradient and h·d·dᵀ to the Hessian.</summary>
    private static void Accumulate(Span<double> gradient, Span<double> hessian, ReadOnlySpan<double> d, double g, ReadOnlySpan<double> same, double h, int n)
    {
        for (var a = 0; a < n; a++)
        {
            gradient[a] += g * d[a];
            for (var b = 0; b < n; b++)
            {
                hessian[(a * n) + b] += h * d[a] * same[b];
            }
        }
    }

    /// <summary>F(v) − F(u) for u &lt; v, computed on the side of 0 where it does not cancel; also F(u) and F(v).</summary>
    private static (double Probability, double Fu, double Fv) DrawProbability(double u, double v)
    {
        double fu = Logistic(u), fv = Logistic(v);
        var probability = u + v > 0 ? Logistic(-u) - Logistic(-v) : fv - fu;
        return (probability, fu, fv);
    }

    /// <summary>log F(z) without overflow: −log(1 + e^(−z)).</summary>
    private static double LogLogistic(double z) => z >= 0 ? -Math.Log(1 + Math.Exp(-z)) : z - Math.Log(1 + Math.Exp(z));
}
