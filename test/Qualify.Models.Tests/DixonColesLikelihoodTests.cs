namespace Qualify.Models.Tests;

/// <summary>
/// The analytic derivatives of the Dixon-Coles log-likelihood against numerical ones — penaltyblog's analytic
/// gradient omits the τ terms and so stops short of the optimum; these tests make such an omission fail.
/// </summary>
public sealed class DixonColesLikelihoodTests
{
    /// <summary>Relative agreement of analytic and central-difference derivatives (the brief's "~1e-6").</summary>
    private const double DerivativeTolerance = 1e-6;

    /// <summary>
    /// The central-difference step. Its truncation error is h²·f‴/6 (about 1e-8 here) and its rounding error about
    /// (rounding of a 3,447-term sum, ~3e-11) / 2h, about 1.5e-7: both well inside <see cref="DerivativeTolerance"/>.
    /// </summary>
    private const double Step = 1e-4;

    /// <summary>The 2018–2021 internationals with a heavier ridge than the default, so that its terms count too.</summary>
    private static readonly Lazy<DixonColesLikelihood> Internationals = new(() => DixonColesGoalModel.BuildLikelihood(
        ReferenceFits.Internationals2018To2021, new DateOnly(2021, 11, 16), 0.0018, DixonColesFitOptions.Default with { Ridge = 0.01 }).Likelihood);

    [Fact]
    public void PenalisedLogLikelihood_RandomPoint_GradientMatchesCentralDifferences()
    {
        var likelihood = Internationals.Value;
        var point = RandomPoint(likelihood, seed: 1997);
        var analytic = new double[likelihood.ParameterCount];
        Assert.True(double.IsFinite(likelihood.PenalisedLogLikelihood(point, analytic)));

        for (var k = 0; k < point.Length; k++)
        {
            var numeric = CentralDifference(p => likelihood.PenalisedLogLikelihood(p, []), point, k);
            AssertClose(analytic[k], numeric, $"parameter {k}");
        }
    }

    [Fact]
    public void PenalisedLogLikelihood_RandomPoint_RhoDerivativeIncludesEveryTauTerm()
    {
        // ρ enters only through τ: its derivative is the sum of the τ terms (plus the ridge). If a τ case were left out
        // this would differ from the numerical derivative by that case's contribution.
        var likelihood = Internationals.Value;
        var point = RandomPoint(likelihood, seed: 46);
        var analytic = new double[likelihood.ParameterCount];
        likelihood.PenalisedLogLikelihood(point, analytic);

        var numeric = CentralDifference(p => likelihood.PenalisedLogLikelihood(p, []), point, likelihood.RhoIndex);

        AssertClose(analytic[likelihood.RhoIndex], numeric, "ρ");
    }

    [Fact]
    public void NegativeHessian_RandomPoint_MatchesCentralDifferencesOfGradient()
    {
        var likelihood = Internationals.Value;
        var size = likelihood.ParameterCount;
        var point = RandomPoint(likelihood, seed: 265);
        var hessian = new double[size * size];
        likelihood.NegativeHessian(point, hessian);
        var gradients = new double[4][];
        for (var s = 0; s < gradients.Length; s++)
        {
            gradients[s] = new double[size];
        }

        for (var k = 0; k < size; k++)
        {
            // Column k of the Hessian is the derivative of the gradient along parameter k. The five-point central
            // difference (−g(θ+2h) + 8g(θ+h) − 8g(θ−h) + g(θ−2h)) / 12h has error O(h⁴): the two-point one's h²·g‴/6
            // reaches 1e-6 on the ρ column, whose third derivatives grow like (λμ)³ in lopsided 0-0 matches.
            double[] offsets = [2 * Step, Step, -Step, -2 * Step];
            for (var s = 0; s < offsets.Length; s++)
            {
                var shifted = (double[])point.Clone();
                shifted[k] += offsets[s];
                likelihood.PenalisedLogLikelihood(shifted, gradients[s]);
            }

            for (var q = 0; q < size; q++)
            {
                var numeric = -(-gradients[0][q] + (8 * gradients[1][q]) - (8 * gradients[2][q]) + gradients[3][q]) / (12 * Step);
                AssertClose(hessian[(q * size) + k], numeric, $"entry ({q}, {k})");
            }
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    public void LogLikelihood_SingleMatch_EqualsLogOfScorelineProbability(int homeGoals, int awayGoals)
    {
        // Attack 0.3 and 0.1, defence −0.2 and 0.05, home advantage 0.25, ρ −0.1: λ = e^(0.3 − 0.05 + 0.25) = e^0.5 and
        // μ = e^(0.1 + 0.2) = e^0.3. The likelihood and ScorelineDistribution must agree on P(score) (Dixon and Coles,
        // 1997, equation 4.2), the matrix taken wide enough (30 goals) that truncation does not matter.
        var likelihood = new DixonColesLikelihood(2, [0], [1], [homeGoals], [awayGoals], [1.0], [false], ridge: 0);
        double[] parameters = [0.3, 0.1, -0.2, 0.05, 0.25, -0.1];

        var expected = Math.Log(ScorelineDistribution.FromDixonColes(Math.Exp(0.5), Math.Exp(0.3), -0.1, 30).Probability(homeGoals, awayGoals));

        Assert.Equal(expected, likelihood.LogLikelihood(parameters), 1e-12);
    }

    [Fact]
    public void LogLikelihood_NeutralVenue_IgnoresHomeAdvantage()
    {
        var likelihood = new DixonColesLikelihood(2, [0], [1], [2], [1], [1.0], [true], ridge: 0);

        Assert.Equal(
            likelihood.LogLikelihood([0.3, 0.1, -0.2, 0.05, 0.0, -0.1]),
            likelihood.LogLikelihood([0.3, 0.1, -0.2, 0.05, 0.7, -0.1]));
    }

    [Fact]
    public void LogLikelihood_TauNotPositive_IsNegativeInfinity()
    {
        // A 0-1 with λ = e^0.5 ≈ 1.65 and ρ = −0.7: τ(0,1) = 1 + λρ ≈ −0.15.
        var likelihood = new DixonColesLikelihood(2, [0], [1], [0], [1], [1.0], [false], ridge: 0);

        Assert.Equal(double.NegativeInfinity, likelihood.LogLikelihood([0.3, 0.1, -0.2, 0.05, 0.25, -0.7]));
    }

    [Fact]
    public void PenalisedLogLikelihood_RepeatedEvaluation_DoesNotAllocate()
    {
        var likelihood = Internationals.Value;
        var point = RandomPoint(likelihood, seed: 7);
        var gradient = new double[likelihood.ParameterCount];
        likelihood.PenalisedLogLikelihood(point, gradient);
        var before = GC.GetAllocatedBytesForCurrentThread();

        for (var k = 0; k < 20; k++)
        {
            likelihood.PenalisedLogLikelihood(point, gradient);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    /// <summary>
    /// A random feasible point near typical fitted values: attacks and defences N(0, 0.3²) around the starting
    /// point, home advantage uniform in [0, 0.5], ρ uniform in [−0.1, 0.1].
    /// </summary>
    private static double[] RandomPoint(DixonColesLikelihood likelihood, int seed)
    {
        var random = new Random(seed);
        var point = likelihood.StartingPoint();
        for (var k = 0; k < 2 * likelihood.TeamCount; k++)
        {
            var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            point[k] += 0.3 * gaussian;
        }

        point[likelihood.HomeAdvantageIndex] = 0.5 * random.NextDouble();
        point[likelihood.RhoIndex] = (0.2 * random.NextDouble()) - 0.1;
        return point;
    }

    private static double CentralDifference(Func<double[], double> function, double[] point, int k)
    {
        var shifted = (double[])point.Clone();
        shifted[k] = point[k] + Step;
        var plus = function(shifted);
        shifted[k] = point[k] - Step;
        var minus = function(shifted);
        return (plus - minus) / (2 * Step);
    }

    private static void AssertClose(double analytic, double numeric, string what) =>
        Assert.True(
            Math.Abs(analytic - numeric) <= DerivativeTolerance * Math.Max(1, Math.Abs(analytic)),
            FormattableString.Invariant($"{what}: analytic {analytic:R}, numeric {numeric:R}"));
}
