"""RACF digital certificates, key rings and identity mappings: RACDCERT
(GENCERT, ADD, ADDRING, CONNECT, REMOVE, DELRING, DELETE, LIST, LISTRING,
MAP, DELMAP, LISTMAP) and RACMAP (distributed identity filters).

Certificates and rings live in esmgen.simulator.pki (shared with the other
ESMs). Sources: IBM RACF Command Language Reference, RACDCERT and RACMAP;
message ids IRRD1xxI from RACF Messages and Codes, IRRW2xxI for RACMAP.
"""

from esmgen.simulator import pki
from esmgen.simulator.outcomes import ERROR, EXISTS, NOT_FOUND, OK, Invalid, Unsupported
from esmgen.simulator.racf.operands import by_name
from esmgen.simulator.racf.operands import suboperands
from esmgen.simulator.syntax import unquote


class Certificates:
    """RACDCERT and RACMAP."""

    # -- distributed identity mapping (RACMAP) ----------------------------------
    # IBM RACF Command Language Reference, RACMAP: MAP, DELMAP, LISTMAP by label;
    # IRRW204I/IRRW206I when nothing matches (ESM-NOTES 4.1).
    def cmd_RACMAP(self, operands):
        ops = by_name(operands, {"ID", "MAP", "DELMAP", "LISTMAP", "USERDIDFILTER", "REGISTRY",
                                 "WITHLABEL"}, "RACMAP")
        user = (ops["ID"].value or "").upper() if "ID" in ops else None
        if user not in self.state.users:
            return ERROR, f"RACMAP: user {user} is not defined (assumed message)"
        if "MAP" in ops:
            return self._racmap_map(user, ops)
        mode = "DELMAP" if "DELMAP" in ops else "LISTMAP" if "LISTMAP" in ops else None
        if mode is None:
            raise Invalid("RACMAP: MAP, DELMAP or LISTMAP is required")
        label = unquote(suboperands(ops[mode], {"LABEL"}, mode)["LABEL"].value or "") if ops[mode].value else None
        key = f"{user} {label}"
        if key not in self.state.idmaps:
            return NOT_FOUND, f"IRRW206I no mapping {label} for {user}"
        if mode == "DELMAP":
            del self.state.idmaps[key]
        return OK, f"{mode} {label}"

    def _racmap_map(self, user, ops):
        for name in ("USERDIDFILTER", "REGISTRY", "WITHLABEL"):
            if name not in ops:
                raise Invalid(f"RACMAP MAP: {name}() is required")
        label = unquote(ops["WITHLABEL"].value or "")
        if f"{user} {label}" in self.state.idmaps:
            return EXISTS, f"a mapping labelled {label} exists for {user} (assumed message)"
        dn = unquote(suboperands(ops["USERDIDFILTER"], {"NAME"}, "USERDIDFILTER")["NAME"].value or "")
        registry = unquote(suboperands(ops["REGISTRY"], {"NAME"}, "REGISTRY")["NAME"].value or "")
        self.state.idmaps[f"{user} {label}"] = {"user": user, "label": label, "dn": dn, "registry": registry}
        return OK, f"mapping {label} added for {user}"

    # -- certificate name filters (RACDCERT MAP / DELMAP / LISTMAP) -----------------
    # IBM RACDCERT: MAP WITHLABEL() SDNFILTER() IDNFILTER() TRUST|NOTRUST. Other
    # RACDCERT functions (rings, certificates) are not modeled yet.
    def cmd_RACDCERT(self, operands):
        names = {op.name for op in operands}
        pki = names & {"GENCERT", "ADD", "ADDRING", "CONNECT", "REMOVE", "DELRING", "DELETE", "LIST", "LISTRING"}
        if pki:
            return getattr(self, f"_racdcert_{sorted(pki)[0].lower()}")(operands)
        if not names & {"MAP", "DELMAP", "LISTMAP"}:
            raise Unsupported("RACDCERT: this function is not modeled by the dry-run engine")
        ops = by_name(operands, {"ID", "MAP", "DELMAP", "LISTMAP", "WITHLABEL", "SDNFILTER", "IDNFILTER",
                                 "TRUST", "NOTRUST"}, "RACDCERT")
        user = (ops["ID"].value or "").upper() if "ID" in ops else None
        # DELMAP accepts a user ID that is no longer defined (IBM "RACDCERT DELETE")
        if user not in self.state.users and "DELMAP" not in ops:
            return ERROR, f"RACDCERT: user {user} is not defined (assumed message)"
        if "MAP" in ops:
            # IBM "RACDCERT MAP": IDNFILTER, SDNFILTER or both
            if "WITHLABEL" not in ops or not {"SDNFILTER", "IDNFILTER"} & set(ops):
                raise Invalid("RACDCERT MAP: WITHLABEL() and SDNFILTER() or IDNFILTER() are needed here")
            label = unquote(ops["WITHLABEL"].value or "")
            if f"{user} {label}" in self.state.certmaps:
                return EXISTS, f"a mapping labelled {label} exists for {user} (assumed message)"
            self.state.certmaps[f"{user} {label}"] = {
                "user": user, "label": label,
                "subject": unquote(ops["SDNFILTER"].value or "") if "SDNFILTER" in ops else None,
                "issuer": unquote(ops["IDNFILTER"].value or "") if "IDNFILTER" in ops else None}
            return OK, f"certificate name filter {label} added for {user}"
        mode = "DELMAP" if "DELMAP" in ops else "LISTMAP"
        label = unquote(suboperands(ops[mode], {"LABEL"}, mode)["LABEL"].value or "")
        if f"{user} {label}" not in self.state.certmaps:
            return NOT_FOUND, f"IRRD107I no mapping labelled {label} for {user} (assumed for maps)"
        if mode == "DELMAP":
            del self.state.certmaps[f"{user} {label}"]
        return OK, f"{mode} {label}"

    # -- certificates and key rings (RACDCERT; IBM Command Language Reference) ----
    CERT_OPERANDS = {"CERTAUTH", "SITE", "ID", "GENCERT", "ADD", "SUBJECTSDN", "SIZE", "NOTAFTER",
                     "WITHLABEL", "SIGNWITH", "KEYUSAGE", "TRUST", "PASSWORD", "ALTNAME"}

    def _cert_owner(self, ops, defined=True):
        """CERTAUTH, SITE or the ID() user; DELETE, DELRING and DELMAP accept a
        user ID that is no longer defined (IBM "RACDCERT DELETE"): defined=False."""
        if "CERTAUTH" in ops:
            return "CERTAUTH"
        if "SITE" in ops:
            return "SITE"
        owner = (ops["ID"].value or "").upper() if "ID" in ops else None
        if defined and owner not in self.state.users:
            raise Invalid(f"RACDCERT: user {owner} is not defined (assumed message)")
        return owner

    def _racdcert_gencert(self, operands):
        ops = by_name(operands, self.CERT_OPERANDS, "RACDCERT GENCERT")
        if "WITHLABEL" not in ops or "SUBJECTSDN" not in ops:
            raise Invalid("RACDCERT GENCERT: SUBJECTSDN() and WITHLABEL() are needed here")
        signed_by = None
        if "SIGNWITH" in ops:
            sub = suboperands(ops["SIGNWITH"], {"CERTAUTH", "LABEL"}, "SIGNWITH")
            signed_by = unquote(sub["LABEL"].value or "")
        usage = (ops["KEYUSAGE"].value or "").upper() if "KEYUSAGE" in ops else ""
        return pki.add_certificate(self.state, self._cert_owner(ops), unquote(ops["WITHLABEL"].value or ""),
                                   signed_by=signed_by, ca="CERTSIGN" in usage)

    def _racdcert_add(self, operands):
        ops = by_name(operands, self.CERT_OPERANDS, "RACDCERT ADD")
        if "WITHLABEL" not in ops:
            raise Invalid("RACDCERT ADD: WITHLABEL() is needed here")
        return pki.add_certificate(self.state, self._cert_owner(ops), unquote(ops["WITHLABEL"].value or ""))

    def _racdcert_addring(self, operands):
        ops = by_name(operands, {"ADDRING", "ID"}, "RACDCERT ADDRING")
        outcome, text = pki.add_ring(self.state, self._cert_owner(ops), ops["ADDRING"].value or "")
        return outcome, ("IRRD122I " + text) if outcome == EXISTS else text     # [GAL]

    def _racdcert_delring(self, operands):
        ops = by_name(operands, {"DELRING", "ID"}, "RACDCERT DELRING")
        outcome, text = pki.delete_ring(self.state, self._cert_owner(ops, defined=False), ops["DELRING"].value or "")
        return outcome, ("IRRD114I " + text) if outcome == NOT_FOUND else text

    def _racdcert_listring(self, operands):
        ops = by_name(operands, {"LISTRING", "ID"}, "RACDCERT LISTRING")
        owner = (ops["ID"].value or "").upper() if "ID" in ops else None
        if ops["LISTRING"].value == "*":
            # LISTRING(*): all of the owner's rings; IRRD115I when it has none (IBM gk01252)
            rings = sorted(r["name"] for r in self.state.rings.values() if r["owner"] == owner)
            return (OK, f"rings {' '.join(rings)} listed") if rings else \
                (NOT_FOUND, f"IRRD115I {owner} has no key rings")
        key = f"{owner} {ops['LISTRING'].value}"
        return (OK, f"ring {ops['LISTRING'].value} listed") if key in self.state.rings else \
            (NOT_FOUND, f"IRRD114I ring {ops['LISTRING'].value} does not exist")

    def _racdcert_connect(self, operands):
        ops = by_name(operands, {"CONNECT", "ID"}, "RACDCERT CONNECT")
        inner = suboperands(ops["CONNECT"], {"CERTAUTH", "SITE", "ID", "LABEL", "RING", "USAGE", "DEFAULT"}, "CONNECT")
        _ring_and_label(inner, "CONNECT")
        ring = self.state.rings.get(f"{self._cert_owner(ops)} {inner['RING'].value}")
        if ring is None:
            return NOT_FOUND, "IRRD114I the key ring does not exist"
        usage = (inner["USAGE"].value or "PERSONAL") if "USAGE" in inner else "PERSONAL"
        return pki.connect(self.state, ring, self._cert_owner(inner), unquote(inner["LABEL"].value or ""),
                           usage, "DEFAULT" in inner)

    def _racdcert_remove(self, operands):
        """RACDCERT ID(owner) REMOVE(CERTAUTH|SITE|ID(u) LABEL() RING()): takes the
        certificate off one ring and keeps it (IBM "RACDCERT REMOVE")."""
        ops = by_name(operands, {"REMOVE", "ID"}, "RACDCERT REMOVE")
        inner = suboperands(ops["REMOVE"], {"CERTAUTH", "SITE", "ID", "LABEL", "RING"}, "REMOVE")
        _ring_and_label(inner, "REMOVE")
        ring = self.state.rings.get(f"{self._cert_owner(ops)} {inner['RING'].value}")
        if ring is None:
            return NOT_FOUND, f"IRRD114I ring {inner['RING'].value} does not exist"
        outcome, text = pki.disconnect(self.state, ring, self._cert_owner(inner), unquote(inner["LABEL"].value or ""))
        return outcome, ("IRRD116I " + text) if outcome == NOT_FOUND else text    # IBM gk01253

    def _label_and_owner(self, operands, verb):
        ops = by_name(operands, {verb, "CERTAUTH", "SITE", "ID"}, f"RACDCERT {verb}")
        label = unquote(suboperands(ops[verb], {"LABEL"}, verb)["LABEL"].value or "")
        return label, self._cert_owner(ops, defined=verb != "DELETE")

    def _racdcert_delete(self, operands):
        label, owner = self._label_and_owner(operands, "DELETE")
        outcome, text = pki.delete_certificate(self.state, owner, label)
        return outcome, ("IRRD107I " + text) if outcome == NOT_FOUND else text

    def _racdcert_list(self, operands):
        ops = by_name(operands, {"LIST", "CERTAUTH", "SITE", "ID"}, "RACDCERT LIST")
        label = unquote(suboperands(ops["LIST"], {"LABEL"}, "LIST")["LABEL"].value or "")
        owner = "CERTAUTH" if "CERTAUTH" in ops else "SITE" if "SITE" in ops else (ops["ID"].value or "").upper()
        return (OK, f"certificate {label} listed") if pki.has_certificate(self.state, owner, label) else \
            (NOT_FOUND, f"IRRD107I no certificate {label} for {owner}")


def _ring_and_label(inner, verb):
    """IRRD121I: CONNECT and REMOVE need both the ring name and the label."""
    if "RING" not in inner or "LABEL" not in inner:
        raise Invalid(f"IRRD121I RACDCERT {verb}: both RING() and LABEL() must be specified")
