using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Domain.History;

/// <summary>A played match seen from one team's side.</summary>
/// <param name="Match">The match, played (with a score).</param>
/// <param name="Team">The team whose side this is: the match's home or away team.</param>
/// <exception cref="ArgumentException">
/// <paramref name="Match"/> has no score, or <paramref name="Team"/> did not play in it.
/// </exception>
public sealed record TeamResult(Match Match, string Team)
{
    // Validated and read once: the records over every team look at each result several times. Match and Team are
    // get-only, so that a `with` copy cannot pair them with another side's figures.
    private readonly (bool IsHome, int GoalsFor, int GoalsAgainst) _side = SideOf(Match, Team);

    /// <summary>The match.</summary>
    public Match Match { get; } = Match;

    /// <summary>The team whose side this is.</summary>
    public string Team { get; } = Team;

    /// <summary>Whether the team is the home (first-named) team.</summary>
    public bool IsHome => _side.IsHome;

    /// <summary>The opponent.</summary>
    public string Opponent => IsHome ? Match.Away : Match.Home;

    /// <summary>Goals scored by the team.</summary>
    public int GoalsFor => _side.GoalsFor;

    /// <summary>Goals conceded by the team.</summary>
    public int GoalsAgainst => _side.GoalsAgainst;

    /// <summary>
    /// Win, draw or loss on the score after extra time. A match decided by a penalty shootout is a draw here, as in
    /// the dataset's scores (its README: scores exclude shootouts) and in most federations' records.
    /// </summary>
    public Outcome Outcome => OutcomeOf(GoalsFor, GoalsAgainst);

    /// <summary>The venue from the team's side.</summary>
    public Venue Venue => Match.Neutral ? Venue.Neutral : IsHome ? Venue.Home : Venue.Away;

    /// <summary>The broad class of the competition.</summary>
    public CompetitionGroup Competition => CompetitionClassifier.GroupOf(CompetitionClassifier.Classify(Match.Tournament));

    /// <summary>The score from the team's side, "2-1".</summary>
    public string Score => $"{GoalsFor}-{GoalsAgainst}";

    private static (bool IsHome, int GoalsFor, int GoalsAgainst) SideOf(Match match, string team)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (match.Score is not { } score)
        {
            throw new ArgumentException($"{match} has no score: only played matches have a result", nameof(match));
        }

        if (string.Equals(match.Home, team, StringComparison.Ordinal))
        {
            return (true, score.Home, score.Away);
        }

        if (string.Equals(match.Away, team, StringComparison.Ordinal))
        {
            return (false, score.Away, score.Home);
        }

        throw new ArgumentException($"{team} did not play in {match}", nameof(team));
    }

    /// <summary>The outcome of a score from one side: win, draw (a shootout does not count) or loss.</summary>
    public static Outcome OutcomeOf(int goalsFor, int goalsAgainst) =>
        goalsFor > goalsAgainst ? Outcome.Win : goalsFor < goalsAgainst ? Outcome.Loss : Outcome.Draw;

    /// <summary>The team's results among <paramref name="matches"/> (played matches only), by date.</summary>
    public static List<TeamResult> Of(string team, IEnumerable<Match> matches) =>
        [.. matches.Where(m => m.IsPlayed && m.Involves(team)).OrderBy(m => m.Date).Select(m => new TeamResult(m, team))];
}

/// <summary>A result from one side.</summary>
public enum Outcome
{
    /// <summary>Won.</summary>
    Win,

    /// <summary>Drawn (including matches then decided on penalties).</summary>
    Draw,

    /// <summary>Lost.</summary>
    Loss,
}

/// <summary>Where a team played.</summary>
public enum Venue
{
    /// <summary>At home (first-named, venue not neutral).</summary>
    Home,

    /// <summary>Away (second-named, venue not neutral).</summary>
    Away,

    /// <summary>At a neutral venue.</summary>
    Neutral,
}

/// <summary>Played, won, drawn, lost, goals.</summary>
/// <param name="Played">Matches.</param>
/// <param name="Won">Wins.</param>
/// <param name="Drawn">Draws.</param>
/// <param name="Lost">Losses.</param>
/// <param name="GoalsFor">Goals scored.</param>
/// <param name="GoalsAgainst">Goals conceded.</param>
public sealed record Record(int Played, int Won, int Drawn, int Lost, int GoalsFor, int GoalsAgainst)
{
    /// <summary>Goals scored minus goals conceded.</summary>
    public int GoalDifference => GoalsFor - GoalsAgainst;

    /// <summary>The record of each value of <typeparamref name="TKey"/> (an enum), every value present, zero when no result has it.</summary>
    public static ImmutableDictionary<TKey, Record> By<TKey>(IReadOnlyCollection<TeamResult> results, Func<TeamResult, TKey> key)
        where TKey : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(results);
        var groups = results.ToLookup(key);
        return Enum.GetValues<TKey>().ToImmutableDictionary(k => k, k => Of(groups[k]));
    }

    /// <summary>The record of <paramref name="results"/>.</summary>
    public static Record Of(IEnumerable<TeamResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        int p = 0, w = 0, d = 0, l = 0, gf = 0, ga = 0;
        foreach (var r in results)
        {
            p++;
            gf += r.GoalsFor;
            ga += r.GoalsAgainst;
            switch (r.Outcome)
            {
                case Outcome.Win: w++; break;
                case Outcome.Loss: l++; break;
                default: d++; break;
            }
        }

        return new Record(p, w, d, l, gf, ga);
    }
}
