"""esmgen diff: the report, its risk flags, and delta decks proven by replay."""

import json

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from conftest import run_cli
from dryrun_support import active_state, bad, deck, facts, required, run, start_state
from esmgen import resources
from test_dryrun_properties import FORMATS, ESMS, specs

CATALOG = open(resources.catalog_path()).read()


def changed_catalog():
    text = CATALOG.replace("""          - id: ${zis_user}
            access: READ""", """          - id: ${zis_user}
            access: UPDATE""")
    text = text.replace("  icsf:\n    default: false", "  icsf:\n    default: true")
    text = text.replace("  zis:\n    default: true", "  zis:\n    default: true\n    esm: [racf, acf2, tss]")
    return text.replace("        trace: true\n        purpose: The cross-memory server",
                        "        trusted: true\n        purpose: The cross-memory server")


@pytest.fixture
def pair(tmp_path):
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(CATALOG)
    new.write_text(changed_catalog())
    return str(old), str(new)


def test_equal_specs_exit_0(pair):
    result = run_cli("diff", pair[0], pair[0])
    assert result.code == 0 and "No change." in result.out


def test_report_groups_changes_per_component_and_flags_risk(pair):
    result = run_cli("diff", *pair)
    assert result.code == 1
    text = result.out
    assert "## icsf" in text and "### Added" in text and "- READ on CSFSERV CSFRNGL for ZWESVUSR" in text
    assert "- FACILITY ZWES.IS for ZWESIUSR: READ -> UPDATE (raised)" in text
    assert "runs as ZWESIUSR" in text and "**HIGH RISK: TRUSTED**" in text


def test_json_report(pair):
    result = run_cli("diff", *pair, "--format", "json")
    report = json.loads(result.out)
    assert {c["change"] for c in report["changes"]} == {"added", "changed"}
    assert any(c["high_risk"] == ["TRUSTED"] for c in report["changes"])


def test_high_risk_grant_flags(tmp_path):
    old = tmp_path / "old.yaml"
    old.write_text(CATALOG)
    new = tmp_path / "new.yaml"
    new.write_text(CATALOG.replace("""        purpose: READ on IRR.RUSERMAP lets the gateway query certificate-to-user mappings.
        grants:
          - {id: "${zowe_user}", access: READ}""", """        uacc: READ
        purpose: READ on IRR.RUSERMAP lets the gateway query certificate-to-user mappings.
        grants:
          - {id: "${zowe_user}", access: CONTROL}"""))
    text = run_cli("diff", str(old), str(new)).out
    assert "HIGH RISK: CONTROL on IRR.*, CONTROL access" in text
    assert "HIGH RISK: UACC READ" in text


def test_usage_errors(pair):
    assert run_cli("diff", *pair, "--deck").code == 2
    assert run_cli("diff", *pair, "--format", "tso").code == 2
    assert run_cli("diff", *pair, "--esm", "racf", "--deck", "--format", "json").code == 2


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("esm", ESMS)
def test_catalog_delta_takes_old_setup_to_new_facts(pair, esm, fmt):
    old, new = pair
    state = start_state(esm)
    before = facts(state)
    run(deck(esm, "setup", "tso", "--profiles", old), esm, state)
    result = run_cli("diff", old, new, "--esm", esm, "--deck", "--format", fmt)
    assert result.code == 0, result.err
    results = run(result.out, esm, state)
    assert not bad(results), bad(results)
    assert facts(state) == before | required(esm, profiles=new)
    again = run(result.out, esm, state)
    assert facts(state) == before | required(esm, profiles=new)
    assert not bad(again)


def drops_what_decks_leave(old, new, esm):
    """A user that loses its OMVS segment or its protected (no password)
    status, or a group that loses its GID: delta decks leave these (setting a password is not esmgen's job);
    Top Secret sets PROTECTED only when it creates an ACID (docs/review.md)."""
    old_users, new_users = ({u["name"]: u for u in yaml.safe_load(s)["components"]["c"]["users"]}
                            for s in (old, new))
    for name, user in new_users.items():
        before = old_users.get(name, {})
        if ("omvs" in before and "omvs" not in user) or (before.get("protected") and not user["protected"]):
            return True
        if esm == "tss" and before and before.get("protected") != user["protected"]:
            return True
    old_groups, new_groups = ({g["name"]: g for g in yaml.safe_load(s)["components"]["c"]["groups"]}
                              for s in (old, new))
    return any("gid" in old_groups.get(name, {}) and "gid" not in group for name, group in new_groups.items())


@settings(max_examples=10, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(old=specs(), new=specs(), esm=st.sampled_from(ESMS))
def test_random_delta_decks(tmp_path_factory, old, new, esm):
    assume(not drops_what_decks_leave(old, new, esm))
    folder = tmp_path_factory.mktemp("delta")
    (folder / "old.yaml").write_text(old)
    (folder / "new.yaml").write_text(new)
    paths = str(folder / "old.yaml"), str(folder / "new.yaml")
    state = active_state(esm)
    before = facts(state)
    run(deck(esm, "setup", "tso", "--profiles", paths[0]), esm, state)
    result = run_cli("diff", *paths, "--esm", esm, "--deck", "--format", "tso")
    assert result.code == 0, result.err
    results = run(result.out, esm, state)
    # TSS: an ADD of a single-valued field that already has another value
    # fails (assumed) before the REPLACE after it converges the ACID.
    allowed = ("TSS ADD(",) if esm == "tss" else ()
    assert not [r for r in bad(results) if not r.command.startswith(allowed)], (old, new, bad(results))
    assert facts(state) == before | required(esm, profiles=paths[1]), (old, new)


@pytest.mark.parametrize("esm", ESMS)
def test_delta_deck_for_a_changed_key_ring(tmp_path, esm):
    import os
    from conftest import HERE
    old = os.path.join(HERE, "specs", "pki.yaml")
    new = tmp_path / "pki-new.yaml"
    new.write_text(open(old).read().replace(
        "          - {owner: CERTAUTH, label: Clients CA, usage: certauth}\n", ""))
    state = active_state(esm)
    before = facts(state)
    run(deck(esm, "setup", "tso", "--profiles", old), esm, state)
    result = run_cli("diff", old, str(new), "--esm", esm, "--deck", "--format", "tso")
    assert result.code == 0, result.err
    results = run(result.out, esm, state)
    assert not bad(results), bad(results)
    assert facts(state) == before | required(esm, profiles=str(new))
    assert not any("Clients CA" in f and f.startswith("ring-cert") for f in facts(state))


TLS_SPEC = """esmgen: 1
components:
  tls:
    purpose: The server's TLS.
    default: true
    tls:
      - name: web
        direction: inbound
        local_port: 9443
        role: server-with-client-auth
        client_auth: required
        keyring: RING
        ciphers: [TLS_AES_256_GCM_SHA384]
"""
PT_SPEC = """esmgen: 1
defaults: {department: DEPTA, owner: DEPTA}
components:
  pt:
    purpose: PassTickets for the application.
    default: true
    departments: [{name: DEPTA}]
    profiles:
      - {class: PTKTDATA, name: APPL1, passticket: {key: appl_key, replay_protection: true}}
"""


@pytest.mark.parametrize("old,new,expected", [
    (TLS_SPEC, TLS_SPEC.replace("9443", "9444"), "TLS rule web: inbound port 9444"),
    (TLS_SPEC, TLS_SPEC.replace("client_auth: required", "client_auth: passthru"),
     "HIGH RISK: client authentication required -> passthru"),
    (TLS_SPEC, TLS_SPEC + "        protocols: {TLSv1.1: true}\n", "HIGH RISK: TLSv1.1 on"),
    (TLS_SPEC, TLS_SPEC.replace("[TLS_AES_256_GCM_SHA384]", "[TLS_AES_256_GCM_SHA384, TLS_RSA_WITH_AES_128_CBC_SHA]"),
     "HIGH RISK: cipher added: TLS_RSA_WITH_AES_128_CBC_SHA"),
    (PT_SPEC.replace(", passticket: {key: appl_key, replay_protection: true}", ""), PT_SPEC,
     "PassTicket key (secret appl_key), replay protection on"),
    (PT_SPEC, PT_SPEC.replace("replay_protection: true", "replay_protection: false"),
     "HIGH RISK: PassTicket replay protection off"),
    (PT_SPEC, PT_SPEC.replace("key: appl_key", "key: other_key"), "HIGH RISK: PassTicket key changed"),
])
def test_diff_reports_every_kind(tmp_path, old, new, expected):
    (tmp_path / "old.yaml").write_text(old)
    (tmp_path / "new.yaml").write_text(new)
    result = run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    assert result.code == 1 and expected in result.out, result.out
    assert "0123456789" not in result.out


def test_descriptions_and_purposes_are_differences(tmp_path):
    old = CATALOG
    new = CATALOG.replace("description: ZOWE ADMINISTRATORS", "description: ZOWE ADMINS").replace(
        "purpose: Group of the Zowe administrators, with an OMVS GID.", "purpose: Admins.")
    (tmp_path / "old.yaml").write_text(old)
    (tmp_path / "new.yaml").write_text(new)
    result = run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    assert result.code == 1
    assert "group ZWEADMIN: description ZOWE ADMINISTRATORS -> ZOWE ADMINS" in result.out
    purpose_only = CATALOG.replace("purpose: Group of the Zowe administrators, with an OMVS GID.",
                                   "purpose: Admins.")
    (tmp_path / "new.yaml").write_text(purpose_only)
    result = run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    assert result.code == 1 and "purpose 'Group of the Zowe administrators, with an OMVS GID.' -> 'Admins.'" \
        " (deck comments only)" in result.out
    deck = run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--esm", "racf", "--deck",
                   "--format", "tso")
    assert deck.code == 0 and "ADDGROUP" not in deck.out     # comments change no command
