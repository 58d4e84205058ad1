"""Profile records: USER/GROUP DIVISION(OMVS), PTKTDATA DIVISION(SSIGNON)
(PassTicket keys, never kept) and USER DIVISION(IDMAP) (distributed identities)."""

from esmgen.simulator.acf2.common import HEX16, NOT_FOUND_MSG, check_id, number, subject
from esmgen.simulator.outcomes import EXISTS, NOT_FOUND, OK, Invalid
from esmgen.simulator.syntax import unquote

FIRST_AUTO_ID = 1000     # AUTOUID/AUTOGID hand out the next free number from here


class ProfileCommands:
    """Executor methods for these records (mixed into acf2.executor.Executor)."""

    # -- OMVS profile records (SET PROFILE(USER|GROUP) DIVISION(OMVS)) -------------
    def _insert_omvs_user(self, operands):
        name, ops = subject(operands, {"UID", "AUTOUID", "HOME", "OMVSPGM"}, "INSERT")
        check_id(name, "logonid")
        if name in self.state.omvs_users:
            return EXISTS, f"OMVS profile {name} ALREADY EXISTS (assumed: message id not documented)"
        record = {"uid": self._id_value(ops, "UID", "AUTOUID", self.state.omvs_users, "uid"),
                  "home": None, "program": None}
        self.state.omvs_users[name] = self._omvs_fields(record, ops)
        return OK, f"USER OMVS profile {name} inserted"

    def _change_omvs_user(self, operands):
        # AUTOUID is left out: on CHANGE it would hand out a new UID every run
        name, ops = subject(operands, {"UID", "HOME", "OMVSPGM"}, "CHANGE")
        record = self.state.omvs_users.get(name)
        if record is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for profile records)"
        if "UID" in ops:
            record["uid"] = number(ops["UID"])
        self._omvs_fields(record, ops)
        return OK, f"USER OMVS profile {name} changed"

    @staticmethod
    def _omvs_fields(record, ops):
        for key, field in (("HOME", "home"), ("OMVSPGM", "program")):
            if key in ops:
                record[field] = unquote(ops[key].value or "")
        return record

    def _insert_omvs_group(self, operands):
        name, ops = subject(operands, {"GID", "AUTOGID"}, "INSERT")
        check_id(name, "group")
        if name in self.state.omvs_groups:
            return EXISTS, f"OMVS profile {name} ALREADY EXISTS (assumed: message id not documented)"
        gid = self._id_value(ops, "GID", "AUTOGID", self.state.omvs_groups, "gid")
        self.state.omvs_groups[name] = {"gid": gid}
        return OK, f"GROUP OMVS profile {name} inserted"

    def _change_omvs_group(self, operands):
        name, ops = subject(operands, {"GID"}, "CHANGE")
        record = self.state.omvs_groups.get(name)
        if record is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for profile records)"
        if "GID" in ops:
            record["gid"] = number(ops["GID"])
        return OK, f"GROUP OMVS profile {name} changed"

    @staticmethod
    def _id_value(ops, fixed, auto, records, field):
        """UID(n)/GID(n), or the next free id from FIRST_AUTO_ID for AUTOUID/AUTOGID."""
        if fixed in ops and auto in ops:
            raise Invalid(f"{fixed}() and {auto} exclude each other")
        if fixed in ops:
            return number(ops[fixed])
        if auto not in ops:
            return None
        # ACF2 needs a GSO AUTOIDOM record for this (ESM-NOTES 1.1); not modeled
        used = {record[field] for record in records.values()}
        candidate = FIRST_AUTO_ID
        while candidate in used:
            candidate += 1
        return candidate

    def _delete_omvs_user(self, operands):
        return self._delete_from(self.state.omvs_users, operands, "profile record")

    def _list_omvs_user(self, operands):
        return self._list_from(self.state.omvs_users, operands, "profile record")

    def _delete_omvs_group(self, operands):
        return self._delete_from(self.state.omvs_groups, operands, "profile record")

    def _list_omvs_group(self, operands):
        return self._list_from(self.state.omvs_groups, operands, "profile record")

    # -- PassTicket keys (SET PROFILE(PTKTDATA) DIVISION(SSIGNON)) -----------------
    # Broadcom ACF2 "SSIGNON profile records": SSKEY(16 hex digits), MULT-USE or
    # NOMULT-USE (Broadcom KB 32160: MULT-USE | NOMULT-USE).
    # The key itself is never kept in the state (it is a secret).
    def _insert_ssignon(self, operands):
        name, ops = subject(operands, {"SSKEY", "MULT-USE", "NOMULT-USE"}, "INSERT")
        if name in self.state.passtickets:
            return EXISTS, f"SSIGNON record {name} already exists (assumed message)"
        if "SSKEY" not in ops or not HEX16.fullmatch(ops["SSKEY"].value or ""):
            raise Invalid("INSERT: SSKEY() with 16 hexadecimal digits is required")
        self.state.passtickets[name] = {"multi_use": "MULT-USE" in ops}
        return OK, f"SSIGNON record {name} stored"

    def _change_ssignon(self, operands):
        name, ops = subject(operands, {"SSKEY", "MULT-USE", "NOMULT-USE"}, "CHANGE")
        if name not in self.state.passtickets:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for SSIGNON records)"
        if "SSKEY" in ops and not HEX16.fullmatch(ops["SSKEY"].value or ""):
            raise Invalid("CHANGE: SSKEY() must be 16 hexadecimal digits")
        if "MULT-USE" in ops and "NOMULT-USE" in ops:
            raise Invalid("CHANGE: MULT-USE and NOMULT-USE exclude each other")
        if "MULT-USE" in ops or "NOMULT-USE" in ops:
            self.state.passtickets[name]["multi_use"] = "MULT-USE" in ops
        return OK, f"SSIGNON record {name} changed"

    def _delete_ssignon(self, operands):
        return self._delete_from(self.state.passtickets, operands, "SSIGNON record")

    def _list_ssignon(self, operands):
        return self._list_from(self.state.passtickets, operands, "SSIGNON record")

    # -- distributed identity maps (SET PROFILE(USER) DIVISION(IDMAP)) --------------
    # Record id USER.RECID with IDMAPDN, IDMAPRN, IDLABEL (zowe/api-layer ID
    # federation templates; Broadcom KB 47974).
    IDMAP_FIELDS = {"IDMAPDN", "IDMAPRN", "IDLABEL"}

    def _insert_idmap(self, operands):
        name, ops = subject(operands, self.IDMAP_FIELDS, "INSERT")
        user = name.split(".", 1)[0]
        if name in self.state.idmaps:
            return EXISTS, f"IDMAP record {name} already exists (assumed message)"
        if "IDMAPDN" not in ops or "IDMAPRN" not in ops:
            raise Invalid("INSERT: IDMAPDN() and IDMAPRN() are required")
        self.state.idmaps[name] = self._idmap_fields({"user": user, "label": name}, ops)
        return OK, f"IDMAP record {name} stored"

    def _change_idmap(self, operands):
        name, ops = subject(operands, self.IDMAP_FIELDS, "CHANGE")
        if name not in self.state.idmaps:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for IDMAP records)"
        self._idmap_fields(self.state.idmaps[name], ops)
        return OK, f"IDMAP record {name} changed"

    @staticmethod
    def _idmap_fields(record, ops):
        for key, field in (("IDMAPDN", "dn"), ("IDMAPRN", "registry"), ("IDLABEL", "label")):
            if key in ops:
                record[field] = unquote(ops[key].value or "")
        return record

    def _delete_idmap(self, operands):
        return self._delete_from(self.state.idmaps, operands, "IDMAP record")

    def _list_idmap(self, operands):
        return self._list_from(self.state.idmaps, operands, "IDMAP record")
