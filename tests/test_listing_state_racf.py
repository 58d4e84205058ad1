"""RACF verify-deck listings read into the simulator state (esmgen.listing.state.racf).

tests/listings/racf-{rlist-authuser,rlist-stdata,listuser-omvs,listgrp-omvs,
listdsd-generic-all,racdcert-list,racdcert-listring,racmap-listmap,
setropts-list-excerpt}.txt hold command output in the layouts IBM documents
and public captures show (sources: research notes issue 12, section 2:
ambitus/pyracf result samples, IBM RACDCERT/RACMAP examples); names and
values are esmgen's own. Each is wrapped here in READY + the echoed command,
as batch TSO writes it.

The synthetic SYSTSPRT of esmgen's own verify deck is written below from a
simulated state, in the same layouts.
"""

import os

import pytest

from conftest import HERE, run_cli
from esmgen import api, audit
from esmgen.listing.state.racf import read_listing
from esmgen.renderer.backends import Backend
from esmgen.simulator import engine
from esmgen.simulator.reader import read_deck
from esmgen.simulator.syntax import parse, unquote
from esmgen.tsotext import join_records

LISTINGS = os.path.join(HERE, "listings")
SAMPLES = [
    ("SETROPTS LIST", "racf-setropts-list-excerpt.txt"),
    ("RLIST FACILITY ZWES.IS AUTHUSER", "racf-rlist-authuser.txt"),
    ("RLIST STARTED ZWESLSTC.* STDATA", "racf-rlist-stdata.txt"),
    ("LISTUSER ZWESVUSR OMVS", "racf-listuser-omvs.txt"),
    ("LISTGRP ZWEADMIN OMVS", "racf-listgrp-omvs.txt"),
    ("LISTDSD DATASET('ZWE.*.**') GENERIC ALL", "racf-listdsd-generic-all.txt"),
    ("RACDCERT LIST(LABEL('ZCEE SERVER')) ID(ZCEESRV)", "racf-racdcert-list.txt"),
    ("RACDCERT LISTRING(ZCEERING) ID(ZCEESRV)", "racf-racdcert-listring.txt"),
    ("RACMAP ID(ZWESVUSR) LISTMAP(LABEL('ZOWE ADMIN MAPPING'))", "racf-racmap-listmap.txt"),
]


def block(command, output=()):
    return ["READY", command, *output]


def sample_listing(extra=()):
    lines = block("PROFILE MSGID")
    for command, name in SAMPLES:
        with open(os.path.join(LISTINGS, name), encoding="utf-8") as handle:
            lines += block(command, handle.read().splitlines())
    for command, output in extra:
        lines += block(command, output)
    return "\n".join(lines + ["READY", "END"]) + "\n"


def facts_of(text):
    state, report = read_listing(text, "test")
    return engine.state_facts(state), state, report


# -- the samples ---------------------------------------------------------------------

def test_the_samples_parse_into_the_state_they_show():
    facts, state, report = facts_of(sample_listing())
    assert report.problems == [] and report.unknown == {}
    for line in ("user ZWESVUSR", "protected ZWESVUSR", "default-group ZWESVUSR ZWEADMIN",
                 "connect ZWESVUSR ZWEADMIN", "omvs ZWESVUSR /tmp /bin/sh", "group ZWEADMIN",
                 "omvs-group ZWEADMIN", "profile FACILITY ZWES.IS", "access FACILITY ZWES.IS ZWESVUSR READ",
                 "access FACILITY ZWES.IS ZWESIUSR READ", "access FACILITY ZWES.IS IBMUSER ALTER",
                 "stc ZWESLSTC ZWESVUSR ZWEADMIN", "profile DATASET ZWE.*.**", "uacc DATASET ZWE.*.** READ",
                 "access DATASET ZWE.*.** ZWEADMIN ALTER", "cert ZCEESRV ZCEE SERVER", "cert CERTAUTH ZCEE CA",
                 "ring ZCEESRV ZCEERING", "ring-cert ZCEESRV ZCEERING PERSONAL ZCEESRV ZCEE SERVER",
                 "ring-cert ZCEESRV ZCEERING CERTAUTH CERTAUTH ZCEE CA",
                 "ring-default ZCEESRV ZCEERING ZCEESRV ZCEE SERVER", "idmap ZWESVUSR ZOWE ADMIN MAPPING",
                 "active FACILITY", "active PTKTDATA", "active ZOWE"):
        assert line in facts, line
    assert "uacc FACILITY ZWES.IS NONE" not in facts
    assert state.users["ZWESVUSR"]["omvs"]["uid"] == 990020
    assert state.groups["ZWEADMIN"]["gid"] == 990010
    assert state.profiles["STARTED ZWESLSTC.*"]["stdata"]["trusted"] == "NO"
    assert state.classes["FACILITY"] == {"active": True, "raclist": True, "generic": True, "gencmd": True}
    assert state.classes["DATASET"]["egn"] is True
    assert "active USER" not in facts and "active DATASET" not in facts
    assert state.idmaps["ZWESVUSR ZOWE ADMIN MAPPING"]["registry"] == "ldaps://ldap.example.com"


def test_not_found_messages_mean_absent():
    text = sample_listing([("LISTUSER NOBODY OMVS", ["ICH30001I UNABLE TO LOCATE USER ENTRY NOBODY"]),
                           ("LISTGRP NOGRP OMVS", ["ICH51003I NAME NOT FOUND IN RACF DATA SET"]),
                           ("RLIST FACILITY NO.SUCH AUTHUSER", ["ICH13003I NO.SUCH NOT FOUND"]),
                           ("RACDCERT LISTRING(NORING) ID(ZCEESRV)", ["IRRD114I Ring does not exist."])])
    facts, state, report = facts_of(text)
    assert report.absent == 4 and report.problems == []
    assert "NOBODY" not in state.users and "NOGRP" not in state.groups
    assert "FACILITY NO.SUCH" not in state.profiles


def test_bad_and_unknown_blocks_are_reported_never_fatal():
    text = sample_listing([("SEARCH CLASS(FACILITY)", ["ZWES.IS"]),
                           ("RLIST FACILITY BROKEN AUTHUSER", ["CLASS      NAME", "-----      ----",
                                                              "FACILITY   BROKEN", "no level line here"]),
                           ("LISTUSER ODD OMVS", ["SOMETHING ELSE ENTIRELY"]),
                           ("RLIST FACILITY SECRET", ["ICH13002I NOT AUTHORIZED TO LIST SECRET"])])
    facts, state, report = facts_of(text)
    assert report.unknown == {"SEARCH": 1}
    lines = text.splitlines()
    problems = {lines[line - 1]: why for line, why in report.problems}
    assert "no LEVEL OWNER UNIVERSAL ACCESS" in problems["RLIST FACILITY BROKEN AUTHUSER"]
    assert "no USER= line" in problems["LISTUSER ODD OMVS"]
    assert "RLIST FACILITY SECRET" in problems
    assert "user ZWESVUSR" in facts and "profile FACILITY BROKEN" not in facts


def test_rlist_ptktdata_without_ssignon_proves_no_key_and_says_so():
    out = ["CLASS      NAME", "-----      ----", "PTKTDATA   IZUDFLT", "",
           "LEVEL  OWNER      UNIVERSAL ACCESS  YOUR ACCESS  WARNING",
           "-----  --------   ----------------  -----------  -------",
           " 00    SYS1            NONE               ALTER   NO"]
    facts, _, report = facts_of(sample_listing([("RLIST PTKTDATA IZUDFLT AUTHUSER", out)]))
    assert "profile PTKTDATA IZUDFLT" in facts and "passticket IZUDFLT" not in facts
    assert any("without SSIGNON" in note for _, note in report.notes)
    out += ["", "SSIGNON INFORMATION", "-------------------", "KEYMASKED DATA NOT DISPLAYED"]
    facts, _, _ = facts_of(sample_listing([("RLIST PTKTDATA IZUDFLT SSIGNON", out)]))
    assert "passticket IZUDFLT" in facts


def test_a_print_file_with_asa_column_reads_the_same():
    text = sample_listing()
    asa = "".join(f" {line}\n" for line in text.splitlines())
    assert facts_of(asa)[0] == facts_of(text)[0]


# -- the synthetic SYSTSPRT of esmgen's own verify deck ---------------------------------

def _acl_rows(acl, header):
    rows = [header, "-" * len(header)]
    return rows + [f"{who:<9} {level:<8} 000000" for who, level in sorted(acl.items())]


def _rlist(state, cls, name, ops):
    profile = state.profiles.get(f"{cls} {name}")
    if profile is None:
        return [f"ICH13003I {name} NOT FOUND"]
    out = ["CLASS      NAME", "-----      ----", f"{cls:<10} {name}", "",
           "LEVEL  OWNER      UNIVERSAL ACCESS  YOUR ACCESS  WARNING",
           "-----  --------   ----------------  -----------  -------",
           f" 00    SYS1            {profile['uacc']}               ALTER   NO", "",
           "INSTALLATION DATA", "-----------------", "NONE", ""]
    if "AUTHUSER" in ops:
        out += _acl_rows(profile["acl"], "USER      ACCESS   ACCESS COUNT")
    if "STDATA" in ops and profile["stdata"] is not None:
        out += ["", "STDATA INFORMATION", "------------------"]
        out += [f"{key}= {profile['stdata'].get(key.lower(), '')}" for key in ("USER", "GROUP", "TRUSTED")]
    if "SSIGNON" in ops and profile.get("ssignon"):
        out += ["", "SSIGNON INFORMATION", "-------------------", "KEYMASKED DATA NOT DISPLAYED"]
    return out


def _listuser(state, name):
    user = state.users.get(name)
    if user is None:
        return [f"ICH30001I UNABLE TO LOCATE USER ENTRY {name}"]
    attributes = "PROTECTED" if user["protected"] else "NONE"
    out = [f"USER={name:<8} NAME={'ESMGEN TEST':<20} OWNER=SYS1      CREATED=24.120",
           f" DEFAULT-GROUP={user['default_group']} PASSDATE=N/A    PASS-INTERVAL=N/A PHRASEDATE=N/A",
           f" ATTRIBUTES={attributes}"]
    for group in user["groups"]:
        out += [f"  GROUP={group:<8}  AUTH=USE      CONNECT-OWNER=SYS1      CONNECT-DATE=24.120",
                "    CONNECTS=    00  UACC=NONE     LAST-CONNECT=UNKNOWN"]
    omvs = user["omvs"]
    if omvs:
        out += ["", "OMVS INFORMATION", "----------------", f"UID= {omvs['uid']:010d}",
                f"HOME= {omvs['home']}", f"PROGRAM= {omvs['program']}"]
    return out


def _listgrp(state, name):
    group = state.groups.get(name)
    if group is None:
        return ["ICH51003I NAME NOT FOUND IN RACF DATA SET"]
    out = [f"INFORMATION FOR GROUP {name}", "    SUPERIOR GROUP=SYS1         OWNER=SYS1        CREATED=24.120"]
    if group["gid"] is not None:
        out += ["", "OMVS INFORMATION", "----------------", f"GID= {group['gid']:010d}"]
    return out


def _listdsd(state, name, ops):
    profile = state.profiles.get(f"DATASET {name}")
    if profile is None:
        return [f"ICH35003I NO RACF DESCRIPTION FOUND FOR {name}"]
    out = [f"INFORMATION FOR DATASET {name} (G)", "",
           "LEVEL  OWNER    UNIVERSAL ACCESS   WARNING   ERASE",
           "-----  -------- ----------------   -------   -----",
           f" 00    ZWE             {profile['uacc']}          NO      NO", ""]
    if "AUTHUSER" in ops or "ALL" in ops:
        out += ["   ID     ACCESS", "--------  -------"]
        out += [f"{who:<9} {level}" for who, level in sorted(profile["acl"].items())]
    return out


def _setropts(state):
    def listed(flag):
        names = sorted(c for c, o in state.classes.items() if o.get(flag))
        return [" ".join(names[i:i + 8]) for i in range(0, len(names), 8)] or ["NONE"]
    out = []
    for title, flag in (("ACTIVE CLASSES", "active"), ("GENERIC PROFILE CLASSES", "generic"),
                        ("SETR RACLIST CLASSES", "raclist")):
        first, *rest = listed(flag)
        out += [f"{title} =  {first}", *rest]
    if state.classes.get("DATASET", {}).get("egn"):
        out.append("ENHANCED GENERIC NAMING IS IN EFFECT")
    return out


def _racdcert(state, ops):
    names = {op.name: op for op in ops}
    owner = unquote(names["ID"].value) if "ID" in names else "CERTAUTH"
    if "LISTRING" in names:
        ring = state.rings.get(f"{owner} {names['LISTRING'].value}")
        if ring is None:
            return ["IRRD114I Ring does not exist."]
        out = [f"Digital ring information for user {owner}:", "", "  Ring:", f"       >{ring['name']}<",
               "  Certificate Label Name             Cert Owner     USAGE      DEFAULT",
               "  --------------------------------   ------------   --------   -------"]
        for cert in ring["certs"]:
            who = cert["owner"] if cert["owner"] in ("CERTAUTH", "SITE") else f"ID({cert['owner']})"
            out.append(f"  {cert['label']:<32}   {who:<12}   {cert['usage']:<8}   {'YES' if cert['default'] else 'NO'}")
        return out
    label = unquote(parse("X " + names["LIST"].value)[1][0].value)
    if f"{owner} {label}" not in state.certificates:
        return ["IRRD107I No matching certificate was found for this user."]
    who = "CERTAUTH" if owner == "CERTAUTH" else f"user {owner}"
    return [f"Digital certificate information for {who}:", "", f"  Label: {label}", "  Status: TRUST"]


def systsprt(deck, state, ssignon=False):
    """The SYSTSPRT a verify deck would give on this state, in IBM's layouts."""
    lines, records = [], []
    for record in deck.splitlines():
        if not record.strip() or record.lstrip().startswith("/*"):
            continue
        records.append(record)
        if record.rstrip().endswith(("-", "+")):
            continue
        command = join_records(records)
        verb, ops = parse(command)
        words = {op.name for op in ops}
        if ssignon and verb == "RLIST" and ops[0].name == "PTKTDATA":
            words.add("SSIGNON")
            records[-1] += " SSIGNON"
        output = {"RLIST": lambda: _rlist(state, ops[0].name, ops[1].text, words),
                  "LISTUSER": lambda: _listuser(state, ops[0].text),
                  "LISTGRP": lambda: _listgrp(state, ops[0].text),
                  "LISTDSD": lambda: _listdsd(state, unquote(ops[0].value), words),
                  "SETROPTS": lambda: _setropts(state),
                  "RACDCERT": lambda: _racdcert(state, ops)}.get(verb, lambda: [])()
        lines += ["READY", *records, *output]
        records = []
    return "\n".join(lines + ["READY", "END"]) + "\n"


@pytest.fixture(scope="module")
def verify_case():
    loaded = api.load(api.Inputs(components=["all"]))
    setup = api.render(loaded, "racf", "setup", "tso")
    verify = api.render(loaded, "racf", "verify", "tso")
    state = engine.baseline_state("racf", "zos")
    assert engine.succeeded(engine.run_deck(setup, "racf", state))
    required = Backend("racf", loaded.doc).required_facts(api.model_for(loaded, esm="racf"))
    return verify, state, required


def test_the_verify_listing_after_setup_audits_clean(verify_case, tmp_path):
    verify, state, required = verify_case
    text = systsprt(verify, state, ssignon=True)
    facts, _, report = facts_of(text)
    assert report.problems == [], report.problems
    result = audit.compare(required, facts)
    assert result.clean(), [f for f in result.requirements if f.status != audit.PRESENT] + result.extra
    path = tmp_path / "verify.txt"
    path.write_text(text)
    cli = run_cli("audit", "--esm", "racf", "--listing", str(path), "--component", "all")
    assert cli.code == 0, cli.out + cli.err


def test_the_verify_deck_as_rendered_proves_passticket_keys(verify_case):
    # the verify deck asks RLIST PTKTDATA ... SSIGNON, so the listing shows the key is set
    verify, state, required = verify_case
    assert any(c.text.startswith("RLIST PTKTDATA") and c.text.endswith(" SSIGNON")
               for c in read_deck(verify).commands)
    facts, _, _ = facts_of(systsprt(verify, state))
    result = audit.compare(required, facts)
    assert [f.fact for f in result.requirements if f.status != audit.PRESENT] == []


def test_a_missing_user_and_a_wrong_level_are_missing_and_different(verify_case, tmp_path):
    verify, state, required = verify_case
    drifted = state.copy()
    del drifted.users["ZWESIUSR"]
    drifted.profiles["FACILITY ZWES.IS"]["acl"]["ZWESVUSR"] = "UPDATE"
    path = tmp_path / "drift.txt"
    path.write_text(systsprt(verify, drifted, ssignon=True))
    cli = run_cli("audit", "--esm", "racf", "--listing", str(path), "--component", "all", "--format", "json")
    assert cli.code == 1, cli.out + cli.err
    import json
    statuses = {r["fact"]: r for r in json.loads(cli.out)["requirements"]}
    assert statuses["user ZWESIUSR"]["status"] == "missing"
    assert statuses["access FACILITY ZWES.IS ZWESVUSR READ"]["status"] == "different"
    assert "UPDATE" in statuses["access FACILITY ZWES.IS ZWESVUSR READ"]["actual"]


# -- CLI routes and bad input -------------------------------------------------------------

def test_plan_and_dry_run_take_a_listing(verify_case, tmp_path):
    verify, state, _ = verify_case
    path = tmp_path / "verify.txt"
    path.write_text(systsprt(verify, state, ssignon=True))
    deck = tmp_path / "verify.tso"
    deck.write_text(verify)
    dry = run_cli("dry-run", str(deck), "--esm", "racf", "--listing", str(path), "--facts")
    assert dry.code == 0, dry.out + dry.err
    assert "user ZWESVUSR" in dry.out
    plan = run_cli("plan", "--esm", "racf", "--listing", str(path), "--component", "all", "--format", "tso")
    assert plan.code in (0, 1), plan.out + plan.err
    assert "Traceback" not in plan.err


@pytest.mark.parametrize("args, message", [
    (["audit", "--esm", "racf"], "give one of --state FILE, --unload FILE or --listing FILE"),
    (["plan", "--esm", "racf", "--listing", "L", "--state", "S"], "give one of"),
])
def test_exactly_one_state_source(args, message):
    result = run_cli(*args)
    assert result.code == 2 and message in result.out + result.err


def test_bad_listing_input_exits_2_without_traceback(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("this is no listing\n")
    for args in (["audit", "--esm", "racf", "--listing", str(path)],
                 ["plan", "--esm", "racf", "--listing", str(path)],
                 ["dry-run", str(path), "--esm", "racf", "--listing", str(path)]):
        result = run_cli(*args)
        assert result.code == 2, args
        assert "no READY prompt" in result.err and "Traceback" not in result.err
    missing = run_cli("audit", "--esm", "racf", "--listing", str(tmp_path / "nope.txt"))
    assert missing.code == 2


def test_dry_run_listing_conflicts(tmp_path):
    path = tmp_path / "l.txt"
    path.write_text(sample_listing())
    result = run_cli("dry-run", str(path), "--esm", "racf", "--listing", str(path), "--baseline", "zos")
    assert result.code == 2 and "--listing is the starting state" in result.out + result.err
