using System.Runtime.CompilerServices;

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
    private readonly int[] homeTeams;
    private readonly int[] awayTeams;
    private readonly double[] homeGoals;
    private readonly double[] awayGoals;
    private readonly double[] weights;
    private readonly double[] homeAdvantageFlags;
    private readonly LowScore[] lowScores;
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
        lowScores = new LowScore[count];
        var logFactorials = 0.0;
        var weightSum = 0.0;
        for (var m = 0; m < count; m++)
        {
            int x = homeGoals[m], y = awayGoals[m];
            this.homeGoals[m] = x;
            this.awayGoals[m] = y;
            homeAdvantageFlags[m] = neutral[m] ? 0 : 1;
            lowScores[m] = DixonColesTau.Classify(x, y);
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

    /// <summary>
    /// Σ w·ℓ, less the ridge when <paramref name="penalise"/>, with its gradient into <paramref name="gradient"/> unless
    /// empty: the match terms, then the log-factorials (constant, summed once by the constructor), then the ridge.
    /// </summary>
    private double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient, bool penalise)
    {
        if (!(parameters[RhoIndex] < 1))
        {
            // τ(1, 1) = 1 − ρ must stay positive for the model to be a distribution, observed or not.
            return double.NegativeInfinity;
        }

        gradient.Clear();
        if (!TrySumMatches(parameters, gradient, out var sum))
        {
            return double.NegativeInfinity;
        }

        sum -= logFactorialSum;
        if (penalise && Ridge > 0)
        {
            sum -= SubtractRidgeGradient(parameters, gradient);
        }

        return sum;
    }

    /// <summary>
    /// Σ w·(ℓ_m + log x! + log y!) over the matches (the log-factorials are subtracted once, by the caller), adding each
    /// match's w·∂ℓ_m/∂θ to <paramref name="gradient"/> (cleared by the caller, or empty for none). Dixon and Coles, 1997,
    /// equations 4.2–4.3, with the weights φ of section 6.2; the formulas are on <see cref="DixonColesLikelihood"/>.
    /// </summary>
    /// <returns>False when a match's τ ≤ 0 (the log-likelihood is −∞); <paramref name="sum"/> is then undefined.</returns>
    private bool TrySumMatches(ReadOnlySpan<double> parameters, Span<double> gradient, out double sum)
    {
        var n = TeamCount;
        var attack = parameters[..n];
        var defence = parameters.Slice(n, n);
        var homeAdvantage = parameters[2 * n];
        var rho = parameters[(2 * n) + 1];
        var withGradient = !gradient.IsEmpty;
        var home = homeTeams.AsSpan();
        var away = awayTeams.AsSpan(0, home.Length);
        var xs = homeGoals.AsSpan(0, home.Length);
        var ys = awayGoals.AsSpan(0, home.Length);
        var ws = weights.AsSpan(0, home.Length);
        var flags = homeAdvantageFlags.AsSpan(0, home.Length);
        var lows = lowScores.AsSpan(0, home.Length);
        double total = 0;
        sum = 0;
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
            if (!DixonColesTau.TryAddLogTau(lows[m], lambda, mu, rho, ref term, ref d1, ref d2, out var dRho))
            {
                return false;
            }

            var w = ws[m];
            total += w * term;
            if (withGradient)
            {
                AddMatchGradient(gradient, n, i, j, w * d1, w * d2, flags[m], w * dRho);
            }
        }

        sum = total;
        return true;
    }

    /// <summary>
    /// Adds one match's weighted gradient: ∂/∂attack_i += w·d₁, ∂/∂defence_j −= w·d₁, ∂/∂attack_j += w·d₂,
    /// ∂/∂defence_i −= w·d₂, ∂/∂homeAdvantage += w·d₁·h, ∂/∂ρ += w·∂log τ/∂ρ (the gradient on
    /// <see cref="DixonColesLikelihood"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddMatchGradient(Span<double> gradient, int n, int i, int j, double wd1, double wd2, double flag, double wdRho)
    {
        gradient[i] += wd1;
        gradient[n + j] -= wd1;
        gradient[j] += wd2;
        gradient[n + i] -= wd2;
        gradient[2 * n] += wd1 * flag;
        gradient[(2 * n) + 1] += wdRho;
    }

    /// <summary>
    /// The ridge ½κ‖θ‖² (<see cref="DixonColesFitOptions.Ridge"/>), for the caller to subtract from the log-likelihood,
    /// after subtracting its gradient κθ from <paramref name="gradient"/> (unless empty).
    /// </summary>
    private double SubtractRidgeGradient(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        var squares = 0.0;
        for (var k = 0; k < parameters.Length; k++)
        {
            squares += parameters[k] * parameters[k];
        }

        if (!gradient.IsEmpty)
        {
            for (var k = 0; k < parameters.Length; k++)
            {
                gradient[k] -= Ridge * parameters[k];
            }
        }

        return 0.5 * Ridge * squares;
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
            var dRho = DixonColesTau.RhoScore(lowScores[m], lambda, mu, rho);
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
    /// Per match, the second derivatives of ℓ in (η₁, η₂, ρ) (<see cref="DixonColesTau.NegativeCurvature"/>, which lists
    /// them) are carried to the parameters through η₁ = attack_i − defence_j + h·homeAdvantage and
    /// η₂ = attack_j − defence_i (<see cref="MatchChainRule"/>).
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
        var chain = new MatchChainRule(stackalloc int[6], stackalloc double[6], stackalloc double[6], stackalloc double[6]);
        for (var m = 0; m < homeTeams.Length; m++)
        {
            int i = homeTeams[m], j = awayTeams[m];
            var flag = homeAdvantageFlags[m];
            var lambda = Math.Exp(attack[i] - defence[j] + (homeAdvantage * flag));
            var mu = Math.Exp(attack[j] - defence[i]);
            var curvature = DixonColesTau.NegativeCurvature(lowScores[m], lambda, mu, rho);
            chain.SetMatch(i, j, n, flag);
            chain.AddTo(hessian, size, in curvature, weights[m]);
        }

        for (var k = 0; k < size; k++)
        {
            hessian[(k * size) + k] += Ridge;
        }
    }

    /// <summary>
    /// The chain rule from one match's (η₁, η₂, ρ) to the six parameters it involves, for
    /// <see cref="NegativeHessian"/>: η₁ = attack_i − defence_j + h·homeAdvantage, η₂ = attack_j − defence_i, and ρ.
    /// Over caller-provided buffers of six entries (zeroed, as <c>stackalloc</c> gives them), so that nothing is allocated.
    /// </summary>
    private readonly ref struct MatchChainRule(Span<int> index, Span<double> onEta1, Span<double> onEta2, Span<double> onRho)
    {
        private readonly Span<int> index = index;
        private readonly Span<double> onEta1 = onEta1;
        private readonly Span<double> onEta2 = onEta2;
        private readonly Span<double> onRho = onRho;

        /// <summary>
        /// Points the six entries at match (i, j) of n teams with home-advantage flag h: the parameters' indices
        /// (attack_i, defence_j, home advantage, attack_j, defence_i, ρ) and ∂η₁/∂θ, ∂η₂/∂θ, ∂ρ/∂θ for each.
        /// </summary>
        public void SetMatch(int i, int j, int n, double flag)
        {
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
        }

        /// <summary>
        /// Adds w·Jᵀ·C·J to the row-major <paramref name="hessian"/> of side <paramref name="size"/>, where C is the
        /// match's <paramref name="curvature"/> in (η₁, η₂, ρ) and J the Jacobian set by <see cref="SetMatch"/>.
        /// </summary>
        public void AddTo(Span<double> hessian, int size, in MatchCurvature curvature, double w)
        {
            for (var p = 0; p < 6; p++)
            {
                // row = (∂η₁/∂θ_p, ∂η₂/∂θ_p, ∂ρ/∂θ_p) · (negative second derivatives in η₁, η₂, ρ)
                var row0 = (onEta1[p] * curvature.Eta1Eta1) + (onEta2[p] * curvature.Eta1Eta2) + (onRho[p] * curvature.Eta1Rho);
                var row1 = (onEta1[p] * curvature.Eta1Eta2) + (onEta2[p] * curvature.Eta2Eta2) + (onRho[p] * curvature.Eta2Rho);
                var row2 = (onEta1[p] * curvature.Eta1Rho) + (onEta2[p] * curvature.Eta2Rho) + (onRho[p] * curvature.RhoRho);
                var offset = index[p] * size;
                for (var q = 0; q < 6; q++)
                {
                    hessian[offset + index[q]] += w * ((row0 * onEta1[q]) + (row1 * onEta2[q]) + (row2 * onRho[q]));
                }
            }
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
