"""esmgen's cache of compiled templates and parsed package data: used when it
can be, never stale or wrong, never in the way."""

import marshal
import os
import re
import shutil
import subprocess
import sys
import time

import jinja2
import pytest
import yaml

from conftest import GOLDEN, run_cli
from esmgen import cache, esms, loader, resources
from esmgen.renderer import render
from esmgen.renderer import spec

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def environment(templates, cache_home, monkeypatch):
    """A fresh esmgen environment, as a new run builds it, over the given templates."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    monkeypatch.setattr(resources, "templates_dir", lambda: str(templates))
    return render._environment()


def entries(cache_home, kind="template-"):
    folder = os.path.join(cache_home, "esmgen")
    if not os.path.isdir(folder):
        return []
    return sorted(n for n in os.listdir(folder) if n.startswith(kind) and n.endswith(".cache"))


def deck(cache_home, *args):
    """`esmgen render --esm racf --component all` in a fresh interpreter, with this cache home."""
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home), PYTHONPATH=ROOT)
    done = subprocess.run([sys.executable, "-m", "esmgen", "render", "--esm", "racf", "--component", "all",
                           *args], capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout


def golden():
    with open(os.path.join(GOLDEN, "racf-setup.jcl")) as handle:
        return handle.read()


def test_second_run_loads_what_the_first_compiled(tmp_path, monkeypatch):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "m.j2").write_text("{% macro hi(x) %}hello {{ x }}{% endmacro %}")
    first = environment(tmp_path / "t", tmp_path / "c", monkeypatch)
    assert first.get_template("m.j2").module.hi("a") == "hello a"
    assert len(entries(tmp_path / "c")) == 1

    second = environment(tmp_path / "t", tmp_path / "c", monkeypatch)
    compiled = []
    monkeypatch.setattr(second, "compile", lambda *a, **k: compiled.append(a) or jinja2.Environment.compile(
        second, *a, **k))
    assert second.get_template("m.j2").module.hi("b") == "hello b"
    assert compiled == []                          # from the cache, not compiled again


def test_a_changed_template_is_not_served_stale(tmp_path, monkeypatch):
    (tmp_path / "t").mkdir()
    source = tmp_path / "t" / "m.j2"
    source.write_text("{% macro hi() %}old{% endmacro %}")
    assert environment(tmp_path / "t", tmp_path / "c", monkeypatch).get_template("m.j2").module.hi() == "old"
    mtime = os.stat(source).st_mtime
    source.write_text("{% macro hi() %}new{% endmacro %}")
    os.utime(source, (mtime, mtime))               # the same time stamp: the content decides
    assert environment(tmp_path / "t", tmp_path / "c", monkeypatch).get_template("m.j2").module.hi() == "new"
    assert len(entries(tmp_path / "c")) == 2


def test_a_changed_esm_template_changes_the_deck(tmp_path):
    """The real thing: a copy of the package with one macro edited, the same cache."""
    copy = tmp_path / "src"
    shutil.copytree(os.path.join(ROOT, "esmgen"), copy / "esmgen",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(os.path.join(ROOT, "templates"), copy / "templates")
    shutil.copy(os.path.join(ROOT, "profiles.yaml"), copy / "profiles.yaml")
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "c"), PYTHONPATH=str(copy))

    def run():
        return subprocess.run([sys.executable, "-m", "esmgen", "render", "--esm", "racf", "--component", "all"],
                              capture_output=True, text=True, env=env, cwd=tmp_path, check=True).stdout

    assert run() == golden()
    macros = copy / "templates" / "racf" / "macros.j2"
    macros.write_text(macros.read_text().replace("SETROPTS", "SETROPTZ"))
    changed = run()
    assert "SETROPTZ" in changed and changed.replace("SETROPTZ", "SETROPTS") == golden()


def test_a_corrupt_entry_is_compiled_again_and_replaced(tmp_path):
    assert deck(tmp_path) == golden()
    (name,) = entries(tmp_path)
    path = tmp_path / "esmgen" / name
    good = path.read_bytes()
    header_end = good.index(b"\n", len(cache.FORMAT)) + 1
    for bad in (b"", b"garbage", good[:len(good) // 2], good[:header_end] + b"\xff" * 100,
                good[:header_end] + marshal.dumps(42), good.replace(b"esmgen", b"xsmgen", 1)):
        path.write_bytes(bad)
        assert deck(tmp_path) == golden()
        again = path.read_bytes()          # written anew: the right header, then code
        assert again.startswith(good[:header_end])
        assert isinstance(marshal.loads(again[header_end:]), type(test_where_the_cache_lives.__code__))


@pytest.mark.parametrize("make", ["file", "entry-is-a-directory", "no-home"])
def test_a_cache_that_cannot_be_written_still_renders(tmp_path, make):
    if make == "file":                     # XDG_CACHE_HOME/esmgen is a file: no directory at all
        home = tmp_path
        (tmp_path / "esmgen").write_text("not a directory")
    elif make == "entry-is-a-directory":   # the directory is there, the entry cannot be written
        home = tmp_path / "first"
        deck(home)
        (name,) = entries(home)
        home = tmp_path / "second"
        (home / "esmgen" / name).mkdir(parents=True)
    else:                                  # under a file: nothing can be created
        (tmp_path / "plain").write_text("")
        home = tmp_path / "plain" / "cache"
    assert deck(home) == golden()


def test_a_directory_others_can_write_is_not_used(tmp_path):
    folder = tmp_path / "esmgen"
    folder.mkdir()
    os.chmod(folder, 0o777)
    assert deck(tmp_path) == golden()
    assert entries(tmp_path) == []


def test_the_cache_directory_is_private(tmp_path):
    deck(tmp_path)
    assert os.stat(tmp_path / "esmgen").st_mode & 0o777 == 0o700
    assert len(entries(tmp_path)) == 1


def test_where_the_cache_lives(monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", "/var/tmp/xdg")
    assert cache.cache_dir() == "/var/tmp/xdg/esmgen"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")      # not absolute: ignored, as XDG says
    monkeypatch.setenv("HOME", "/home/someone")
    assert cache.cache_dir() == "/home/someone/.cache/esmgen"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.cache_dir() == "/home/someone/.cache/esmgen"


def test_old_entries_of_a_template_are_pruned(tmp_path, monkeypatch):
    (tmp_path / "t").mkdir()
    source = tmp_path / "t" / "m.j2"
    folder = tmp_path / "c" / "esmgen"
    kept = []
    for version in range(3):
        source.write_text(f"{{% macro v() %}}{version}{{% endmacro %}}")
        environment(tmp_path / "t", tmp_path / "c", monkeypatch).get_template("m.j2")
        (new,) = set(entries(tmp_path / "c")) - set(kept)
        kept.append(new)
        if version == 0:                   # the first entry is old; the second is recent
            old = time.time() - (cache.KEEP_DAYS + 1) * 86400
            os.utime(folder / new, (old, old))
    assert entries(tmp_path / "c") == sorted(kept[1:])


# -- parsed package data ------------------------------------------------------------

def test_the_bundled_catalog_from_the_cache_is_what_the_loader_reads(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    reference = loader.load_file(resources.catalog_path(), label=spec.BUNDLED)
    for _ in range(2):                             # parsed and stored, then read back
        doc = spec.load_spec()
        assert repr(doc.data) == repr(reference.data)
        assert doc.sha256 == reference.sha256 and doc.text == reference.text
        assert doc.where(("components", "zis")) == reference.where(("components", "zis"))
    assert len([n for n in entries(tmp_path, "data-") if "-profiles.yaml-" in n]) == 1


@pytest.mark.parametrize("table", esms.NAMES)
def test_esm_tables_from_the_cache_are_what_yaml_reads(tmp_path, monkeypatch, table):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = os.path.join(resources.templates_dir(), table, "esm.yaml")
    with open(path) as handle:
        reference = repr(yaml.safe_load(handle))
    assert repr(resources.load_yaml(path)) == reference
    assert len(entries(tmp_path, f"data-{table}-esm.yaml-")) == 1
    assert repr(resources.load_yaml(path)) == reference


def test_a_corrupt_data_entry_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    reference = repr(spec.load_spec().data)
    (name,) = [n for n in entries(tmp_path, "data-") if "-profiles.yaml-" in n]
    path = tmp_path / "esmgen" / name
    good = path.read_bytes()
    header_end = good.index(b"\n", len(cache.FORMAT)) + 1
    for bad in (b"", good[:len(good) // 2], good[:header_end] + marshal.dumps("text"),
                good[:header_end] + marshal.dumps(None), good[:header_end] + b"\xff\x00"):
        path.write_bytes(bad)
        assert repr(spec.load_spec().data) == reference
        assert repr(spec.load_spec().data) == reference


def test_an_edited_catalog_is_not_served_stale(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "c"))
    catalog = tmp_path / "profiles.yaml"
    text = open(resources.catalog_path()).read()
    catalog.write_text(text)
    monkeypatch.setattr(resources, "catalog_path", lambda: str(catalog))
    assert spec.load_spec().data["components"]["zis"]["default"] is True
    catalog.write_text(text.replace("  zis:\n    default: true", "  zis:\n    default: false", 1))
    assert spec.load_spec().data["components"]["zis"]["default"] is False


def test_messages_about_the_bundled_catalog_are_the_same_from_the_cache(tmp_path, monkeypatch):
    """Positions in the bundled catalog are worked out from its text when an error needs one."""
    args = ("render", "--esm", "racf", "--set", "unix_home=/tmp;x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "plain" / "x"))
    (tmp_path / "plain").write_text("")            # no cache: parsed with positions
    uncached = run_cli(*args)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "c"))
    run_cli("render", "--esm", "racf")            # fills the cache
    cached = run_cli(*args)
    assert uncached.code == cached.code == 2
    assert cached.err == uncached.err
    assert re.search(r"^profiles\.yaml \(bundled\):\d+:\d+: home '/tmp;x' must be", cached.err, re.M)


# -- the fastjsonschema validator (extra `fast`) ------------------------------------

def fresh_validator(monkeypatch, cache_home):
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    spec._fast_validator.cache_clear()
    try:
        return spec._fast_validator()
    finally:
        spec._fast_validator.cache_clear()


def test_the_compiled_validator_is_kept_and_judges_as_a_new_one(tmp_path, monkeypatch):
    fastjsonschema = pytest.importorskip("fastjsonschema", reason="the extra `fast` is not installed")
    first = fresh_validator(monkeypatch, tmp_path)
    assert len(entries(tmp_path, "validator-")) == 1
    monkeypatch.setattr(fastjsonschema, "compile", lambda *a, **k: pytest.fail("compiled again"))
    kept = fresh_validator(monkeypatch, tmp_path)
    assert kept is not first
    good = loader.load_file(resources.catalog_path()).data
    bad = dict(good, colour="red")
    for validator in (first, kept):
        validator(good)
        with pytest.raises(fastjsonschema.JsonSchemaException):
            validator(bad)


def test_a_corrupt_validator_entry_is_compiled_again(tmp_path, monkeypatch):
    pytest.importorskip("fastjsonschema", reason="the extra `fast` is not installed")
    fresh_validator(monkeypatch, tmp_path)
    (name,) = entries(tmp_path, "validator-")
    path = tmp_path / "esmgen" / name
    good = path.read_bytes()
    header_end = good.index(b"\n", len(cache.FORMAT)) + 1
    data = loader.load_file(resources.catalog_path()).data
    for bad in (good[:len(good) // 2], good[:header_end] + marshal.dumps(("nothing", compile("", "x", "exec"))),
                good[:header_end] + marshal.dumps(("x", "y"))):
        path.write_bytes(bad)
        fresh_validator(monkeypatch, tmp_path)(data)
        fresh_validator(monkeypatch, tmp_path)(data)


def test_each_package_file_has_entries_of_its_own(tmp_path, monkeypatch):
    """racf/esm.yaml and tss/esm.yaml share a file name; pruning one must not touch the other."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    for esm in esms.NAMES:
        resources.load_yaml(os.path.join(resources.templates_dir(), esm, "esm.yaml"))
    stems = {name.rsplit("-", 1)[0] for name in entries(tmp_path, "data-")}
    assert stems == {"data-racf-esm.yaml", "data-acf2-esm.yaml", "data-tss-esm.yaml"}
