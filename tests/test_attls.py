"""AT-TLS policy from tls rules: golden output, structure, warnings, bad input."""

import os
import re

import pytest

from conftest import GOLDEN, HERE, run_cli

SPEC = os.path.join(HERE, "specs", "attls-mutual.yaml")


def policy(*args):
    result = run_cli("render", "--format", "attls", "--profiles", SPEC, *args)
    assert result.code == 0, result.err
    return result


def test_policy_matches_golden():
    text = policy().out
    path = os.path.join(GOLDEN, "attls-mutual.policy")
    if os.environ.get("ESMGEN_UPDATE_GOLDEN"):
        with open(path, "w") as handle:
            handle.write(text)
    with open(path) as handle:
        assert text == handle.read()


def statements(text):
    """{(type, name): [parameter lines]} of a policy, checking the braces."""
    found, lines = {}, [l for l in text.splitlines() if l.strip() and not l.startswith("#")]
    index = 0
    while index < len(lines):
        kind, name = lines[index].split()
        assert lines[index + 1] == "{", lines[index]
        end = lines.index("}", index + 2)
        found[(kind, name)] = [l.split(None, 1) for l in lines[index + 2:end]]
        index = end + 1
    return found


def test_every_reference_names_a_statement_of_the_right_type():
    found = statements(policy().out)
    names = {name: kind for kind, name in found}
    for params in found.values():
        for key, value in params:
            if key.endswith("Ref"):
                assert names.get(value) == key[:-3], (key, value)


def test_seed_scenario_parameters():
    found = statements(policy().out)
    env_adv = dict(found[("TTLSEnvironmentAdvancedParms", "client-azf-envadv")])
    assert env_adv["ClientAuthType"] == "Required" and env_adv["CertValidationMode"] == "RFC5280"
    assert (env_adv["TLSv1.2"], env_adv["TLSv1.3"], env_adv["TLSv1"], env_adv["SSLv3"]) == ("On", "On", "Off", "Off")
    assert dict(found[("TTLSEnvironmentAction", "client-azf-env")])["HandshakeRole"] == "ServerWithClientAuth"
    rule = dict(found[("TTLSRule", "client-azf")])
    assert (rule["LocalPortRange"], rule["Direction"]) == ("6777", "Inbound")
    assert dict(found[("TTLSKeyringParms", "client-azf-ring")])["Keyring"] == "AZFSRV/AZFRING"
    # IBM IP Configuration Reference: OcspAiaEnable is a TTLSGskOcspParms
    # parameter, HttpCdpEnable a TTLSGskHttpCdpParms one; TTLSGskAdvancedParms
    # only refers to them.
    assert dict(found[("TTLSGskAdvancedParms", "client-azf-gsk")]) == {
        "TTLSGskOcspParmsRef": "client-azf-ocsp", "TTLSGskHttpCdpParmsRef": "client-azf-cdp"}
    assert dict(found[("TTLSGskOcspParms", "client-azf-ocsp")]) == {"OcspAiaEnable": "On"}
    assert dict(found[("TTLSGskHttpCdpParms", "client-azf-cdp")]) == {"HttpCdpEnable": "On"}
    outbound = dict(found[("TTLSEnvironmentAdvancedParms", "api-out-envadv")])
    assert outbound["TLSv1.3"] == "Off" and "ClientAuthType" not in outbound


def test_no_warning_when_at_tls_does_the_client_authentication():
    assert policy().err == ""


def test_warning_for_inbound_at_tls_with_certificate_authentication_in_the_server(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(open(SPEC).read().replace("        handshake_timeout: 30\n",
                                              "        handshake_timeout: 30\n        app_client_cert_auth: true\n"))
    result = run_cli("render", "--format", "attls", "--profiles", str(spec))
    assert result.code == 0
    assert re.search(r"warning: .*spec\.yaml:\d+:\d+: TLS rule client-azf: .*requireSecure=false", result.err)


def test_no_tls_rules_is_an_error():
    result = run_cli("render", "--format", "attls")
    assert result.code == 2 and "no tls rules" in result.err


@pytest.mark.parametrize("old,new,why", [
    ("local_port: 6777", "local_port: 70000", "must be 1-65535"),
    ("local_port: 6777", "local_port: 9445-9443", "from low to high"),
    ("keyring: ${server_user}/AZFRING", "keyring: 'bad ring'", "key ring"),
    ("        keyring: ${server_user}/AZFRING\n", "", "needs a keyring"),
    ("role: server-with-client-auth", "role: server", "client_auth goes with"),
    ("jobname: AZFSRV*", "jobname: toolongjobname", "job name"),
])
def test_bad_tls_rules(tmp_path, old, new, why):
    spec = tmp_path / "spec.yaml"
    spec.write_text(open(SPEC).read().replace(old, new))
    result = run_cli("render", "--format", "attls", "--profiles", str(spec))
    assert result.code == 2 and why in result.err and "spec.yaml:" in result.err, result.err
