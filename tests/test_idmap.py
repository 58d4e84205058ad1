"""Distributed identity mapping in the decks, and its bad input."""

import os

import pytest

from conftest import HERE, run_cli
from tso import commands

SPEC = os.path.join(HERE, "specs", "idmap.yaml")


def cmds(esm, kind="setup"):
    result = run_cli("render", "--esm", esm, "--kind", kind, "--format", "tso", "--profiles", SPEC)
    assert result.code == 0, result.err
    return [c for _, c in commands(result.out.splitlines())]


def test_racf_maps_with_racmap_and_doubles_apostrophes():
    setup = cmds("racf")
    assert ("RACMAP ID(USERA) MAP USERDIDFILTER(NAME('CN=Alice O''Neil,OU=Users,O=Corp'))"
            " REGISTRY(NAME('ldaps://ldap.corp.example:636')) WITHLABEL('alice in corp LDAP')") in setup
    assert "SETROPTS RACLIST(IDIDMAP) REFRESH" in setup
    undo = cmds("racf", "undo")
    assert undo.index("RACMAP ID(USERA) DELMAP(LABEL('alice in corp LDAP'))") < undo.index("DELUSER USERA")


def test_acf2_and_tss_forms():
    assert any(c.startswith("INSERT USERA.ZWEMAP1 IDMAPDN(") for c in cmds("acf2"))
    assert any(c.startswith("TSS ADD(USERB) IDMAP(ZWEMAP1) IDMAPDN('CN=Bob") for c in cmds("tss"))


def test_explain_lists_the_mapping():
    out = run_cli("explain", "--profiles", SPEC).out
    assert "identity map" in out and "alice in corp LDAP" in out


@pytest.mark.parametrize("old,new,why", [
    ("label: alice in corp LDAP", "label: " + "x" * 33, "limit is 32"),
    ("- user: USERA", "- user: NOBODY", "user 'NOBODY' is not declared"),
    ("record: ZWEMAP1\n        purpose", "record: TOOLONGREC\n        purpose", "record id"),
])
def test_bad_identity_maps(tmp_path, old, new, why):
    spec = tmp_path / "spec.yaml"
    spec.write_text(open(SPEC).read().replace(old, new, 1))
    result = run_cli("validate", "--profiles", str(spec))
    assert result.code == 2 and why in result.err and "spec.yaml:" in result.err, result.err


def test_certificate_maps_per_esm():
    racf = cmds("racf")
    assert ("RACDCERT ID(USERB) MAP WITHLABEL('corp clients') TRUST SDNFILTER('OU=Clients,O=Corp')"
            " IDNFILTER('CN=Corp CA,O=Corp')") in racf
    assert racf.index("RACDCERT DELMAP(LABEL('corp clients')) ID(USERB)") < racf.index(
        "RACDCERT ID(USERB) MAP WITHLABEL('corp clients') TRUST SDNFILTER('OU=Clients,O=Corp')"
        " IDNFILTER('CN=Corp CA,O=Corp')")
    assert "TSS ADD(USERB) CERTMAP(CLIMAP1) SDNFILTR('OU=Clients,O=Corp') IDNFILTR('CN=Corp CA,O=Corp')" \
           " LABLCMAP('corp clients') TRUST" in cmds("tss")
    result = run_cli("render", "--esm", "acf2", "--format", "tso", "--profiles", SPEC)
    assert "* UNVERIFIED, not run: INSERT USERB.CLIMAP1" in result.out
    assert "warning:" in result.err and "CERTMAP syntax is not publicly documented" in result.err
    assert not any(c.startswith("INSERT USERB.CLIMAP1") for c in cmds("acf2"))
