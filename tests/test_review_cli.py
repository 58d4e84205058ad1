"""The review workflow on the command line: deck sets with --check, listings."""

import json
import os

import yaml

from conftest import run_cli
from esmgen.renderer.deckset import parse_manifest

HERE = os.path.dirname(__file__)


def test_out_dir_writes_pds_members_and_check_finds_changes(tmp_path):
    folder = tmp_path / "decks"
    result = run_cli("render", "--esm", "all", "--out-dir", str(folder))
    assert result.code == 0, result.err
    names = sorted(os.listdir(folder))
    assert names == sorted(["RACFSET", "RACFVER", "RACFUND", "ACF2SET", "ACF2VER", "ACF2UND",
                            "TSSSET", "TSSVER", "TSSUND", "MANIFEST"])
    manifest = parse_manifest((folder / "MANIFEST").read_text())
    assert set(manifest["members"]) == set(names) - {"MANIFEST"} and len(manifest["spec_sha256"]) == 64
    assert run_cli("render", "--esm", "all", "--out-dir", str(folder), "--check").code == 0
    changed = run_cli("render", "--esm", "all", "--out-dir", str(folder), "--check",
                      "--set", "zowe_user=OTHERUSR")
    assert changed.code == 1 and "RACFSET: not current" in changed.err
    assert parse_manifest((folder / "MANIFEST").read_text()) == manifest     # --check wrote nothing
    assert "--- RACFSET (in the directory)" in changed.err and "OTHERUSR" in changed.err


def test_check_without_out_dir_is_a_usage_error():
    assert run_cli("render", "--check").code == 2


def test_pre_commit_hook_definition():
    with open(os.path.join(HERE, "..", ".pre-commit-hooks.yaml")) as handle:
        (hook,) = yaml.safe_load(handle)
    assert hook["id"] == "esmgen-decks-current" and hook["entry"] == "esmgen render"
    assert "--check" in hook["args"]


def test_check_output_per_command_verdicts():
    listing = os.path.join(HERE, "listings", "racf-not-authorized.txt")
    result = run_cli("check-output", listing, "--esm", "racf", "--format", "json")
    assert result.code == 1
    report = json.loads(result.out)
    assert "not-authorized" in {c["outcome"] for c in report["commands"]}
    assert set(report["commands"][0]) == {"command", "outcome", "messages"}


def test_check_output_clean_rerun_passes_with_its_deck():
    listing = os.path.join(HERE, "listings", "racf-rerun.txt")
    assert run_cli("check-output", listing, "--esm", "racf").code == 1       # strict without the deck
    deck = os.path.join(HERE, "listings", "racf-rerun.deck")
    result = run_cli("check-output", listing, "--esm", "racf", "--deck", deck)
    assert result.code == 0 and "PASSED" in result.out


def test_check_output_unusable_listing(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("no ready prompt here\n")
    assert run_cli("check-output", str(empty), "--esm", "racf").code == 2
