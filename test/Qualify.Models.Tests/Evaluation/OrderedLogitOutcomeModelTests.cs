using Qualify.Domain.Matches;
using Qualify.Models.Outcomes;

namespace Qualify.Models.Tests.Evaluation;

/// <summary>
/// <see cref="OrderedLogitOutcomeModel"/>: hand-computed probabilities and maximum-likelihood recovery of known
/// parameters from seeded synthetic data drawn from the model itself (latent η + logistic noise cut at c₁ and c₂).
/// </summary>
public sealed class OrderedLogitOutcomeModelTests
{
    /// <summary>Logistic values quoted to 9 decimals.</summary>
    private const double HandTolerance = 1e-9;

    /// <summary>An estimate lies within this many of its standard errors of the truth (a 4σ band: fails about 1 in 16,000 for a fixed seed's draw).</summary>
    private const double StandardErrorsAllowed = 4;

    [Fact]
    public void Predict_EqualTeamsNeutral_GivesTheCutpointProbabilities()
    {
        var model = OrderedLogitOutcomeModel.FromCoefficients(scale: 400, slope: 2, homeAdvantage: 0.4, lowerCutpoint: -0.75, upperCutpoint: 0.5);

        var forecast = model.Predict(0, neutral: true);

        // F(−0.75) = 1/(1 + e^0.75) = 0.320821301; 1 − F(0.5) = 0.377540669; the draw is the rest, 0.301638030.
        Assert.Equal(0.320821301, forecast.AwayWin, HandTolerance);
        Assert.Equal(0.377540669, forecast.HomeWin, HandTolerance);
        Assert.Equal(0.301638030, forecast.Draw, HandTolerance);
    }

    [Fact]
    public void Predict_HomeAdvantageAndRatingGap_ShiftsTheLatentScale()
    {
        var model = OrderedLogitOutcomeModel.FromCoefficients(scale: 400, slope: 2, homeAdvantage: 0.4, lowerCutpoint: -0.75, upperCutpoint: 0.5);

        // η = 2·(200/400) + 0.4 = 1.4: P(away) = F(−2.15) = 0.104331, P(home) = 1 − F(−0.9) = 0.710950.
        var forecast = model.Predict(200, neutral: false);

        Assert.Equal(0.104331223, forecast.AwayWin, HandTolerance);
        Assert.Equal(0.710949503, forecast.HomeWin, HandTolerance);
        Assert.Equal(1.0, forecast.HomeWin + forecast.Draw + forecast.AwayWin, 1e-15);
    }

    [Fact]
    public void Fit_SyntheticDataWithHomeAdvantage_RecoversTheParameters()
    {
        // Truth: β = 1.8 per 400 points, γ = 0.4, c₁ = −0.8, c₂ = 0.5; 40,000 matches, 30% at neutral venues.
        var truth = OrderedLogitOutcomeModel.FromCoefficients(400, 1.8, 0.4, -0.8, 0.5);
        var observations = Simulate(truth, count: 40_000, seed: 20_240_601);

        var fit = OrderedLogitOutcomeModel.Fit(observations, 400, fitHomeAdvantage: true);

        Assert.True(fit.Converged);
        AssertWithin(truth.Slope, fit.Slope, fit.StandardErrors.Slope);
        AssertWithin(truth.HomeAdvantage, fit.HomeAdvantage, fit.StandardErrors.HomeAdvantage);
        AssertWithin(truth.LowerCutpoint, fit.LowerCutpoint, fit.StandardErrors.LowerCutpoint);
        AssertWithin(truth.UpperCutpoint, fit.UpperCutpoint, fit.StandardErrors.UpperCutpoint);
    }

    [Fact]
    public void Fit_WithoutHomeAdvantage_KeepsItAtZeroAndRecoversTheRest()
    {
        var truth = OrderedLogitOutcomeModel.FromCoefficients(600, 2.5, 0, -0.6, 0.7);
        var observations = Simulate(truth, count: 20_000, seed: 7);

        var fit = OrderedLogitOutcomeModel.Fit(observations, 600, fitHomeAdvantage: false);

        Assert.Equal(0, fit.HomeAdvantage);
        AssertWithin(truth.Slope, fit.Slope, fit.StandardErrors.Slope);
        AssertWithin(truth.LowerCutpoint, fit.LowerCutpoint, fit.StandardErrors.LowerCutpoint);
        AssertWithin(truth.UpperCutpoint, fit.UpperCutpoint, fit.StandardErrors.UpperCutpoint);
    }

    [Fact]
    public void Fit_NoDraws_Throws()
    {
        OutcomeObservation[] observations =
        [
            new(100, false, MatchOutcome.HomeWin),
            new(-100, false, MatchOutcome.AwayWin),
        ];

        Assert.Throws<ArgumentException>(() => OrderedLogitOutcomeModel.Fit(observations, 400, fitHomeAdvantage: false));
    }

    private static List<OutcomeObservation> Simulate(OrderedLogitOutcomeModel truth, int count, int seed)
    {
        var random = new Random(seed);
        var observations = new List<OutcomeObservation>(count);
        for (var i = 0; i < count; i++)
        {
            var difference = (random.NextDouble() * 1200) - 600;
            var neutral = random.NextDouble() < 0.3;
            var latent = (truth.Slope * difference / truth.Scale) + (neutral ? 0 : truth.HomeAdvantage) + SyntheticMatches.Logistic(random);
            var outcome = latent < truth.LowerCutpoint ? MatchOutcome.AwayWin : latent < truth.UpperCutpoint ? MatchOutcome.Draw : MatchOutcome.HomeWin;
            observations.Add(new OutcomeObservation(difference, neutral, outcome));
        }

        return observations;
    }

    private static void AssertWithin(double expected, double actual, double standardError)
    {
        Assert.True(double.IsFinite(standardError) && standardError > 0, $"standard error {standardError}");
        Assert.True(Math.Abs(actual - expected) <= StandardErrorsAllowed * standardError,
            FormattableString.Invariant($"estimate {actual:F4}, truth {expected:F4}, standard error {standardError:F4}"));
    }
}
