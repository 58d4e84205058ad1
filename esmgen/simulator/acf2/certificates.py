"""Certificates and key rings: DIVISION(CERTDATA) and DIVISION(KEYRING)
records, and the certificate subcommands that work under any setting."""

from esmgen.simulator import pki
from esmgen.simulator.acf2.common import NOT_FOUND_MSG, subject
from esmgen.simulator.outcomes import EXISTS, NOT_FOUND, OK, Invalid, Unsupported, by_name
from esmgen.simulator.syntax import unquote


class CertificateCommands:
    """Executor methods for these records (mixed into acf2.executor.Executor)."""

    # -- certificates and key rings (DIVISION(CERTDATA) and DIVISION(KEYRING)) ------
    # Record ids OWNER.RECID (CERTAUTH.x for CA certificates), as in the public
    # key-ring samples (ESM-NOTES 2.6); state and facts are shared (pki.py).
    # Certificate subcommands (GENCERT, CONNECT, CHKCERT ...) are common to all
    # SET settings (Broadcom "Process Digital Certificates with CA ACF2"; Zowe
    # ZWEKRING connects under SET PROFILE(USER) DIVISION(CERTDATA)).
    def cmd_GENCERT(self, operands):
        name, ops = subject(operands, {"LABEL", "SUBJSDN", "SIZE", "EXPIRE", "SIGNWITH", "KEYUSAGE",
                                        "ALTNAME"}, "GENCERT")
        owner, record = self._owner_record(name)
        if "LABEL" not in ops or "SUBJSDN" not in ops:
            raise Invalid("GENCERT: LABEL() and SUBJSDN() are needed here")
        signed_by = None
        if "SIGNWITH" in ops:
            ca_owner, ca_record = self._owner_record(ops["SIGNWITH"].value or "")
            signed_by = pki.find_by_record(self.state, ca_owner, ca_record)
            if signed_by is None:
                raise Invalid(f"GENCERT: SIGNWITH({ops['SIGNWITH'].value}) does not exist")
        usage = (ops["KEYUSAGE"].value or "").upper() if "KEYUSAGE" in ops else ""
        return pki.add_certificate(self.state, owner, unquote(ops["LABEL"].value or ""), record,
                                   signed_by=signed_by, ca="CERTSIGN" in usage)

    def _owner_record(self, name):
        owner, _, record = name.partition(".")
        if not record:
            raise Invalid(f"{name}: a certificate or ring record id is OWNER.RECID")
        if owner not in ("CERTAUTH", "SITE") and owner not in self.state.users:
            raise Invalid(f"{owner}: no such logonid (assumed message)")
        return owner, record

    def _insert_certdata(self, operands):
        name, ops = subject(operands, {"DSNAME", "LABEL", "PASSWORD", "TRUST"}, "INSERT")
        owner, record = self._owner_record(name)
        if "DSNAME" not in ops or "LABEL" not in ops:
            raise Invalid("INSERT: DSNAME() and LABEL() are needed to import a certificate")
        return pki.add_certificate(self.state, owner, unquote(ops["LABEL"].value or ""), record)

    def _cert_label(self, operands, verb):
        name, _ = subject(operands, set(), verb)
        owner, record = self._owner_record(name)
        return owner, pki.find_by_record(self.state, owner, record), name

    def _delete_certdata(self, operands):
        owner, label, name = self._cert_label(operands, "DELETE")
        if label is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for CERTDATA records)"
        return pki.delete_certificate(self.state, owner, label)

    def _list_certdata(self, operands):
        name, _ = subject(operands, set(), "LIST")
        owner, _, record = name.partition(".")
        label = pki.find_by_record(self.state, owner, record)
        return (OK, f"{name} listed") if label else (NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed)")

    def _insert_keyring(self, operands):
        name, ops = subject(operands, {"RINGNAME"}, "INSERT")
        owner, record = self._owner_record(name)
        if "RINGNAME" not in ops:
            raise Invalid("INSERT: RINGNAME() is needed for a key ring record")
        if pki.ring_by_record(self.state, owner, record):
            return EXISTS, f"KEYRING record {name} already exists (assumed message)"
        return pki.add_ring(self.state, owner, ops["RINGNAME"].value or "", record)

    def cmd_CONNECT(self, operands):
        ops = by_name(operands, {"CERTDATA", "KEYRING", "RINGNAME", "USAGE", "DEFAULT"}, "CONNECT")
        if "CERTDATA" not in ops or "KEYRING" not in ops:
            raise Invalid("CONNECT: CERTDATA() and KEYRING() are needed")
        ring = pki.ring_by_record(self.state, *self._owner_record(ops["KEYRING"].value or ""))
        if ring is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: KEYRING({ops['KEYRING'].value}) (assumed)"
        owner, record = self._owner_record(ops["CERTDATA"].value or "")
        label = pki.find_by_record(self.state, owner, record)
        if label is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: CERTDATA({ops['CERTDATA'].value}) (assumed)"
        usage = ops["USAGE"].value if "USAGE" in ops else "PERSONAL"
        return pki.connect(self.state, ring, owner, label, usage, "DEFAULT" in ops)

    def cmd_CHKCERT(self, operands):
        """CHKCERT owner.recid: shows a certificate's status (Broadcom "Process Digital
        Certificates with CA ACF2": certificate subcommands work under any setting).
        The operand form is UNVERIFIED (no Broadcom page reached); checking a
        certificate in a data set is not modeled."""
        if operands and operands[0].name == "DSNAME":
            raise Unsupported("CHKCERT DSNAME(): certificates in data sets are not modeled")
        name, _ = subject(operands, set(), "CHKCERT")
        owner, record = self._owner_record(name)
        if pki.find_by_record(self.state, owner, record) is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for CHKCERT)"
        return OK, f"{name} checked"

    def cmd_REMOVE(self, operands):
        """REMOVE CERTDATA(owner.recid) KEYRING(owner.recid): takes a certificate off a ring."""
        ops = by_name(operands, {"CERTDATA", "KEYRING"}, "REMOVE")
        if "CERTDATA" not in ops or "KEYRING" not in ops:
            raise Invalid("REMOVE: CERTDATA() and KEYRING() are needed")
        ring = pki.ring_by_record(self.state, *self._owner_record(ops["KEYRING"].value or ""))
        owner, record = self._owner_record(ops["CERTDATA"].value or "")
        label = pki.find_by_record(self.state, owner, record)
        if ring is None or label is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {ops['KEYRING'].value} / {ops['CERTDATA'].value} (assumed)"
        return pki.disconnect(self.state, ring, owner, label)

    def _ring_of(self, operands, verb):
        name, _ = subject(operands, set(), verb)
        return pki.ring_by_record(self.state, *self._owner_record(name)), name

    def _delete_keyring(self, operands):
        ring, name = self._ring_of(operands, "DELETE")
        if ring is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for KEYRING records)"
        return pki.delete_ring(self.state, ring["owner"], ring["name"])

    def _list_keyring(self, operands):
        name, _ = subject(operands, set(), "LIST")
        ring = pki.ring_by_record(self.state, *name.partition(".")[::2])
        return (OK, f"{name} listed") if ring else (NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed)")
