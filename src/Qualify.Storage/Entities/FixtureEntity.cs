namespace Qualify.Storage.Entities;

/// <summary>
/// A scheduled match of the dataset: a row of <c>results.csv</c> whose scores are <c>NA</c>, kept apart from the played
/// matches (<see cref="MatchEntity"/>) so that no read of played matches sees one without a score. Team names are kept
/// as written (a fixture may name a team that has no played match yet).
/// </summary>
public sealed class FixtureEntity
{
    /// <summary>The key: the fixture's position among the file's fixtures (1 for the first).</summary>
    public int Id { get; set; }

    /// <summary>The date of the match.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The home (first-named) team, as in results.csv.</summary>
    public required string HomeTeam { get; set; }

    /// <summary>The away (second-named) team, as in results.csv.</summary>
    public required string AwayTeam { get; set; }

    /// <summary>The tournament name as in results.csv.</summary>
    public required string Tournament { get; set; }

    /// <summary>The city or town.</summary>
    public required string City { get; set; }

    /// <summary>The country.</summary>
    public required string Country { get; set; }

    /// <summary>Whether the venue is neutral.</summary>
    public bool Neutral { get; set; }
}
