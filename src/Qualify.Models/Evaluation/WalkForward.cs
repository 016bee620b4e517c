using System.Collections.Immutable;
using Qualify.Domain.Matches;
using Qualify.Models.Outcomes;

namespace Qualify.Models.Evaluation;

/// <summary>One evaluation run (<see cref="WalkForwardEvaluation"/>): the state of the walk through the matches.</summary>
internal sealed class WalkForward(Match[] matches, DateOnly from, DateOnly to, ImmutableArray<ModelKind> models, EvaluationOptions options,
    EvaluationRatings ratings, IProgress<EvaluationProgress>? progress, CancellationToken cancellationToken)
{
    private readonly CompetitionClass[] _classes = [.. matches.Select(m => CompetitionClassifier.Classify(m.Tournament))];
    private readonly RatingModelFits _fits = new(models, options, ratings);
    private readonly Dictionary<ModelKind, Accumulators> _accumulators = models.ToDictionary(m => m, _ => new Accumulators());
    private readonly Dictionary<ModelKind, int> _fallbacks = models.ToDictionary(m => m, _ => 0);
    private readonly ImmutableArray<EvaluationForecast>.Builder _forecasts = ImmutableArray.CreateBuilder<EvaluationForecast>();
    private readonly Dictionary<CompetitionGroup, int> _byGroup = EvaluationSplits.Groups.ToDictionary(g => g, _ => 0);
    private readonly double[] _eloDifferences = new double[matches.Length];
    private readonly double[] _fifaDifferences = new double[matches.Length];
    private DixonColesRefits? _dixonColes;

    public EvaluationResult Run()
    {
        _dixonColes = models.Contains(ModelKind.DixonColes) ? DixonColesRefits.Fit(matches, from, to, options, progress, cancellationToken) : null;
        var total = matches.Count(m => m.Date >= from);
        var done = 0;
        var nextRefit = from;
        for (var start = 0; start < matches.Length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var date = matches[start].Date;
            var end = start;
            while (end < matches.Length && matches[end].Date == date)
            {
                end++;
            }

            // Every match of the day sees the ratings before the day.
            for (var i = start; i < end; i++)
            {
                _eloDifferences[i] = ratings.Elo.RatingOf(matches[i].Home) - ratings.Elo.RatingOf(matches[i].Away);
                _fifaDifferences[i] = ratings.Fifa is { } fifa ? fifa.RatingOf(matches[i].Home) - fifa.RatingOf(matches[i].Away) : 0;
            }

            if (date >= from)
            {
                if (date >= nextRefit)
                {
                    _fits.Refit(date);
                    nextRefit = options.RatingModelRefits.NextAfter(date);
                }

                _dixonColes?.AdvanceTo(date);
                ForecastDay(start, end);
                done += end - start;
                progress?.Report(new EvaluationProgress(EvaluationProgress.Forecasting, done, total));
            }

            RateDay(start, end);
            start = end;
        }

        return Result(total);
    }

    /// <summary>Forecasts and scores the matches [start, end) of one day with every model.</summary>
    private void ForecastDay(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var match = matches[i];
            var outcome = match.Score!.Value.Outcome;
            var group = CompetitionClassifier.GroupOf(_classes[i]);
            _byGroup[group]++;
            foreach (var model in models)
            {
                var forecast = Forecast(model, match, _eloDifferences[i], _fifaDifferences[i]);
                _forecasts.Add(forecast);
                _accumulators[model].Add(group, forecast.Forecast, outcome);
                if (forecast.FellBack)
                {
                    _fallbacks[model]++;
                }
            }
        }
    }

    /// <summary>Adds the matches [start, end) of one day to the training data, then rates them.</summary>
    private void RateDay(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var match = matches[i];
            _fits.Observe(match, _eloDifferences[i], _fifaDifferences[i]);
            ratings.Elo.Rate(match);
            ratings.Fifa?.Rate(match);
        }
    }

    private EvaluationResult Result(int total)
    {
        var evaluations = models.Select(model => new ModelEvaluation(
            model,
            _accumulators[model].Overall.ToSummary(),
            _accumulators[model].ByGroup.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.ToSummary()),
            model switch
            {
                ModelKind.Uniform => 0,
                ModelKind.DixonColes => _dixonColes?.Count ?? 0,
                _ => _fits.Refits,
            },
            _fallbacks[model],
            model switch
            {
                ModelKind.Elo => _fits.EloLogit?.Model.ToString(),
                ModelKind.Fifa => _fits.FifaLogit?.Model.ToString(),
                ModelKind.EloPoisson => _fits.EloPoisson?.Model.ToString(),
                ModelKind.DixonColes => _dixonColes?.Latest?.Model.ToString(),
                _ => null,
            })).ToImmutableArray();

        return new EvaluationResult(from, to, total, _byGroup.ToImmutableDictionary(), evaluations, _forecasts.ToImmutable(), ratings.FifaSeedDate, options);
    }

    private EvaluationForecast Forecast(ModelKind model, Match match, double eloDifference, double fifaDifference)
    {
        switch (model)
        {
            case ModelKind.Uniform:
                return new EvaluationForecast(match, model, OutcomeProbabilities.Uniform, null, false);
            case ModelKind.Elo:
            {
                var fit = _fits.EloLogit!;
                var homeAdvantage = ratings.Elo.HomeAdvantage(match);
                return new EvaluationForecast(match, model, fit.Model.Predict(eloDifference + homeAdvantage, match.Neutral), Latest(ratings.Elo.LastDate, fit.DataThrough), false);
            }

            case ModelKind.Fifa:
            {
                var fit = _fits.FifaLogit!;
                return new EvaluationForecast(match, model, fit.Model.Predict(fifaDifference, match.Neutral), Latest(ratings.Fifa!.LastDate, fit.DataThrough), false);
            }

            case ModelKind.EloPoisson:
                return EloPoissonForecast(match, model, eloDifference, fellBack: false);
            case ModelKind.DixonColes:
                return DixonColesForecast(match, eloDifference);
            default:
                throw new ArgumentOutOfRangeException(nameof(model), model, "not an evaluation model");
        }
    }

    private EvaluationForecast DixonColesForecast(Match match, double eloDifference)
    {
        var fit = _dixonColes?.Current;
        if (fit is not null && fit.Model.Contains(match.Home) && fit.Model.Contains(match.Away))
        {
            var (lambda, mu) = fit.Model.ExpectedGoals(match.Home, match.Away, match.Neutral);
            if (double.IsFinite(lambda) && double.IsFinite(mu) && Math.Max(lambda, mu) <= options.DixonColesLargestMean)
            {
                var distribution = fit.Model.Predict(match.Home, match.Away, match.Neutral, ScorelineDistributionOutcomes.TruncationFor(lambda, mu));
                return new EvaluationForecast(match, ModelKind.DixonColes, distribution.ToOutcomeProbabilities(), fit.DataThrough, false);
            }
        }

        return EloPoissonForecast(match, ModelKind.DixonColes, eloDifference, fellBack: true);
    }

    private EvaluationForecast EloPoissonForecast(Match match, ModelKind model, double eloDifference, bool fellBack)
    {
        var fit = _fits.EloPoisson!;
        var forecast = fit.Model.Predict(eloDifference, match.Neutral).ToOutcomeProbabilities();
        return new EvaluationForecast(match, model, forecast, Latest(ratings.Elo.LastDate, fit.DataThrough), fellBack);
    }

    private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private sealed class Accumulators
    {
        public MetricAccumulator Overall { get; } = new();

        public Dictionary<CompetitionGroup, MetricAccumulator> ByGroup { get; } = EvaluationSplits.Groups.ToDictionary(g => g, _ => new MetricAccumulator());

        public void Add(CompetitionGroup group, OutcomeProbabilities forecast, MatchOutcome outcome)
        {
            Overall.Add(forecast, outcome);
            ByGroup[group].Add(forecast, outcome);
        }
    }
}
