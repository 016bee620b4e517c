namespace Qualify.Storage.Entities;

/// <summary>
/// A compact copy of every match's score and every goal's key columns, written by an import in the same transaction
/// as the rows it copies, for the records across every team (<see cref="HistoryQueries.LoadRecords"/>): reading one
/// value instead of about 100,000 rows. It belongs to one import run; a snapshot of an older run is ignored.
/// The format is <see cref="RecordsSnapshot"/>'s.
/// </summary>
public sealed class RecordsSnapshotEntity
{
    /// <summary>The key (one row per store).</summary>
    public int Id { get; set; }

    /// <summary>The import run (<see cref="ImportRunEntity.Id"/>) that wrote it.</summary>
    public int ImportRunId { get; set; }

    /// <summary>The encoded scores and goals.</summary>
    public required byte[] Data { get; set; }
}
