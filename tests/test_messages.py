"""The message tables of check-output and a site's --messages file (issue 9 item 6).

The *-setup-first-run.txt and *-setup-failures.txt listings are synthetic
(each says so at its top): the setup decks esmgen renders, answered with the
documented messages of each ESM.
"""

import json
import os
import re

import pytest

from conftest import run_cli
from esmgen import esms
from esmgen.listing import check as checkout
from esmgen.listing.check import check_listing, failed, load_site_messages, load_table
from esmgen.errors import SpecError

LISTINGS = os.path.join(os.path.dirname(__file__), "listings")


def listing(name):
    with open(os.path.join(LISTINGS, name), encoding="utf-8") as handle:
        return handle.read()


def outcomes(name, esm, table=None):
    """[(verb, outcome)] of a listing; the verb of a TSS command is its function."""
    return [(checkout.verb_of(r.command, checkout.Table({}, {})), r.outcome)
            for r in check_listing(listing(name), esm, table=table)]


# -- the tables ------------------------------------------------------------------------

@pytest.mark.parametrize("esm", esms.NAMES)
def test_every_id_is_a_message_id_with_a_source(esm):
    table = load_table(esm)
    assert table.entries
    for ident, entry in table.entries.items():
        assert ident == entry.id and checkout.MESSAGE_ID.fullmatch(ident), ident
        assert checkout.message_id(f"{ident} SOME TEXT") == ident
        assert entry.source.strip() and entry.source != "site", ident
        # a URL (or a named public listing) for every entry
        assert re.search(r"https://\S+", entry.source), ident
        for match in entry.matches:
            assert match.outcome in checkout.OUTCOMES


def test_the_table_files_document_their_format():
    with open(os.path.join(checkout.MESSAGES_DIR, "racf.yaml"), encoding="utf-8") as handle:
        head = handle.read().split("\nesm:")[0]
    for word in ("id:", "outcome:", "verbs:", "match:", "pattern:", "source:", "WHOLE", "--messages"):
        assert word in head
    for esm in ("acf2", "tss"):
        with open(os.path.join(checkout.MESSAGES_DIR, f"{esm}.yaml"), encoding="utf-8") as handle:
            assert "racf.yaml" in handle.read().split("\nesm:")[0]


def test_protected_user_and_authority_messages():
    # the two ids of the issue: ICH01024I is what every ADDUSER ... NOPASSWORD prints
    text = ("READY\nADDUSER ZWESVUSR DFLTGRP(ZWEADMIN) NOPASSWORD\n"
            "ICH01024I User ZWESVUSR is defined as PROTECTED.\n"
            "READY\nADDGROUP ZWEADMIN\nICH00007I TEXT NOT DOCUMENTED IN ANY SOURCE FOUND\nREADY\n")
    # ICH00007I: no public source gives it, so it stays unknown (a site can add it)
    assert [r.outcome for r in check_listing(text, "racf")] == ["ok", "unknown"]


def test_match_patterns_fit_the_whole_text():
    entry = load_table("racf").entries["IKJ56702I"]
    assert entry.outcome_for("ADDUSER", "IKJ56702I INVALID USERID, ZWESVUSR") == "exists"
    # not a prefix search: "INVALID USERIDS..." is not "INVALID USERID,"
    assert entry.outcome_for("ADDUSER", "IKJ56702I INVALID USERIDS ZWESVUSR") == "error"
    # blanks squeezed and case ignored before matching
    assert entry.outcome_for("ADDUSER", "IKJ56702I   invalid userid,   ZWESVUSR") == "exists"
    assert checkout.message_text(" IKJ56702I  INVALID  GROUP,  G ") == "INVALID GROUP, G"


def test_class_not_in_the_cdt_and_product_not_active():
    text = ("READY\nRDEFINE ZOWE ZWES.IS UACC(NONE)\nIKJ56702I INVALID CLASS, ZOWE\n"
            "IKJ56701I MISSING ENTITY NAME+\n"
            "READY\nPERMIT X CLASS(FACILITY) ID(U) ACCESS(READ)\nICH06019I WARNING: Class FACILITY is not currently active.\n"
            "READY\nADDUSER U\nIRR418I RACF PRODUCT DISABLED\nREADY\n")
    assert [r.outcome for r in check_listing(text, "racf")] == ["error", "ok", "error"]
    # the other ESMs' commands on a system without that product
    assert [r.outcome for r in check_listing("READY\nTSS LIST(X)\nIKJ56500I COMMAND TSS NOT FOUND\n", "tss")] == [
        "unknown-command"]
    assert [r.outcome for r in check_listing("READY\nACF\nIKJ56500I COMMAND ACF NOT FOUND\n", "acf2")] == [
        "unknown-command"]


def test_tss_acid_missing_depends_on_the_function():
    entry = load_table("tss").entries["TSS0314E"]
    assert [entry.outcome_for(f) for f in ("LIST", "DELETE", "REVOKE", "REMOVE")] == ["not-found"] * 4
    assert [entry.outcome_for(f) for f in ("ADD", "ADDTO", "REPLACE", "PERMIT")] == ["error"] * 4


# -- esmgen's setup decks, first run and usual failures --------------------------------

@pytest.mark.parametrize("esm", esms.NAMES)
def test_clean_first_run_of_the_setup_deck_passes(esm):
    results = check_listing(listing(f"{esm}-setup-first-run.txt"), esm)
    assert len(results) > 30
    assert {r.outcome for r in results} == {"ok"}, [(r.command, r.messages) for r in results if r.outcome != "ok"]
    assert not failed(results)
    assert run_cli("check-output", os.path.join(LISTINGS, f"{esm}-setup-first-run.txt"), "--esm", esm).code == 0


def test_racf_first_run_every_adduser_is_protected_and_ok():
    adds = [r for r in check_listing(listing("racf-setup-first-run.txt"), "racf") if r.command.startswith("ADDUSER")]
    assert len(adds) == 2
    for result in adds:
        assert result.outcome == "ok" and result.messages[0].startswith("ICH01024I User ")


def test_racf_setup_failures():
    assert outcomes("racf-setup-failures.txt", "racf") == [
        ("PROFILE", "ok"),
        ("ADDGROUP", "error"),           # IRR52183I: AUTOGID needs SHARED.IDS
        ("ALTGROUP", "not-found"),       # ICH20019I
        ("ADDUSER", "not-authorized"),   # ICH01005I
        ("CONNECT", "error"),            # ICH51003I + ICH02003I: user and group missing
        ("ALTUSER", "not-found"),        # ICH21009I
        ("RDEFINE", "not-authorized"),   # ICH10103I
        ("RDEFINE", "not-authorized"),   # ICH10202I
        ("ADDSD", "error"),              # ICH09006I: the prefix is not a user or group
        ("PERMIT", "error"),             # ICH06007I: the ID() is not defined
        ("PERMIT", "not-authorized"),    # ICH06006I
        ("PERMIT", "not-found"),         # ICH06004I: the profile is not defined
        ("SETROPTS", "not-authorized"),  # ICH14015I
    ]
    assert failed(check_listing(listing("racf-setup-failures.txt"), "racf"))


def test_tss_setup_failures():
    assert outcomes("tss-setup-failures.txt", "tss") == [
        ("PROFILE", "ok"),
        ("CREATE", "not-authorized"),   # TSS0301I + TSS0207E
        ("CREATE", "error"),            # TSS0364E + TSS0301I: department missing
        ("ADD", "error"),               # TSS0314E on ADD: the ACID it needs is missing
        ("CREATE", "error"),
        ("REPLACE", "error"),
        ("ADD", "error"),
        ("ADD", "error"),
        ("REVOKE", "not-found"),        # TSS0314E on REVOKE: nothing there
        ("PERMIT", "not-authorized"),
    ]


def test_acf2_setup_failures():
    results = check_listing(listing("acf2-setup-failures.txt"), "acf2")
    assert [(r.command.split()[0], r.outcome) for r in results] == [
        ("PROFILE", "ok"), ("ACF", "ok"), ("SET", "ok"), ("CHANGE", "not-found"), ("SET", "ok"),
        ("CHANGE", "not-found"), ("F", "not-authorized"), ("F", "not-authorized"), ("END", "ok")]
    assert failed(results)


def test_cli_failures_exit_1_with_json_outcomes():
    result = run_cli("check-output", os.path.join(LISTINGS, "tss-setup-failures.txt"), "--esm", "tss",
                     "--format", "json")
    assert result.code == 1
    assert json.loads(result.out)["summary"]["not-authorized"] == 2


# -- a site's --messages file ------------------------------------------------------------

SITE = """\
# this site's own ids
esm: racf
messages:
  - id: ICH00007I
    text: not authorized to add the group (seen on our system)
    outcome: not-authorized
    source: site
  - id: ICH06004I
    # a PERMIT to a profile that is not there is an error in a setup run here
    outcome: error
    source: site (RACF team decision)
  - id: IKJ56702I
    outcome: error
    match:
      - pattern: 'INVALID USERID,.*'
        outcome: not-found
        verbs: {ADDUSER: exists}
    source: site
"""


def test_site_entries_add_and_override(tmp_path):
    path = tmp_path / "site.yaml"
    path.write_text(SITE)
    table = load_site_messages(str(path), "RACF")
    assert table.entries["ICH00007I"].outcome == "not-authorized"          # added
    assert table.entries["ICH06004I"].outcome == "error"                   # overridden
    assert table.entries["ICH01024I"] is load_table("racf").entries["ICH01024I"]   # kept
    assert table.aliases == load_table("racf").aliases
    text = ("READY\nADDGROUP ZWEADMIN\nICH00007I SOME TEXT\n"
            "READY\nPERMIT OMVSAPPL CLASS(APPL) ID(U) ACCESS(READ)\nICH06004I OMVSAPPL NOT DEFINED TO RACF\n"
            "READY\nADDUSER U\nIKJ56702I INVALID USERID, U\n"
            "READY\nDG G\nIKJ56702I INVALID GROUP, G\nREADY\n")
    assert [r.outcome for r in check_listing(text, "racf", table=table)] == ["not-authorized", "error", "exists", "error"]
    # esmgen's own tables are not changed by a site file
    assert [r.outcome for r in check_listing(text, "racf")] == ["unknown", "not-found", "exists", "error"]


def test_cli_messages_option(tmp_path):
    site = tmp_path / "site.yaml"
    site.write_text(SITE)
    text = tmp_path / "listing.txt"
    text.write_text("READY\nADDGROUP ZWEADMIN\nICH00007I SOME TEXT\nREADY\n")
    without = run_cli("check-output", str(text), "--esm", "racf")
    assert without.code == 1 and without.out.startswith("unknown")
    with_site = run_cli("check-output", str(text), "--esm", "racf", "--messages", str(site), "-f", "json")
    assert with_site.code == 1 and json.loads(with_site.out)["commands"][0]["outcome"] == "not-authorized"
    ok_site = tmp_path / "ok.yaml"
    ok_site.write_text("messages:\n  - {id: ICH00007I, outcome: ok, source: site}\n")
    assert run_cli("check-output", str(text), "--esm", "racf", "-m", str(ok_site)).code == 0


BAD = [
    ("[1, 2]\n", "1:1", "a message table is a mapping"),
    ("messages:\n  - id: ICH1\n    outcome: ok\n    source: site\n", "2:9", "is not a message id"),
    ("messages:\n  - id: ich00007i\n    outcome: ok\n    source: site\n", "2:9", "is not a message id"),
    ("messages:\n  - id: ICH00007I\n    outcome: fine\n    source: site\n", "3:14", "outcome 'fine'"),
    ("messages:\n  - id: ICH00007I\n    outcome: ok\n", "2:5", "needs a source"),
    ("messages:\n  - id: ICH00007I\n    outcome: ok\n    source: '  '\n", "4:13", "needs a source"),
    ("messages:\n  - id: ICH00007I\n    outcome: ok\n    source: site\n    sorce: x\n", "5:12", "unknown key 'sorce'"),
    ("messages:\n  - {id: ICH00007I, outcome: ok, source: site}\n  - {id: ICH00007I, outcome: error, source: site}\n",
     "3:10", "ICH00007I is listed twice"),
    ("messages:\n  - id: ICH00007I\n    outcome: ok\n    source: site\n    match:\n      - pattern: 'INVALID (USERID'\n"
     "        outcome: error\n", "6:18", "not a regular expression"),
    ("messages:\n  - id: ICH00007I\n    outcome: ok\n    source: site\n    verbs: {ADD USER: ok}\n", "5:23",
     "is not a single word"),
    ("esm: tss\nmessages: []\n", "1:6", "this table is for 'tss', not racf"),
    ("mesages: []\n", "1:10", "unknown key 'mesages'"),
    ("messages: {id: X}\n", "1:11", "`messages` must be a list"),
    ("messages:\n  - id: [ICH00007I\n", "3:1", "YAML syntax error"),
]


@pytest.mark.parametrize("text, where, message", BAD, ids=[b[2] for b in BAD])
def test_bad_site_files_name_the_place(tmp_path, text, where, message):
    path = tmp_path / "site.yaml"
    path.write_text(text)
    with pytest.raises(SpecError) as info:
        load_site_messages(str(path), "racf")
    shown = str(info.value)
    assert shown.startswith(f"{path}:{where}") and message in shown, shown
    listing_file = tmp_path / "listing.txt"
    listing_file.write_text("READY\nPROFILE MSGID\nREADY\n")
    result = run_cli("check-output", str(listing_file), "--esm", "racf", "--messages", str(path))
    assert result.code == 2 and result.err.startswith(f"{path}:") and "Traceback" not in result.err


def test_site_file_limits_come_from_the_loader(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(7))
    path = tmp_path / "bomb.yaml"
    path.write_text(bomb)
    result = run_cli("check-output", str(path), "--esm", "racf", "--messages", str(path))
    assert result.code == 2 and result.err.startswith(f"{path}:") and "alias" in result.err
    missing = run_cli("check-output", str(path), "--esm", "racf", "--messages", str(tmp_path / "none.yaml"))
    assert missing.code == 2 and "cannot read file" in missing.err
