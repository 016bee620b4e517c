using Qualify.Domain.Matches;
using Qualify.Models.Evaluation;
using Qualify.Models.Outcomes;

namespace Qualify.Models.Tests.Evaluation;

/// <summary>
/// The scores of <see cref="Metrics"/> against values worked by hand from their definitions: RPS = ½·Σ_{k=1}^{2}
/// (P_k − O_k)² over cumulative probabilities in the order home, draw, away (Epstein, 1969; Constantinou and Fenton,
/// 2012), log-loss = −ln p(actual), Brier = Σ (p_k − o_k)².
/// </summary>
public sealed class MetricsTests
{
    /// <summary>Hand calculations are exact to a few ulps; the logarithms are quoted to 12 significant digits.</summary>
    private const double HandTolerance = 1e-12;

    private static readonly OutcomeProbabilities HalfThreeTenthsTwoTenths = OutcomeProbabilities.FromProbabilities(0.5, 0.3, 0.2);

    [Theory]
    [InlineData(MatchOutcome.HomeWin, 0.145)] // cumulative (0.5, 0.8) vs (1, 1): ½(0.25 + 0.04)
    [InlineData(MatchOutcome.Draw, 0.145)]    // vs (0, 1): ½(0.25 + 0.04)
    [InlineData(MatchOutcome.AwayWin, 0.445)] // vs (0, 0): ½(0.25 + 0.64)
    public void RankedProbabilityScore_HandExample_MatchesDefinition(MatchOutcome actual, double expected)
    {
        Assert.Equal(expected, Metrics.RankedProbabilityScore(HalfThreeTenthsTwoTenths, actual), HandTolerance);
    }

    [Theory]
    [InlineData(1.0, 0.0, 0.0, 0.0)]      // certain and right: ½(0 + 0)
    [InlineData(0.9, 0.1, 0.0, 0.005)]    // ½(0.1² + 0²)
    [InlineData(0.8, 0.1, 0.1, 0.025)]    // ½(0.2² + 0.1²)
    [InlineData(0.5, 0.25, 0.25, 0.15625)] // ½(0.5² + 0.25²)
    [InlineData(0.0, 0.0, 1.0, 1.0)]      // certain and wrong by two ranks: ½(1 + 1)
    public void RankedProbabilityScore_HomeWin_RewardsMassNearTheOutcome(double home, double draw, double away, double expected)
    {
        var forecast = OutcomeProbabilities.FromProbabilities(home, draw, away);

        Assert.Equal(expected, Metrics.RankedProbabilityScore(forecast, MatchOutcome.HomeWin), HandTolerance);
    }

    [Fact]
    public void RankedProbabilityScore_DrawForecastVersusAwayForecast_HomeWinPrefersTheCloserMiss()
    {
        // Both put 0.5 on the home win; the rest on the neighbouring outcome (draw) scores better than on the far one.
        var nearMiss = OutcomeProbabilities.FromProbabilities(0.5, 0.5, 0);
        var farMiss = OutcomeProbabilities.FromProbabilities(0.5, 0, 0.5);

        Assert.Equal(0.125, Metrics.RankedProbabilityScore(nearMiss, MatchOutcome.HomeWin), HandTolerance); // ½(0.25 + 0)
        Assert.Equal(0.25, Metrics.RankedProbabilityScore(farMiss, MatchOutcome.HomeWin), HandTolerance);   // ½(0.25 + 0.25)
    }

    [Theory]
    [InlineData(MatchOutcome.HomeWin, 0.693147180560)] // −ln 0.5
    [InlineData(MatchOutcome.Draw, 1.203972804326)]    // −ln 0.3
    [InlineData(MatchOutcome.AwayWin, 1.609437912434)] // −ln 0.2
    public void LogLoss_HandExample_IsMinusNaturalLogOfTheOutcomeProbability(MatchOutcome actual, double expected)
    {
        Assert.Equal(expected, Metrics.LogLoss(HalfThreeTenthsTwoTenths, actual), HandTolerance);
    }

    [Fact]
    public void LogLoss_ImpossibleOutcome_IsCappedAtTheFloor()
    {
        var certainHomeWin = OutcomeProbabilities.FromProbabilities(1, 0, 0);

        Assert.Equal(-Math.Log(Metrics.LogLossFloor), Metrics.LogLoss(certainHomeWin, MatchOutcome.AwayWin), HandTolerance);
    }

    [Theory]
    [InlineData(MatchOutcome.HomeWin, 0.38)] // 0.5² + 0.3² + 0.2²
    [InlineData(MatchOutcome.Draw, 0.78)]    // 0.5² + 0.7² + 0.2²
    [InlineData(MatchOutcome.AwayWin, 0.98)] // 0.5² + 0.3² + 0.8²
    public void BrierScore_HandExample_SumsSquaresOverTheThreeOutcomes(MatchOutcome actual, double expected)
    {
        Assert.Equal(expected, Metrics.BrierScore(HalfThreeTenthsTwoTenths, actual), HandTolerance);
    }

    [Theory]
    [InlineData(MatchOutcome.HomeWin, 1.0)]
    [InlineData(MatchOutcome.Draw, 0.0)]
    [InlineData(MatchOutcome.AwayWin, 0.0)]
    public void Accuracy_ClearFavourite_CountsOnlyTheArgmax(MatchOutcome actual, double expected)
    {
        Assert.Equal(expected, Metrics.Accuracy(HalfThreeTenthsTwoTenths, actual));
    }

    [Fact]
    public void Accuracy_TwoWayTie_SharesTheCredit()
    {
        var tie = OutcomeProbabilities.FromProbabilities(0.4, 0.4, 0.2);

        Assert.Equal((0.5, 0.5, 0.0), (Metrics.Accuracy(tie, MatchOutcome.HomeWin), Metrics.Accuracy(tie, MatchOutcome.Draw), Metrics.Accuracy(tie, MatchOutcome.AwayWin)));
    }

    [Theory]
    [InlineData(MatchOutcome.HomeWin, 5.0 / 18)] // ½((1/3 − 1)² + (2/3 − 1)²) = ½(4/9 + 1/9)
    [InlineData(MatchOutcome.Draw, 1.0 / 9)]     // ½((1/3)² + (2/3 − 1)²)
    [InlineData(MatchOutcome.AwayWin, 5.0 / 18)] // ½((1/3)² + (2/3)²)
    public void Uniform_EveryOutcome_HasTheClosedFormScores(MatchOutcome actual, double rps)
    {
        var uniform = OutcomeProbabilities.Uniform;

        Assert.Equal(rps, Metrics.RankedProbabilityScore(uniform, actual), HandTolerance);
        Assert.Equal(Math.Log(3), Metrics.LogLoss(uniform, actual), HandTolerance);
        Assert.Equal(2.0 / 3, Metrics.BrierScore(uniform, actual), HandTolerance); // (2/3)² + 2·(1/3)²
        Assert.Equal(1.0 / 3, Metrics.Accuracy(uniform, actual), HandTolerance);
    }

    [Fact]
    public void MetricAccumulator_ThreeForecasts_AveragesEachScore()
    {
        var accumulator = new MetricAccumulator();
        accumulator.Add(HalfThreeTenthsTwoTenths, MatchOutcome.HomeWin);
        accumulator.Add(HalfThreeTenthsTwoTenths, MatchOutcome.Draw);
        accumulator.Add(HalfThreeTenthsTwoTenths, MatchOutcome.AwayWin);

        var summary = accumulator.ToSummary();

        Assert.Equal(3, summary.Matches);
        Assert.Equal((0.145 + 0.145 + 0.445) / 3, summary.RankedProbabilityScore, HandTolerance);
        Assert.Equal((0.38 + 0.78 + 0.98) / 3, summary.BrierScore, HandTolerance);
        Assert.Equal(-(Math.Log(0.5) + Math.Log(0.3) + Math.Log(0.2)) / 3, summary.LogLoss, HandTolerance);
        Assert.Equal(1.0 / 3, summary.Accuracy, HandTolerance);
    }

    [Fact]
    public void MetricAccumulator_Empty_GivesNaN()
    {
        var summary = new MetricAccumulator().ToSummary();

        Assert.Equal(0, summary.Matches);
        Assert.True(double.IsNaN(summary.RankedProbabilityScore));
    }

    [Fact]
    public void FromProbabilities_SumNotOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeProbabilities.FromProbabilities(0.5, 0.3, 0.3));
    }

    [Fact]
    public void FromProbabilities_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeProbabilities.FromProbabilities(1.1, -0.1, 0));
    }
}
