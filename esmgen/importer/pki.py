"""Key rings, certificates (by reference) and identity and certificate maps of
the state as spec items. A certificate is declared as existing: an import
never creates one. ACF2 and Top Secret name each by a record id (1-8
characters), numbered here in the document's order."""

from esmgen.renderer import rules

PKI = "RACF certificates (by reference) and key rings"
MAPS = "RACF identity and certificate name filter maps"


def pki(ctx, put):
    """File the rings, certificates and maps with put(base, what, kind, item)."""
    records = _Records()
    seen = set()
    for key in sorted(ctx.state.rings):
        ring = ctx.state.rings[key]
        if ctx.refused("key ring", key, _ring_problem(ring)):
            continue
        connect = [{"owner": c["owner"], "label": c["label"], "usage": c["usage"].lower(),
                    **({"default": True} if c["default"] else {})}
                   for c in sorted(ring["certs"], key=lambda c: (c["owner"], c["label"]))]
        item = {"owner": ring["owner"], "name": ring["name"], "record": records.next("K"),
                "purpose": ctx.source.said(f"RACF key ring {ring['owner']}/{ring['name']}")}
        if connect:
            item["connect"] = connect
        put("racf-pki", PKI, "keyring", item)
        ctx.refer("users", ring["owner"])
        seen.update((c["owner"], c["label"]) for c in connect)
    seen.update((c["owner"], c["label"]) for c in ctx.state.certificates.values()
                if not ctx.refused("certificate", f"{c['owner']}/{c['label']}", _cert_problem(c)))
    for owner, label in sorted(seen):
        put("racf-pki", PKI, "certificate",
            {"owner": owner, "label": label, "record": records.next("C"),
             "purpose": ctx.source.said(f"existing certificate {owner}/{label}")})
        if owner not in ("CERTAUTH", "SITE"):
            ctx.refer("users", owner)
    if seen:
        ctx.note("certificates", "certificate-reference")
    for _, entry in sorted(ctx.state.idmaps.items()):
        put("racf-maps", MAPS, "idmap", _map(ctx, entry, "distributed_id", "dn", records, "R"))
    for _, entry in sorted(ctx.state.certmaps.items()):
        put("racf-maps", MAPS, "certmap",
            _map(ctx, entry, "subject_filter", "subject", records, "M"))


def _cert_problem(cert):
    return rules.check_cert_owner(cert["owner"]) or rules.check_text(cert["label"], "label")


def _ring_problem(ring):
    return (rules.check_id(ring["owner"], "key ring owner") or rules.check_ring_name(ring["name"])
            or next(filter(None, (_cert_problem(c) for c in ring["certs"])), None))


def _map(ctx, entry, key, field, records, prefix):
    kind = "identity map" if prefix == "R" else "certificate map"
    value = entry.get(field)
    registry = entry.get("registry")
    label = f"{entry['user']}/{entry['label']}"
    if ctx.refused(kind, label, rules.check_id(entry["user"], "user") or rules.check_text(entry["label"], "label")
                   or (value and rules.check_text(value, field))
                   or (registry and rules.check_text(registry, "registry"))):
        return None
    if not value or (prefix == "R" and not registry):
        ctx.note(f"{kind} {label}", "map-incomplete")
        return None
    ctx.refer("users", entry["user"])
    item = {"user": entry["user"], "label": entry["label"], key: value, "record": records.next(prefix),
            "purpose": ctx.source.said(f"RACF {kind} {entry['label']}")}
    if prefix == "R":
        item["registry"] = registry
    elif entry.get("issuer"):
        item["issuer_filter"] = entry["issuer"]
    return item


class _Records:
    """ACF2 and Top Secret record ids for certificates, rings and maps."""

    def __init__(self):
        self.count = 0

    def next(self, prefix):
        self.count += 1
        return f"{prefix}{self.count:07d}"
