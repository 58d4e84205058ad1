"""TSS verify-deck listings read into the simulator state (esmgen.listing.state.tss).

The synthetic SYSTSPRT below answers esmgen's own verify deck from a simulated
setup, in the layouts the reader's docstring cites (READY, echo, KEY = value
lines, TSS0300I/TSS0301I), so the facts read back can be compared with the
facts of the setup itself.
"""

import os

import pytest

from dryrun_support import deck, required, start_state
from esmgen import audit
from esmgen.listing.state import tss
from esmgen.simulator import engine
from esmgen.simulator.reader import read_deck
from esmgen.simulator.tss import rdt
from esmgen.simulator.tss.common import covering

LISTINGS = os.path.join(os.path.dirname(__file__), "listings")
OK_END = "TSS0300I  {:<8} FUNCTION SUCCESSFUL"
FAIL_END = "TSS0301I  {:<8} FUNCTION FAILED, RETURN CODE =  8"


def sample(name):
    with open(os.path.join(LISTINGS, name), encoding="utf-8") as handle:
        return tss.read_listing(handle.read(), name)


def facts_of(text):
    state, report = tss.read_listing(text, "test")
    return engine.state_facts(state), report


# -- the samples -----------------------------------------------------------------

def test_list_acid_all_sample():
    state, report = sample("tss-list-acid-all.txt")
    assert (report.blocks, report.unknown, report.problems) == (1, {}, [])
    user = state.users["ZWESVUSR"]
    assert user["protected"] and user["default_group"] == "ZWEADMIN" and user["groups"] == ["ZWEADMIN"]
    assert (user["uid"], user["home"], user["program"], user["dept"]) == (990020, "/tmp", "/bin/sh", "ZWEDEPT")
    assert user["facilities"] == ["STC"]
    assert state.permits == {"IBMFAC ZWES.IS": {"ZWESVUSR": "READ"}, "IBMFAC BPX.SERVER": {"ZWESVUSR": "UPDATE"}}


def test_whohas_whoowns_and_stc_samples():
    state, report = sample("tss-whohas-ibmfac.txt")
    assert not report.problems
    assert state.ownership == {"IBMFAC ZWES.IS": "ZWEDEPT"}
    assert state.permits == {"IBMFAC ZWES.IS": {"ZWESVUSR": "READ", "ZWESIUSR": "READ"}}
    assert sample("tss-whoowns-ibmfac.txt")[0].ownership == {"IBMFAC ZWES.IS": "ZWEDEPT"}
    assert sample("tss-list-stc.txt")[0].stc_table == {"ZWESLSTC": "ZWESVUSR"}


# -- a synthetic listing of the verify deck, answered from a simulated state -----

def answer(state, command):
    """The output lines TSS would print for one verify command (layouts: module docstring)."""
    words = command.split()
    function = words[1].split("(")[0]
    ops = dict(op.rstrip(")").split("(", 1) for op in words[1 + (function != "LIST"):] if "(" in op)
    acid = words[1][5:-1] if function == "LIST" else None
    if function == "WHOOWNS" or function == "WHOHAS":
        (keyword, resource), = ops.items()
        return _who(state, function, keyword, resource)
    if acid == "RDT":
        return _rdt(state, ops["RESCLASS"])
    if acid == "STC":
        found = state.stc_table.get(ops["PROCNAME"])
        return [f"PROCNAME = {ops['PROCNAME']:<8}  ACID     = {found}"] if found else None
    if acid == "NDT":
        entry = state.passtickets.get(ops["PSTKAPPL"])
        return None if entry is None else [f"PSTKAPPL   = {ops['PSTKAPPL']}" + ("  SIGNMULTI" if entry["multi_use"] else "")]
    if "DIGICERT" in ops or "KEYRING" in ops:
        return _pki(state, acid, ops)
    return _acid(state, acid)


def _who(state, function, keyword, resource):
    owners = [(key.split(" ", 1)[1], owner) for key, owner in state.ownership.items()
              if key.split(" ", 1)[0] == keyword and resource.startswith(key.split(" ", 1)[1])]
    if not owners:
        return None
    lines = [f"RESOURCE      =  {prefix:<26} OWNER({owner:<8})" for prefix, owner in owners]
    if function == "WHOHAS":
        for key, acl in state.permits.items():
            kw, name = key.split(" ", 1)
            if kw == keyword and resource.startswith(name):
                for holder, level in acl.items():
                    lines += [f"  XAUTH     =  {name:<22} ACID({holder})", f"    ACCESS  =  {level}"]
    return lines


def _rdt(state, name):
    entry = rdt.lookup(state, name)
    if entry is None:
        return None
    levels = ",".join(f"{level}({bits:04X})" for level, bits in entry.aclst)
    return [f"RESOURCE CLASS = {name}", "RESOURCE CODE  = X'101'",
            f"ATTRIBUTE  = {'MASKABLE' if entry.mask else 'NOMASK'},MAXOWN(08),MAXPERMIT({entry.max_permit or 8:03d})",
            f"ACCESS     = {levels}", f"DEFACC     = {entry.defacc}"]


def _acid(state, acid):
    for kind, table in (("USER", state.users), ("GROUP", state.groups), ("DEPT", state.departments)):
        if acid in table:
            record = table[acid]
            break
    else:
        return None
    lines = [f"ACCESSORID = {acid:<8}  NAME       = {record['name']}", f"TYPE       = {record.get('type', kind)}"]
    if record.get("dept"):
        lines.append(f"DEPT ACID  = {record['dept']}")
    if kind == "USER":
        lines += _user_lines(record)
    lines += _xa_lines(state, acid)
    if kind == "GROUP" and record["gid"] is not None:
        lines += ["-----------  SEGMENT OMVS", f"GID        = {record['gid']:010d}"]
    if kind == "USER" and record["uid"] is not None:
        lines += ["-----------  SEGMENT OMVS", f"UID        = {record['uid']:010d}",
                  f"HOME       = {record['home']}", f"OMVSPGM    = {record['program']}"]
    return lines


def _user_lines(user):
    lines = [f"FACILITY   = {f}" for f in user["facilities"]] + [f"MASTFAC    = {f}" for f in user["mastfac"]]
    lines += [f"GROUPS     = {g}" for g in user["groups"]]
    if user["default_group"]:
        lines.append(f"DFLTGRP    = {user['default_group']}")
    if user["protected"]:
        lines.append("ATTRIBUTES = PROTECTED")
    return lines


def _xa_lines(state, acid):
    lines = []
    for key, owner in state.ownership.items():
        if owner == acid:
            kw, name = key.split(" ", 1)
            lines.append(f"XA {kw:<7} = {name:<40} OWNER({owner:<8})")
    for key, acl in state.permits.items():
        if acid in acl:
            kw, name = key.split(" ", 1)
            owner = (covering(state.ownership, kw, name) or ["?"])[-1]
            lines += [f"XA {kw:<7} = {name:<40} OWNER({owner:<8})", f"   ACCESS  = {acl[acid]}"]
    return lines


def _pki(state, acid, ops):
    if "DIGICERT" in ops:
        cert = next((c for c in state.certificates.values()
                     if c["owner"] == acid and c["record"] == ops["DIGICERT"]), None)
        return cert and [f"ACCESSORID = {acid}", f"DIGICERT   = {cert['record']:<8}  LABLCERT = {cert['label']}"]
    ring = next((r for r in state.rings.values() if r["owner"] == acid and r["record"] == ops["KEYRING"]), None)
    if ring is None:
        return None
    lines = [f"ACCESSORID = {acid}", f"KEYRING    = {ring['record']:<8}  LABLRING = {ring['name']}"]
    for cert in ring["certs"]:
        record = next(c["record"] for c in state.certificates.values()
                      if c["owner"] == cert["owner"] and c["label"] == cert["label"])
        lines += [f"RINGDATA   = {cert['owner']},{record}",
                  f"USAGE      = {cert['usage']:<8}  DEFAULT    = {'YES' if cert['default'] else 'NO'}"]
    return lines


def synthetic_listing(state, verify_deck, drop=()):
    """READY, echo and answer per verify command; commands in `drop` answer TSS0301I."""
    out = ["1 TSO batch job header line", "READY", "PROFILE MSGID"]
    for command in read_deck(verify_deck).commands:
        text = command.text
        if text.startswith("PROFILE"):
            continue
        out += ["READY", text]
        lines = None if text in drop else answer(state, text)
        function = text.split()[1].split("(")[0]
        out += ["TSS0314E  ACID/RESOURCE NOT FOUND", FAIL_END.format(function)] if lines is None \
            else lines + [OK_END.format(function)]
    return "\n".join(out + ["READY", "END"]) + "\n"


@pytest.fixture(scope="module")
def setup():
    state = start_state("tss")
    assert engine.succeeded(engine.run_deck(deck("tss", "setup", "tso", "--component", "all"), "tss", state))
    return state, deck("tss", "verify", "tso", "--component", "all")


# what the verify deck does not list: the site's own objects of the preconditions
NOT_LISTED = {"user CICSUSER", "dept SITEDEPT"}


def test_verify_listing_gives_the_setup_facts(setup):
    state, verify = setup
    found, report = facts_of(synthetic_listing(state, verify))
    assert report.problems == [] and report.unknown == {}
    assert found == engine.state_facts(state) - NOT_LISTED
    wanted = required("tss", "all")
    result = audit.compare(wanted, found)
    assert result.clean(), [f for f in result.requirements if f.status != audit.PRESENT] + result.extra


def test_a_missing_grant_and_a_wrong_level_are_seen(setup):
    state, verify = setup
    drifted = state.copy()
    del drifted.permits["IBMFAC ZWES.IS"]["ZWESIUSR"]
    drifted.permits["IBMFAC BPX.JOBNAME"]["ZWESVUSR"] = "UPDATE"
    found, report = facts_of(synthetic_listing(drifted, verify))
    assert not report.problems
    result = {f.fact: f for f in audit.compare(required("tss", "all"), found).requirements}
    assert result["access FACILITY ZWES.IS ZWESIUSR READ"].status == audit.MISSING
    different = result["access FACILITY BPX.JOBNAME ZWESVUSR READ"]
    assert (different.status, different.actual) == (audit.DIFFERENT, "access FACILITY BPX.JOBNAME ZWESVUSR UPDATE")


def test_absent_objects_answer_tss0301i(setup):
    state, verify = setup
    found, report = facts_of(synthetic_listing(state, verify, drop={"TSS LIST(ZWESIUSR) DATA(ALL)",
                                                                     "TSS LIST(STC) PROCNAME(ZWESISTC)"}))
    assert not report.problems
    assert "user ZWESIUSR" not in found and not any(f.startswith("stc ZWESISTC") for f in found)
    assert "stc ZWESLSTC ZWESVUSR -" in found


def test_unknown_and_bad_blocks_are_reported_never_fatal():
    text = "\n".join([
        "READY", "TSS ADDTO(ZWESVUSR) FAC(STC)", "TSS0300I  ADDTO    FUNCTION SUCCESSFUL",
        "READY", "LISTCAT ENTRIES('SYS1.PARMLIB')", "NONVSAM ------- SYS1.PARMLIB",
        "READY", "TSS WHOHAS IBMFAC(ZWES.IS)", "RESOURCE      =  ZWES.IS   OWNER(ZWEDEPT )",
        "  XAUTH     =  ZWES.IS                no acid here", "    ACCESS  =  READ",
        "TSS0300I  WHOHAS   FUNCTION SUCCESSFUL",
        "READY", "TSS LIST(ZWESVUSR) DATA(ALL)", "this is not a data line",
        "TSS0300I  LIST     FUNCTION SUCCESSFUL",
        "READY", "TSS LIST(STC) PROCNAME(ZWESLSTC)", "PROCNAME = ZWESLSTC  ACID     = ZWESVUSR",
        "TSS0300I  LIST     FUNCTION SUCCESSFUL", "READY", "TSS LIST(ZWE)", "NAME = NO END MESSAGE"])
    state, report = tss.read_listing(text, "bad.txt")
    assert report.blocks == 6
    assert report.unknown == {"TSS ADDTO": 1, "LISTCAT": 1}
    assert [line for line, _ in report.problems] == [10, 15, 23]
    assert all(message.startswith("bad.txt: ") for _, message in report.problems)
    assert state.stc_table == {"ZWESLSTC": "ZWESVUSR"}


def test_the_listing_route_on_the_command_line(setup, tmp_path):
    # the audit of a Top Secret site: its verify listing, through the CLI
    import json
    from conftest import run_cli
    state, verify = setup
    listing = tmp_path / "verify.systsprt"
    listing.write_text(synthetic_listing(state, verify))
    clean = run_cli("audit", "--esm", "tss", "--listing", str(listing), "--component", "all")
    assert clean.code == 0, clean.out + clean.err
    drifted = state.copy()
    del drifted.permits["IBMFAC ZWES.IS"]["ZWESVUSR"]
    listing.write_text(synthetic_listing(drifted, verify))
    drift = run_cli("audit", "--esm", "tss", "--listing", str(listing), "--component", "all", "--format", "json")
    assert drift.code == 1
    status = {r["fact"]: r["status"] for r in json.loads(drift.out)["requirements"]}
    assert status["access FACILITY ZWES.IS ZWESVUSR READ"] == "missing"
