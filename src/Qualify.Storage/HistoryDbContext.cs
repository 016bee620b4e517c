using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Qualify.Storage.Entities;

namespace Qualify.Storage;

/// <summary>
/// The history store: teams, matches (with shootouts), goals and former names from the international results
/// dataset, and a log of imports. Create instances with <see cref="HistoryDbContextFactory"/>, which holds the
/// provider choice.
/// </summary>
/// <remarks>
/// The schema is created with <c>Database.EnsureCreated()</c> (by <see cref="Import.HistoryImporter"/>), not
/// with migrations: there is one schema version so far and the store can always be rebuilt from the CSV files,
/// while migrations are generated per provider and belong with the PostgreSQL provider, when the schema
/// first has to change under existing data. <c>EnsureCreated</c> does nothing on a database that has tables,
/// so a schema change before then means deleting the store file and importing again.
/// </remarks>
public sealed class HistoryDbContext : DbContext
{
    /// <summary>Creates a context with the given options (see <see cref="HistoryDbContextFactory"/>).</summary>
    public HistoryDbContext(DbContextOptions<HistoryDbContext> options)
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
