using FsCheck;
using FsCheck.Fluent;

namespace Qualify.Models.Tests;

/// <summary>
/// A random Dixon-Coles scoreline case: means λ, μ in [0.01, 4] goals (wider than any international fit: the
/// 2018–2021 fit's largest home mean is about 4), a ρ anywhere in the valid range
/// [max(−1/λ, −1/μ), min(1/(λμ), 1)] of Dixon and Coles (1997, section 4), and a truncation of 1 to 20 goals.
/// </summary>
public sealed record ScorelineCase(double HomeMean, double AwayMean, double Rho, int MaxGoals)
{
    /// <summary>The Dixon-Coles matrix of this case.</summary>
    public ScorelineDistribution DixonColes() => ScorelineDistribution.FromDixonColes(HomeMean, AwayMean, Rho, MaxGoals);

    /// <summary>The independent Poisson matrix of this case (ρ = 0).</summary>
    public ScorelineDistribution Poisson() => ScorelineDistribution.FromPoisson(HomeMean, AwayMean, MaxGoals);

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"λ {HomeMean}, μ {AwayMean}, ρ {Rho}, max {MaxGoals}");
}

/// <summary>The FsCheck arbitrary for <see cref="ScorelineCase"/>.</summary>
public static class ScorelineGenerators
{
    /// <summary>Random cases as described on <see cref="ScorelineCase"/>.</summary>
    public static Arbitrary<ScorelineCase> ScorelineCase() => Arb.From(
        from homeThousandths in Gen.Choose(10, 4000)
        from awayThousandths in Gen.Choose(10, 4000)
        from position in Gen.Choose(0, 1000)
        from maxGoals in Gen.Choose(1, 20)
        let home = homeThousandths / 1000.0
        let away = awayThousandths / 1000.0
        let low = DixonColesCorrection.MinimumRho(home, away)
        let high = DixonColesCorrection.MaximumRho(home, away)
        select new ScorelineCase(home, away, Math.Clamp(low + ((high - low) * position / 1000.0), low, high), maxGoals));
}
