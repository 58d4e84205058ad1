"""Deck sets: PDS-safe members in a directory, a manifest, and the --check comparison."""

import hashlib
import os

import pytest

from esmgen import __version__, api, esms, resources
from esmgen.renderer.deckset import (
    MANIFEST,
    check_deck_set,
    parse_manifest,
    plan_deck_set,
    stale_members,
    write_deck_set,
)
from esmgen.renderer.rules import ID_RE

ALL_MEMBERS = {"RACFSET", "RACFVER", "RACFUND", "ACF2SET", "ACF2VER", "ACF2UND",
               "TSSSET", "TSSVER", "TSSUND", MANIFEST}


@pytest.fixture(scope="module")
def loaded():
    return api.load(api.Inputs())


@pytest.fixture(scope="module")
def members(loaded):
    return plan_deck_set(loaded, "all")


def test_all_gives_nine_decks_and_a_manifest_with_pds_safe_names(members):
    assert set(members) == ALL_MEMBERS
    for name in members:
        assert ID_RE.fullmatch(name), name


@pytest.mark.parametrize("esm", esms.NAMES)
@pytest.mark.parametrize("fmt", ["jcl", "tso"])
def test_one_esm_gives_three_decks_and_a_manifest(loaded, esm, fmt):
    planned = plan_deck_set(loaded, esm, fmt)
    prefix = esm.upper()
    assert set(planned) == {prefix + "SET", prefix + "VER", prefix + "UND", MANIFEST}
    assert all(ID_RE.fullmatch(name) for name in planned)
    assert parse_manifest(planned[MANIFEST])["format"] == fmt


def test_members_are_the_rendered_decks(loaded, members):
    assert members["RACFSET"] == api.render(loaded, "racf", "setup", "jcl")
    assert members["TSSUND"] == api.render(loaded, "tss", "undo", "jcl")
    assert members["ACF2VER"] == api.render(loaded, "acf2", "verify", "jcl")


def test_manifest_describes_the_set(loaded, members):
    text = members[MANIFEST]
    manifest = parse_manifest(text)
    assert manifest["esmgen"] == __version__
    assert manifest["spec"] == loaded.spec_label
    assert manifest["spec_sha256"] == loaded.spec_sha256 and len(manifest["spec_sha256"]) == 64
    assert manifest["components"] == list(loaded.selected)
    assert manifest["format"] == "jcl"
    assert set(manifest["members"]) == ALL_MEMBERS - {MANIFEST}
    for name, digest in manifest["members"].items():
        assert hashlib.sha256(members[name].encode("ascii")).hexdigest() == digest
    assert max(len(record) for record in text.splitlines()) <= 80     # an FB 80 member


def test_a_long_spec_name_is_carried_over_records(tmp_path):
    spec = tmp_path / ("a-very-long-spec-file-name-" * 5 + ".yaml")
    spec.write_text(open(resources.catalog_path()).read())
    planned = plan_deck_set(api.load(api.Inputs(profiles=str(spec))), "racf")
    assert max(len(r) for r in planned[MANIFEST].splitlines()) <= 80
    assert parse_manifest(planned[MANIFEST])["spec"] == spec.name


def test_check_reports_missing_stale_and_extra_members(tmp_path, loaded, members):
    write_deck_set(tmp_path, members)
    (tmp_path / "TSSUND").unlink()
    (tmp_path / "RACFVER").write_text(members["RACFVER"].replace("LISTUSER", "LISTGRP"))
    racf_only = plan_deck_set(loaded, "racf")
    found = {name: (state, detail) for name, state, detail in check_deck_set(tmp_path, racf_only)}
    assert found["RACFVER"][0] == "stale" and "-LISTGRP" in found["RACFVER"][1]
    assert found["TSSUND"][0] == "extra" and found["ACF2SET"][0] == "extra"
    write_deck_set(tmp_path, racf_only)
    assert not (tmp_path / "ACF2SET").exists() and check_deck_set(tmp_path, racf_only) == []


def test_write_then_nothing_is_stale(tmp_path, members):
    out = tmp_path / "decks"          # created by write_deck_set
    assert stale_members(out, members) == sorted(members)
    write_deck_set(out, members)
    assert stale_members(out, members) == []
    assert sorted(os.listdir(out)) == sorted(members)       # no temp files left, no extensions
    for name, text in members.items():
        data = (out / name).read_bytes()
        assert data == text.encode("ascii")
        assert b"\r" not in data


def test_changed_and_deleted_members_are_reported(tmp_path, members):
    write_deck_set(tmp_path, members)
    (tmp_path / "RACFVER").write_bytes(members["RACFVER"].encode("ascii") + b"* edited\n")
    assert stale_members(tmp_path, members) == ["RACFVER"]
    (tmp_path / "TSSUND").unlink()
    assert stale_members(tmp_path, members) == ["RACFVER", "TSSUND"]
    write_deck_set(tmp_path, members)
    assert stale_members(tmp_path, members) == []


def test_line_end_change_alone_is_stale(tmp_path, members):
    write_deck_set(tmp_path, members)
    (tmp_path / "ACF2SET").write_bytes(members["ACF2SET"].replace("\n", "\r\n").encode("ascii"))
    assert stale_members(tmp_path, members) == ["ACF2SET"]


def test_other_files_are_kept_and_ignored(tmp_path, members):
    (tmp_path / "README").write_text("mine\n")
    write_deck_set(tmp_path, members)
    assert (tmp_path / "README").read_text() == "mine\n"
    assert stale_members(tmp_path, members) == []


def test_identical_input_gives_identical_bytes(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    write_deck_set(first, plan_deck_set(api.load(api.Inputs()), "all"))
    write_deck_set(second, plan_deck_set(api.load(api.Inputs()), "all"))
    names = sorted(os.listdir(first))
    assert names == sorted(os.listdir(second)) == sorted(ALL_MEMBERS)
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_changed_variable_makes_decks_and_manifest_stale(tmp_path, members):
    write_deck_set(tmp_path, members)
    changed = plan_deck_set(api.load(api.Inputs(settings=["zowe_user=OTHERUSR"])), "all")
    stale = stale_members(tmp_path, changed)
    assert "RACFSET" in stale and MANIFEST in stale
    assert stale == sorted(stale)
    assert "OTHERUSR" in changed["RACFSET"]


def test_bad_member_names_are_refused(tmp_path):
    from esmgen.errors import EsmgenError
    for bad in ("../EVIL", "racfset", "1RACF", "TOOLONGNAME"):
        with pytest.raises(EsmgenError):
            write_deck_set(tmp_path, {bad: "x\n"})
    assert os.listdir(tmp_path) == []


def test_unknown_esm_or_format_is_refused(loaded):
    from esmgen.errors import EsmgenError
    with pytest.raises(EsmgenError):
        plan_deck_set(loaded, "zos")
    with pytest.raises(EsmgenError):
        plan_deck_set(loaded, "racf", "xml")
