using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qualify.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fixtures",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    home_team = table.Column<string>(type: "text", nullable: false),
                    away_team = table.Column<string>(type: "text", nullable: false),
                    tournament = table.Column<string>(type: "text", nullable: false),
                    city = table.Column<string>(type: "text", nullable: false),
                    country = table.Column<string>(type: "text", nullable: false),
                    neutral = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fixtures", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "import_runs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    started_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    source_folder = table.Column<string>(type: "text", nullable: false),
                    result_rows_read = table.Column<int>(type: "integer", nullable: false),
                    goal_rows_read = table.Column<int>(type: "integer", nullable: false),
                    shootout_rows_read = table.Column<int>(type: "integer", nullable: false),
                    former_name_rows_read = table.Column<int>(type: "integer", nullable: false),
                    teams_stored = table.Column<int>(type: "integer", nullable: false),
                    matches_stored = table.Column<int>(type: "integer", nullable: false),
                    goals_stored = table.Column<int>(type: "integer", nullable: false),
                    shootouts_stored = table.Column<int>(type: "integer", nullable: false),
                    former_names_stored = table.Column<int>(type: "integer", nullable: false),
                    duplicates_skipped = table.Column<int>(type: "integer", nullable: false),
                    orphans_skipped = table.Column<int>(type: "integer", nullable: false),
                    skipped_rows = table.Column<string>(type: "text", nullable: false),
                    elapsed_milliseconds = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "records_snapshots",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    import_run_id = table.Column<int>(type: "integer", nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_records_snapshots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_teams", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "write_audit",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at_utc = table.Column<string>(type: "text", nullable: false),
                    request = table.Column<string>(type: "text", nullable: false),
                    key_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_write_audit", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "written_matches",
                columns: table => new
                {
                    competition = table.Column<string>(type: "text", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    home_team = table.Column<string>(type: "text", nullable: false),
                    away_team = table.Column<string>(type: "text", nullable: false),
                    home_score = table.Column<int>(type: "integer", nullable: true),
                    away_score = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_written_matches", x => new { x.competition, x.date, x.home_team, x.away_team });
                });

            migrationBuilder.CreateTable(
                name: "former_names",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    team_id = table.Column<int>(type: "integer", nullable: false),
                    former = table.Column<string>(type: "text", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_former_names", x => x.id);
                    table.ForeignKey(
                        name: "FK_former_names_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "matches",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    home_team_id = table.Column<int>(type: "integer", nullable: false),
                    away_team_id = table.Column<int>(type: "integer", nullable: false),
                    home_score = table.Column<int>(type: "integer", nullable: false),
                    away_score = table.Column<int>(type: "integer", nullable: false),
                    tournament = table.Column<string>(type: "text", nullable: false),
                    tournament_key = table.Column<string>(type: "text", nullable: false),
                    city = table.Column<string>(type: "text", nullable: false),
                    country = table.Column<string>(type: "text", nullable: false),
                    neutral = table.Column<bool>(type: "boolean", nullable: false),
                    shootout_winner_id = table.Column<int>(type: "integer", nullable: true),
                    shootout_first_shooter_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matches", x => x.id);
                    table.ForeignKey(
                        name: "FK_matches_teams_away_team_id",
                        column: x => x.away_team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_matches_teams_home_team_id",
                        column: x => x.home_team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_matches_teams_shootout_first_shooter_id",
                        column: x => x.shootout_first_shooter_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_matches_teams_shootout_winner_id",
                        column: x => x.shootout_winner_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "goals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    match_id = table.Column<int>(type: "integer", nullable: false),
                    team_id = table.Column<int>(type: "integer", nullable: false),
                    scorer = table.Column<string>(type: "text", nullable: true),
                    minute = table.Column<int>(type: "integer", nullable: true),
                    own_goal = table.Column<bool>(type: "boolean", nullable: false),
                    penalty = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_goals", x => x.id);
                    table.ForeignKey(
                        name: "FK_goals_matches_match_id",
                        column: x => x.match_id,
                        principalTable: "matches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_goals_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_former_names_team_id",
                table: "former_names",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "IX_goals_match_id",
                table: "goals",
                column: "match_id");

            migrationBuilder.CreateIndex(
                name: "IX_goals_team_id",
                table: "goals",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "IX_matches_away_team_id_date",
                table: "matches",
                columns: new[] { "away_team_id", "date" });

            migrationBuilder.CreateIndex(
                name: "IX_matches_date_home_team_id_away_team_id",
                table: "matches",
                columns: new[] { "date", "home_team_id", "away_team_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_matches_home_team_id_date",
                table: "matches",
                columns: new[] { "home_team_id", "date" });

            migrationBuilder.CreateIndex(
                name: "IX_matches_tournament_key_date",
                table: "matches",
                columns: new[] { "tournament_key", "date" });

            migrationBuilder.CreateIndex(
                name: "IX_teams_name",
                table: "teams",
                column: "name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fixtures");

            migrationBuilder.DropTable(
                name: "former_names");

            migrationBuilder.DropTable(
                name: "goals");

            migrationBuilder.DropTable(
                name: "import_runs");

            migrationBuilder.DropTable(
                name: "records_snapshots");

            migrationBuilder.DropTable(
                name: "write_audit");

            migrationBuilder.DropTable(
                name: "written_matches");

            migrationBuilder.DropTable(
                name: "matches");

            migrationBuilder.DropTable(
                name: "teams");
        }
    }
}
