using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Qualify.Storage.Entities;

// The mapping of each entity: table names, keys, relationships and the indexes behind the history queries
// (by date, by home or away team, by tournament). Column names are snake_case, set for every property by
// HistoryDbContext. Only portable types are used (int, bool, text, DateOnly, DateTime) so that a PostgreSQL
// provider can map the same model. Keys are assigned by the importer (ValueGeneratedNever), except ImportRun's.

internal sealed class TeamEntityConfiguration : IEntityTypeConfiguration<TeamEntity>
{
    public const string Table = "teams";

    public void Configure(EntityTypeBuilder<TeamEntity> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).IsRequired();
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

internal sealed class MatchEntityConfiguration : IEntityTypeConfiguration<MatchEntity>
{
    public const string Table = "matches";

    public void Configure(EntityTypeBuilder<MatchEntity> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Tournament).IsRequired();
        builder.Property(m => m.TournamentKey).IsRequired();
        builder.Property(m => m.City).IsRequired();
        builder.Property(m => m.Country).IsRequired();

        builder.HasOne(m => m.HomeTeam).WithMany().HasForeignKey(m => m.HomeTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.AwayTeam).WithMany().HasForeignKey(m => m.AwayTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.ShootoutWinner).WithMany().HasForeignKey(m => m.ShootoutWinnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.ShootoutFirstShooter).WithMany().HasForeignKey(m => m.ShootoutFirstShooterId).OnDelete(DeleteBehavior.Restrict);

        // The match key of the dataset; also serves queries by date range (leading column).
        builder.HasIndex(m => new { m.Date, m.HomeTeamId, m.AwayTeamId }).IsUnique();
        builder.HasIndex(m => new { m.HomeTeamId, m.Date });
        builder.HasIndex(m => new { m.AwayTeamId, m.Date });
        builder.HasIndex(m => new { m.TournamentKey, m.Date });
    }
}

internal sealed class GoalEntityConfiguration : IEntityTypeConfiguration<GoalEntity>
{
    public const string Table = "goals";

    public void Configure(EntityTypeBuilder<GoalEntity> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.HasOne(g => g.Match).WithMany().HasForeignKey(g => g.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(g => g.Team).WithMany().HasForeignKey(g => g.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => g.MatchId);
        builder.HasIndex(g => g.TeamId);
    }
}

internal sealed class FormerNameEntityConfiguration : IEntityTypeConfiguration<FormerNameEntity>
{
    public const string Table = "former_names";

    public void Configure(EntityTypeBuilder<FormerNameEntity> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Former).IsRequired();
        builder.HasOne(f => f.Team).WithMany().HasForeignKey(f => f.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.TeamId);
    }
}

internal sealed class ImportRunEntityConfiguration : IEntityTypeConfiguration<ImportRunEntity>
{
    public const string Table = "import_runs";

    public void Configure(EntityTypeBuilder<ImportRunEntity> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.SourceFolder).IsRequired();
        builder.Property(r => r.SkippedRows).IsRequired();
    }
}

internal sealed class RecordsSnapshotEntityConfiguration : IEntityTypeConfiguration<RecordsSnapshotEntity>
{
    public const string Table = "records_snapshots";

    public void Configure(EntityTypeBuilder<RecordsSnapshotEntity> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Data).IsRequired();
    }
}

internal sealed class FixtureEntityConfiguration : IEntityTypeConfiguration<FixtureEntity>
{
    public const string Table = "fixtures";

    public void Configure(EntityTypeBuilder<FixtureEntity> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
    }
}

internal sealed class WrittenMatchEntityConfiguration : IEntityTypeConfiguration<WrittenMatchEntity>
{
    public const string Table = "written_matches";

    public void Configure(EntityTypeBuilder<WrittenMatchEntity> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(w => new { w.Competition, w.Date, w.HomeTeam, w.AwayTeam });
    }
}

internal sealed class WriteAuditEntityConfiguration : IEntityTypeConfiguration<WriteAuditEntity>
{
    public const string Table = "write_audit";

    public void Configure(EntityTypeBuilder<WriteAuditEntity> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
    }
}
