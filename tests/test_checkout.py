"""esmgen.listing.check: SYSTSPRT listing -> verdict per command.

The fixtures in tests/listings/ are synthetic (each says so at its top): they
follow the documented batch TSO and ESM message formats, they are not
captured listings.
"""

import json
import os

import pytest

from esmgen.listing import check as checkout
from esmgen.simulator.reader import read_deck
from esmgen.listing.check import check_listing, failed, report_json, report_text

LISTINGS = os.path.join(os.path.dirname(__file__), "listings")


def listing(name):
    with open(os.path.join(LISTINGS, name), encoding="utf-8") as handle:
        return handle.read()


def verdicts(name, esm):
    """[(verb, outcome)]; the verb of a TSS command is its function."""
    return [(checkout.verb_of(r.command, checkout.Table({}, {})), r.outcome)
            for r in check_listing(listing(name), esm)]


# -- RACF ----------------------------------------------------------------------

def test_racf_first_run_is_all_ok():
    results = check_listing(listing("racf-first-run.txt"), "racf")
    assert [r.command.split()[0] for r in results] == [
        "PROFILE", "SETROPTS", "ADDGROUP", "ADDUSER", "RDEFINE", "PERMIT", "LISTUSER"]
    assert {r.outcome for r in results} == {"ok"}
    assert not failed(results)


def test_continued_echo_is_joined_and_quoted_blanks_kept():
    adduser = check_listing(listing("racf-first-run.txt"), "racf")[3]
    assert adduser.command == ("ADDUSER ZWESVUSR DFLTGRP(ZWEADMIN) NAME('ZOWE  SERVER') "
                               "NOPASSWORD OMVS(AUTOUID HOME('/tmp') PROGRAM('/bin/sh'))")
    assert adduser.messages == [
        "IRR52177I User ZWESVUSR was assigned an OMVS UID value of 0000002424."]


def test_list_output_without_ids_is_output_not_messages():
    listuser = check_listing(listing("racf-first-run.txt"), "racf")[-1]
    assert listuser.messages == []
    assert listuser.output[0].startswith("USER=ZWESVUSR")
    assert "END" not in [r.command for r in check_listing(listing("racf-first-run.txt"), "racf")]


def test_racf_rerun_reports_exists_and_fails_unless_the_deck_planned_it():
    assert verdicts("racf-rerun.txt", "racf") == [
        ("PROFILE", "ok"), ("SETROPTS", "ok"), ("ADDGROUP", "exists"), ("ALTGROUP", "ok"),
        ("AU", "exists"), ("RDEFINE", "exists"), ("RALTER", "ok"), ("PERMIT", "ok"),
        ("SETROPTS", "ok")]
    assert failed(check_listing(listing("racf-rerun.txt"), "racf"))       # judged strictly
    deck = read_deck(listing("racf-rerun.deck")).commands
    results = check_listing(listing("racf-rerun.txt"), "racf", deck)
    assert [r.outcome for r in results].count("expected") == 3 and not failed(results)


def test_echoed_markers_plan_the_next_command():
    text = ("READY\n/* esmgen-expect: exists */\nREADY\nADDUSER A\nIKJ56702I INVALID USERID, A\n"
            "READY\nADDUSER B\nIKJ56702I INVALID USERID, B\nREADY\nEND\n")
    assert [(r.command, r.outcome) for r in check_listing(text, "racf")] == [
        ("ADDUSER A", "expected"), ("ADDUSER B", "exists")]


def test_ikj56702i_means_not_found_after_a_delete_but_not_after_delgroup():
    # DELGROUP answers INVALID GROUP also for a group that still has members,
    # subgroups or group data sets (pyRACF GroupAdmin.delete): it cannot be
    # read as "already gone", so it is an error.
    assert verdicts("racf-undo-absent.txt", "racf") == [
        ("PROFILE", "ok"), ("PERMIT", "not-found"), ("RDELETE", "not-found"),
        ("DELDSD", "not-found"), ("DELUSER", "not-found"), ("DG", "error")]
    assert failed(check_listing(listing("racf-undo-absent.txt"), "racf"))


def test_racf_not_authorized_print_file():
    results = check_listing(listing("racf-not-authorized.txt"), "racf")
    assert [(r.command.split()[0], r.outcome) for r in results] == [
        ("PROFILE", "ok"), ("RDEFINE", "not-authorized"), ("PERMIT", "not-authorized"),
        ("SETROPTS", "error")]
    # the ASA '1' in column 1 of the PERMIT echo is carriage control, not text
    assert results[2].command.startswith("PERMIT ZWES.IS")
    # ICH408I's wrapped lines carry no id: output, not extra messages
    assert len(results[2].messages) == 1 and "INSUFFICIENT ACCESS AUTHORITY" in results[2].output
    assert failed(results)


def test_unknown_command_and_unknown_message_id():
    assert verdicts("racf-unknown.txt", "racf") == [
        ("PROFILE", "ok"), ("ADDUSR", "unknown-command"), ("RALTER", "unknown"),
        # unknown outranks the not-found of IKJ56702I: it may hide an error
        ("DELUSER", "unknown")]


# -- ACF2 ----------------------------------------------------------------------

def test_acf2_session_split_by_acf_prompt():
    results = check_listing(listing("acf2-session.txt"), "acf2")
    assert [(r.command, r.outcome) for r in results] == [
        ("PROFILE MSGID", "ok"),
        ("ACF", "ok"),
        ("SET LID", "ok"),
        ("INSERT ZWESVUSR STC GROUP(ZWEADMIN) NAME('ZOWE SERVER')", "ok"),
        ("SET CONTROL(GSO)", "ok"),
        ("INSERT STC.ZWESLSTC LOGONID(ZWESVUSR) GROUP(ZWEADMIN) STCID(ZWESLSTC)", "ok"),
        ("SET RESOURCE(FAC)", "ok"),
        ("RECKEY BPX ADD(DAEMON UID(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW)", "ok"),
        ("F ACF2,REBUILD(FAC)", "not-authorized"),
        ("SET RULE", "ok"),
        ("RECKEY ZWE.DATA ADD(- UID(ZWEADMIN) READ(A) WRITE(A))", "error"),
        ("DECOMP ZWE", "ok"),
        ("SET CONTROL(GSO)", "ok"),
        ("DELETE STC.ZWESISTC", "not-found"),
        ("END", "ok"),
    ]
    decomp = results[11]
    assert [m.split()[0] for m in decomp.messages] == ["ACF75052", "ACF75051"]
    assert "$KEY(ZWE)" in decomp.output


def test_acf_line_outside_acf_mode_is_a_command():
    text = "READY\nACF\nIKJ56500I COMMAND ACF NOT FOUND\nREADY\nSET LID\nIKJ56500I COMMAND SET NOT FOUND\nREADY\n"
    assert [(r.command, r.outcome) for r in check_listing(text, "racf")] == [
        ("ACF", "unknown-command"), ("SET LID", "unknown-command")]


# -- Top Secret ------------------------------------------------------------------

def test_tss_failed_takes_the_reason_outcome():
    assert verdicts("tss-run.txt", "tss") == [
        ("PROFILE", "ok"),
        ("CREATE", "ok"),
        ("CREATE", "error"),           # TSS0364E before TSS0301I
        ("ADD", "error"),              # TSS0301I + TSS0293E
        ("PERMIT", "not-authorized"),  # TSS0207E
        ("LIST", "not-found"),         # TSS0314E
        ("ADD", "unknown"),            # reason id not in the table
        ("REPLACE", "unknown"),        # TSS0301I with no reason at all
        ("ADD", "ok"),
        ("TSSS", "unknown-command"),
    ]


def test_tss_failure_with_informational_reason_is_not_ok():
    text = "READY\nTSS ADD(X) GID(1)\nTSS0301I ADD FUNCTION FAILED, RETURN CODE = 4\nTSS0300I ADD FUNCTION SUCCESSFUL\n"
    assert check_listing(text, "tss")[0].outcome == "error"


# -- general rules -----------------------------------------------------------------

def test_print_file_with_blank_control_on_prompts():
    text = " READY\n PROFILE MSGID\n READY\n1ADDUSER ZWESVUSR\n IKJ56702I INVALID USERID, ZWESVUSR\n READY\n"
    assert [(r.command, r.outcome) for r in check_listing(text, "racf")] == [
        ("PROFILE MSGID", "ok"), ("ADDUSER ZWESVUSR", "exists")]


def test_command_not_echoed_and_echo_cut_by_a_message():
    text = ("READY\nICH10102I X ALREADY DEFINED TO CLASS FACILITY.\n"
            "READY\nRDEFINE FACILITY Y -\nICH10102I Y ALREADY DEFINED TO CLASS FACILITY.\nREADY\nEND\n")
    results = check_listing(text, "racf")
    assert [(r.command, r.outcome) for r in results] == [
        ("(not echoed)", "exists"), ("RDEFINE FACILITY Y", "exists")]


def test_plus_continuation_drops_leading_blanks():
    text = "READY\nTSS ADD(ZWESVUSR) NAME('ZOWE SER+\n    VER')\nTSS0300I ADD FUNCTION SUCCESSFUL\n"
    assert check_listing(text, "tss")[0].command == "TSS ADD(ZWESVUSR) NAME('ZOWE SERVER')"


def test_message_id_needs_its_own_word():
    # a user id in LIST output is not a message id
    assert checkout.message_id("USER001 READ 000000") is None
    assert checkout.message_id("ICH10102I X") == "ICH10102I"
    assert checkout.message_id("IRR52177I User") == "IRR52177I"
    assert checkout.message_id("ACF0A005 RECORD(S) NOT FOUND") == "ACF0A005"
    assert checkout.message_id("ICH10102IX") is None


def test_not_a_listing_and_unknown_esm():
    with pytest.raises(checkout.ListingError):
        check_listing("//JOB1 JOB\nnothing here\n", "racf")
    with pytest.raises(checkout.ListingError):
        check_listing("READY\n", "zos")


def test_worst_order():
    assert checkout.SEVERITY == ("ok", "expected", "exists", "not-found", "unknown", "error",
                                 "not-authorized", "unknown-command")
    assert checkout.worst([]) == "ok"
    assert checkout.worst(["exists", "unknown", "not-found"]) == "unknown"


# -- tables ------------------------------------------------------------------------

REQUIRED = {
    "racf": {"ICH10102I": "exists", "ICH06002I": "not-found", "ICH06004I": "not-found",
             "ICH12102I": "not-found", "ICH09020I": "not-found", "ICH22001I": "not-found",
             "ICH30001I": "not-found", "ICH51003I": "not-found", "ICH13003I": "not-found",
             "ICH06007I": "error", "ICH09006I": "error", "ICH408I": "not-authorized",
             "ICH10103I": "not-authorized", "ICH14063I": "ok", "ICH14070I": "ok", "ICH10006I": "ok",
             "ICH11009I": "ok", "ICH06011I": "ok", "ICH12002I": "ok", "IRR52177I": "ok",
             "IKJ56500I": "unknown-command", "IRR418I": "error", "IKJ56702I": "error",
             "ICH01024I": "ok", "ICH01005I": "not-authorized", "ICH06003I": "not-authorized",
             "ICH06006I": "not-authorized", "ICH14015I": "not-authorized", "ICH11004I": "error"},
    "acf2": {"ACF0A005": "not-found", "ACF60055": "not-authorized", "ACF60207": "ok",
             "ACF70041": "error", "ACF75051": "ok", "ACF75052": "ok", "IKJ56500I": "unknown-command"},
    "tss": {"TSS0300I": "ok", "TSS0301I": "failed", "TSS0364E": "error", "TSS0293E": "error",
            "TSS0211E": "error", "TSS0207E": "not-authorized", "TSS0314E": "not-found",
            "IKJ56500I": "unknown-command"},
}


@pytest.mark.parametrize("esm", sorted(REQUIRED))
def test_tables_hold_the_required_ids_with_sources(esm):
    table = checkout.load_table(esm)
    assert {i: table.entries[i].outcome for i in REQUIRED[esm]} == REQUIRED[esm]
    assert all(e.source.strip() for e in table.entries.values())


def test_ikj56702i_by_verb_and_text():
    entry = checkout.load_table("racf").entries["IKJ56702I"]
    user, group = "IKJ56702I INVALID USERID, ZWESVUSR", "IKJ56702I INVALID GROUP, ZWEADMIN"
    assert [entry.outcome_for(v, user) for v in ("ADDUSER", "DELUSER", "ALTUSER", "CONNECT")] == [
        "exists", "not-found", "not-found", "not-found"]
    assert [entry.outcome_for(v, group) for v in ("ADDGROUP", "ALTGROUP", "DELGROUP")] == [
        "exists", "not-found", "error"]
    # a class not in the CDT, or any other operand TSO rejects: never "exists"
    for text in ("IKJ56702I INVALID CLASS, ZOWE", "IKJ56702I INVALID CLASS NAME, ZOWE",
                 "IKJ56702I INVALID UID, 90000000000"):
        assert entry.outcome_for("RDEFINE", text) == entry.outcome_for("ADDUSER", text) == "error"
    # without its text the entry gives its own outcome
    assert entry.outcome_for("ADDUSER") == "error"


# -- reports -----------------------------------------------------------------------

def test_json_shape():
    results = check_listing(listing("racf-rerun.txt"), "racf")
    data = json.loads(report_json(results))
    assert set(data) == {"commands", "summary"}
    assert data["commands"][2] == {
        "command": "ADDGROUP ZWEADMIN OMVS(AUTOGID) DATA('ZOWE ADMINISTRATORS')",
        "outcome": "exists", "messages": ["IKJ56702I INVALID GROUP, ZWEADMIN"]}
    assert all(set(c) == {"command", "outcome", "messages"} for c in data["commands"])
    assert data["summary"] == {"ok": 6, "expected": 0, "exists": 3, "not-found": 0, "unknown": 0,
                               "error": 0, "not-authorized": 0, "unknown-command": 0}


def test_text_report():
    text = report_text(check_listing(listing("racf-not-authorized.txt"), "racf"))
    assert "not-authorized   line 7: RDEFINE FACILITY ZWES.IS UACC(NONE)" in text
    assert "    ICH10103I NOT AUTHORIZED TO ISSUE RDEFINE FOR ZWES.IS" in text
    assert text.endswith("4 commands: ok 1, error 1, not-authorized 2\nFAILED\n")


def test_failed():
    ok = checkout.CommandResult("X", "ok")
    assert not failed([]) and not failed([ok, checkout.CommandResult("Y", "expected")])
    for outcome in ("exists", "not-found", "unknown", "error", "not-authorized", "unknown-command"):
        assert failed([ok, checkout.CommandResult("Y", outcome)])
