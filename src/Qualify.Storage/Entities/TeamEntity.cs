namespace Qualify.Storage.Entities;

/// <summary>
/// A national team as stored: one row per distinct name in <c>results.csv</c> (home and away teams) and in
/// <c>former_names.csv</c> (current names). Names are the dataset's current names, stored verbatim.
/// </summary>
public sealed class TeamEntity
{
    /// <summary>The team's key, assigned by the importer (1, 2, … in ordinal name order).</summary>
    public int Id { get; set; }

    /// <summary>The team's name in the dataset, for example "United States"; unique.</summary>
    public required string Name { get; set; }
}
