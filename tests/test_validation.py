"""Every class of bad input: exit status 2, FILE:LINE:COL and the value, no traceback, nothing written."""

import os
import re

import pytest

from conftest import run_cli
from esmgen import esms

GOOD = """esmgen: 1
defaults: {department: DEPT1, owner: DEPT1}
variables:
  user: {default: USER1, kind: user}
components:
  c:
    purpose: test component
    default: true
    departments: [{name: DEPT1}]
    groups: [{name: GRP1, gid: auto, description: test group}]
    users:
      - name: ${user}
        default_group: GRP1
        omvs: {uid: 100, home: /u/user1, program: /bin/sh}
    profiles:
      - class: FACILITY
        name: APP.RESOURCE
        uacc: NONE
        grants: [{id: "${user}", access: READ}]
"""


def bad_render(tmp_path, spec_text, *args, esm="racf"):
    spec = tmp_path / "spec.yaml"
    spec.write_text(spec_text)
    out = tmp_path / "deck.jcl"
    result = run_cli("render", "--esm", esm, "--profiles", str(spec), "--out", str(out), *args)
    assert result.code == 2, (result.code, result.out, result.err)
    assert "Traceback" not in result.err + result.out
    assert not out.exists(), "nothing may be written on bad input"
    assert [p for p in os.listdir(tmp_path) if p.startswith(".esmgen-")] == []
    return result.err


def at(err, line):
    """The error names spec.yaml at the given line."""
    assert re.search(rf"spec\.yaml:{line}:\d+: ", err), err
    return err


def test_good_spec_renders(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(GOOD)
    for esm in esms.NAMES:
        result = run_cli("render", "--esm", esm, "--profiles", str(spec))
        assert result.code == 0, result.err


def test_yaml_syntax_error(tmp_path):
    err = bad_render(tmp_path, GOOD.replace("gid: auto,", "gid: [auto,"))
    assert "YAML syntax error" in at(err, 10)


def test_duplicate_key(tmp_path):
    err = bad_render(tmp_path, GOOD.replace("    default: true\n", "    default: true\n    default: false\n"))
    assert "duplicate key 'default'" in at(err, 9)


def test_unknown_key(tmp_path):
    err = bad_render(tmp_path, GOOD.replace("uacc: NONE", "uacc: NONE\n        colour: red"))
    assert "colour" in at(err, 19)


def test_bad_access_level(tmp_path):
    err = bad_render(tmp_path, GOOD.replace("access: READ", "access: WRITE"))
    assert "'WRITE' is not one of NONE, READ, UPDATE, CONTROL, ALTER" in at(err, 19)


def test_wrong_type(tmp_path):
    err = bad_render(tmp_path, GOOD.replace("uid: 100", "uid: lots"))
    assert "'lots'" in at(err, 14)


@pytest.mark.parametrize("name,why", [
    ("USER12345", "1-8 characters"), ("1USER", "the first not a digit"), ("user1", "upper case"),
    ("US-ER", "1-8 characters")])
def test_bad_user_names(tmp_path, name, why):
    err = bad_render(tmp_path, GOOD.replace("default: USER1", f"default: '{name}'"))
    assert why in at(err, 4) and name in err


def test_bad_value_from_set_names_its_origin(tmp_path):
    err = bad_render(tmp_path, GOOD, "--set", "user=TOOLONGUSER")
    assert "--set user=TOOLONGUSER" in err and "TOOLONGUSER" in err


def test_profile_too_long_for_the_class(tmp_path):
    err = bad_render(tmp_path, GOOD.replace("name: APP.RESOURCE", "name: APP." + "X" * 250))
    assert "longer than 246" in at(err, 17)


def test_dataset_profile_too_long(tmp_path):
    spec = GOOD.replace("class: FACILITY", "class: DATASET").replace(
        "name: APP.RESOURCE", "name: AAAAAAAA.BBBBBBBB.CCCCCCCC.DDDDDDDD.EEEEEEEE.F")
    assert "longer than 44" in at(bad_render(tmp_path, spec), 17)


def test_grant_to_undeclared_id(tmp_path):
    err = bad_render(tmp_path, GOOD.replace('grants: [{id: "${user}"', "grants: [{id: NOBODY"))
    assert "NOBODY" in at(err, 19) and "no user or group" in err


def test_default_group_not_declared(tmp_path):
    err = bad_render(tmp_path, GOOD.replace("default_group: GRP1", "default_group: GRP9"))
    assert "group 'GRP9' is not declared" in at(err, 12)


@pytest.mark.parametrize("esm,mapping", [("racf", "raclist"), ("acf2", "type"), ("tss", "keyword")])
def test_class_without_mapping(tmp_path, esm, mapping):
    err = bad_render(tmp_path, GOOD.replace("class: FACILITY", "class: MYCLASS"), esm=esm)
    assert "class MYCLASS has no" in at(err, 16) and f"esm_tables: {{{esm}: {{classes: {{MYCLASS: {{{mapping}:" in err


def test_class_mapping_can_come_from_the_spec(tmp_path):
    spec = GOOD.replace("class: FACILITY", "class: MYCLASS") + \
        "esm_tables:\n  acf2: {classes: {MYCLASS: {type: MYC}}}\n  racf: {classes: {MYCLASS: {raclist: true}}}\n"
    path = tmp_path / "spec.yaml"
    path.write_text(spec)
    for esm in ("acf2", "racf"):
        result = run_cli("render", "--esm", esm, "--format", "tso", "--profiles", str(path))
        assert result.code == 0, result.err
    assert "SET RESOURCE(MYC)" in run_cli("render", "--esm", "acf2", "--format", "tso",
                                          "--profiles", str(path)).out


@pytest.mark.parametrize("field,value,why", [
    ("name: APP.RESOURCE", "name: \"APP.R'X\"", "no blanks, quotes"),
    ("name: APP.RESOURCE", "name: APP.R(X)", "no blanks, quotes"),
    ("name: APP.RESOURCE", "name: APP.R,X", "no blanks, quotes"),
    ("name: APP.RESOURCE", "name: APP.R X", "no blanks, quotes"),
    ("name: APP.RESOURCE", "name: APP.RES-", "continuation"),
    ("description: test group", "description: 'a; b'", "';'"),
    ("description: test group", "description: 'a /* b'", "'/*'"),
    ("description: test group", "description: 'a (b'", "unbalanced parentheses"),
    ("description: test group", "description: 'ends -'", "continuation"),
    ("description: test group", "description: 'caf\u00e9'", "printable ASCII"),
    ("home: /u/user1", "home: '/u/my dir'", "absolute path"),
])
def test_values_that_could_leave_their_operand(tmp_path, field, value, why):
    err = bad_render(tmp_path, GOOD.replace(field, value))
    assert why in err and re.search(r"spec\.yaml:\d+:\d+: ", err), err


def test_value_containing_the_in_stream_delimiter(tmp_path):
    err = bad_render(tmp_path, GOOD.replace("description: test group", "description: 'a $$ b'"))
    assert "in-stream delimiter '$$'" in at(err, 10) and "--dlm" in err
    spec = tmp_path / "spec.yaml"
    assert run_cli("render", "--esm", "racf", "--profiles", str(spec), "--dlm", "@@").code == 0


def test_unknown_variable_reference(tmp_path):
    err = bad_render(tmp_path, GOOD.replace("default_group: GRP1", "default_group: ${nosuch}"))
    assert "unknown variable '${nosuch}'" in at(err, 13)


def test_unknown_variable_on_the_command_line(tmp_path):
    assert "unknown variable 'nosuch'" in bad_render(tmp_path, GOOD, "--set", "nosuch=X")


def test_set_without_equals(tmp_path):
    assert "expected NAME=VALUE" in bad_render(tmp_path, GOOD, "--set", "user")


def test_unknown_variable_in_values_file(tmp_path):
    values = tmp_path / "values.yaml"
    values.write_text("user: USER2\nnosuch: X\n")
    err = bad_render(tmp_path, GOOD, "--values", str(values))
    assert re.search(r"values\.yaml:2:1: unknown variable 'nosuch'", err), err


def test_zowe_yaml_value_that_is_not_plain(tmp_path):
    zowe = tmp_path / "zowe.yaml"
    zowe.write_text("zowe:\n  setup:\n    security:\n      users:\n        zowe: [A, B]\n")
    err = run_cli("render", "--esm", "racf", "--zowe-yaml", str(zowe))
    assert err.code == 2 and re.search(r"zowe\.yaml:5:\d+: zowe\.setup\.security\.users\.zowe must be a plain value",
                                       err.err), err.err


def test_variable_default_cycle(tmp_path):
    spec = GOOD.replace("user: {default: USER1, kind: user}",
                        "user: {default: '${other}', kind: user}\n  other: {default: '${user}'}")
    assert "refer to each other" in bad_render(tmp_path, spec)


def test_conflicting_definitions(tmp_path):
    spec = GOOD + "  d:\n    purpose: other\n    default: true\n    groups: [{name: GRP1, gid: 7}]\n"
    assert "group GRP1 is defined differently" in at(bad_render(tmp_path, spec), 23)


def test_tss_needs_a_department(tmp_path):
    spec = GOOD.replace("defaults: {department: DEPT1, owner: DEPT1}\n", "defaults: {owner: DEPT1}\n")
    assert "needs a department" in bad_render(tmp_path, spec, esm="tss")


def test_unknown_component(tmp_path):
    err = bad_render(tmp_path, GOOD, "--component", "nosuch")
    assert "--component: unknown component 'nosuch'" in err


def test_missing_spec_file(tmp_path):
    result = run_cli("render", "--esm", "racf", "--profiles", str(tmp_path / "none.yaml"))
    assert result.code == 2 and "cannot read file" in result.err


def test_empty_spec(tmp_path):
    assert "the spec is empty" in bad_render(tmp_path, "")


@pytest.mark.parametrize("args,why", [
    (("--job-name", "9BAD"), "not a valid job name"),
    (("--dlm", "$"), "exactly two characters"),
    (("--dlm", "//"), "not // or /*"),
])
def test_bad_job_options(tmp_path, args, why):
    assert why in bad_render(tmp_path, GOOD, *args)


def test_bad_job_card(tmp_path):
    card = tmp_path / "card.jcl"
    card.write_text("//MYJOB JOB (1),'X',CLASS=A\n// " + "X" * 80 + "\n")
    err = bad_render(tmp_path, GOOD, "--job-card", str(card))
    assert re.search(r"card\.jcl:2:72: job card record is longer than 71", err), err


def test_good_job_card_is_used(tmp_path):
    card = tmp_path / "card.jcl"
    card.write_text("//MYJOB JOB (1),'SECURITY',CLASS=A,\n//   MSGCLASS=X\n")
    result = run_cli("render", "--esm", "racf", "--job-card", str(card))
    assert result.code == 0 and result.out.startswith("//MYJOB JOB (1),'SECURITY',CLASS=A,\n//   MSGCLASS=X\n")


def test_several_problems_are_reported_together(tmp_path):
    spec = GOOD.replace("default_group: GRP1", "default_group: GRP9").replace("access: READ", "access: WRITE")
    err = bad_render(tmp_path, spec)
    assert len(err.strip().splitlines()) >= 1
    spec = GOOD.replace("default_group: GRP1", "default_group: GRP9").replace("name: GRP1", "name: GRP2")
    err = bad_render(tmp_path, spec)
    assert "GRP9" in err


def test_validate_command_reports_the_same_errors(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(GOOD.replace("access: READ", "access: WRITE"))
    result = run_cli("validate", "--profiles", str(spec))
    assert result.code == 2 and "spec.yaml:19:" in result.err


@pytest.mark.parametrize("esm,key", [("acf2", "rule_replace"), ("tss", "permit_replace"),
                                     ("tss", "stc_replace"), ("tss", "group_permit")])
def test_table_choices_are_checked(tmp_path, esm, key):
    spec = GOOD + f"esm_tables:\n  {esm}: {{{key}: sometimes}}\n"
    err = bad_render(tmp_path, spec, esm=esm)
    assert re.search(rf"spec\.yaml:\d+:\d+: esm_tables\.{esm}\.{key}: 'sometimes' is not one of", err), err


def test_table_options_change_the_deck(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(GOOD.replace("grants: [{id: \"${user}\"", "grants: [{id: GRP1") +
                    "esm_tables:\n  tss: {group_permit: members, permit_replace: permit-only}\n"
                    "  acf2: {rule_replace: all-levels}\n")
    tss = run_cli("render", "--esm", "tss", "--format", "tso", "--profiles", str(spec)).out
    # permit-only: no revoke before the permit (the REVOKE(ALL) of a profile
    # without UACC is another matter: it converges a lowered UACC)
    assert "TSS PERMIT(USER1) IBMFAC(APP.RESOURCE) ACCESS(READ)" in tss and "TSS REVOKE(USER1)" not in tss
    acf2 = run_cli("render", "--esm", "acf2", "--format", "tso", "--profiles", str(spec)).out
    assert "RECKEY APP DEL(RESOURCE ROLE(GRP1) SERVICE(READ,UPDATE) ALLOW)" in acf2
