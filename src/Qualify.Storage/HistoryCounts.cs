namespace Qualify.Storage;

/// <summary>How many rows the history store holds.</summary>
/// <param name="Teams">Teams.</param>
/// <param name="Matches">Matches.</param>
/// <param name="Goals">Goals.</param>
/// <param name="Shootouts">Matches with a penalty shootout.</param>
/// <param name="FormerNames">Former team names.</param>
/// <param name="ImportRuns">Successful imports logged.</param>
public readonly record struct HistoryCounts(int Teams, int Matches, int Goals, int Shootouts, int FormerNames, int ImportRuns)
{
    /// <summary>All zero: an empty or missing store.</summary>
    public static HistoryCounts Empty => default;
}
