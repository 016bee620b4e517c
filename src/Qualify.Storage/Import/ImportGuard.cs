using Qualify.Domain.History;
using System.Globalization;

namespace Qualify.Storage.Import;

/// <summary>
/// Refuses an import in <see cref="ImportMode.Update"/> whose files would remove most (more than half) of the store's
/// matches, goals, shootouts or former names: the mark of a truncated, header-only or wrong file.
/// </summary>
internal static class ImportGuard
{
    /// <exception cref="ImportFormatException">A file would remove most of its kind of rows; names the file.</exception>
    public static void CheckShrink(HistoryCounts current, ImportPlan plan, string storePath)
    {
        Check(DatasetFileNames.Results, "matches", plan.Matches.Count, current.Matches, storePath);
        Check(DatasetFileNames.Goals, "goals", plan.Goals.Count, current.Goals, storePath);
        Check(DatasetFileNames.Shootouts, "shootouts", plan.ShootoutCount, current.Shootouts, storePath);
        Check(DatasetFileNames.FormerNames, "former names", plan.FormerNames.Count, current.FormerNames, storePath);
    }

    private static void Check(string file, string what, int planned, int stored, string storePath)
    {
        if ((long)planned * 2 < stored)
        {
            throw new ImportFormatException(file, 1, string.Create(
                CultureInfo.InvariantCulture,
                $"gives {planned:N0} {what} where the store {storePath} holds {stored:N0}: importing would remove most of them; check the file, or pass --replace to replace the store anyway"));
        }
    }
}
