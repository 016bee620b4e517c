#!/usr/bin/env python3
"""Compares the simulation loop of several builds on a noisy machine by running them in lockstep.

    perf/lockstep.py STORE COMPETITION AS-OF CHUNKS ROUNDS DLL [DLL ...]

Each DLL is a built Qualify.Benchmarks.dll (for example from a git worktree of another commit). Every build is started
once (`loop ... --lockstep`: plan built, loop warmed up), then the builds take turns, one round of CHUNKS chunks each,
in an order that rotates every round, so that the machine's slow changes of speed fall on all of them alike. Prints each
build's median time per simulation and its median ratio to the first build over the rounds.
"""
import os
import statistics
import subprocess
import sys

if len(sys.argv) < 7:
    sys.exit("usage: perf/lockstep.py STORE COMPETITION AS-OF CHUNKS ROUNDS DLL [DLL ...]")
store, competition, as_of, chunks, rounds, *dlls = sys.argv[1:]
procs = []
for dll in dlls:
    p = subprocess.Popen(["dotnet", dll, "loop", store, competition, as_of, chunks, "--lockstep"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={**os.environ, "DOTNET_TieredPGO": "0"})
    procs.append(p)
for p in procs:
    line = p.stdout.readline().strip()
    if line != "ready":
        sys.exit(f"a build did not start: {line!r}")
times = [[] for _ in dlls]
for r in range(int(rounds)):
    order = list(range(len(dlls)))
    order = order[r % len(order):] + order[:r % len(order)]
    for i in order:
        procs[i].stdin.write("go\n")
        procs[i].stdin.flush()
        times[i].append(float(procs[i].stdout.readline()))
for p in procs:
    p.stdin.close()
    p.wait()
for i, dll in enumerate(dlls):
    ratios = [t / b for t, b in zip(times[i], times[0])]
    print(f"{statistics.median(times[i]):8.1f} ns  ratio {statistics.median(ratios):.3f}  min {min(times[i]):8.1f}  {dll}")
