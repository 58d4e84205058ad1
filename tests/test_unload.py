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
