"""The Top Secret dry-run executor on the real rendered decks."""

import functools

import pytest
from conftest import run_cli

from esmgen.simulator import tss
from esmgen.simulator.engine import run_deck
from esmgen.simulator.state import State

# The setup deck permits APPL(OMVSAPPL) without owning it (the spec says the
# profile already exists), and the system-wide BPX., IRR., CSF and BBG.
# resources (scope: system), so the site owns them before Zowe's deck runs.
SITE = """\
TSS CREATE(SITEDEPT) TYPE(DEPT) NAME('SITE')
TSS ADD(SITEDEPT) APPL(OMVSAPPL)
TSS ADD(SITEDEPT) IBMFAC(BPX.)
TSS ADD(SITEDEPT) IBMFAC(IRR.)
TSS ADD(SITEDEPT) CSFSERV(CSF)
TSS ADD(SITEDEPT) SERVER(BBG.)
TSS CREATE(CICSUSER) TYPE(USER) NAME('CICS REGION') DEPT(SITEDEPT)
TSS CREATE(ZWE) TYPE(GROUP) NAME('SITE HLQ') DEPT(SITEDEPT)
"""


@functools.lru_cache(maxsize=None)
def deck(kind):
    result = run_cli("render", "--esm", "tss", "--format", "tso", "--kind", kind, "--component", "all")
    assert result.code == 0, result.err
    return result.out


def run(text, state):
    return run_deck(text, "tss", state)


def outcomes(results):
    return {r.outcome for r in results}


def facts(state):
    return tss.facts(state)


@pytest.fixture
def site():
    state = State("tss")
    assert outcomes(run(SITE, state)) == {"ok"}
    return state


@pytest.fixture
def installed(site):
    run(deck("setup"), site)
    return site


def test_setup_runs_clean(site):
    results = run(deck("setup"), site)
    bad = [r for r in results if r.outcome in ("error", "unsupported")]
    assert not bad, bad
    # not-found only where setup clears what may not be there yet
    assert outcomes(results) <= {"ok", "expected"}, [r for r in results if r.outcome != "ok"]
    for r in results:
        if r.message.startswith("not-found"):
            assert r.command.startswith(("TSS REVOKE(", "TSS REMOVE(STC)")), r
        if r.message.startswith("exists"):     # a user running two STCs gets FAC(STC) twice; ZWE is adopted
            assert r.command in ("TSS ADD(ZWESIUSR) FAC(STC)", "TSS ADD(ZCEESRV) FAC(STC)") \
                or r.command.startswith("TSS CREATE(ZWE) TYPE(GROUP)"), r


def test_setup_again_changes_nothing(installed):
    before = installed.to_json()
    results = run(deck("setup"), installed)
    assert outcomes(results) <= {"ok", "expected"}, [r for r in results if r.outcome not in ("ok", "expected")]
    assert installed.to_json() == before


def test_undo_returns_to_the_starting_state(site):
    expected = site.copy()     # the adopted group ZWE is the site's: it stays
    run(deck("setup"), site)
    results = run(deck("undo"), site)
    # Two STCs share ZWESIUSR: undo leaves its FAC(STC) to the ACID's deletion
    # instead of removing it while the other STC still needs it.
    assert outcomes(results) == {"ok"}
    assert "TSS REMOVE(ZWESIUSR) FAC(STC)" not in [r.command for r in results]
    # PTKTDATA, once in the RDT, is the system's class: undo leaves it
    assert set(site.rdt) == {"PTKTDATA"}
    site.rdt.clear()
    assert site.to_json() == expected.to_json()


def test_verify_after_setup_is_all_ok(installed):
    results = run(deck("verify"), installed)
    assert outcomes(results) == {"ok"}, [r for r in results if r.outcome != "ok"]


SYSTEM_WIDE = tuple(f"TSS {f} {r}" for f in ("WHOHAS", "WHOOWNS")
                    for r in ("IBMFAC(BPX.", "IBMFAC(IRR.", "CSFSERV(CSF", "SERVER(BBG."))


def test_verify_before_setup_finds_nothing_of_zowe(site):
    results = run(deck("verify"), site)
    for r in results:
        if r.command == "TSS LIST(RDT) RESCLASS(PTKTDATA)":
            assert r.outcome == "not-found"   # a site class, added to the RDT by setup
        elif r.command.startswith(("PROFILE", "TSS LIST(RDT)")):
            assert r.outcome == "ok"          # predefined classes
        elif "PTKTDATA(" in r.command:
            assert r.outcome == "error"       # the keyword is unknown until setup adds the class
        elif r.command in ("TSS WHOHAS APPL(OMVSAPPL)", "TSS LIST(ZWE) DATA(ALL)") or \
                r.command.startswith(SYSTEM_WIDE):
            assert r.outcome == "ok"          # the site's own: owned resources, the group ZWE
        else:
            assert r.command.startswith(("TSS LIST(", "TSS WHOHAS", "TSS WHOOWNS")), r
            assert r.outcome == "not-found", r
    assert any("TSS0314E ACID DOES NOT EXIST" in r.message for r in results)


def test_facts_after_setup(installed):
    found = facts(installed)
    assert {"access FACILITY BPX.SERVER ZWESVUSR UPDATE", "connect ZWESVUSR ZWEADMIN",
            "stc ZWESLSTC ZWESVUSR -", "owns ZWEDEPT DATASET ZWE.", "uacc DATASET ZWE. READ",
            "mastfac ZWESVUSR ZOWE", "access DATASET ZWE. ZWEADMIN ALTER",
            "omvs ZWESVUSR /tmp /bin/sh", "omvs-group ZWEADMIN", "protected ZWESVUSR",
            "default-group ZWESVUSR ZWEADMIN", "facility ZWESIUSR STC", "dept ZWEDEPT"} <= found


def test_setup_facts_are_what_explain_requires(site):
    start = facts(site)
    run(deck("setup"), site)
    required = run_cli("explain", "--esm", "tss", "--facts", "--component", "all").out.splitlines()
    assert facts(site) == start | set(required)     # the adopted group ZWE was there already


def test_uid_question_mark_assigns_free_ids(installed):
    assert installed.users["ZWESVUSR"]["uid"] == 1000
    assert installed.users["ZWESIUSR"]["uid"] == 1001
    assert installed.groups["ZWEADMIN"]["gid"] == 1000


# -- single commands -----------------------------------------------------------

def one(text, state):
    results = run(text, state)
    assert len(results) == 1
    return results[0]


def test_permit_to_an_unowned_resource_fails_and_grants_nothing(installed):
    before = installed.to_json()
    result = one("TSS PERMIT(ZWESVUSR) IBMFAC(ABC.LISTUSER) ACCESS(READ)", installed)
    assert result.outcome == "error" and "not owned" in result.message
    assert "TSS0301I PERMIT FUNCTION FAILED" in result.message
    assert installed.to_json() == before


def test_permit_under_an_owned_prefix(installed):
    run("TSS ADD(ZWEDEPT) IBMFAC(ABC.)", installed)
    result = one("TSS PERMIT(ZWESVUSR) IBMFAC(ABC.LISTUSER) ACCESS(READ)", installed)
    assert result.outcome == "ok" and result.message.startswith("TSS0300I PERMIT FUNCTION SUCCESSFUL")
    assert "access FACILITY ABC.LISTUSER ZWESVUSR READ" in facts(installed)


def test_re_permit_replaces_the_level(installed):
    assert one("TSS PERMIT(ZWESVUSR) IBMFAC(ZWES.IS) ACCESS(UPDATE)", installed).outcome == "ok"
    assert installed.permits["IBMFAC ZWES.IS"]["ZWESVUSR"] == "UPDATE"


def test_create_user_with_empty_dept_is_tss0364e(installed):
    result = one("TSS CREATE(NEWUSER) TYPE(USER) NAME('NEW') DEPT()", installed)
    assert result.outcome == "error" and "TSS0364E" in result.message
    assert "NEWUSER" not in installed.users
    assert "TSS0364E" in one("TSS CREATE(NEWUSER) TYPE(USER) NAME('NEW') DEPT(NODEPT)", installed).message
    assert "TSS0364E" in one("TSS CREATE(NEWGRP) TYPE(GROUP) NAME('NEW')", installed).message


def test_unknown_function_and_keyword_are_unsupported(installed):
    assert one("TSS MOVE(ZWESVUSR) DEPT(SITEDEPT)", installed).outcome == "unsupported"
    assert one("TSS ADD(ZWESVUSR) PHYSKEY(ABC)", installed).outcome == "unsupported"
    assert one("TSS ADD(ZWEDEPT) IBMFAC(BPX.) UNDERCUT", installed).outcome == "unsupported"
    assert one("TSS ADD(SDT) PROCNAME(X)", installed).outcome == "unsupported"


def test_missing_acid_is_tss0211e(installed):
    result = one("TSS ADD() IBMFAC(ZWES.IS)", installed)
    assert result.outcome == "error" and "TSS0211E" in result.message


def test_invalid_gid_is_tss0293e(installed):
    result = one("TSS REPLACE(ZWEADMIN) GID()", installed)
    assert result.outcome == "error" and "TSS0293E" in result.message
    assert installed.groups["ZWEADMIN"]["gid"] == 1000


def test_list_of_an_absent_acid_is_tss0314e(site):
    result = one("TSS LIST(NOBODY) DATA(ALL)", site)
    assert result.outcome == "not-found" and result.message.startswith("TSS0314E ACID DOES NOT EXIST")


def test_single_valued_fields(installed):
    assert one("TSS ADD(ZWESVUSR) DFLTGRP(ZWEADMIN)", installed).outcome == "exists"
    assert one("TSS ADD(ZWESVUSR) DFLTGRP(ZWE)", installed).outcome == "error"    # not connected
    run("TSS ADD(ZWESVUSR) GROUP(ZWE)", installed)
    # ADD does not change a default group that is set; REPLACE does (assumed)
    assert one("TSS ADD(ZWESVUSR) DFLTGRP(ZWE)", installed).outcome == "exists"
    assert installed.users["ZWESVUSR"]["default_group"] == "ZWEADMIN"
    assert one("TSS REPLACE(ZWESVUSR) DFLTGRP(ZWE)", installed).outcome == "ok"
    assert one("TSS ADD(ZWESVUSR) UID(1000)", installed).outcome == "exists"
    assert one("TSS ADD(ZWESVUSR) UID(77)", installed).outcome == "error"
    assert one("TSS ADD(ZWESVUSR) HOME(/u/zowe)", installed).outcome == "error"


def test_a_failing_keyword_changes_nothing(installed):
    before = installed.to_json()
    assert one("TSS ADD(ZWESVUSR) FAC(NEWFAC) UID(77)", installed).outcome == "error"
    assert installed.to_json() == before


def test_ownership_by_another_acid_needs_undercut(installed):
    result = one("TSS ADD(ZWEDEPT) APPL(OMVSAPPL)", installed)
    assert result.outcome == "error" and "UNDERCUT" in result.message
    assert installed.ownership["APPL OMVSAPPL"] == "SITEDEPT"


def test_stc_table(installed):
    assert one("TSS ADD(STC) PROCNAME(ZWESLSTC) ACID(ZWESVUSR)", installed).outcome == "exists"
    assert one("TSS ADD(STC) PROCNAME(NEWSTC) ACID(NOBODY)", installed).outcome == "error"
    assert one("TSS LIST(STC) PROCNAME(ZWES) PREFIX", installed).outcome == "ok"
    assert one("TSS REMOVE(STC) PROCNAME(NEWSTC)", installed).outcome == "not-found"


def test_delete_rules(installed):
    # DELETE page: not while ACIDs are connected or owned resources are permitted to others
    assert one("TSS DELETE(ZWEDEPT)", installed).outcome == "error"
    assert one("TSS DELETE(ZWEADMIN)", installed).outcome == "error"
    assert one("TSS DELETE(ALL)", installed).outcome == "error"
    # (assumed) not while the STC table still names the ACID
    result = one("TSS DELETE(ZWESVUSR)", installed)
    assert result.outcome == "error" and "ZWESLSTC" in result.message
    assert one("TSS DELETE(NOBODY)", installed).outcome == "not-found"


def test_delete_takes_the_acids_permits_with_it(installed):
    run("TSS REMOVE(STC) PROCNAME(ZWESLSTC)", installed)
    assert one("TSS DELETE(ZWESVUSR)", installed).outcome == "ok"
    assert not any("ZWESVUSR" in acl for acl in installed.permits.values())
    assert "access FACILITY ZWES.IS ZWESIUSR READ" in facts(installed)


def test_no_permits_to_departments(installed):
    result = one("TSS PERMIT(ZWEDEPT) DATASET(ZWE.) ACCESS(READ)", installed)
    assert result.outcome == "error" and "DEPT" in result.message


def test_revoke_and_remove_of_absent_things(installed):
    assert one("TSS REVOKE(ZWESVUSR) DATASET(ZWE.)", installed).outcome == "not-found"
    assert one("TSS REMOVE(ZWESVUSR) GROUP(ZWE)", installed).outcome == "not-found"
    assert one("TSS REMOVE(ZWEDEPT) APPL(OMVSAPPL)", installed).outcome == "not-found"
    assert one("TSS REMOVE(NOBODY) FAC(STC)", installed).outcome == "not-found"
    assert one("TSS REPLACE(NOBODY) NAME('X')", installed).outcome == "not-found"


def test_whohas_and_whoowns_follow_prefixes(installed):
    assert one("TSS WHOOWNS DATASET(ZWE.SZWESAMP)", installed).outcome == "ok"
    assert one("TSS WHOHAS DATASET(ZWE.SZWESAMP)", installed).outcome == "ok"
    assert one("TSS WHOOWNS DATASET(ZWX.)", installed).outcome == "not-found"


# -- vendor-documented behaviour (tests/vendor/tss.yaml has the sources) ------

def test_create_user_fields_and_broadcom_spellings(site):
    # BC TSS Command Functions "Introduction"; KB 27209 (PASS, PROCN)
    run("TSS CREATE(BUDGET) TYPE(PROFILE) NAME('BUDGET') DEPT(SITEDEPT)", site)
    results = run("TSS CREATE(USER01) TYPE(USER) NAME('H.PARKER') -\n PASSWORD(1234,30,EXPIRE)"
                  " SOURCE(GRAF0076) PROFILE(BUDGET) -\n DSNAME(SYS.01) DEPARTMENT(SITEDEPT)\n"
                  "TSS CREATE(STCACID) TYPE(USER) NAME('STC') DEPT(SITEDEPT) -\n PASS(NOPW,0) FAC(STC)\n"
                  "TSS CREATE(BAD) TYPE(USER) NAME('BAD') DEPT(SITEDEPT) -\n PROFILE(CICSUSER)\n"
                  "TSS ADD(STC) PROCN(STCPROC) ACID(STCACID)\nTSS LIST(STC) PROCN(STCPROC)", site)
    assert [r.outcome for r in results] == ["ok", "ok", "error", "ok", "ok"]
    user = site.users["USER01"]
    assert (user["password"], user["source"], user["profiles"], user["dsname"]) == \
        (True, "GRAF0076", ["BUDGET"], "SYS.01")
    assert site.users["STCACID"]["password"] is False and site.users["STCACID"]["facilities"] == ["STC"]
    assert site.stc_table["STCPROC"] == "STCACID"


def test_delete_of_an_acid_in_the_stc_table_fails_but_deletes(site):
    # BC TSS "PROCNAME Keyword": an error is issued, but the delete proceeds
    run("TSS CREATE(U1) TYPE(USER) NAME('U1') DEPT(SITEDEPT)\nTSS ADD(STC) PROCNAME(P1) ACID(U1)", site)
    result = one("TSS DELETE(U1)", site)
    assert result.outcome == "error" and "P1" in result.message
    assert "U1" not in site.users and site.stc_table["P1"] == "U1"


def test_whoowns_a_whole_class(site):
    # KB 45615: TSS WHOOWNS class(*)
    assert one("TSS WHOOWNS OPERCMDS(*)", site).outcome == "not-found"
    result = one("TSS WHOOWNS APPL(*)", site)
    assert result.outcome == "ok" and "SITEDEPT OWNS OMVSAPPL" in result.message


def test_certificate_and_ring_labels_default(site):
    # LABLCERT optional (BC TSS "ALTNAME Keyword" example, cookbook "Add a Certificate
    # to an ACID"); LABLRING defaults to the KEYRING name ("USAGE Keyword")
    results = run("TSS GENCERT(CICSUSER) DIGICERT(CERT01) SUBJECTN('CN=CERT01') -\n KEYUSAGE(HANDSHAKE)\n"
                  "TSS ADDTO(CICSUSER) DIGICERT(CERT02) DCDSN(CICS.CERT)\nTSS ADDTO(CICSUSER) DIGICERT(CERT03)\n"
                  "TSS ADDTO(CICSUSER) KEYRING(RING1)\n"
                  "TSS ADDTO(CICSUSER) KEYRING(RING1) RINGDATA(CICSUSER,CERT02) -\n USAGE(CERTSITE)", site)
    assert [r.outcome for r in results] == ["ok", "ok", "error", "ok", "ok"]
    assert {"CICSUSER CERT01", "CICSUSER CERT02"} <= set(site.certificates)
    assert site.rings["CICSUSER RING1"]["certs"][0]["usage"] == "CERTSITE"


def test_reason_texts_as_tss_prints_them(site):
    # real output in zowe/zowe-install-packaging#4115
    assert "TSS0211E ACCESSOR-ID MISSING OR INVALID" in one("TSS ADD() IBMFAC(ZWES.IS)", site).message
    assert "TSS0364E DEPARTMENT SPECIFICATION MISSING OR INVALID" in \
        one("TSS CREATE(G1) TYPE(GROUP) NAME('G') DEPT()", site).message
    assert "TSS0293E INVALID VALUE FOR KEYWORD GID" in one("TSS ADD(ZWE) GID()", site).message


# -- the simulator knows the RDT itself (issue 11) ----------------------------

SPEC = """\
esmgen: 1
defaults: {department: DEPT1, owner: DEPT1}
components:
  c:
    purpose: one FACILITY profile and one grant
    default: true
    departments: [{name: DEPT1}]
    groups: [{name: GRP1, gid: auto, description: test group}]
    users:
      - {name: USER1, default_group: GRP1}
    profiles:
      - class: FACILITY
        name: 'ABC.TEST'
        grants: [{id: USER1, access: READ}]
"""


def _render_setup(tmp_path, extra=""):
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC + extra)
    result = run_cli("render", "--esm", "tss", "--format", "tso", "--profiles", str(spec))
    assert result.code == 0, result.err
    return result.out


def test_a_wrong_keyword_in_the_spec_is_an_error_in_the_dry_run(tmp_path):
    # The renderer writes what the spec says (IBMFAK); the simulator knows the
    # RDT from Broadcom's documentation, so every IBMFAK command is an error.
    text = _render_setup(tmp_path, "esm_tables:\n  tss: {classes: {FACILITY: {keyword: IBMFAK}}}\n")
    results = run(text, State("tss"))
    wrong = [r for r in results if "IBMFAK(" in r.command]
    assert wrong and all(r.outcome == "error" for r in wrong), wrong
    assert all("not a keyword of the command nor a resource class in the RDT" in r.message for r in wrong)
    # the same spec with the right keyword runs clean
    right = run(_render_setup(tmp_path), State("tss"))
    assert {r.outcome for r in right} <= {"ok", "expected", "not-found"}, right


def test_a_keyword_the_rdt_lacks_needs_addto_rdt_first(site):
    assert one("TSS ADD(SITEDEPT) MYCLASS(ABC.)", site).outcome == "error"
    assert one("TSS PERMIT(CICSUSER) MYCLASS(ABC.X)", site).outcome == "error"
    results = run("TSS ADDTO(RDT) RESCLASS(MYCLASS) MAXLEN(44) -\n ACLST(ALL,UPDATE=6000,READ,NONE)\n"
                  "TSS ADD(SITEDEPT) MYCLASS(ABC.)\nTSS PERMIT(CICSUSER) MYCLASS(ABC.X)\n"
                  "TSS PERMIT(CICSUSER) MYCLASS(ABC.Y) ACCESS(CONTROL)", site)
    assert [r.outcome for r in results] == ["ok", "ok", "ok", "error"]
    # no DEFACC with an ACLST: NONE (DEFACC Keyword); facts name a site class by itself
    assert site.permits["MYCLASS ABC.X"]["CICSUSER"] == "NONE"
    assert "owns SITEDEPT MYCLASS ABC." in facts(site)


def test_permit_without_access_takes_the_defacc(site):
    # IBMFAC DEFACC is READ (KB 139476); APPL too (KB 39863)
    run("TSS ADD(SITEDEPT) IBMFAC(ABC.)", site)
    assert one("TSS PERMIT(CICSUSER) IBMFAC(ABC.LIST)", site).outcome == "ok"
    assert "access FACILITY ABC.LIST CICSUSER READ" in facts(site)
    assert one("TSS PERMIT(CICSUSER) APPL(OMVSAPPL)", site).outcome == "ok"
    assert site.permits["APPL OMVSAPPL"]["CICSUSER"] == "READ"
    # an access level outside the class's ACLST is an error (ACCESS Keyword)
    assert one("TSS PERMIT(CICSUSER) IBMFAC(ABC.LIST) ACCESS(FETCH)", site).outcome == "error"


def test_rdt_entries_are_checked(site):
    checks = [
        ("TSS ADDTO(RDT) RESCLASS(IBMF)", "error"),           # beginning matches IBMFAC
        ("TSS ADDTO(RDT) RESCLASS(TOOLONGNM)", "error"),      # 1-8 characters
        ("TSS ADDTO(RDT) RESCLASS($A1) RESCODE(050)", "error"),   # TSS0280E: reserved code
        ("TSS ADDTO(RDT) RESCLASS($A1) MAXLEN(256)", "error"),
        ("TSS ADDTO(RDT) RESCLASS($A1) ACLST(READ,NONE) DEFACC(UPDATE)", "error"),   # TSS0282E
        ("TSS ADDTO(RDT) RESCLASS($A1) RESCODE(13F) ATTR(LONG,MASK)", "ok"),
        ("TSS ADDTO(RDT) RESCLASS($A1)", "exists"),
        ("TSS ADDTO(RDT) RESCLASS(IBMFAC)", "exists"),
        ("TSS LIST(RDT) RESCLASS($A1)", "ok"),
        ("TSS REPLACE(RDT) RESCLASS($A1) ACLST(ALL,READ) DEFACC(READ)", "ok"),
        ("TSS REMOVE(RDT) RESCLASS($A1)", "ok"),
        ("TSS LIST(RDT) RESCLASS($A1)", "not-found"),
        ("TSS REMOVE(RDT) RESCLASS(IBMFAC)", "error"),
    ]
    assert [(command, one(command, site).outcome) for command, _ in checks] == checks
    assert "TSS0280E RESCODE MISSING, INVALID, OR RESERVED" in \
        one("TSS ADDTO(RDT) RESCLASS($A2) RESCODE(1FFF)", site).message


def test_password_forms(site):
    # PASSWORD Keyword (administrators): NOPW = no password, interval 0-255, EXPIRED
    results = run("TSS ADD(CICSUSER) PASSWORD(NOPW,0)\nTSS REPLACE(CICSUSER) PASSWORD(SECRET1,30,EXP)\n"
                  "TSS ADD(CICSUSER) PASSWORD(SECRET2,256)\nTSS ADD(CICSUSER) PASSWORD()", site)
    assert [r.outcome for r in results] == ["ok", "ok", "error", "error"]
    assert site.users["CICSUSER"]["password"] is True
    run("TSS ADD(CICSUSER) PASS(NOPW,0)", site)
    assert site.users["CICSUSER"]["password"] is False


def test_list_of_a_ring_by_label(site):
    run("TSS ADDTO(CICSUSER) KEYRING(RING1) LABLRING('My Ring')", site)
    assert one("TSS LIST(CICSUSER) KEYRING(RING1) LABLRING('My Ring')", site).outcome == "ok"
    assert one("TSS LIST(CICSUSER) LABLRING('My Ring')", site).outcome == "ok"
    assert one("TSS LIST(CICSUSER) KEYRING(ALL)", site).outcome == "ok"
    assert one("TSS LIST(CICSUSER) LABLRING('Other')", site).outcome == "not-found"
