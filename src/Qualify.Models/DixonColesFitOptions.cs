namespace Qualify.Models;

/// <summary>Settings of <see cref="DixonColesGoalModel.Fit(IEnumerable{Domain.Matches.Match}, DateOnly, double, DixonColesFitOptions)"/>. Immutable.</summary>
public sealed record DixonColesFitOptions
{
    /// <summary>
    /// The defaults, which <c>qualify forecast --model dixon-coles</c> and <c>qualify evaluate</c> both use: a trailing
    /// window of 16 years, ξ = 0.0006 per day (both validated, see <see cref="Xi"/>), ridge 1e-4, largest connected
    /// component only, at most 20,000 L-BFGS iterations.
    /// </summary>
    public static DixonColesFitOptions Default { get; } = new();

    /// <summary>
    /// The trailing window of a fit before date F (<see cref="DixonColesWindow.Fit"/>): the matches in
    /// [F − this many years, F). Default 16, chosen with <see cref="Xi"/> (see there).
    /// </summary>
    public int WindowYears { get; init; } = 16;

    /// <summary>
    /// ξ, the time decay per day (Dixon and Coles, 1997, section 6.2, equation 6.1, per day): a match t days before the
    /// reference date weighs exp(−ξ·t). Default 0.0006, a half-life of 3.2 years.
    /// </summary>
    /// <remarks>
    /// The window and ξ were chosen on the walk-forward evaluation of 2002-01-01 to 2009-12-31, wholly before the
    /// default evaluation period (2010 on), among twelve (window, ξ) pairs with windows of 4 to 16 years and ξ of 0.0003
    /// to 0.0018 per day: mean RPS 0.17158 for (16 years, 0.0006) against 0.17601 for (4 years, 0.0018), the latter
    /// close to Dixon and Coles' own ξ = 0.0065 per half-week for English club football; Elo's ordered logit scored
    /// 0.17918 there. International teams play about ten matches a year, so a longer memory than for clubs pays, and a
    /// longer window leaves fewer teams outside the fitted set.
    /// </remarks>
    public double Xi { get; init; } = 0.0006;

    /// <summary>
    /// κ, a weak ridge (a Gaussian prior N(0, 1/κ)) on every parameter: the fit maximises Σ w·ℓ − ½κ‖θ‖² over the
    /// attacks, defences, home advantage and ρ. Default 1e-4, a prior standard deviation of 100 on the log scale: on
    /// the 2018–2021 internationals (reference fit (a)) it lowers the maximised log-likelihood by 0.003 (−3623.1808
    /// against −3623.1777 unpenalised), well inside the 0.01 the reference allows.
    /// </summary>
    /// <remarks>
    /// It makes the fit converge to finite values on degenerate data, where the maximum-likelihood estimate does not
    /// exist: a team that never scored (its attack would go to −∞), a team that never conceded (its defence to +∞),
    /// data whose only low scores are 0-0 and 1-1 (ρ to −∞), teams in separate components (their relative level is
    /// undetermined), and a home advantage without any home venue (it stays 0). Such a team gets an extreme but
    /// finite rating: after a single 2-0, the losing side's expected goals in a rematch come out near 4e-4.
    /// The model is unchanged by adding the same constant to every attack and every defence; the ridge picks the most
    /// central of those equivalent solutions, and the fit then shifts all of them so that the attacks sum to zero,
    /// which changes no prediction. Zero disables the ridge: degenerate data then do not converge
    /// (<see cref="DixonColesGoalModel.Converged"/> is false).
    /// </remarks>
    public double Ridge { get; init; } = 1e-4;

    /// <summary>Which teams to fit when the matches do not connect every team. Default <see cref="DisconnectedTeams.FitLargestComponent"/>.</summary>
    public DisconnectedTeams DisconnectedTeams { get; init; } = DisconnectedTeams.FitLargestComponent;

    /// <summary>
    /// The iteration limit of the optimiser's first phase (Math.NET's L-BFGS), positive. Default 20,000; the 2018–2021
    /// internationals need about 150 before Newton's method finishes the fit in two or three steps.
    /// </summary>
    public int MaximumIterations { get; init; } = 20_000;
}

/// <summary>How <see cref="DixonColesGoalModel"/> treats teams that no chain of matches connects.</summary>
public enum DisconnectedTeams
{
    /// <summary>
    /// Fit only the largest connected component of teams (most teams, then most matches, then the team name first
    /// in ordinal order) and report the other teams as <see cref="DixonColesGoalModel.ExcludedTeams"/>: their
    /// strength cannot be compared with the rest, so the model does not predict their matches. The default, and the
    /// "largest connected set of teams" of the reference fits.
    /// </summary>
    FitLargestComponent,

    /// <summary>
    /// Fit every team. The ridge (<see cref="DixonColesFitOptions.Ridge"/>) pins the otherwise arbitrary level of
    /// each component, so the fit converges, but predictions across components reflect the prior, not data.
    /// </summary>
    FitAllComponents,
}
