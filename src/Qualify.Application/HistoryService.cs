using Qualify.Domain;
using Qualify.Domain.History;
using Qualify.Domain.Teams;

namespace Qualify.Application;

/// <summary>A head-to-head request: two teams as typed, and optional filters.</summary>
/// <param name="TeamA">The first team (aliases and former names accepted).</param>
/// <param name="TeamB">The second team.</param>
/// <param name="Before">
/// Only matches strictly before this date; also the date "days since" counts to. Default: matches up to and including
/// today (the clock's date, UTC), days counted to today.
/// </param>
/// <param name="Since">Only matches on or after this date.</param>
/// <param name="Tournament">Only tournaments whose name contains this text (case-insensitive).</param>
public sealed record HeadToHeadRequest(string TeamA, string TeamB, DateOnly? Before, DateOnly? Since, string? Tournament);

/// <summary>A team report request.</summary>
/// <param name="Team">The team as typed (aliases and former names accepted).</param>
/// <param name="Before">Only matches strictly before this date; <see langword="null"/> for all.</param>
public sealed record TeamRequest(string Team, DateOnly? Before);

/// <summary>A records request.</summary>
/// <param name="Team">One team as typed, or <see langword="null"/> for records across every team.</param>
/// <param name="Before">Only matches strictly before this date; <see langword="null"/> for all.</param>
/// <param name="Top">How many entries each list holds, 1 or more.</param>
public sealed record RecordsRequest(string? Team, DateOnly? Before, int Top = RecordsRequest.DefaultTop)
{
    /// <summary>How many entries each list holds when the request names no number (<c>--top</c>).</summary>
    public const int DefaultTop = 10;
}

/// <summary>
/// History questions over the store: head-to-head records, a team's record and scorers, and all-time records. Names
/// resolve through the <see cref="TeamDirectory"/> (former names, aliases, suggestions); a name that can mean more
/// than one team is refused (<see cref="TeamDirectory.Meanings"/>). Matches and goals come from
/// <see cref="IHistorySource.LoadHistory"/>, which the store answers with lean queries.
/// </summary>
public sealed class HistoryService(IHistorySource history, TimeProvider clock)
{
    private KeptDirectory? _directory;

    /// <summary>
    /// The team directory of the store, kept while the store's <see cref="IHistorySource.Version"/> stays the same: an
    /// import (in this process or another sharing the store) gives a new version, and the next read builds it anew.
    /// </summary>
    public TeamDirectory Directory
    {
        get
        {
            var version = history.Version;
            if (_directory is { } kept && kept.Version == version && version.Length > 0)
            {
                return kept.Directory;
            }

            var directory = new TeamDirectory(history.LoadTeams(), history.LoadFormerNames());
            _directory = new KeptDirectory(version, directory);
            return directory;
        }
    }

    /// <summary>The head-to-head report of a request.</summary>
    /// <exception cref="UnknownNameException">A team is unknown.</exception>
    /// <exception cref="AmbiguousNameException">A name is ambiguous.</exception>
    /// <exception cref="UserInputException">Both names are the same team, or the dates leave no window.</exception>
    public HeadToHeadReport HeadToHead(HeadToHeadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var a = Resolve(request.TeamA);
        var b = Resolve(request.TeamB);
        if (a == b)
        {
            throw new UserInputException($"'{request.TeamA}' and '{request.TeamB}' are the same team ({a})");
        }

        // Without --before the report is as of today: matches up to and including today, days counted to today.
        var reference = request.Before ?? Today();
        var before = request.Before ?? reference.AddDays(1);
        CheckWindow(request.Since, before);
        var extract = history.LoadHistory(new HistoryScope { Team = a, Opponent = b, Since = request.Since, Before = before, WithGoals = true });
        var matches = extract.Matches
            .Where(m => request.Tournament is null || m.Tournament.Contains(request.Tournament, StringComparison.OrdinalIgnoreCase));
        return HeadToHeadReport.Build(a, b, matches, reference, extract.Goals);
    }

    /// <summary>A team's report, from its matches strictly before the request's date.</summary>
    /// <exception cref="UnknownNameException">The team is unknown.</exception>
    /// <exception cref="AmbiguousNameException">The name is ambiguous.</exception>
    public TeamReport Team(TeamRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = Resolve(request.Team);
        var extract = history.LoadHistory(new HistoryScope { Team = name, Before = request.Before, WithGoals = true });
        var editions = history.LoadTournamentYears(TeamReport.WorldCupTournament, request.Before);
        return TeamReport.Build(name, extract.Matches, extract.Goals, editions);
    }

    /// <summary>Records of one team or across every team, from the matches strictly before the request's date.</summary>
    /// <exception cref="UnknownNameException">The team is unknown.</exception>
    /// <exception cref="AmbiguousNameException">The name is ambiguous.</exception>
    /// <exception cref="UserInputException">The list length is not positive.</exception>
    public RecordsReport Records(RecordsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Top < 1)
        {
            throw new UserInputException($"--top: {request.Top} is not a positive number");
        }

        var team = request.Team is null ? null : Resolve(request.Team);
        return history.LoadRecords(team, request.Before, request.Top);
    }

    /// <summary>
    /// The dataset name of <paramref name="input"/>, refusing a name that means more than one team with the teams it
    /// can mean (<see cref="TeamDirectory.Resolve"/>).
    /// </summary>
    /// <exception cref="UnknownNameException">The name is unknown (with suggestions).</exception>
    /// <exception cref="AmbiguousNameException">The name is ambiguous.</exception>
    public string Resolve(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Directory.Resolve(input);
    }

    private static void CheckWindow(DateOnly? since, DateOnly? before)
    {
        if (since is { } from && before is { } to && from >= to)
        {
            throw new UserInputException($"--since {from:yyyy-MM-dd} is not before {to:yyyy-MM-dd}: no match can be in between");
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

/// <summary>A team directory and the store version it was read at (one object, so that a reader sees both or neither).</summary>
internal sealed record KeptDirectory(string Version, TeamDirectory Directory);
