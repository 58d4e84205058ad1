"""TSS commands on certificates, key rings and identity maps: GENCERT, ADDTO /
REMOVE / LIST of DIGICERT and KEYRING (with LABLRING), ADDTO CERTMAP and IDMAP.
Certificates and rings live in the state sections esmgen.simulator.pki shares
with the other ESMs (ESM-NOTES 2.6; Broadcom TSS cookbook and keyword pages
cited on each method).
"""

from esmgen.simulator import pki
from esmgen.simulator.outcomes import EXISTS, NOT_FOUND, OK, Invalid, by_name
from esmgen.simulator.syntax import unquote
from esmgen.simulator.tss.common import acid_of, label_of, required, value_of




class PkiCommands:
    """A mixin of tss.executor.Executor."""

    def _add_idmap(self, acid, operands):
        """TSS ADDTO(acid) IDMAP(recid) IDMAPDN('..') IDMAPRN('..') IDLABEL('..')
        (Broadcom TSS "IDMAPRN Keyword"; IDMAPDN and IDMAPRN are required)."""
        ops = by_name(operands, {"IDMAP", "IDMAPDN", "IDMAPRN", "IDLABEL"}, "TSS ADDTO IDMAP")
        if self._find(acid)[1] is None:
            raise Invalid(f"TSS0314E ACID DOES NOT EXIST: {acid} (id assumed for ADDTO)")
        record = required(ops, "IDMAP")
        key = f"{acid} {record}"
        if key in self.state.idmaps:
            return EXISTS, f"{acid} already has IDMAP({record}) (assumed)"
        dn, registry = (unquote(required(ops, n)) for n in ("IDMAPDN", "IDMAPRN"))
        label = unquote(ops["IDLABEL"].value) if "IDLABEL" in ops else record
        self.state.idmaps[key] = {"user": acid, "label": label, "dn": dn, "registry": registry}
        return OK, f"{acid} IDMAP({record}) added"

    # -- certificates and key rings (ESM-NOTES 2.6; state shared with pki.py) -----
    CERT_OWNERS = {"CERTAUTH", "CERTSITE"}

    def _pki_owner(self, acid):
        if acid not in self.CERT_OWNERS and self._find(acid)[1] is None:
            raise Invalid(f"TSS0314E ACID DOES NOT EXIST: {acid} (id assumed)")
        return "SITE" if acid == "CERTSITE" else acid

    def _gencert(self, value, operands):
        """TSS GENCERT(acid) DIGICERT(id) SUBJECTN() KEYSIZE() NADATE() LABLCERT() KEYUSAGE() [SIGNWITH()]."""
        owner = self._pki_owner(acid_of(value))
        ops = by_name(operands, {"DIGICERT", "SUBJECTN", "KEYSIZE", "NADATE", "LABLCERT", "KEYUSAGE",
                                 "SIGNWITH", "ALTNAME"}, "TSS GENCERT")
        for name in ("DIGICERT", "SUBJECTN"):
            required(ops, name)
        signed_by = None
        if "SIGNWITH" in ops:
            ca_owner, _, ca_record = (ops["SIGNWITH"].value or "").partition(",")
            signed_by = pki.find_by_record(self.state, self._pki_owner(ca_owner.strip().upper()),
                                           ca_record.strip().upper())
            if signed_by is None:
                raise Invalid(f"SIGNWITH({ops['SIGNWITH'].value}): no such certificate (assumed)")
        usage = (ops["KEYUSAGE"].value or "").upper() if "KEYUSAGE" in ops else ""
        return pki.add_certificate(self.state, owner, label_of(ops), required(ops, "DIGICERT"),
                                   signed_by=signed_by, ca="CERTSIGN" in usage)

    def _add_pki(self, acid, operands):
        owner = self._pki_owner(acid)
        ops = by_name(operands, {"DIGICERT", "DCDSN", "LABLCERT", "PKCSPASS", "TRUST", "KEYRING", "LABLRING",
                                 "RINGDATA", "USAGE", "DEFAULT"}, "TSS ADDTO")
        if "DIGICERT" in ops:
            # Cookbook "Add a Certificate to an ACID": DIGICERT and DCDSN are required
            if "DCDSN" not in ops:
                raise Invalid("DCDSN() is needed to add a certificate (message id assumed)")
            return pki.add_certificate(self.state, owner, label_of(ops), required(ops, "DIGICERT"))
        record = required(ops, "KEYRING")
        ring = pki.ring_by_record(self.state, owner, record)
        if ring is None:
            # "USAGE Keyword" / cookbook: LABLRING defaults to the KEYRING name
            label = unquote(ops["LABLRING"].value or "") if "LABLRING" in ops else record
            outcome, detail = pki.add_ring(self.state, owner, label, record)
            ring = pki.ring_by_record(self.state, owner, record)
            if "RINGDATA" not in ops:
                return outcome, detail
        elif "RINGDATA" not in ops:
            return EXISTS, f"KEYRING({record}) of {acid} already exists (assumed)"
        cert_owner, _, cert_record = (ops["RINGDATA"].value or "").partition(",")
        cert_owner = self._pki_owner(cert_owner.strip().upper())
        label = pki.find_by_record(self.state, cert_owner, cert_record.strip().upper())
        if label is None:
            return NOT_FOUND, f"RINGDATA({ops['RINGDATA'].value}): no such certificate (assumed)"
        usage = value_of(ops, "USAGE") or "PERSONAL"
        return pki.connect(self.state, ring, cert_owner, label, usage, "DEFAULT" in ops)

    def _remove_pki(self, acid, operands):
        owner = self._pki_owner(acid)
        ops = by_name(operands, {"DIGICERT", "KEYRING"}, "TSS REMOVE")
        if "DIGICERT" in ops:
            label = pki.find_by_record(self.state, owner, required(ops, "DIGICERT"))
            if label is None:
                return NOT_FOUND, f"{acid} has no DIGICERT({ops['DIGICERT'].value}) (assumed)"
            return pki.delete_certificate(self.state, owner, label)
        ring = pki.ring_by_record(self.state, owner, required(ops, "KEYRING"))
        if ring is None:
            return NOT_FOUND, f"{acid} has no KEYRING({ops['KEYRING'].value}) (assumed)"
        return pki.delete_ring(self.state, owner, ring["name"])

    def _list_pki(self, acid, operands):
        """TSS LIST(acid) DIGICERT(id|ALL) | KEYRING(id|ALL) [LABLRING(label)]. LABLRING
        picks a ring by its label (Zowe's verify jobs list it so; no Broadcom page
        of its own: ESM-NOTES §4.3)."""
        if acid not in self.CERT_OWNERS and self._find(acid)[1] is None:
            return NOT_FOUND, f"TSS0314E ACID DOES NOT EXIST: {acid}"
        owner = self._pki_owner(acid)
        ops = by_name(operands, {"DIGICERT", "KEYRING", "LABLRING"}, "TSS LIST")
        if "DIGICERT" in ops:
            record = required(ops, "DIGICERT")
            found = any(c["owner"] == owner for c in self.state.certificates.values()) if record == "ALL" \
                else pki.find_by_record(self.state, owner, record)
        else:
            found = self._rings_listed(owner, ops)
        return (OK, f"{acid} listed") if found else (NOT_FOUND, f"{acid}: no such record (assumed)")

    def _rings_listed(self, owner, ops):
        record = required(ops, "KEYRING") if "KEYRING" in ops else "ALL"
        label = unquote(ops["LABLRING"].value or "") if "LABLRING" in ops else None
        return [ring for ring in self.state.rings.values()
                if ring["owner"] == owner and record in ("ALL", ring["record"])
                and label in (None, ring["name"])]

    def _add_certmap(self, acid, operands):
        """TSS ADDTO(acid) CERTMAP(recid) SDNFILTR('..') [IDNFILTR('..')] LABLCMAP('..') [TRUST]
        (Broadcom TSS cookbook, certificate name filters)."""
        ops = by_name(operands, {"CERTMAP", "SDNFILTR", "IDNFILTR", "LABLCMAP", "TRUST"}, "TSS ADDTO CERTMAP")
        if self._find(acid)[1] is None:
            raise Invalid(f"TSS0314E ACID DOES NOT EXIST: {acid} (id assumed for ADDTO)")
        record = required(ops, "CERTMAP")
        if f"{acid} {record}" in self.state.certmaps:
            return EXISTS, f"{acid} already has CERTMAP({record}) (assumed)"
        if "SDNFILTR" not in ops:
            raise Invalid("SDNFILTR() is required here (assumed)")
        label = unquote(ops["LABLCMAP"].value) if "LABLCMAP" in ops else record
        self.state.certmaps[f"{acid} {record}"] = {
            "user": acid, "label": label, "subject": unquote(ops["SDNFILTR"].value or ""),
            "issuer": unquote(ops["IDNFILTR"].value) if "IDNFILTR" in ops else None}
        return OK, f"{acid} CERTMAP({record}) added"
