"""Proof by replay: every esmgen deck, read as text by the dry-run engine.

(a) setup on a starting state leaves exactly its facts plus the spec's
    required facts (`explain --facts`);
(b) setup run again changes nothing and every command is ok or exists;
(c) setup over objects that exist with other attributes converges them;
(d) undo after setup gives back the starting state;
(e) verify lists every requirement after setup, and finds none on an empty state.
For the bundled catalog and for random specs, per ESM, as TSO and as JCL.
"""

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from dryrun_support import active_state, bad, deck, facts, required, run, start_state
from esmgen import esms, resources
from esmgen.simulator.state import State

ESMS = esms.NAMES
FORMATS = ("tso", "jcl")
ALL = ("--component", "all")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("esm", ESMS)
def test_catalog_setup_reaches_the_required_facts(esm, fmt):
    state = start_state(esm)
    before = facts(state)
    results = run(deck(esm, "setup", fmt, *ALL), esm, state)
    assert not bad(results), bad(results)
    assert facts(state) == before | required(esm, "all")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("esm", ESMS)
def test_catalog_setup_twice_changes_nothing(esm, fmt):
    state = start_state(esm)
    text = deck(esm, "setup", fmt, *ALL)
    run(text, esm, state)
    once = state.to_json()
    results = run(text, esm, state)
    assert {r.outcome for r in results} <= {"ok", "expected"}, [r for r in results if r.outcome not in ("ok", "expected")]
    assert state.to_json() == once


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("esm", ESMS)
def test_catalog_undo_restores_the_starting_state(esm, fmt):
    state = start_state(esm, system=True)
    start = state.to_json()
    run(deck(esm, "setup", fmt, *ALL), esm, state)
    results = run(deck(esm, "undo", fmt, *ALL), esm, state)
    assert not bad(results), bad(results)
    left = json.loads(state.to_json())
    if esm == "acf2":
        # grant_via role: the role that holds a user the spec does not create
        # may be the site's, so undo leaves it (and says so)
        assert left["roles"] == {"CICSUSER": ["CICSUSER"]}
        left["roles"] = {}
    if esm == "tss":
        # a class added to the RDT is the system's from then on
        assert set(left["rdt"]) == {"PTKTDATA"}
        left["rdt"] = {}
    assert left == json.loads(start)


# Objects the spec manages, existing beforehand with other attributes. They
# already have a UID/GID: `auto` ids are assigned only when an object is
# created (docs/idempotency.md), so that is not expected to converge.
PERTURB = {
    "racf": """
ADDGROUP ZWEADMIN OMVS(GID(88))
ADDUSER ZWESIUSR DFLTGRP(ZWEADMIN) OMVS(UID(78))
ADDUSER ZWESVUSR DFLTGRP(ZWEADMIN) PASSWORD(XYZ) NAME('OLD') -
  OMVS(UID(77) HOME('/u/old') PROGRAM('/bin/tcsh'))
RDEFINE FACILITY ZWES.IS UACC(READ)
PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)
SETROPTS GENERIC(STARTED)
RDEFINE STARTED ZWESLSTC.* UACC(NONE) -
  STDATA(USER(ZWESIUSR) GROUP(ZWEADMIN) TRUSTED(YES))
""",
    "acf2": """
ACF
SET LID
INSERT ZWESIUSR GROUP(OTHER)
INSERT ZWESVUSR GROUP(OTHER) NAME('OLD')
SET PROFILE(USER) DIVISION(OMVS)
INSERT ZWESVUSR UID(77) HOME(/u/old) OMVSPGM(/bin/tcsh)
SET CONTROL(GSO)
INSERT STC.ZWESLSTC LOGONID(ZWESIUSR) GROUP(OTHER) STCID(ZWESLSTC)
END
""",
    "tss": """
TSS CREATE(ZWEDEPT) TYPE(DEPT) NAME('OLD')
TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('OLD') DEPT(ZWEDEPT)
TSS CREATE(ZWESIUSR) TYPE(USER) NAME('OLD') DEPT(ZWEDEPT) PROTECTED
TSS CREATE(ZWESVUSR) TYPE(USER) NAME('OLD') DEPT(ZWEDEPT) PROTECTED
TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) UID(77) -
  HOME(/u/old) OMVSPGM(/bin/tcsh)
TSS ADD(ZWEDEPT) IBMFAC(ZWES.IS)
TSS PERMIT(ZWESVUSR) IBMFAC(ZWES.IS) ACCESS(UPDATE)
TSS ADD(STC) PROCNAME(ZWESLSTC) ACID(ZWESIUSR)
""",
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("esm", ESMS)
def test_catalog_setup_converges_existing_objects(esm, fmt):
    state = start_state(esm)
    before = facts(state)
    results = run(PERTURB[esm], esm, state)
    assert not bad(results), bad(results)
    assert facts(state) != before | required(esm, "all")
    run(deck(esm, "setup", fmt, *ALL), esm, state)
    assert facts(state) == before | required(esm, "all")


def test_acf2_rule_lines_at_another_level_converge_with_all_levels(tmp_path):
    # ACF2 deletes a rule line only by its exact text, so with the default
    # rule_replace: exact an old line at another level stays (docs/idempotency.md);
    # rule_replace: all-levels deletes esmgen's line at every other level first.
    spec = tmp_path / "spec.yaml"
    spec.write_text(open(resources.catalog_path()).read()
                    + "esm_tables:\n  acf2: {rule_replace: all-levels}\n")
    old = "ACF\nSET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER ROLE(ZWESVUSR) SERVICE(READ) ALLOW)\nEND\n"
    for replace, converged in (("exact", False), ("all-levels", True)):
        state = start_state("acf2")
        before = facts(state)
        run(old, "acf2", state)
        text = deck("acf2", "setup", "tso", *ALL, *(("--profiles", str(spec)) if replace != "exact" else ()))
        run(text, "acf2", state)
        assert (facts(state) == before | required("acf2", "all")) is converged, replace


# Commands that list the whole system rather than one requirement.
GLOBAL_LISTINGS = ("PROFILE ", "SETROPTS LIST", "ACF", "END", "SHOW ", "SET ", "TSS LIST(RDT)")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("esm", ESMS)
def test_verify_finds_every_requirement_after_setup_and_none_before(esm, fmt):
    text = deck(esm, "verify", fmt, *ALL)
    state = start_state(esm)
    run(deck(esm, "setup", fmt, *ALL), esm, state)
    assert {r.outcome for r in run(text, esm, state)} == {"ok"}
    empty = run(text, esm, State(esm))
    for result in empty:
        if _names_a_class_setup_adds(esm, result):
            assert result.outcome == "error", result    # TSS: the keyword is unknown until ADDTO(RDT)
        elif not result.command.startswith(GLOBAL_LISTINGS) and result.command != "ACF":
            assert result.outcome == "not-found", result


def _names_a_class_setup_adds(esm, result):
    """A TSS command on a site class (PTKTDATA) that setup adds to the RDT."""
    return esm == "tss" and "PTKTDATA(" in result.command


# -- random specs -----------------------------------------------------------------

NAMES = st.sampled_from(["ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT", "GOLF", "HOTEL"])
LEVELS = st.sampled_from(["READ", "UPDATE", "CONTROL", "ALTER"])


@st.composite
def specs(draw):
    groups = draw(st.lists(NAMES, min_size=1, max_size=3, unique=True))
    groups = [f"G{g[:6]}" for g in groups]
    users = [f"U{u[:6]}" for u in draw(st.lists(NAMES, min_size=1, max_size=4, unique=True))]
    lines = ["esmgen: 1", "defaults: {department: DEPTA, owner: DEPTA}", "components:", "  c:",
             "    purpose: random spec", "    default: true", "    departments: [{name: DEPTA}]",
             "    groups:"]
    for group in groups:
        gid = draw(st.sampled_from(["auto", None, 500 + len(lines)]))
        lines.append(f"      - {{name: {group}" + (f", gid: {gid}" if gid else "") + "}")
    lines.append("    users:")
    for user in users:
        dflt = draw(st.sampled_from(groups))
        extra = [g for g in groups if g != dflt and draw(st.booleans())]
        lines.append(f"      - name: {user}")
        lines.append(f"        default_group: {dflt}")
        if extra:
            lines.append(f"        groups: [{', '.join(extra)}]")
        lines.append(f"        protected: {str(draw(st.booleans())).lower()}")
        if draw(st.booleans()):
            lines.append("        omvs: {uid: auto, home: /u/x, program: /bin/sh}")
    if draw(st.booleans()):
        lines += ["    started_tasks:", f"      - {{proc: STC1, user: {users[0]}, group: {groups[0]}}}"]
    lines.append("    profiles:")
    names = draw(st.lists(st.sampled_from(["APP.ONE", "APP.TWO.X", "OTHER.THING", "SOLO"]),
                          min_size=1, max_size=3, unique=True))
    for index, name in enumerate(names):
        cls = draw(st.sampled_from(["FACILITY", "APPL"]))
        lines += [f"      - class: {cls}", f"        name: {name}",
                  f"        uacc: {draw(st.sampled_from(['NONE', 'READ']))}", "        grants:"]
        for who in draw(st.lists(st.sampled_from(users + groups), min_size=1, max_size=3, unique=True)):
            lines.append(f"          - {{id: {who}, access: {draw(LEVELS)}}}")
    lines += ["      - class: DATASET", f"        name: {groups[0]}.*.**", "        uacc: READ",
              "        grants:", f"          - {{id: {users[0]}, access: ALTER}}"]
    return "\n".join(lines) + "\n"


@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(spec=specs(), esm=st.sampled_from(ESMS), fmt=st.sampled_from(FORMATS))
def test_random_specs_setup_rerun_undo(tmp_path_factory, spec, esm, fmt):
    path = tmp_path_factory.mktemp("spec") / "spec.yaml"
    path.write_text(spec)
    profile = ("--profiles", str(path))
    state = active_state(esm)
    start, before = state.to_json(), facts(state)
    results = run(deck(esm, "setup", fmt, *profile), esm, state)
    assert not bad(results), (spec, bad(results))
    assert facts(state) == before | required(esm, profiles=str(path)), spec
    snapshot = state.to_json()
    again = run(deck(esm, "setup", fmt, *profile), esm, state)
    assert {r.outcome for r in again} <= {"ok", "expected"}, (spec, [r for r in again if r.outcome not in ("ok", "expected")])
    assert state.to_json() == snapshot
    results = run(deck(esm, "undo", fmt, *profile), esm, state)
    assert not bad(results), (spec, bad(results))
    assert state.to_json() == start, spec


SPECS = os.path.join(os.path.dirname(__file__), "specs")
# (spec, a fact setup must leave, facts undo leaves: class activation only)
KIND_SPECS = {
    "idmap": ("idmap.yaml", "idmap USERA alice in corp LDAP", {"active IDIDMAP", "active DIGTNMAP"}),
    "pki": ("pki.yaml", "ring-default SRVUSER SrvRing SRVUSER Server cert", set()),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("esm", ESMS)
@pytest.mark.parametrize("kind", sorted(KIND_SPECS))
def test_spec_kinds_setup_rerun_undo_verify(kind, esm, fmt):
    name, wanted, left = KIND_SPECS[kind]
    path = os.path.join(SPECS, name)
    spec = ("--profiles", path)
    state = State(esm)
    results = run(deck(esm, "setup", fmt, *spec), esm, state)
    assert not bad(results), bad(results)
    assert facts(state) == required(esm, profiles=path)
    assert wanted in facts(state)
    if kind == "idmap":          # ACF2 carries certificate filters as comments only
        assert ("certmap USERB corp clients" in facts(state)) == (esm != "acf2")
    once = state.to_json()
    again = run(deck(esm, "setup", fmt, *spec), esm, state)
    assert {r.outcome for r in again} <= {"ok", "expected"} and state.to_json() == once
    assert {r.outcome for r in run(deck(esm, "verify", fmt, *spec), esm, state)} == {"ok"}
    results = run(deck(esm, "undo", fmt, *spec), esm, state)
    assert not bad(results), bad(results)
    assert facts(state) == (left if esm == "racf" else set())
