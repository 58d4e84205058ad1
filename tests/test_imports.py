"""The sides stay apart: which modules each one loads, checked against an allowlist.

spec in, decks out (esmgen.renderer) never loads the simulator or the
listing checker; decks in, state out (esmgen.simulator) and listings in,
verdicts out (esmgen.listing) never load the renderer, its tables or
Jinja. Each check runs in a fresh interpreter, so nothing another test
imported can hide a dependency.
"""

import json
import os
import pkgutil
import subprocess
import sys

import pytest

import esmgen
from esmgen import esms

# Shared modules every side may load: the data model and the vocabularies.
SHARED = {
    "esmgen", "esmgen.cache", "esmgen.errors", "esmgen.esms", "esmgen.facts", "esmgen.files",
    "esmgen.gcpause", "esmgen.kinds", "esmgen.loader", "esmgen.model", "esmgen.redact",
    "esmgen.resources", "esmgen.tsotext", "esmgen.verdicts",
    "esmgen.cli", "esmgen.commands", "esmgen.commands.common",
}
THIRD_PARTY = {"click", "yaml", "jinja2", "markupsafe", "jsonschema", "fastjsonschema", "ryml"}

SIMULATOR = SHARED | {"esmgen.commands.dryrun"}
LISTING = SHARED | {"esmgen.commands.listing", "esmgen.simulator", "esmgen.simulator.reader",
                    "esmgen.simulator.jclif"}
SIDE_PREFIXES = {"simulator": ("esmgen.simulator",), "listing": ("esmgen.listing",)}

PROBE = r"""
import json, sys
{body}
print(json.dumps(sorted(sys.modules)))
"""


def loaded(body, *args):
    """Module names loaded after running body in a fresh interpreter."""
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(esmgen.__file__)))
    result = subprocess.run([sys.executable, "-c", PROBE.format(body=body), *args],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.splitlines()[-1]))


def outside(modules, allowed, prefixes=()):
    """esmgen modules and known third-party packages not allowed."""
    ours = {m for m in modules if m == "esmgen" or m.startswith("esmgen.")}
    theirs = {m for m in modules if m.split(".")[0] in THIRD_PARTY}
    return sorted(m for m in ours | theirs
                  if m not in allowed and not m.startswith(prefixes) and m.split(".")[0] not in ("click", "yaml"))


RUN_CLI = """
from esmgen.cli import main
try:
    main(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
"""


@pytest.mark.parametrize("esm", esms.NAMES)
def test_a_dry_run_loads_only_the_simulator_side(decks_by_esm, esm):
    modules = loaded(RUN_CLI, "dry-run", str(decks_by_esm[esm]), "--esm", esm, "--facts")
    assert outside(modules, SIMULATOR, SIDE_PREFIXES["simulator"]) == []


@pytest.mark.parametrize("esm", esms.NAMES)
def test_check_output_loads_only_the_listing_side(tmp_path, decks_by_esm, esm):
    listing = tmp_path / "listing.txt"
    listing.write_text("READY\nLISTUSER IBMUSER\nREADY\nEND\n")
    modules = loaded(RUN_CLI, "check-output", str(listing), "--esm", esm, "--deck", str(decks_by_esm[esm]))
    assert outside(modules, LISTING, SIDE_PREFIXES["listing"]) == []


def test_rendering_loads_neither_the_simulator_nor_the_listing_side(tmp_path):
    modules = loaded(RUN_CLI, "render", "--esm", "all", "--out", str(tmp_path / "deck.jcl"))
    assert sorted(m for m in modules if m.startswith(("esmgen.simulator", "esmgen.listing"))) == []


def _package_modules(package):
    path = os.path.join(os.path.dirname(esmgen.__file__), package)
    return [f"esmgen.{package}"] + [f"esmgen.{package}.{m.name}"
                                    for m in pkgutil.walk_packages([path], "") if not m.ispkg] + \
        [f"esmgen.{package}.{m.name}" for m in pkgutil.walk_packages([path], "") if m.ispkg]


@pytest.mark.parametrize("package,forbidden", [
    ("simulator", ("esmgen.renderer", "esmgen.listing", "esmgen.api", "jinja2", "esmgen.importer")),
    ("listing", ("esmgen.renderer", "esmgen.api", "jinja2", "esmgen.simulator.engine", "esmgen.importer")),
    ("renderer", ("esmgen.simulator", "esmgen.listing", "esmgen.importer")),
    # unload in, spec out: it reads the simulator's unload layouts and the
    # renderer's name rules, and renders nothing (the command checks the spec)
    ("importer", ("esmgen.listing", "esmgen.api", "jinja2", "esmgen.renderer.render", "esmgen.simulator.engine")),
])
def test_every_module_of_a_side_imports_nothing_of_the_others(package, forbidden):
    names = _package_modules(package)
    modules = loaded("import importlib\nfor name in sys.argv[1:]:\n    importlib.import_module(name)", *names)
    assert sorted(m for m in modules if m.startswith(forbidden)) == []


@pytest.fixture(scope="module")
def decks_by_esm(tmp_path_factory):
    from esmgen import api
    from esmgen.renderer import jcl
    folder = tmp_path_factory.mktemp("decks")
    loaded = api.load(api.Inputs())
    found = {}
    for esm in esms.NAMES:
        found[esm] = folder / f"{esm}.jcl"
        found[esm].write_text(api.render(loaded, esm, "setup", "jcl", jcl.JobOptions()))
    return found
