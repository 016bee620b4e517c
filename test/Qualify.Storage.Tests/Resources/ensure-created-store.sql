-- A history store as main made it before migrations (commit 7fc8f05): the schema of EnsureCreated (dumped with
-- sqlite3 .schema after 'qualify import'), the hand-made fixtures, written_matches and write_audit tables
-- (FixtureRows, StoreResultLog at that commit), and a few rows: two teams, one match, one written result, one audit row.
CREATE TABLE IF NOT EXISTS "import_runs" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_import_runs" PRIMARY KEY AUTOINCREMENT,
    "started_utc" TEXT NOT NULL,
    "source_folder" TEXT NOT NULL,
    "result_rows_read" INTEGER NOT NULL,
    "goal_rows_read" INTEGER NOT NULL,
    "shootout_rows_read" INTEGER NOT NULL,
    "former_name_rows_read" INTEGER NOT NULL,
    "teams_stored" INTEGER NOT NULL,
    "matches_stored" INTEGER NOT NULL,
    "goals_stored" INTEGER NOT NULL,
    "shootouts_stored" INTEGER NOT NULL,
    "former_names_stored" INTEGER NOT NULL,
    "duplicates_skipped" INTEGER NOT NULL,
    "orphans_skipped" INTEGER NOT NULL,
    "skipped_rows" TEXT NOT NULL,
    "elapsed_milliseconds" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "records_snapshots" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_records_snapshots" PRIMARY KEY,
    "import_run_id" INTEGER NOT NULL,
    "data" BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS "teams" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_teams" PRIMARY KEY,
    "name" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "former_names" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_former_names" PRIMARY KEY,
    "team_id" INTEGER NOT NULL,
    "former" TEXT NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NOT NULL,
    CONSTRAINT "FK_former_names_teams_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "matches" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_matches" PRIMARY KEY,
    "date" TEXT NOT NULL,
    "home_team_id" INTEGER NOT NULL,
    "away_team_id" INTEGER NOT NULL,
    "home_score" INTEGER NOT NULL,
    "away_score" INTEGER NOT NULL,
    "tournament" TEXT NOT NULL,
    "tournament_key" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "neutral" INTEGER NOT NULL,
    "shootout_winner_id" INTEGER NULL,
    "shootout_first_shooter_id" INTEGER NULL,
    CONSTRAINT "FK_matches_teams_away_team_id" FOREIGN KEY ("away_team_id") REFERENCES "teams" ("id") ON DELETE RESTRICT,
    CONSTRAINT "FK_matches_teams_home_team_id" FOREIGN KEY ("home_team_id") REFERENCES "teams" ("id") ON DELETE RESTRICT,
    CONSTRAINT "FK_matches_teams_shootout_first_shooter_id" FOREIGN KEY ("shootout_first_shooter_id") REFERENCES "teams" ("id") ON DELETE RESTRICT,
    CONSTRAINT "FK_matches_teams_shootout_winner_id" FOREIGN KEY ("shootout_winner_id") REFERENCES "teams" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "goals" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_goals" PRIMARY KEY,
    "match_id" INTEGER NOT NULL,
    "team_id" INTEGER NOT NULL,
    "scorer" TEXT NULL,
    "minute" INTEGER NULL,
    "own_goal" INTEGER NOT NULL,
    "penalty" INTEGER NOT NULL,
    CONSTRAINT "FK_goals_matches_match_id" FOREIGN KEY ("match_id") REFERENCES "matches" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_goals_teams_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE RESTRICT
);
CREATE INDEX "IX_former_names_team_id" ON "former_names" ("team_id");
CREATE INDEX "IX_goals_match_id" ON "goals" ("match_id");
CREATE INDEX "IX_goals_team_id" ON "goals" ("team_id");
CREATE INDEX "IX_matches_away_team_id_date" ON "matches" ("away_team_id", "date");
CREATE UNIQUE INDEX "IX_matches_date_home_team_id_away_team_id" ON "matches" ("date", "home_team_id", "away_team_id");
CREATE INDEX "IX_matches_home_team_id_date" ON "matches" ("home_team_id", "date");
CREATE INDEX "IX_matches_tournament_key_date" ON "matches" ("tournament_key", "date");
CREATE UNIQUE INDEX "IX_teams_name" ON "teams" ("name");
CREATE TABLE fixtures (id INTEGER NOT NULL PRIMARY KEY, date TEXT NOT NULL, home_team TEXT NOT NULL, away_team TEXT NOT NULL, tournament TEXT NOT NULL, city TEXT NOT NULL, country TEXT NOT NULL, neutral INTEGER NOT NULL);
CREATE TABLE written_matches (competition TEXT NOT NULL, date TEXT NOT NULL, home_team TEXT NOT NULL, away_team TEXT NOT NULL, home_score INTEGER NULL, away_score INTEGER NULL, PRIMARY KEY (competition, date, home_team, away_team));
CREATE TABLE write_audit (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, at_utc TEXT NOT NULL, request TEXT NOT NULL, key_id TEXT NOT NULL);
INSERT INTO teams (id, name) VALUES (1, 'Canada'), (2, 'Mexico');
INSERT INTO matches (id, date, home_team_id, away_team_id, home_score, away_score, tournament, tournament_key, city, country, neutral)
VALUES (1, '2021-11-16', 1, 2, 2, 1, 'FIFA World Cup qualification', 'FIFA WORLD CUP QUALIFICATION', 'Edmonton', 'Canada', 0);
INSERT INTO written_matches (competition, date, home_team, away_team, home_score, away_score) VALUES ('concacaf-2022', '2021-11-16', 'Canada', 'Mexico', 0, 3);
INSERT INTO write_audit (at_utc, request, key_id) VALUES ('2021-11-17T10:00:00.000Z', 'POST /api/competitions/concacaf-2022/results {}', 'sha256:0123456789ab');
