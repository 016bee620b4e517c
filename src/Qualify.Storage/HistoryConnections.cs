using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Qualify.Storage.Entities;

namespace Qualify.Storage;

/// <summary>
/// Where the reads get their ADO.NET connections. For a <see cref="HistoryDbContextFactory"/> (what the CLI and the
/// tests use), straight from its <see cref="HistoryDbContextFactory.Options"/> through <see cref="HistoryProvider"/>,
/// so that a read never starts EF Core (its services, model and query compilation cost most of a cold command). For
/// any other context factory, the connection of a context it creates.
/// </summary>
internal sealed class HistoryConnections
{
    private readonly HistoryStoreOptions? _options;
    private readonly IDbContextFactory<HistoryDbContext>? _contexts;

    private HistoryConnections(HistoryStoreOptions? options, IDbContextFactory<HistoryDbContext>? contexts)
    {
        _options = options;
        _contexts = contexts;
    }

    /// <summary>The connections of <paramref name="contexts"/>'s store.</summary>
    public static HistoryConnections For(IDbContextFactory<HistoryDbContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        return contexts is HistoryDbContextFactory factory ? new(factory.Options, null) : new(null, contexts);
    }

    /// <summary>Whether the store's database exists and has its tables. Never creates anything.</summary>
    public bool StoreExists()
    {
        if (_options is { } options)
        {
            if (!HistoryProvider.DatabaseExists(options))
            {
                return false;
            }

            using var lease = Open();
            return HistoryProvider.HasTable(options, lease.Connection, MatchEntityConfiguration.Table);
        }

        using var context = _contexts!.CreateDbContext();
        var creator = context.GetService<IRelationalDatabaseCreator>();
        return creator.Exists() && creator.HasTables();
    }

    /// <summary>Whether the table <paramref name="table"/> exists in the store, asked on <paramref name="connection"/>.</summary>
    public bool HasTable(DbConnection connection, string table)
    {
        if (_options is { } options)
        {
            return HistoryProvider.HasTable(options, connection, table);
        }

        using var context = _contexts!.CreateDbContext();
        return HistoryProvider.HasTable(context, table);
    }

    /// <summary>An open connection to the store; dispose it to give it back.</summary>
    public OpenConnection Open()
    {
        if (_options is { } options)
        {
            var connection = HistoryProvider.CreateConnection(options);
            try
            {
                connection.Open();
                return new OpenConnection(connection, connection);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        var context = _contexts!.CreateDbContext();
        try
        {
            context.Database.OpenConnection();
            return new OpenConnection(context.Database.GetDbConnection(), context);
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }
}

/// <summary>An open connection and what owns it (the connection itself, or the context it belongs to).</summary>
/// <param name="Connection">The open connection.</param>
/// <param name="Owner">Disposed to close it.</param>
internal readonly record struct OpenConnection(DbConnection Connection, IDisposable Owner) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => Owner.Dispose();
}
