#!/usr/bin/env bash
# A bounded load test of `qualify serve` on loopback, with wrk (Debian's package): docs/performance.md, "Web load".
#
#   perf/load/load-test.sh [--clients 200] [--duration 60] [--db history.db] [--sims 100000] [--page /competitions/…]
#
# It publishes the CLI in Release, imports the dataset into a temporary store (unless --db names one), starts
# `qualify serve` on a free loopback port, and runs:
#   1. what-if forecasts alone, one client, for 30 s (the latency of one what-if at low concurrency), then table reads
#      alone, ten clients, for 30 s;
#   2. the mix, twice for --duration seconds: --clients connections in all, 40 % page views of the Octagon's competition
#      page, 40 % table reads, 20 % what-if forecasts of --sims simulations (a random score on a random remaining
#      fixture), each kind from its own wrk process so that each has its own latency figures.
# It prints one Markdown table (throughput, p50/p95/p99/max latency in ms, errors: every status but 2xx/3xx and every
# socket error) and the server's resident memory (VmRSS) before, every 10 s, and after.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/perf/load"
clients=200 duration=60 db="" sims=100000 page="/competitions/concacaf-2022?as-of=2021-11-17"
while [ $# -gt 0 ]; do
  case "$1" in
    --clients) clients="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --sims) sims="$2"; shift 2 ;;
    --page) page="$2"; shift 2 ;;
    *) echo "error: unknown option '$1' (--clients N, --duration S, --db path, --sims N, --page path)" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "error: wrk not found: apt-get install wrk" >&2; exit 2; }
data="${QUALIFY_TEST_DATA:-$root/../shared/data/international-results}"
work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

echo "publishing the CLI (Release)…" >&2
dotnet publish "$root/src/Qualify.Cli" -c Release -o "$work/qualify" >/dev/null
if [ -z "$db" ]; then
  db="$work/history.db"
  echo "importing $data…" >&2
  dotnet "$work/qualify/qualify.dll" import "$data" --db "$db" >/dev/null
fi

dotnet "$work/qualify/qualify.dll" serve --urls http://127.0.0.1:0 --db "$db" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -1 || true)"
  [ -n "$url" ] && break
  sleep 0.5
done
[ -n "$url" ] || { echo "error: qualify serve did not start: $(cat "$work/serve.log")" >&2; exit 1; }
rss() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$server/status"; }

competition=concacaf-2022 asof=2021-11-17
table="/api/competitions/$competition/table?as-of=$asof"
forecast="/api/competitions/$competition/forecast?as-of=$asof&sims=$sims"
fixtures="$(curl -sf "$url$forecast" | /usr/bin/python3 -c '
import json, sys, urllib.parse
q = lambda s: urllib.parse.quote(s, safe="")
print(";".join(q(f["home"]) + "|" + q(f["away"]) for f in json.load(sys.stdin)["fixtures"]))')"
for path in "$page" "$table"; do curl -sf -o /dev/null "$url$path" || { echo "error: GET $path failed" >&2; exit 1; }; done

export LOAD_DIR="$here" LOAD_FIXTURES="$fixtures" LOAD_BASE="$forecast"
run() { # name connections seconds script [path]
  LOAD_NAME="$1" LOAD_PATH="${5:-}" wrk -t1 -c"$2" -d"$3"s --timeout 30s -s "$here/$4" "$url" | grep '^|'
}
mix() { # label seconds
  local p=$((clients * 2 / 5)) t=$((clients * 2 / 5)); local w=$((clients - p - t))
  local pids=()
  run "page ($1)" "$p" "$2" get.lua "$page" & pids+=($!)
  run "table ($1)" "$t" "$2" get.lua "$table" & pids+=($!)
  run "what-if ($1)" "$w" "$2" what-if.lua & pids+=($!)
  wait "${pids[@]}"
}
sample() { # seconds: RSS every 10 s, into $work/memory
  for s in $(seq 10 10 "$1"); do sleep 10; printf ' %s s: %s' "$s" "$(rss)" >>"$work/memory"; done
}

echo "# qualify serve under load: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| requests | count | per second | p50 ms | p95 ms | p99 ms | max ms | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
run "what-if alone, 1 client" 1 30 what-if.lua
run "table alone, 10 clients" 10 30 get.lua "$table"
before="$(rss)"
sample $((2 * duration)) & sampler=$!
mix "minute 1, $clients clients" "$duration"
mix "minute 2, $clients clients" "$duration"
wait "$sampler" || true
echo
echo "server memory (VmRSS, MiB): before the mix $before; during the mix,$(cat "$work/memory"); after $(rss)"
