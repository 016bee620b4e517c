#!/usr/bin/env bash
# Writes the JSON output of every command on the Octagon (as of 2021-11-17 and 2022-03-28), offline and with the
# history store, one file per command, so that two builds can be compared byte for byte:
#
#   perf/octagon-outputs.sh <qualify executable> <history store .db> <output folder>
#   diff -r before/ after/
#
# The store must hold the imported dataset (qualify import <folder> --db <store>). Used to check that a change
# keeps every output identical except where it says otherwise.
set -euo pipefail
qualify=$1 db=$2 out=$3
mkdir -p "$out"
offline=$(mktemp -d)/none/history.db

run() { # name, then the command's arguments
  local name=$1; shift
  "$qualify" "$@" --format json > "$out/$name.json" 2> "$out/$name.err" || echo "exit $?" >> "$out/$name.err"
}

for d in 2021-11-17 2022-03-28; do
  run "table-$d" table concacaf-2022 --as-of "$d" --db "$offline"
  run "table-history-$d" table concacaf-2022-history --as-of "$d" --db "$db"
  run "forecast-offline-$d" forecast concacaf-2022 --as-of "$d" --sims 20000 --seed 1 --db "$offline"
  run "forecast-elo-$d" forecast concacaf-2022 --as-of "$d" --sims 20000 --seed 1 --db "$db"
  run "forecast-dc-$d" forecast concacaf-2022 --as-of "$d" --sims 20000 --seed 1 --model dixon-coles --db "$db"
  run "scenarios-$d" scenarios concacaf-2022 --as-of "$d" --db "$offline"
  run "scenarios-next-$d" scenarios concacaf-2022 --as-of "$d" --next --db "$offline"
  run "ratings-elo-$d" ratings --as-of "$d" --top 20 --db "$db"
  run "ratings-fifa-$d" ratings --system fifa --as-of "$d" --top 20 --db "$db"
  run "ratings-canada-$d" ratings --team Canada --history --as-of "$d" --db "$db"
  run "h2h-$d" h2h Canada Mexico --before "$d" --db "$db"
  run "team-$d" team Canada --before "$d" --db "$db"
  run "records-$d" records --before "$d" --db "$db"
done
run "forecast-timeline" forecast concacaf-2022 --timeline --sims 2000 --seed 1 --db "$offline"
run "competitions" competitions
run "teams" teams --search congo --db "$db"
run "evaluate" evaluate --from 2018-01-01 --to 2021-12-31 --db "$db"
