using System.Globalization;
using Qualify.Domain.Competitions;
using Qualify.Domain.History;
using Qualify.Domain.Matches;

namespace Qualify.Application;

/// <summary>
/// A result or a fixture to write for a competition, as the API receives it (docs/web.md, "Writes"). Every field is
/// checked by <see cref="ResultWriteService.Write"/>; both goals or neither (a fixture).
/// </summary>
/// <param name="Competition">The competition's id (any case).</param>
/// <param name="Date">The match's date, yyyy-MM-dd.</param>
/// <param name="Home">The home team: a name or an alias of a team of the competition.</param>
/// <param name="Away">The away team.</param>
/// <param name="HomeGoals">The home team's goals, 0 to 99, or <see langword="null"/> for a fixture.</param>
/// <param name="AwayGoals">The away team's goals, 0 to 99, or <see langword="null"/> for a fixture.</param>
public sealed record ResultWriteRequest(string Competition, string? Date, string? Home, string? Away, int? HomeGoals, int? AwayGoals);

/// <summary>
/// Writes a competition's result or fixture to the store (<see cref="IResultLog"/>), after checking it against the
/// definition: teams of the competition that meet in one of its groups or ties (aliases resolved as the CLI resolves
/// them, <see cref="CompetitionTeams"/>), a date inside that stage's window (its history filter's, otherwise the
/// competition's <see cref="CompetitionDefinition.Window"/>), goals from 0 to <see cref="MaxGoals"/>. Nothing is
/// written when a check fails.
/// </summary>
public sealed class ResultWriteService(CompetitionCatalog catalog, IResultLog log, TimeProvider clock)
{
    /// <summary>The most goals one side may be given (99: no international has come close; the record is 31-0, 2001).</summary>
    public const int MaxGoals = 99;

    /// <summary>Checks <paramref name="request"/>, then stores it with its audit row in one transaction.</summary>
    /// <param name="request">The write.</param>
    /// <param name="requestText">The request as received, for the audit.</param>
    /// <param name="keyId">The identifier of the key that authorised it (never the key).</param>
    /// <returns>The match as stored, with canonical team names.</returns>
    /// <exception cref="Domain.UnknownNameException">The competition is unknown.</exception>
    /// <exception cref="UserInputException">A field is missing or out of range, a team is not of the competition, or the date is outside the window.</exception>
    public WrittenMatch Write(ResultWriteRequest request, string requestText, string keyId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var competition = catalog.Find(request.Competition);
        InputValues.ThrowIf(InputValues.First(
            () => GoalsError(request.HomeGoals, "homeGoals"),
            () => GoalsError(request.AwayGoals, "awayGoals"),
            () => (request.HomeGoals is null) != (request.AwayGoals is null) ? "homeGoals, awayGoals: give both (a result) or neither (a fixture)" : null));
        var (date, home, away) = Identify(competition, request.Date, request.Home, request.Away);
        var score = request.HomeGoals is { } h && request.AwayGoals is { } a ? new Score(h, a) : (Score?)null;
        var match = new WrittenMatch(competition.Id, date, home, away, score);
        log.Write(match, new WriteAudit(clock.GetUtcNow().UtcDateTime, requestText, keyId));
        return match;
    }

    /// <summary>
    /// Removes the result or fixture written for the match <paramref name="request"/> names (its goals are ignored), so
    /// that the known match counts again; the removal is audited.
    /// </summary>
    /// <returns>The match as it was written.</returns>
    /// <exception cref="Domain.UnknownNameException">The competition is unknown.</exception>
    /// <exception cref="UserInputException">A field is missing or wrong, or no result was written for that match.</exception>
    public WrittenMatch Remove(ResultWriteRequest request, string requestText, string keyId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var competition = catalog.Find(request.Competition);
        var (date, home, away) = Identify(competition, request.Date, request.Home, request.Away);
        var written = log.Load(competition.Id).FirstOrDefault(w => w.Date == date
            && string.Equals(w.Home, home, StringComparison.Ordinal) && string.Equals(w.Away, away, StringComparison.Ordinal));
        if (written is null || !log.Remove(competition.Id, date, home, away, new WriteAudit(clock.GetUtcNow().UtcDateTime, requestText, keyId)))
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"no result is written for {home} v {away} on {date:yyyy-MM-dd} in {competition.Id}: nothing to remove"));
        }

        return written;
    }

    /// <summary>The match a request names: a real date, two different teams of the competition that meet there, inside the window.</summary>
    private static (DateOnly Date, string Home, string Away) Identify(CompetitionDefinition competition, string? dateText, string? homeText, string? awayText)
    {
        InputValues.ThrowIf(InputValues.First(
            () => dateText is null ? "date: missing (expected yyyy-MM-dd, e.g. 2021-11-16)" : InputValues.DateError(dateText, "date"),
            () => homeText is null ? "home: missing (a team of the competition)" : null,
            () => awayText is null ? "away: missing (a team of the competition)" : null));
        var date = InputValues.ToDate(dateText)!.Value;
        var home = CompetitionTeams.Resolve(competition, homeText!, "home");
        var away = CompetitionTeams.Resolve(competition, awayText!, "away");
        if (string.Equals(home, away, StringComparison.Ordinal))
        {
            throw new UserInputException($"home, away: both name {home}");
        }

        CheckWindow(competition, date, home, away);
        return (date, home, away);
    }

    private static string? GoalsError(int? goals, string field) =>
        goals is { } g && (g < 0 || g > MaxGoals) ? string.Create(CultureInfo.InvariantCulture, $"{field}: {g} is not a number of goals (0 to {MaxGoals})") : null;

    /// <summary>Checks that the two teams meet in a group or tie of some stage, on a date inside that stage's window.</summary>
    private static void CheckWindow(CompetitionDefinition competition, DateOnly date, string home, string away)
    {
        var stages = competition.Stages.Where(s =>
            s.Groups.Any(g => g.Teams.Contains(home, StringComparer.Ordinal) && g.Teams.Contains(away, StringComparer.Ordinal))
            || s.Ties.Any(t => (t.Home.Team, t.Away.Team) == (home, away) || (t.Home.Team, t.Away.Team) == (away, home))).ToList();
        if (stages.Count == 0)
        {
            throw new UserInputException($"home, away: {home} and {away} do not meet in any group or tie of {competition.Id}");
        }

        var windows = stages.Select(s => competition.SourceOf(s) is HistoryFilterSource f ? (From: (DateOnly?)f.From, To: (DateOnly?)f.To) : competition.Window).ToList();
        if (!windows.Any(w => (w.From is null || date >= w.From) && (w.To is null || date <= w.To)))
        {
            var text = string.Join(" or ", windows.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.From:yyyy-MM-dd} to {w.To:yyyy-MM-dd}")));
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd} is outside {competition.Id}'s window for {home} v {away} ({text})"));
        }
    }
}
