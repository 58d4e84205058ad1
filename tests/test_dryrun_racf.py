"""RACF in the dry-run engine, including regressions from real sample-job defects."""

from dryrun_support import run
from esmgen.simulator.state import State


def outcomes(results):
    return [r.outcome for r in results]


def test_broken_continuation_fails_and_grants_nothing():
    # The public ZWEIRAC member had '0' where the '-' continuation belonged, so
    # the PERMIT lost its ID and the next record became a command of its own.
    state = State("racf")
    run("ADDUSER ZWESVUSR\nRDEFINE FACILITY BPX.DAEMON UACC(NONE)\n", "racf", state)
    results = run("PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(UPDATE) 0\n  ID(ZWESVUSR)\n", "racf", state)
    assert outcomes(results) == ["error", "unsupported"]
    assert state.profiles["FACILITY BPX.DAEMON"]["acl"] == {}


def test_correct_continuation_grants():
    state = State("racf")
    run("ADDUSER ZWESVUSR\nRDEFINE FACILITY BPX.DAEMON UACC(NONE)\n", "racf", state)
    results = run("PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(UPDATE) -\n  ID(ZWESVUSR)\n", "racf", state)
    assert outcomes(results) == ["ok"]
    assert state.profiles["FACILITY BPX.DAEMON"]["acl"] == {"ZWESVUSR": "UPDATE"}


def test_unbalanced_parenthesis_fails_that_command_only():
    state = State("racf")
    results = run("ADDGROUP GRP1 DATA('x'\nADDGROUP GRP2\n", "racf", state)
    assert outcomes(results) == ["error", "ok"]
    assert list(state.groups) == ["GRP2"]


def test_unknown_command_and_operand_are_reported_and_later_commands_run():
    state = State("racf")
    results = run("RVARY LIST\nADDGROUP GRP1 TERMUACC\nADDGROUP GRP2\n", "racf", state)
    assert outcomes(results) == ["unsupported", "unsupported", "ok"]
    assert list(state.groups) == ["GRP2"]


def test_columns_beyond_72_are_ignored():
    state = State("racf")
    run("ADDGROUP GRP1" + " " * 60 + "SEQ00001\n", "racf", state)
    assert list(state.groups) == ["GRP1"]


def test_plus_continuation_drops_leading_blanks():
    state = State("racf")
    run("ADDGROUP GRP1 DATA('ab+\n      cd')\n", "racf", state)
    assert state.groups["GRP1"]["data"] == "abcd"


def test_messages_for_documented_cases():
    state = State("racf")
    results = run("DELUSER NOBODY\nRDELETE FACILITY NONE.SUCH\nADDSD 'NOHLQ.DATA'\n", "racf", state)
    assert [r.message.split()[0] for r in results] == ["IKJ56702I", "ICH12102I", "ICH09006I"]
    assert outcomes(results) == ["not-found", "not-found", "error"]


def test_job_reads_the_dd_that_set_product_selects():
    # (the stream a job runs must be the simulated ESM's: tests/test_dryrun_jobs.py)
    job = "\n".join([
        "//J JOB 1", "//         SET PRODUCT=RACF", "//RUN EXEC PGM=IKJEFT01",
        "//SYSTSIN  DD DDNAME=&PRODUCT",
        "//TSS      DD DATA,DLM=$$", "ADDGROUP FROMTSS", "$$",
        "//RACF     DD DATA,DLM=$$", "ADDGROUP FROMRACF", "$$", ""])
    state = State("racf")
    run(job, "racf", state)
    assert list(state.groups) == ["FROMRACF"]


def test_engine_does_not_load_the_renderer():
    import subprocess
    import sys
    probe = ("import sys, esmgen.simulator.engine;"
             "print(sorted(m for m in sys.modules if m.startswith(('esmgen.renderer.render', 'jinja2'))))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# -- vendor-documented behaviour (tests/vendor/racf.yaml has the sources) ------

def test_auto_ids_report_start_at_bpx_next_user_and_keep_unique_ids():
    # IBM "Automatically assigning unique IDs ..." (IRR52177I, IRR52178I, IRR52184I);
    # IBM "Setting up the BPX.NEXT.USER profile" (APPLDATA 'uid/gid')
    state = State("racf")
    run("RDEFINE FACILITY BPX.NEXT.USER APPLDATA('2001-3000/201')\n", "racf", state)
    results = run("ADDGROUP G1 OMVS(AUTOGID)\nADDUSER U1 DFLTGRP(G1) OMVS(AUTOUID)\n"
                  "ALTUSER U1 OMVS(AUTOUID)\nADDGROUP (G2 G3) OMVS(AUTOGID)\nADDGROUP (G2 G3)\n"
                  "ADDUSER U2 OMVS(UID(7) SHARED)\nADDUSER U3 OMVS(UID(7) SHARED)\nALTUSER U3 OMVS(AUTOUID)\n",
                  "racf", state)
    assert outcomes(results) == ["ok", "ok", "ok", "error", "unsupported", "ok", "ok", "error"]
    assert results[0].message == "IRR52177I Group G1 was assigned an OMVS GID value of 201."
    assert results[1].message == "IRR52177I User U1 was assigned an OMVS UID value of 2001."
    assert state.users["U1"]["omvs"]["uid"] == 2001 and "IRR52177I" not in results[2].message
    assert results[3].message.startswith("IRR52184I") and results[7].message.startswith("IRR52178I")
    assert state.users["U3"]["omvs"]["uid"] == 7


def test_nopassword_is_ignored_while_a_phrase_remains():
    # IBM ICH01002I (ADDUSER) and ICH21041I (ALTUSER)
    state = State("racf")
    results = run("ADDUSER U1 PHRASE('a long pass phrase') NOPASSWORD\nALTUSER U1 NOPASSWORD\n"
                  "ALTUSER U1 NOPASSWORD NOPHRASE\n", "racf", state)
    assert [r.message.split()[0] for r in results[:2]] == ["ICH01002I", "ICH21041I"]
    assert state.users["U1"]["protected"] and "ICH" not in results[2].message


def test_connect_and_remove_messages():
    # IBM "CONNECT command messages"; pyRACF test data (ICH51003I, ICH02003I, ICH03002I)
    state = State("racf")
    run("ADDGROUP G1\nADDGROUP G2\nADDUSER U1 DFLTGRP(G1)\n", "racf", state)
    results = run("CONNECT U1 GROUP(G2) AUTHORITY(JOIN)\nCONNECT NOBODY GROUP(G2)\nCONNECT U1 GROUP(NOGRP)\n"
                  "REMOVE U1 GROUP(G2)\nREMOVE U1 GROUP(G2)\n", "racf", state)
    assert outcomes(results) == ["ok", "error", "error", "ok", "not-found"]
    assert all("ICH02003I" in r.message for r in results[1:3])
    assert results[4].message.startswith("ICH03002I")


def test_deluser_refuses_ibmuser_and_users_with_data_set_profiles():
    # IBM "DELUSER command messages" (ICH04011I, ICH04009I)
    state = State("racf")
    run("ADDUSER IBMUSER\nADDUSER MARK\nADDSD 'MARK.DATA' UACC(NONE)\n", "racf", state)
    results = run("DELUSER IBMUSER\nDELUSER MARK\nDELDSD 'MARK.DATA'\nDELUSER MARK\n", "racf", state)
    assert outcomes(results) == ["error", "error", "ok", "ok"]
    assert [r.message.split()[0] for r in results[:2]] == ["ICH04011I", "ICH04009I"]
    assert list(state.users) == ["IBMUSER"]


def test_generic_name_in_a_class_without_generics_is_ich10321i():
    # IBM ICH10321I: a discrete profile of the literal name is created
    state = State("racf")
    results = run("SETROPTS CLASSACT(STARTED)\nRDEFINE STARTED A.* UACC(NONE)\nRDEFINE STARTED B UACC(NONE)\n"
                  "SETROPTS GENCMD(STARTED)\nRDEFINE STARTED C.* UACC(NONE)\nRDEFINE XFACILIT D.* UACC(NONE)\n",
                  "racf", state)
    # a new database has NOGENERIC for every class: XFACILIT too
    assert outcomes(results) == ["ok", "error", "ok", "ok", "ok", "error"]
    assert results[1].message.startswith("ICH10321I") and "STARTED A.*" in state.profiles
    assert results[5].message.startswith("ICH10321I") and "XFACILIT D.*" in state.profiles


def test_double_asterisk_in_data_set_profiles_needs_egn():
    # IBM "When you can specify generic profile names"; a new database has NOEGN
    state = State("racf")
    run("ADDGROUP ZWE\n", "racf", state)
    results = run("ADDSD 'ZWE.A.**'\nSETROPTS NOEGN\nADDSD 'ZWE.B.**'\nADDSD 'ZWE.B.*'\nSETROPTS EGN\n"
                  "ADDSD 'ZWE.C.**'\nLISTDSD PREFIX(ZWE) ALL\nLISTDSD PREFIX(NONE)\n", "racf", state)
    assert outcomes(results) == ["error", "ok", "error", "ok", "ok", "ok", "ok", "not-found"]


def test_permit_class_with_blanks_inside_the_parentheses():
    # IRRRID00 writes CLASS(DASDVOL ) (IBM "Sample output from the IRRRID00 utility")
    state = State("racf")
    run("ADDUSER MARK\nRDEFINE DASDVOL D12* UACC(NONE)\nPERMIT D12* CLASS(DASDVOL) ID(MARK) ACCESS(READ)\n",
        "racf", state)
    assert outcomes(run("PERMIT D12* CLASS(DASDVOL ) ID(MARK ) DELETE\n", "racf", state)) == ["ok"]
    assert state.profiles["DASDVOL D12*"]["acl"] == {}


def test_racdcert_remove_listring_all_and_residual_clean_up():
    # IBM RACDCERT REMOVE, LISTRING, DELETE/DELRING/DELMAP of an undefined user, IRRD121I, MAP filters
    state = State("racf")
    run("ADDUSER U1\nRACDCERT ADDRING(R1) ID(U1)\nRACDCERT GENCERT CERTAUTH SUBJECTSDN(CN('CA'))"
        " WITHLABEL('CA')\nRACDCERT CONNECT(CERTAUTH LABEL('CA') RING(R1)) ID(U1)\n", "racf", state)
    results = run("RACDCERT ID(U1) LISTRING(*)\nRACDCERT ID(U1) REMOVE(CERTAUTH LABEL('CA'))\n"
                  "RACDCERT ID(U1) REMOVE(CERTAUTH LABEL('CA') RING(R1))\n"
                  "RACDCERT ID(U1) REMOVE(CERTAUTH LABEL('CA') RING(R1))\n"
                  "RACDCERT ID(U1) MAP WITHLABEL('M1') IDNFILTER('O=CA')\n"
                  "RACDCERT ID(U1) MAP WITHLABEL('M2')\n"
                  "DELUSER U1\nRACDCERT DELRING(R1) ID(U1)\nRACDCERT DELMAP(LABEL('M1')) ID(U1)\n"
                  "RACDCERT ID(U1) LISTRING(*)\n", "racf", state)
    # DELUSER deleted the user's rings and mappings (IBM DELUSER: ICH04015I, ICH04016I)
    assert outcomes(results) == ["ok", "error", "ok", "not-found", "ok", "error", "ok", "not-found",
                                 "not-found", "not-found"]
    assert results[1].message.startswith("IRRD121I") and results[3].message.startswith("IRRD116I")
    assert results[7].message.startswith("IRRD114I") and results[9].message.startswith("IRRD115I")
    assert "CERTAUTH CA" in state.certificates


# -- the CDT, SETROPTS and names (esmgen/simulator/racf/cdt.py, names.py) ------

def test_a_class_not_in_the_cdt_is_an_error_everywhere():
    # IBM RLIST purpose text: RACF uses the CDT to decide whether a class is defined
    state = State("racf")
    run("ADDUSER U1\n", "racf", state)
    results = run("RDEFINE NOSUCH A UACC(NONE)\nRALTER NOSUCH A UACC(READ)\nRLIST NOSUCH A\n"
                  "PERMIT A CLASS(NOSUCH) ID(U1)\nRDELETE NOSUCH A\nSETROPTS CLASSACT(NOSUCH)\n", "racf", state)
    assert outcomes(results) == ["error"] * 6
    assert all("NOSUCH" in r.message for r in results) and state.profiles == {}


def test_dynamic_class_is_usable_after_raclist_cdt_refresh():
    # IBM "Overview of the class descriptor table": effective at SETROPTS RACLIST(CDT) REFRESH
    state = State("racf")
    results = run("RDEFINE CDT IZP UACC(NONE)\nRALTER CDT IZP CDTINFO(POSIT(608))\n"
                  "RALTER CDT IZP CDTINFO(MAXLENGTH(20) RACLIST(ALLOWED))\nRDEFINE IZP A UACC(NONE)\n"
                  "SETROPTS RACLIST(CDT) REFRESH\nSETROPTS CLASSACT(IZP) GENERIC(IZP) RACLIST(IZP)\n"
                  "RDEFINE IZP A UACC(NONE)\nRDEFINE IZP " + "X" * 21 + "\nRDEFINE IZP B.* AUDIT(ALL(READ))\n",
                  "racf", state)
    assert outcomes(results) == ["ok", "ok", "ok", "error", "ok", "ok", "ok", "error", "ok"]
    assert state.cdt["IZP"]["posit"] == "608" and state.profiles["IZP B.*"]["audit"] == {"ALL": "READ"}


def test_bad_cdt_entries_are_ich14079i_and_raclist_disallowed_is_refused():
    # IBM ICH14079I codes 5 (POSIT), 8 (an IBM class), 13 (no CDTINFO)
    state = State("racf")
    results = run("RDEFINE CDT NOPOS CDTINFO(MAXLENGTH(8))\nRDEFINE CDT FACILITY CDTINFO(POSIT(20))\n"
                  "RDEFINE CDT BARE\nRDEFINE CDT $ZOWE CDTINFO(POSIT(607) RACLIST(DISALLOWED))\n"
                  "SETROPTS RACLIST(CDT)\nSETROPTS RACLIST($ZOWE)\nSETROPTS CLASSACT($ZOWE)\n",
                  "racf", state)
    assert outcomes(results) == ["ok", "ok", "ok", "ok", "error", "error", "ok"]
    assert [m.split()[-3] for m in results[4].message.split("; ")] == ["NOPOS,", "FACILITY,", "BARE,"] or \
        results[4].message.count("ICH14079I") == 3
    assert list(state.cdt) == ["$ZOWE"]


def test_names_too_long_or_with_bad_characters_are_refused():
    # IBM "Syntax of RACF commands and operands": user and group 1-8 characters
    state = State("racf")
    results = run("ADDUSER TOOLONGNAME\nADDGROUP TOOLONGGRP\nADDGROUP 1GRP\nADDUSER U-1\nADDUSER 1USER\n"
                  "ADDGROUP #GRP\n", "racf", state)
    assert outcomes(results) == ["error", "error", "error", "error", "ok", "ok"]
    assert list(state.users) == ["1USER"] and list(state.groups) == ["#GRP"]


def test_grouping_classes_hold_no_generic_names_and_are_not_raclisted():
    # IBM "Considerations for resource group profiles"; "SETROPTS RACLIST processing"
    state = State("racf")
    results = run("SETROPTS GENERIC(GEJBROLE)\nRDEFINE GEJBROLE A.* UACC(NONE)\nSETROPTS RACLIST(GEJBROLE)\n"
                  "SETROPTS RACLIST(EJBROLE)\nRDEFINE FACILITY A%* UACC(NONE)\n", "racf", state)
    assert outcomes(results) == ["error", "error", "error", "ok", "error"]
    assert results[4].message.startswith("ICH10313I")


def test_listing_forms_and_audit():
    # IBM RLIST (class *, ALL, AUTHUSER, STDATA, SSIGNON), LISTDSD PREFIX, AUDIT()
    state = State("racf")
    run("SETROPTS GENERIC(PTKTDATA DATASET) EGN\nADDGROUP ZWE\n"
        "RDEFINE PTKTDATA ZOSMF SSIGNON(KEYMASKED(0123456789ABCDEF))\n", "racf", state)
    results = run("RLIST PTKTDATA * ALL\nRLIST PTKTDATA ZOSMF SSIGNON\nRLIST PTKTDATA ZOSMF AUTHUSER STDATA\n"
                  "RLIST FACILITY *\nADDSD 'ZWE.**' AUDIT(FAILURES(READ) SUCCESS(UPDATE))\n"
                  "ALTDSD 'ZWE.**' AUDIT(NONE)\nLISTDSD PREFIX(ZWE)\nRALTER PTKTDATA ZOSMF AUDIT(BAD)\n",
                  "racf", state)
    assert outcomes(results) == ["ok", "ok", "ok", "not-found", "ok", "ok", "ok", "error"]
    assert state.profiles["DATASET ZWE.**"]["audit"] == {"NONE": None}


def test_stc_fact_from_started_names():
    # IBM "Using the STARTED class": membername.jobname
    from dryrun_support import facts
    state = State("racf")
    run("ADDGROUP G\nADDUSER U DFLTGRP(G)\nSETROPTS GENERIC(STARTED)\n"
        "RDEFINE STARTED P1.* STDATA(USER(U) GROUP(G))\nRDEFINE STARTED P2 STDATA(USER(U))\n"
        "RDEFINE STARTED P3.JOB STDATA(USER(U))\n", "racf", state)
    found = facts(state)
    assert {"stc P1 U G", "stc P2 U -", "profile STARTED P3.JOB"} <= found


def test_dynamic_classes_sharing_a_posit_share_setropts_options():
    # IBM "Adding a dynamic class with a unique POSIT value"
    state = State("racf")
    run("RDEFINE CDT $APPA CDTINFO(POSIT(300))\nRDEFINE CDT $APPB CDTINFO(POSIT(300))\n"
        "RDEFINE CDT $APPC CDTINFO(POSIT(301))\nSETROPTS RACLIST(CDT)\n", "racf", state)
    run("SETROPTS CLASSACT($APPA) GENERIC($APPA)\n", "racf", state)
    assert {c for c, o in state.classes.items() if o["active"] and o["generic"]} == {"$APPA", "$APPB"}


def test_tso_keyword_abbreviations():
    # TSO parse: a keyword may be shortened to a prefix no other keyword of the
    # command shares (z/OS TSO/E Primer, "Keywords"); PERMIT's CL and AC are unique
    from esmgen.simulator import engine as simulator
    state = simulator.baseline_state("racf", "zos")
    results = simulator.run_deck("RDEFINE FACILITY APP.X UAC(NONE)\n"
                                 "PERMIT APP.X CL(FACILITY) ID(IBMUSER) AC(READ)\n", "racf", state)
    assert [r.outcome for r in results] == ["ok", "ok"]
    assert state.profiles["FACILITY APP.X"]["acl"] == {"IBMUSER": "READ"}
