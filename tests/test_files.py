"""Output files: atomic, through symlinks, never over an input, never a device; clean errors."""

import os
import stat

import pytest

from conftest import run_cli
from tso import commands


def test_out_writes_through_a_symlink(tmp_path):
    target = tmp_path / "real.jcl"
    target.write_text("old\n")
    link = tmp_path / "link.jcl"
    link.symlink_to(target)
    assert run_cli("render", "--esm", "racf", "--out", str(link)).code == 0
    assert link.is_symlink() and target.read_text().startswith("//ESMGEN")


def test_out_keeps_an_existing_files_mode_and_new_files_follow_the_umask(tmp_path):
    old = tmp_path / "old.jcl"
    old.write_text("old\n")
    old.chmod(0o640)
    assert run_cli("render", "--esm", "racf", "--out", str(old)).code == 0
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    mask = os.umask(0o022)
    try:
        new = tmp_path / "new.jcl"
        assert run_cli("render", "--esm", "racf", "--out", str(new)).code == 0
        assert stat.S_IMODE(new.stat().st_mode) == 0o644
    finally:
        os.umask(mask)


@pytest.mark.parametrize("make", ["fifo", "device"])
def test_out_refuses_what_is_not_a_regular_file(tmp_path, make):
    if make == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)
    else:
        path = "/dev/null"
    result = run_cli("render", "--esm", "racf", "--out", str(path))
    assert result.code == 2 and "not a regular file" in result.err
    if make == "fifo":
        assert stat.S_ISFIFO(os.stat(path).st_mode)


@pytest.mark.parametrize("args", [
    ("render", "--esm", "racf", "--out", "{dir}/x.jcl"),
    ("render", "--esm", "racf", "--out-dir", "{file}/decks"),
    ("dry-run", "{deck}", "--esm", "racf", "--save-state", "{dir}/s.json"),
])
def test_file_system_errors_are_clean(tmp_path, args):
    deck = tmp_path / "deck.tso"
    deck.write_text("ADDUSER A\n")
    blocker = tmp_path / "plain"
    blocker.write_text("a file, not a directory\n")
    args = [a.format(dir=tmp_path / "nodir", file=blocker, deck=deck) for a in args]
    result = run_cli(*args)
    assert result.code == 2 and result.err.startswith("esmgen: ") and "Traceback" not in result.err, result.err


def test_out_never_overwrites_an_input(tmp_path):
    spec = tmp_path / "spec.yaml"
    result = run_cli("catalog", "--out", str(spec))
    assert result.code == 0
    before = spec.read_text()
    result = run_cli("render", "--profiles", str(spec), "--out", str(spec))
    assert result.code == 2 and "input file" in result.err and spec.read_text() == before
    deck = tmp_path / "deck.tso"
    deck.write_text("ADDUSER A\n")
    result = run_cli("dry-run", str(deck), "--esm", "racf", "--save-state", str(deck))
    assert result.code == 2 and deck.read_text() == "ADDUSER A\n"


def test_the_catalog_comes_out_as_a_spec_to_edit(tmp_path):
    spec = tmp_path / "site.yaml"
    assert run_cli("catalog", "-o", str(spec)).code == 0
    mine = run_cli("render", "-p", str(spec), "-e", "racf", "-f", "tso").out
    bundled = run_cli("render", "-e", "racf", "-f", "tso").out
    assert commands(mine.splitlines()) == commands(bundled.splitlines())
