#!/usr/bin/env python3
"""Benchmark: check-output and dry-run on inputs of size N, 2N and 4N; do they grow linearly?

Inputs, written to a temporary directory:

* check-output, "blocks": the synthetic SYSTSPRT listings of tests/listings/
  (their `#` notes dropped) repeated until the listing has the size asked
  for: thousands of READY / command / message blocks.
* check-output, "long echo": one command whose echo is continued over half
  the listing's lines (each ends with ` -`), followed by as many lines of
  output. This is the shape that was quadratic (issue 8): the echo was joined
  again for every output line after it.
* dry-run: the setup deck (IKJEFT01 job) of benchmarks/bench_render.py's
  synthetic spec for N, 2N and 4N users, rendered here for each ESM, and
  its verify and undo decks (--kinds), run against the state the setup deck
  leaves (saved with --save-state and loaded with --state).

Each measurement runs the real command line (`esmgen check-output ...`,
`esmgen dry-run ...`) in a fresh Python process. *CPU seconds* and *wall
seconds* are the time of the command inside that process (reading the
input, the work, writing the report to /dev/null), without interpreter
start-up and imports; *process seconds* is the whole process, as a user
waits for it. Each figure
is the fastest of --repeat runs; CPU time is reported besides wall time
because other work on a shared machine stretches wall time but hardly the
CPU time of the measured process. The ratio column divides a size's CPU
seconds by the size before it: doubling the input should at most double the
time. Identical runs still differ by 10-40% here, so a ratio up to
2 x (1 + --tolerance) is read as linear.

    python3 benchmarks/bench_listing.py                         # table on stdout
    python3 benchmarks/bench_listing.py --write docs/performance.md
    python3 benchmarks/bench_listing.py --repo /tmp/old-esmgen  # measure another checkout
    python3 benchmarks/bench_listing.py --only check-output --listing-kb 80

This is a measurement, not a test: it asserts nothing about the timings.
"""

import argparse
import glob
import json
import os
import platform
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SECTION = "<!-- bench_listing: written by benchmarks/bench_listing.py -->"
ESMS = ("racf", "acf2", "tss")


# -- inputs ------------------------------------------------------------------------

def listing_blocks(size):
    """The tests/listings examples repeated to at least `size` bytes (whole copies)."""
    parts = []
    for path in sorted(glob.glob(os.path.join(REPO, "tests", "listings", "*.txt"))):
        with open(path, encoding="utf-8") as handle:
            parts.append("".join(line for line in handle if not line.startswith("#")))
    unit = "".join(parts)
    return unit * max(1, -(-size // len(unit)))


def listing_long_echo(size):
    """READY, one echo continued over half the lines, output for the other half."""
    lines = max(2, size // 40)          # the two kinds of line average 40 bytes
    echo = "".join(f"ALTUSER USER{i:05d} DATA('LINE {i:05d}') -\n" for i in range(lines // 2))
    output = "".join(f"OUTPUT LINE {i:07d} OF THE COMMAND ABOVE\n" for i in range(lines // 2))
    return "READY\n" + echo + "NOPASSWORD\n" + output + "READY\nEND\n"


def render_decks(directory, users, esms, kinds):
    """{(esm, kind): path} of the decks of bench_render's spec for `users` users."""
    sys.path.insert(0, HERE)
    sys.path.insert(0, REPO)
    import bench_render                     # noqa: E402  (the spec generator)
    from esmgen import api                  # noqa: E402
    spec = bench_render.write_spec(directory, users)
    loaded = api.load(api.Inputs(profiles=spec))
    paths = {}
    for esm in esms:
        for kind in kinds:
            path = os.path.join(directory, f"{esm}-{kind}-{users}.jcl")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(api.render(loaded, esm, kind, "jcl"))
            paths[esm, kind] = path
    return paths


# -- one measurement (in a fresh process) ----------------------------------------------

def measure_one(repo, args):
    """Run `esmgen ARGS` in this process; its time without start-up, as JSON."""
    sys.path.insert(0, repo)
    from esmgen.cli import main as esmgen   # noqa: E402
    stdout = sys.stdout
    with open(os.devnull, "w") as sink:
        sys.stdout = sink
        start, cpu_start = time.perf_counter(), time.process_time()
        try:
            esmgen(args, prog_name="esmgen")
            status = 0
        except SystemExit as exc:           # click ends with sys.exit(status)
            status = exc.code or 0
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        sys.stdout = stdout
    # 0: passed, 1: a command or check failed (still a full run); 2: unusable input
    return {"seconds": seconds, "cpu": cpu,
            "status": status if status in (0, 1) else f"exit status {status}"}


def run_isolated(repo, args, timeout):
    command = [sys.executable, os.path.abspath(__file__), "--repo", repo, "--one", json.dumps(args)]
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"over {timeout:g} s"}
    wall = time.perf_counter() - start
    if done.returncode < 0:
        return {"error": f"killed by signal {-done.returncode} after {wall:.0f} s"}
    if done.returncode != 0 or not done.stdout.strip():
        tail = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}, no output"])[-1]
        return {"error": tail}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if not isinstance(result["status"], int):
        return {"error": result["status"]}
    result["process"] = wall
    return result


def run_repeated(repo, args, timeout, repeat):
    runs = []
    for _ in range(repeat):
        result = run_isolated(repo, args, timeout)
        if "error" in result:
            return result
        runs.append(result)
    return {"cpu": min(r["cpu"] for r in runs), "seconds": min(r["seconds"] for r in runs),
            "process": min(r["process"] for r in runs), "slowest": max(r["cpu"] for r in runs)}


# -- reporting ----------------------------------------------------------------------

def table(rows, tolerance):
    out = ["| command | input | size | CPU seconds | slowest run | wall seconds | process seconds"
           " | CPU ratio to the size before |",
           "|---------|-------|-----:|------------:|------------:|-------------:|----------------:"
           "|-----------------------------:|"]
    previous = {}
    for row in rows:
        key = (row["command"], row["input"])
        if "error" in row:
            out.append(f"| {row['command']} | {row['input']} | {row['size']} | {row['error']} | | | | |")
            previous.pop(key, None)
            continue
        before = previous.get(key)
        ratio = ""
        if before:
            value = row["cpu"] / before["cpu"]
            growth = row["bytes"] / before["bytes"]
            ratio = f"{value:.2f} for {growth:.2f}x input" + (
                "" if value <= growth * (1 + tolerance) else " (SUPERLINEAR)")
        out.append(f"| {row['command']} | {row['input']} | {row['size']} | {row['cpu']:.2f}"
                   f" | {row['slowest']:.2f} | {row['seconds']:.2f} | {row['process']:.2f} | {ratio} |")
        previous[key] = row
    return "\n".join(out)


def code_version(repo):
    def git(*args):
        done = subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True, check=False)
        return done.stdout.strip() if done.returncode == 0 else None
    head = git("rev-parse", "--short", "HEAD")
    if not head:
        return f"the esmgen in {repo} (not a git checkout)"
    dirty = git("status", "--porcelain", "--", "esmgen")
    return f"commit {head}" + (" with uncommitted changes to esmgen/" if dirty else "")


def section(rows, args, version, load):
    sizes = ", ".join(f"{kb} KB" for kb in args.listing_kb)
    users = ", ".join(str(u) for u in args.users)
    return "\n".join([
        SECTION,
        "## check-output and dry-run on big inputs",
        "",
        "`benchmarks/bench_listing.py` runs `esmgen check-output` on synthetic SYSTSPRT",
        f"listings of {sizes} and `esmgen dry-run` on the {', '.join(args.kinds)} decks of",
        f"`bench_render.py`'s spec for {users} users, each in a fresh Python process",
        "(its docstring describes the inputs). *CPU seconds* and *wall seconds* are the",
        "command without interpreter start-up and imports, *process seconds* the whole",
        f"process as a user waits for it; each is the fastest of {args.repeat} runs (*slowest run*:",
        "the slowest CPU time). The ratio divides a row's CPU seconds by the row before it",
        "(same command and input): doubling the input should at most double the time. CPU",
        "time is compared because other work on this shared machine stretches wall time;",
        f"a ratio above 2 x {1 + args.tolerance:g} (noise allowance) is marked SUPERLINEAR.",
        "",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
        f" {platform.machine()}; load average at the start {load}; esmgen at {version}.",
        "",
        "Re-run with:",
        "",
        "    python3 benchmarks/bench_listing.py --write docs/performance.md",
        "",
        table(rows, args.tolerance),
        "",
    ])


def write_section(path, text):
    """Replace this script's section of the file (from its marker to the next
    marker or the end), keeping everything else; append it when absent."""
    try:
        with open(path, encoding="utf-8") as handle:
            old = handle.read()
    except FileNotFoundError:
        old = ""
    if SECTION in old:
        head, rest = old.split(SECTION, 1)
        after = rest.find("<!-- ", 1)
        tail = rest[after:] if after >= 0 else ""
    else:
        head, tail = (old.rstrip("\n") + "\n\n" if old else ""), ""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(head + text + ("\n" + tail if tail else ""))


# -- command line -----------------------------------------------------------------------

def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--listing-kb", type=lambda s: [int(x) for x in s.split(",")],
                        default=[160, 320, 640], help="listing sizes in KB (default: 160,320,640)")
    parser.add_argument("--users", type=lambda s: [int(x) for x in s.split(",")],
                        default=[2000, 4000, 8000], help="deck sizes in users (default: 2000,4000,8000)")
    parser.add_argument("--esms", type=lambda s: s.split(","), default=list(ESMS))
    parser.add_argument("--kinds", type=lambda s: s.split(","), default=["setup", "verify", "undo"],
                        help="dry-run decks (default: setup,verify,undo)")
    parser.add_argument("--only", choices=("check-output", "dry-run"), help="measure one command only")
    parser.add_argument("--repeat", type=int, default=3, help="runs per row; the fastest is shown")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per run")
    parser.add_argument("--tolerance", type=float, default=0.3,
                        help="noise allowed above a ratio of 2 before SUPERLINEAR (default: 0.3)")
    parser.add_argument("--repo", default=REPO, help="the esmgen checkout to measure (default: this one)")
    parser.add_argument("--write", metavar="FILE", help="write the table into FILE's bench_listing section")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    if args.one:
        print(json.dumps(measure_one(args.repo, json.loads(args.one))))
        return 0
    repo = os.path.abspath(args.repo)
    version, load = code_version(repo), ", ".join(f"{x:.2f}" for x in os.getloadavg())
    rows = []

    def measure(command, name, size, path, cli_args):
        result = run_repeated(repo, cli_args, args.timeout, args.repeat)
        row = {"command": command, "input": name, "size": size, "bytes": os.path.getsize(path), **result}
        rows.append(row)
        print(f"{command} {name} {size}: " + (row.get("error") or
              f"{row['cpu']:.2f} s CPU, {row['seconds']:.2f} s wall ({row['process']:.2f} s with start-up)"),
              file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="esmgen-bench-listing-") as directory:
        if args.only in (None, "check-output"):
            for name, make in (("blocks", listing_blocks), ("long echo", listing_long_echo)):
                for kb in args.listing_kb:
                    path = os.path.join(directory, f"listing-{kb}.txt")
                    with open(path, "w", encoding="utf-8") as handle:
                        handle.write(make(kb * 1024))
                    size = f"{os.path.getsize(path) // 1024} KB"
                    measure("check-output", name, size, path, ["check-output", path, "--esm", "racf"])
        if args.only in (None, "dry-run"):
            decks = {users: render_decks(directory, users, args.esms, ["setup"] + [
                k for k in args.kinds if k != "setup"]) for users in args.users}
            for esm in args.esms:
                for kind in args.kinds:
                    for users in args.users:
                        setup, path = decks[users][esm, "setup"], decks[users][esm, kind]
                        size = f"{users} users, {os.path.getsize(path) // 1024} KB"
                        extra = []
                        if kind != "setup":
                            state = os.path.join(directory, f"{esm}-{users}.state.json")
                            if not os.path.exists(state):
                                subprocess.run([sys.executable, "-m", "esmgen", "dry-run", setup, "--esm", esm,
                                                "--save-state", state], cwd=repo, capture_output=True,
                                               check=False, env={**os.environ, "PYTHONPATH": repo})
                            extra = ["--state", state]
                        measure("dry-run", f"{esm} {kind}", size, path,
                                ["dry-run", path, "--esm", esm, *extra])
    text = table(rows, args.tolerance)
    print(text)
    if args.write:
        write_section(args.write, section(rows, args, version, load))
    return 0


if __name__ == "__main__":
    sys.exit(main())
