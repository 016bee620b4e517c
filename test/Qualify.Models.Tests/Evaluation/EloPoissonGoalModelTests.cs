using Qualify.Domain.Matches;
using Qualify.Models.Outcomes;

namespace Qualify.Models.Tests.Evaluation;

/// <summary>
/// <see cref="EloPoissonGoalModel"/>: its means by hand, its scoreline matrix against the Poisson factory, and
/// maximum-likelihood recovery of known coefficients from seeded synthetic scores drawn from the model.
/// </summary>
public sealed class EloPoissonGoalModelTests
{
    /// <summary>Exponentials quoted to 9 decimals.</summary>
    private const double HandTolerance = 1e-9;

    /// <summary>An estimate lies within this many of its standard errors of the truth.</summary>
    private const double StandardErrorsAllowed = 4;

    [Fact]
    public void ExpectedGoals_HomeVenue_AddsTheVenueTermsToTheLogMeans()
    {
        var model = EloPoissonGoalModel.FromCoefficients(intercept: 0.3, ratingSlope: 0.8, homeAdvantage: 0.2, awayVenueEffect: -0.1);

        // x = 200/400 = 0.5: λ = e^(0.3 + 0.4 + 0.2) = e^0.9 = 2.459603111, μ = e^(0.3 − 0.4 − 0.1) = e^−0.2 = 0.818730753.
        var (home, away) = model.ExpectedGoals(200, neutral: false);

        Assert.Equal(2.459603111, home, HandTolerance);
        Assert.Equal(0.818730753, away, HandTolerance);
    }

    [Fact]
    public void ExpectedGoals_NeutralVenueEqualTeams_IsTheInterceptForBoth()
    {
        var model = EloPoissonGoalModel.FromCoefficients(0.3, 0.8, 0.2, -0.1);

        Assert.Equal((Math.Exp(0.3), Math.Exp(0.3)), model.ExpectedGoals(0, neutral: true));
    }

    [Fact]
    public void Predict_ModerateMeans_IsThePoissonMatrixOfTheMeans()
    {
        var model = EloPoissonGoalModel.FromCoefficients(0.3, 0.8, 0.2, -0.1);

        var predicted = model.Predict(200, neutral: false);
        var (lambda, mu) = model.ExpectedGoals(200, neutral: false);
        var reference = ScorelineDistribution.FromPoisson(lambda, mu);

        Assert.Equal(reference.Probabilities.ToArray(), predicted.Probabilities.ToArray());
        var outcomes = predicted.ToOutcomeProbabilities();
        Assert.Equal(reference.HomeWin, outcomes.HomeWin, 1e-15);
    }

    [Fact]
    public void Predict_LopsidedMatch_WidensTheTruncation()
    {
        var model = EloPoissonGoalModel.FromCoefficients(0.3, 0.8, 0.2, -0.1);

        // x = 5: λ = e^(0.3 + 4 + 0.2) = e^4.5 ≈ 90 goals — far beyond the default 10.
        var predicted = model.Predict(2000, neutral: false);

        Assert.Equal(ScorelineDistributionOutcomes.MaximumTruncation, predicted.MaxGoals);
        Assert.True(predicted.HomeWin > 0.999);
    }

    [Theory]
    [InlineData(1.2, 2.9, 10)]
    [InlineData(16.0, 0.5, 48)] // ⌈16 + 8·4⌉
    [InlineData(90.0, 0.1, 100)]
    public void TruncationFor_Means_CoversTheTail(double home, double away, int expected)
    {
        Assert.Equal(expected, ScorelineDistributionOutcomes.TruncationFor(home, away));
    }

    [Fact]
    public void Fit_SyntheticScores_RecoversTheCoefficients()
    {
        // Truth: β₀ = 0.25, β₁ = 0.8 per 400 points, η_home = 0.3, η_away = −0.15; 20,000 matches, 30% neutral.
        var truth = EloPoissonGoalModel.FromCoefficients(0.25, 0.8, 0.3, -0.15);
        var random = new Random(19_970_101);
        var observations = new List<EloPoissonObservation>();
        for (var i = 0; i < 20_000; i++)
        {
            var difference = (random.NextDouble() * 1000) - 500;
            var neutral = random.NextDouble() < 0.3;
            var (lambda, mu) = truth.ExpectedGoals(difference, neutral);
            observations.Add(new EloPoissonObservation(difference, neutral, new Score(SyntheticMatches.Poisson(random, lambda), SyntheticMatches.Poisson(random, mu))));
        }

        var fit = EloPoissonGoalModel.Fit(observations);

        Assert.True(fit.Converged);
        AssertWithin(truth.Intercept, fit.Intercept, fit.StandardErrors.Intercept);
        AssertWithin(truth.RatingSlope, fit.RatingSlope, fit.StandardErrors.RatingSlope);
        AssertWithin(truth.HomeAdvantage, fit.HomeAdvantage, fit.StandardErrors.HomeAdvantage);
        AssertWithin(truth.AwayVenueEffect, fit.AwayVenueEffect, fit.StandardErrors.AwayVenueEffect);
    }

    [Fact]
    public void Fit_TwoMatches_MatchesTheClosedFormIntercept()
    {
        // Equal teams at neutral venues: only β₀ is identified besides β₁ = 0 by symmetry; the MLE of a Poisson mean
        // is the sample mean, 6 goals over 4 team-matches = 1.5, so β₀ = ln 1.5.
        EloPoissonObservation[] observations = [new(0, true, new Score(2, 1)), new(0, true, new Score(0, 3))];

        var fit = EloPoissonGoalModel.Fit(observations);

        Assert.Equal(Math.Log(1.5), fit.Intercept, 1e-9);
        Assert.Equal(0, fit.RatingSlope, 1e-9);
    }

    private static void AssertWithin(double expected, double actual, double standardError)
    {
        Assert.True(double.IsFinite(standardError) && standardError > 0, $"standard error {standardError}");
        Assert.True(Math.Abs(actual - expected) <= StandardErrorsAllowed * standardError,
            FormattableString.Invariant($"estimate {actual:F4}, truth {expected:F4}, standard error {standardError:F4}"));
    }
}
