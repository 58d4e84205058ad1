"""GSO records (SET CONTROL(GSO)): STC, CLASMAP and INFODIR, and SHOW CLASMAP.

Broadcom "SAF Resource Classes (CLASMAP)" and "Infostorage Rule Directories
(INFODIR)" (ACF2 16.0 Administrating), KB 207311, 17437, 26271."""

import re

from esmgen.simulator.acf2.common import NOT_FOUND_MSG, TYPE_CODE, subject
from esmgen.simulator.outcomes import EXISTS, NOT_FOUND, OK, Invalid, Unsupported, by_name


class GsoCommands:
    """Executor methods for these records (mixed into acf2.executor.Executor)."""

    # -- GSO records (SET CONTROL(GSO)) ----------------------------------------------
    # CLASMAP ENTITYLN(n): the resource name length (Broadcom KB 207311)
    GSO_FIELDS = {"STC": {"LOGONID", "GROUP", "STCID"}, "CLASMAP": {"RESOURCE", "RSRCTYPE", "ENTITYLN"}}

    def _insert_gso(self, operands):
        key, record_type, ops = self._gso_subject(operands, "INSERT")
        if key in self.state.gso:
            return EXISTS, f"GSO {key} ALREADY EXISTS (assumed: message id not documented)"
        required = {"STC": ("LOGONID",), "CLASMAP": ("RESOURCE", "RSRCTYPE")}[record_type]
        missing = [field for field in required if field not in ops]
        if missing:
            raise Invalid(f"INSERT {key}: {', '.join(missing)} required")
        self.state.gso[key] = self._gso_fields({}, ops)
        return OK, f"GSO {key} inserted"      # real ACF2 echoes the record (Z#1734)

    def _change_gso(self, operands):
        if operands and operands[0].name == "INFODIR" and operands[0].value is None:
            return self._change_infodir(operands[1:])
        key, _, ops = self._gso_subject(operands, "CHANGE")
        if key not in self.state.gso:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {key} (assumed for CHANGE)"
        self._gso_fields(self.state.gso[key], ops)
        return OK, f"GSO {key} changed"

    def _gso_subject(self, operands, verb):
        if not operands or operands[0].value is not None:
            raise Invalid(f"{verb}: the GSO record id must come first")
        key = operands[0].name
        record_type, _, suffix = key.partition(".")
        if record_type not in self.GSO_FIELDS:
            raise Unsupported(f"{verb} {key}: GSO record type not modeled by the dry-run engine")
        if not suffix:
            raise Invalid(f"{verb} {key}: {record_type}.<name> expected")
        return key, record_type, by_name(operands[1:], self.GSO_FIELDS[record_type], verb)

    def _change_infodir(self, operands):
        """CHANGE INFODIR TYPES(R-Rtyp,...) ADD|DEL|REP (Broadcom "Infostorage Rule
        Directories (INFODIR)"; KB 26271): the resource types kept resident."""
        ops = by_name(operands, {"TYPES", "ADD", "DEL", "REP"}, "CHANGE INFODIR")
        if "TYPES" not in ops:
            raise Invalid("CHANGE INFODIR: TYPES(code-type,...) required")
        entries = [w.upper() for w in ops["TYPES"].words()]
        for entry in entries:
            if not re.fullmatch(r"[RDT]-R[A-Z0-9#$@]{3}", entry):
                raise Invalid(f"CHANGE INFODIR: {entry!r} is not residency-class-type (e.g. R-RFAC)")
        record = self.state.gso.setdefault("INFODIR", {"types": []})
        if "DEL" in ops:
            record["types"] = [t for t in record["types"] if t not in entries]
        elif "REP" in ops or "ADD" not in ops:
            record["types"] = sorted(set(entries))
        else:
            record["types"] = sorted(set(record["types"]) | set(entries))
        return OK, "INFODIR changed"

    @staticmethod
    def _gso_fields(record, ops):
        for name, op in ops.items():
            value = (op.value or "").upper()
            if name == "RSRCTYPE" and not TYPE_CODE.fullmatch(value):
                raise Invalid(f"RSRCTYPE({op.value}): a resource type is 3 characters")
            record[name.lower()] = value or None
        return record

    def _delete_gso(self, operands):
        # ACF0A005 for an absent GSO record is real output (Z#1734)
        key, _ = subject(operands, set(), "DELETE")
        if self.state.gso.pop(key, None) is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {key}"
        return OK, f"GSO {key} deleted"

    def _list_gso(self, operands):
        return self._list_from(self.state.gso, operands, "GSO record")
