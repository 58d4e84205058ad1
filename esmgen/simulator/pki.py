"""Certificates and key rings in a simulated state, shared by the three ESMs.

Each ESM parses its own commands (RACF RACDCERT, ACF2 CERTDATA/KEYRING
records, TSS DIGICERT/KEYRING) and calls these functions, so the state and
the facts mean the same everywhere. Certificates are known by owner and
label; ACF2 and TSS also give each a record id, kept to resolve references.
"""

from esmgen.facts import fact
from esmgen.simulator.outcomes import EXISTS, NOT_FOUND, OK, Invalid


def _cert_key(owner, label):
    return f"{owner} {label}"


def add_certificate(state, owner, label, record=None, signed_by=None, ca=False):
    """Generate or import a certificate (label unique per owner)."""
    if _cert_key(owner, label) in state.certificates:
        return EXISTS, f"{owner} already has a certificate labelled {label} (assumed message)"
    if signed_by is not None and _cert_key("CERTAUTH", signed_by) not in state.certificates:
        raise Invalid(f"the signing certificate CERTAUTH {signed_by} does not exist")
    if record is not None and find_by_record(state, owner, record):
        return EXISTS, f"{owner} already has a certificate record {record} (assumed message)"
    state.certificates[_cert_key(owner, label)] = {"owner": owner, "label": label, "record": record, "ca": ca}
    return OK, f"certificate {label} of {owner} stored"


def find_by_record(state, owner, record):
    """The label of owner's certificate with this record id, or None."""
    for cert in state.certificates.values():
        if cert["owner"] == owner and cert["record"] == record:
            return cert["label"]
    return None


def delete_certificate(state, owner, label):
    if state.certificates.pop(_cert_key(owner, label), None) is None:
        return NOT_FOUND, f"no certificate {label} for {owner}"
    for ring in state.rings.values():
        ring["certs"] = [c for c in ring["certs"] if (c["owner"], c["label"]) != (owner, label)]
    return OK, f"certificate {label} of {owner} deleted"


def has_certificate(state, owner, label):
    return _cert_key(owner, label) in state.certificates


def add_ring(state, owner, name, record=None):
    key = f"{owner} {name}"
    if key in state.rings:
        return EXISTS, f"key ring {name} already exists for {owner}"
    state.rings[key] = {"owner": owner, "name": name, "record": record, "certs": []}
    return OK, f"key ring {name} of {owner} added"


def ring_by_record(state, owner, record):
    for ring in state.rings.values():
        if ring["owner"] == owner and ring["record"] == record:
            return ring
    return None


def connect(state, ring, cert_owner, label, usage, default):
    """Connect a certificate to a ring; a second DEFAULT replaces the first."""
    if not has_certificate(state, cert_owner, label):
        return NOT_FOUND, f"certificate {label} of {cert_owner} does not exist"
    entry = {"owner": cert_owner, "label": label, "usage": usage.upper(), "default": bool(default)}
    current = [c for c in ring["certs"] if (c["owner"], c["label"]) == (cert_owner, label)]
    if current and current[0] == entry:
        return EXISTS, f"{label} is already connected to {ring['name']} (assumed)"
    if default:
        for c in ring["certs"]:
            c["default"] = False
    ring["certs"] = [c for c in ring["certs"] if (c["owner"], c["label"]) != (cert_owner, label)] + [entry]
    return OK, f"{label} connected to {ring['name']}"


def disconnect(state, ring, cert_owner, label):
    """Take a certificate off one ring; the certificate stays (RACF REMOVE)."""
    kept = [c for c in ring["certs"] if (c["owner"], c["label"]) != (cert_owner, label)]
    if len(kept) == len(ring["certs"]):
        return NOT_FOUND, f"{label} of {cert_owner} is not connected to {ring['name']}"
    ring["certs"] = kept
    return OK, f"{label} removed from {ring['name']}"


def delete_ring(state, owner, name):
    if state.rings.pop(f"{owner} {name}", None) is None:
        return NOT_FOUND, f"key ring {name} does not exist for {owner}"
    return OK, f"key ring {name} of {owner} deleted"


def facts(state):
    found = {fact("cert", c["owner"], c["label"]) for c in state.certificates.values()}
    for ring in state.rings.values():
        found.add(fact("ring", ring["owner"], ring["name"]))
        for c in ring["certs"]:
            found.add(fact("ring-cert", ring["owner"], ring["name"], c["usage"], c["owner"], c["label"]))
            if c["default"]:
                found.add(fact("ring-default", ring["owner"], ring["name"], c["owner"], c["label"]))
    return found
