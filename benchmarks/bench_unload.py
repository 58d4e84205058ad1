"""Benchmark: `esmgen audit --unload` against mfpandas parsing the same RACF unload.

Unloads come from racf-generator (an independent project) with N users
(its "enterprise" profile, groups in the proportion of its "large" one).
In one process and taking turns, each run times (CPU, `time.process_time`):

* audit: `esmgen audit --esm racf --unload FILE` of the bundled catalog, as
  a user runs it (spec, required facts, reading the unload while holding
  only what the spec names, the comparison, the report);
* mfpandas: `IRRDBU00(irrdbu00=FILE).parse_t()`, its synchronous parse.

Peak memory is each one's resident set in a fresh process (VmHWM).
Goals (issue 12): audit at most half of mfpandas' time; linear in the
file's size; memory proportional to what the spec names, not the database.

    python3 benchmarks/bench_unload.py                      # 5000,10000,20000 users
    python3 benchmarks/bench_unload.py --sizes 5000,50000 --write docs/performance.md

Needs the test extra (racf-generator, mfpandas): pip install -e '.[test]'.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
SECTION = "<!-- bench_unload: written by benchmarks/bench_unload.py -->"


def unload_file(users, folder):
    path = os.path.join(folder, f"racfgen-{users}.unload")
    if not os.path.exists(path):
        import racf_generator
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # the "enterprise" profile takes the sizes; groups as racf-generator's "large" (1 to 12.5 users)
            racf_generator.IRRDBU00Generator(seed=11, profile="enterprise", user_count=users,
                                             group_count=max(10, users * 2 // 25)).write(path)
    return path


def run_audit(path, out):
    from esmgen.cli import main
    try:
        main(["audit", "--esm", "racf", "--unload", path, "--format", "json", "--out", out],
             standalone_mode=False)
    except SystemExit:
        pass
    except Exception as exc:                  # click's Exit(1) on drift
        if type(exc).__name__ != "Exit":
            raise


def run_mfpandas(path):
    import mfpandas
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mfpandas.IRRDBU00(irrdbu00=path).parse_t()


def cpu(function, *args):
    start = time.process_time()
    function(*args)
    return time.process_time() - start


# VmHWM, not ru_maxrss: a child forked from this (big) process inherits its
# maxrss, but the high-water mark starts again at exec (Linux proc(5)).
PEAK = """
import sys, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, {root!r})
sys.argv = ["x"]
from benchmarks.bench_unload import run_audit, run_mfpandas
{call}
with open("/proc/self/status") as status:
    print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


def peak_mb(call, root):
    result = subprocess.run([sys.executable, "-c", PEAK.format(root=root, call=call)],
                            capture_output=True, text=True, check=True)
    return int(result.stdout.split()[-1]) / 1024


def measure(sizes, runs, folder):
    root = os.path.dirname(HERE)
    rows = []
    for users in sizes:
        path = unload_file(users, folder)
        out = os.path.join(folder, "audit.json")
        audit_times, mfpandas_times = [], []
        run_audit(path, out)                   # warm-up: imports, caches
        for _ in range(runs):
            audit_times.append(cpu(run_audit, path, out))
            mfpandas_times.append(cpu(run_mfpandas, path))
        rows.append({
            "users": users, "mb": os.path.getsize(path) / 1e6,
            "audit": statistics.median(audit_times), "mfpandas": statistics.median(mfpandas_times),
            "audit_peak": peak_mb(f"run_audit({path!r}, {out!r})", root),
            "mfpandas_peak": peak_mb(f"run_mfpandas({path!r})", root),
        })
    return rows


def table(rows, runs):
    lines = [SECTION, "## Reading RACF unloads (audit)", "",
             "`benchmarks/bench_unload.py`: `esmgen audit --esm racf --unload` of the bundled",
             "catalog against mfpandas parsing the same racf-generator unload (seed 11,",
             f"profile enterprise), taking turns in one process, median of {runs} runs (CPU s);",
             "peak resident memory of each in a fresh process. Goals (issue 12): audit at",
             "most half of mfpandas' time, linear in the file, memory that follows the spec.",
             f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}.", "",
             "| users | file MB | audit s | mfpandas s | audit / mfpandas | audit peak MB | mfpandas peak MB |",
             "|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        lines.append(f"| {row['users']} | {row['mb']:.1f} | {row['audit']:.2f} | {row['mfpandas']:.2f} |"
                     f" {row['audit'] / row['mfpandas']:.2f} | {row['audit_peak']:.0f} |"
                     f" {row['mfpandas_peak']:.0f} |")
    first, last = rows[0], rows[-1]
    if len(rows) > 1:
        lines += ["", f"From {first['users']} to {last['users']} users the audit takes"
                  f" {last['audit'] / first['audit']:.1f}x the time for"
                  f" {last['mb'] / first['mb']:.1f}x the file."]
    return "\n".join(lines) + "\n"


def write_section(path, text, marker=SECTION):
    """Replace the section that starts at `marker` (up to the next `<!-- bench_`) with text, or append it."""
    with open(path, encoding="utf-8") as handle:
        old = handle.read()
    start = old.find(marker)
    if start < 0:
        new = old.rstrip("\n") + "\n\n" + text
    else:
        end = old.find("<!-- bench_", start + len(marker))
        new = old[:start] + text + ("\n" + old[end:] if end >= 0 else "")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(new)


def options(argv, doc, runs):
    """The options of the unload benchmarks (this one and bench_import.py); makes the folder, and
    gives esmgen a cache of its own unless XDG_CACHE_HOME is set."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--sizes", default="5000,10000,20000", help="comma-separated user counts")
    parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument("--folder", default=os.path.join(tempfile.gettempdir(), "esmgen-bench-unload"),
                        help="where generated unloads are kept between runs")
    parser.add_argument("--write", metavar="FILE", help="replace this script's section of FILE")
    args = parser.parse_args(argv)
    os.makedirs(args.folder, exist_ok=True)
    os.environ.setdefault("XDG_CACHE_HOME", tempfile.mkdtemp(prefix="esmgen-bench-cache-"))
    return args


def main(argv=None):
    args = options(argv, __doc__, runs=3)
    text = table(measure([int(n) for n in args.sizes.split(",")], args.runs, args.folder), args.runs)
    print(text, end="")
    if args.write:
        write_section(args.write, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
