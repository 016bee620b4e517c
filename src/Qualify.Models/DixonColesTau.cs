using System.Runtime.CompilerServices;

namespace Qualify.Models;

/// <summary>
/// The scores that the Dixon-Coles dependence correction τ changes (Dixon and Coles, 1997, equation 4.2): every other
/// score has τ = 1.
/// </summary>
internal enum LowScore : byte
{
    /// <summary>Any score other than 0-0, 0-1, 1-0 and 1-1: τ = 1.</summary>
    None = 0,

    /// <summary>0-0: τ = 1 − λμρ.</summary>
    NilNil = 1,

    /// <summary>0-1: τ = 1 + λρ.</summary>
    NilOne = 2,

    /// <summary>1-0: τ = 1 + μρ.</summary>
    OneNil = 3,

    /// <summary>1-1: τ = 1 − ρ.</summary>
    OneOne = 4,
}

/// <summary>
/// The negative second derivatives of one match's log-likelihood ℓ in (η₁, η₂, ρ), with η₁ = log λ and η₂ = log μ:
/// the Poisson part and the τ part together (see <see cref="DixonColesTau.NegativeCurvature"/>).
/// </summary>
/// <param name="Eta1Eta1">−∂²ℓ/∂η₁².</param>
/// <param name="Eta2Eta2">−∂²ℓ/∂η₂².</param>
/// <param name="Eta1Eta2">−∂²ℓ/∂η₁∂η₂.</param>
/// <param name="Eta1Rho">−∂²ℓ/∂η₁∂ρ.</param>
/// <param name="Eta2Rho">−∂²ℓ/∂η₂∂ρ.</param>
/// <param name="RhoRho">−∂²ℓ/∂ρ².</param>
internal readonly record struct MatchCurvature(
    double Eta1Eta1, double Eta2Eta2, double Eta1Eta2, double Eta1Rho, double Eta2Rho, double RhoRho);

/// <summary>
/// The Dixon-Coles dependence correction τ(x, y, λ, μ, ρ) of one match and its derivatives (Dixon and Coles, 1997,
/// equation 4.2), the one place that knows the four low scores' formulas; <see cref="DixonColesLikelihood"/> carries
/// them to the parameters.
/// </summary>
internal static class DixonColesTau
{
    /// <summary>The low score that <paramref name="homeGoals"/>-<paramref name="awayGoals"/> is, if any.</summary>
    public static LowScore Classify(int homeGoals, int awayGoals)
    {
        return (homeGoals, awayGoals) switch
        {
            (0, 0) => LowScore.NilNil,
            (0, 1) => LowScore.NilOne,
            (1, 0) => LowScore.OneNil,
            (1, 1) => LowScore.OneOne,
            _ => LowScore.None,
        };
    }

    /// <summary>
    /// τ of one match (Dixon and Coles, 1997, equation 4.2), and the numerator of ∂log τ/∂ρ = (∂τ/∂ρ)/τ: −λμ for 0-0,
    /// λ for 0-1, μ for 1-0, −1 for 1-1; τ = 1 and a numerator of 0 for every other score.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Tau(LowScore score, double lambda, double mu, double rho, out double rhoNumerator)
    {
        switch (score)
        {
            case LowScore.NilNil:
                rhoNumerator = -lambda * mu;
                return 1 - (lambda * mu * rho);
            case LowScore.NilOne:
                rhoNumerator = lambda;
                return 1 + (lambda * rho);
            case LowScore.OneNil:
                rhoNumerator = mu;
                return 1 + (mu * rho);
            case LowScore.OneOne:
                rhoNumerator = -1;
                return 1 - rho;
            default:
                rhoNumerator = 0;
                return 1;
        }
    }

    /// <summary>
    /// Adds log τ to <paramref name="term"/> and ∂log τ/∂η₁, ∂log τ/∂η₂ to <paramref name="d1"/> and
    /// <paramref name="d2"/>, and gives ∂log τ/∂ρ (Dixon and Coles, 1997, equation 4.2; the derivatives, all of them
    /// unlike penaltyblog's gradient, are those listed on <see cref="DixonColesLikelihood"/>: ∂log τ/∂η₁ = ρ·∂log τ/∂ρ
    /// for 0-0 and 0-1, ∂log τ/∂η₂ = ρ·∂log τ/∂ρ for 0-0 and 1-0). Scores other than the four low ones change nothing
    /// and give 0.
    /// </summary>
    /// <returns>False when τ ≤ 0 (or NaN), where the log-likelihood is −∞; the outputs are then undefined.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryAddLogTau(
        LowScore score, double lambda, double mu, double rho, ref double term, ref double d1, ref double d2, out double dRho)
    {
        dRho = 0;
        if (score == LowScore.None)
        {
            return true;
        }

        var tau = Tau(score, lambda, mu, rho, out var rhoNumerator);
        if (!(tau > 0))
        {
            return false;
        }

        term += Math.Log(tau);
        dRho = rhoNumerator / tau;
        if (score is LowScore.NilNil or LowScore.NilOne)
        {
            d1 += dRho * rho;
        }

        if (score is LowScore.NilNil or LowScore.OneNil)
        {
            d2 += dRho * rho;
        }

        return true;
    }

    /// <summary>∂log τ/∂ρ of one match (Dixon and Coles, 1997, equation 4.2), 0 for a score τ does not change.</summary>
    public static double RhoScore(LowScore score, double lambda, double mu, double rho)
    {
        var tau = Tau(score, lambda, mu, rho, out var rhoNumerator);
        return score == LowScore.None ? 0 : rhoNumerator / tau;
    }

    /// <summary>
    /// The negative second derivatives of ℓ in (η₁, η₂, ρ): Poisson −∂²/∂η₁² = λ, −∂²/∂η₂² = μ; plus, with u = λμ,
    /// 0-0: ∂²log τ/∂η₁² = ∂²/∂η₂² = ∂²/∂η₁∂η₂ = −ρu/τ², ∂²/∂η∂ρ = −u/τ², ∂²/∂ρ² = −u²/τ²;
    /// 0-1: ∂²/∂η₁² = ρλ/τ², ∂²/∂η₁∂ρ = λ/τ², ∂²/∂ρ² = −λ²/τ²; 1-0: the same with μ and η₂; 1-1: ∂²/∂ρ² = −1/τ²
    /// (differentiating Dixon and Coles, 1997, equation 4.2, twice).
    /// </summary>
    public static MatchCurvature NegativeCurvature(LowScore score, double lambda, double mu, double rho)
    {
        double h11 = lambda, h22 = mu, h12 = 0, h1r = 0, h2r = 0, hrr = 0;
        switch (score)
        {
            case LowScore.NilNil:
            {
                var u = lambda * mu;
                var tau = 1 - (u * rho);
                var tau2 = tau * tau;
                h12 = rho * u / tau2;
                h11 += h12;
                h22 += h12;
                h1r = h2r = u / tau2;
                hrr = u * u / tau2;
                break;
            }

            case LowScore.NilOne:
                AddOneGoalCurvature(lambda, rho, ref h11, out h1r, out hrr);
                break;

            case LowScore.OneNil:
                AddOneGoalCurvature(mu, rho, ref h22, out h2r, out hrr);
                break;

            case LowScore.OneOne:
            {
                var tau = 1 - rho;
                hrr = 1 / (tau * tau);
                break;
            }

            default:
                break;
        }

        return new MatchCurvature(h11, h22, h12, h1r, h2r, hrr);
    }

    /// <summary>
    /// The τ part of <see cref="NegativeCurvature"/> for 0-1 (m = λ, η = η₁) and 1-0 (m = μ, η = η₂), where
    /// τ = 1 + mρ: ∂²log τ/∂η² = ρm/τ² (subtracted from <paramref name="etaEta"/>), −∂²log τ/∂η∂ρ = −m/τ²,
    /// −∂²log τ/∂ρ² = m²/τ².
    /// </summary>
    private static void AddOneGoalCurvature(double mean, double rho, ref double etaEta, out double etaRho, out double rhoRho)
    {
        var tau = 1 + (mean * rho);
        var tau2 = tau * tau;
        etaEta -= rho * mean / tau2;
        etaRho = -mean / tau2;
        rhoRho = mean * mean / tau2;
    }
}
