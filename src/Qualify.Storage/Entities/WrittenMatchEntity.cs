namespace Qualify.Storage.Entities;

/// <summary>
/// A result or fixture written through the API (docs/web.md, "Writes"): one row per competition, date and pair of
/// teams; writing the same match again replaces its score. Kept by an import, which clears only the imported tables.
/// </summary>
public sealed class WrittenMatchEntity
{
    /// <summary>The competition's id, for example <c>concacaf-2022</c>.</summary>
    public required string Competition { get; set; }

    /// <summary>The date of the match.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The home team's name, resolved as the competition names it.</summary>
    public required string HomeTeam { get; set; }

    /// <summary>The away team's name.</summary>
    public required string AwayTeam { get; set; }

    /// <summary>Home goals, 0 to 99; <see langword="null"/> with <see cref="AwayScore"/> for a fixture.</summary>
    public int? HomeScore { get; set; }

    /// <summary>Away goals, 0 to 99; <see langword="null"/> with <see cref="HomeScore"/> for a fixture.</summary>
    public int? AwayScore { get; set; }
}
