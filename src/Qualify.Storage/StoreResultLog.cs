using System.Data.Common;
using System.Globalization;
using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Qualify.Storage.Entities;

namespace Qualify.Storage;

/// <summary>
/// The results written through the API, in two tables of the history store beside the imported data:
/// <c>written_matches</c> (<see cref="WrittenMatchEntity"/>, one row per competition, date and pair of teams) and
/// <c>write_audit</c> (<see cref="WriteAuditEntity"/>, one row per write), made by the store's migrations
/// (<see cref="HistorySchema"/>, run before the first write of each instance), so that a store imported before them needs
/// no re-import; an import clears only the imported tables, and keeps them. The SQL is constant and portable (SQLite and
/// PostgreSQL; the upsert is <c>INSERT … ON CONFLICT … DO UPDATE</c>, which both take). Nothing is cached: every read asks
/// the store, so that a write by another process is seen at once.
/// </summary>
public sealed class StoreResultLog : IResultLog
{
    /// <summary>The table of written matches.</summary>
    public const string MatchesTable = WrittenMatchEntityConfiguration.Table;

    /// <summary>The audit table.</summary>
    public const string AuditTable = WriteAuditEntityConfiguration.Table;

    private const string Upsert =
        "INSERT INTO " + MatchesTable + " (competition, date, home_team, away_team, home_score, away_score) "
        + "VALUES (@competition, @date, @home, @away, @homeScore, @awayScore) "
        + "ON CONFLICT (competition, date, home_team, away_team) DO UPDATE SET home_score = excluded.home_score, away_score = excluded.away_score";

    private const string DeleteMatch =
        "DELETE FROM " + MatchesTable + " WHERE competition = @competition AND date = @date AND home_team = @home AND away_team = @away";

    private const string InsertAudit = "INSERT INTO " + AuditTable + " (at_utc, request, key_id) VALUES (@at, @request, @key)";

    private const string SelectMatches =
        "SELECT date, home_team, away_team, home_score, away_score FROM " + MatchesTable + " WHERE competition = @competition ORDER BY date, home_team, away_team";

    private const string SelectAudit = "SELECT at_utc, request, key_id FROM " + AuditTable + " ORDER BY id";

    private readonly Lazy<ResolvedStore> _store;
    private readonly Lazy<HistoryDbContextFactory> _contexts;
    private readonly Lazy<bool> _migrated;

    /// <summary>Creates the log for an explicit store (a path, a connection string, or <see langword="null"/>) and an environment, resolved as <see cref="StoreHistorySource"/> resolves them.</summary>
    public StoreResultLog(string? explicitStore, Func<string, string?> environment)
    {
        _store = new Lazy<ResolvedStore>(() => HistoryStoreLocation.ResolveStore(explicitStore, environment));
        _contexts = new Lazy<HistoryDbContextFactory>(() => new HistoryDbContextFactory(_store.Value.Options));
        _migrated = new Lazy<bool>(() =>
        {
            using var context = _contexts.Value.CreateDbContext();
            HistorySchema.Migrate(context);
            return true;
        });
    }

    /// <summary>The store as messages name it.</summary>
    private string Name => _store.Value.Location.Path;

    /// <inheritdoc />
    /// <exception cref="HistoryStoreException">The store cannot be read.</exception>
    public IReadOnlyList<WrittenMatch> Load(string competition)
    {
        ArgumentNullException.ThrowIfNull(competition);
        return Guard(() =>
        {
            var written = new List<WrittenMatch>();
            using var lease = OpenExisting(MatchesTable);
            if (lease is not { } open)
            {
                return written;
            }

            using var command = HistorySql.Command(open.Connection, SelectMatches);
            HistorySql.Parameter(command, "@competition", competition);
            using var reader = command.ExecuteReader();
            var dates = DateColumn.Of(reader, 0);
            while (reader.Read())
            {
                Score? score = reader.IsDBNull(3) || reader.IsDBNull(4) ? null : new Score(reader.GetInt32(3), reader.GetInt32(4));
                written.Add(new WrittenMatch(competition, dates.Read(reader, 0), reader.GetString(1), reader.GetString(2), score));
            }

            return written;
        });
    }

    /// <inheritdoc />
    /// <exception cref="HistoryStoreException">The store cannot be written.</exception>
    public void Write(WrittenMatch match, WriteAudit audit)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(audit);
        Guard(() =>
        {
            if (_store.Value.Options.FilePath is { } file)
            {
                HistoryStoreFaults.CheckNotDirectory(file);
            }

            // The whole schema, on a new store: an import later finds its tables.
            _ = _migrated.Value;
            using var lease = HistoryConnections.For(_contexts.Value).Open();
            var connection = lease.Connection;
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, Upsert, [
                ("@competition", match.Competition),
                ("@date", match.Date),
                ("@home", match.Home),
                ("@away", match.Away),
                ("@homeScore", match.Score is { } s ? s.Home : DBNull.Value),
                ("@awayScore", match.Score is { } t ? t.Away : DBNull.Value)]);
            Execute(connection, transaction, InsertAudit, AuditParameters(audit));
            transaction.Commit();
            return 0;
        });
    }

    /// <inheritdoc />
    /// <exception cref="HistoryStoreException">The store cannot be written.</exception>
    public bool Remove(string competition, DateOnly date, string home, string away, WriteAudit audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return Guard(() =>
        {
            using var lease = OpenExisting(MatchesTable);
            if (lease is not { } open)
            {
                return false;
            }

            using var transaction = open.Connection.BeginTransaction();
            var removed = Execute(open.Connection, transaction, DeleteMatch, [
                ("@competition", competition),
                ("@date", date),
                ("@home", home),
                ("@away", away)]);
            if (removed == 0)
            {
                return false;
            }

            Execute(open.Connection, transaction, InsertAudit, AuditParameters(audit));
            transaction.Commit();
            return true;
        });
    }

    /// <inheritdoc />
    /// <exception cref="HistoryStoreException">The store cannot be read.</exception>
    public IReadOnlyList<WriteAudit> LoadAudit() => Guard(() =>
    {
        var rows = new List<WriteAudit>();
        using var lease = OpenExisting(AuditTable);
        if (lease is not { } open)
        {
            return rows;
        }

        using var command = HistorySql.Command(open.Connection, SelectAudit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var at = DateTime.ParseExact(reader.GetString(0), "yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            rows.Add(new WriteAudit(at, reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    });

    /// <summary>An open connection when the store exists and has <paramref name="table"/>; otherwise <see langword="null"/> (nothing is created).</summary>
    private OpenConnection? OpenExisting(string table)
    {
        if (_store.Value.Options.FilePath is { } file)
        {
            HistoryStoreFaults.CheckNotDirectory(file);
            if (!File.Exists(file))
            {
                return null;
            }
        }

        var connections = HistoryConnections.For(_contexts.Value);
        var lease = connections.Open();
        if (connections.HasTable(lease.Connection, table))
        {
            return lease;
        }

        lease.Dispose();
        return null;
    }

    private static (string Name, object Value)[] AuditParameters(WriteAudit audit) =>
    [
        ("@at", audit.AtUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)),
        ("@request", audit.Request),
        ("@key", audit.KeyId),
    ];

    private static int Execute(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<(string Name, object Value)> parameters)
    {
        using var command = HistorySql.Command(connection, sql);
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            HistorySql.Parameter(command, name, value);
        }

        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a store operation, turning a store fault (not a database, corrupted, unreadable) into a <see cref="HistoryStoreException"/>.</summary>
    private T Guard<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (Exception e) when (e is not HistoryStoreException && HistoryStoreFaults.Translate(e, Name) is { } fault)
        {
            throw fault;
        }
    }
}
