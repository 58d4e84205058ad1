"""ACF2 verify-deck listings read into the simulator state (esmgen.listing.state.acf2).

The synthetic SYSTSPRT below answers esmgen's own verify deck from a simulated
setup in the layouts the reader's docstring cites (ACF prompt and echo,
infostorage record headers `<qualifier> / <record>`, rule set listings,
ACF0A005 for absent records), so the facts read back can be compared with
the facts of the setup itself.
"""

import os

import pytest

from dryrun_support import deck, required, start_state
from esmgen import audit
from esmgen.listing.state import acf2
from esmgen.simulator import engine
from esmgen.simulator.acf2.facts import DATASET_TYPE
from esmgen.simulator.reader import read_deck

LISTINGS = os.path.join(os.path.dirname(__file__), "listings")
HEADER = " {} / {} LAST CHANGED BY ZWEADM1 ON 05/01/24-10:15"
NOT_FOUND = "ACF0A005 RECORD(S) NOT FOUND"
FIELDS = "                      "


def sample(name):
    with open(os.path.join(LISTINGS, name), encoding="utf-8") as handle:
        return acf2.read_listing(handle.read(), name)


# -- the samples -----------------------------------------------------------------

def test_samples_parse_into_the_state():
    state, report = sample("acf2-lid-list.txt")
    assert (report.unknown, report.problems) == ({}, [])
    assert state.users == {"ZWESVUSR": {"group": "ZWEADMIN", "name": "ZOWE SERVER", "stc": True}}
    assert sample("acf2-gso-stc-list.txt")[0].gso == {
        "STC.ZWESLSTC": {"group": "ZWEADMIN", "logonid": "ZWESVUSR", "stcid": "ZWESLSTC"}}
    assert sample("acf2-profile-omvs-list.txt")[0].omvs_users == {
        "ZWESVUSR": {"home": "/tmp", "program": "/bin/sh", "uid": 990020}}
    assert sample("acf2-xrol-list.txt")[0].roles == {"ZWEADMIN": ["ZWESIUSR", "ZWESVUSR"]}
    assert sample("acf2-roles.txt")[0].roles == {"ZWEADMIN": ["ZWESVUSR"], "ZCEEGRP": ["ZWESVUSR"]}
    assert sample("acf2-ssignon-list.txt")[0].passtickets == {"IZUDFLT": {"multi_use": True}}
    assert sample("acf2-rule-list.txt")[0].rules == {"FAC BPX": [
        "DAEMON ROLE(ZWEADMIN) SERVICE(READ,UPDATE) ALLOW", "JOBNAME ROLE(ZWEADMIN) SERVICE(READ) ALLOW",
        "SERVER ROLE(ZWEADMIN) SERVICE(READ,UPDATE) ALLOW"]}


# -- a synthetic listing of the verify deck, answered from a simulated state -----

def answer(state, setting, command):
    """The output lines ACF2 would print for one LIST/ROLES/SHOW under a setting; None = not found."""
    verb, _, name = command.partition(" ")
    if verb == "SHOW":
        return ["CLASS     TYPE  ENTITYLN"] + [
            f"{key[8:]:<9} {record['rsrctype']}   EXT" for key, record in state.gso.items()
            if key.startswith("CLASMAP.")]
    if verb == "ROLES":
        roles = [role for role, members in state.roles.items() if name in members]
        return [f"ROLES FOR {name}", "  ".join(roles)]
    if setting == "LID":
        return _logonid(state.users.get(name), name)
    if setting.startswith("PROFILE"):
        return _profile(state, setting, name)
    if setting == "X(ROL)":
        members = state.roles.get(name)
        return None if members is None else [HEADER.format("SYSA", name), f"{FIELDS}INCLUDE({' '.join(members)}) ROLE"]
    if setting == "CONTROL(GSO)":
        record = state.gso.get(name)
        return None if record is None else [HEADER.format("SYSA", name), FIELDS + " ".join(
            f"{key.upper()}({value})" for key, value in sorted(record.items()) if value)]
    rtype = DATASET_TYPE if setting == "RULE" else setting[9:-1]
    lines = state.rules.get(f"{rtype} {name}")
    if lines is None:
        return None
    kind = "ACCESS" if setting == "RULE" else "RESOURCE"
    return [f"*{kind} RULE {name} STORED BY ZWEADM1 ON 05/01/24-10:15",
            f"$KEY({name})" + ("" if setting == "RULE" else f" TYPE({rtype})")] + [" " + line for line in lines]


def _logonid(record, name):
    if record is None:
        return None
    privileges = " ".join(p for p, on in (("STC", record["stc"]), ("RESTRICT", record.get("restrict"))) if on)
    return [f"{name:<9} {record['name']:<27} {name}", f" PRIVILEGES   {privileges}",
            " ACCESS       ACC-CNT(0)"] + ([f" GROUP({record['group']})"] if record["group"] else [])


def _profile(state, setting, name):
    if setting.endswith("(OMVS)") and "USER" in setting:
        r = state.omvs_users.get(name)
        return r and [HEADER.format("OMVS", name), f"{FIELDS}HOME({r['home']}) OMVSPGM({r['program']}) UID({r['uid']})"]
    if setting.endswith("(OMVS)"):
        r = state.omvs_groups.get(name)
        return r and [HEADER.format("OMVS", name), f"{FIELDS}GID({r['gid']})"]
    if setting.endswith("(SSIGNON)"):
        r = state.passtickets.get(name)
        return r and [HEADER.format("SSIGNON", name),
                      FIELDS + ("MULT-USE " if r["multi_use"] else "") + "NOENCRYPT SSKEY(*SUPPRESSED*)"]
    owner, record = name.split(".")
    if setting.endswith("(CERTDATA)"):
        cert = next((c for c in state.certificates.values() if (c["owner"], c["record"]) == (owner, record)), None)
        return cert and [HEADER.format("CERTDATA", name), f"{FIELDS}LABEL({cert['label']}) TRUST"]
    ring = next((r for r in state.rings.values() if (r["owner"], r["record"]) == (owner, record)), None)
    if ring is None:
        return None
    lines = [HEADER.format("KEYRING", name), f"{FIELDS}RINGNAME({ring['name']})"]
    for cert in ring["certs"]:
        rec = next(c["record"] for c in state.certificates.values()
                   if (c["owner"], c["label"]) == (cert["owner"], cert["label"]))
        lines.append(f"{FIELDS}CERTDATA({cert['owner']}.{rec}) USAGE({cert['usage']})"
                     + (" DEFAULT" if cert["default"] else ""))
    return lines


def synthetic_listing(state, verify_deck, drop=()):
    """The job's SYSTSPRT: READY, ACF, then prompt + echo + answer per subcommand."""
    out, setting = ["READY", "PROFILE MSGID", "READY"], None
    for command in read_deck(verify_deck).commands:
        text = command.text
        if not command.acf_mode:
            if text != "PROFILE MSGID":
                out += [text]
            continue
        out += ["ACF", text]
        if text.startswith("SET "):
            setting = text[4:]
            if setting.startswith("PROFILE"):
                setting = setting.replace("DIVISION", "DIV")
        elif text.split()[0] in ("LIST", "ROLES", "SHOW"):
            lines = None if text in drop else answer(state, setting, text)
            out += lines if lines is not None else [NOT_FOUND]
    return "\n".join(out + ["READY"]) + "\n"


@pytest.fixture(scope="module")
def setup():
    state = start_state("acf2")
    assert engine.succeeded(engine.run_deck(deck("acf2", "setup", "tso", "--component", "all"), "acf2", state))
    return state, deck("acf2", "verify", "tso", "--component", "all")


# what the verify deck does not list: the precondition's own logonid
NOT_LISTED = {"user CICSUSER"}


def test_verify_listing_gives_the_setup_facts(setup):
    state, verify = setup
    found, report = facts_of(synthetic_listing(state, verify))
    assert report.problems == [] and report.unknown == {}
    assert found == engine.state_facts(state) - NOT_LISTED
    result = audit.compare(required("acf2", "all"), found)
    assert result.clean(), [f for f in result.requirements if f.status != audit.PRESENT] + result.extra


def facts_of(text):
    state, report = acf2.read_listing(text, "test")
    return engine.state_facts(state), report


def test_a_missing_grant_and_a_wrong_level_are_seen(setup):
    state, verify = setup
    drifted = state.copy()
    drifted.rules["FAC ZWES"].remove("IS ROLE(ZWESIUSR) SERVICE(READ) ALLOW")
    bpx = drifted.rules["FAC BPX"]
    bpx[bpx.index("JOBNAME ROLE(ZWESVUSR) SERVICE(READ) ALLOW")] = "JOBNAME ROLE(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW"
    found, report = facts_of(synthetic_listing(drifted, verify))
    assert not report.problems
    result = {f.fact: f for f in audit.compare(required("acf2", "all"), found).requirements}
    assert result["access FACILITY ZWES.IS ZWESIUSR READ"].status == audit.MISSING
    different = result["access FACILITY BPX.JOBNAME ZWESVUSR READ"]
    assert (different.status, different.actual) == (audit.DIFFERENT, "access FACILITY BPX.JOBNAME ZWESVUSR UPDATE")


def test_record_not_found_means_absent(setup):
    state, verify = setup
    found, report = facts_of(synthetic_listing(state, verify, drop={"LIST ZWESIUSR", "LIST STC.ZWESISTC"}))
    assert not report.problems
    assert "user ZWESIUSR" not in found and "omvs ZWESIUSR /tmp /bin/sh" not in found
    assert not any(f.startswith("stc ZWESISTC") for f in found)
    assert "stc ZWESLSTC ZWESVUSR ZWEADMIN" in found


def test_unknown_and_bad_blocks_are_reported_never_fatal():
    text = "\n".join([
        "READY", "ACF",
        "ACF", "LIST ZWESVUSR",                              # 3-4: LIST before any SET
        "ACF", "DECOMP BPX",                                  # 5-6: not read
        "ACF", "SET X(ROL)",
        "ACF", "LIST ZWEADMIN", " SYSA ZWEADMIN garbled",     # 9-11: no record header
        "ACF", "SET RESOURCE(FAC)",
        "ACF", "LIST BPX", "*RESOURCE RULE BPX STORED BY ZWEADM1 ON 05/01/24-10:15", "$KEY(BPX) TYPE(FAC)",
        " SERVER ROLE(ZWEADMIN) SERVICE(READ) ALLOW", " DAEMON ROLE(ZWEADMIN) BOGUS(1) ALLOW",   # 19: bad entry
        "ACF", "SET PROFILE(PTKTDATA) DIV(SSIGNON)",
        "ACF", "LIST IZUDFLT", " SSIGNON / IZUDFLT LAST CHANGED BY X ON 05/01/24-10:15", "   NOENCRYPT",  # 24: no SSKEY
        "ACF", "SET CONTROL(GSO)", "ACF", "LIST STC.ZWESLSTC", NOT_FOUND,
        "ACF", "END", "READY"])
    state, report = acf2.read_listing(text, "bad.txt")
    assert report.unknown == {"LIST (no SET before it)": 1, "DECOMP": 1}
    assert [line for line, _ in report.problems] == [11, 19, 24]
    assert all(message.startswith("bad.txt: ") for _, message in report.problems)
    assert state.rules == {"FAC BPX": ["SERVER ROLE(ZWEADMIN) SERVICE(READ) ALLOW"]}
    assert not state.passtickets and not state.gso


def test_the_listing_route_on_the_command_line(setup, tmp_path):
    # the audit of an ACF2 site: its verify listing, through the CLI
    from conftest import run_cli
    state, verify = setup
    listing = tmp_path / "verify.systsprt"
    listing.write_text(synthetic_listing(state, verify))
    clean = run_cli("audit", "--esm", "acf2", "--listing", str(listing), "--component", "all")
    assert clean.code == 0, clean.out + clean.err
    planned = run_cli("plan", "--esm", "acf2", "--listing", str(listing), "--component", "all", "--format", "tso")
    assert planned.code == 0, planned.err
