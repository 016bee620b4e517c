#!/usr/bin/env python3
"""Cold-process wall-clock and CPU time of qualify commands, for one or more builds of the executable.

Each round runs every (build, command) pair once, in a shuffled order, so that the load of a shared machine hits every
build alike; one untimed run of each pair first warms the disk cache. Prints the median and the minimum wall-clock and
the median CPU time (user + system, every thread of the process) per pair, with the load average before and after,
and the time "after start-up": the command's median minus the same build's median of `qualify --version`.

usage: perf/startup-times.py --db STORE [--rounds N] [--commands version,h2h,...] NAME=EXECUTABLE...

  python3 perf/startup-times.py --db /tmp/history.db \\
      build=src/Qualify.Cli/bin/Release/net10.0/qualify published=out/qualify/qualify
"""
import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "version": ["--version"],
    "h2h": ["h2h", "Canada", "Mexico", "--before", "2021-11-17"],
    "team": ["team", "Canada", "--before", "2021-11-17"],
    "records-team": ["records", "--team", "Canada"],
    "records": ["records"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="an imported history store")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--commands", default=",".join(COMMANDS))
    parser.add_argument("builds", nargs="+", metavar="NAME=EXECUTABLE")
    options = parser.parse_args()

    builds = [tuple(b.split("=", 1)) for b in options.builds]
    names = options.commands.split(",")
    env = dict(os.environ, NO_COLOR="1")

    def argv(exe: str, name: str) -> list[str]:
        extra = [] if name == "version" else ["--db", options.db]
        return [exe, *COMMANDS[name], *extra]

    pairs = [(b, n) for b in builds for n in names]
    for (label, exe), n in pairs:
        if subprocess.run(argv(exe, n), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env).returncode != 0:
            print(f"{label} {n}: failed", file=sys.stderr)
            return 1

    wall = {p: [] for p in pairs}
    cpu = {p: [] for p in pairs}
    load_before = open("/proc/loadavg").read().split()[:3]
    for _ in range(options.rounds):
        random.shuffle(pairs)
        for pair in pairs:
            (label, exe), n = pair
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(argv(exe, n), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
            wall[pair].append((time.perf_counter() - start) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[pair].append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
    load_after = open("/proc/loadavg").read().split()[:3]

    print(f"load average before {' '.join(load_before)}, after {' '.join(load_after)}; {options.rounds} rounds")
    print("| build | command | wall median (ms) | wall min (ms) | CPU median (ms) | after start-up (ms) |")
    print("|---|---|---:|---:|---:|---:|")
    for label, exe in builds:
        baseline = statistics.median(wall[((label, exe), "version")]) if "version" in names else None
        for n in names:
            w, c = wall[((label, exe), n)], cpu[((label, exe), n)]
            median = statistics.median(w)
            after = "" if baseline is None or n == "version" else f"{median - baseline:.0f}"
            print(f"| {label} | {n} | {median:.0f} | {min(w):.0f} | {statistics.median(c):.0f} | {after} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
