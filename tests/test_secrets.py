"""Secrets: PassTicket keys come from the environment or --secrets, and appear
only in setup decks."""

import os

import pytest

from conftest import TEST_SECRETS, run_cli
from esmgen import esms

KEYS = tuple(TEST_SECRETS.values())
PT = ("--component", "passtickets", "--component", "zowe-core")


@pytest.fixture
def no_env_secrets(monkeypatch):
    for name in TEST_SECRETS:
        monkeypatch.delenv(name)


@pytest.mark.parametrize("esm", esms.NAMES)
def test_setup_deck_carries_the_keys(esm):
    text = run_cli("render", "--esm", esm, "--format", "tso", *PT).out
    assert all(key in text for key in KEYS)


@pytest.mark.parametrize("esm", esms.NAMES)
@pytest.mark.parametrize("kind", ["verify", "undo"])
def test_other_decks_never_do(esm, kind):
    result = run_cli("render", "--esm", esm, "--kind", kind, *PT)
    assert result.code == 0 and not any(key in result.out for key in KEYS)


def test_reports_never_do(tmp_path):
    outputs = [run_cli("explain", *PT).out, run_cli("explain", "--esm", "tss", "--facts", *PT).out,
               run_cli("components").out]
    spec = tmp_path / "new.yaml"
    from esmgen import resources
    spec.write_text(open(resources.catalog_path()).read().replace("  passtickets:\n    default: false",
                                                                 "  passtickets:\n    default: true"))
    outputs.append(run_cli("diff", resources.catalog_path(), str(spec)).out)
    assert "IRRPTAUTH" in outputs[0] and "IZUDFLT" in outputs[-1]
    assert not any(key in text for text in outputs for key in KEYS)


def test_dry_run_state_does_not_keep_keys(tmp_path):
    deck = tmp_path / "setup.jcl"
    assert run_cli("render", "--esm", "racf", "--out", str(deck), *PT).code == 0
    state = tmp_path / "state.json"
    run_cli("dry-run", str(deck), "--esm", "racf", "--save-state", str(state))
    saved = state.read_text()
    assert '"ssignon": true' in saved and not any(key in saved for key in KEYS)


def test_missing_secret_fails_setup_with_exit_2(tmp_path, no_env_secrets):
    out = tmp_path / "deck.jcl"
    result = run_cli("render", "--esm", "racf", "--out", str(out), *PT)
    assert result.code == 2 and "ESMGEN_SECRET_ZOSMF_PTKT_KEY" in result.err
    assert not out.exists()
    assert run_cli("render", "--esm", "racf", "--kind", "verify", *PT).code == 0


def test_secrets_file_and_bad_value(tmp_path, no_env_secrets):
    good = tmp_path / "secrets.yaml"
    good.write_text("zosmf_ptkt_key: 00112233445566AA\ncics_ptkt_key: 'a1b2c3d4e5f60718'\n")
    result = run_cli("render", "--esm", "acf2", "--format", "tso", "--secrets", str(good), *PT)
    assert result.code == 0 and "SSKEY(00112233445566AA)" in result.out and "SSKEY(A1B2C3D4E5F60718)" in result.out
    bad = tmp_path / "bad.yaml"
    bad.write_text("zosmf_ptkt_key: NOTAKEY12345\ncics_ptkt_key: 00112233445566AA\n")
    result = run_cli("render", "--esm", "tss", "--secrets", str(bad), *PT)
    assert result.code == 2 and "bad.yaml:1:" in result.err and "16 hexadecimal digits" in result.err
    assert "NOTAKEY12345" not in result.err


def test_passticket_only_on_ptktdata(tmp_path):
    spec = tmp_path / "s.yaml"
    spec.write_text("""esmgen: 1
components:
  c:
    purpose: test
    default: true
    profiles:
      - {class: FACILITY, name: APP.X, passticket: {key: k}}
""")
    result = run_cli("validate", "--profiles", str(spec))
    assert result.code == 2 and "passticket goes only on a PTKTDATA profile" in result.err


def test_deck_sets_hold_placeholders_unless_asked(tmp_path):
    out = tmp_path / "decks"
    result = run_cli("render", "--esm", "racf", "--out-dir", str(out), *PT)
    assert result.code == 0, result.err
    setup = (out / "RACFSET").read_text()
    assert "placeholder" in setup and not any(key in setup for key in KEYS)
    assert all(line.startswith("//*") for line in setup.splitlines())
    manifest = (out / "MANIFEST").read_text()
    assert "placeholder RACFSET" in manifest and "secret " not in manifest
    assert run_cli("render", "--esm", "racf", "--out-dir", str(out), "--check", *PT).code == 0
    secret = tmp_path / "secret"
    result = run_cli("render", "--esm", "racf", "--out-dir", str(secret), "--with-secrets", *PT)
    assert result.code == 0 and all(key in (secret / "RACFSET").read_text() for key in KEYS)
    assert (secret / "RACFSET").stat().st_mode & 0o777 == 0o600
    assert "secret RACFSET" in (secret / "MANIFEST").read_text()


def test_setup_deck_header_warns_about_the_echo(tmp_path):
    out = tmp_path / "setup.jcl"
    assert run_cli("render", "--esm", "tss", "--out", str(out), *PT).code == 0
    text = out.read_text()
    assert "/* SECRETS: this deck holds the values of zosmf_ptkt_key," in text
    assert "//* SYSTSIN holds secret values (zosmf_ptkt_key, cics_ptkt_key)" in text
    assert out.stat().st_mode & 0o777 == 0o600
    verify = tmp_path / "verify.jcl"
    assert run_cli("render", "--esm", "tss", "--kind", "verify", "--out", str(verify), *PT).code == 0
    assert "SECRETS" not in verify.read_text() and verify.stat().st_mode & 0o777 != 0o600


def test_a_secret_that_is_not_a_yaml_string_is_refused(tmp_path, no_env_secrets):
    for text in ("zosmf_ptkt_key: 0123456701234567\ncics_ptkt_key: '0011223344556677'\n",
                 "zosmf_ptkt_key: 0x0123456789ABCDEF\ncics_ptkt_key: '0011223344556677'\n"):
        bad = tmp_path / "secrets.yaml"
        bad.write_text(text)
        result = run_cli("render", "--esm", "racf", "--secrets", str(bad), *PT)
        assert result.code == 2 and "quote it" in result.err and "Traceback" not in result.err
        assert "0123456" not in result.err


def test_a_killed_write_leaves_no_temporary_file(tmp_path):
    import subprocess
    import sys
    script = (
        "import os, signal, sys\n"
        "from esmgen import files\n"
        "real_fsync = os.fsync\n"
        "def fsync(fd):\n"
        "    real_fsync(fd)\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "os.fsync = fsync\n"
        "files.write_atomic(sys.argv[1], b'SSIGNON(KEYMASKED(0123456789ABCDEF))', secret=True)\n")
    target = tmp_path / "deck.jcl"
    result = subprocess.run([sys.executable, "-c", script, str(target)])
    assert result.returncode == -15
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("esm", esms.NAMES)
def test_dry_run_and_check_output_never_show_a_key(tmp_path, esm):
    deck = tmp_path / "setup.jcl"
    assert run_cli("render", "--esm", esm, "--out", str(deck), *PT).code == 0
    for fmt in ("text", "json"):
        shown = run_cli("dry-run", str(deck), "--esm", esm, "--format", fmt)
        assert "********" in shown.out and not any(key in shown.out + shown.err for key in KEYS)
    listing = tmp_path / "listing.txt"
    listing.write_text("READY\nRDEFINE PTKTDATA APPL SSIGNON(KEYMASKED(0123456789ABCDEF))\n"
                       "ICH10006I RACLISTED PROFILES FOR PTKTDATA WILL NOT REFLECT THE ADDITION(S)\n"
                       "READY\nTSS ADDTO(NDT) PSTKAPPL(APPL) SESSKEY(FEDCBA9876543210)\nREADY\nEND\n")
    for fmt in ("text", "json"):
        shown = run_cli("check-output", str(listing), "--esm", esm, "--format", fmt)
        assert "KEYMASKED(********)" in shown.out and not any(key in shown.out for key in KEYS)


def test_redact_keeps_the_operand_names():
    from esmgen.redact import redact
    assert redact("RALTER PTKTDATA X SSIGNON(KEYMASKED(0123)) UACC(NONE)") == \
        "RALTER PTKTDATA X SSIGNON(KEYMASKED(********)) UACC(NONE)"
    assert redact("INSERT X.Y DSNAME('A.B') PASSWORD('it''s secret') TRUST") == \
        "INSERT X.Y DSNAME('A.B') PASSWORD(********) TRUST"
    assert redact("ALTUSER U NOPASSWORD") == "ALTUSER U NOPASSWORD"
