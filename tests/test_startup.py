"""What a run with the bundled catalog leaves out, and why the results stay the same:
no jsonschema (the tests check the catalog instead), no optional parser, no
command's imports but its own; package tables read by libyaml as by PyYAML."""

import copy
import glob
import json
import os
import random
import subprocess
import sys

import pytest
import yaml

from conftest import GOLDEN, run_cli
from esmgen import api, loader, resources
from esmgen.renderer import spec

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.dirname(os.path.abspath(__file__))

# Modules a run with the bundled catalog has no use for ...
NEVER = ("jsonschema", "fastjsonschema", "ryml")
# ... and those of the other commands, that `esmgen render` should not import.
NOT_FOR_RENDER = NEVER + ("esmgen.simulator.engine", "esmgen.listing.check", "esmgen.renderer.diff",
                          "esmgen.renderer.explain", "esmgen.renderer.attls", "esmgen.commands.dryrun",
                          "esmgen.commands.listing", "esmgen.commands.diff")


def modules_after(args, tmp_path):
    """The modules a fresh interpreter has loaded once `esmgen ARGS` has run."""
    probe = ("import json, sys\n"
             "from esmgen.cli import main\n"
             "try:\n"
             f"    main({args!r}, prog_name='esmgen')\n"
             "except SystemExit as exc:\n"
             "    assert not exc.code, exc.code\n"
             f"print(json.dumps(sorted(sys.modules)), file=open({str(tmp_path / 'modules.json')!r}, 'w'))\n")
    env = dict(os.environ, PYTHONPATH=ROOT)      # the esmgen of this checkout
    subprocess.run([sys.executable, "-c", probe], check=True, cwd=tmp_path, env=env,
                   stdout=subprocess.DEVNULL)
    with open(tmp_path / "modules.json") as handle:
        return set(json.load(handle))


def _among(modules, names):
    return sorted(m for m in modules if m in names or m.split(".")[0] in names)


@pytest.mark.parametrize("args,unused", [
    (["render", "--esm", "racf"], NOT_FOR_RENDER),
    (["render", "--esm", "all", "--kind", "undo"], NOT_FOR_RENDER),
])
def test_render_with_the_bundled_catalog_imports_no_schema_validator(args, unused, tmp_path):
    loaded = modules_after(args + ["--out", str(tmp_path / "deck")], tmp_path)
    assert "esmgen.renderer.render" in loaded                    # the probe did run esmgen
    assert (tmp_path / "deck").stat().st_size > 0
    assert _among(loaded, unused) == []


def test_the_command_freezes_what_its_imports_made_and_collects_the_rest(tmp_path):
    probe = ("import gc, sys\n"
             f"sys.argv = ['esmgen', 'render', '--esm', 'racf', '--component', 'all', '--out',"
             f" {str(tmp_path / 'deck')!r}]\n"
             "from esmgen.entry import main\n"
             "try:\n"
             "    main()\n"
             "except SystemExit as exc:\n"
             "    assert not exc.code, exc.code\n"
             "print(gc.isenabled(), gc.get_freeze_count() > 10000)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                          env=dict(os.environ, PYTHONPATH=ROOT), check=True)
    assert done.stdout.split() == ["True", "True"]
    with open(os.path.join(GOLDEN, "racf-setup.jcl")) as handle:
        assert (tmp_path / "deck").read_text() == handle.read()


@pytest.mark.parametrize("args", [["components"], ["explain", "--esm", "tss"]])
def test_other_commands_with_the_bundled_catalog_import_no_schema_validator(args, tmp_path):
    loaded = modules_after(args, tmp_path)
    assert "esmgen.renderer.explain" in loaded
    assert _among(loaded, NEVER) == []


def test_render_gives_the_warnings_deck_warnings_gives():
    specs = [None] + sorted(glob.glob(os.path.join(HERE, "specs", "*.yaml")))
    found = 0
    for path in specs:
        loaded = api.load(api.Inputs(profiles=path, components=["all"]))
        for esm in ("racf", "acf2", "tss", "all"):
            notes = []
            api.render(loaded, esm, "setup", "jcl", warnings=notes)
            assert notes == api.deck_warnings(loaded, esm)
            found += len(notes)
    assert found > 0


def test_a_user_spec_is_checked_with_jsonschema(tmp_path):
    path = tmp_path / "spec.yaml"
    path.write_text(open(resources.catalog_path()).read())
    assert "jsonschema" in modules_after(["validate", "--profiles", str(path)], tmp_path)


def test_validate_checks_the_bundled_catalog_against_the_schema(monkeypatch, tmp_path):
    bad = tmp_path / "profiles.yaml"
    bad.write_text(open(resources.catalog_path()).read().replace("esmgen: 1", "esmgen: 1\ncolour: red", 1))
    monkeypatch.setattr(resources, "catalog_path", lambda: str(bad))
    result = run_cli("validate")
    assert result.code == 2 and "colour" in result.err


# -- the bundled catalog is valid: what a run with it no longer checks ----------

def test_the_bundled_catalog_passes_the_schema():
    doc = loader.load_file(resources.catalog_path())
    assert spec.schema_problems(doc) == []
    assert spec.text_problems(doc) == []


def test_the_bundled_catalog_passes_the_fast_validator():
    fast = spec._fast_validator()
    if fast is None:
        pytest.skip("fastjsonschema not installed (extra `fast`)")
    fast(loader.load_file(resources.catalog_path()).data)


# -- fastjsonschema accepts exactly what jsonschema accepts -----------------------

def _mutations(data, rng, count):
    """Specs that differ from data in one place: a key gone or added, a value of another type."""
    paths = []

    def walk(node, path):
        paths.append(path)
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, path + (key,))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, path + (index,))

    walk(data, ())
    replacements = ["", "x", "WRITE", "toolong12345", 0, -1, 2 ** 31, True, None, [], {}, ["x"], {"x": 1},
                    "${nope}", "auto", 1.5]
    for path in rng.sample(paths, min(count, len(paths))):
        for how in ("replace", "drop", "add"):
            changed = copy.deepcopy(data)
            node = changed
            for key in path[:-1]:
                node = node[key]
            if not path:
                continue
            if how == "replace":
                node[path[-1]] = rng.choice(replacements)
            elif how == "drop" and isinstance(node, dict):
                del node[path[-1]]
            elif how == "add" and isinstance(node[path[-1]], dict):
                node[path[-1]]["colour"] = "red"
            else:
                continue
            yield changed


def test_fast_and_full_validators_agree_on_valid_and_invalid_specs():
    fast = spec._fast_validator()
    if fast is None:
        pytest.skip("fastjsonschema not installed (extra `fast`)")
    import jsonschema
    full = jsonschema.Draft7Validator(spec._schema())
    sources = [resources.catalog_path()] + sorted(glob.glob(os.path.join(HERE, "specs", "*.yaml")))
    rng = random.Random(9)
    checked = 0
    for path in sources:
        data = loader.load_file(path).data
        for candidate in [data] + list(_mutations(data, rng, 60)):
            try:
                fast(candidate)
                fast_ok = True
            except Exception:
                fast_ok = False
            assert fast_ok == full.is_valid(candidate), (path, candidate)
            checked += 1
    assert checked > 200


def test_the_fast_validator_leaves_the_data_as_it_was():
    fast = spec._fast_validator()
    if fast is None:
        pytest.skip("fastjsonschema not installed (extra `fast`)")
    data = loader.load_file(resources.catalog_path()).data
    before = copy.deepcopy(data)
    fast(data)
    assert data == before


def test_big_specs_give_the_same_messages_with_the_fast_validator(monkeypatch, tmp_path):
    """A spec over the size threshold is checked by fastjsonschema first when
    installed; the messages still come from jsonschema."""
    text = open(resources.catalog_path()).read().replace("access: READ", "access: WRITE", 1)
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    small = run_cli("validate", "--profiles", str(path))
    monkeypatch.setattr(spec, "FAST_SCHEMA_BYTES", 0)
    big = run_cli("validate", "--profiles", str(path))
    assert small.code == big.code == 2
    assert small.err == big.err and "'WRITE' is not one of" in big.err


# -- package tables: libyaml reads them as PyYAML does ---------------------------

TABLES = sorted(glob.glob(os.path.join(resources.templates_dir(), "*", "*.yaml"))
                + glob.glob(os.path.join(os.path.dirname(resources.schema_path()), "listing", "messages", "*.yaml")))


@pytest.mark.parametrize("path", TABLES, ids=[os.path.relpath(p, ROOT) for p in TABLES])
def test_package_tables_read_the_same_with_libyaml_and_pure_python(path):
    with open(path, encoding="utf-8") as handle:
        pure = yaml.load(handle, Loader=yaml.SafeLoader)
    assert repr(resources.load_yaml(path)) == repr(pure)


def test_there_are_tables():
    assert len(TABLES) >= 7


# -- the bundled catalog's decks are what they were ------------------------------

def test_the_installed_entry_point_writes_the_golden_deck(tmp_path):
    """Through a fresh interpreter, as a user runs it (the golden tests run in-process)."""
    env = dict(os.environ, PYTHONPATH=ROOT)
    done = subprocess.run([sys.executable, "-m", "esmgen", "render", "--esm", "racf", "--component", "all"],
                          capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    with open(os.path.join(GOLDEN, "racf-setup.jcl")) as handle:
        assert done.stdout == handle.read()


def test_bench_startup_writes_only_its_part_of_the_document(tmp_path):
    sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
    from bench_startup import write_section
    doc = tmp_path / "performance.md"
    doc.write_text("# P\n\n## Start-up\n\nprose\n\n### Measured\n\nold table\n\n### Big specs\n\nkept\n")
    write_section(str(doc), "### Measured\n\nnew table\n")
    assert doc.read_text() == ("# P\n\n## Start-up\n\nprose\n\n### Measured\n\nnew table\n\n"
                               "### Big specs\n\nkept\n")
    write_section(str(doc), "### Measured\n\nnewer\n")
    assert "newer" in doc.read_text() and "new table" not in doc.read_text()
    assert doc.read_text().endswith("### Big specs\n\nkept\n")
