namespace Qualify.Storage.Entities;

/// <summary>One row of <c>former_names.csv</c>: a name a team played under between two dates.</summary>
public sealed class FormerNameEntity
{
    /// <summary>The row's key, assigned by the importer in file order.</summary>
    public int Id { get; set; }

    /// <summary>The key of the team under its current name.</summary>
    public int TeamId { get; set; }

    /// <summary>The team under its current name.</summary>
    public TeamEntity Team { get; set; } = null!;

    /// <summary>The former name, for example "Dahomey" for Benin.</summary>
    public required string Former { get; set; }

    /// <summary>The first match date under the former name.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>The last match date under the former name.</summary>
    public DateOnly EndDate { get; set; }
}
