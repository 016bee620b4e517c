using Qualify.Domain.Matches;

namespace Qualify.Models.Evaluation;

/// <summary>
/// A rating system that the walk-forward evaluation feeds match by match: it reads the ratings before a day's
/// matches, then rates them. The models do not reference the rating systems (Qualify.Ratings); the application
/// layer adapts its rating run to this interface.
/// </summary>
public interface IMatchRatings
{
    /// <summary>The rating points of the logistic win expectancy 1/(10^(−d/Scale)+1): World Football Elo 400, FIFA SUM 600.</summary>
    double Scale { get; }

    /// <summary>The date of the latest match rated; <see langword="null"/> before the first.</summary>
    DateOnly? LastDate { get; }

    /// <summary>The rating points the system adds to the home team of <paramref name="match"/> (0 at a neutral venue or for a system without one).</summary>
    double HomeAdvantage(Match match);

    /// <summary>The rating of <paramref name="team"/> now.</summary>
    double RatingOf(string team);

    /// <summary>Rates a played match (matches must come in date order).</summary>
    void Rate(Match match);
}

/// <summary>The ratings the evaluation feeds.</summary>
/// <param name="Elo">World Football Elo from the first match.</param>
/// <param name="Fifa">The FIFA SUM ranking from its seed, when <see cref="ModelKind.Fifa"/> is evaluated; otherwise <see langword="null"/>.</param>
/// <param name="FifaSeedDate">The date the FIFA ranking was seeded at: its model learns only from later matches.</param>
public sealed record EvaluationRatings(IMatchRatings Elo, IMatchRatings? Fifa, DateOnly? FifaSeedDate);

/// <summary>The data of an evaluation are too few to fit a model (for example, no match before the first refit date).</summary>
/// <param name="message">What is missing, one line.</param>
/// <param name="innerException">The fit's error.</param>
public sealed class EvaluationDataException(string message, Exception innerException) : Exception(message, innerException);
