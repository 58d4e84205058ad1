#!/usr/bin/env python3
"""Benchmark: the simulator's speed in commands per second, beside rendering the same deck.

For each size N (users) and each ESM, the script writes the synthetic spec
of benchmarks/bench_render.py (N users, 5 grants each), renders its setup
deck in TSO format through esmgen.api and applies that deck to an empty
simulated database through esmgen.simulator.engine, in the same process,
taking turns (render, simulate, render, simulate ...) so that whatever else
the machine does falls on both alike. It prints the best and the median CPU
time of each, the simulator's commands per second and the ratio of the two.

Issue 11 set the goals: at least 50,000 commands per second, and simulating a
deck no slower than rendering it.

    python3 benchmarks/bench_simulator.py                    # table on stdout
    python3 benchmarks/bench_simulator.py --sizes 2000,10000 --runs 5
    python3 benchmarks/bench_simulator.py --write docs/performance.md
    python3 benchmarks/bench_simulator.py --profile 10000 acf2   # cProfile hot spots

This is a measurement, not a test: it asserts nothing about the timings.
"""

import argparse
import cProfile
import os
import platform
import pstats
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))       # this checkout's esmgen, not an installed one
sys.path.insert(0, HERE)

from bench_render import write_spec  # noqa: E402  (needs the sys.path lines above)
from esmgen import api, esms  # noqa: E402
from esmgen.simulator import engine  # noqa: E402

SECTION = "<!-- bench_simulator: written by benchmarks/bench_simulator.py -->"
GOAL = 50_000       # commands per second (issue 11)


def render(spec_path, esm):
    loaded = api.load(api.Inputs(profiles=spec_path))
    return api.render(loaded, esm, "setup", "tso")


def simulate(deck, esm):
    state = engine.baseline_state(esm, "empty")
    return engine.run_deck(deck, esm, state)


def cpu(func, *args):
    """(CPU seconds, result) of one call."""
    start = time.process_time()
    result = func(*args)
    return time.process_time() - start, result


def measure(spec_path, esm, runs):
    """{render: [s], simulate: [s], commands: n, bad: n} for one ESM, taking turns."""
    times = {"render": [], "simulate": []}
    commands = bad = 0
    for _ in range(runs):
        seconds, deck = cpu(render, spec_path, esm)
        times["render"].append(seconds)
        seconds, results = cpu(simulate, deck, esm)
        times["simulate"].append(seconds)
        commands = len(results)
        bad = sum(1 for r in results if r.outcome in ("error", "unsupported"))
    return dict(times, commands=commands, bad=bad)


def rows(sizes, runs):
    found = []
    with tempfile.TemporaryDirectory() as directory:
        for users in sizes:
            spec_path = write_spec(directory, users)
            for esm in esms.NAMES:
                found.append((users, esm, measure(spec_path, esm, runs)))
    return found


def table(found):
    lines = ["| users | ESM | commands | render CPU s (best / median) | simulate CPU s (best / median)"
             " | commands/s (best run) | simulate / render (medians) | failed commands |",
             "|---:|---|---:|---:|---:|---:|---:|---:|"]
    for users, esm, m in found:
        render_best, render_median = min(m["render"]), statistics.median(m["render"])
        sim_best, sim_median = min(m["simulate"]), statistics.median(m["simulate"])
        rate = m["commands"] / sim_best if sim_best else float("inf")
        lines.append(f"| {users} | {esm} | {m['commands']} | {render_best:.2f} / {render_median:.2f}"
                     f" | {sim_best:.2f} / {sim_median:.2f} | {rate:,.0f} | {sim_median / render_median:.2f}"
                     f" | {m['bad']} |")
    return "\n".join(lines) + "\n"


def document(found, runs):
    slowest = min(m["commands"] / min(m["simulate"]) for _, _, m in found)
    ratio = max(statistics.median(m["simulate"]) / statistics.median(m["render"]) for _, _, m in found)
    return "\n".join([
        SECTION,
        "## Simulator speed",
        "",
        "`benchmarks/bench_simulator.py` renders the setup deck of the synthetic",
        "spec of `bench_render.py` (N users, 5 grants each) in TSO format and",
        "applies it to an empty simulated database, in one process, taking turns",
        f"({runs} runs of each); CPU time (`time.process_time`). Goals (issue 11):",
        f"at least {GOAL:,} commands per second, and no slower than rendering.",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}"
        f" ({platform.python_implementation()}), {platform.system()} {platform.machine()}.",
        "",
        table(found),
        f"Slowest rate: {slowest:,.0f} commands per second; largest simulate/render ratio: {ratio:.2f}.",
        "Failed commands: commands the simulator reported `error` or `unsupported` on a",
        "first run into an empty database (a deck that needs site objects shows them here).",
        "",
    ])


def write_section(path, text):
    """Replace this script's section of the file (to the next `<!-- bench_` marker or `## Start-up`)."""
    with open(path, encoding="utf-8") as handle:
        old = handle.read()
    start = old.find(SECTION)
    if start < 0:
        new = old.rstrip("\n") + "\n\n" + text
    else:
        ends = [i for i in (old.find("<!-- bench_", start + len(SECTION)), old.find("\n## Start-up", start))
                if i >= 0]
        end = min(ends) if ends else len(old)
        new = old[:start] + text + ("\n" if end < len(old) else "") + old[end:].lstrip("\n")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(new)


def profile(users, esm, top=25):
    with tempfile.TemporaryDirectory() as directory:
        deck = render(write_spec(directory, users), esm)
    profiler = cProfile.Profile()
    profiler.enable()
    simulate(deck, esm)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="2000,10000", help="comma-separated user counts")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write", metavar="FILE", help="replace this script's section of FILE")
    parser.add_argument("--profile", nargs=2, metavar=("USERS", "ESM"), help="cProfile the simulator")
    args = parser.parse_args(argv)
    os.environ.setdefault("XDG_CACHE_HOME", tempfile.mkdtemp(prefix="esmgen-bench-cache-"))
    if args.profile:
        profile(int(args.profile[0]), args.profile[1])
        return 0
    found = rows([int(n) for n in args.sizes.split(",")], args.runs)
    text = document(found, args.runs)
    print(text)
    if args.write:
        write_section(args.write, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
