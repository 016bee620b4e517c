using System.Collections.Immutable;
using Qualify.Domain.Matches;
using Qualify.Models;
using Qualify.Models.Evaluation;
using Qualify.Models.Outcomes;
using Qualify.Ratings;
using Qualify.Storage;

namespace Qualify.Application;

/// <summary>The splits of an evaluation by competition: <see cref="CompetitionClassifier.GroupOf"/> of each match's class.</summary>
public static class EvaluationSplits
{
    /// <summary>The groups in report order.</summary>
    public static ImmutableArray<CompetitionGroup> Groups { get; } =
        [CompetitionGroup.WorldCupFinals, CompetitionGroup.Qualifiers, CompetitionGroup.Continental, CompetitionGroup.Friendly];

    /// <summary>A short label of the group.</summary>
    public static string Label(CompetitionGroup group) => group switch
    {
        CompetitionGroup.WorldCupFinals => "World Cup finals",
        CompetitionGroup.Qualifiers => "Qualifiers",
        CompetitionGroup.Continental => "Continental finals and other tournaments",
        CompetitionGroup.Friendly => "Friendlies",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "not a competition group"),
    };

    /// <summary>What the group contains, by competition class (tournament-classes.csv).</summary>
    public static string Contains(CompetitionGroup group) => group switch
    {
        CompetitionGroup.WorldCupFinals => "FIFA World Cup final tournaments",
        CompetitionGroup.Qualifiers => "World Cup qualification, continental-championship qualification and nations-league qualification",
        CompetitionGroup.Continental => "continental championship finals (Euro, Copa América, Africa Cup of Nations, Asian Cup, Gold Cup, ...), nations leagues, major intercontinental tournaments (Confederations Cup, ...) and all other tournaments (regional cups, invitational tournaments, games)",
        CompetitionGroup.Friendly => "friendlies",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "not a competition group"),
    };
}

/// <summary>A request for a walk-forward evaluation.</summary>
/// <param name="From">The first match date evaluated.</param>
/// <param name="To">The last match date evaluated, inclusive; <see langword="null"/> for the latest match in the store.</param>
/// <param name="Models">The models to compare, at least one; duplicates are ignored.</param>
public sealed record EvaluationRequest(DateOnly From, DateOnly? To, ImmutableArray<ModelKind> Models);

/// <summary>
/// How the evaluation fits its models. Immutable; <see cref="Default"/> is what <c>qualify evaluate</c> uses.
/// </summary>
public sealed record EvaluationOptions
{
    /// <summary>The defaults described on each property.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>
    /// How often the ordered logits (elo, fifa) and the Elo-Poisson model are refitted: default quarterly (1 January,
    /// 1 April, 1 July, 1 October, and the first evaluated date), each time on every earlier match since
    /// <see cref="TrainingStart"/>.
    /// </summary>
    public RefitSchedule RatingModelRefits { get; init; } = RefitSchedule.Quarterly;

    /// <summary>
    /// The first match the rating-based models learn from: default 1990-01-01 (the ratings have settled well before;
    /// about 30,000 matches by 2010). The FIFA model learns only from matches after its seed date.
    /// </summary>
    public DateOnly TrainingStart { get; init; } = new(1990, 1, 1);

    /// <summary>How often Dixon-Coles is refitted: default monthly (the first of every month, and the first evaluated date).</summary>
    public RefitSchedule DixonColesRefits { get; init; } = RefitSchedule.Monthly;

    /// <summary>
    /// The Dixon-Coles window, ξ and fit settings: default <see cref="DixonColesFitOptions.Default"/> (16 years,
    /// ξ = 0.0006 per day, chosen on a validation period before the default evaluation), the same as
    /// <c>qualify forecast --model dixon-coles</c>.
    /// </summary>
    public DixonColesFitOptions DixonColes { get; init; } = DixonColesFitOptions.Default;

    /// <summary>
    /// Years between the FIFA ranking's seed and the first evaluated date, when that date is before FIFA's own start
    /// (2018-06-06): the FIFA SUM ranking is then seeded this many years before the evaluation so that it has settled
    /// (<see cref="RatingSeed.Fifa"/>). Default 4, one World Cup cycle.
    /// </summary>
    public int FifaBurnInYears { get; init; } = 4;

    /// <summary>
    /// A Dixon-Coles expected goal count above which the prediction falls back to Elo-Poisson: default 60 (beyond it
    /// the scoreline matrix cannot hold the distribution within 100 goals; only teams with a handful of lopsided
    /// results reach it).
    /// </summary>
    public double DixonColesLargestMean { get; init; } = 60;
}

/// <summary>One forecast of the evaluation.</summary>
/// <param name="Match">The match forecast.</param>
/// <param name="Model">The model.</param>
/// <param name="Forecast">The outcome probabilities.</param>
/// <param name="DataThrough">
/// The date of the latest match that any input of the forecast came from (the ratings before the match and the data
/// of the fitted parameters); <see langword="null"/> when the forecast used no match (uniform). Always before
/// <see cref="Match"/>'s date: the evaluation is walk-forward.
/// </param>
/// <param name="FellBack">Whether Dixon-Coles could not predict the match and Elo-Poisson's forecast was used.</param>
public sealed record EvaluationForecast(Match Match, ModelKind Model, OutcomeProbabilities Forecast, DateOnly? DataThrough, bool FellBack);

/// <summary>The scores of one model.</summary>
/// <param name="Model">The model.</param>
/// <param name="Overall">Over every evaluated match.</param>
/// <param name="ByGroup">By competition group (<see cref="EvaluationSplits"/>); every group is present, possibly with 0 matches.</param>
/// <param name="Refits">How many times its parameters were fitted.</param>
/// <param name="Fallbacks">Forecasts that fell back to Elo-Poisson (Dixon-Coles only).</param>
/// <param name="LatestFit">The parameters of its last fit, as text; <see langword="null"/> for uniform.</param>
public sealed record ModelEvaluation(
    ModelKind Model, MetricSummary Overall, ImmutableDictionary<CompetitionGroup, MetricSummary> ByGroup, int Refits, int Fallbacks, string? LatestFit);

/// <summary>The result of a walk-forward evaluation.</summary>
/// <param name="From">The first date evaluated.</param>
/// <param name="To">The last date evaluated.</param>
/// <param name="MatchCount">The matches evaluated (every played match dated in [From, To]).</param>
/// <param name="MatchesByGroup">The evaluated matches in each competition group.</param>
/// <param name="Models">The scores, in the order requested.</param>
/// <param name="Forecasts">Every forecast, by match then model in request order.</param>
/// <param name="FifaSeedDate">The date the FIFA ranking was seeded at, if the FIFA model was run.</param>
/// <param name="Options">The fitting options used.</param>
public sealed record EvaluationResult(
    DateOnly From,
    DateOnly To,
    int MatchCount,
    ImmutableDictionary<CompetitionGroup, int> MatchesByGroup,
    ImmutableArray<ModelEvaluation> Models,
    ImmutableArray<EvaluationForecast> Forecasts,
    DateOnly? FifaSeedDate,
    EvaluationOptions Options)
{
    /// <summary>The scores of <paramref name="model"/>, if it was evaluated.</summary>
    public ModelEvaluation? Find(ModelKind model) => Models.FirstOrDefault(m => m.Model == model);
}

/// <summary>Progress of an evaluation: a stage and how far it is.</summary>
/// <param name="Stage">What is being done: <see cref="FittingDixonColes"/> or <see cref="Forecasting"/>.</param>
/// <param name="Done">Units done (fits, or matches forecast).</param>
/// <param name="Total">Units in the stage.</param>
public readonly record struct EvaluationProgress(string Stage, int Done, int Total)
{
    /// <summary>The stage that fits Dixon-Coles at every refit date (in parallel).</summary>
    public const string FittingDixonColes = "fitting Dixon-Coles";

    /// <summary>The stage that walks through the matches.</summary>
    public const string Forecasting = "forecasting matches";
}

/// <summary>
/// Compares outcome forecasts walk-forward: every match dated in [from, to] is forecast only from matches dated
/// strictly before it, then scored with the ranked probability score, log-loss, Brier score and accuracy
/// (<see cref="Metrics"/>), overall and by competition group.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Ratings.</b> One <see cref="RatingRun"/> per system, fed match by match (same-day matches in the order of
/// <c>results.csv</c>): World Football Elo from the first match in the store; the FIFA SUM ranking from its seed at
/// the first evaluated date (<see cref="RatingSeed.Fifa"/>: FIFA's own start, 2018-06-06, when the evaluation starts
/// on or after it; otherwise <see cref="EvaluationOptions.FifaBurnInYears"/> before the first evaluated date, from the
/// ratings known then). The matches of one day are forecast with the ratings before that day, then rated.
/// The FIFA window and round contexts (<see cref="FifaMatchContexts"/>) are inferred from the fixtures' dates and
/// tournaments, information known when a match is played; no later score enters a forecast.</item>
/// <item><b>Fitted parameters</b> are refitted on a schedule (<see cref="EvaluationOptions"/>): the ordered logits and
/// Elo-Poisson quarterly on every earlier match since 1990 (with each match's ratings before it); Dixon-Coles, by
/// default, monthly with <see cref="DixonColesWindow"/> and <see cref="DixonColesFitOptions.Default"/> (the 16 years before the refit date,
/// ξ = 0.0006 per day, weights counted to the last match in the window), largest connected component of teams.</item>
/// <item><b>Fallback.</b> A match with a team outside the fitted Dixon-Coles set (new, or not connected to the
/// largest component) — or with an expected goal count above <see cref="EvaluationOptions.DixonColesLargestMean"/> —
/// gets the Elo-Poisson forecast, counted in <see cref="ModelEvaluation.Fallbacks"/>.</item>
/// </list>
/// </remarks>
public sealed class EvaluationService(IHistorySource history)
{
    /// <summary>Runs the evaluation with <see cref="EvaluationOptions.Default"/>.</summary>
    /// <exception cref="UserInputException">The dates are out of order, no model is named, the store is empty or holds no match in the period.</exception>
    public EvaluationResult Evaluate(EvaluationRequest request, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Evaluate(request, EvaluationOptions.Default, progress, cancellationToken);

    /// <summary>Runs the evaluation of <paramref name="request"/> with <paramref name="options"/>.</summary>
    /// <exception cref="UserInputException">The dates are out of order, no model is named, the store is empty or holds no match in the period.</exception>
    public EvaluationResult Evaluate(EvaluationRequest request, EvaluationOptions options, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var models = request.Models.IsDefault ? [] : request.Models.Distinct().ToImmutableArray();
        if (models.IsEmpty)
        {
            throw new UserInputException("no model to evaluate");
        }

        if (request.To is { } end && end < request.From)
        {
            throw new UserInputException($"the period is empty: --from {request.From:yyyy-MM-dd} is after --to {end:yyyy-MM-dd}");
        }

        var matches = history.LoadMatches(new MatchQuery { To = request.To, InFileOrder = true }).Where(m => m.IsPlayed).OrderBy(m => m.Date).ToArray();
        var to = request.To ?? (matches.Length == 0 ? request.From : matches[^1].Date);
        if (!matches.Any(m => m.Date >= request.From))
        {
            throw new UserInputException($"no match in the history store from {request.From:yyyy-MM-dd} to {to:yyyy-MM-dd}");
        }

        // Nothing can be forecast before the first match: starting there keeps the burn-in and fitting windows, which
        // reach years back from the start, within the calendar whatever --from says.
        var from = request.From < matches[0].Date ? matches[0].Date : request.From;
        return new WalkForward(matches, from, to, models, options, progress, cancellationToken).Run();
    }

    /// <summary>A fitted model and the date of the latest match in its data.</summary>
    private sealed record Fitted<T>(T Model, DateOnly DataThrough);

    /// <summary>One evaluation run: the state of the walk through the matches.</summary>
    private sealed class WalkForward
    {
        private readonly Match[] _matches;
        private readonly CompetitionClass[] _classes;
        private readonly DateOnly _from;
        private readonly DateOnly _to;
        private readonly ImmutableArray<ModelKind> _models;
        private readonly EvaluationOptions _options;
        private readonly IProgress<EvaluationProgress>? _progress;
        private readonly CancellationToken _cancellationToken;
        private readonly bool _needFifa;
        private readonly bool _needEloPoisson;

        private readonly List<OutcomeObservation> _eloOutcomes = [];
        private readonly List<OutcomeObservation> _fifaOutcomes = [];
        private readonly List<EloPoissonObservation> _goals = [];
        private DateOnly? _eloDataThrough;
        private DateOnly? _fifaDataThrough;

        private Fitted<OrderedLogitOutcomeModel>? _eloLogit;
        private Fitted<OrderedLogitOutcomeModel>? _fifaLogit;
        private Fitted<EloPoissonGoalModel>? _eloPoisson;
        private int _ratingModelRefits;
        private double _fifaScale;

        public WalkForward(Match[] matches, DateOnly from, DateOnly to, ImmutableArray<ModelKind> models, EvaluationOptions options,
            IProgress<EvaluationProgress>? progress, CancellationToken cancellationToken)
        {
            _matches = matches;
            _classes = [.. matches.Select(m => CompetitionClassifier.Classify(m.Tournament))];
            _from = from;
            _to = to;
            _models = models;
            _options = options;
            _progress = progress;
            _cancellationToken = cancellationToken;
            _needFifa = models.Contains(ModelKind.Fifa);
            _needEloPoisson = models.Contains(ModelKind.EloPoisson) || models.Contains(ModelKind.DixonColes);
        }

        public EvaluationResult Run()
        {
            var dixonColes = _models.Contains(ModelKind.DixonColes) ? FitDixonColes() : null;
            var elo = RatingRun.Start(WorldFootballElo.Instance);
            RatingSeed? fifaSeed = null;
            RatingRun? fifa = null;
            if (_needFifa)
            {
                fifaSeed = RatingSeed.Fifa(_matches, _from, _options.FifaBurnInYears);
                var ranking = new FifaSumRanking(new FifaMatchContexts(_matches).Of);
                _fifaScale = ranking.Scale;
                fifa = RatingRun.Start(ranking, fifaSeed);
            }

            var accumulators = _models.ToDictionary(m => m, _ => new Accumulators());
            var fallbacks = _models.ToDictionary(m => m, _ => 0);
            var forecasts = ImmutableArray.CreateBuilder<EvaluationForecast>();
            var byGroup = EvaluationSplits.Groups.ToDictionary(g => g, _ => 0);
            var total = _matches.Count(m => m.Date >= _from);
            var done = 0;
            var nextRefit = _from;
            var dixonColesIndex = -1;
            var eloDifferences = new double[_matches.Length];
            var fifaDifferences = new double[_matches.Length];
            for (var start = 0; start < _matches.Length;)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var date = _matches[start].Date;
                var end = start;
                while (end < _matches.Length && _matches[end].Date == date)
                {
                    end++;
                }

                // Every match of the day sees the ratings before the day.
                for (var i = start; i < end; i++)
                {
                    eloDifferences[i] = elo.RatingOf(_matches[i].Home) - elo.RatingOf(_matches[i].Away);
                    fifaDifferences[i] = fifa is null ? 0 : fifa.RatingOf(_matches[i].Home) - fifa.RatingOf(_matches[i].Away);
                }

                if (date >= _from)
                {
                    if (date >= nextRefit)
                    {
                        RefitRatingModels(date);
                        nextRefit = _options.RatingModelRefits.NextAfter(date);
                    }

                    while (dixonColes is not null && dixonColesIndex + 1 < dixonColes.Dates.Count && dixonColes.Dates[dixonColesIndex + 1] <= date)
                    {
                        dixonColesIndex++;
                    }

                    for (var i = start; i < end; i++)
                    {
                        var match = _matches[i];
                        var outcome = match.Score!.Value.Outcome;
                        var group = CompetitionClassifier.GroupOf(_classes[i]);
                        byGroup[group]++;
                        foreach (var model in _models)
                        {
                            var forecast = Forecast(model, match, eloDifferences[i], fifaDifferences[i], elo, fifa, dixonColes, dixonColesIndex);
                            forecasts.Add(forecast);
                            accumulators[model].Add(group, forecast.Forecast, outcome);
                            if (forecast.FellBack)
                            {
                                fallbacks[model]++;
                            }
                        }
                    }

                    done += end - start;
                    _progress?.Report(new EvaluationProgress(EvaluationProgress.Forecasting, done, total));
                }

                for (var i = start; i < end; i++)
                {
                    var match = _matches[i];
                    Observe(match, eloDifferences[i], fifaDifferences[i], fifaSeed);
                    elo.Rate(match);
                    fifa?.Rate(match);
                }

                start = end;
            }

            var evaluations = _models.Select(model => new ModelEvaluation(
                model,
                accumulators[model].Overall.ToSummary(),
                accumulators[model].ByGroup.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.ToSummary()),
                model switch
                {
                    ModelKind.Uniform => 0,
                    ModelKind.DixonColes => dixonColes?.Fits.Count(f => f is not null) ?? 0,
                    _ => _ratingModelRefits,
                },
                fallbacks[model],
                model switch
                {
                    ModelKind.Elo => _eloLogit?.Model.ToString(),
                    ModelKind.Fifa => _fifaLogit?.Model.ToString(),
                    ModelKind.EloPoisson => _eloPoisson?.Model.ToString(),
                    ModelKind.DixonColes => dixonColes?.Fits.LastOrDefault(f => f is not null)?.Model.ToString(),
                    _ => null,
                })).ToImmutableArray();

            return new EvaluationResult(_from, _to, total, byGroup.ToImmutableDictionary(), evaluations, forecasts.ToImmutable(), fifaSeed?.Date, _options);
        }

        private EvaluationForecast Forecast(ModelKind model, Match match, double eloDifference, double fifaDifference,
            RatingRun elo, RatingRun? fifa, DixonColesFits? dixonColes, int dixonColesIndex)
        {
            switch (model)
            {
                case ModelKind.Uniform:
                    return new EvaluationForecast(match, model, OutcomeProbabilities.Uniform, null, false);
                case ModelKind.Elo:
                {
                    var fit = _eloLogit!;
                    var homeAdvantage = WorldFootballElo.Instance.HomeAdvantage(match);
                    return new EvaluationForecast(match, model, fit.Model.Predict(eloDifference + homeAdvantage, match.Neutral), Latest(elo.LastDate, fit.DataThrough), false);
                }

                case ModelKind.Fifa:
                {
                    var fit = _fifaLogit!;
                    return new EvaluationForecast(match, model, fit.Model.Predict(fifaDifference, match.Neutral), Latest(fifa!.LastDate, fit.DataThrough), false);
                }

                case ModelKind.EloPoisson:
                    return EloPoissonForecast(match, model, eloDifference, elo, fellBack: false);
                case ModelKind.DixonColes:
                {
                    var fit = dixonColes is not null && dixonColesIndex >= 0 ? dixonColes.Fits[dixonColesIndex] : null;
                    if (fit is not null && fit.Model.Contains(match.Home) && fit.Model.Contains(match.Away))
                    {
                        var (lambda, mu) = fit.Model.ExpectedGoals(match.Home, match.Away, match.Neutral);
                        if (double.IsFinite(lambda) && double.IsFinite(mu) && Math.Max(lambda, mu) <= _options.DixonColesLargestMean)
                        {
                            var distribution = fit.Model.Predict(match.Home, match.Away, match.Neutral, ScorelineDistributionOutcomes.TruncationFor(lambda, mu));
                            return new EvaluationForecast(match, model, distribution.ToOutcomeProbabilities(), fit.DataThrough, false);
                        }
                    }

                    return EloPoissonForecast(match, model, eloDifference, elo, fellBack: true);
                }

                default:
                    throw new ArgumentOutOfRangeException(nameof(model), model, "not an evaluation model");
            }
        }

        private EvaluationForecast EloPoissonForecast(Match match, ModelKind model, double eloDifference, RatingRun elo, bool fellBack)
        {
            var fit = _eloPoisson!;
            var forecast = fit.Model.Predict(eloDifference, match.Neutral).ToOutcomeProbabilities();
            return new EvaluationForecast(match, model, forecast, Latest(elo.LastDate, fit.DataThrough), fellBack);
        }

        private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

        /// <summary>Adds a played match, with its ratings before the day, to the training data of the rating models.</summary>
        private void Observe(Match match, double eloDifference, double fifaDifference, RatingSeed? fifaSeed)
        {
            if (match.Date < _options.TrainingStart)
            {
                return;
            }

            var score = match.Score!.Value;
            if (_models.Contains(ModelKind.Elo))
            {
                _eloOutcomes.Add(new OutcomeObservation(eloDifference + WorldFootballElo.Instance.HomeAdvantage(match), match.Neutral, score.Outcome));
            }

            if (_needEloPoisson)
            {
                _goals.Add(new EloPoissonObservation(eloDifference, match.Neutral, score));
            }

            _eloDataThrough = match.Date;
            if (fifaSeed is not null && match.Date > fifaSeed.Date)
            {
                _fifaOutcomes.Add(new OutcomeObservation(fifaDifference, match.Neutral, score.Outcome));
                _fifaDataThrough = match.Date;
            }
        }

        /// <summary>Refits the ordered logits and Elo-Poisson on every observation so far (all dated before the current day).</summary>
        private void RefitRatingModels(DateOnly date)
        {
            _ratingModelRefits++;
            try
            {
                if (_models.Contains(ModelKind.Elo))
                {
                    _eloLogit = new(OrderedLogitOutcomeModel.Fit(_eloOutcomes, WorldFootballElo.Instance.Scale, fitHomeAdvantage: false), Require(_eloDataThrough));
                }

                if (_needFifa)
                {
                    _fifaLogit = new(OrderedLogitOutcomeModel.Fit(_fifaOutcomes, _fifaScale, fitHomeAdvantage: true), Require(_fifaDataThrough));
                }

                if (_needEloPoisson)
                {
                    _eloPoisson = new(EloPoissonGoalModel.Fit(_goals), Require(_eloDataThrough));
                }
            }
            catch (ArgumentException e)
            {
                var reason = e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : e.Message;
                throw new UserInputException($"too few matches before {date:yyyy-MM-dd} to fit the rating models: {reason}", e);
            }
        }

        private static DateOnly Require(DateOnly? dataThrough) => dataThrough
            ?? throw new ArgumentException("no earlier match to learn from", nameof(dataThrough));

        /// <summary>Fits Dixon-Coles at every refit date, in parallel: each fit reads only the matches before its date.</summary>
        private DixonColesFits FitDixonColes()
        {
            var dates = _options.DixonColesRefits.Dates(_from, _to);
            var fits = new Fitted<DixonColesGoalModel>?[dates.Count];
            var done = 0;
            _progress?.Report(new EvaluationProgress(EvaluationProgress.FittingDixonColes, 0, dates.Count));
            Parallel.For(0, dates.Count, new ParallelOptions { CancellationToken = _cancellationToken }, k =>
            {
                if (DixonColesWindow.Fit(_matches, dates[k], _options.DixonColes) is { } fit)
                {
                    // The weights count to the last match of the window: the latest data of the fit.
                    fits[k] = new(fit, fit.ReferenceDate);
                }

                _progress?.Report(new EvaluationProgress(EvaluationProgress.FittingDixonColes, Interlocked.Increment(ref done), dates.Count));
            });

            return new DixonColesFits(dates, fits);
        }

        private sealed record DixonColesFits(IReadOnlyList<DateOnly> Dates, Fitted<DixonColesGoalModel>?[] Fits);

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
}
