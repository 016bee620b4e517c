namespace Qualify.Storage.Entities;

/// <summary>One row of <c>goalscorers.csv</c>: a goal in a stored match.</summary>
public sealed class GoalEntity
{
    /// <summary>The goal's key, assigned by the importer in file order (so goals of a match keep their order).</summary>
    public int Id { get; set; }

    /// <summary>The key of the match the goal was scored in.</summary>
    public int MatchId { get; set; }

    /// <summary>The match the goal was scored in.</summary>
    public MatchEntity Match { get; set; } = null!;

    /// <summary>The key of the team credited with the goal (for an own goal, the team that benefited).</summary>
    public int TeamId { get; set; }

    /// <summary>The team credited with the goal.</summary>
    public TeamEntity Team { get; set; } = null!;

    /// <summary>The scorer's name, or <see langword="null"/> where the dataset writes <c>NA</c> (scorer unknown).</summary>
    public string? Scorer { get; set; }

    /// <summary>The minute of the goal (1 and up; extra time continues past 90), or <see langword="null"/> where the dataset writes <c>NA</c>.</summary>
    public int? Minute { get; set; }

    /// <summary>Whether it was an own goal.</summary>
    public bool OwnGoal { get; set; }

    /// <summary>Whether it was scored from a penalty kick (in play, not in a shootout).</summary>
    public bool Penalty { get; set; }
}
