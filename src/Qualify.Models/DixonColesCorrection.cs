namespace Qualify.Models;

/// <summary>
/// The Dixon-Coles low-score dependence factor τ (Dixon and Coles, 1997, "Modelling Association Football Scores
/// and Inefficiencies in the Football Betting Market", Applied Statistics 46(2), 265–280, equation 4.2).
/// It multiplies the independent-Poisson probabilities of the scores 0-0, 1-0, 0-1 and 1-1 and leaves every
/// other score unchanged:
/// τ(0,0) = 1 − λμρ, τ(0,1) = 1 + λρ, τ(1,0) = 1 + μρ, τ(1,1) = 1 − ρ, where λ and μ are the home and away
/// means. The changes cancel exactly, so the corrected distribution still sums to one.
/// </summary>
public static class DixonColesCorrection
{
    /// <summary>The factor τ for one score; 1 for every score other than 0-0, 1-0, 0-1 and 1-1.</summary>
    /// <param name="homeGoals">Goals of the home team, zero or more.</param>
    /// <param name="awayGoals">Goals of the away team, zero or more.</param>
    /// <param name="homeMean">λ, the home team's Poisson mean (expected goals), zero or more.</param>
    /// <param name="awayMean">μ, the away team's Poisson mean (expected goals), zero or more.</param>
    /// <param name="rho">ρ, the dependence parameter; negative values make 0-0 and 1-1 more likely.</param>
    /// <returns>τ, which is non-negative when <paramref name="rho"/> is within <see cref="MinimumRho"/> and <see cref="MaximumRho"/>.</returns>
    public static double Tau(int homeGoals, int awayGoals, double homeMean, double awayMean, double rho) =>
        (homeGoals, awayGoals) switch
        {
            (0, 0) => 1 - (homeMean * awayMean * rho),
            (0, 1) => 1 + (homeMean * rho),
            (1, 0) => 1 + (awayMean * rho),
            (1, 1) => 1 - rho,
            _ => 1,
        };

    /// <summary>
    /// The smallest ρ for which every τ is non-negative: max(−1/λ, −1/μ) (Dixon and Coles, 1997, section 4).
    /// Negative infinity when both means are zero.
    /// </summary>
    /// <param name="homeMean">λ, the home team's Poisson mean, zero or more.</param>
    /// <param name="awayMean">μ, the away team's Poisson mean, zero or more.</param>
    public static double MinimumRho(double homeMean, double awayMean) => Math.Max(-1 / homeMean, -1 / awayMean);

    /// <summary>
    /// The largest ρ for which every τ is non-negative: min(1/(λμ), 1) (Dixon and Coles, 1997, section 4).
    /// </summary>
    /// <param name="homeMean">λ, the home team's Poisson mean, zero or more.</param>
    /// <param name="awayMean">μ, the away team's Poisson mean, zero or more.</param>
    public static double MaximumRho(double homeMean, double awayMean) => Math.Min(1 / (homeMean * awayMean), 1);
}
