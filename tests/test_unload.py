"""Reading RACF database unloads (IRRDBU00) into the simulator's RACF state:
hand-made records placed at IBM's columns (written here independently of the
reader's layout table), racf-generator unloads, a cross-check against
mfpandas, and a round trip against the equivalent RACF commands."""

import pytest

from conftest import run_cli
from esmgen.simulator import engine
from esmgen.simulator.racf import facts
from esmgen.simulator.racf.unload import UnloadError, read_unload
from esmgen.simulator.state import State

# mfpandas 0.1.7 and racf-generator 0.1.0 warn about their own use of
# importlib and pandas APIs: not esmgen's concern.
pytestmark = [pytest.mark.filterwarnings("ignore:::mfpandas.*"),
              pytest.mark.filterwarnings("ignore:::racf_generator.*")]


def rec(rtype, width, cols):
    """A record of `width` columns with each value at its 1-based start column
    (IBM "RACF database unload utility records")."""
    line = [" "] * width
    line[0:4] = rtype
    for start, value in cols.items():
        line[start - 1:start - 1 + len(value)] = value
    return "".join(line)


CERT = "01.CN=ZWE¢CERT.O=EXAMPLE"
RING = "ZWESVUSR.ZWERING"

# One record of each type the reader reads, in a real unload's order (a
# profile's access records before its basic record).
HANDMADE = [
    rec("0100", 362, {6: "SYS1", 24: "2024-05-01", 35: "IBMUSER", 44: "NONE", 53: "NO", 359: "NO"}),
    rec("0102", 31, {6: "SYS1", 15: "ALICE", 24: "USE"}),
    rec("0100", 362, {6: "ZWEADMIN", 15: "SYS1", 24: "2024-05-01", 35: "SYS1", 44: "NONE", 53: "NO"}),
    rec("0120", 24, {6: "ZWEADMIN", 15: "0000990010"}),
    rec("0203", 22, {6: "ZWESVUSR", 15: "ZWEADMIN"}),
    rec("0205", 134, {6: "ZWESVUSR", 15: "ZWEADMIN", 24: "2024-05-01", 35: "SYS1", 64: "NONE", 94: "NO"}),
    rec("0200", 648, {6: "ZWESVUSR", 15: "2024-05-01", 26: "SYS1", 60: "180", 75: "ZOWE SERVER", 96: "ZWEADMIN",
                      391: "PRO", 592: "NOPASSWORD", 613: "NOPHRASE"}),
    rec("0207", 293, {6: "ZWESVUSR", 15: CERT, 262: "ZWE CERT"}),
    rec("0208", 293, {6: "ZWESVUSR", 15: "ZOWE FILTER", 48: "LABEL00000001"}),
    rec("0209", 293, {6: "ZWESVUSR", 15: "ZOWE MAP", 48: "IDIDMAP-NAME"}),
    rec("0270", 2158, {6: "ZWESVUSR", 15: "0000990020", 26: "/tmp", 1050: "/bin/sh"}),
    rec("0203", 22, {6: "ALICE", 15: "ZWEADMIN"}),
    rec("0200", 648, {6: "ALICE", 15: "2024-05-01", 26: "SYS1", 60: "090", 96: "ZWEADMIN", 391: "NO",
                      592: "KDFAES", 613: "NOPHRASE"}),
    rec("0404", 80, {6: "ZWEADMIN.**", 58: "ALICE", 67: "UPDATE", 76: "00000"}),
    rec("0400", 532, {6: "ZWEADMIN.**", 58: "YES", 63: "2024-05-01", 74: "ZWEADMIN", 129: "NONE"}),
    rec("0505", 284, {6: "ZWES.IS", 253: "FACILITY", 262: "ZWESVUSR", 271: "READ", 280: "00000"}),
    rec("0500", 1017, {6: "ZWES.IS", 253: "FACILITY", 262: "NO", 267: "019", 271: "2024-05-01", 337: "NONE"}),
    rec("0500", 1017, {6: "ZWESLSTC.*", 253: "STARTED", 262: "YES", 337: "NONE"}),
    rec("0540", 293, {6: "ZWESLSTC.*", 253: "STARTED", 262: "ZWESVUSR", 271: "ZWEADMIN", 280: "NO", 285: "NO",
                      290: "NO"}),
    rec("0500", 1017, {6: "IZUDFLT", 253: "PTKTDATA", 262: "NO", 337: "NONE"}),
    rec("0530", 419, {6: "IZUDFLT", 253: "PTKTDATA", 262: "KEYMASKED"}),
    rec("0500", 1017, {6: "PAYROLL", 253: "GXFACILI", 262: "NO", 337: "NONE"}),
    rec("0503", 559, {6: "PAYROLL", 253: "GXFACILI", 262: "PAY.REPORTS"}),
    rec("0500", 1017, {6: CERT, 253: "DIGTCERT", 262: "NO", 337: "TRUST", 754: "ZWESVUSR"}),
    rec("0560", 353, {6: CERT, 253: "DIGTCERT", 262: "2024-05-01", 273: "00:00:00", 282: "2030-12-31",
                      293: "23:59:59", 302: "RSA", 311: "0000002048"}),
    rec("0561", 507, {6: CERT, 253: "DIGTCERT", 262: RING}),
    rec("0500", 1017, {6: RING, 253: "DIGTRING", 262: "NO", 337: "NONE"}),
    rec("0562", 554, {6: RING, 253: "DIGTRING", 262: CERT, 509: "PERSONAL", 518: "YES", 523: "ZWE CERT"}),
    rec("0508", 1061, {6: "LABEL00000001", 253: "DIGTNMAP", 262: "ZOWE FILTER", 295: "TRUST", 304: "ZWESVUSR",
                       551: "SDN(CN=ZOWE)"}),
    rec("0509", 558, {6: "IDIDMAP-NAME", 253: "IDIDMAP", 262: "ZOWE MAP", 295: "ZWESVUSR", 304: "*"}),
    rec("0500", 1017, {6: "MYCLASS", 253: "CDT", 262: "NO", 337: "NONE"}),
    rec("05C0", 439, {6: "MYCLASS", 253: "CDT", 262: "0000000300", 273: "246", 288: "008", 321: "YES",
                      326: "YES", 341: "YES", 346: "YES", 351: "YES", 375: "ALLOWED", 430: "ALLOWED"}),
]

# The RACF commands that build the same database (IBM RACF Command Language
# Reference); TSO reads columns 1-72, so long commands continue with "-".
EQUIVALENT = """\
SETROPTS GENERIC(DATASET STARTED) EGN
ADDGROUP SYS1
ADDGROUP ZWEADMIN OMVS(GID(990010))
ADDUSER ZWESVUSR DFLTGRP(ZWEADMIN) NOPASSWORD NAME('ZOWE SERVER') -
  OMVS(UID(990020) HOME(/tmp) PROGRAM(/bin/sh))
ADDUSER ALICE DFLTGRP(ZWEADMIN)
CONNECT ALICE GROUP(SYS1)
ADDSD 'ZWEADMIN.**' UACC(NONE)
PERMIT 'ZWEADMIN.**' ID(ALICE) ACCESS(UPDATE)
RDEFINE FACILITY ZWES.IS UACC(NONE)
PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)
RDEFINE STARTED ZWESLSTC.* STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN))
RDEFINE PTKTDATA IZUDFLT SSIGNON(KEYMASKED(0123456789ABCDEF))
RDEFINE GXFACILI PAYROLL
RDEFINE CDT MYCLASS CDTINFO(POSIT(300) MAXLENGTH(246))
SETROPTS RACLIST(CDT)
RACDCERT ID(ZWESVUSR) GENCERT SUBJECTSDN(CN('ZWE')) -
  WITHLABEL('ZWE CERT')
RACDCERT ID(ZWESVUSR) ADDRING(ZWERING)
RACDCERT ID(ZWESVUSR) CONNECT(ID(ZWESVUSR) LABEL('ZWE CERT') -
  RING(ZWERING) USAGE(PERSONAL) DEFAULT)
RACMAP ID(ZWESVUSR) MAP USERDIDFILTER(NAME('CN=ZOWE')) -
  REGISTRY(NAME('*')) WITHLABEL('ZOWE MAP')
RACDCERT ID(ZWESVUSR) MAP SDNFILTER('CN=ZOWE') WITHLABEL('ZOWE FILTER')
"""

# A small deck applied to both.
DECK = """\
ADDUSER BOB DFLTGRP(ZWEADMIN) -
  OMVS(UID(990030) HOME(/u/bob) PROGRAM(/bin/sh))
CONNECT BOB GROUP(SYS1)
PERMIT ZWES.IS CLASS(FACILITY) ID(BOB) ACCESS(UPDATE)
PERMIT 'ZWEADMIN.**' ID(ALICE) DELETE
RALTER STARTED ZWESLSTC.* STDATA(USER(BOB))
RDEFINE STARTED BOBSTC.* STDATA(USER(BOB) GROUP(SYS1))
RDEFINE FACILITY ZWES.NEW UACC(READ)
RACDCERT ID(ZWESVUSR) DELRING(ZWERING)
REMOVE ALICE GROUP(SYS1)
ALTUSER ZWESVUSR PASSWORD
"""


def read(lines, keep=None):
    return read_unload(iter(lines), "test.unload", keep)


def commands_state(deck, state=None):
    state = state or State("racf")
    results = engine.run_deck(deck, "racf", state, label="deck")
    return state, results


# -- hand-made records -------------------------------------------------------------

def test_every_record_type_reads_without_problems():
    state, report = read(HANDMADE)
    assert report.problems == [] and report.unknown == {}
    assert report.lines == len(HANDMADE) and sum(report.counts.values()) == len(HANDMADE)
    assert state.users["ZWESVUSR"]["protected"] and not state.users["ALICE"]["protected"]
    assert state.users["ZWESVUSR"]["omvs"] == {"uid": 990020, "home": "/tmp", "program": "/bin/sh"}
    assert state.groups["ZWEADMIN"]["gid"] == 990010
    assert sorted(state.users["ALICE"]["groups"]) == ["SYS1", "ZWEADMIN"]
    assert state.profiles["DATASET ZWEADMIN.**"]["acl"] == {"ALICE": "UPDATE"}
    assert state.profiles["STARTED ZWESLSTC.*"]["stdata"]["user"] == "ZWESVUSR"
    assert state.profiles["PTKTDATA IZUDFLT"]["ssignon"] is True
    assert state.profiles["GXFACILI PAYROLL"]["members"] == ["PAY.REPORTS"]
    assert state.rings["ZWESVUSR ZWERING"]["certs"] == [
        {"owner": "ZWESVUSR", "label": "ZWE CERT", "usage": "PERSONAL", "default": True}]
    assert state.cdt["MYCLASS"]["posit"] == "300" and state.cdt["MYCLASS"]["first"] == "ALPHA NATIONAL"
    assert not any(key.startswith(("DIGTCERT ", "DIGTRING ", "DIGTNMAP ", "IDIDMAP ")) for key in state.profiles)
    assert state.classes["STARTED"]["generic"] and state.classes["DATASET"]["egn"]
    assert State.from_json(state.to_json()) == state


def test_no_key_material_is_kept():
    state, _ = read(HANDMADE)
    assert "KEYMASKED" not in state.to_json() and "0123456789" not in state.to_json()


def test_imported_facts_equal_the_equivalent_commands():
    imported, _ = read(HANDMADE)
    built, results = commands_state(EQUIVALENT)
    assert all(r.outcome == "ok" for r in results), [r for r in results if r.outcome != "ok"]
    assert facts(imported) == facts(built)


def test_a_deck_from_an_imported_state_matches_the_deck_after_commands():
    imported, _ = read(HANDMADE)
    built, _ = commands_state(EQUIVALENT)
    _, after_import = commands_state(DECK, imported)
    _, after_commands = commands_state(DECK, built)
    assert [r.outcome for r in after_import] == [r.outcome for r in after_commands]
    assert all(r.outcome == "ok" for r in after_import), [r for r in after_import if r.outcome != "ok"]
    assert facts(imported) == facts(built)


def test_short_and_padded_lines_read_the_same():
    trimmed = [line.rstrip() for line in HANDMADE]
    padded = [line.ljust(4096) + "\r\n" for line in HANDMADE]
    base = facts(read(HANDMADE)[0])
    assert facts(read(trimmed)[0]) == base and facts(read(padded)[0]) == base


def test_records_in_any_order():
    assert facts(read(reversed(HANDMADE))[0]) == facts(read(HANDMADE)[0])


def test_malformed_records_are_reported_with_their_line():
    bad = HANDMADE + [
        rec("0505", 284, {6: "ZWES.IS", 253: "FACILITY", 262: "BOB", 271: "READX"}),      # line n+1: level
        "0200 TOOLONGUSER 2024-05-01",                                                   # n+2: column 14
        rec("0120", 24, {6: "ZWEADMIN", 15: "99OO"}),                                     # n+3: not a number
        "this is not a record",                                                          # n+4
        "",                                                                              # n+5
        rec("0505", 284, {6: "NOBASIC", 253: "FACILITY", 262: "ALICE", 271: "READ"}),      # n+6: no 0500
    ]
    state, report = read(bad)
    n = len(HANDMADE)
    lines = [line for line, _ in report.problems]
    assert lines == [n + 1, n + 2, n + 3, n + 4, n + 5, n + 6]
    texts = dict(report.problems)
    assert "READX" in texts[n + 1] and "column 14" in texts[n + 2] and "not a number" in texts[n + 3]
    assert "no 0400/0500 basic record" in texts[n + 6]
    assert "FACILITY NOBASIC" not in state.profiles and "BOB" not in state.profiles["FACILITY ZWES.IS"]["acl"]


def test_unknown_record_types_are_counted_never_fatal():
    extra = [rec("0204", 287, {6: "ALICE"}), rec("0204", 287, {6: "ZWESVUSR"}), rec("09ZZ", 20, {6: "X"})]
    state, report = read(extra + HANDMADE)
    assert report.unknown == {"0204": 2, "09ZZ": 1} and report.problems == []
    assert "ALICE" in state.users


def test_not_an_unload_is_refused_with_file_and_line():
    with pytest.raises(UnloadError, match=r"test.unload:1: not a RACF database unload"):
        read(["//JOB JOB 1", "0100 SYS1"])
    with pytest.raises(UnloadError, match="no RACF database unload"):
        read([])


def test_keep_holds_only_what_is_asked_for():
    wanted = {("users", "ALICE"), ("profiles", "FACILITY ZWES.IS")}
    state, report = read(HANDMADE, keep=lambda section, key: (section, key) in wanted)
    assert set(state.users) == {"ALICE"} and set(state.profiles) == {"FACILITY ZWES.IS"}
    assert not state.groups and not state.certificates and not state.rings and not state.idmaps
    assert report.problems == []


def test_a_certificate_with_no_owner_record_is_reported():
    orphan = rec("0562", 554, {6: RING, 253: "DIGTRING", 262: "00.CN=CA", 509: "CERTAUTH", 518: "NO", 523: "CA"})
    state, report = read(HANDMADE + [orphan])
    assert report.problems and report.problems[0][0] == len(HANDMADE) + 1
    assert len(state.rings["ZWESVUSR ZWERING"]["certs"]) == 1


# -- settings the state does not hold (UnloadReport.extras) --------------------------
# Columns from IBM "RACF database unload utility records" (0200 SPECIAL 40,
# OPER 45, REVOKE 50, UAUDIT 381, AUDITOR 386; 0205 GRP_SPECIAL 84, GRP_OPER
# 89, REVOKE 94, GRP_ACC 99, GRP_AUDIT 109; 0100 UNIVERSAL 359; 0400 VOL 51,
# WARNING 484, SECLEVEL 489, NOTIFY 493, SECLABEL 513; 0500 WARNING 660,
# NOTIFY 680, SECLEVEL 750, SECLABEL 1010; 0401/0502 category 58/262;
# 0402 CATYPE 58, CANAME 67, AUTH_ID 76, ACCESS 85; 0507 CATYPE 262, CANAME
# 271, AUTH_ID 280, ACCESS 289), written here, not taken from the layout table.
YES_USER = {40: "YES", 45: "YES", 50: "YES", 381: "YES", 386: "YES"}
YES_CONNECT = {84: "YES", 89: "YES", 94: "YES", 99: "YES", 109: "YES"}
YES_DATASET = {484: "YES", 489: "030", 493: "BOSS", 513: "SYSHIGH"}
YES_RESOURCE = {660: "YES", 680: "BOSS", 750: "005", 1010: "SECRET"}

EXTRA_RECORDS = [
    rec("0100", 362, {6: "SYS1", 24: "2024-05-01", 44: "NONE", 53: "NO", 359: "NO"}),
    rec("0100", 362, {6: "ADMGRP", 15: "SYS1", 24: "2024-05-01", 35: "SECADM", 44: "NONE", 53: "NO",
                      359: "YES"}),
    rec("0102", 31, {6: "ADMGRP", 15: "BOSS", 24: "JOIN"}),
    rec("0102", 31, {6: "SYS1", 15: "BOSS", 24: "USE"}),
    rec("0102", 31, {6: "SYS1", 15: "PLAIN", 24: "USE"}),
    rec("0205", 134, {6: "BOSS", 15: "ADMGRP", 24: "2024-05-01", 64: "NONE", **YES_CONNECT}),
    rec("0205", 134, {6: "BOSS", 15: "SYS1", 24: "2024-05-01", 64: "NONE", 79: "NO", 84: "YES", 89: "NO",
                      94: "NO", 99: "NO", 109: "NO"}),
    rec("0200", 648, {6: "BOSS", 15: "2024-05-01", 26: "SYS1", 35: "NO", 55: "NO", 96: "SYS1", 391: "NO",
                      **YES_USER}),
    rec("0205", 134, {6: "PLAIN", 15: "SYS1", 24: "2024-05-01", 64: "NONE", 79: "NO", 84: "NO", 89: "NO",
                      94: "NO", 99: "NO", 109: "NO"}),
    rec("0200", 648, {6: "PLAIN", 15: "2024-05-01", 26: "SYS1", 35: "NO", 40: "NO", 45: "NO", 50: "NO",
                      55: "NO", 96: "SYS1", 381: "NO", 386: "NO", 391: "NO"}),
    rec("0401", 62, {6: "BOSS.DATA", 51: "VOL001", 58: "00010"}),
    rec("0401", 62, {6: "BOSS.DATA", 51: "VOL001", 58: "00002"}),
    rec("0402", 352, {6: "BOSS.DATA", 51: "VOL001", 58: "PROGRAM", 67: "PAYPGM", 76: "ALICE", 85: "READ",
                      94: "00000"}),
    rec("0400", 532, {6: "BOSS.DATA", 51: "VOL001", 58: "NO", 63: "2024-05-01", 129: "NONE", **YES_DATASET}),
    rec("0400", 532, {6: "BOSS.NOWILD", 58: "YES", 63: "2024-05-01", 129: "NONE"}),
    rec("0400", 532, {6: "PLAIN.**", 58: "YES", 63: "2024-05-01", 129: "NONE", 484: "NO", 489: "000"}),
    rec("0500", 1017, {6: "BOSS.RES", 253: "FACILITY", 262: "NO", 337: "NONE", **YES_RESOURCE}),
    rec("0502", 266, {6: "BOSS.RES", 253: "FACILITY", 262: "00007"}),
    rec("0507", 556, {6: "BOSS.RES", 253: "FACILITY", 262: "TERMINAL", 271: "TERM01", 280: "ALICE",
                      289: "UPDATE", 298: "00000"}),
    rec("0507", 556, {6: "BOSS.RES", 253: "FACILITY", 262: "CONSOLE", 271: "MASTER", 280: "BOB",
                      289: "READ"}),
    rec("0500", 1017, {6: "BOSS.GEN", 253: "FACILITY", 262: "YES", 337: "NONE"}),
    rec("0500", 1017, {6: "PLAIN.*", 253: "FACILITY", 262: "YES", 337: "NONE", 660: "NO", 750: "000"}),
    rec("0500", 1017, {6: "PLAIN%", 253: "FACILITY", 262: "YES", 337: "NONE"}),
]

EXPECTED_EXTRAS = {
    ("groups", "ADMGRP"): {"supgroup": "SYS1", "owner": "SECADM", "universal": True},
    ("users", "BOSS"): {
        "special": True, "operations": True, "auditor": True, "revoked": True, "uaudit": True,
        "group_special": ["ADMGRP", "SYS1"], "group_operations": ["ADMGRP"], "group_auditor": ["ADMGRP"],
        "connect_revoked": ["ADMGRP"], "group_access": ["ADMGRP"], "connect_authority": {"ADMGRP": "JOIN"}},
    ("profiles", "DATASET BOSS.DATA"): {
        "discrete": True, "warning": True, "level": 30, "notify": "BOSS", "seclabel": "SYSHIGH",
        "categories": [2, 10], "conditional": [["ALICE", "READ", "PROGRAM", "PAYPGM"]]},
    ("profiles", "DATASET BOSS.NOWILD"): {"generic_no_wildcard": True},
    ("profiles", "FACILITY BOSS.RES"): {
        "warning": True, "level": 5, "notify": "BOSS", "seclabel": "SECRET", "categories": [7],
        "conditional": [["ALICE", "UPDATE", "TERMINAL", "TERM01"], ["BOB", "READ", "CONSOLE", "MASTER"]]},
    ("profiles", "FACILITY BOSS.GEN"): {"generic_no_wildcard": True},
}


def test_extras_name_each_setting_the_state_does_not_hold():
    state, report = read(EXTRA_RECORDS)
    assert report.problems == [] and report.unknown == {}
    assert {rtype: report.counts[rtype] for rtype in ("0401", "0402", "0502", "0507")} == \
        {"0401": 2, "0402": 1, "0502": 1, "0507": 2}
    assert report.extras == EXPECTED_EXTRAS


def test_default_settings_give_no_extras():
    _, report = read(EXTRA_RECORDS)
    for key in (("groups", "SYS1"), ("users", "PLAIN"), ("profiles", "DATASET PLAIN.**"),
                ("profiles", "FACILITY PLAIN.*"), ("profiles", "FACILITY PLAIN%")):
        assert key not in report.extras
    # the hand-made records hold only RACF's defaults, but for owners and a superior group
    assert read(HANDMADE)[1].extras == {("groups", "SYS1"): {"owner": "IBMUSER"},
                                        ("groups", "ZWEADMIN"): {"supgroup": "SYS1", "owner": "SYS1"}}


def blank(line, cols):
    """The record with those values (start column -> value) blanked."""
    for start, value in cols.items():
        line = line[:start - 1] + " " * len(value) + line[start - 1 + len(value):]
    return line


def test_extras_leave_the_state_as_it_was():
    extra_cols = {"0100": {359: "YES"}, "0200": YES_USER, "0205": YES_CONNECT, "0400": YES_DATASET,
                  "0500": YES_RESOURCE}
    plain = [blank(line, extra_cols.get(line[:4], {})) for line in EXTRA_RECORDS
             if line[:4] not in ("0401", "0402", "0502", "0507")]
    with_extras, _ = read(EXTRA_RECORDS)
    without, report = read(plain)
    assert report.problems == []
    assert report.extras[("users", "BOSS")] == {"connect_authority": {"ADMGRP": "JOIN"}}
    assert report.extras[("profiles", "DATASET BOSS.DATA")] == {"discrete": True}
    assert with_extras.to_json() == without.to_json()
    assert facts(with_extras) == facts(without)


def test_keep_leaves_out_the_extras_of_objects_not_kept():
    wanted = {("users", "PLAIN"), ("groups", "ADMGRP"), ("profiles", "DATASET BOSS.DATA")}
    state, report = read(EXTRA_RECORDS, keep=lambda section, key: (section, key) in wanted)
    assert report.problems == []
    assert set(report.extras) == {("groups", "ADMGRP"), ("profiles", "DATASET BOSS.DATA")}
    # BOSS is not kept: neither its 0200 nor its connections (0205, 0102) give extras
    assert ("users", "BOSS") not in report.extras and "BOSS" not in state.users


def test_category_and_conditional_records_of_a_profile_not_kept_are_ignored():
    wanted = {("profiles", "DATASET BOSS.NOWILD")}
    state, report = read(EXTRA_RECORDS, keep=lambda section, key: (section, key) in wanted)
    assert report.problems == [] and set(state.profiles) == {"DATASET BOSS.NOWILD"}
    assert report.extras == {("profiles", "DATASET BOSS.NOWILD"): {"generic_no_wildcard": True}}
    assert report.counts["0507"] == 2 and report.counts["0401"] == 2


def test_category_and_conditional_records_of_an_undefined_profile_make_nothing():
    orphans = [rec("0401", 62, {6: "NO.SUCH", 58: "00001"}),
               rec("0507", 556, {6: "NO.SUCH", 253: "FACILITY", 262: "TERMINAL", 271: "T1", 280: "ALICE",
                                 289: "READ"})]
    state, report = read(HANDMADE + orphans)
    assert report.problems == [] and "DATASET NO.SUCH" not in state.profiles
    assert not any(key[1].endswith("NO.SUCH") for key in report.extras)


def test_malformed_extras_fields_are_problems_and_leave_the_state_alone():
    bad_user = rec("0200", 648, {6: "ODD", 15: "2024-05-01", 26: "SYS1", 40: "MAY", 96: "SYS1", 391: "NO"})
    bad_condition = rec("0507", 556, {6: "BOSS.RES", 253: "FACILITY", 262: "TERMINAL", 271: "T1", 280: "ALICE",
                                      289: "READX"})
    bad_category = rec("0401", 62, {6: "BOSS.DATA", 58: "0000X"})
    state, report = read(EXTRA_RECORDS + [bad_user, bad_condition, bad_category])
    n = len(EXTRA_RECORDS)
    texts = dict(report.problems)
    assert sorted(texts) == [n + 1, n + 2, n + 3]
    assert "MAY" in texts[n + 1] and "READX" in texts[n + 2] and "not a number" in texts[n + 3]
    assert "ODD" in state.users and ("users", "ODD") not in report.extras
    assert report.extras == EXPECTED_EXTRAS


def test_extras_with_records_in_any_order():
    assert read(reversed(EXTRA_RECORDS))[1].extras == EXPECTED_EXTRAS


# -- racf-generator unloads and mfpandas -----------------------------------------------

@pytest.fixture(scope="module", params=[1, 42, 2024])
def generated(request, tmp_path_factory):
    racf_generator = pytest.importorskip("racf_generator")
    path = tmp_path_factory.mktemp("unload") / f"seed{request.param}.unload"
    racf_generator.IRRDBU00Generator(seed=request.param, profile="small").write(str(path))
    return path


def read_file(path):
    with open(path, encoding="utf-8") as handle:
        return read_unload(handle, str(path))


def test_racf_generator_unloads_read_without_problems(generated):
    state, report = read_file(generated)
    assert report.problems == []
    assert len(state.users) == report.counts["0200"] and state.profiles


def mfpandas_view(path):
    """What mfpandas 0.1.7 parses from the same file, in the reader's terms."""
    mfpandas = pytest.importorskip("mfpandas")
    parsed = mfpandas.IRRDBU00(irrdbu00=str(path))
    parsed.parse_t()

    def rows(frame, *columns):
        return [tuple(row) for row in frame[list(columns)].itertuples(index=False)] if len(frame) else []

    users = rows(parsed.users, "USBD_NAME", "USBD_DEFGRP_ID")
    connections = set(rows(parsed.groupConnect, "USGCON_NAME", "USGCON_GRP_ID"))
    connections |= {(user, group) for group, user in rows(parsed.connects, "GPMEM_NAME", "GPMEM_MEMBER_ID")}
    connections |= {(user, group) for user, group in users if group}
    profiles = {f"DATASET {name}": uacc for name, uacc in rows(parsed.datasets, "DSBD_NAME", "DSBD_UACC")}
    profiles.update({f"{cls} {name}": uacc for name, cls, uacc in
                     rows(parsed.generals, "GRBD_NAME", "GRBD_CLASS_NAME", "GRBD_UACC")
                     if cls not in ("DIGTCERT", "DIGTRING", "DIGTNMAP", "IDIDMAP")})
    access = {}
    for name, who, level in rows(parsed.datasetAccess, "DSACC_NAME", "DSACC_AUTH_ID", "DSACC_ACCESS"):
        access.setdefault(f"DATASET {name}", {})[who] = level
    for name, cls, who, level in rows(parsed.generalAccess, "GRACC_NAME", "GRACC_CLASS_NAME", "GRACC_AUTH_ID",
                                      "GRACC_ACCESS"):
        access.setdefault(f"{cls} {name}", {})[who] = level
    groups = {name for (name,) in rows(parsed.groups, "GPBD_NAME")}
    return {"users": {name for name, _ in users}, "groups": groups, "connections": connections,
            "profiles": profiles, "access": access}


def our_view(state):
    return {"users": set(state.users), "groups": set(state.groups),
            "connections": {(name, group) for name, user in state.users.items() for group in user["groups"]},
            "profiles": {key: profile["uacc"] for key, profile in state.profiles.items()},
            "access": {key: profile["acl"] for key, profile in state.profiles.items() if profile["acl"]}}


def test_what_we_read_agrees_with_mfpandas(generated):
    state, _ = read_file(generated)
    assert our_view(state) == mfpandas_view(generated)


def test_hand_made_records_agree_with_mfpandas(tmp_path):
    path = tmp_path / "handmade.unload"
    path.write_text("\n".join(HANDMADE) + "\n", encoding="utf-8")
    state, _ = read_file(path)
    assert our_view(state) == mfpandas_view(path)


def test_user_attributes_in_extras_agree_with_mfpandas(generated):
    mfpandas = pytest.importorskip("mfpandas")
    parsed = mfpandas.IRRDBU00(irrdbu00=str(generated))
    parsed.parse_t()
    _, report = read_file(generated)
    for setting, column in (("special", "USBD_SPECIAL"), ("operations", "USBD_OPER"),
                            ("auditor", "USBD_AUDITOR"), ("revoked", "USBD_REVOKE"), ("uaudit", "USBD_UAUDIT")):
        theirs = set(parsed.users.loc[parsed.users[column] == "YES", "USBD_NAME"])
        ours = {key for (section, key), settings in report.extras.items() if settings.get(setting)}
        assert ours == theirs, setting
    authority = {(user, group): auth for group, user, auth in
                 parsed.connects[["GPMEM_NAME", "GPMEM_MEMBER_ID", "GPMEM_AUTH"]].itertuples(index=False)
                 if auth != "USE"}
    assert authority and authority == {(key, group): auth for (section, key), settings in report.extras.items()
                                       for group, auth in settings.get("connect_authority", {}).items()}


# -- esmgen dry-run --unload ---------------------------------------------------------------

def write_files(tmp_path, records):
    unload = tmp_path / "racf.unload"
    unload.write_text("\n".join(records) + "\n", encoding="utf-8")
    deck = tmp_path / "deck.tso"
    deck.write_text(DECK)
    return str(deck), str(unload)


def test_dry_run_starts_from_the_unload(tmp_path):
    deck, unload = write_files(tmp_path, HANDMADE)
    result = run_cli("dry-run", deck, "--esm", "racf", "--unload", unload)
    assert result.code == 0, result.out + result.err
    assert "10 ok" in result.out and result.err == ""


def test_dry_run_warns_about_unload_problems_with_line_numbers(tmp_path):
    deck, unload = write_files(tmp_path, HANDMADE + ["garbage line"])
    result = run_cli("dry-run", deck, "--esm", "racf", "--unload", unload)
    assert result.code == 0
    assert f"warning: {unload}:{len(HANDMADE) + 1}: not an IRRDBU00 record" in result.err


def test_dry_run_unload_refusals(tmp_path):
    deck, unload = write_files(tmp_path, HANDMADE)
    other = run_cli("dry-run", deck, "--esm", "acf2", "--unload", unload)
    assert other.code == 2 and "needs --esm racf" in other.err
    for extra in (["--baseline", "empty"], ["--baseline", "zos"], ["--state", unload]):
        mixed = run_cli("dry-run", deck, "--esm", "racf", "--unload", unload, *extra)
        assert mixed.code == 2 and "cannot go with --state or --baseline" in mixed.err
    bad = run_cli("dry-run", deck, "--esm", "racf", "--unload", deck)
    assert bad.code == 2 and f"{deck}:1: not a RACF database unload" in bad.err
    missing = run_cli("dry-run", deck, "--esm", "racf", "--unload", str(tmp_path / "none"))
    assert missing.code == 2 and "cannot read the unload" in missing.err
