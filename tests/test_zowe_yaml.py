"""zowe.yaml as Zowe sites have it: the first command works, site objects are left alone."""

import re

import pytest

from conftest import run_cli
from tso import commands, in_stream
from esmgen import esms

# The shape of Zowe's example zowe.yaml: a two-qualifier prefix under IBMUSER,
# the system programmers' group SYS1, a certificate block and components.
REALISTIC = """\
zowe:
  setup:
    dataset:
      prefix: IBMUSER.ZWEV2
      proclib: USER.PROCLIB
      parmlib: IBMUSER.ZWEV2.CUST.PARMLIB
      jcllib: IBMUSER.ZWEV2.CUST.JCLLIB
      authLoadlib: IBMUSER.ZWEV2.SZWEAUTH
    security:
      product: {product}
      groups:
        admin: ZWEADMIN
        stc: ZWEADMIN
        sysProg: SYS1
      users:
        zowe: ZWESVUSR
        zis: ZWESIUSR
      stcs:
        zowe: ZWESLSTC
        zis: ZWESISTC
        aux: ZWESASTC
    certificate:
      type: PKCS12
      pkcs12:
        directory: /var/zowe/keystore
      dname:
        caCommonName: "Zowe Development Instances CA"
        commonName: "Zowe Development Instances Certificate"
  runtimeDirectory: /usr/lpp/zowe
  externalDomains:
    - sample-domain.com
  externalPort: 7554
components:
  gateway:
    enabled: true
    port: 7554
  zss:
    enabled: true
    port: 7557
"""

SITE_OBJECTS = ("SYS1", "IBMUSER")
# Commands that change or delete an existing user or group, per ESM.
CHANGES = {
    "racf": r"^(ALTGROUP|ALTUSER|DELGROUP|DELUSER|ADDGROUP) (\S+)",
    "acf2": r"^(CHANGE|DELETE|INSERT) (\S+)",
    "tss": r"^TSS (REPLACE|DELETE|REMOVE|ADDTO|ADD|CREATE)\((\w+)\)",
}


@pytest.fixture
def zowe_yaml(tmp_path):
    def make(product="RACF", text=REALISTIC):
        path = tmp_path / "zowe.yaml"
        path.write_text(text.replace("{product}", product))
        return str(path)
    return make


@pytest.mark.parametrize("esm", ["all", "racf", "acf2", "tss"])
def test_renders_with_nothing_but_the_zowe_yaml(zowe_yaml, esm):
    for kind in ("setup", "verify", "undo"):
        result = run_cli("render", "--zowe-yaml", zowe_yaml(), "--esm", esm, "--kind", kind)
        assert result.code == 0, result.err
        assert "'IBMUSER.ZWEV2.*.**'" in result.out or "IBMUSER.ZWEV2" in result.out


@pytest.mark.parametrize("product", ["RACF", "ACF2", "TSS", "acf2"])
def test_product_picks_the_stream_and_the_default_esm(zowe_yaml, product):
    path = zowe_yaml(product)
    job = run_cli("render", "--zowe-yaml", path, "--esm", "all").out
    assert f"//         SET PRODUCT={product.upper()}" in job
    single = run_cli("render", "--zowe-yaml", path, "--format", "tso")     # no --esm: the product's
    name = {"RACF": "RACF", "ACF2": "ACF2", "TSS": "Top Secret"}[product.upper()]
    assert single.code == 0 and f"esmgen 0.1.0: {name} setup deck" in single.out


@pytest.mark.parametrize("esm", esms.NAMES)
def test_no_deck_changes_or_deletes_a_site_object(zowe_yaml, esm):
    for kind, allowed in (("setup", {"ADDGROUP", "INSERT", "CREATE"}), ("undo", set())):
        out = run_cli("render", "--zowe-yaml", zowe_yaml(), "--esm", esm, "--kind", kind, "--format", "tso").out
        for _, command in commands(out.splitlines()):
            match = re.match(CHANGES[esm], command)
            if match and match.group(2) in SITE_OBJECTS:
                assert match.group(1) in allowed, (kind, command)     # only "create when missing"
        assert not re.search(r"ADDGROUP IBMUSER|CREATE\(IBMUSER\)", out)     # IBMUSER is a user


def test_undo_says_what_it_leaves(zowe_yaml):
    out = run_cli("render", "--zowe-yaml", zowe_yaml(), "--esm", "racf", "--kind", "undo", "--format", "tso").out
    assert "group SYS1: adopted: it may be the site's own" in " ".join(
        line.strip("/* ") for line in out.splitlines())


@pytest.mark.parametrize("text,message", [
    ("- zowe\n", "the file is a list"),
    ("", "the file is empty"),
    ("zowe:\n  runtimeDirectory: /usr/lpp/zowe\n", "there is no zowe.setup section"),
    ("esmgen: 1\ncomponents: {}\n", "there is no zowe.setup section"),
    ("zowe:\n  setup:\n    dataset:\n      prefix: \"${{ zowe.environments.HLQ }}\"\n", "zwe template"),
    ("zowe:\n  setup:\n    security:\n      product: RACFX\n", "'RACFX' is not one of RACF, ACF2, TSS"),
])
def test_files_that_are_not_a_zowe_yaml_are_errors(zowe_yaml, text, message):
    result = run_cli("render", "--zowe-yaml", zowe_yaml(text=text))
    assert result.code == 2 and message in result.err and "zowe.yaml:" in result.err, result.err


def test_keys_it_cannot_find_are_one_note(zowe_yaml):
    text = "zowe:\n  setup:\n    securty:\n      product: RACF\n    dataset:\n      prefix: SYS2.ZWE\n"
    result = run_cli("render", "--zowe-yaml", zowe_yaml(text=text), "--esm", "racf")
    notes = [line for line in result.err.splitlines() if line.startswith("note:")]
    assert result.code == 0 and len(notes) == 1
    assert "zowe.setup.security.groups.admin (admin_group)" in notes[0]
    assert "zowe.setup.dataset.prefix" not in notes[0]


def test_hlq_group_follows_the_prefix(zowe_yaml):
    text = "zowe:\n  setup:\n    dataset:\n      prefix: SYS2.ZWE\n"
    records = in_stream(run_cli("render", "--zowe-yaml", zowe_yaml(text=text), "--esm", "racf").out)
    found = [c for _, c in commands(records)]
    assert "ADDGROUP SYS2 DATA('ZOWE DATA SET PREFIX')" in found
    assert not any(c.startswith(("ALTGROUP SYS2", "DELGROUP SYS2")) for c in found)
