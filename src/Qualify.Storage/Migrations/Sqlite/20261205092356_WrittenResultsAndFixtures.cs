using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qualify.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WrittenResultsAndFixtures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The three tables were made by hand (CREATE TABLE IF NOT EXISTS) before migrations existed: a store
            // baselined from then may hold them already, with their rows. The same DDL as EF's CreateTable, made
            // conditional; the columns and keys are those of the model (see the designer file).
            migrationBuilder.Sql(
                "CREATE TABLE IF NOT EXISTS \"fixtures\" (\"id\" INTEGER NOT NULL CONSTRAINT \"PK_fixtures\" PRIMARY KEY, "
                + "\"date\" TEXT NOT NULL, \"home_team\" TEXT NOT NULL, \"away_team\" TEXT NOT NULL, \"tournament\" TEXT NOT NULL, "
                + "\"city\" TEXT NOT NULL, \"country\" TEXT NOT NULL, \"neutral\" INTEGER NOT NULL);");
            migrationBuilder.Sql(
                "CREATE TABLE IF NOT EXISTS \"write_audit\" (\"id\" INTEGER NOT NULL CONSTRAINT \"PK_write_audit\" PRIMARY KEY AUTOINCREMENT, "
                + "\"at_utc\" TEXT NOT NULL, \"request\" TEXT NOT NULL, \"key_id\" TEXT NOT NULL);");
            migrationBuilder.Sql(
                "CREATE TABLE IF NOT EXISTS \"written_matches\" (\"competition\" TEXT NOT NULL, \"date\" TEXT NOT NULL, "
                + "\"home_team\" TEXT NOT NULL, \"away_team\" TEXT NOT NULL, \"home_score\" INTEGER NULL, \"away_score\" INTEGER NULL, "
                + "CONSTRAINT \"PK_written_matches\" PRIMARY KEY (\"competition\", \"date\", \"home_team\", \"away_team\"));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fixtures");

            migrationBuilder.DropTable(
                name: "write_audit");

            migrationBuilder.DropTable(
                name: "written_matches");
        }
    }
}
