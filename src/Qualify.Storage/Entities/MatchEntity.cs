namespace Qualify.Storage.Entities;

/// <summary>
/// One row of <c>results.csv</c>, with the shootout from <c>shootouts.csv</c> when there was one.
/// The key (<see cref="Date"/>, <see cref="HomeTeamId"/>, <see cref="AwayTeamId"/>) is unique.
/// </summary>
public sealed class MatchEntity
{
    /// <summary>The match's key, assigned by the importer in file order (1 for the first stored row).</summary>
    public int Id { get; set; }

    /// <summary>The local date of the match.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The home (first-named) team's key.</summary>
    public int HomeTeamId { get; set; }

    /// <summary>The home (first-named) team.</summary>
    public TeamEntity HomeTeam { get; set; } = null!;

    /// <summary>The away (second-named) team's key.</summary>
    public int AwayTeamId { get; set; }

    /// <summary>The away (second-named) team.</summary>
    public TeamEntity AwayTeam { get; set; } = null!;

    /// <summary>Home goals after extra time, before any shootout; zero or more.</summary>
    public int HomeScore { get; set; }

    /// <summary>Away goals after extra time, before any shootout; zero or more.</summary>
    public int AwayScore { get; set; }

    /// <summary>The tournament name as written in the dataset, for example "FIFA World Cup qualification".</summary>
    public required string Tournament { get; set; }

    /// <summary>
    /// <see cref="Tournament"/> in upper case (invariant culture), indexed: the provider-independent way to
    /// match a tournament name exactly but case-insensitively (collations differ between SQLite and PostgreSQL).
    /// </summary>
    public required string TournamentKey { get; set; }

    /// <summary>The city or town where the match was played.</summary>
    public required string City { get; set; }

    /// <summary>The country where the match was played, by its name at the time.</summary>
    public required string Country { get; set; }

    /// <summary>Whether the venue was neutral.</summary>
    public bool Neutral { get; set; }

    /// <summary>The key of the penalty shootout winner, or <see langword="null"/> when there was no shootout.</summary>
    public int? ShootoutWinnerId { get; set; }

    /// <summary>The penalty shootout winner, if any.</summary>
    public TeamEntity? ShootoutWinner { get; set; }

    /// <summary>The key of the team that shot first in the shootout, when the dataset records it.</summary>
    public int? ShootoutFirstShooterId { get; set; }

    /// <summary>The team that shot first in the shootout, when the dataset records it.</summary>
    public TeamEntity? ShootoutFirstShooter { get; set; }
}
