"""esmgen import: a RACF database unload, within a scope, to a spec and a
translation report (esmgen.importer), each written atomically.

Every value is checked where it enters (esmgen.importer.build, with the
renderer's name rules); --check also checks the finished spec as render
would, for every ESM, before anything is written (the tests run it on every
import they make; a big import skips it by default for speed, and `esmgen
validate` does the same check afterwards).

At 5,000 users --check takes the command from about 0.45 to 1.07 CPU seconds
(docs/import.md)."""

import datetime
import os
import re

import click

from esmgen import esms, kinds
from esmgen.commands.common import FILE, has_unload, read_unload
from esmgen.errors import EsmgenError, SpecError
from esmgen.files import refuse_inputs, shown_name, target_of, write_atomic
from esmgen.gcpause import paused_gc
from esmgen.importer import build, report, scope as scopemod, yamltext
from esmgen.importer.context import Source, Target
from esmgen.renderer import rules

DATE_RE = re.compile(r"20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")


@click.command("import")
@click.option("-e", "--esm", type=click.Choice(esms.NAMES, case_sensitive=False), required=True,
              help="The ESM the unload is from (RACF).")
@click.option("--unload", type=FILE, required=True, help="The database unload (IRRDBU00 output, as text).")
@click.option("-o", "--out", type=FILE, required=True, help="The spec to write (YAML).")
@click.option("--report", "report_path", type=FILE,
              help="The translation report (Markdown; json beside it with .json). Default: OUT's name"
                   " with .translation.md.")
@click.option("--all", "everything", is_flag=True, help="Import everything in the unload.")
@click.option("--users", multiple=True, metavar="MASK", help="Users by mask (* any characters, % one).")
@click.option("--groups", multiple=True, metavar="MASK", help="Groups by mask.")
@click.option("--group-tree", "trees", multiple=True, metavar="GROUP",
              help="A group, its subgroups at every depth, and the users connected to them.")
@click.option("--datasets", multiple=True, metavar="HLQ|MASK",
              help="Data set profiles by high-level qualifier or mask.")
@click.option("--resources", multiple=True, metavar="CLASS[:MASK]",
              help="General resource profiles of a class, all or by mask.")
@click.option("--started", multiple=True, metavar="MASK", help="STARTED profiles by mask (* for all).")
@click.option("--unload-date", metavar="YYYY-MM-DD",
              help="When the unload was taken, for purposes (default: the file's modification date).")
@click.option("--check/--no-check", default=False, show_default=True,
              help="Check the spec as render would, for each ESM, before writing it (2-3 times the"
                   " time of a big import; `esmgen validate -p SPEC` does the same afterwards).")
@click.option("--tss-department", default=build.TSS_DEPARTMENT, show_default=True, metavar="NAME",
              help="Top Secret department that owns the imported ACIDs and resources.")
def import_command(esm, unload, out, report_path, everything, users, groups, trees, datasets, resources,
                   started, unload_date, check, tss_department):
    """Import an ESM's definitions, within a scope, as a spec.

    The spec holds the scope's groups, users, started tasks, profiles with
    their access lists, PassTicket profiles (a secret name, never a key),
    certificates by reference, key rings and maps; what the scope names but
    does not hold is declared `create: false`. The translation report lists
    every item that RACF, ACF2 or Top Secret will not get exactly as the
    unload has it, with the risk. A scope is required: --all imports all.

    \b
    Examples:
      esmgen import --esm racf --unload IRRDBU00.txt --all --out site.yaml
      esmgen import --esm racf --unload IRRDBU00.txt --group-tree ZWEADMIN \\
          --resources 'FACILITY:ZWES.*' --started 'ZWE*' --out zowe-now.yaml
    """
    esm = esm.lower()
    if not has_unload(esm):
        raise click.UsageError(f"--unload reads a RACF database unload; esmgen cannot import {esm} yet")
    scope = scopemod.parse(everything, users, groups, trees, datasets, resources, started)
    if scope.empty():
        raise click.UsageError("give a scope: --all, or one or more of --users, --groups, --group-tree,"
                               " --datasets, --resources, --started (a whole database is never imported"
                               " by accident)")
    date = _unload_date(unload, unload_date)
    if not rules.is_id(tss_department):
        raise EsmgenError(f"--tss-department {tss_department!r}: 1-8 characters A-Z 0-9 # $ @, the first not"
                          " a digit")
    report_path = report_path or re.sub(r"\.ya?ml$", "", out) + ".translation.md"
    json_path = re.sub(r"\.md$", "", report_path) + ".json"
    if len({os.path.abspath(p) for p in (out, report_path, json_path)}) != 3:
        raise click.UsageError("--out and --report must name different files")
    for path in (out, report_path, json_path):
        refuse_inputs(path, [unload])
        target_of(path)              # every output can be written, before any is: never half-written

    selector = scopemod.Selector(scope, *_tree(unload, scope))
    with paused_gc():        # many small objects, no cycles of note (esmgen.gcpause)
        state, read = read_unload(unload, selector, esm)
        source = Source(shown_name(unload) if unload != "-" else "stdin", date, scope.describe())
        doc, findings = build.build(state, read.extras, selector, source, _targets(), tss_department)
        del state, read                  # the spec holds what it needs: free the database before writing
        grouped = report.group(findings)
        if not doc["components"]:
            write_atomic(report_path, report.markdown(grouped, source, {}))
            write_atomic(json_path, report.as_json(grouped, source, {}))
            click.echo(f"esmgen: the scope selects nothing a spec can hold: {out} not written; {report_path}"
                       " says why for each item", err=True)
            raise click.exceptions.Exit(1)
        text = (f"# Written by esmgen import from the RACF unload {source.label} of {date}, scope {scope.describe()}.\n"
                f"# What RACF, ACF2 and Top Secret will not get exactly as the unload has it:"
                f" {shown_name(report_path)}.\n" + yamltext.dump(doc))
        if check:
            from esmgen import api           # here: only --check loads the renderer's spec checks
            try:
                api.check_spec_document(doc, text, out)
            except SpecError as exc:
                raise EsmgenError(f"{out}: the spec esmgen import made does not check (nothing written; please"
                                  f" report it as an esmgen defect): {exc}") from None
        counted = _counts(doc)
        write_atomic(out, text)
        write_atomic(report_path, report.markdown(grouped, source, counted))
        write_atomic(json_path, report.as_json(grouped, source, counted))
    click.echo(f"wrote {out}: " + ", ".join(f"{n} {what}" for what, n in counted.items()), err=True)
    carried = "; ".join(f"{esms.named(esm).title} {sum(tally.values())} ({tally['wider']} wider)"
                        for esm, tally in grouped.tallies.items())
    click.echo(f"wrote {report_path} and {json_path}: items not carried exactly: {carried}", err=True)


def _targets():
    """{esm: Target} from the renderer's tables: the classes each maps, the names each keeps."""
    from esmgen.renderer.backends import Backend
    targets = {}
    for esm in esms.NAMES:
        table = Backend(esm).table
        targets[esm] = Target(frozenset(table["classes"]), frozenset(table.get("reserved_ids", ())))
    return targets


def _unload_date(path, given):
    if given:
        if not DATE_RE.fullmatch(given):
            raise EsmgenError(f"--unload-date {given!r}: give the date as YYYY-MM-DD")
        return given
    if path == "-":
        raise click.UsageError("--unload-date is needed when the unload comes from standard input")
    try:
        stamp = os.stat(path).st_mtime
    except OSError as exc:
        raise EsmgenError(f"{path}: cannot read the unload: {exc.strerror or exc}") from None
    return datetime.datetime.fromtimestamp(stamp, datetime.timezone.utc).strftime("%Y-%m-%d")


def _tree(path, scope):
    """(groups, users) of the --group-tree options: a first pass over the file."""
    if not scope.trees:
        return frozenset(), frozenset()
    if path == "-":
        raise click.UsageError("--group-tree reads the unload twice: give a file, not standard input")
    try:
        with open(path, encoding="utf-8", newline=None) as handle:
            groups, users = scopemod.group_tree(handle, scope.trees)
    except (OSError, UnicodeDecodeError) as exc:
        raise EsmgenError(f"{path}: cannot read the unload: {getattr(exc, 'strerror', None) or exc}") from None
    missing = [g for g in scope.trees if g not in groups]
    if missing:
        raise EsmgenError(f"--group-tree {missing[0]}: no such group in {path}")
    return groups, users


def _counts(doc):
    """How many of each kind the spec creates (an item copied for one ESM counts once)."""
    names = {}
    for component in doc["components"].values():
        for key in (kinds.BY_NAME[kind].spec_key for kind in build.IMPORTED_KINDS):
            for item in component.get(key, ()):
                if item.get("create", True):
                    ident = item.get("name") or item.get("proc") or item.get("label")
                    names.setdefault(key.replace("_", " "), set()).add((item.get("class"), item.get("owner"), ident))
    return {key: len(found) for key, found in names.items()}
