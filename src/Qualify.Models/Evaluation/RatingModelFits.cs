using Qualify.Domain.Matches;
using Qualify.Models.Outcomes;

namespace Qualify.Models.Evaluation;

/// <summary>A fitted model and the date of the latest match in its data.</summary>
internal sealed record Fitted<T>(T Model, DateOnly DataThrough);

/// <summary>
/// The models fitted on rating differences (the Elo and FIFA ordered logits, Elo-Poisson): their training data, each
/// match with the ratings before its day, and their refits on everything observed so far.
/// </summary>
internal sealed class RatingModelFits(IReadOnlyCollection<ModelKind> models, EvaluationOptions options, EvaluationRatings ratings)
{
    private readonly bool _elo = models.Contains(ModelKind.Elo);
    private readonly bool _fifa = models.Contains(ModelKind.Fifa);
    private readonly bool _eloPoisson = models.Contains(ModelKind.EloPoisson) || models.Contains(ModelKind.DixonColes);
    private readonly List<OutcomeObservation> _eloOutcomes = [];
    private readonly List<OutcomeObservation> _fifaOutcomes = [];
    private readonly List<EloPoissonObservation> _goals = [];
    private DateOnly? _eloDataThrough;
    private DateOnly? _fifaDataThrough;

    public Fitted<OrderedLogitOutcomeModel>? EloLogit { get; private set; }

    public Fitted<OrderedLogitOutcomeModel>? FifaLogit { get; private set; }

    public Fitted<EloPoissonGoalModel>? EloPoisson { get; private set; }

    public int Refits { get; private set; }

    /// <summary>Adds a played match, with its ratings before the day, to the training data.</summary>
    public void Observe(Match match, double eloDifference, double fifaDifference)
    {
        if (match.Date < options.TrainingStart)
        {
            return;
        }

        var score = match.Score!.Value;
        if (_elo)
        {
            _eloOutcomes.Add(new OutcomeObservation(eloDifference + ratings.Elo.HomeAdvantage(match), match.Neutral, score.Outcome));
        }

        if (_eloPoisson)
        {
            _goals.Add(new EloPoissonObservation(eloDifference, match.Neutral, score));
        }

        _eloDataThrough = match.Date;
        if (ratings.FifaSeedDate is { } seed && match.Date > seed)
        {
            _fifaOutcomes.Add(new OutcomeObservation(fifaDifference, match.Neutral, score.Outcome));
            _fifaDataThrough = match.Date;
        }
    }

    /// <summary>Refits every model on the observations so far (all dated before <paramref name="date"/>).</summary>
    /// <exception cref="EvaluationDataException">Too few matches to fit.</exception>
    public void Refit(DateOnly date)
    {
        Refits++;
        try
        {
            if (_elo)
            {
                EloLogit = new(OrderedLogitOutcomeModel.Fit(_eloOutcomes, ratings.Elo.Scale, fitHomeAdvantage: false), Require(_eloDataThrough));
            }

            if (_fifa)
            {
                var fifa = ratings.Fifa ?? throw new InvalidOperationException("the FIFA model needs the FIFA ratings");
                FifaLogit = new(OrderedLogitOutcomeModel.Fit(_fifaOutcomes, fifa.Scale, fitHomeAdvantage: true), Require(_fifaDataThrough));
            }

            if (_eloPoisson)
            {
                EloPoisson = new(EloPoissonGoalModel.Fit(_goals), Require(_eloDataThrough));
            }
        }
        catch (ArgumentException e)
        {
            var reason = e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : e.Message;
            throw new EvaluationDataException($"too few matches before {date:yyyy-MM-dd} to fit the rating models: {reason}", e);
        }
    }

    private static DateOnly Require(DateOnly? dataThrough) => dataThrough
        ?? throw new ArgumentException("no earlier match to learn from", nameof(dataThrough));
}
