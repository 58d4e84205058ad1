#!/usr/bin/env python3
"""Benchmark: the CPU cost of one `esmgen render` with the bundled catalog,
next to the cost of starting Python and importing jinja2, yaml and click.

The two commands run N times each, taking turns (A B A B ...), so that
whatever else the machine does falls on both alike. Each run's cost is the
user + system CPU time of the child process as os.wait4 reports it; the
script prints the median of each and their ratio.

    python3 benchmarks/bench_startup.py                     # 30 runs of each
    python3 benchmarks/bench_startup.py -n 60
    python3 benchmarks/bench_startup.py --write docs/performance.md
    python3 benchmarks/bench_startup.py --also before=/tmp/old/bin/esmgen

The esmgen measured is the one installed next to the Python running this
script (its `esmgen` console script, else `python -m esmgen`); the baseline
runs with the same Python. `--also LABEL=PROGRAM` adds another esmgen (for
example one installed from an older commit) to the same rotation. Every
command gets one unmeasured run first, so esmgen's cache (compiled templates,
parsed package data) is warm, as it is for anyone who has run esmgen once;
the "empty cache" row runs esmgen with a new cache directory every time (the
first run after an install or an upgrade). The runs use a cache directory of
their own, never the user's.

This is a measurement, not a test: it asserts nothing about the timings.
"""

import argparse
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile

BASELINE = "import jinja2, yaml, click"
RENDER_ARGS = ["render", "--esm", "racf"]
SECTION = "## Start-up"


def esmgen_command(python):
    """The esmgen console script next to `python`, else `python -m esmgen`."""
    script = os.path.join(os.path.dirname(python), "esmgen")
    if os.access(script, os.X_OK):
        return [script]
    return [python, "-m", "esmgen"]


def cpu_seconds(argv, env):
    """User + system CPU seconds of one run of argv (stdout to /dev/null)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        pid = os.posix_spawnp(argv[0], argv, env, file_actions=[
            (os.POSIX_SPAWN_DUP2, devnull, 1)])
    finally:
        os.close(devnull)
    _, status, usage = os.wait4(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(argv)}: exit status {code}")
    return usage.ru_utime + usage.ru_stime


class Subject:
    """One command in the rotation, and the CPU seconds of its runs."""

    def __init__(self, label, argv, cold=False):
        self.label = label
        self.argv = argv
        self.cold = cold            # a new, empty cache directory for every run
        self.times = []

    def run(self, env, scratch):
        if self.cold:
            cache = tempfile.mkdtemp(dir=scratch)
            env = dict(env, XDG_CACHE_HOME=cache)
            self.times.append(cpu_seconds(self.argv, env))
            shutil.rmtree(cache)
        else:
            self.times.append(cpu_seconds(self.argv, env))

    @property
    def median(self):
        return statistics.median(self.times)


def measure(subjects, runs, env, scratch):
    for subject in subjects:          # warm the cache and the OS's file cache
        subject.run(env, scratch)
        subject.times.clear()
    for _ in range(runs):
        for subject in subjects:
            subject.run(env, scratch)


def table(subjects, baseline):
    """Medians decide the ratio; the ratio of the fastest runs is shown too,
    as other work on the machine only ever adds time."""
    rows = ["| command | median CPU s | min | max | ratio to baseline | ratio of the mins |",
            "|---|---:|---:|---:|---:|---:|"]
    for s in subjects:
        rows.append(f"| {s.label} | {s.median:.3f} | {min(s.times):.3f} | {max(s.times):.3f}"
                    f" | {s.median / baseline.median:.2f}x | {min(s.times) / min(baseline.times):.2f}x |")
    return "\n".join(rows)


def installed_extras():
    """Which optional speed-ups the measured Python can import."""
    found = []
    for module, name in (("ryml", "rapidyaml"), ("fastjsonschema", "fastjsonschema")):
        try:
            __import__(module)
            found.append(name)
        except ImportError:
            pass
    return found


def section(subjects, runs, notes):
    """The measured part of the "Start-up" section of docs/performance.md."""
    extras = installed_extras()
    return "\n".join([
        "### Measured",
        "",
        f"{runs} runs of each command, taking turns; CPU time (user + system) of",
        "each child process from `os.wait4`; *ratio to baseline* is the median over",
        "the baseline's median, *ratio of the mins* the same for the fastest runs.",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}"
        f" ({platform.python_implementation()}), {platform.system()} {platform.machine()}.",
        f"Load average at the start: {notes['load']}. Optional extras installed with the"
        f" measured esmgen: {', '.join(extras) if extras else 'none'}.",
        "",
        table(subjects, subjects[0]),
        "",
        f"{summary(subjects, runs)}",
        "",
    ])


def summary(subjects, runs):
    return (f"{subjects[1].label}: {subjects[1].median / subjects[0].median:.2f}x the baseline"
            f" (medians of {runs} runs).")


def write_section(path, text):
    """Replace the measured part of the Start-up section of `path` with text.

    The section's prose is written by hand; only the part from "### Measured"
    to the next heading of level 2 or 3 is the script's.
    """
    with open(path, encoding="utf-8") as handle:
        doc = handle.read()
    start = doc.find(SECTION)
    if start < 0:
        raise SystemExit(f"{path}: no '{SECTION}' section to write into")
    measured = doc.find("### Measured", start)
    if measured < 0:
        raise SystemExit(f"{path}: the '{SECTION}' section has no '### Measured' part")
    body = doc.index("\n", measured) + 1              # after the "### Measured" line
    after = re.search(r"^###? ", doc[body:], re.MULTILINE)
    end = body + after.start() if after else len(doc)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(doc[:measured] + text + ("\n" if after else "") + doc[end:])


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=30, help="runs of each command (default: %(default)s)")
    parser.add_argument("--also", action="append", default=[], metavar="LABEL=PROGRAM",
                        help="another esmgen program to measure in the same rotation")
    parser.add_argument("--name", default="this esmgen", help="what to call the esmgen measured (a commit, say)")
    parser.add_argument("--no-cold", action="store_true", help="leave out the empty-cache row")
    parser.add_argument("--write", metavar="FILE",
                        help="put the results into the Start-up section of FILE (docs/performance.md)")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    python = sys.executable
    esmgen = esmgen_command(python) + RENDER_ARGS
    subjects = [Subject(f"`python3 -c \"{BASELINE}\"` (baseline)", [python, "-c", BASELINE]),
                Subject(f"`esmgen render --esm racf` ({args.name})", esmgen)]
    if not args.no_cold:
        subjects.append(Subject(f"`esmgen render --esm racf` ({args.name}, empty cache)", esmgen, cold=True))
    for extra in args.also:
        label, _, program = extra.partition("=")
        subjects.append(Subject(f"`esmgen render --esm racf` ({label})", [program] + RENDER_ARGS))
    notes = {"load": ", ".join(f"{x:.2f}" for x in os.getloadavg())}
    env = dict(os.environ)
    # Python as users run it: imports compiled once to __pycache__ (pip does
    # that at install; a source checkout does it on the first run).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="esmgen-startup-") as scratch:
        # The measured runs use a cache of their own, not the user's.
        env["XDG_CACHE_HOME"] = os.path.join(scratch, "cache")
        measure(subjects, args.runs, env, scratch)
    print(table(subjects, subjects[0]))
    print()
    print(summary(subjects, args.runs))
    if args.write:
        write_section(args.write, section(subjects, args.runs, notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
