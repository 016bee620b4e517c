using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Domain.Competitions;

/// <summary>Where the winner or the loser of a knockout tie goes.</summary>
/// <param name="Kind">Qualified, play-off, advanced (an entrant of a later tie or group) or eliminated.</param>
/// <param name="Label">An optional detail, for example "FIFA World Cup 2026".</param>
public sealed record TieOutcome(SlotKind Kind, string? Label)
{
    /// <summary>The id of the final destination (<see cref="CompetitionDefinition.Destinations"/>) a terminal outcome leads to.</summary>
    public string? Destination { get; init; }

    /// <summary>Where an advancing team goes, in words, for example "Match 89".</summary>
    public string? LeadsTo { get; init; }

    /// <summary>The default for a winner: on to a later tie or group.</summary>
    public static TieOutcome Advanced { get; } = new(SlotKind.Advanced, null);

    /// <summary>The default for a loser: out.</summary>
    public static TieOutcome Eliminated { get; } = new(SlotKind.Eliminated, null);
}

/// <summary>
/// A knockout tie between two entrants: one match (extra time, then penalties, when level) or two legs (aggregate; away
/// goals where the era's regulation used them; extra time in the second leg; penalties).
/// </summary>
/// <param name="Name">The tie's name, unique in the competition, for example "Semi-final 1".</param>
/// <param name="Home">The entrant at home in the match, or in the first leg.</param>
/// <param name="Away">The other entrant.</param>
/// <param name="Format">One match or two legs.</param>
public sealed record TieDefinition(string Name, Entrant Home, Entrant Away, PlayoffFormat Format)
{
    /// <summary>One match at a neutral venue (no home advantage).</summary>
    public bool Neutral { get; init; }

    /// <summary>Two legs: whether away goals break a level aggregate (abolished by UEFA from 2021-22).</summary>
    public bool AwayGoals { get; init; }

    /// <summary>Whether a level tie goes to extra time before penalties (true in every FIFA competition since 1970).</summary>
    public bool ExtraTime { get; init; } = true;

    /// <summary>Where the winner goes.</summary>
    public TieOutcome Winner { get; init; } = TieOutcome.Advanced;

    /// <summary>Where the loser goes.</summary>
    public TieOutcome Loser { get; init; } = TieOutcome.Eliminated;

    /// <summary>The legs written in the definition (inline sources); the history store's otherwise.</summary>
    public ImmutableArray<Match> Fixtures { get; init; } = [];

    /// <summary>The team that went through without playing (the opponent withdrew or was excluded), if any.</summary>
    public string? Walkover { get; init; }

    /// <summary>Where the format comes from.</summary>
    public string? Source { get; init; }

    /// <summary>How many matches the tie has: 1 or 2.</summary>
    public int Legs => Format == PlayoffFormat.TwoLegs ? 2 : 1;
}

/// <summary>What decided a knockout tie.</summary>
public enum TieDecision
{
    /// <summary>Not decided yet: a leg is unplayed.</summary>
    Open,

    /// <summary>The score of the match, or the aggregate of both legs (extra time included, as results.csv records it).</summary>
    Score,

    /// <summary>Away goals on a level aggregate.</summary>
    AwayGoals,

    /// <summary>A penalty shoot-out.</summary>
    Penalties,

    /// <summary>A walkover: the opponent withdrew or was excluded.</summary>
    Walkover,
}

/// <summary>A knockout tie at a date: its two teams, the legs played, and its winner once decided.</summary>
/// <param name="Tie">The definition.</param>
/// <param name="Home">The team at home in the match, or in the first leg.</param>
/// <param name="Away">The other team.</param>
/// <param name="Played">The legs played by the date, in order.</param>
/// <param name="Winner">The winner, or <see langword="null"/> while the tie is open.</param>
/// <param name="Decision">What decided it.</param>
public sealed record TieResult(TieDefinition Tie, string Home, string Away, ImmutableArray<Match> Played, string? Winner, TieDecision Decision)
{
    /// <summary>Goals of the home team (of the first leg) over the legs played.</summary>
    public int HomeGoals => Played.Sum(m => m.GoalsOf(Home));

    /// <summary>Goals of the away team (of the first leg) over the legs played.</summary>
    public int AwayGoals => Played.Sum(m => m.GoalsOf(Away));

    /// <summary>The loser, once decided.</summary>
    public string? Loser => Winner is null ? null : string.Equals(Winner, Home, StringComparison.Ordinal) ? Away : Home;
}

/// <summary>
/// Decides a knockout tie from its legs. The rules are those of FIFA's and the confederations' regulations for
/// knockout matches: one match, level after extra time, is decided by kicks from the penalty mark (IFAB Laws of the
/// Game, Law 10); two legs are decided by the aggregate score, then (where applied) by away goals, then by extra time
/// in the second leg (its goals are part of the recorded score), then by penalties (UEFA abolished away goals from
/// 2021-22; which era a tie belongs to is the definition's <see cref="TieDefinition.AwayGoals"/>). The dataset records
/// scores after extra time and the shoot-out winner in <c>shootouts.csv</c>.
/// </summary>
public static class TieDecider
{
    /// <summary>Decides <paramref name="tie"/> between <paramref name="home"/> and <paramref name="away"/> from the legs played.</summary>
    /// <param name="tie">The definition.</param>
    /// <param name="home">The team at home in the match or the first leg.</param>
    /// <param name="away">The other team.</param>
    /// <param name="played">The legs played between the two teams, in date order.</param>
    /// <exception cref="CompetitionDataException">More legs than the format has, or a level tie with no recorded shoot-out.</exception>
    public static TieResult Decide(TieDefinition tie, string home, string away, IReadOnlyList<Match> played)
    {
        ArgumentNullException.ThrowIfNull(tie);
        ArgumentNullException.ThrowIfNull(played);
        if (played.Count > tie.Legs)
        {
            throw new CompetitionDataException($"tie '{tie.Name}' ({home} v {away}) has {played.Count} matches in the data, but its format has {tie.Legs}");
        }

        var legs = played.ToImmutableArray();
        var open = new TieResult(tie, home, away, legs, null, TieDecision.Open);
        if (tie.Walkover is { } walkover)
        {
            return open with { Winner = walkover, Decision = TieDecision.Walkover };
        }

        if (legs.Length < tie.Legs)
        {
            return open;
        }

        if (open.HomeGoals != open.AwayGoals)
        {
            return open with { Winner = open.HomeGoals > open.AwayGoals ? home : away, Decision = TieDecision.Score };
        }

        if (tie.Format == PlayoffFormat.TwoLegs && tie.AwayGoals)
        {
            var homeAway = AwayGoalsOf(legs, home);
            var awayAway = AwayGoalsOf(legs, away);
            if (homeAway != awayAway)
            {
                return open with { Winner = homeAway > awayAway ? home : away, Decision = TieDecision.AwayGoals };
            }
        }

        var shootout = legs[^1].ShootoutWinner;
        return shootout is not null && (string.Equals(shootout, home, StringComparison.Ordinal) || string.Equals(shootout, away, StringComparison.Ordinal))
            ? open with { Winner = shootout, Decision = TieDecision.Penalties }
            : throw new CompetitionDataException(
                $"tie '{tie.Name}' ({home} v {away}) is level after {(tie.Legs == 2 ? "both legs" : "its match")} and the data records no shoot-out winner: add \"penalties\" to the fixture");
    }

    private static int AwayGoalsOf(ImmutableArray<Match> legs, string team) =>
        legs.Where(m => string.Equals(m.Away, team, StringComparison.Ordinal)).Sum(m => m.Score!.Value.Away);
}

/// <summary>The data contradicts a competition's definition, for example a tie with three legs.</summary>
public sealed class CompetitionDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CompetitionDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CompetitionDataException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public CompetitionDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
