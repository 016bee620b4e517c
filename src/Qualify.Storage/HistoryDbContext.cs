using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Qualify.Storage.Entities;

namespace Qualify.Storage;

/// <summary>
/// The history store: teams, matches (with shootouts), goals and former names from the international results
/// dataset, a log of imports, and the results written through the API. Create instances with
/// <see cref="HistoryDbContextFactory"/>, which holds the provider choice and gives the provider's own subclass
/// (<see cref="SqliteHistoryDbContext"/>, <see cref="PostgreSqlHistoryDbContext"/>).
/// </summary>
/// <remarks>
/// The schema is made and kept current by EF Core migrations (<see cref="HistorySchema.Migrate"/>), one set per
/// provider (<c>Migrations/Sqlite</c>, <c>Migrations/PostgreSql</c>), each bound to its subclass: the EF Core
/// documentation's "multiple providers, one context type each" layout. The model is the same for both.
/// </remarks>
public abstract class HistoryDbContext : DbContext
{
    /// <summary>Creates a context with the given options (see <see cref="HistoryDbContextFactory"/>).</summary>
    protected HistoryDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The teams.</summary>
    public DbSet<TeamEntity> Teams => Set<TeamEntity>();

    /// <summary>The matches, with their shootouts.</summary>
    public DbSet<MatchEntity> Matches => Set<MatchEntity>();

    /// <summary>The goals.</summary>
    public DbSet<GoalEntity> Goals => Set<GoalEntity>();

    /// <summary>The former names of teams.</summary>
    public DbSet<FormerNameEntity> FormerNames => Set<FormerNameEntity>();

    /// <summary>The log of successful imports.</summary>
    public DbSet<ImportRunEntity> ImportRuns => Set<ImportRunEntity>();

    /// <summary>The last import's compact copy of scores and goals, for the records across every team.</summary>
    public DbSet<RecordsSnapshotEntity> RecordsSnapshots => Set<RecordsSnapshotEntity>();

    /// <summary>The scheduled matches of the dataset (rows of <c>results.csv</c> without a score).</summary>
    public DbSet<FixtureEntity> Fixtures => Set<FixtureEntity>();

    /// <summary>The results and fixtures written through the API.</summary>
    public DbSet<WrittenMatchEntity> WrittenMatches => Set<WrittenMatchEntity>();

    /// <summary>The audit of the writes through the API.</summary>
    public DbSet<WriteAuditEntity> WriteAudit => Set<WriteAuditEntity>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // No automatic index on every foreign key: each index slows the import, so the entity configurations
        // declare the ones the queries use (the shootout columns, mostly null, get none).
        configurationBuilder.Conventions.Remove<ForeignKeyIndexConvention>();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new TeamEntityConfiguration());
        modelBuilder.ApplyConfiguration(new MatchEntityConfiguration());
        modelBuilder.ApplyConfiguration(new GoalEntityConfiguration());
        modelBuilder.ApplyConfiguration(new FormerNameEntityConfiguration());
        modelBuilder.ApplyConfiguration(new ImportRunEntityConfiguration());
        modelBuilder.ApplyConfiguration(new RecordsSnapshotEntityConfiguration());
        modelBuilder.ApplyConfiguration(new FixtureEntityConfiguration());
        modelBuilder.ApplyConfiguration(new WrittenMatchEntityConfiguration());
        modelBuilder.ApplyConfiguration(new WriteAuditEntityConfiguration());

        // snake_case columns: unquoted identifiers work the same in SQLite and PostgreSQL.
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    /// <summary>"HomeTeamId" → "home_team_id".</summary>
    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

/// <summary>The history store on SQLite: the context type that its migrations (<c>Migrations/Sqlite</c>) and compiled model belong to.</summary>
public sealed class SqliteHistoryDbContext : HistoryDbContext
{
    /// <summary>Creates a context with the given options (see <see cref="HistoryDbContextFactory"/>).</summary>
    public SqliteHistoryDbContext(DbContextOptions<SqliteHistoryDbContext> options)
        : base(options)
    {
    }
}

/// <summary>The history store on PostgreSQL (Npgsql): the context type that its migrations (<c>Migrations/PostgreSql</c>) belong to.</summary>
public sealed class PostgreSqlHistoryDbContext : HistoryDbContext
{
    /// <summary>Creates a context with the given options (see <see cref="HistoryDbContextFactory"/>).</summary>
    public PostgreSqlHistoryDbContext(DbContextOptions<PostgreSqlHistoryDbContext> options)
        : base(options)
    {
    }
}
