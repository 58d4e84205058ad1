"""Hostile values: every payload of tests/payloads.py, in every free-text field,
is refused with FILE:LINE:COL or reaches every deck exactly as written.

Decks are read back with the test-side TSO reader (tests/tso.py): a payload
that split a command, closed a quoted operand or a comment would change the
sequence of commands the deck runs, compared with the same spec holding a
harmless value.
"""

import re

import pytest

from conftest import run_cli
from payloads import PAYLOADS, SAFE, spec_with
from tso import commands, in_stream
from esmgen import esms

ESMS = esms.NAMES
KINDS = ("setup", "verify", "undo")
FORMATS = ("tso", "jcl")


def deck_commands(path, esm, kind, fmt):
    result = run_cli("render", "--profiles", path, "--esm", esm, "--kind", kind, "--format", fmt)
    if result.code:
        return result
    records = result.out.splitlines() if fmt == "tso" else in_stream(result.out)
    return commands(records)


def verb_shape(found):
    """What a deck runs with every quoted string replaced by Q: payloads go
    only into quoted operands, so this must equal the harmless spec's."""
    return [(context, re.sub(r"'(?:[^']|'')*'", "Q", command)) for context, command in found]


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    path = tmp_path_factory.mktemp("base") / "spec.yaml"
    path.write_text(spec_with())
    return {(esm, kind, fmt): verb_shape(deck_commands(str(path), esm, kind, fmt))
            for esm in ESMS for kind in KINDS for fmt in FORMATS}


@pytest.mark.parametrize("field", sorted(SAFE))
def test_payloads_are_refused_or_rendered_as_written(field, baseline, tmp_path):
    for number, payload in enumerate(PAYLOADS):
        path = tmp_path / f"spec{number}.yaml"
        path.write_text(spec_with(field, payload))
        checked = run_cli("validate", "--profiles", str(path))
        if checked.code:
            assert checked.code == 2 and re.search(r"spec\d+\.yaml:\d+:\d+: ", checked.err), \
                (payload, checked.err)
            assert "Traceback" not in checked.err
            continue
        carried = False
        for esm in ESMS:
            for kind in KINDS:
                for fmt in FORMATS:
                    found = deck_commands(str(path), esm, kind, fmt)
                    if not isinstance(found, list):       # refused for this format only
                        assert found.code == 2 and "Traceback" not in found.err, (payload, found.err)
                        continue
                    assert verb_shape(found) == baseline[(esm, kind, fmt)], (field, payload, esm, kind, fmt)
                    carried = carried or any(payload.replace("'", "''") in c for _, c in found)
        # the value is in some deck whole, apostrophes doubled (purposes are only comments)
        assert carried or "PURPOSE" in field, (field, payload)


def test_purpose_text_cannot_add_policy_statements(tmp_path):
    spec = tmp_path / "tls.yaml"
    spec.write_text("""esmgen: 1
components:
  tls:
    purpose: >
      Harmless.
      TTLSRule evil { LocalPortRange 1-65535 Priority 2000000000 }
      TTLSGroupAction evil-grp { TTLSEnabled Off }
    default: true
    tls:
      - {name: web, direction: inbound, local_port: 9443, role: server, keyring: RING}
""")
    result = run_cli("render", "--format", "attls", "--profiles", str(spec))
    assert result.code == 0, result.err
    statements = [line.split()[0] for line in result.out.splitlines() if line and not line.startswith("#")
                  and line[0].isalpha()]
    assert statements.count("TTLSRule") == 1 and "evil" not in " ".join(
        line for line in result.out.splitlines() if not line.startswith("#"))


@pytest.mark.parametrize("esm,override,message", [
    ("racf", "refresh: {raclist: \"SETROPTS RACLIST({cls}) REFRESH\"}", "refresh"),
    ("racf", "access: {READ: ALTER}", "READ"),
    ("tss", "access: {UPDATE: ALL}", "UPDATE"),
    ("acf2", "user_rule_id: \"UID(-)\"", "user_rule_id"),
    ("acf2", "access: {READ: \"SERVICE(READ,UPDATE)\"}", "READ"),
    ("acf2", "dataset_access: {READ: \"READ(A) WRITE(A) ALLOC(P) EXEC(A)\"}", "READ"),
    ("racf", "style: {width: 80}", "width"),
    ("tss", "classes: {FACILITY: {keyword: \"IBMFAC\\nTSS ADD(X)\"}}", "keyword"),
    ("racf", "name: EVIL", "name"),
])
def test_esm_tables_cannot_change_command_text_or_widen_access(tmp_path, esm, override, message):
    spec = tmp_path / "spec.yaml"
    spec.write_text(spec_with() + f"esm_tables:\n  {esm}: {{{override}}}\n")
    result = run_cli("render", "--profiles", str(spec), "--esm", esm)
    assert result.code == 2 and re.search(r"spec\.yaml:\d+:\d+: esm_tables", result.err), result.err
    assert message in result.err


def test_table_overrides_show_in_diff_as_high_risk(tmp_path):
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(spec_with())
    new.write_text(spec_with() + "esm_tables:\n  acf2: {classes: {FACILITY: {type: FAK}}}\n"
                   "  racf: {access: {UPDATE: READ}}\n")
    result = run_cli("diff", str(old), str(new))
    assert result.code == 1
    assert "ACF2 table classes.FACILITY.type = FAK **HIGH RISK: ESM table override**" in result.out
    assert "RACF table access.UPDATE = READ" in result.out
    back = run_cli("diff", str(new), str(old))
    assert back.code == 1 and "### Removed" in back.out and "HIGH RISK: ESM table override" in back.out


def test_a_variable_with_a_line_break_is_refused_where_it_comes_from(tmp_path):
    zowe = tmp_path / "zowe.yaml"
    zowe.write_text("zowe:\n  setup:\n    security:\n      users:\n        zowe: |\n          ZWESVUSR\n")
    result = run_cli("render", "--esm", "racf", "--zowe-yaml", str(zowe))
    assert result.code == 2 and "zowe.yaml:5:" in result.err and "line break" in result.err
    result = run_cli("render", "--esm", "racf", "--set", "zowe_stc=ZWESLSTC\n")
    assert result.code == 2 and "--set zowe_stc" in result.err and "line break" in result.err


def test_an_empty_required_value_names_the_field_and_variable(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text("esmgen: 1\nvariables:\n  ca: {default: My CA}\n" +
                    spec_with().split("\n", 1)[1].replace('"App CA"', '"${ca}"'))
    result = run_cli("validate", "--profiles", str(spec), "--set", "ca=")
    assert result.code == 2
    assert "label is empty" in result.err and "${ca} = '' from --set ca=" in result.err


@pytest.mark.parametrize("port", ["\uff19\uff14\uff14\uff13", "1_0", "9443-", "0", "65536", "443-80", "+443"])
def test_odd_ports_are_refused(tmp_path, port):
    spec = tmp_path / "spec.yaml"
    spec.write_text(f"""esmgen: 1
components:
  tls:
    purpose: test
    default: true
    tls:
      - {{name: web, direction: inbound, local_port: "{port}", role: server, keyring: RING}}
""")
    result = run_cli("render", "--format", "attls", "--profiles", str(spec))
    assert result.code == 2 and "port" in result.err, result.err


@pytest.mark.parametrize("name,esm", [("APP-X.RESOURCE", "acf2"), ("APP.&X", "racf"), ("APP.&X", "tss")])
def test_mask_and_symbol_characters_in_profile_names(tmp_path, name, esm):
    spec = tmp_path / "spec.yaml"
    spec.write_text(spec_with().replace("APP.RESOURCE", name))
    result = run_cli("render", "--profiles", str(spec), "--esm", esm)
    assert result.code == 2 and name in result.err, result.err


def test_terminal_output_has_no_control_characters(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(spec_with("PURPOSE_FIELD", "visible \x1b[8m hidden"))
    result = run_cli("components", "--profiles", str(spec))
    assert result.code == 2 and "\x1b" not in result.err


def test_a_yaml_octal_port_is_refused_not_converted(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text("""esmgen: 1
components:
  tls:
    purpose: test
    default: true
    tls:
      - {name: web, direction: inbound, local_port: 0443, role: server, keyring: RING}
""")
    result = run_cli("render", "--format", "attls", "--profiles", str(spec))
    assert result.code == 2 and "spec.yaml:7:" in result.err and "plain decimal" in result.err
