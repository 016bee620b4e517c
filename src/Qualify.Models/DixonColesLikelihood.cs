namespace Qualify.Models;

/// <summary>
/// The weighted Dixon-Coles log-likelihood and its analytic gradient and Hessian over pre-indexed, trusted arrays
/// (Dixon and Coles, 1997, equations 4.2–4.3, with the time weights φ of section 6.2). The evaluation loop does not
/// allocate.
/// </summary>
/// <remarks>
/// <para>
/// Parameter layout (length 2n + 2 for n teams): attack[0..n−1], defence[0..n−1], home advantage, ρ.
/// For match m with home team i, away team j, goals x and y, weight w and h = 1 unless the venue is neutral:
/// η₁ = attack_i − defence_j + homeAdvantage·h, λ = e^η₁; η₂ = attack_j − defence_i, μ = e^η₂;
/// ℓ_m = x·η₁ − λ − log x! + y·η₂ − μ − log y! + log τ(x, y, λ, μ, ρ), and the log-likelihood is Σ w·ℓ_m:
/// the weighted sum of log Poisson probability mass functions including the log k! terms (the convention of R's
/// goalmodel, <c>sum(weights * (dpois(..., log = TRUE) + ...))</c>).
/// </para>
/// <para>
/// Gradient, with d₁ = ∂ℓ/∂η₁ = x − λ + ∂log τ/∂η₁ and d₂ = y − μ + ∂log τ/∂η₂:
/// ∂/∂attack_i += w·d₁, ∂/∂defence_j −= w·d₁, ∂/∂homeAdvantage += w·d₁·h, ∂/∂attack_j += w·d₂, ∂/∂defence_i −= w·d₂,
/// ∂/∂ρ += w·∂log τ/∂ρ. The τ terms (all of them, unlike penaltyblog's gradient) are:
/// 0-0: τ = 1 − λμρ, ∂log τ/∂η₁ = ∂log τ/∂η₂ = −λμρ/τ, ∂log τ/∂ρ = −λμ/τ;
/// 0-1: τ = 1 + λρ, ∂log τ/∂η₁ = λρ/τ, ∂log τ/∂ρ = λ/τ;
/// 1-0: τ = 1 + μρ, ∂log τ/∂η₂ = μρ/τ, ∂log τ/∂ρ = μ/τ;
/// 1-1: τ = 1 − ρ, ∂log τ/∂ρ = −1/τ.
/// </para>
/// <para>
/// The penalised log-likelihood subtracts the ridge ½κ‖θ‖² over every parameter; see
/// <see cref="DixonColesFitOptions.Ridge"/>. Outside the feasible set (τ ≤ 0 for an observed score, or ρ ≥ 1) the
/// log-likelihood is −∞.
/// </para>
/// </remarks>
internal sealed class DixonColesLikelihood
{
    private const byte NotLowScore = 0;
    private const byte NilNil = 1;
    private const byte NilOne = 2;
    private const byte OneNil = 3;
    private const byte OneOne = 4;

    private readonly int[] homeTeams;
    private readonly int[] awayTeams;
    private readonly double[] homeGoals;
    private readonly double[] awayGoals;
    private readonly double[] weights;
    private readonly double[] homeAdvantageFlags;
    private readonly byte[] lowScores;
    private readonly double logFactorialSum;

    /// <summary>Creates the likelihood over trusted arrays of equal length (they are taken over, not copied).</summary>
    /// <param name="teamCount">n, the number of teams; team indices are 0..n−1.</param>
    /// <param name="homeTeams">The home team index of each match.</param>
    /// <param name="awayTeams">The away team index of each match.</param>
    /// <param name="homeGoals">The home goals of each match, zero or more.</param>
    /// <param name="awayGoals">The away goals of each match, zero or more.</param>
    /// <param name="weights">The weight φ of each match, positive.</param>
    /// <param name="neutral">Whether each match was at a neutral venue (no home advantage).</param>
    /// <param name="ridge">κ, the ridge on every parameter, zero or more.</param>
    internal DixonColesLikelihood(
        int teamCount, int[] homeTeams, int[] awayTeams, int[] homeGoals, int[] awayGoals, double[] weights, bool[] neutral, double ridge)
    {
        TeamCount = teamCount;
        this.homeTeams = homeTeams;
        this.awayTeams = awayTeams;
        this.weights = weights;
        Ridge = ridge;
        var count = homeTeams.Length;
        this.homeGoals = new double[count];
        this.awayGoals = new double[count];
        homeAdvantageFlags = new double[count];
        lowScores = new byte[count];
        var logFactorials = 0.0;
        var weightSum = 0.0;
        for (var m = 0; m < count; m++)
        {
            int x = homeGoals[m], y = awayGoals[m];
            this.homeGoals[m] = x;
            this.awayGoals[m] = y;
            homeAdvantageFlags[m] = neutral[m] ? 0 : 1;
            lowScores[m] = (x, y) switch
            {
                (0, 0) => NilNil,
                (0, 1) => NilOne,
                (1, 0) => OneNil,
                (1, 1) => OneOne,
                _ => NotLowScore,
            };
            logFactorials += weights[m] * (LogFactorial(x) + LogFactorial(y));
            weightSum += weights[m];
        }

        logFactorialSum = logFactorials;
        TotalWeight = weightSum;
    }

    /// <summary>n, the number of teams.</summary>
    public int TeamCount { get; }

    /// <summary>The number of matches.</summary>
    public int MatchCount => homeTeams.Length;

    /// <summary>Σ w over the matches.</summary>
    public double TotalWeight { get; }

    /// <summary>κ, the ridge.</summary>
    public double Ridge { get; }

    /// <summary>2n + 2: attacks, defences, home advantage, ρ.</summary>
    public int ParameterCount => (2 * TeamCount) + 2;

    /// <summary>The index of the home advantage in the parameter vector.</summary>
    public int HomeAdvantageIndex => 2 * TeamCount;

    /// <summary>The index of ρ in the parameter vector.</summary>
    public int RhoIndex => (2 * TeamCount) + 1;

    /// <summary>The weighted log-likelihood Σ w·ℓ (no ridge), or −∞ outside the feasible set.</summary>
    public double LogLikelihood(ReadOnlySpan<double> parameters) => Evaluate(parameters, [], penalise: false);

    /// <summary>
    /// The penalised log-likelihood Σ w·ℓ − ½κ‖θ‖², writing its gradient into
    /// <paramref name="gradient"/> (length <see cref="ParameterCount"/>, or empty for none). Returns −∞ outside the
    /// feasible set, and the gradient is then undefined.
    /// </summary>
    public double PenalisedLogLikelihood(ReadOnlySpan<double> parameters, Span<double> gradient) =>
        Evaluate(parameters, gradient, penalise: true);

    private double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient, bool penalise)
    {
        var n = TeamCount;
        var attack = parameters[..n];
        var defence = parameters.Slice(n, n);
        var homeAdvantage = parameters[2 * n];
        var rho = parameters[(2 * n) + 1];
        if (!(rho < 1))
        {
            // τ(1, 1) = 1 − ρ must stay positive for the model to be a distribution, observed or not.
            return double.NegativeInfinity;
        }

        var withGradient = !gradient.IsEmpty;
        var attackGradient = withGradient ? gradient[..n] : [];
        var defenceGradient = withGradient ? gradient.Slice(n, n) : [];
        if (withGradient)
        {
            gradient.Clear();
        }

        var home = homeTeams.AsSpan();
        var away = awayTeams.AsSpan(0, home.Length);
        var xs = homeGoals.AsSpan(0, home.Length);
        var ys = awayGoals.AsSpan(0, home.Length);
        var ws = weights.AsSpan(0, home.Length);
        var flags = homeAdvantageFlags.AsSpan(0, home.Length);
        var lows = lowScores.AsSpan(0, home.Length);
        double sum = 0, homeAdvantageGradient = 0, rhoGradient = 0;
        for (var m = 0; m < home.Length; m++)
        {
            int i = home[m], j = away[m];
            var eta1 = attack[i] - defence[j] + (homeAdvantage * flags[m]);
            var eta2 = attack[j] - defence[i];
            var lambda = Math.Exp(eta1);
            var mu = Math.Exp(eta2);
            double x = xs[m], y = ys[m];
            var term = (x * eta1) - lambda + (y * eta2) - mu;
            var d1 = x - lambda;
            var d2 = y - mu;
            double dRho = 0;
            switch (lows[m])
            {
                case NilNil:
                {
                    var tau = 1 - (lambda * mu * rho);
                    if (!(tau > 0))
                    {
                        return double.NegativeInfinity;
                    }

                    term += Math.Log(tau);
                    dRho = -lambda * mu / tau;
                    d1 += dRho * rho;
                    d2 += dRho * rho;
                    break;
                }

                case NilOne:
                {
                    var tau = 1 + (lambda * rho);
                    if (!(tau > 0))
                    {
                        return double.NegativeInfinity;
                    }

                    term += Math.Log(tau);
                    dRho = lambda / tau;
                    d1 += dRho * rho;
                    break;
                }

                case OneNil:
                {
                    var tau = 1 + (mu * rho);
                    if (!(tau > 0))
                    {
                        return double.NegativeInfinity;
                    }

                    term += Math.Log(tau);
                    dRho = mu / tau;
                    d2 += dRho * rho;
                    break;
                }

                case OneOne:
                {
                    var tau = 1 - rho;
                    term += Math.Log(tau);
                    dRho = -1 / tau;
                    break;
                }

                default:
                    break;
            }

            var w = ws[m];
            sum += w * term;
            if (withGradient)
            {
                var wd1 = w * d1;
                var wd2 = w * d2;
                attackGradient[i] += wd1;
                defenceGradient[j] -= wd1;
                attackGradient[j] += wd2;
                defenceGradient[i] -= wd2;
                homeAdvantageGradient += wd1 * flags[m];
                rhoGradient += w * dRho;
            }
        }

        sum -= logFactorialSum;
        if (withGradient)
        {
            gradient[2 * n] = homeAdvantageGradient;
            gradient[(2 * n) + 1] = rhoGradient;
        }

        if (penalise && Ridge > 0)
        {
            var squares = 0.0;
            for (var k = 0; k < parameters.Length; k++)
            {
                squares += parameters[k] * parameters[k];
            }

            sum -= 0.5 * Ridge * squares;
            if (withGradient)
            {
                for (var k = 0; k < parameters.Length; k++)
                {
                    gradient[k] -= Ridge * parameters[k];
                }
            }
        }

        return sum;
    }

    /// <summary>
    /// The optimiser's starting point: attacks 0, defences −log(weighted mean goals per team and match), home
    /// advantage 0 and ρ 0 (where every τ is 1, so the point is feasible).
    /// </summary>
    public double[] StartingPoint()
    {
        double goals = 0;
        for (var m = 0; m < weights.Length; m++)
        {
            goals += weights[m] * (homeGoals[m] + awayGoals[m]);
        }

        var meanGoals = Math.Max(goals / (2 * TotalWeight), 0.05);
        var start = new double[ParameterCount];
        start.AsSpan(TeamCount, TeamCount).Fill(-Math.Log(meanGoals));
        return start;
    }

    /// <summary>
    /// The diagonal of the negative Hessian of the penalised log-likelihood (the observed information of each
    /// parameter on its own), at <paramref name="parameters"/>. A preconditioner for the optimiser: it scales each
    /// parameter by its own curvature, so that teams with many and with few (or old, down-weighted) matches converge
    /// alike. Written into <paramref name="diagonal"/> (length <see cref="ParameterCount"/>); entries are at least the ridge.
    /// </summary>
    public void InformationDiagonal(ReadOnlySpan<double> parameters, Span<double> diagonal)
    {
        var n = TeamCount;
        var attack = parameters[..n];
        var defence = parameters.Slice(n, n);
        var homeAdvantage = parameters[2 * n];
        var rho = parameters[(2 * n) + 1];
        diagonal.Clear();
        for (var m = 0; m < homeTeams.Length; m++)
        {
            int i = homeTeams[m], j = awayTeams[m];
            var w = weights[m];
            var lambda = Math.Exp(attack[i] - defence[j] + (homeAdvantage * homeAdvantageFlags[m]));
            var mu = Math.Exp(attack[j] - defence[i]);

            // The Poisson part: −∂²ℓ/∂η₁² = λ, −∂²ℓ/∂η₂² = μ. The τ part is left out except for ρ, where
            // −∂²log τ/∂ρ² = (∂log τ/∂ρ)².
            diagonal[i] += w * lambda;
            diagonal[n + j] += w * lambda;
            diagonal[j] += w * mu;
            diagonal[n + i] += w * mu;
            diagonal[2 * n] += w * lambda * homeAdvantageFlags[m];
            var dRho = lowScores[m] switch
            {
                NilNil => -lambda * mu / (1 - (lambda * mu * rho)),
                NilOne => lambda / (1 + (lambda * rho)),
                OneNil => mu / (1 + (mu * rho)),
                OneOne => -1 / (1 - rho),
                _ => 0,
            };
            diagonal[(2 * n) + 1] += w * dRho * dRho;
        }

        for (var k = 0; k < diagonal.Length; k++)
        {
            diagonal[k] += Ridge;
        }
    }

    /// <summary>
    /// The negative Hessian of the penalised log-likelihood (the observed information plus κI), written row-major
    /// into <paramref name="hessian"/> (<see cref="ParameterCount"/>² entries, symmetric). The caller ensures the
    /// point is feasible.
    /// </summary>
    /// <remarks>
    /// Per match, the second derivatives of ℓ in (η₁, η₂, ρ) are: Poisson ∂²/∂η₁² = −λ, ∂²/∂η₂² = −μ; plus, with
    /// u = λμ, 0-0: ∂²log τ/∂η₁² = ∂²/∂η₂² = ∂²/∂η₁∂η₂ = −ρu/τ², ∂²/∂η∂ρ = −u/τ², ∂²/∂ρ² = −u²/τ²;
    /// 0-1: ∂²/∂η₁² = ρλ/τ², ∂²/∂η₁∂ρ = λ/τ², ∂²/∂ρ² = −λ²/τ²; 1-0: the same with μ and η₂;
    /// 1-1: ∂²/∂ρ² = −1/τ². They are carried to the parameters through η₁ = attack_i − defence_j + h·homeAdvantage
    /// and η₂ = attack_j − defence_i.
    /// </remarks>
    public void NegativeHessian(ReadOnlySpan<double> parameters, Span<double> hessian)
    {
        var size = ParameterCount;
        var n = TeamCount;
        var attack = parameters[..n];
        var defence = parameters.Slice(n, n);
        var homeAdvantage = parameters[2 * n];
        var rho = parameters[(2 * n) + 1];
        hessian[..(size * size)].Clear();
        Span<int> index = stackalloc int[6];
        Span<double> onEta1 = stackalloc double[6];
        Span<double> onEta2 = stackalloc double[6];
        Span<double> onRho = stackalloc double[6];
        Span<double> row = stackalloc double[3];
        for (var m = 0; m < homeTeams.Length; m++)
        {
            int i = homeTeams[m], j = awayTeams[m];
            var flag = homeAdvantageFlags[m];
            var lambda = Math.Exp(attack[i] - defence[j] + (homeAdvantage * flag));
            var mu = Math.Exp(attack[j] - defence[i]);

            // Negative second derivatives of ℓ in (η₁, η₂, ρ).
            double h11 = lambda, h22 = mu, h12 = 0, h1r = 0, h2r = 0, hrr = 0;
            switch (lowScores[m])
            {
                case NilNil:
                {
                    var u = lambda * mu;
                    var tau = 1 - (u * rho);
                    var tau2 = tau * tau;
                    h11 += rho * u / tau2;
                    h22 += rho * u / tau2;
                    h12 = rho * u / tau2;
                    h1r = u / tau2;
                    h2r = u / tau2;
                    hrr = u * u / tau2;
                    break;
                }

                case NilOne:
                {
                    var tau = 1 + (lambda * rho);
                    var tau2 = tau * tau;
                    h11 -= rho * lambda / tau2;
                    h1r = -lambda / tau2;
                    hrr = lambda * lambda / tau2;
                    break;
                }

                case OneNil:
                {
                    var tau = 1 + (mu * rho);
                    var tau2 = tau * tau;
                    h22 -= rho * mu / tau2;
                    h2r = -mu / tau2;
                    hrr = mu * mu / tau2;
                    break;
                }

                case OneOne:
                {
                    var tau = 1 - rho;
                    hrr = 1 / (tau * tau);
                    break;
                }

                default:
                    break;
            }

            index[0] = i;
            index[1] = n + j;
            index[2] = 2 * n;
            index[3] = j;
            index[4] = n + i;
            index[5] = (2 * n) + 1;
            onEta1[0] = 1;
            onEta1[1] = -1;
            onEta1[2] = flag;
            onEta2[3] = 1;
            onEta2[4] = -1;
            onRho[5] = 1;
            var w = weights[m];
            for (var p = 0; p < 6; p++)
            {
                // row = (∂η₁/∂θ_p, ∂η₂/∂θ_p, ∂ρ/∂θ_p) · (negative second derivatives in η₁, η₂, ρ)
                row[0] = (onEta1[p] * h11) + (onEta2[p] * h12) + (onRho[p] * h1r);
                row[1] = (onEta1[p] * h12) + (onEta2[p] * h22) + (onRho[p] * h2r);
                row[2] = (onEta1[p] * h1r) + (onEta2[p] * h2r) + (onRho[p] * hrr);
                var offset = index[p] * size;
                for (var q = 0; q < 6; q++)
                {
                    hessian[offset + index[q]] += w * ((row[0] * onEta1[q]) + (row[1] * onEta2[q]) + (row[2] * onRho[q]));
                }
            }
        }

        for (var k = 0; k < size; k++)
        {
            hessian[(k * size) + k] += Ridge;
        }
    }

    /// <summary>log k! by summation; scores are small (the largest in the dataset is 31).</summary>
    private static double LogFactorial(int k)
    {
        var sum = 0.0;
        for (var i = 2; i <= k; i++)
        {
            sum += Math.Log(i);
        }

        return sum;
    }
}
