using Qualify.Domain.History;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Qualify.Storage.Entities;

namespace Qualify.Storage.Import;

/// <summary>
/// Imports the international results dataset (<c>results.csv</c>, <c>goalscorers.csv</c>, <c>shootouts.csv</c>,
/// <c>former_names.csv</c>) into the history store, replacing what the store held.
/// </summary>
/// <remarks>
/// <para>All or nothing: every file is read and validated before the store is touched, and the store is then
/// replaced in one transaction (delete all, insert all, log the run). Any error — a malformed line, a missing
/// file, cancellation, a database failure — leaves the store exactly as it was. The one exception is
/// <see cref="ImportMode.Replace"/> over a store that is corrupted or not a database: that file is deleted first.</para>
/// <para>Idempotent: importing the same files again gives the same rows (keys are assigned in file order).</para>
/// <para>Rows are written in bulk on the context's connection (see <see cref="RowWriter"/>: prepared statements on
/// SQLite, binary <c>COPY</c> on PostgreSQL), not with change tracking, which is too slow for about 100,000 rows.</para>
/// <para>The schema is brought up to date first (<see cref="HistorySchema.Migrate"/>).</para>
/// </remarks>
public sealed class HistoryImporter
{
    private const int CancellationCheckInterval = 1024;

    private readonly IDbContextFactory<HistoryDbContext> _contexts;
    private readonly TimeProvider _time;

    /// <summary>Creates an importer writing to the store of <paramref name="contexts"/>.</summary>
    /// <param name="contexts">Creates contexts for the target store.</param>
    /// <param name="time">The clock for the run's start time and elapsed time; <see cref="TimeProvider.System"/> by default.</param>
    public HistoryImporter(IDbContextFactory<HistoryDbContext> contexts, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        _contexts = contexts;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Imports the dataset in <paramref name="folder"/> in <see cref="ImportMode.Update"/>.</summary>
    /// <inheritdoc cref="Import(string, ImportMode, IProgress{string}?, CancellationToken)" />
    public ImportReport Import(string folder, IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        Import(folder, ImportMode.Update, progress, cancellationToken);

    /// <summary>Imports the dataset in <paramref name="folder"/>, replacing the store's contents.</summary>
    /// <param name="folder">The folder holding the four CSV files.</param>
    /// <param name="mode">Whether to refuse an import that would remove most of the store's rows.</param>
    /// <param name="progress">Receives short status lines ("reading results.csv", …); may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the import; the store is then left unchanged.</param>
    /// <returns>What was read, stored and skipped.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FileNotFoundException">One of the four files is missing; the message names its path.</exception>
    /// <exception cref="ImportFormatException">
    /// A line is malformed or implausible, or (in <see cref="ImportMode.Update"/>) a file would remove most of the
    /// store's rows; the message is <c>file:line: reason</c>.
    /// </exception>
    /// <exception cref="HistoryStoreException">The store cannot be opened or written, or is damaged; the message names its path.</exception>
    /// <exception cref="OperationCanceledException">The import was cancelled.</exception>
    public ImportReport Import(string folder, ImportMode mode, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var started = _time.GetTimestamp();
        var startedUtc = _time.GetUtcNow().UtcDateTime;
        var sourceFolder = Path.GetFullPath(folder);

        DatasetReader.CheckFilesExist(sourceFolder);
        if (StoreFile is { } file)
        {
            HistoryStoreFaults.CheckNotDirectory(file);
        }

        // EF Core sets up its internal services (and, for a new store, the model that creates the schema) on first
        // use, hundreds of milliseconds on a cold start: do that on another core while this thread reads the files.
        // It changes nothing in the store.
        var warmUp = Task.Run(WarmUp, CancellationToken.None);
        DatasetRows rows;
        ImportPlan plan;
        try
        {
            rows = DatasetReader.Read(sourceFolder, DatasetLimits.At(_time.GetUtcNow()), progress, cancellationToken);
            plan = ImportPlan.Build(rows);
        }
        catch
        {
            // The reading error is the one to report; a warm-up failure would recur below anyway.
            _ = warmUp.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw;
        }

        try
        {
            warmUp.GetAwaiter().GetResult();
        }
        catch (Exception e) when (HistoryStoreFaults.Translate(e, StoreName) is not null)
        {
            // A store fault: reported below, where the store is opened for writing (or rebuilt with --replace).
        }

        var report = Describe(sourceFolder, rows, plan);
        WriteOrRebuild(plan, report, mode, startedUtc, started, progress, cancellationToken);
        report = report with { Elapsed = _time.GetElapsedTime(started) };
        progress?.Report(Invariant($"imported {report.MatchesStored:N0} matches and {report.GoalsStored:N0} goals in {report.Elapsed.TotalSeconds:F2} s"));
        return report;
    }

    private static ImportReport Describe(string sourceFolder, DatasetRows rows, ImportPlan plan) => new()
    {
        SourceFolder = sourceFolder,
        ResultRowsRead = rows.Results.Count,
        GoalRowsRead = rows.Goals.Count,
        ShootoutRowsRead = rows.Shootouts.Count,
        FormerNameRowsRead = rows.FormerNames.Count,
        TeamsStored = plan.Teams.Count,
        MatchesStored = plan.Matches.Count,
        GoalsStored = plan.Goals.Count,
        ShootoutsStored = plan.ShootoutCount,
        FormerNamesStored = plan.FormerNames.Count,
        FixturesStored = plan.Fixtures.Count,
        Duplicates = plan.Duplicates,
        Orphans = plan.Orphans,
        UnmappedTournaments = plan.UnmappedTournaments,
        Elapsed = TimeSpan.Zero,
    };

    /// <summary>
    /// Writes the plan; a store fault becomes a <see cref="HistoryStoreException"/>, except that in
    /// <see cref="ImportMode.Replace"/> a store file that is corrupted or not a database is deleted and written anew.
    /// </summary>
    private void WriteOrRebuild(
        ImportPlan plan, ImportReport report, ImportMode mode, DateTime startedUtc, long started, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        try
        {
            Write(plan, report, mode, startedUtc, started, progress, cancellationToken);
        }
        catch (Exception e) when (mode == ImportMode.Replace && StoreFile is { } path
            && HistoryStoreFaults.Translate(e, path) is { Rebuildable: true })
        {
            progress?.Report("the store is damaged: deleting it and building it again");
            DeleteStoreFile(path);
            WriteTranslatingFaults(plan, report, mode, startedUtc, started, progress, cancellationToken);
        }
        catch (Exception e) when (HistoryStoreFaults.Translate(e, StoreName) is { } fault)
        {
            throw fault;
        }
    }

    /// <summary>The store's file, for a file-based store; otherwise <see langword="null"/>.</summary>
    private string? StoreFile => (_contexts as HistoryDbContextFactory)?.Options.FilePath;

    /// <summary>The store's path or description, for messages.</summary>
    private string StoreName => (_contexts as HistoryDbContextFactory)?.Options.ToString() ?? "(history store)";

    private void WriteTranslatingFaults(
        ImportPlan plan, ImportReport report, ImportMode mode, DateTime startedUtc, long started, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        try
        {
            Write(plan, report, mode, startedUtc, started, progress, cancellationToken);
        }
        catch (Exception e) when (HistoryStoreFaults.Translate(e, StoreName) is { } fault)
        {
            throw fault;
        }
    }

    private static void DeleteStoreFile(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in (string[])["", "-journal", "-wal", "-shm"])
        {
            File.Delete(path + suffix);
        }
    }

    private void Write(
        ImportPlan plan, ImportReport report, ImportMode mode, DateTime startedUtc, long started, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        using var context = _contexts.CreateDbContext();
        progress?.Report("opening the store");
        HistorySchema.Migrate(context);
        context.Database.OpenConnection();
        if (mode == ImportMode.Update)
        {
            ImportGuard.CheckShrink(HistoryReader.ReadCounts(context.Database.GetDbConnection()), plan, StoreName);
        }

        using var transaction = context.Database.BeginTransaction();
        progress?.Report("clearing the store");
        DeleteAll<GoalEntity>(context);
        DeleteAll<MatchEntity>(context);
        DeleteAll<FormerNameEntity>(context);
        DeleteAll<TeamEntity>(context);
        DeleteAll<FixtureEntity>(context);

        progress?.Report(Invariant($"storing {plan.Teams.Count:N0} teams"));
        WriteTeams(context, plan, cancellationToken);
        progress?.Report(Invariant($"storing {plan.Matches.Count:N0} matches"));
        WriteMatches(context, plan, cancellationToken);
        progress?.Report(Invariant($"storing {plan.Goals.Count:N0} goals"));
        WriteGoals(context, plan, cancellationToken);
        progress?.Report(Invariant($"storing {plan.FormerNames.Count:N0} former names"));
        WriteFormerNames(context, plan, cancellationToken);
        progress?.Report(Invariant($"storing {plan.Fixtures.Count:N0} scheduled matches"));
        WriteFixtures(context, plan, cancellationToken);

        WriteRun(context, report, startedUtc, _time.GetElapsedTime(started));
        if (HistoryProvider.HasTable(context, RecordsSnapshotEntityConfiguration.Table))
        {
            progress?.Report("storing the records snapshot");
            WriteRecordsSnapshot(context, plan);
        }
        else
        {
            progress?.Report("no records snapshot: this store was created before it existed (records across every team read every row; delete the store and import again to add it)");
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report("committing");
        transaction.Commit();
    }

    private void WarmUp()
    {
        using var context = _contexts.CreateDbContext();
        _ = context.Model.FindEntityType(typeof(MatchEntity))?.GetTableName();

        // Migrating (a new store, or one made before the last migration) needs the full (design-time) model, which the
        // compiled model leaves out.
        if (HistorySchema.HasPendingMigrations(context))
        {
            _ = context.GetService<IDesignTimeModel>().Model;
        }
    }

    private const string SelectLastRunId = "SELECT MAX(id) FROM " + ImportRunEntityConfiguration.Table;

    private static void WriteTeams(HistoryDbContext context, ImportPlan plan, CancellationToken cancellationToken) =>
        InsertAll<TeamEntity, string>(context, plan.Teams, [nameof(TeamEntity.Id), nameof(TeamEntity.Name)],
            (insert, id, team) => insert.Execute(id, team), cancellationToken);

    private static void WriteMatches(HistoryDbContext context, ImportPlan plan, CancellationToken cancellationToken)
    {
        string[] columns =
        [
            nameof(MatchEntity.Id), nameof(MatchEntity.Date), nameof(MatchEntity.HomeTeamId), nameof(MatchEntity.AwayTeamId),
            nameof(MatchEntity.HomeScore), nameof(MatchEntity.AwayScore), nameof(MatchEntity.Tournament), nameof(MatchEntity.TournamentKey),
            nameof(MatchEntity.City), nameof(MatchEntity.Country), nameof(MatchEntity.Neutral), nameof(MatchEntity.ShootoutWinnerId),
            nameof(MatchEntity.ShootoutFirstShooterId),
        ];
        var tournamentKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        InsertAll<MatchEntity, PlannedMatch>(context, plan.Matches, columns, (insert, id, match) =>
        {
            var result = match.Result;
            if (!tournamentKeys.TryGetValue(result.Tournament, out var tournamentKey))
            {
                tournamentKey = ToTournamentKey(result.Tournament);
                tournamentKeys.Add(result.Tournament, tournamentKey);
            }

            insert.Execute(
                id,
                result.Date,
                plan.TeamIds[result.Home],
                plan.TeamIds[result.Away],
                result.HomeScore!.Value,
                result.AwayScore!.Value,
                result.Tournament,
                tournamentKey,
                result.City,
                result.Country,
                result.Neutral,
                match.Shootout is { } shootout ? plan.TeamIds[shootout.Winner] : null,
                match.Shootout?.FirstShooter is { } first ? plan.TeamIds[first] : null);
        }, cancellationToken);
    }

    private static void WriteGoals(HistoryDbContext context, ImportPlan plan, CancellationToken cancellationToken)
    {
        string[] columns =
        [
            nameof(GoalEntity.Id), nameof(GoalEntity.MatchId), nameof(GoalEntity.TeamId), nameof(GoalEntity.Scorer),
            nameof(GoalEntity.Minute), nameof(GoalEntity.OwnGoal), nameof(GoalEntity.Penalty),
        ];
        InsertAll<GoalEntity, PlannedGoal>(context, plan.Goals, columns, (insert, id, planned) =>
        {
            var (matchId, goal) = planned;
            insert.Execute(id, matchId, plan.TeamIds[goal.Team], goal.Scorer, goal.Minute, goal.OwnGoal, goal.Penalty);
        }, cancellationToken);
    }

    private static void WriteFormerNames(HistoryDbContext context, ImportPlan plan, CancellationToken cancellationToken)
    {
        string[] columns =
        [
            nameof(FormerNameEntity.Id), nameof(FormerNameEntity.TeamId), nameof(FormerNameEntity.Former),
            nameof(FormerNameEntity.StartDate), nameof(FormerNameEntity.EndDate),
        ];
        InsertAll<FormerNameEntity, FormerNameRow>(context, plan.FormerNames, columns, (insert, id, formerName) =>
            insert.Execute(id, plan.TeamIds[formerName.Current], formerName.Former, formerName.Start, formerName.End), cancellationToken);
    }

    private static void WriteFixtures(HistoryDbContext context, ImportPlan plan, CancellationToken cancellationToken)
    {
        string[] columns =
        [
            nameof(FixtureEntity.Id), nameof(FixtureEntity.Date), nameof(FixtureEntity.HomeTeam), nameof(FixtureEntity.AwayTeam),
            nameof(FixtureEntity.Tournament), nameof(FixtureEntity.City), nameof(FixtureEntity.Country), nameof(FixtureEntity.Neutral),
        ];
        InsertAll<FixtureEntity, ResultRow>(context, plan.Fixtures, columns, (insert, id, f) =>
            insert.Execute(id, f.Date, f.Home, f.Away, f.Tournament, f.City, f.Country, f.Neutral), cancellationToken);
    }

    /// <summary>
    /// Writes every row of <paramref name="rows"/> into the table of <typeparamref name="TEntity"/> with one bulk writer
    /// of <paramref name="columns"/> (<see cref="RowWriter"/>), each with its key (1, 2, … in list order), checking for
    /// cancellation as it goes: <paramref name="execute"/> writes a row's values.
    /// </summary>
    private static void InsertAll<TEntity, TRow>(
        HistoryDbContext context, IReadOnlyList<TRow> rows, IReadOnlyList<string> columns, Action<IRowWriter, int, TRow> execute, CancellationToken cancellationToken)
        where TEntity : class
    {
        using var insert = RowWriter.Create<TEntity>(context, columns);
        for (var i = 0; i < rows.Count; i++)
        {
            CheckCancellation(i, cancellationToken);
            execute(insert, i + 1, rows[i]);
        }

        insert.Complete();
    }

    /// <summary>The indexed, case-insensitive form of a tournament name (see <see cref="MatchEntity.TournamentKey"/>).</summary>
    internal static string ToTournamentKey(string tournament) => tournament.ToUpperInvariant();

    private static void WriteRun(HistoryDbContext context, ImportReport report, DateTime startedUtc, TimeSpan elapsed)
    {
        // The key is left to the database. Written like the data rows: EF's SaveChanges pipeline would cost a
        // noticeable part of a cold import for this one row.
        using var insert = PreparedCommand.CreateInsert<ImportRunEntity>(
            context,
            nameof(ImportRunEntity.StartedUtc),
            nameof(ImportRunEntity.SourceFolder),
            nameof(ImportRunEntity.ResultRowsRead),
            nameof(ImportRunEntity.GoalRowsRead),
            nameof(ImportRunEntity.ShootoutRowsRead),
            nameof(ImportRunEntity.FormerNameRowsRead),
            nameof(ImportRunEntity.TeamsStored),
            nameof(ImportRunEntity.MatchesStored),
            nameof(ImportRunEntity.GoalsStored),
            nameof(ImportRunEntity.ShootoutsStored),
            nameof(ImportRunEntity.FormerNamesStored),
            nameof(ImportRunEntity.DuplicatesSkipped),
            nameof(ImportRunEntity.OrphansSkipped),
            nameof(ImportRunEntity.SkippedRows),
            nameof(ImportRunEntity.ElapsedMilliseconds));
        insert.Execute(
            startedUtc,
            report.SourceFolder,
            report.ResultRowsRead,
            report.GoalRowsRead,
            report.ShootoutRowsRead,
            report.FormerNameRowsRead,
            report.TeamsStored,
            report.MatchesStored,
            report.GoalsStored,
            report.ShootoutsStored,
            report.FormerNamesStored,
            report.Duplicates.Count,
            report.Orphans.Count,
            string.Join('\n', report.Duplicates.Concat(report.Orphans)),
            (long)elapsed.TotalMilliseconds);
    }

    /// <summary>
    /// Replaces the records snapshot with one of this import's scores and goals (<see cref="RecordsSnapshot"/>), tied to
    /// the run just written: the reads ignore a snapshot of any other run.
    /// </summary>
    private static void WriteRecordsSnapshot(HistoryDbContext context, ImportPlan plan)
    {
        var scores = new ScoreRow[plan.Matches.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            var result = plan.Matches[i].Result;
            scores[i] = new ScoreRow(i + 1, result.Date, plan.TeamIds[result.Home], plan.TeamIds[result.Away], result.HomeScore!.Value, result.AwayScore!.Value);
        }

        // Report order: date, then the teams' keys, which follow the names' ordinal order.
        Array.Sort(scores, (x, y) => (x.Date, x.Home, x.Away).CompareTo((y.Date, y.Home, y.Away)));
        var goals = plan.Goals.Select(g => new GoalFact(g.MatchId, plan.TeamIds[g.Goal.Team], g.Goal.Scorer, g.Goal.OwnGoal, g.Goal.Penalty)).ToList();

        DeleteAll<RecordsSnapshotEntity>(context);
        using var insert = PreparedCommand.CreateInsert<RecordsSnapshotEntity>(
            context, nameof(RecordsSnapshotEntity.Id), nameof(RecordsSnapshotEntity.ImportRunId), nameof(RecordsSnapshotEntity.Data));
        insert.Execute(1, LastRunId(context), RecordsSnapshot.Encode(scores, goals));
    }

    private static int LastRunId(HistoryDbContext context)
    {
        using var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = SelectLastRunId;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void DeleteAll<TEntity>(HistoryDbContext context)
    {
        using var delete = PreparedCommand.CreateDeleteAll<TEntity>(context);
        delete.Execute();
    }

    private static void CheckCancellation(int index, CancellationToken cancellationToken)
    {
        if (index % CancellationCheckInterval == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
