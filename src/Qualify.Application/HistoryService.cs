using Qualify.Domain.History;
using Qualify.Domain.Teams;
using Qualify.Storage;

namespace Qualify.Application;

/// <summary>A head-to-head request: two teams as typed, and optional filters.</summary>
/// <param name="TeamA">The first team (aliases and former names accepted).</param>
/// <param name="TeamB">The second team.</param>
/// <param name="Before">Only matches strictly before this date; also the date "days since" counts to.</param>
/// <param name="Since">Only matches on or after this date.</param>
/// <param name="Tournament">Only tournaments whose name contains this text (case-insensitive).</param>
public sealed record HeadToHeadRequest(string TeamA, string TeamB, DateOnly? Before, DateOnly? Since, string? Tournament);

/// <summary>
/// History questions over the store: head-to-head records, a team's record and scorers, and all-time records. Names
/// resolve through the <see cref="TeamDirectory"/> (former names, aliases, suggestions).
/// </summary>
public sealed class HistoryService(IHistorySource history, TimeProvider clock)
{
    private TeamDirectory? _directory;

    /// <summary>The team directory of the store.</summary>
    public TeamDirectory Directory => _directory ??= new TeamDirectory(history.LoadTeams(), history.LoadFormerNames());

    /// <summary>The head-to-head report of a request.</summary>
    /// <exception cref="Domain.UnknownNameException">A team is unknown.</exception>
    /// <exception cref="UserInputException">Both names are the same team.</exception>
    public HeadToHeadReport HeadToHead(HeadToHeadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var a = Directory.Resolve(request.TeamA);
        var b = Directory.Resolve(request.TeamB);
        if (a == b)
        {
            throw new UserInputException($"'{request.TeamA}' and '{request.TeamB}' are the same team ({a})");
        }

        var matches = history.LoadMatches(new MatchQuery { Teams = [a, b], From = request.Since, To = request.Before?.AddDays(-1) })
            .Where(m => request.Tournament is null || m.Tournament.Contains(request.Tournament, StringComparison.OrdinalIgnoreCase));
        return HeadToHeadReport.Build(a, b, matches, request.Before ?? Today());
    }

    /// <summary>A team's report, from its matches strictly before <paramref name="before"/>.</summary>
    public TeamReport Team(string team, DateOnly? before)
    {
        var name = Directory.Resolve(team);
        var to = before?.AddDays(-1);
        var matches = history.LoadMatches(new MatchQuery { Involving = name, To = to });
        var goals = history.LoadGoals(new MatchQuery { Involving = name, To = to }).Select(ToGoal);
        var editions = history.LoadMatches(new MatchQuery { Tournament = TeamReport.WorldCupTournament, To = to }).Select(m => m.Date.Year);
        return TeamReport.Build(name, matches, goals, editions);
    }

    private static Goal ToGoal(GoalRecord g) => new(g.Date, g.Home, g.Away, g.Team, g.Scorer, g.Minute, g.OwnGoal, g.Penalty);

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
