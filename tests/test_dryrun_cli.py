"""esmgen dry-run and explain --facts on the command line."""
import pytest

import json

from conftest import run_cli


def render_to(tmp_path, *args):
    path = tmp_path / "deck.jcl"
    assert run_cli("render", "--out", str(path), *args).code == 0
    return str(path)


def egn_state(tmp_path):
    """An otherwise empty RACF database with SETROPTS EGN: esmgen's deck writes
    ZWE.*.** and leaves EGN to the site (a new database has NOEGN)."""
    path = tmp_path / "egn.json"
    path.write_text(json.dumps({"esm": "racf", "classes": {"DATASET": {
        "active": False, "raclist": False, "generic": False, "egn": True}}}))
    return str(path)


def test_dry_run_text_and_exit_status(tmp_path):
    deck = render_to(tmp_path, "--esm", "racf")
    result = run_cli("dry-run", deck, "--esm", "racf", "--state", egn_state(tmp_path))
    # OMVSAPPL may not be defined: on an empty system its PERMIT finds
    # nothing, which the deck plans (the class then does not protect it)
    assert result.code == 0
    assert "expected    PERMIT OMVSAPPL CLASS(APPL) ID(ZWESVUSR) ACCESS(READ)" in result.out
    assert "not-found, as the deck plans: ICH06004I" in result.out
    assert result.out.splitlines()[-1].startswith("46 commands: 1 expected, 45 ok")
    unplanned = tmp_path / "hand.tso"
    unplanned.write_text("PERMIT OMVSAPPL CLASS(APPL) ID(ZWESVUSR) ACCESS(READ)\n")
    assert run_cli("dry-run", str(unplanned), "--esm", "racf").code == 1      # a hand-written deck: strict


def test_baseline_zos_has_what_the_catalog_expects(tmp_path):
    deck = render_to(tmp_path, "--esm", "racf")
    result = run_cli("dry-run", deck, "--esm", "racf", "--baseline", "zos")
    assert result.code == 0 and "ok          PERMIT OMVSAPPL" in result.out
    assert run_cli("dry-run", deck, "--esm", "racf", "--baseline", "zos", "--state", deck).code == 2


def test_dry_run_json_and_saved_state(tmp_path):
    deck = render_to(tmp_path, "--esm", "racf", "--component", "zowe-core")
    saved = tmp_path / "state.json"
    result = run_cli("dry-run", deck, "--esm", "racf", "--format", "json", "--save-state", str(saved))
    assert result.code == 0, result.out
    report = json.loads(result.out)
    first = report["results"][0]
    assert (first["command"], first["outcome"]) == ("PROFILE MSGID", "ok") and first["line"] > 1
    assert set(report["results"][1]) == {"line", "command", "outcome", "message"}
    again = run_cli("dry-run", deck, "--esm", "racf", "--state", str(saved), "--format", "json")
    assert again.code == 0
    assert {r["outcome"] for r in json.loads(again.out)["results"]} == {"ok", "expected"}


def test_facts_of_dry_run_and_explain_compare(tmp_path):
    deck = render_to(tmp_path, "--esm", "racf", "--component", "zowe-core", "--component", "zis")
    state_facts = run_cli("dry-run", deck, "--esm", "racf", "--facts").out
    wanted = run_cli("explain", "--esm", "racf", "--facts", "--component", "zowe-core",
                     "--component", "zis").out
    assert state_facts == wanted
    assert "access FACILITY ZWES.IS ZWESVUSR READ\n" in wanted
    assert "stc ZWESLSTC ZWESVUSR ZWEADMIN\n" in wanted


def test_explain_facts_needs_an_esm():
    result = run_cli("explain", "--facts")
    assert result.code == 2 and "--facts needs --esm" in result.err


def test_unusable_input_exits_2(tmp_path):
    missing = run_cli("dry-run", str(tmp_path / "none.jcl"), "--esm", "racf")
    assert missing.code == 2 and "cannot read" in missing.err
    deck = render_to(tmp_path, "--esm", "racf")
    state = tmp_path / "state.json"
    state.write_text("{not json")
    bad_state = run_cli("dry-run", deck, "--esm", "racf", "--state", str(state))
    assert bad_state.code == 2 and "not a saved esmgen state" in bad_state.err
    other = tmp_path / "acf2.json"
    other.write_text('{"esm": "acf2"}')
    wrong = run_cli("dry-run", deck, "--esm", "racf", "--state", str(other))
    assert wrong.code == 2 and "for acf2, not racf" in wrong.err
    job = tmp_path / "nosysin.jcl"
    job.write_text("//J JOB 1\n//S EXEC PGM=IEFBR14\n")
    assert run_cli("dry-run", str(job), "--esm", "racf").code == 2


def test_a_wrong_type_code_in_the_spec_tables_shows_in_the_facts(tmp_path):
    # the simulator knows ACF2's type codes itself: a spec that files FACILITY
    # rules under FCX gets rules no FACILITY check reads, and the facts say so
    spec = tmp_path / "spec.yaml"
    spec.write_text("""esmgen: 1
esm_tables:
  acf2: {classes: {FACILITY: {type: FCX}}}
components:
  c:
    purpose: test
    default: true
    users: [{name: USER1}]
    profiles:
      - class: FACILITY
        name: APP.RES
        grants: [{id: USER1, access: READ}]
""")
    deck = render_to(tmp_path, "--esm", "acf2", "--profiles", str(spec))
    found = run_cli("dry-run", deck, "--esm", "acf2", "--facts").out
    assert "access ?FCX APP.RES USER1 READ" in found
    assert "access FACILITY APP.RES USER1 READ" in run_cli("explain", "--esm", "acf2", "--facts", "--profiles", str(spec)).out


@pytest.mark.parametrize("text", [
    "[]", '{"esm": "racf", "users": []}', '{"esm": "racf", "users": {"A": 5}}', '{"esm": "zos"}',
    "[" * 100000 + "]" * 100000, '{"esm": "tss", "stc_table": {"P": {"acid": "X"}}}', "not json",
])
def test_a_hostile_state_is_refused_cleanly(tmp_path, text):
    state = tmp_path / "state.json"
    state.write_text(text)
    deck = tmp_path / "deck.tso"
    deck.write_text("ADDUSER A\n")
    result = run_cli("dry-run", str(deck), "--esm", "racf", "--state", str(state))
    assert result.code == 2 and "not a saved esmgen state" in result.err or "is for" in result.err, result.err
    assert "Traceback" not in result.err


def test_decks_and_listings_come_from_stdin():
    import subprocess
    import sys
    deck = "ADDUSER ALICE\nADDUSER ALICE\n"
    result = subprocess.run([sys.executable, "-m", "esmgen", "dry-run", "-", "--esm", "racf"],
                            input=deck, capture_output=True, text=True)
    assert result.returncode == 1 and "exists" in result.stdout     # unmarked: judged strictly
    listing = "READY\nADDUSER ALICE\nREADY\nEND\n"
    result = subprocess.run([sys.executable, "-m", "esmgen", "check-output", "-", "--esm", "racf"],
                            input=listing, capture_output=True, text=True)
    assert result.returncode == 0 and "PASSED" in result.stdout
