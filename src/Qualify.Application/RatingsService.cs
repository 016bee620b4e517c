using Qualify.Domain.Teams;
using Qualify.Ratings;
using Qualify.Storage;

namespace Qualify.Application;

/// <summary>Which rating system to run.</summary>
public enum RatingSystemKind
{
    /// <summary>The World Football Elo ratings.</summary>
    Elo,

    /// <summary>The FIFA/Coca-Cola "SUM" ranking.</summary>
    Fifa,
}

/// <summary>A request for ratings.</summary>
/// <param name="System">The system.</param>
/// <param name="AsOf">Rate matches up to and including this date; <see langword="null"/> for all.</param>
/// <param name="Team">A team to focus on, as typed (aliases and former names accepted).</param>
/// <param name="WithHistory">Whether to keep the team's series.</param>
public sealed record RatingsRequest(RatingSystemKind System, DateOnly? AsOf, string? Team, bool WithHistory);

/// <summary>Ratings computed from the history store.</summary>
/// <param name="Run">The computed run.</param>
/// <param name="Team">The resolved team of the request, if any.</param>
public sealed record RatingsResult(RatingRun Run, string? Team);

/// <summary>
/// Runs the rating systems over the history store's matches up to the as-of date (same-day matches in the order of
/// <c>results.csv</c>): nothing after the date enters the ratings, the FIFA seed or its windows and rounds.
/// </summary>
public sealed class RatingsService(IHistorySource history)
{
    /// <summary>Computes the ratings of <paramref name="request"/>.</summary>
    /// <exception cref="UserInputException">The store is empty.</exception>
    /// <exception cref="Domain.UnknownNameException">The team is unknown.</exception>
    public RatingsResult Compute(RatingsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var matches = history.LoadMatches(new MatchQuery { To = request.AsOf, InFileOrder = true });
        string? team = null;
        if (request.Team is { } typed)
        {
            team = new TeamDirectory(history.LoadTeams(), history.LoadFormerNames()).Resolve(typed);
        }

        var run = request.System switch
        {
            RatingSystemKind.Fifa => RatingRun.Fifa(matches, request.AsOf, request.WithHistory),
            _ => RatingRun.Elo(matches, request.AsOf, request.WithHistory),
        };
        return new RatingsResult(run, team);
    }
}
