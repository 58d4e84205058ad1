"""Logonid records (SET LID) and X(ROL) role records, with ROLES.

Broadcom KB 229403, 27276, 26026 (STC, RESTRICT, PROGRAM, SUBAUTH), KB 237629
(logonid names), KB 14968 (ROLES), XREF CHANGE (CA ACF2 Administrator Guide)."""

from esmgen.simulator.acf2.common import NOT_FOUND_MSG, check_id, included, subject
from esmgen.simulator.outcomes import EXISTS, NOT_FOUND, OK, Invalid, by_name
from esmgen.simulator.syntax import unquote


class LogonidCommands:
    """Executor methods for these records (mixed into acf2.executor.Executor)."""

    # -- logonid records (SET LID) ------------------------------------------------
    # STC: started tasks only; RESTRICT: no password, for batch (Broadcom KB 229403, 27276);
    # PROGRAM(pgm|mask): jobs must be submitted by that program, SUBAUTH: by an
    # APF-authorized one (KB 27276; KB 26026 "INSERT SAMPLE1 ... RESTRICT PROGRAM(TESTPGM)")
    LID_FIELDS = {"STC", "NOSTC", "RESTRICT", "NORESTRICT", "GROUP", "NAME", "PROGRAM", "SUBAUTH",
                  "NOSUBAUTH"}

    def _insert_lid(self, operands):
        name, ops = subject(operands, self.LID_FIELDS - {"NOSTC", "NORESTRICT", "NOSUBAUTH"}, "INSERT")
        check_id(name, "logonid")
        if name in self.state.users:
            return EXISTS, f"LOGONID {name} ALREADY EXISTS (assumed: message id not documented)"
        self.state.users[name] = self._lid_fields({"stc": False, "group": None, "name": ""}, ops)
        return OK, f"LOGONID {name} inserted"

    def _change_lid(self, operands):
        name, ops = subject(operands, self.LID_FIELDS, "CHANGE")
        if name not in self.state.users:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for logonids)"
        self._lid_fields(self.state.users[name], ops)
        return OK, f"LOGONID {name} changed"

    @staticmethod
    def _lid_fields(record, ops):
        if "STC" in ops or "NOSTC" in ops:
            record["stc"] = "STC" in ops      # STC is a bit field: no password (protected)
        if "RESTRICT" in ops or "NORESTRICT" in ops:
            record["restrict"] = "RESTRICT" in ops
        if "GROUP" in ops:
            record["group"] = (ops["GROUP"].value or "").upper() or None
        if "NAME" in ops:
            record["name"] = unquote(ops["NAME"].value or "")
        if "PROGRAM" in ops:
            record["program"] = (ops["PROGRAM"].value or "").upper() or None
        if "SUBAUTH" in ops or "NOSUBAUTH" in ops:
            record["subauth"] = "SUBAUTH" in ops
        return record

    def _delete_lid(self, operands):
        return self._delete_from(self.state.users, operands, "logonid")

    def _list_lid(self, operands):
        return self._list_from(self.state.users, operands, "logonid")

    # -- roles (SET X(ROL)) --------------------------------------------------------
    def _insert_role(self, operands):
        name, ops = subject(operands, {"INCLUDE", "ROLE"}, "INSERT")
        check_id(name, "role")
        if name in self.state.roles:
            return EXISTS, f"ROLE {name} ALREADY EXISTS (assumed: message id not documented)"
        members = included(ops)
        # ACF2 does not check that included logonids exist (VALIDATE does, KB 69210)
        self.state.roles[name] = list(dict.fromkeys(members))
        return OK, f"ROLE {name} inserted with {len(members)} member(s)"

    def _change_role(self, operands):
        # XREF CHANGE: INCLUDE(..) with ADD|REP|DEL (BC ACF2 Administrator Guide)
        name, ops = subject(operands, {"INCLUDE", "ROLE", "ADD", "DEL", "REP"}, "CHANGE")
        mode = [m for m in ("ADD", "DEL", "REP") if m in ops]
        if len(mode) > 1:
            raise Invalid(f"CHANGE {name}: only one of ADD, DEL, REP")
        members = self.state.roles.get(name)
        if members is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for role records)"
        if "INCLUDE" not in ops:
            return OK, f"ROLE {name} unchanged"
        wanted = included(ops)
        return getattr(self, f"_role_{(mode or ['REP'])[0].lower()}")(name, members, wanted)

    def _members_of(self, role, members):
        """A set of a role's members, kept with the list (see _rule_lines)."""
        cached = self._role_sets.get(role)
        if cached is None or cached[0] is not members or len(cached[1]) != len(members):
            cached = (members, set(members))
            self._role_sets[role] = cached
        return cached[1]

    def _role_add(self, name, members, wanted):
        present = self._members_of(name, members)
        new = [m for m in dict.fromkeys(wanted) if m not in present]
        if not new:
            return EXISTS, f"ROLE {name}: already includes {' '.join(wanted)} (assumed outcome)"
        members.extend(new)
        present.update(new)
        return OK, f"ROLE {name}: added {' '.join(new)}"

    def _role_del(self, name, members, wanted):
        self._role_sets.pop(name, None)
        missing = [m for m in wanted if m not in members]
        members[:] = [m for m in members if m not in wanted]
        if missing:
            return NOT_FOUND, f"ROLE {name}: {' '.join(missing)} not included (assumed outcome)"
        # an empty role stays until DELETE: the record exists without members
        return OK, f"ROLE {name}: removed {' '.join(wanted)}"

    def _role_rep(self, name, members, wanted):
        # without ADD/DEL the list is replaced (REP assumed to be the default)
        self._role_sets.pop(name, None)
        members[:] = list(dict.fromkeys(wanted))
        return OK, f"ROLE {name}: include list replaced"

    def _delete_role(self, operands):
        return self._delete_from(self.state.roles, operands, "role record")

    def _list_role(self, operands):
        return self._list_from(self.state.roles, operands, "role record")

    # -- context-free displays ------------------------------------------------------------
    def cmd_ROLES(self, operands):
        # KB 14968: works under any SET and does not check that the logonid exists
        name, _ = subject(operands, set(), "ROLES")
        roles = sorted(role for role, members in self.state.roles.items()
                       if name in self._members_of(role, members))
        if not roles:
            # a verify listing that finds nothing; ACF2's own text for this is not documented
            return NOT_FOUND, f"ROLES FOR {name}: NONE (assumed outcome)"
        return OK, f"ROLES FOR {name}: {' '.join(roles)}"

    def cmd_SHOW(self, operands):
        ops = by_name(operands, {"CLASMAP"}, "SHOW")
        if not ops:
            raise Invalid("SHOW: what to show is required")
        maps = sorted(k.split(".", 1)[1] + "=" + (v.get("rsrctype") or "?")
                      for k, v in self.state.gso.items() if k.startswith("CLASMAP."))
        # the live table also holds the ACF2-shipped defaults (KB 17437), not modeled
        return OK, "CLASMAP records: " + (" ".join(maps) or "none inserted")
