using FsCheck.Xunit;
using Qualify.Domain.Matches;

namespace Qualify.Models.Tests;

public sealed class ScorelineDistributionTests
{
    /// <summary>Rounding in sums of at most 441 cells.</summary>
    private const double SumTolerance = 1e-12;

    /// <summary>With 30 goals per side the Poisson tail beyond the matrix is below 1e-20 for means up to 3.</summary>
    private const int UntruncatedMaxGoals = 30;

    [Fact]
    public void FromPoisson_KnownMeans_CellIsProductOfPoissonProbabilities()
    {
        var distribution = ScorelineDistribution.FromPoisson(1.5, 0.8, UntruncatedMaxGoals);

        // Poisson pmf P(k) = e^(−m) m^k / k!: P(X=1 | 1.5) · P(Y=2 | 0.8) = (e^−1.5 · 1.5) · (e^−0.8 · 0.64 / 2).
        var expected = Math.Exp(-1.5) * 1.5 * Math.Exp(-0.8) * 0.64 / 2;
        Assert.Equal(expected, distribution.Probability(1, 2), SumTolerance);
    }

    [Fact]
    public void FromDixonColes_KnownMeans_NilNilIsPoissonTimesTau()
    {
        var distribution = ScorelineDistribution.FromDixonColes(1.5, 0.8, -0.1, UntruncatedMaxGoals);

        // Dixon and Coles (1997), equation 4.2: τ(0,0) = 1 − λμρ = 1 + 1.5 · 0.8 · 0.1 = 1.12.
        Assert.Equal(Math.Exp(-2.3) * 1.12, distribution.Probability(0, 0), SumTolerance);
    }

    [Fact]
    public void FromPoisson_DefaultTruncation_ReportsPoissonTailAsTruncatedMass()
    {
        var distribution = ScorelineDistribution.FromPoisson(3, 3);

        // P(X ≥ 11 | mean 3) = 1 − Σ_{k≤10} e^−3 3^k/k! ≈ 2.9234e-4 (Poisson CDF); both sides: 1 − (1 − 2.9234e-4)².
        Assert.Equal(10, distribution.MaxGoals);
        Assert.Equal(1 - Math.Pow(1 - 2.9234e-4, 2), distribution.TruncatedMass, 1e-7);
    }

    [Property(Arbitrary = [typeof(ScorelineGenerators)], MaxTest = 300)]
    public void FromDixonColes_AnyValidCase_CellsSumToOne(ScorelineCase scoreline)
    {
        var distribution = scoreline.DixonColes();

        Assert.Equal(1.0, Sum(distribution.Probabilities), SumTolerance);
    }

    [Property(Arbitrary = [typeof(ScorelineGenerators)], MaxTest = 300)]
    public void FromDixonColes_AnyValidCase_OutcomesSumToOne(ScorelineCase scoreline)
    {
        var distribution = scoreline.DixonColes();

        Assert.Equal(1.0, distribution.HomeWin + distribution.Draw + distribution.AwayWin, SumTolerance);
    }

    [Property(Arbitrary = [typeof(ScorelineGenerators)], MaxTest = 300)]
    public void FromDixonColes_AnyValidCase_NoNegativeCell(ScorelineCase scoreline)
    {
        Assert.All(scoreline.DixonColes().Probabilities.ToArray(), p => Assert.True(p >= 0, $"negative cell {p}"));
    }

    [Property(Arbitrary = [typeof(ScorelineGenerators)], MaxTest = 300)]
    public void FromDixonColes_AnyValidRho_TauLeavesTheMatrixNormalised(ScorelineCase scoreline)
    {
        // τ only moves mass among 0-0, 0-1, 1-0 and 1-1 and its changes cancel (e^−λ−μ·(−λμρ + λ·μρ + μ·λρ − λμρ) = 0),
        // so before renormalising the Dixon-Coles matrix holds exactly the mass of the Poisson matrix: the same tail.
        Assert.Equal(scoreline.Poisson().TruncatedMass, scoreline.DixonColes().TruncatedMass, SumTolerance);
    }

    [Property(Arbitrary = [typeof(ScorelineGenerators)], MaxTest = 300)]
    public void FromDixonColes_AnyValidRho_KeepsPoissonExpectedGoals(ScorelineCase scoreline)
    {
        // τ leaves both marginals Poisson: the changes in row 1 (λμρ·e^−λ−μ at 1-0, −λμρ·e^−λ−μ at 1-1) cancel, and so
        // do those in column 1; so the expected goals are those of the independent model with the same truncation.
        var dixonColes = scoreline.DixonColes();
        var poisson = scoreline.Poisson();

        Assert.Equal(poisson.ExpectedHomeGoals, dixonColes.ExpectedHomeGoals, SumTolerance);
        Assert.Equal(poisson.ExpectedAwayGoals, dixonColes.ExpectedAwayGoals, SumTolerance);
    }

    [Fact]
    public void FromPoisson_Untruncated_ExpectedGoalsEqualMeans()
    {
        var distribution = ScorelineDistribution.FromPoisson(1.7, 0.6, UntruncatedMaxGoals);

        // The mean of a Poisson distribution is its parameter.
        Assert.Equal(1.7, distribution.ExpectedHomeGoals, SumTolerance);
        Assert.Equal(0.6, distribution.ExpectedAwayGoals, SumTolerance);
    }

    [Fact]
    public void Probability_Outcome_EqualsSumOfMatrixCells()
    {
        var distribution = ScorelineDistribution.FromDixonColes(1.4, 1.1, -0.08);
        var size = distribution.MaxGoals + 1;
        double homeWin = 0, draw = 0;
        for (var home = 0; home < size; home++)
        {
            for (var away = 0; away < size; away++)
            {
                var p = distribution.Probability(home, away);
                homeWin += home > away ? p : 0;
                draw += home == away ? p : 0;
            }
        }

        Assert.Equal(homeWin, distribution.Probability(MatchOutcome.HomeWin), SumTolerance);
        Assert.Equal(draw, distribution.Probability(MatchOutcome.Draw), SumTolerance);
    }

    [Fact]
    public void Probability_BeyondTruncation_IsZero()
    {
        var distribution = ScorelineDistribution.FromPoisson(1.2, 1.0);

        Assert.Equal(0.0, distribution.Probability(new Score(11, 0)));
    }

    [Fact]
    public void FromDixonColes_RhoBelowValidRange_Throws()
    {
        // With λ = 2 the smallest valid ρ is −1/2: τ(0,1) = 1 + λρ would be negative below it.
        Assert.Throws<ArgumentOutOfRangeException>(() => ScorelineDistribution.FromDixonColes(2, 1, -0.51));
    }

    [Fact]
    public void FromPoisson_NegativeMean_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScorelineDistribution.FromPoisson(-0.1, 1));
    }

    [Fact]
    public void ToScore_Zero_ReturnsNilNil()
    {
        var distribution = ScorelineDistribution.FromPoisson(1.3, 0.9);

        Assert.Equal(new Score(0, 0), distribution.ToScore(0));
    }

    [Fact]
    public void ToScore_LargestUniformBelowOne_ReturnsCellWithPositiveProbability()
    {
        // With λ = 0 the home side never scores: every cell from 1-0 on is zero, and the largest double below 1
        // must still land on a possible score.
        var distribution = ScorelineDistribution.FromPoisson(0, 0.9);

        var score = distribution.ToScore(Math.BitDecrement(1.0));

        Assert.True(distribution.Probability(score) > 0, $"{score} has probability 0");
    }

    [Fact]
    public void ToScore_EvenlySpacedUniforms_FrequenciesMatchCellProbabilities()
    {
        var distribution = ScorelineDistribution.FromDixonColes(1.4, 1.1, -0.08);
        const int Draws = 1_000_000;
        var counts = new int[distribution.Probabilities.Length];
        for (var k = 0; k < Draws; k++)
        {
            var score = distribution.ToScore((k + 0.5) / Draws);
            counts[(score.Home * (distribution.MaxGoals + 1)) + score.Away]++;
        }

        // Inversion of the CDF on an evenly spaced grid puts ⌊p·N⌋ or ⌈p·N⌉ points in each cell: error ≤ 1/N.
        for (var cell = 0; cell < counts.Length; cell++)
        {
            Assert.Equal(distribution.Probabilities[cell], counts[cell] / (double)Draws, 1.0 / Draws);
        }
    }

    [Fact]
    public void ToScore_ManyCalls_DoesNotAllocate()
    {
        var distribution = ScorelineDistribution.FromDixonColes(1.4, 1.1, -0.08);
        var random = new Random(20211116);
        distribution.ToScore(random.NextDouble());
        var before = GC.GetAllocatedBytesForCurrentThread();
        var goals = 0;
        for (var k = 0; k < 10_000; k++)
        {
            goals += distribution.ToScore(random.NextDouble()).Home;
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.True(goals > 0);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void ToScore_OutsideUnitInterval_Throws(double uniform)
    {
        var distribution = ScorelineDistribution.FromPoisson(1.3, 0.9);

        Assert.Throws<ArgumentOutOfRangeException>(() => distribution.ToScore(uniform));
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }
}
