"""The ACF2 dry-run executor, driven by the real rendered decks."""

import re
import json

import pytest
from conftest import run_cli

from esmgen.simulator import acf2
from esmgen.simulator.engine import run_deck
from esmgen.simulator.state import State



def deck(kind):
    result = run_cli("render", "--esm", "acf2", "--format", "tso", "--kind", kind, "--component", "all")
    assert result.code == 0, result.err
    return result.out


@pytest.fixture(scope="module")
def decks():
    return {kind: deck(kind) for kind in ("setup", "verify", "undo")}


def outcomes(results):
    return {r.outcome for r in results}


def not_ok(results):
    return [(r.command, r.outcome) for r in results if r.outcome != "ok"]


def after_setup(decks):
    state = State("acf2")
    run_deck(decks["setup"], "acf2", state)
    return state


def run_acf(text, state=None):
    """Run ACF subcommands given one per line, wrapped in ACF ... END."""
    state = state or State("acf2")
    results = run_deck("ACF\n" + text + "\nEND\n", "acf2", state)
    return results[1:-1], state


# -- the rendered decks ------------------------------------------------------------

def test_setup_on_empty_state_has_no_errors(decks):
    results = run_deck(decks["setup"], "acf2", State("acf2"))
    assert outcomes(results) <= {"ok", "expected"}
    # not-found only for the DEL half of DEL+ADD; exists only for the role the
    # group already created and the members it already included
    for r in results:
        if r.outcome == "expected" and r.message.startswith("not-found"):
            assert r.command.startswith("RECKEY ") and " DEL(" in r.command
        elif r.outcome == "expected":
            assert re.match(r"(CHANGE|INSERT) \w+ INCLUDE\(", r.command), r.command


def test_setup_again_converges_without_changes(decks):
    state = after_setup(decks)
    before = state.to_json()
    results = run_deck(decks["setup"], "acf2", state)
    assert outcomes(results) <= {"ok", "expected"}
    assert state.to_json() == before


def test_undo_after_setup_leaves_only_the_class_mappings(decks):
    state = after_setup(decks)
    results = run_deck(decks["undo"], "acf2", state)
    assert outcomes(results) == {"ok"}
    left = json.loads(state.to_json())
    empty = json.loads(State("acf2").to_json())
    # The undo deck leaves class mappings on purpose ("class activation is left"),
    # but setup inserted the CLASMAP records and INFODIR types itself: they are
    # the only remainder.
    assert set(left["gso"]) == {"CLASMAP.CSFSERV", "CLASMAP.SERVER", "CLASMAP.EJBROLE", "INFODIR"}
    assert left["gso"]["INFODIR"] == {"types": ["R-RCSF", "R-REJB", "R-RSVR"]}
    left["gso"] = {}
    # grant_via role: CICSUSER is not the spec's user, so its role may be the site's
    assert left["roles"] == {"CICSUSER": ["CICSUSER"]}
    left["roles"] = {}
    assert left == empty


def test_verify_after_setup(decks):
    state = after_setup(decks)
    before = state.to_json()
    results = run_deck(decks["verify"], "acf2", state)
    # IDTDATA ZWEIDT.ZOWEAPPL has no grants and no UACC line, so there is no rule
    # set to list: the verify deck says so in a comment instead of listing it.
    assert not_ok(results) == []
    assert state.to_json() == before


def test_verify_on_empty_state_finds_nothing(decks):
    results = run_deck(decks["verify"], "acf2", State("acf2"))
    for r in results:
        expected = "not-found" if r.command.startswith(("LIST ", "ROLES ")) else "ok"
        assert r.outcome == expected, r


def test_setup_facts(decks):
    found = acf2.facts(after_setup(decks))
    for wanted in ("access FACILITY BPX.SERVER ZWESVUSR UPDATE", "member ZWESVUSR ZWEADMIN",
                   "stc ZWESLSTC ZWESVUSR ZWEADMIN", "uacc DATASET ZWE.- READ",
                   "access APPL OMVSAPPL ZWESVUSR READ", "access DATASET ZWE.- ZWEADMIN ALTER",
                   "active CSFSERV", "access CSFSERV CSFRNGL ZWESVUSR READ",
                   "user ZWESVUSR", "protected ZWESVUSR", "default-group ZWESVUSR ZWEADMIN",
                   "omvs ZWESVUSR /tmp /bin/sh", "group ZWEADMIN", "omvs-group ZWEADMIN"):
        assert wanted in found
    assert not any("?" in f for f in found)


def test_auto_ids_are_unique(decks):
    state = after_setup(decks)
    uids = sorted(r["uid"] for r in state.omvs_users.values())
    assert uids == list(range(1000, 1000 + len(uids))) and len(uids) >= 2
    assert state.omvs_groups["ZWEADMIN"]["gid"] == 1000


# -- hand-written decks -------------------------------------------------------------

def test_reckey_lands_in_the_current_type():
    """The Zowe ZWEIACF bug: a FACILITY line stored while SET RESOURCE(APL) is active."""
    results, state = run_acf("SET RESOURCE(APL)\nRECKEY BPX ADD(JOBNAME UID(X) SERVICE(READ) ALLOW)")
    assert outcomes(results) == {"ok"}
    assert state.rules == {"APL BPX": ["JOBNAME UID(X) SERVICE(READ) ALLOW"]}
    found = acf2.facts(state)
    assert "access APPL BPX.JOBNAME X READ" in found
    assert "access FACILITY BPX.JOBNAME X READ" not in found


def test_unbalanced_parenthesis_is_an_error_and_the_next_command_runs():
    results, state = run_acf("SET RESOURCE(FAC)\n"
                             "RECKEY BPX ADD(JOBNAME UID(X) SERVICE(READ ALLOW)\n"
                             "RECKEY BPX ADD(SERVER UID(X) SERVICE(READ) ALLOW)")
    assert [r.outcome for r in results] == ["ok", "error", "ok"]
    assert state.rules == {"FAC BPX": ["SERVER UID(X) SERVICE(READ) ALLOW"]}


def test_subcommand_without_set_is_an_error():
    results, state = run_acf("INSERT ZWESVUSR STC")
    assert results[0].outcome == "error"
    assert state.users == {}


def test_unknown_subcommand_and_operands_are_unsupported():
    results, _ = run_acf("SET LID\nFROBNICATE X\nINSERT U1 PASSWORD(SECRET)\nSET VERBOSE")
    assert [r.outcome for r in results] == ["ok", "unsupported", "unsupported", "unsupported"]


def test_unmodeled_division_does_not_fall_back_to_the_previous_context():
    results, state = run_acf("SET LID\nSET PROFILE(USER) DIVISION(TSO)\nINSERT U1 ACCTPRIV(X)")
    assert [r.outcome for r in results] == ["ok", "unsupported", "unsupported"]
    assert state.users == {}


def test_acf_subcommand_outside_acf_mode_is_an_error():
    results = run_deck("PROFILE MSGID\nSET LID\n", "acf2", State("acf2"))
    assert [r.outcome for r in results] == ["ok", "error"]


def test_operator_commands():
    results, _ = run_acf("F ACF2,REBUILD(FAC)\nF ACF2,REFRESH(CLASMAP),TYPE(GSO)\n"
                         "F ACF2,NEWXREF,TYPE(ROL)\nF ACF2,REBUILD(USR),CLASS(P),DIVISION(OMVS)\n"
                         "F ACF2,OMVS\nF ACF2,SHUTDOWN\nF JES2,REBUILD(FAC)")
    assert [r.outcome for r in results] == ["ok"] * 5 + ["unsupported"] * 2


def test_logonid_records():
    results, state = run_acf("SET LID\nINSERT U1 STC GROUP(G1) NAME('O''BRIEN')\nINSERT U1\n"
                             "CHANGE U2 STC\nDELETE U2\nLIST U1\nCHANGE U1 NOSTC")
    assert [r.outcome for r in results] == ["ok", "ok", "exists", "not-found", "not-found", "ok", "ok"]
    assert results[4].message.startswith("ACF0A005 RECORD(S) NOT FOUND")
    assert state.users["U1"] == {"stc": False, "group": "G1", "name": "O'BRIEN"}


def test_role_membership():
    results, state = run_acf("SET X(ROL)\nINSERT R1 INCLUDE(U1 U2) ROLE\nCHANGE R1 INCLUDE(U1) ADD\n"
                             "CHANGE R1 INCLUDE(U3) ADD\nCHANGE R1 INCLUDE(U9) DEL\n"
                             "CHANGE R1 INCLUDE(U2) DEL\nROLES U1")
    assert [r.outcome for r in results] == ["ok", "ok", "exists", "ok", "not-found", "ok", "ok"]
    assert state.roles == {"R1": ["U1", "U3"]}
    assert "R1" in results[-1].message


def test_gso_records():
    results, state = run_acf("SET CONTROL(GSO)\nINSERT STC.P1 LOGONID(U1) STCID(P1)\n"
                             "INSERT CLASMAP.XYZCLASS RESOURCE(XYZCLASS) RSRCTYPE(XYZ)\n"
                             "INSERT STC.P2 GROUP(G)\nDELETE STC.P9\nSHOW CLASMAP")
    assert [r.outcome for r in results] == ["ok", "ok", "ok", "error", "not-found", "ok"]
    assert results[4].message == "ACF0A005 RECORD(S) NOT FOUND: STC.P9"
    found = acf2.facts(state)
    assert {"stc P1 U1 -", "active XYZCLASS"} <= found


def test_rule_lines_and_rule_sets():
    results, state = run_acf("SET RESOURCE(FAC)\nRECKEY ZWES ADD(IS   UID(A)  SERVICE(READ) ALLOW)\n"
                             "RECKEY ZWES ADD(IS UID(A) SERVICE(READ) ALLOW)\n"
                             "RECKEY ZWES DEL(IS UID(B) SERVICE(READ) ALLOW)\n"
                             "RECKEY ZWES DEL(IS UID(A) SERVICE(READ) ALLOW)\nLIST ZWES")
    assert [r.outcome for r in results] == ["ok", "ok", "exists", "not-found", "ok", "not-found"]
    assert state.rules == {}


def test_fully_qualified_key_rejects_masks():
    results, _ = run_acf("SET RESOURCE(FAC)\nRECKEY BPX.SERVER ADD(- UID(A) SERVICE(READ) ALLOW)")
    assert results[1].outcome == "error" and "ACF70041" in results[1].message


def test_rule_facts_names_and_levels():
    state = State("acf2", rules={
        "FAC BPX": ["SERVER ROLE(R1) SERVICE(READ,UPDATE) ALLOW", "DAEMON UID(U) SERVICE(CONTROL) ALLOW"],
        "APL OMVSAPPL": ["UID(U) SERVICE(READ) ALLOW"],
        "RULE ZWE": ["- UID(-) READ(A) EXEC(A)", "- UID(U) READ(A) WRITE(A) ALLOC(A) EXEC(A)"],
        "QQQ KEY": ["UID(U) SERVICE(READ) ALLOW"],
    })
    assert acf2.facts(state) == {
        "access FACILITY BPX.SERVER R1 UPDATE", "access FACILITY BPX.DAEMON U ?SERVICE(CONTROL)",
        "access APPL OMVSAPPL U READ", "uacc DATASET ZWE.- READ", "access DATASET ZWE.- U ALTER",
        "access ?QQQ KEY U READ"}


def test_profile_records_and_auto_ids():
    results, state = run_acf("SET PROFILE(GROUP) DIV(OMVS)\nINSERT G1 GID(1000)\nINSERT G2 AUTOGID\n"
                             "SET PROFILE(USER) DIVISION(OMVS)\nINSERT U1 UID(X)\n"
                             "INSERT U1 AUTOUID HOME('/u/u1') OMVSPGM(/bin/sh)\nCHANGE U9 HOME(/)")
    assert [r.outcome for r in results] == ["ok", "ok", "ok", "ok", "error", "ok", "not-found"]
    assert state.omvs_groups == {"G1": {"gid": 1000}, "G2": {"gid": 1001}}
    assert state.omvs_users == {"U1": {"uid": 1000, "home": "/u/u1", "program": "/bin/sh"}}


# -- vendor-documented behaviour (tests/vendor/acf2.yaml has the sources) ------

def test_set_settings_may_be_abbreviated():
    # Broadcom "SET Subcommand": capital letters are the minimum abbreviation; KB 26271
    results, state = run_acf("set c(gso)\nchange infodir types(r-rrda) add\nSET R(FAC)\n"
                             "RECKEY BPX ADD(DAEMON UID(U) SERVICE(UPDATE) ALLOW)\nSET P(USER) DI(OMVS)\n"
                             "INSERT U1 UID(5)\nSET L\nINSERT U1\nSET X(ROL)\nINSERT R1 INCLUDE(U1) ROLE\nSET R")
    assert [r.outcome for r in results] == ["ok"] * 10 + ["unsupported"]
    assert state.gso["INFODIR"] == {"types": ["R-RRDA"]} and "FAC BPX" in state.rules
    assert set(state.omvs_users) == set(state.users) == {"U1"} and state.roles == {"R1": ["U1"]}


def test_logonid_program_and_subauth():
    # Broadcom KB 26026, 27276
    results, state = run_acf("SET LID\nINSERT SAMPLE1 NAME(SAMPLE RESTRICT LID) RESTRICT -\n PROGRAM(TESTPGM)\n"
                             "CHANGE SAMPLE1 SUBAUTH")
    assert [r.outcome for r in results] == ["ok", "ok", "ok"]
    assert state.users["SAMPLE1"] == {"stc": False, "group": None, "name": "SAMPLE RESTRICT LID",
                                      "restrict": True, "program": "TESTPGM", "subauth": True}


def test_clasmap_entity_length_and_infodir_rebuild_reminder():
    # Broadcom KB 207311 (ENTITYLN), KB 26271 (ACF60039 for types in INFODIR)
    results, state = run_acf("SET CONTROL(GSO)\nINSERT CLASMAP.SDSF RESOURCE(SDSF) RSRCTYPE(SDF) -\n ENTITYLN(63)\n"
                             "CHANGE INFODIR TYPES(R-RSDF) ADD\nSET RESOURCE(SDF)\n"
                             "RECKEY ISFCMD ADD(- UID(U) SERVICE(READ) ALLOW)\nSET RESOURCE(FAC)\n"
                             "RECKEY BPX ADD(DAEMON UID(U) SERVICE(UPDATE) ALLOW)")
    assert [r.outcome for r in results] == ["ok"] * 7
    assert state.gso["CLASMAP.SDSF"]["entityln"] == "63"
    assert "ACF60039 ISSUE THE F ACF2,REBUILD(SDF) COMMAND" in results[4].message
    assert "ACF60039" not in results[6].message


def test_certificate_subcommands_work_under_any_setting():
    # Broadcom "Process Digital Certificates with CA ACF2"; Zowe ZWEKRING
    results, state = run_acf("SET LID\nINSERT U1\nSET PROFILE(USER) DIVISION(KEYRING)\nINSERT U1.RING RINGNAME(R1)\n"
                             "SET LID\nGENCERT U1.CERT LABEL(C1) SUBJSDN(CN='U1')\n"
                             "CONNECT CERTDATA(U1.CERT) KEYRING(U1.RING) -\n USAGE(PERSONAL) DEFAULT")
    assert [r.outcome for r in results] == ["ok"] * 7
    assert state.rings["U1 R1"]["certs"][0]["label"] == "C1"


# -- issue 11: own knowledge, levels, strictness, real-world forms ----------------------------

def test_simulator_does_not_read_the_renderer_table():
    import esmgen.simulator.acf2 as package
    import pathlib
    for path in pathlib.Path(package.__file__).parent.glob("*.py"):
        text = path.read_text()
        assert "esmgen.renderer" not in text and "esm.yaml" not in text, path


def test_type_codes_map_back_through_defaults_and_clasmap_records():
    state = State("acf2", gso={"CLASMAP.SDSF": {"resource": "SDSF", "rsrctype": "SDF"}}, rules={
        "SAF MVS.START": ["UID(U) SERVICE(READ) ALLOW"], "SDF ISFCMD": ["UID(U) SERVICE(READ) ALLOW"],
        "TSO JCL": ["UID(U) SERVICE(READ) ALLOW"], "FAK X": ["UID(U) SERVICE(READ) ALLOW"],
        "APL OMVSAPPL": ["UID(U) SERVICE(READ) ALLOW"]})
    found = acf2.facts(state)
    assert {"access type=SAF MVS.START U READ", "access SDSF ISFCMD U READ", "access type=TSO JCL U READ",
            "access ?FAK X U READ", "access APPL OMVSAPPL U READ"} <= found


@pytest.mark.parametrize("services, level", [
    ("READ", "READ"), ("READ,UPDATE", "UPDATE"), ("UPDATE,READ", "UPDATE"), ("READ,UPDATE,DELETE", "CONTROL"),
    ("READ,UPDATE,DELETE,ADD", "ALTER"), ("UPDATE", "SERVICE(UPDATE)"), ("READ,EXECUTE", "SERVICE(READ,EXECUTE)")])
def test_service_sets_map_to_levels(services, level):
    results, state = run_acf(f"SET R(FAC)\nRECKEY BPX ADD(DAEMON ROLE(R) SERVICE({services}) ALLOW)")
    assert outcomes(results) == {"ok"}
    assert f"access FACILITY BPX.DAEMON R {level}" in acf2.facts(state)


@pytest.mark.parametrize("access, level", [
    ("READ(A) EXEC(A)", "READ"), ("R(A)", "READ"), ("READ(A) WRITE(A) EXEC(A)", "UPDATE"),
    ("READ(A) WRITE(A) ALLOC(A) EXEC(A)", "ALTER"), ("EXEC(A)", "EXEC(A)"),
    ("READ(P) WRITE(P) ALLOC(P) EXEC(P)", "NONE")])
def test_dataset_access_maps_to_levels(access, level):
    results, state = run_acf(f"SET RULE\nRECKEY ZWE ADD(- ROLE(R) {access})")
    assert outcomes(results) == {"ok"}
    assert f"access DATASET ZWE.- R {level}" in acf2.facts(state)


@pytest.mark.parametrize("line", ["SERVICE(CONTROL)", "SERVICE(ALTER)", "SERVICE(FOO)", "SERVICE()",
                                  "SERVICE(READ) READ(A)", "ALLOW PREVENT"])
def test_invalid_resource_entries_are_errors(line):
    results, state = run_acf(f"SET R(FAC)\nRECKEY BPX ADD(DAEMON ROLE(R) {line})")
    assert results[1].outcome == "error" and state.rules == {}


def test_dataset_rule_values_and_key_are_checked():
    results, state = run_acf("SET RULE\nRECKEY ZWE ADD(- ROLE(R) READ(X))\nRECKEY TOOLONGHLQ ADD(- ROLE(R) READ(A))")
    assert [r.outcome for r in results] == ["ok", "error", "error"] and state.rules == {}


def test_reckey_del_matches_whatever_the_operand_order():
    results, state = run_acf("SET R(FAC)\nRECKEY BPX ADD(DAEMON ROLE(R) SERVICE(READ,UPDATE) ALLOW)\n"
                             "RECKEY BPX DEL(DAEMON SERVICE(UPDATE,READ) ALLOW ROLE(R))")
    assert [r.outcome for r in results] == ["ok", "ok", "ok"] and state.rules == {}


def test_inline_compile_stores_the_rule_set():
    results, state = run_acf("SET R(FAC)\nCOMPILE *\n$KEY(BPX) $TYPE(FAC)\n$ROLESET\n"
                             " SERVER ROLE(R) SERVICE(READ) ALLOW\n DAEMON ROLE(R) SERVICE(UPDATE) ALLOW\n\nSTORE")
    assert [r.outcome for r in results] == ["ok"] * 7
    assert state.rules == {"FAC BPX": ["SERVER ROLE(R) SERVICE(READ) ALLOW", "DAEMON ROLE(R) SERVICE(UPDATE) ALLOW"]}


def test_inline_compile_without_store_stores_nothing_and_bad_lines_fail():
    results, state = run_acf("SET R(FAC)\nCOMPILE *\n$KEY(BPX)\n SERVER ROLE(R) SERVICE(CONTROL) ALLOW\n"
                             "STORE\nCOMPILE *\n$KEY(BPX)\n SERVER ROLE(R) SERVICE(READ) ALLOW\nSET LID")
    assert [r.outcome for r in results] == ["ok", "ok", "ok", "error", "error", "ok", "ok", "ok", "ok"]
    assert state.rules == {}


def test_compile_store_option_stores_when_input_ends():
    results, state = run_acf("SET R(APL)\nCOMPILE * STORE\n$KEY(OMVSAPPL)\n UID(-) SERVICE(READ) ALLOW")
    assert outcomes(results) == {"ok"}
    assert "uacc APPL OMVSAPPL READ" in acf2.facts(state)


def test_list_like_and_short_forms():
    results, _ = run_acf("T LID\nINS ZWESVUSR STC\nINSERT ZWESIUSR STC\nLIST LIKE(ZWES-)\nLIST LIKE(ZWE*IUSR)\n"
                         "LIST LIKE(XX-)\nCH ZWESVUSR NOSTC")
    assert [r.outcome for r in results] == ["ok", "ok", "ok", "ok", "ok", "not-found", "ok"]
    assert "ZWESIUSR ZWESVUSR" in results[3].message


def test_certificate_subcommands_outside_keyring_setting():
    results, state = run_acf("SET LID\nINSERT U1\nSET PROFILE(USER) DIVISION(KEYRING)\nINSERT U1.RING RINGNAME(R1)\n"
                             "SET R(FAC)\nGENCERT U1.CERT LABEL(C1) SUBJSDN(CN='U1')\n"
                             "CONNECT CERTDATA(U1.CERT) KEYRING(U1.RING)\nCHKCERT U1.CERT\nCHKCERT U1.NONE\n"
                             "REMOVE CERTDATA(U1.CERT) KEYRING(U1.RING)\nCHKCERT DSNAME('A.B')")
    assert [r.outcome for r in results] == ["ok"] * 8 + ["not-found", "ok", "unsupported"]
    assert state.rings["U1 R1"]["certs"] == []
