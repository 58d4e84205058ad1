"""The compiled-template cache: used when it can be, never wrong, never in the way."""

import marshal
import os
import shutil
import subprocess
import sys
import time

import jinja2
import pytest

from conftest import GOLDEN
from esmgen import cache, render, resources

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def environment(templates, cache_home, monkeypatch):
    """A fresh esmgen environment, as a new run builds it, over the given templates."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    monkeypatch.setattr(resources, "templates_dir", lambda: str(templates))
    return render._environment()


def entries(cache_home):
    folder = os.path.join(cache_home, "esmgen")
    return sorted(n for n in os.listdir(folder) if n.endswith(".code")) if os.path.isdir(folder) else []


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
