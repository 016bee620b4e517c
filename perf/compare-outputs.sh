#!/usr/bin/env bash
# Runs a list of qualify commands and compares their output (stdout, stderr, exit code) with a saved baseline.
#
#   perf/compare-outputs.sh --save DIR [COMMANDS]   build the CLI, run every command, write the outputs into DIR
#   perf/compare-outputs.sh DIR [COMMANDS]          build the CLI, run every command, diff against DIR (exit 1 on any change)
#
# COMMANDS is a file with one command line per line (arguments after `qualify`, shell-quoted; # comments allowed);
# default perf/compare-outputs.commands. Commands run offline (an absent store file) unless QUALIFY_DB is set.
set -euo pipefail

save=0
if [[ "${1:-}" == "--save" ]]; then save=1; shift; fi
if [[ $# -lt 1 ]]; then
  echo "usage: $0 [--save] BASELINE_DIR [COMMANDS_FILE]" >&2
  exit 2
fi
baseline=$(realpath -m "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
commands=$(realpath "${2:-$root/perf/compare-outputs.commands}")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/Qualify.Cli" -c Release -o "$work/bin" -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 2; }
export QUALIFY_DB="${QUALIFY_DB:-$work/no-store/history.db}"

out="$work/out"
mkdir -p "$out"
n=0
while IFS= read -r line || [[ -n "$line" ]]; do
  [[ -z "${line// }" || "$line" =~ ^[[:space:]]*# ]] && continue
  n=$((n + 1))
  name=$(printf '%03d-%s' "$n" "$(echo "$line" | tr -c 'A-Za-z0-9.-' '_' | cut -c1-100)")
  eval "args=($line)"
  set +e
  dotnet "$work/bin/qualify.dll" "${args[@]}" >"$out/$name.out" 2>"$out/$name.err"
  echo $? >"$out/$name.exit"
  set -e
done <"$commands"

if [[ $save -eq 1 ]]; then
  rm -rf "$baseline"
  mkdir -p "$baseline"
  cp -r "$out/." "$baseline/"
  echo "saved $n command outputs to $baseline"
  exit 0
fi

if diff -r "$baseline" "$out" >"$work/diff.txt"; then
  echo "identical: $n commands, outputs equal to $baseline"
else
  cat "$work/diff.txt"
  echo "DIFFERENT: see above ($n commands compared with $baseline)" >&2
  exit 1
fi
