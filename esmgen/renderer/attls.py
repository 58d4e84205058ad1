"""AT-TLS policy (Policy Agent configuration) from the spec's `tls` rules."""

import os

from esmgen import __version__, resources
from esmgen.renderer.render import environment

SUFFIXES = {"group": "-grp", "env": "-env", "conn": "-conn", "ring": "-ring", "envadv": "-envadv",
            "connadv": "-connadv", "ciph": "-ciph", "gsk": "-gsk", "ocsp_aia": "-ocsp",
            "http_cdp": "-cdp"}


def load_table():
    return resources.load_yaml(os.path.join(resources.templates_dir(), "attls", "attls.yaml"))


def _parts(rule, table):
    """Names of the statements a rule refers to, and its resolved settings."""
    parts = {key: rule.name + suffix for key, suffix in SUFFIXES.items()}
    protocols = dict(table["protocols"], **dict(rule.protocols))
    parts["protocols"] = [(name, protocols[name]) for name in table["protocols"]]
    parts["ciphers"] = list(rule.ciphers or table["ciphers"])
    parts["revocation"] = list(rule.revocation)
    return parts


def warnings(model):
    """Combinations that cannot work, said before the policy is used."""
    found = []
    for rule in model.tls_rules:
        if rule.app_client_cert_auth and rule.direction in ("inbound", "both") and rule.role != "client":
            found.append(
                f"{rule.meta.where}: TLS rule {rule.name}: with an inbound AT-TLS policy the server"
                " cannot authenticate clients by certificate itself (the TLS session ends in AT-TLS);"
                " use role server-with-client-auth so AT-TLS checks the certificate, and set"
                " requireSecure=false on the server's HTTP endpoint")
    return found


def render_policy(model, spec_label, components):
    """The policy file's text: a header, then each rule's statements."""
    table = load_table()
    macros = environment().get_template("attls/policy.j2").make_module({"table": table})
    lines = [f"# esmgen {__version__}: AT-TLS policy from {spec_label}",
             f"# components: {', '.join(components)}",
             "# Statements per rule: TTLSRule, then the actions and parameter",
             "# statements it refers to (names end in -grp, -env, -conn, ...).", ""]
    for rule in model.tls_rules:
        lines.append(f"# {rule.meta.component}: {rule.meta.purpose}")
        body = str(macros.rule(rule, _parts(rule, table)))
        lines += [line for line in body.splitlines() if line.strip()] + [""]
    return "\n".join(lines).rstrip() + "\n"
