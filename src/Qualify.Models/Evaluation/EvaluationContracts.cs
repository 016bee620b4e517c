using System.Collections.Immutable;
using Qualify.Domain.Matches;
using Qualify.Models.Outcomes;

namespace Qualify.Models.Evaluation;

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
    /// (by the FIFA seeding rule of Qualify.Ratings). Default 4, one World Cup cycle.
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

