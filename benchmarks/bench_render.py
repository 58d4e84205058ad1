#!/usr/bin/env python3
"""Benchmark: how long and how much memory a setup deck takes for big specs.

For each size N (users), the script writes a synthetic spec to a temporary
directory -- N users with OMVS segments spread over 20 groups, up to 1000
FACILITY/APPL profiles, every user with exactly 5 grants -- and renders the
setup deck in TSO format for RACF, ACF2 and Top Secret through esmgen.api,
the same functions the CLI uses. Each (size, ESM) pair runs in a fresh Python
process so that its peak memory (VmHWM, else ru_maxrss) is its own and not the
high-water mark left by an earlier, bigger run.

    python3 benchmarks/bench_render.py                        # table on stdout
    python3 benchmarks/bench_render.py --sizes 1000,10000
    python3 benchmarks/bench_render.py --write docs/performance.md
    python3 benchmarks/bench_render.py --profile 10000 racf   # cProfile hot spots

This is a measurement, not a test: it asserts nothing about the timings.
"""

import argparse
import cProfile
import hashlib
import json
import os
import platform
import pstats
import resource
import subprocess
import sys
import tempfile
import time

# Measure the checkout this script lives in, not whatever esmgen is installed.
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from esmgen import api  # noqa: E402  (needs the sys.path line above)
from esmgen import esms

DEFAULT_SIZES = (1000, 10000, 50000)
ESMS = esms.NAMES
GRANTS_PER_USER = 5
GROUPS = 20
MAX_PROFILES = 1000
DEPARTMENT = "BENCHDEP"

# The target the results are read against (docs/performance.md).
TARGET_USERS = 10000
TARGET_SECONDS = 3.0
TARGET_MB = 300.0


# -- the synthetic spec ------------------------------------------------------

def user_id(index):
    """U0000001 ... : 8 characters, a letter first, as RACF/ACF2/TSS require."""
    return f"U{index:07d}"


def group_id(index):
    return f"G{index:07d}"


def profile_count(users):
    """1000 profiles, fewer for small specs so every profile still gets grants."""
    return max(GRANTS_PER_USER, min(MAX_PROFILES, users // 10))


def profile_of(index):
    """(class, name) of profile `index`: FACILITY and APPL alternate."""
    if index % 2 == 0:
        return "FACILITY", f"BENCH.FAC{index:05d}"
    return "APPL", f"BAPP{index:04d}"


def grants_by_profile(users, profiles):
    """{profile index: [(user index, access)]}: user u gets profiles 5u .. 5u+4 (mod P).

    Consecutive indexes modulo P >= 5 are distinct, so every user ends up with
    exactly 5 grants (esmgen merges repeated grants of the same profile).
    """
    table = {p: [] for p in range(profiles)}
    for u in range(users):
        for k in range(GRANTS_PER_USER):
            p = (u * GRANTS_PER_USER + k) % profiles
            cls, _ = profile_of(p)
            access = "READ" if cls == "APPL" or k % 2 == 0 else "UPDATE"
            table[p].append((u, access))
    return table


def spec_text(users):
    """The spec as YAML text, written directly: yaml.dump is far slower at 50k users."""
    profiles = profile_count(users)
    lines = [
        "esmgen: 1",
        f"title: esmgen benchmark, {users} users",
        # Top Secret needs a department for every ACID and an owner for every resource.
        "defaults:",
        f"  department: {DEPARTMENT}",
        f"  owner: {DEPARTMENT}",
        "components:",
        "  bench-ids:",
        "    default: true",
        "    purpose: Synthetic users and groups for the benchmark.",
        "    departments:",
        f"      - name: {DEPARTMENT}",
        "        description: BENCH DEPARTMENT",
        "    groups:",
    ]
    for g in range(1, GROUPS + 1):
        lines += [f"      - name: {group_id(g)}",
                  f"        gid: {100000 + g}",
                  f"        description: BENCH GROUP {g}"]
    lines.append("    users:")
    for u in range(users):
        # Users spread round-robin over the groups; uids are numeric and unique.
        lines += [f"      - name: {user_id(u)}",
                  f"        default_group: {group_id(u % GROUPS + 1)}",
                  f"        full_name: BENCH USER {u}",
                  f"        omvs: {{uid: {200000 + u}, home: /u/{user_id(u).lower()}, program: /bin/sh}}"]
    lines += [
        "  bench-access:",
        "    default: true",
        "    purpose: Synthetic resource profiles and grants for the benchmark.",
        "    profiles:",
    ]
    for p, grants in grants_by_profile(users, profiles).items():
        cls, name = profile_of(p)
        lines += [f"      - class: {cls}",
                  f"        name: {name}",
                  "        uacc: NONE",
                  "        grants:"]
        lines += [f"          - {{id: {user_id(u)}, access: {access}}}" for u, access in grants]
    return "\n".join(lines) + "\n"


def write_spec(directory, users):
    path = os.path.join(directory, f"bench-{users}.yaml")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(spec_text(users))
    return path


# -- one measurement (runs in its own process) ------------------------------

def peak_mb():
    """Peak resident set size of this process, in MiB.

    Linux carries the parent's high-water mark into a child's ru_maxrss
    across fork/exec, so after the parent has built a 50k-user spec every
    child would report at least that. VmHWM belongs to the process's own
    address space, which exec makes fresh; ru_maxrss (KiB on Linux) is the
    fallback where /proc is missing.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024      # "VmHWM:  123456 kB"
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_one(spec_path, esm):
    """Load the spec and render one ESM's setup deck; time and memory as a dict."""
    baseline = peak_mb()            # interpreter + imports, before any spec work
    start = time.perf_counter()
    loaded = api.load(api.Inputs(profiles=spec_path))
    loaded_at = time.perf_counter()
    text = api.render(loaded, esm, "setup", "tso")
    end = time.perf_counter()
    return {"esm": esm, "seconds": end - start, "load_seconds": loaded_at - start,
            "peak_mb": peak_mb(), "baseline_mb": baseline, "records": text.count("\n")}


def run_isolated(spec_path, users, esm, timeout):
    """Run measure_one in a fresh interpreter (`--one`) and return its result.

    A new interpreter rather than a fork: nothing of this process's memory
    (the generated spec, earlier results) is in the measured one.
    """
    command = [sys.executable, os.path.abspath(__file__), "--one", spec_path, esm]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"users": users, "esm": esm, "error": f"timed out after {timeout} s"}
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"users": users, "esm": esm, "error": tail[0]}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["users"] = users
    return result


def run_repeated(spec_path, users, esm, timeout, repeat):
    """The fastest of `repeat` isolated runs, with the highest peak of them.

    Other work on a shared 2-core VM only ever makes a run slower, so the
    fastest run is the best estimate of esmgen's own cost (as timeit does);
    the slowest is kept to show how much the machine disturbed the others.
    """
    runs = []
    for _ in range(repeat):
        result = run_isolated(spec_path, users, esm, timeout)
        if "error" in result:
            return result
        runs.append(result)
    runs.sort(key=lambda r: r["seconds"])
    chosen = dict(runs[0])
    chosen["peak_mb"] = max(r["peak_mb"] for r in runs)
    chosen["all_seconds"] = [r["seconds"] for r in runs]
    return chosen


def profile_one(spec_path, esm, top=25):
    """cProfile one measurement and print the hot spots (own time and cumulative)."""
    profiler = cProfile.Profile()
    profiler.enable()
    measure_one(spec_path, esm)
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


# -- reporting ---------------------------------------------------------------

def code_version():
    """Which esmgen was measured: the commit, and whether its code had local edits."""
    def git(*args):
        done = subprocess.run(["git", "-C", REPO, *args], capture_output=True, text=True, check=False)
        return done.stdout.strip() if done.returncode == 0 else None
    try:
        head = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--", "esmgen", "templates")
    except OSError:
        head = dirty = None
    if not head:
        return "an esmgen outside a git checkout"
    return f"commit {head}" + (" with uncommitted changes to esmgen/ or templates/" if dirty else "")


def code_fingerprint():
    """A hash of the code that renders (esmgen/ and templates/), to notice edits mid-run."""
    digest = hashlib.sha256()
    for top in ("esmgen", "templates"):
        for folder, dirs, files in sorted(os.walk(os.path.join(REPO, top))):
            dirs.sort()
            for name in sorted(files):
                if name.endswith((".py", ".j2", ".yaml", ".json")):
                    with open(os.path.join(folder, name), "rb") as handle:
                        digest.update(name.encode() + b"\0" + handle.read())
    return digest.hexdigest()


def table(results):
    rows = ["| users | ESM | seconds | of which load | slowest run | peak MB | records | seconds per 1k users |",
            "|------:|-----|--------:|--------------:|------------:|--------:|--------:|---------------------:|"]
    for r in results:
        if "error" in r:
            rows.append(f"| {r['users']} | {r['esm']} | {r['error']} | | | | | |")
            continue
        slowest = max(r.get("all_seconds", [r["seconds"]]))
        rows.append(f"| {r['users']} | {r['esm']} | {r['seconds']:.2f} | {r['load_seconds']:.2f}"
                    f" | {slowest:.2f} | {r['peak_mb']:.0f} | {r['records']}"
                    f" | {r['seconds'] / r['users'] * 1000:.3f} |")
    return "\n".join(rows)


def _by(results, users, esm):
    for r in results:
        if r["users"] == users and r["esm"] == esm and "error" not in r:
            return r
    return None


def reading(results):
    """One paragraph: is the target met at 10k users, and is growth linear 10k -> 50k?"""
    sentences = []
    at_target = [r for r in (_by(results, TARGET_USERS, e) for e in ESMS) if r]
    if at_target:
        slowest = max(at_target, key=lambda r: r["seconds"])
        biggest = max(at_target, key=lambda r: r["peak_mb"])
        missed = [r["esm"] for r in at_target
                  if r["seconds"] >= TARGET_SECONDS or r["peak_mb"] >= TARGET_MB]
        verdict = ("met for every ESM" if not missed
                   else f"NOT met for {', '.join(missed)}")
        sentences.append(
            f"At {TARGET_USERS} users the slowest ESM is {slowest['esm']} ({slowest['seconds']:.2f} s,"
            f" {slowest['seconds'] / TARGET_SECONDS:.2f}x the {TARGET_SECONDS:g} s target) and the"
            f" largest peak is {biggest['esm']} ({biggest['peak_mb']:.0f} MB,"
            f" {biggest['peak_mb'] / TARGET_MB:.2f}x the {TARGET_MB:g} MB target): the target is {verdict}.")
        disturbed = max(max(r.get("all_seconds", [r["seconds"]])) for r in at_target)
        if disturbed >= TARGET_SECONDS > slowest["seconds"]:
            # The verdict uses the fastest runs; say when a busy machine would break it.
            sentences.append(f"The margin is thin: the slowest of the repeated runs, slowed by other"
                             f" work on the machine, took {disturbed:.2f} s.")
    else:
        sentences.append(f"No run at {TARGET_USERS} users, so the target was not checked.")
    big = max((r["users"] for r in results), default=0)
    ratios = []
    for esm in ESMS:
        small, large = _by(results, TARGET_USERS, esm), _by(results, big, esm)
        if small and large and big > TARGET_USERS:
            ratios.append((esm, large["seconds"] / small["seconds"], large["peak_mb"] / small["peak_mb"]))
    if ratios:
        ideal = big / TARGET_USERS
        # Within 30% of the size ratio counts as linear: timings on a shared
        # 2-core machine wobble by about that much between identical runs.
        linear = all(t <= ideal * 1.3 for _, t, _ in ratios)
        detail = "; ".join(f"{esm} {t:.2f}x time, {m:.2f}x peak memory" for esm, t, m in ratios)
        sentences.append(
            f"From {TARGET_USERS} to {big} users ({ideal:g}x the users) the time grows by: {detail}."
            f" Growth is {'about linear' if linear else 'SUPERLINEAR'}"
            f" (a ratio near {ideal:g} is linear).")
    largest = [r for r in results if r["users"] == big and "error" not in r]
    if largest:
        share = sum(r["load_seconds"] for r in largest) / sum(r["seconds"] for r in largest)
        sentences.append(f"At {big} users {share:.0%} of the time is `api.load` (YAML parse and"
                         " schema check), which is the same work for every ESM; the rest is"
                         " building the model and rendering, and grows with the deck's records.")
    return " ".join(sentences)


def document(results, version, load_at_start):
    return "\n".join([
        "# Performance",
        "",
        "`benchmarks/bench_render.py` generates a synthetic spec of N users (each with an",
        f"OMVS segment, spread over {GROUPS} groups with `default_group`) and up to",
        f"{MAX_PROFILES} FACILITY and APPL profiles that give every user exactly",
        f"{GRANTS_PER_USER} grants, then renders the setup deck in TSO format for each ESM",
        "through `esmgen.api`. *seconds* is the wall time of `api.load` (YAML parse,",
        "schema check, variables) plus `api.render` (model, checks, templates,",
        "formatting); *of which load* is the `api.load` part, done again for each ESM.",
        f"Each row is the fastest of {_runs(results)} runs (*slowest run* shows the spread) and the",
        "highest peak of them.",
        "Interpreter start-up and imports are not included. *peak MB* is the peak",
        "resident set of a fresh process for every row, so rows do not inherit each",
        "other's high-water mark (read from `VmHWM`: on Linux `ru_maxrss` also carries",
        "the parent's peak into the child); it includes the interpreter and imports",
        f"(about {_baseline(results):.0f} MB). *records* is the number of deck records.",
        "Timings on a shared virtual machine vary between runs (10-40% seen), so compare",
        "the rows of one run rather than runs with each other.",
        f"Load average when the run started: {load_at_start}.",
        "",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}"
        f" ({platform.python_implementation()}), {platform.system()} {platform.machine()};"
        f" esmgen at {version}.",
        "",
        "Re-run with:",
        "",
        "    python3 benchmarks/bench_render.py --write docs/performance.md",
        "",
        "## Target",
        "",
        f"A spec of {TARGET_USERS // 1000}k users renders in under {TARGET_SECONDS:g} s and under"
        f" {TARGET_MB:g} MB for every ESM,",
        "and time and memory grow linearly with the number of users.",
        "",
        "## Results",
        "",
        table(results),
        "",
        "## Where the time goes",
        "",
        "Loading a 10k-user spec (3.7 MB of YAML) took 9-24 s with PyYAML and the",
        "jsonschema validator. esmgen now parses big specs (64 KiB and up) with",
        "rapidyaml, typing scalars exactly as PyYAML would and computing",
        "`FILE:LINE:COL` positions only when an error needs one (PyYAML stays the",
        "authority: rapidyaml reads only texts in a subset of YAML on which the two",
        "agree, see below, and duplicate keys and syntax errors go to PyYAML);",
        "checks a valid spec with a compiled validator (fastjsonschema, kept",
        "compiled in esmgen's cache) and asks jsonschema for the full error list",
        "only when there is an error; pauses the cyclic garbage collector while it",
        "builds objects; and calls the ESM's Jinja macros directly from Python for",
        "each step. rapidyaml and fastjsonschema are the optional extra `fast`",
        "(`pip install 'esmgen[fast]'`): without them esmgen falls back to PyYAML",
        "and jsonschema and gives the same results, but a 10k-user spec takes",
        "about three times as long and over 300 MB (\"Big specs\" under Start-up).",
        "",
        *HOSTILE_INPUT,
        "",
        "## Reading",
        "",
        reading(results),
        "",
    ])


# Measured once, when the limits and the subset check came in (issue 8); not
# re-measured by this script.
HOSTILE_INPUT = [
    "## Hostile input, and one meaning at every size",
    "",
    "esmgen reads at most 64 MiB from an input file, and composes YAML without",
    "recursion under fixed limits: 64 levels of nesting, 10,000 aliases, and",
    "1,000,000 nodes added by expanding aliases. A 432-byte \"billion laughs\"",
    "spec is refused by `esmgen validate` in 0.3 s with a 34 MB peak (it used",
    "to grow past 14 GB).",
    "",
    "rapidyaml reads a big file only when the whole text is in a small subset of",
    "YAML on which it and PyYAML agree (`_simple_yaml` in `esmgen/loader.py`):",
    "printable ASCII lines, each blank, a comment, or one `key: value`, `key:`,",
    "`- value`, `-`, `- key: value` or `- key:` entry, indented consistently, whose",
    "scalars are plain words that do not start with a YAML indicator, quoted",
    "strings on one line without escapes, or one-line flow collections of them;",
    "no anchors, aliases, tags, block or multi-line scalars, directives or",
    "document markers. Anything else goes to PyYAML. So an input gives the same",
    "data, or the same refusal, whatever its size and whether or not rapidyaml is",
    "installed: `tests/test_yaml_semantics.py` checks this for a corpus of odd",
    "inputs, small and padded past 64 KiB, and for random texts. The benchmark's",
    "specs are in the subset. The check is one regular-expression pass and a loop",
    "over the lines (0.16-0.25 s for the 10k-user spec); the rapidyaml walk became",
    "cheaper in the same change (one `type()` call per node), so loading takes",
    "a little less time than before:",
    "",
    "| 10k-user spec (3.7 MB), seconds | before (c716fac) | after (285240a) |",
    "|---|---:|---:|",
    "| `loader.load_file`, best / median of 5 | 1.18 / 1.25 | 1.12 / 1.18 |",
    "| `api.load`, best / median of 5 | 1.39 / 1.54 | 1.32 / 1.41 |",
    "| `api.load` without rapidyaml, best / median of 3 | 2.70 / 2.72 | 2.96 / 3.09 |",
    "",
    "Same machine and run, a fresh process for each measurement, before and after",
    "taking turns; load average 1.25-1.65. Without rapidyaml, loading is 10-15%",
    "slower than before: PyYAML's composer, written in C, was replaced by a loop",
    "over its events in Python that can count and stop.",
]


def _runs(results):
    return max((len(r.get("all_seconds", [])) for r in results), default=1)


def _baseline(results):
    values = [r["baseline_mb"] for r in results if "baseline_mb" in r]
    return sum(values) / len(values) if values else 0.0


# -- command line ------------------------------------------------------------

def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated numbers of users (default: %(default)s)")
    parser.add_argument("--esms", default=",".join(ESMS), help="default: %(default)s")
    parser.add_argument("--write", metavar="FILE", help="rewrite FILE (docs/performance.md) with the results")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per measurement")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per size and ESM; the table shows the fastest (default: %(default)s)")
    parser.add_argument("--one", nargs=2, metavar=("SPEC", "ESM"), help=argparse.SUPPRESS)
    parser.add_argument("--profile", nargs=2, metavar=("USERS", "ESM"),
                        help="print cProfile hot spots of one measurement instead")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    if args.one:
        # Child mode: one measurement, one JSON line for the parent.
        print(json.dumps(measure_one(*args.one)))
        return 0
    with tempfile.TemporaryDirectory(prefix="esmgen-bench-") as directory:
        if args.profile:
            users, esm = int(args.profile[0]), args.profile[1]
            profile_one(write_spec(directory, users), esm)
            return 0
        # Taken before the runs: the code may be edited while they go (it has been).
        version, fingerprint = code_version(), code_fingerprint()
        load_at_start = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        results = []
        for users in (int(s) for s in args.sizes.split(",")):
            spec = write_spec(directory, users)   # one spec per size, shared by the ESMs
            for esm in args.esms.split(","):
                result = run_repeated(spec, users, esm, args.timeout, args.repeat)
                results.append(result)
                print(f"{users} users, {esm}: " + (result.get("error") or
                      f"{result['seconds']:.2f} s (runs: "
                      + ", ".join(f"{t:.2f}" for t in result["all_seconds"])
                      + f"), {result['peak_mb']:.0f} MB"), file=sys.stderr)
    print(table(results))
    print()
    print(reading(results))
    if code_fingerprint() != fingerprint:
        # Rows measured against different code are not comparable: do not publish them.
        print("esmgen/ or templates/ changed during the run; not writing results, re-run.",
              file=sys.stderr)
        return 1
    if args.write:
        write_document(args.write, document(results, version, load_at_start))
    return 0


def write_document(path, text):
    """Rewrite the file with this script's text, keeping the sections other
    benchmarks write there: from the first `<!-- bench_... -->` marker or
    "## Start-up" (benchmarks/bench_startup.py's section) to the end."""
    try:
        with open(path, encoding="utf-8") as handle:
            old = handle.read()
    except FileNotFoundError:
        old = ""
    starts = [i for i in (old.find("<!-- bench_"), old.find("\n## Start-up\n")) if i >= 0]
    kept = old[min(starts):].lstrip("\n") if starts else ""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text + ("\n" + kept if kept else ""))


if __name__ == "__main__":
    sys.exit(main())
