using Qualify.Domain.Teams;
using Qualify.Ratings;
using Qualify.Domain.History;

namespace Qualify.Application;

/// <summary>Which rating system to run.</summary>
public enum RatingSystemKind
{
    /// <summary>The World Football Elo ratings.</summary>
    Elo,

    /// <summary>The FIFA/Coca-Cola "SUM" ranking.</summary>
    Fifa,
}

/// <summary>The names a user types for each <see cref="RatingSystemKind"/> (<c>--system</c>): <c>elo</c> and <c>fifa</c>.</summary>
public static class RatingSystems
{
    /// <summary>The names, in the enum's order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["elo", "fifa"];

    /// <summary>The system named <paramref name="name"/>, one of <see cref="Names"/> (already checked).</summary>
    public static RatingSystemKind FromName(string name) => name == "fifa" ? RatingSystemKind.Fifa : RatingSystemKind.Elo;
}

/// <summary>A request for ratings.</summary>
/// <param name="System">The system.</param>
/// <param name="AsOf">Rate matches up to and including this date; <see langword="null"/> for all.</param>
/// <param name="Team">A team to focus on, as typed (aliases and former names accepted).</param>
/// <param name="WithHistory">Whether to keep the team's series.</param>
/// <param name="Top">How many rows of the table to show when no team is asked for, 1 or more.</param>
public sealed record RatingsRequest(RatingSystemKind System, DateOnly? AsOf, string? Team, bool WithHistory, int Top)
{
    /// <summary>How many rows are listed when the request names no number (<c>--top</c>).</summary>
    public const int DefaultTop = 20;
}

/// <summary>Ratings computed from the history store.</summary>
/// <param name="Run">The computed run.</param>
/// <param name="Team">The resolved team of the request, if any.</param>
/// <param name="Rows">The rows to show: the team's alone, or the first <see cref="RatingsRequest.Top"/> of the table.</param>
/// <param name="Series">With <see cref="RatingsRequest.WithHistory"/> and a team, its rating after each match; otherwise <see langword="null"/>.</param>
public sealed record RatingsResult(RatingRun Run, string? Team, IReadOnlyList<RatingEntry> Rows, IReadOnlyList<RatingPoint>? Series);

/// <summary>
/// Runs the rating systems over the history store's matches up to the as-of date (same-day matches in the order of
/// <c>results.csv</c>): nothing after the date enters the ratings, the FIFA seed or its windows and rounds.
/// </summary>
public sealed class RatingsService(IHistorySource history)
{
    /// <summary>The runs computed, per store version, date and system (<see cref="HistoryDerivedCache"/>): a run with every team's history is several megabytes.</summary>
    private readonly HistoryDerivedCache _derived = new(capacity: 8);

    /// <summary>Computes the ratings of <paramref name="request"/>.</summary>
    /// <exception cref="UserInputException">The store is empty.</exception>
    /// <exception cref="Domain.UnknownNameException">The team is unknown.</exception>
    /// <exception cref="UserInputException">The team has no rated match by the date.</exception>
    public RatingsResult Compute(RatingsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? team = null;
        if (request.Team is { } typed)
        {
            team = new TeamDirectory(history.LoadTeams(), history.LoadFormerNames()).Resolve(typed);
        }

        var key = FormattableString.Invariant($"{request.System}|{request.AsOf:yyyy-MM-dd}|{request.WithHistory}");
        var run = _derived.GetOrAdd(history.Version, key, () =>
        {
            var matches = history.LoadMatches(new MatchQuery { To = request.AsOf, InFileOrder = true });
            return request.System switch
            {
                RatingSystemKind.Fifa => RatingRun.Fifa(matches, request.AsOf, request.WithHistory),
                _ => RatingRun.Elo(matches, request.AsOf, request.WithHistory),
            };
        });
        var table = run.Table();
        if (team is null)
        {
            return new RatingsResult(run, null, [.. table.Take(request.Top)], null);
        }

        var focus = table.FirstOrDefault(e => e.Team == team)
            ?? throw new UserInputException($"{team} has no rated match{(request.AsOf is { } asOf ? FormattableString.Invariant($" by {asOf:yyyy-MM-dd}") : string.Empty)}");
        return new RatingsResult(run, team, [focus], request.WithHistory ? run.HistoryOf(team) : null);
    }
}
