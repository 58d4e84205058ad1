"""Benchmark: `esmgen import --all` of a RACF unload against mfpandas parsing it.

The unloads are bench_unload.py's (racf-generator, seed 11, "enterprise"
profile, N users and N*2/25 groups), kept in the same folder. For each size:

* in-process CPU (`time.process_time`), taking turns, median of --runs:
  `esmgen import --esm racf --unload FILE --all --out SPEC.yaml
  --unload-date 2026-11-30` through the click entry point (reading the unload,
  building the spec and the translation report, writing the three files)
  against mfpandas' `IRRDBU00(irrdbu00=FILE).parse_t()`;
* peak resident memory of each in a fresh process (VmHWM).

For the smallest size also the two whole commands as a user types them,
interpreter start-up and imports included: wall and CPU seconds of the
finished child processes, taking turns, median of --runs, and the ratio of
each pair. Goal (issue 13): the import of 5,000 users at most as long as
mfpandas; linear in the file up to 50,000 users.

    python3 benchmarks/bench_import.py                          # 5000,10000,20000 users
    python3 benchmarks/bench_import.py --sizes 5000,10000,20000,50000 --runs 5 --write docs/performance.md

Needs the test extra (racf-generator, mfpandas): pip install -e '.[test]'.
"""

import contextlib
import io
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

from benchmarks.bench_unload import cpu, peak_mb, run_mfpandas, unload_file, write_section  # noqa: E402
from benchmarks.bench_unload import options as bench_options  # noqa: E402

SECTION = "<!-- bench_import: written by benchmarks/bench_import.py -->"
DATE = "2026-11-30"
SLACK = 1.25          # time per MB may grow this much from the smallest to the largest file and still be "linear"


def import_args(path, spec):
    return ["import", "--esm", "racf", "--unload", path, "--all", "--out", spec, "--unload-date", DATE]


def run_import(path, spec):
    from esmgen.cli import main
    with contextlib.redirect_stderr(io.StringIO()):       # its "wrote ..." lines
        main(import_args(path, spec), standalone_mode=False)


def whole_process(argv):
    """(wall seconds, CPU seconds) of one child process, output thrown away."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code:
        raise SystemExit(f"exit status {code}: {' '.join(argv)}")
    return wall, usage.ru_utime + usage.ru_stime


def commands(path, spec):
    """The import as `esmgen ...` and mfpandas as `python3 -c ...`, both from this interpreter's environment."""
    esmgen = os.path.join(os.path.dirname(sys.executable), "esmgen")
    parse = f"import mfpandas; mfpandas.IRRDBU00(irrdbu00={path!r}).parse_t()"
    return [esmgen, *import_args(path, spec)], [sys.executable, "-c", parse]


def side_by_side(first, second, runs):
    """Run the two commands in turn (one warm-up each); medians and the median pairwise ratio."""
    whole_process(first), whole_process(second)
    pairs = [(whole_process(first), whole_process(second)) for _ in range(runs)]
    figures = {}
    for index, name in enumerate(("wall", "cpu")):
        mine = [a[index] for a, _ in pairs]
        theirs = [b[index] for _, b in pairs]
        figures[name] = (statistics.median(mine), statistics.median(theirs),
                         statistics.median(a / b for a, b in zip(mine, theirs)))
    return figures


def one_size(users, runs, folder):
    path = unload_file(users, folder)
    spec = os.path.join(folder, f"import-{users}.yaml")
    run_import(path, spec)                    # warm-up: imports, caches
    run_mfpandas(path)                        # ... and pandas' imports
    mine, theirs, ratios = [], [], []
    for _ in range(runs):
        mine.append(cpu(run_import, path, spec))
        theirs.append(cpu(run_mfpandas, path))
        ratios.append(mine[-1] / theirs[-1])
    load = f"from benchmarks.bench_import import run_import\nrun_import({path!r}, {spec!r})"
    return {"users": users, "mb": os.path.getsize(path) / 1e6, "path": path, "spec": spec,
            "import": statistics.median(mine), "mfpandas": statistics.median(theirs),
            "ratio": statistics.median(ratios),
            "import_peak": peak_mb(load, ROOT), "mfpandas_peak": peak_mb(f"run_mfpandas({path!r})", ROOT)}


def verdict(rows, process):
    small, large = rows[0], rows[-1]
    inside, whole = round(small["ratio"], 2), round(process["wall"][2], 2)      # as the tables show them
    within = inside <= 1 and whole <= 1
    words = [f"At {small['users']:,} users the import takes {inside:.2f}x mfpandas' CPU time in process and"
             f" {whole:.2f}x its wall time as whole commands:"]
    if within:
        words.append("at most as long as mfpandas, so the goal holds.")
        if inside > 0.9:
            words.append("The in-process margin is thin, within the 10% or so this machine drifts by.")
    else:
        slower = [f"{(ratio - 1) * 100:.0f}% longer {where}"
                  for ratio, where in ((inside, "in process"), (whole, "as whole commands")) if ratio > 1]
        words.append(" and ".join(slower) + " than mfpandas, so the goal does not hold.")
    worst = max(rows, key=lambda row: row["ratio"])
    if within and worst["ratio"] > 1:
        words.append(f"At larger files the import is the slower of the two in process (up to {worst['ratio']:.2f}x,"
                     f" {worst['users']:,} users); the goal asks for 5,000 users only.")
    if len(rows) > 1:
        grow, size = large["import"] / small["import"], large["mb"] / small["mb"]
        per_mb = grow / size
        words.append(f"From {small['users']:,} to {large['users']:,} users the import takes {grow:.1f}x the time"
                     f" for {size:.1f}x the file, {small['import'] / small['mb']:.3f} to"
                     f" {large['import'] / large['mb']:.3f} s per MB ({(per_mb - 1) * 100:+.0f}%):"
                     + (f" linear, taking as linear a time per MB that grows by at most {(SLACK - 1) * 100:.0f}%."
                        if per_mb <= SLACK else
                        f" more than linear (the time per MB grows by more than {(SLACK - 1) * 100:.0f}%)."))
    return " ".join(words)


def table(rows, process, runs):
    small = rows[0]
    lines = [SECTION, "## Importing a RACF unload (import --all)", "",
             "`benchmarks/bench_import.py` times `esmgen import --esm racf --unload FILE --all",
             f"--out SPEC.yaml --unload-date {DATE}` (writing the spec, SPEC.translation.md and",
             "SPEC.translation.json) against mfpandas' `IRRDBU00(irrdbu00=FILE).parse_t()` on the",
             "unloads of `bench_unload.py` (racf-generator, seed 11, profile enterprise).",
             "*import s* and *mfpandas s* are CPU seconds in one process, taking turns, median of",
             f"{runs} runs, without interpreter start-up and imports; *import / mfpandas* is the median",
             "of the turn-by-turn ratios. Peak memory is each one's resident set in a fresh",
             "process (VmHWM, the interpreter included). Goal (issue 13): importing 5,000 users",
             "takes at most as long as mfpandas parsing the same file, and the import stays",
             "linear in the file to 50,000 users.",
             f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}. Its speed drifts between runs",
             "and within one: read the ratios, taken turn by turn, rather than the seconds.", "",
             "Re-run with:", "",
             "    python3 benchmarks/bench_import.py --sizes 5000,10000,20000,50000 --runs 5"
             " --write docs/performance.md", "",
             "| users | file MB | import s | mfpandas s | import / mfpandas | import s per MB"
             " | import peak MB | mfpandas peak MB |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        lines.append(f"| {row['users']} | {row['mb']:.1f} | {row['import']:.2f} | {row['mfpandas']:.2f} |"
                     f" {row['ratio']:.2f} | {row['import'] / row['mb']:.3f} | {row['import_peak']:.0f} |"
                     f" {row['mfpandas_peak']:.0f} |")
    lines += ["", f"The whole commands for {small['users']:,} users, as a user runs them (`esmgen import ...` and",
              "`python3 -c \"import mfpandas; mfpandas.IRRDBU00(irrdbu00='FILE').parse_t()\"`), with",
              f"start-up and imports: a whole-process timer run side by side (median of {runs} runs).", "",
              "| whole command | import s | mfpandas s | import / mfpandas |", "|---|---:|---:|---:|"]
    for name, label in (("wall", "wall seconds"), ("cpu", "CPU seconds (user + system)")):
        mine, theirs, ratio = process[name]
        lines.append(f"| {label} | {mine:.2f} | {theirs:.2f} | {ratio:.2f} |")
    lines += ["", verdict(rows, process)]
    return "\n".join(lines) + "\n"


def main(argv=None):
    options = bench_options(argv, __doc__, runs=5)
    rows = [one_size(users, options.runs, options.folder)
            for users in sorted(int(n) for n in options.sizes.split(","))]
    process = side_by_side(*commands(rows[0]["path"], rows[0]["spec"]), options.runs)
    text = table(rows, process, options.runs)
    print(text, end="")
    if options.write:
        write_section(options.write, text, SECTION)
    return 0


if __name__ == "__main__":
    sys.exit(main())
