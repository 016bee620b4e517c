using System.Collections.Immutable;
using System.Text.Json;
using Qualify.Application;
using Qualify.Models;
using Qualify.Models.Evaluation;
using Qualify.Domain.Matches;
using Qualify.Domain.History;
using Qualify.Storage;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// <c>qualify evaluate</c> and <see cref="EvaluationService"/> over the imported shared dataset, on the short window
/// 2021-09-01..2021-11-16 (the autumn 2021 qualifying windows, 482 matches). Closed forms of the uniform forecast:
/// log-loss ln 3, Brier 2/3, accuracy 1/3, and RPS 5/18 for a home or away win, 1/9 for a draw.
/// </summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class EvaluateCommandTests(ImportedStoreFixture store)
{
    /// <summary>Means of a few hundred closed-form terms agree to rounding.</summary>
    private const double ClosedFormTolerance = 1e-12;

    private static readonly DateOnly From = new(2021, 9, 1);
    private static readonly DateOnly To = new(2021, 11, 16);

    private static readonly ImmutableArray<ModelKind> ShortModels = [ModelKind.Uniform, ModelKind.Elo, ModelKind.EloPoisson];

    [Fact]
    public void Evaluate_ShortWindow_EveryMetricIsFinite()
    {
        var result = Evaluate(Source(), ShortModels);

        Assert.Equal(482, result.MatchCount);
        foreach (var model in result.Models)
        {
            foreach (var summary in model.ByGroup.Values.Where(s => s.Matches > 0).Append(model.Overall))
            {
                Assert.True(double.IsFinite(summary.RankedProbabilityScore) && double.IsFinite(summary.LogLoss)
                    && double.IsFinite(summary.BrierScore) && double.IsFinite(summary.Accuracy), $"{model.Model}: {summary}");
            }
        }
    }

    [Fact]
    public void Evaluate_ShortWindow_EveryMatchInTheStoreIsForecastOncePerModel()
    {
        var source = Source();
        var inWindow = source.LoadMatches(new MatchQuery { From = From, To = To });

        var result = Evaluate(source, ShortModels);

        Assert.Equal(inWindow.Count, result.MatchCount);
        Assert.Equal(inWindow.Count * ShortModels.Length, result.Forecasts.Length);
        Assert.Equal(inWindow.Count, result.MatchesByGroup.Values.Sum());
    }

    [Fact]
    public void Evaluate_Uniform_MatchesTheClosedForms()
    {
        var result = Evaluate(Source(), ShortModels);
        var outcomes = result.Forecasts.Where(f => f.Model == ModelKind.Uniform).Select(f => f.Match.Score!.Value.Outcome).ToList();
        var draws = outcomes.Count(o => o == MatchOutcome.Draw);

        var uniform = result.Find(ModelKind.Uniform)!.Overall;

        Assert.Equal(Math.Log(3), uniform.LogLoss, ClosedFormTolerance);
        Assert.Equal(2.0 / 3, uniform.BrierScore, ClosedFormTolerance);
        Assert.Equal(1.0 / 3, uniform.Accuracy, ClosedFormTolerance);
        Assert.Equal(((5.0 / 18 * (outcomes.Count - draws)) + (1.0 / 9 * draws)) / outcomes.Count, uniform.RankedProbabilityScore, ClosedFormTolerance);
    }

    [Fact]
    public void Evaluate_ShortWindow_NoForecastUsesAMatchOnOrAfterItsDate()
    {
        var result = Evaluate(Source(), ShortModels);

        Assert.All(result.Forecasts.Where(f => f.Model != ModelKind.Uniform), f =>
        {
            Assert.NotNull(f.DataThrough);
            Assert.True(f.DataThrough < f.Match.Date, $"{f.Model} forecast of {f.Match} used data through {f.DataThrough}");
        });
    }

    [Fact]
    public void Evaluate_ChangedResultOnADay_ChangesNoForecastUpToThatDay()
    {
        // Reverse the score of every match on 2021-10-10 (a qualifying matchday): forecasts of matches on or before
        // that day must be identical, and some later forecast must change (the ratings took the new results in).
        var day = new DateOnly(2021, 10, 10);
        var original = Source().LoadMatches(new MatchQuery { To = To });
        var altered = original.Select(m => m.Date == day ? m with { Score = new Score(m.Score!.Value.Away, m.Score.Value.Home + 3) } : m).ToList();

        var before = Evaluate(new InMemoryHistorySource(original), ShortModels);
        var after = Evaluate(new InMemoryHistorySource(altered), ShortModels);

        var pairs = before.Forecasts.Zip(after.Forecasts).ToList();
        Assert.All(pairs.Where(p => p.First.Match.Date <= day), p => Assert.Equal(p.First.Forecast, p.Second.Forecast));
        Assert.Contains(pairs, p => p.First.Match.Date > day && p.First.Forecast != p.Second.Forecast);
    }

    [Fact]
    public void Evaluate_DixonColes_FitsOnlyEarlierMatchesAndCountsFallbacks()
    {
        var result = new EvaluationService(Source()).Evaluate(
            new EvaluationRequest(new DateOnly(2021, 10, 1), new DateOnly(2021, 10, 14), [ModelKind.DixonColes]));

        var dixonColes = result.Find(ModelKind.DixonColes)!;
        Assert.Equal(1, dixonColes.Refits);
        Assert.Equal(result.Forecasts.Count(f => f.FellBack), dixonColes.Fallbacks);
        Assert.All(result.Forecasts, f => Assert.True(f.DataThrough < f.Match.Date, $"{f.Match} used data through {f.DataThrough}"));
        Assert.True(double.IsFinite(dixonColes.Overall.RankedProbabilityScore));
    }

    [Fact]
    public void Evaluate_JsonFormat_PrintsOneDocumentWithEveryModelAndSplit()
    {
        var result = CliRunner.Run(store.Environment, "evaluate", "--from", "2021-09-01", "--to", "2021-11-16", "--models", "uniform,elo", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Console);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal(482, root.GetProperty("matches").GetInt32());
        Assert.Equal(["uniform", "elo"], root.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("model").GetString()));
        var metrics = root.GetProperty("models")[0].GetProperty("metrics");
        Assert.Equal(["overall", "worldCupFinals", "qualifiers", "continental", "friendly"], metrics.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Math.Round(Math.Log(3), 6), metrics.GetProperty("overall").GetProperty("logLoss").GetDouble());
        Assert.Equal(JsonValueKind.Null, metrics.GetProperty("worldCupFinals").GetProperty("rps").ValueKind);
        Assert.Equal("elo", root.GetProperty("comparison").GetProperty("baseline").GetString());
    }

    [Fact]
    public void Evaluate_TableFormatRedirected_PrintsTablesWithoutProgress()
    {
        var result = CliRunner.Run(store.Environment, "evaluate", "--from", "2021-09-01", "--to", "2021-11-16", "--models", "uniform,elo");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Walk-forward evaluation, 2021-09-01 to 2021-11-16: 482 matches", result.Console, StringComparison.Ordinal);
        Assert.DoesNotContain(EvaluationProgress.Forecasting, result.Console, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out + result.Error);
    }

    [Fact]
    public void Evaluate_UnknownModel_ExitsTwoOnOneLine()
    {
        var result = CliRunner.RunOffline("evaluate", "--models", "uniform,elo-poison");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --models: 'elo-poison' is not one of uniform, elo, fifa, elo-poisson, dixon-coles\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Evaluate_ToBeforeFrom_ExitsTwo()
    {
        var result = CliRunner.RunOffline("evaluate", "--from", "2021-11-16", "--to", "2021-09-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --to: 2021-09-01 is before --from 2021-11-16\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Evaluate_NegativeDecay_ExitsTwo()
    {
        var result = CliRunner.RunOffline("evaluate", "--dixon-coles-xi", "-0.001");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --dixon-coles-xi: -0.001 is not between 0 and 0.1\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Evaluate_EmptyStore_ExitsTwoAskingForImport()
    {
        var result = CliRunner.RunOffline("evaluate", "--models", "uniform");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("run 'qualify import <folder>' first", result.Error, StringComparison.Ordinal);
    }

    private StoreHistorySource Source() => new(store.DatabasePath, _ => null);

    private static EvaluationResult Evaluate(IHistorySource source, ImmutableArray<ModelKind> models) =>
        new EvaluationService(source).Evaluate(new EvaluationRequest(From, To, models));
}
