"""Secrets: PassTicket keys come from the environment or --secrets, and appear
only in setup decks."""

import pytest

from conftest import TEST_SECRETS, run_cli

KEYS = tuple(TEST_SECRETS.values())
PT = ("--component", "passtickets", "--component", "zowe-core")


@pytest.fixture
def no_env_secrets(monkeypatch):
    for name in TEST_SECRETS:
        monkeypatch.delenv(name)


@pytest.mark.parametrize("esm", ["racf", "acf2", "tss"])
def test_setup_deck_carries_the_keys(esm):
    text = run_cli("render", "--esm", esm, "--format", "tso", *PT).out
    assert all(key in text for key in KEYS)


@pytest.mark.parametrize("esm", ["racf", "acf2", "tss"])
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
