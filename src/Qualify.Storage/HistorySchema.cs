using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Qualify.Storage.Entities;

namespace Qualify.Storage;

/// <summary>
/// Makes and keeps the store's schema current: EF Core migrations (<c>Database.Migrate()</c>), one set per provider
/// (<c>Migrations/Sqlite</c>, <c>Migrations/PostgreSql</c>), applied by whatever writes first (an import, a write
/// through the API); reads never change the schema. A SQLite store made before migrations (by <c>EnsureCreated</c>, so
/// without <c>__EFMigrationsHistory</c>) is baselined: its tables are those of the first migration, which is recorded as
/// applied, and the later migrations then run as on any store (docs/web.md, "Schema migrations").
/// </summary>
public static class HistorySchema
{
    /// <summary>
    /// Applies every pending migration to the store of <paramref name="context"/>, baselining first a store made before
    /// migrations. A current store is only read (its migration history), never written: an import that is then refused
    /// leaves its file as it was. EF Core takes a migration lock and checks the history again under it, so that two
    /// processes migrating one database do not collide.
    /// </summary>
    public static void Migrate(HistoryDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Baseline(context);
        if (HasPendingMigrations(context))
        {
            context.Database.Migrate();
        }
    }

    /// <summary>Whether the store of <paramref name="context"/> lacks a migration of its provider (a missing store lacks them all).</summary>
    public static bool HasPendingMigrations(HistoryDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.GetPendingMigrations().Any();
    }

    /// <summary>The migrations applied to the store of <paramref name="context"/>, oldest first.</summary>
    public static IReadOnlyList<string> AppliedMigrations(HistoryDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Database.GetAppliedMigrations()];
    }

    /// <summary>Every migration of the provider of <paramref name="context"/>, oldest first: the last is the current schema.</summary>
    public static IReadOnlyList<string> KnownMigrations(HistoryDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Database.GetMigrations()];
    }

    /// <summary>
    /// Records the first migration as applied on a store that has the imported tables but no migration history (made by
    /// <c>EnsureCreated</c> before migrations existed); does nothing on a new store or a migrated one.
    /// </summary>
    private static void Baseline(HistoryDbContext context)
    {
        var history = context.GetService<IHistoryRepository>();
        if (!context.Database.CanConnect() || history.Exists())
        {
            return;
        }

        context.Database.OpenConnection();
        try
        {
            if (!HistoryProvider.HasTable(context, MatchEntityConfiguration.Table))
            {
                return;
            }

            var first = context.Database.GetMigrations().First();
            var script = history.GetCreateIfNotExistsScript() + history.GetInsertScript(new HistoryRow(first, ProductInfo.GetVersion()));
            using var transaction = context.Database.BeginTransaction();
            context.Database.ExecuteSqlRaw(script);
            transaction.Commit();
        }
        finally
        {
            context.Database.CloseConnection();
        }
    }
}
