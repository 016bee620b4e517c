using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Domain.Competitions;

/// <summary>
/// A round-robin meeting that no known match covers and that can no longer be played where the data is concerned: its
/// group's window has ended by the date. It is reported, never simulated.
/// </summary>
/// <param name="Group">The group.</param>
/// <param name="Home">The team that would host it (the one that has not hosted the other yet).</param>
/// <param name="Away">The other team.</param>
public sealed record MissingMatch(string Group, string Home, string Away)
{
    /// <inheritdoc />
    public override string ToString() => $"{Home} v {Away} (group {Group})";
}

/// <summary>
/// A group at a date, the one place that decides what is played and what is left: the matches that count, the matches
/// still to play, and the round-robin meetings missing from the data. Tables, forecasts and scenarios all use it, so
/// they agree on how many matches are left.
/// </summary>
/// <param name="Counted">The matches played by the date, with awarded results in place of scores.</param>
/// <param name="Remaining">The matches still to play, by date: known fixtures not counted yet, and, while the group's window is open, the meetings the round-robin still owes (dated at the window's end).</param>
/// <param name="Missing">Meetings the round-robin owes that no known match covers, after the window has ended.</param>
public sealed record GroupProgress(ImmutableArray<Match> Counted, ImmutableArray<Match> Remaining, ImmutableArray<MissingMatch> Missing)
{
    /// <summary>
    /// The progress of <paramref name="group"/> of <paramref name="stage"/> at <paramref name="asOf"/>, from every known
    /// match of the group (<paramref name="all"/>, played or scheduled).
    /// </summary>
    /// <remarks>
    /// A round-robin owes each pair one meeting (single) or two (double), whoever hosted them: a pair that met twice with
    /// the same designated home team (a home match played at the opponent's ground) owes nothing more. An owed meeting
    /// that no known match covers is still to play only while the stage's history window is open at the date (the date
    /// is the as-of date, or the group's last known match when there is none); afterwards it is <see cref="Missing"/>.
    /// </remarks>
    public static GroupProgress Of(CompetitionDefinition competition, StageDefinition stage, GroupDefinition group, IReadOnlyList<Match> all, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(all);
        all = WithAwardedMatches(competition, stage, group, all);
        var counted = CompetitionTableBuilder.CountedMatches(competition, all, asOf);
        var countedKeys = counted.Select(Key).ToHashSet();
        var known = all.Where(m => !countedKeys.Contains(Key(m))).Select(m => m with { Score = null }).ToList();
        var owed = Owed(group, counted.Concat(known));
        if (owed.Count == 0)
        {
            return new GroupProgress([.. counted], [.. known.OrderBy(m => m.Date)], []);
        }

        var window = competition.SourceOf(stage) as HistoryFilterSource;
        var reference = asOf ?? (all.Count == 0 ? DateOnly.MinValue : all.Max(m => m.Date));
        if (window is not null && window.To > reference)
        {
            var tournament = window.Tournament;
            var added = owed.Select(o => new Match(window.To, o.Home, o.Away, null, tournament, string.Empty, string.Empty, false));
            return new GroupProgress([.. counted], [.. known.Concat(added).OrderBy(m => m.Date)], []);
        }

        return new GroupProgress([.. counted], [.. known.OrderBy(m => m.Date)], [.. owed.Select(o => new MissingMatch(group.Name, o.Home, o.Away))]);
    }

    /// <summary>
    /// <paramref name="all"/> with the dated decisions between two of the group's teams that no known match covers: a
    /// result awarded for a match the data lacks (for example a forfeit never played) counts as a match of the group.
    /// </summary>
    private static IReadOnlyList<Match> WithAwardedMatches(CompetitionDefinition competition, StageDefinition stage, GroupDefinition group, IReadOnlyList<Match> all)
    {
        var teams = group.Teams.ToHashSet(StringComparer.Ordinal);
        var tournament = (competition.SourceOf(stage) as HistoryFilterSource)?.Tournament ?? "FIFA World Cup qualification";
        var added = competition.Decisions
            .Where(d => d.Date is not null && teams.Contains(d.Home) && teams.Contains(d.Away)
                && !all.Any(m => m.Date == d.Date && string.Equals(m.Home, d.Home, StringComparison.Ordinal) && string.Equals(m.Away, d.Away, StringComparison.Ordinal)))
            .Select(d => new Match(d.Date!.Value, d.Home, d.Away, null, tournament, string.Empty, string.Empty, false))
            .ToList();
        return added.Count == 0 ? all : [.. all, .. added];
    }

    /// <summary>The meetings a round-robin still owes after <paramref name="matches"/>; none for a fixture-list group.</summary>
    private static List<(string Home, string Away)> Owed(GroupDefinition group, IEnumerable<Match> matches)
    {
        if (group.Format == GroupFormat.Fixtures)
        {
            return [];
        }

        var perPair = group.Format == GroupFormat.DoubleRoundRobin ? 2 : 1;
        var met = new Dictionary<(string, string), int>();
        var hosted = new HashSet<(string Home, string Away)>();
        foreach (var m in matches)
        {
            var pair = Pair(m.Home, m.Away);
            met[pair] = met.GetValueOrDefault(pair) + 1;
            hosted.Add((m.Home, m.Away));
        }

        var owed = new List<(string, string)>();
        for (var i = 0; i < group.Teams.Length; i++)
        {
            for (var j = i + 1; j < group.Teams.Length; j++)
            {
                var (a, b) = Pair(group.Teams[i], group.Teams[j]);
                for (var k = met.GetValueOrDefault((a, b)); k < perPair; k++)
                {
                    // The side that has not hosted the other yet hosts the owed meeting; the first in ordinal order otherwise.
                    var home = !hosted.Contains((a, b)) ? (a, b) : !hosted.Contains((b, a)) ? (b, a) : (a, b);
                    hosted.Add(home);
                    owed.Add(home);
                }
            }
        }

        return owed;
    }

    private static (string, string) Pair(string x, string y) => string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x);

    private static (DateOnly, string, string) Key(Match m) => (m.Date, m.Home, m.Away);
}
