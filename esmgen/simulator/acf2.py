"""CA ACF2 commands against a simulated ACF2 database.

Behaviour from Broadcom "CA ACF2 for z/OS Command Reference" (ACF subcommands
SET, INSERT, CHANGE, DELETE, LIST, RECKEY; XREF CHANGE in the Administrator
Guide), Broadcom KB 11494 (RECKEY), 14489 (exact-match DEL), 14968 (ROLES),
17437/25505/207311 (CLASMAP), 26271 (INFODIR, ACF60039), 26426 (ACF70041),
26026/27276 (RESTRICT, PROGRAM, SUBAUTH) and the real output in
zowe/zowe-install-packaging#1734 (ACF0A005). Message ids marked (assumed) are
not documented publicly for that case (ESM-NOTES.md section 5, research
notes sections 7-9).

Records live in the State sections: users (logonids), omvs_users and
omvs_groups (USER/GROUP profile records of DIVISION(OMVS)), roles (X(ROL)
records: role -> logonids), gso ("STC.x" / "CLASMAP.x" -> fields) and rules
("TYPE KEY" -> rule lines, TYPE "RULE" for SET RULE data set rules).
"""

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from esmgen.simulator import pki
from esmgen.facts import coded_classes, fact
from esmgen.simulator.outcomes import (
    ERROR,
    EXISTS,
    NOT_FOUND,
    OK,
    UNSUPPORTED,
    BaseExecutor,
    Invalid,
    Unsupported,
    by_name,
)
from esmgen.simulator.syntax import operand, parse, split, unquote

FIRST_AUTO_ID = 1000     # AUTOUID/AUTOGID hand out the next free number from here
LISTED_RULE_LINES = 10   # rule lines shown in a LIST result
DATASET_TYPE = "RULE"    # rules key type for SET RULE: data set rules have no type code, and a
                         # real 3-character code (DSN is DSNR's default) must not collide with it
NOT_FOUND_MSG = "ACF0A005 RECORD(S) NOT FOUND"    # Z#1734 (GSO DELETE)
# Logonids and role ids: 1-8 characters, first national or alphabetic (BC KB 237629).
_ID = re.compile(r"^[A-Z#$@][A-Z0-9#$@]{0,7}$")
_TYPE = re.compile(r"^[A-Z0-9#$@]{3}$")
# Subcommands that only exist inside ACF mode; outside it TSO does not know them.
ACF_VERBS = {"SET", "INSERT", "CHANGE", "DELETE", "LIST", "DECOMP", "RECKEY", "ROLES", "SHOW",
             "F", "MODIFY"}
# Rule-line keywords (Command Reference, "rule entries"); bare flags first.
LINE_FLAGS = {"ALLOW", "PREVENT", "LOG"}
LINE_KEYWORDS = {"UID", "ROLE", "SERVICE", "READ", "WRITE", "ALLOC", "EXEC", "DATA", "SOURCE",
                 "SHIFT", "LIB", "PGM", "VOL", "NEXTKEY", "EXPIRE", "ACTIVE"}


@dataclass
class _RuleSet:
    """A rule set's lines in the state, with the set of those present and of
    those deleted but not yet removed from the list (Executor._rule_set)."""
    lines: list
    present: set
    dead: set = dataclass_field(default_factory=set)

    def delete(self, line):
        if len(self.present) + len(self.dead) != len(self.lines):
            # a line is in the list more than once (a hand-edited state): remove one copy now
            self.compact()
            self.lines.remove(line)
            if line not in self.lines:
                self.present.discard(line)
            return
        self.present.discard(line)
        self.dead.add(line)
        if len(self.dead) > len(self.lines) // 2:
            self.compact()

    def compact(self):
        if self.dead:
            self.lines[:] = [line for line in self.lines if line not in self.dead]
            self.dead.clear()


class Executor(BaseExecutor):
    """Keeps the ACF SET context; each subcommand acts on that record type."""

    aliases = {"MODIFY": "F"}

    def __init__(self, state):
        super().__init__(state)
        self.context = None      # (kind, detail): kind names the _<verb>_<kind> handlers
        self._rule_sets = {}     # rule key -> _RuleSet, the view of its lines (_rule_set)
        self._role_sets = {}     # role -> (its member list in the state, set of its members)

    def dispatch(self, command):
        """Outside ACF mode only TSO commands; inside it ACF subcommands."""
        verb, _, rest = command.text.partition(" ")
        verb = self.aliases.get(verb.upper(), verb.upper())
        if not command.acf_mode:
            return self._tso(verb, command.text)
        if verb == "F":
            # `F ACF2,REBUILD(FAC)` is one comma-separated operand, not TSO keywords
            return self._operator(rest.strip())
        verb, operands = parse(command.text)
        handler = getattr(self, f"cmd_{self.aliases.get(verb, verb)}", None)
        if handler is None:
            return UNSUPPORTED, f"{verb}: ACF subcommand not modeled by the dry-run engine"
        return handler(operands)

    # -- TSO level: PROFILE, ACF, END ----------------------------------------
    def _tso(self, verb, text):
        _, operands = parse(text)
        if verb == "PROFILE":
            by_name(operands, {"MSGID", "NOMSGID", "PREFIX", "NOPREFIX"}, "PROFILE")
            return OK, "TSO profile set"
        if verb in ("ACF", "END"):
            by_name(operands, set(), verb)
            self.context = None      # every ACF session starts without a SET in effect
            return OK, "ACF subcommand mode entered" if verb == "ACF" else "ACF subcommand mode ended"
        if verb in ACF_VERBS:
            # an ACF subcommand before `ACF` (or after `END`) reaches TSO, which rejects it
            return ERROR, f"IKJ56500I COMMAND {verb} NOT FOUND (ACF subcommand outside ACF mode)"
        return UNSUPPORTED, f"{verb}: TSO command not modeled by the dry-run engine"

    def _operator(self, text):
        """F ACF2,REBUILD(t)|REFRESH(x)|NEWXREF|OMVS[,TYPE()][,CLASS()][,DIVISION()]."""
        items = split(text, commas=True)
        if not items or items[0].upper() != "ACF2":
            raise Unsupported(f"F {text}: only operator commands to ACF2 are modeled")
        ops = [operand(item) for item in items[1:]]
        if not ops or ops[0].name not in ("REBUILD", "REFRESH", "NEWXREF", "OMVS"):
            raise Unsupported(f"F {text}: operator function not modeled by the dry-run engine")
        by_name(ops[1:], {"TYPE", "CLASS", "DIVISION", "DIV"}, "F ACF2")
        if ops[0].name in ("REBUILD", "REFRESH") and not ops[0].value:
            raise Invalid(f"F {text}: {ops[0].name} needs a type or table name")
        # rebuilds reload in-storage tables; the simulated database is already current
        return OK, f"F ACF2,{ops[0].name} accepted (changes nothing modeled)"

    # -- SET ------------------------------------------------------------------
    def cmd_SET(self, operands):
        if not operands:
            raise Invalid("SET: a record type (LID, PROFILE, X, CONTROL, RESOURCE, RULE) is required")
        setter = {"LID": self._set_lid, "LOGONID": self._set_lid, "PROFILE": self._set_profile,
                  "XREF": self._set_xref, "CONTROL": self._set_control,
                  "RESOURCE": self._set_resource, "RULE": self._set_rule}.get(_set_setting(operands[0]))
        if setter is None:
            # SET VERBOSE, SET SYSID(..) and the like do not change the record type
            raise Unsupported(f"SET {operands[0].name}: not modeled by the dry-run engine")
        rest = [op if not _abbreviates(op.name, "DIVISION", 2) else operand(f"DIVISION({op.value})")
                for op in operands[1:]]
        return setter(operands[0], by_name(rest, {"DIVISION"}, "SET"))

    def _set_lid(self, first, ops):
        _no_extra(ops, "SET LID")
        return self._enter(("lid", None), "LOGONID records")

    def _set_profile(self, first, ops):
        division = ops.get("DIVISION")
        if division is None or not division.value:
            raise Invalid(f"SET PROFILE({first.value}): DIVISION() is required")
        if (first.value or "").upper() == "USER" and division.value.upper() in ("CERTDATA", "KEYRING"):
            kind = division.value.lower()
            return self._enter((kind, None), f"USER {division.value.upper()} profile records")
        if (first.value or "").upper() == "USER" and division.value.upper() == "IDMAP":
            return self._enter(("idmap", None), "USER IDMAP (distributed identity) records")
        if (first.value or "").upper() == "PTKTDATA" and division.value.upper() == "SSIGNON":
            return self._enter(("ssignon", None), "PTKTDATA SSIGNON (PassTicket key) records")
        kind = {"USER": "omvs_user", "GROUP": "omvs_group"}.get((first.value or "").upper())
        if kind is None or division.value.upper() != "OMVS":
            # KEYRING, CERTDATA, IDMAP, SSIGNON ... divisions are not modeled
            return self._unmodeled(f"SET PROFILE({first.value}) DIVISION({division.value})")
        return self._enter((kind, None), f"{first.value.upper()} OMVS profile records")

    def _set_xref(self, first, ops):
        _no_extra(ops, "SET X")
        if (first.value or "").upper() != "ROL":
            return self._unmodeled(f"SET X({first.value})")      # source/resource groups
        return self._enter(("role", None), "X(ROL) role records")

    def _set_control(self, first, ops):
        _no_extra(ops, "SET CONTROL")
        if (first.value or "").upper() != "GSO":
            return self._unmodeled(f"SET CONTROL({first.value})")
        return self._enter(("gso", None), "GSO records")

    def _set_resource(self, first, ops):
        _no_extra(ops, "SET RESOURCE")
        code = (first.value or "").upper()
        if not _TYPE.fullmatch(code):
            raise Invalid(f"SET RESOURCE({first.value}): a resource type is 3 characters")
        return self._enter(("rule", code), f"resource rules of type {code}")

    def _set_rule(self, first, ops):
        _no_extra(ops, "SET RULE")
        if first.value is not None:
            raise Unsupported(f"SET RULE({first.value}): not modeled by the dry-run engine")
        return self._enter(("rule", DATASET_TYPE), "data set rules")

    def _enter(self, context, what):
        self.context = context
        return OK, f"SET: subcommands now act on {what}"

    def _unmodeled(self, text):
        # later subcommands must not land on the previous record type
        self.context = ("unmodeled", text)
        return UNSUPPORTED, f"{text}: record type not modeled by the dry-run engine"

    # -- record subcommands: dispatched on the SET context --------------------
    def cmd_INSERT(self, operands):
        return self._record("insert", operands)

    def cmd_CHANGE(self, operands):
        return self._record("change", operands)

    def cmd_DELETE(self, operands):
        return self._record("delete", operands)

    def cmd_LIST(self, operands):
        return self._record("list", operands)

    def cmd_DECOMP(self, operands):
        if self._kind() != "rule":
            raise Unsupported("DECOMP: only rules decompile (SET RULE or SET RESOURCE)")
        return self._list_rule(operands)      # KB 11494: DECOMP shows the rule text

    def _record(self, verb, operands):
        kind = self._kind()
        handler = getattr(self, f"_{verb}_{kind}", None)
        if handler is None:
            raise Unsupported(f"{verb.upper()}: not modeled under the current SET ({kind})")
        return handler(operands)

    def _kind(self):
        if self.context is None:
            # ACF2's own initial setting is not modeled: esmgen decks must SET explicitly
            # (ESM-NOTES section 8 item 2, wrong-context bug class)
            raise Invalid("no SET in effect: the record type of this subcommand is unknown")
        kind, detail = self.context
        if kind == "unmodeled":
            raise Unsupported(f"subcommand under {detail}: record type not modeled by the dry-run engine")
        return kind

    # -- logonid records (SET LID) ------------------------------------------------
    # STC: started tasks only; RESTRICT: no password, for batch (Broadcom KB 229403, 27276);
    # PROGRAM(pgm|mask): jobs must be submitted by that program, SUBAUTH: by an
    # APF-authorized one (KB 27276; KB 26026 "INSERT SAMPLE1 ... RESTRICT PROGRAM(TESTPGM)")
    LID_FIELDS = {"STC", "NOSTC", "RESTRICT", "NORESTRICT", "GROUP", "NAME", "PROGRAM", "SUBAUTH",
                  "NOSUBAUTH"}

    def _insert_lid(self, operands):
        name, ops = _subject(operands, self.LID_FIELDS - {"NOSTC", "NORESTRICT", "NOSUBAUTH"}, "INSERT")
        _check_id(name, "logonid")
        if name in self.state.users:
            return EXISTS, f"LOGONID {name} ALREADY EXISTS (assumed: message id not documented)"
        self.state.users[name] = self._lid_fields({"stc": False, "group": None, "name": ""}, ops)
        return OK, f"LOGONID {name} inserted"

    def _change_lid(self, operands):
        name, ops = _subject(operands, self.LID_FIELDS, "CHANGE")
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

    # -- OMVS profile records (SET PROFILE(USER|GROUP) DIVISION(OMVS)) -------------
    def _insert_omvs_user(self, operands):
        name, ops = _subject(operands, {"UID", "AUTOUID", "HOME", "OMVSPGM"}, "INSERT")
        _check_id(name, "logonid")
        if name in self.state.omvs_users:
            return EXISTS, f"OMVS profile {name} ALREADY EXISTS (assumed: message id not documented)"
        record = {"uid": self._id_value(ops, "UID", "AUTOUID", self.state.omvs_users, "uid"),
                  "home": None, "program": None}
        self.state.omvs_users[name] = self._omvs_fields(record, ops)
        return OK, f"USER OMVS profile {name} inserted"

    def _change_omvs_user(self, operands):
        # AUTOUID is left out: on CHANGE it would hand out a new UID every run
        name, ops = _subject(operands, {"UID", "HOME", "OMVSPGM"}, "CHANGE")
        record = self.state.omvs_users.get(name)
        if record is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for profile records)"
        if "UID" in ops:
            record["uid"] = _number(ops["UID"])
        self._omvs_fields(record, ops)
        return OK, f"USER OMVS profile {name} changed"

    @staticmethod
    def _omvs_fields(record, ops):
        for key, field in (("HOME", "home"), ("OMVSPGM", "program")):
            if key in ops:
                record[field] = unquote(ops[key].value or "")
        return record

    def _insert_omvs_group(self, operands):
        name, ops = _subject(operands, {"GID", "AUTOGID"}, "INSERT")
        _check_id(name, "group")
        if name in self.state.omvs_groups:
            return EXISTS, f"OMVS profile {name} ALREADY EXISTS (assumed: message id not documented)"
        gid = self._id_value(ops, "GID", "AUTOGID", self.state.omvs_groups, "gid")
        self.state.omvs_groups[name] = {"gid": gid}
        return OK, f"GROUP OMVS profile {name} inserted"

    def _change_omvs_group(self, operands):
        name, ops = _subject(operands, {"GID"}, "CHANGE")
        record = self.state.omvs_groups.get(name)
        if record is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for profile records)"
        if "GID" in ops:
            record["gid"] = _number(ops["GID"])
        return OK, f"GROUP OMVS profile {name} changed"

    @staticmethod
    def _id_value(ops, fixed, auto, records, field):
        """UID(n)/GID(n), or the next free id from FIRST_AUTO_ID for AUTOUID/AUTOGID."""
        if fixed in ops and auto in ops:
            raise Invalid(f"{fixed}() and {auto} exclude each other")
        if fixed in ops:
            return _number(ops[fixed])
        if auto not in ops:
            return None
        # ACF2 needs a GSO AUTOIDOM record for this (ESM-NOTES 1.1); not modeled
        used = {record[field] for record in records.values()}
        number = FIRST_AUTO_ID
        while number in used:
            number += 1
        return number

    def _delete_omvs_user(self, operands):
        return self._delete_from(self.state.omvs_users, operands, "profile record")

    def _list_omvs_user(self, operands):
        return self._list_from(self.state.omvs_users, operands, "profile record")

    def _delete_omvs_group(self, operands):
        return self._delete_from(self.state.omvs_groups, operands, "profile record")

    def _list_omvs_group(self, operands):
        return self._list_from(self.state.omvs_groups, operands, "profile record")

    # -- roles (SET X(ROL)) --------------------------------------------------------
    def _insert_role(self, operands):
        name, ops = _subject(operands, {"INCLUDE", "ROLE"}, "INSERT")
        _check_id(name, "role")
        if name in self.state.roles:
            return EXISTS, f"ROLE {name} ALREADY EXISTS (assumed: message id not documented)"
        members = _members(ops)
        # ACF2 does not check that included logonids exist (VALIDATE does, KB 69210)
        self.state.roles[name] = list(dict.fromkeys(members))
        return OK, f"ROLE {name} inserted with {len(members)} member(s)"

    def _change_role(self, operands):
        # XREF CHANGE: INCLUDE(..) with ADD|REP|DEL (BC ACF2 Administrator Guide)
        name, ops = _subject(operands, {"INCLUDE", "ROLE", "ADD", "DEL", "REP"}, "CHANGE")
        mode = [m for m in ("ADD", "DEL", "REP") if m in ops]
        if len(mode) > 1:
            raise Invalid(f"CHANGE {name}: only one of ADD, DEL, REP")
        members = self.state.roles.get(name)
        if members is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for role records)"
        if "INCLUDE" not in ops:
            return OK, f"ROLE {name} unchanged"
        wanted = _members(ops)
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
            if name == "RSRCTYPE" and not _TYPE.fullmatch(value):
                raise Invalid(f"RSRCTYPE({op.value}): a resource type is 3 characters")
            record[name.lower()] = value or None
        return record

    def _delete_gso(self, operands):
        # ACF0A005 for an absent GSO record is real output (Z#1734)
        key, _ = _subject(operands, set(), "DELETE")
        if self.state.gso.pop(key, None) is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {key}"
        return OK, f"GSO {key} deleted"

    def _list_gso(self, operands):
        return self._list_from(self.state.gso, operands, "GSO record")

    # -- PassTicket keys (SET PROFILE(PTKTDATA) DIVISION(SSIGNON)) -----------------
    # Broadcom ACF2 "SSIGNON profile records": SSKEY(16 hex digits), MULT-USE or
    # NOMULT-USE (Broadcom KB 32160: MULT-USE | NOMULT-USE).
    # The key itself is never kept in the state (it is a secret).
    def _insert_ssignon(self, operands):
        name, ops = _subject(operands, {"SSKEY", "MULT-USE", "NOMULT-USE"}, "INSERT")
        if name in self.state.passtickets:
            return EXISTS, f"SSIGNON record {name} already exists (assumed message)"
        if "SSKEY" not in ops or not _HEX16.fullmatch(ops["SSKEY"].value or ""):
            raise Invalid("INSERT: SSKEY() with 16 hexadecimal digits is required")
        self.state.passtickets[name] = {"multi_use": "MULT-USE" in ops}
        return OK, f"SSIGNON record {name} stored"

    def _change_ssignon(self, operands):
        name, ops = _subject(operands, {"SSKEY", "MULT-USE", "NOMULT-USE"}, "CHANGE")
        if name not in self.state.passtickets:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for SSIGNON records)"
        if "SSKEY" in ops and not _HEX16.fullmatch(ops["SSKEY"].value or ""):
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
        name, ops = _subject(operands, self.IDMAP_FIELDS, "INSERT")
        user = name.split(".", 1)[0]
        if name in self.state.idmaps:
            return EXISTS, f"IDMAP record {name} already exists (assumed message)"
        if "IDMAPDN" not in ops or "IDMAPRN" not in ops:
            raise Invalid("INSERT: IDMAPDN() and IDMAPRN() are required")
        self.state.idmaps[name] = self._idmap_fields({"user": user, "label": name}, ops)
        return OK, f"IDMAP record {name} stored"

    def _change_idmap(self, operands):
        name, ops = _subject(operands, self.IDMAP_FIELDS, "CHANGE")
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

    # -- certificates and key rings (DIVISION(CERTDATA) and DIVISION(KEYRING)) ------
    # Record ids OWNER.RECID (CERTAUTH.x for CA certificates), as in the public
    # key-ring samples (ESM-NOTES 2.6); state and facts are shared (pki.py).
    # Certificate subcommands (GENCERT, CONNECT, CHKCERT ...) are common to all
    # SET settings (Broadcom "Process Digital Certificates with CA ACF2"; Zowe
    # ZWEKRING connects under SET PROFILE(USER) DIVISION(CERTDATA)).
    def cmd_GENCERT(self, operands):
        name, ops = _subject(operands, {"LABEL", "SUBJSDN", "SIZE", "EXPIRE", "SIGNWITH", "KEYUSAGE",
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
        name, ops = _subject(operands, {"DSNAME", "LABEL", "PASSWORD", "TRUST"}, "INSERT")
        owner, record = self._owner_record(name)
        if "DSNAME" not in ops or "LABEL" not in ops:
            raise Invalid("INSERT: DSNAME() and LABEL() are needed to import a certificate")
        return pki.add_certificate(self.state, owner, unquote(ops["LABEL"].value or ""), record)

    def _cert_label(self, operands, verb):
        name, _ = _subject(operands, set(), verb)
        owner, record = self._owner_record(name)
        return owner, pki.find_by_record(self.state, owner, record), name

    def _delete_certdata(self, operands):
        owner, label, name = self._cert_label(operands, "DELETE")
        if label is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for CERTDATA records)"
        return pki.delete_certificate(self.state, owner, label)

    def _list_certdata(self, operands):
        name, _ = _subject(operands, set(), "LIST")
        owner, _, record = name.partition(".")
        label = pki.find_by_record(self.state, owner, record)
        return (OK, f"{name} listed") if label else (NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed)")

    def _insert_keyring(self, operands):
        name, ops = _subject(operands, {"RINGNAME"}, "INSERT")
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

    def _ring_of(self, operands, verb):
        name, _ = _subject(operands, set(), verb)
        return pki.ring_by_record(self.state, *self._owner_record(name)), name

    def _delete_keyring(self, operands):
        ring, name = self._ring_of(operands, "DELETE")
        if ring is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for KEYRING records)"
        return pki.delete_ring(self.state, ring["owner"], ring["name"])

    def _list_keyring(self, operands):
        name, _ = _subject(operands, set(), "LIST")
        ring = pki.ring_by_record(self.state, *name.partition(".")[::2])
        return (OK, f"{name} listed") if ring else (NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed)")

    # -- shared DELETE / LIST of keyed records ----------------------------------------
    def _delete_from(self, records, operands, what):
        name, _ = _subject(operands, set(), "DELETE")
        if records.pop(name, None) is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (documented for GSO, assumed for {what}s)"
        return OK, f"{what} {name} deleted"

    @staticmethod
    def _list_from(records, operands, what):
        name, _ = _subject(operands, set(), "LIST")
        if name not in records:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for LIST of a {what})"
        return OK, f"{name} LAST CHANGED BY ... ({what} listed)"

    # -- rules (SET RULE, SET RESOURCE(t)) ----------------------------------------------
    def cmd_RECKEY(self, operands):
        """RECKEY key ADD(line) | DEL(line): one line per command (KB 11494, 14489)."""
        rtype = self._rule_type("RECKEY")
        key, ops = _subject(operands, {"ADD", "DEL"}, "RECKEY")
        if len(ops) != 1:
            raise Invalid(f"RECKEY {key}: exactly one ADD() or DEL() (REP not modeled)")
        (action, op), = ops.items()
        line = normalize_line(op.value or "")
        mask, _, _ = rule_line(line)       # raises for an unparsable line
        if "." in key and mask:
            # KB 26426: extended lines need a one-qualifier $KEY
            return ERROR, f"ACF70041 RULE {key}: a fully qualified key cannot have line masks"
        rule_key = f"{rtype} {key}"
        return self._rule_add(rule_key, line) if action == "ADD" else self._rule_del(rule_key, line)

    def _rule_set(self, rule_key):
        """The executor's view of one rule set in the state, or None.

        A rule set can hold tens of thousands of lines. `present` answers
        "is this line there" in one look-up; a deleted line goes to `dead`
        and leaves the state's list only when the list is compacted (when
        half of it is dead, before the list is read, and when the deck ends:
        finish()), so a deck of N deletions takes N steps, not N x N. The
        view is rebuilt when the state holds another list object (the rule
        set was deleted and stored again).
        """
        lines = self.state.rules.get(rule_key)
        if lines is None:
            self._rule_sets.pop(rule_key, None)
            return None
        view = self._rule_sets.get(rule_key)
        if view is None or view.lines is not lines:
            view = _RuleSet(lines, set(lines))
            self._rule_sets[rule_key] = view
        return view

    def _rule_add(self, rule_key, line):
        view = self._rule_set(rule_key)
        key = rule_key.split(" ", 1)[1]
        if view is None:
            self.state.rules[rule_key] = [line]     # KB 11494: RECKEY inserts a missing rule set
            return OK, self._stored(rule_key, f"ACF60207 RULE {key} STORED (assumed text for a new rule set)")
        if line in view.present:
            return EXISTS, f"RULE {key}: line already present, not stored twice (assumed outcome)"
        if line in view.dead:
            view.compact()                          # the line goes to the end, as a new one
        # ACF2 re-sorts entries when it compiles; order is not a fact, so it is kept as added
        view.lines.append(line)
        view.present.add(line)
        return OK, self._stored(rule_key, f"ACF60207 RULE {key} REPLACED")

    def _rule_del(self, rule_key, line):
        view = self._rule_set(rule_key)
        key = rule_key.split(" ", 1)[1]
        if view is None or line not in view.present:
            # KB 14489: DEL matches a whole line exactly; the message for no match is unknown
            return NOT_FOUND, f"RULE {key}: no line {line} (assumed outcome)"
        view.delete(line)
        if not view.present:
            del self.state.rules[rule_key]      # assumed: a rule set with no lines is gone
            del self._rule_sets[rule_key]
        return OK, self._stored(rule_key, f"ACF60207 RULE {key} REPLACED")

    def _stored(self, rule_key, text):
        """KB 26271: storing a rule of a type INFODIR keeps globally resident
        (R-R<type>) reminds that F ACF2,REBUILD(type) activates it (ACF60039)."""
        rtype = rule_key.split(" ", 1)[0]
        if f"R-R{rtype}" in self.state.gso.get("INFODIR", {}).get("types", []):
            return f"{text}; ACF60039 ISSUE THE F ACF2,REBUILD({rtype}) COMMAND TO ACTIVATE THE RULE"
        return text

    def finish(self):
        """Compact every rule set this run deleted lines from (see _rule_set)."""
        for view in self._rule_sets.values():
            view.compact()

    def _rule_type(self, verb):
        kind = self._kind()
        if kind != "rule":
            raise Invalid(f"{verb}: needs SET RULE or SET RESOURCE(t), not the {kind} context")
        return self.context[1]

    def _delete_rule(self, operands):
        key, _ = _subject(operands, set(), "DELETE")
        # removes the WHOLE rule set (ESM-NOTES 3.1)
        if self.state.rules.pop(f"{self.context[1]} {key}", None) is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {key} (assumed for rules)"
        return OK, f"RULE {key} deleted"

    def _list_rule(self, operands):
        key, _ = _subject(operands, set(), "LIST")
        view = self._rule_set(f"{self._rule_type('LIST')} {key}")
        if view is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {key} (assumed for rules)"
        # KB 11494 display: ACF75052 header, $KEY, one line per entry. The
        # result shows the first entries only: a verify deck lists a big rule
        # set once per entry it checks, and the whole set each time would make
        # the dry-run's output (and time) grow with the square of the deck.
        view.compact()
        lines = view.lines
        shown = " | ".join(lines[:LISTED_RULE_LINES])
        more = f" | ... ({len(lines) - LISTED_RULE_LINES} more)" if len(lines) > LISTED_RULE_LINES else ""
        return OK, f"ACF75052 ACCESS RULE {key} STORED BY ...: {shown}{more}"

    # -- context-free displays ------------------------------------------------------------
    def cmd_ROLES(self, operands):
        # KB 14968: works under any SET and does not check that the logonid exists
        name, _ = _subject(operands, set(), "ROLES")
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


# -- operand helpers ----------------------------------------------------------------

_HEX16 = re.compile(r"^[0-9A-Fa-f]{16}$")


def _subject(operands, allowed, verb):
    """(record id, {keyword: Operand}): the first operand names the record."""
    if not operands or operands[0].value is not None:
        raise Invalid(f"{verb}: the record id must come first")
    return operands[0].name, by_name(operands[1:], allowed, verb)


def _abbreviates(word, keyword, shortest):
    """SET operands may be shortened to their capital letters ([ACF-SET],
    Broadcom "SET Subcommand": Control, Lid, Profile, Resource, Xref, DIvision)."""
    return len(word) >= shortest and keyword.startswith(word)


def _set_setting(first):
    """The SET setting an operand names: SET C(GSO), SET R(FAC), SET P(USER), SET L."""
    if first.name in ("LOGONID", "RULE"):
        return first.name
    if first.name == "R":
        return "RESOURCE" if first.value is not None else None   # Rule is not shortened
    for keyword in ("CONTROL", "LID", "PROFILE", "RESOURCE", "XREF"):
        if _abbreviates(first.name, keyword, 1):
            return keyword
    return None


def _no_extra(ops, verb):
    if ops:
        raise Unsupported(f"{verb}: operand {next(iter(ops))} not modeled by the dry-run engine")


def _check_id(name, what):
    if not _ID.fullmatch(name):
        raise Invalid(f"{name}: not a valid {what} id (1-8 characters, first A-Z # $ @)")


def _members(ops):
    members = [m.upper() for m in ops["INCLUDE"].words()] if "INCLUDE" in ops else []
    for member in members:
        _check_id(member, "logonid")
    return members


def _number(op):
    text = (op.value or "").strip()
    if not text.isdigit():
        raise Invalid(f"{op.name}({op.value}): not a number")
    return int(text)


# -- rule lines ------------------------------------------------------------------------

def normalize_line(text):
    """A rule line as stored: blanks squeezed (DEL compares whole lines, KB 14489)."""
    return " ".join(text.split())


def rule_line(line):
    """(mask, who, access tokens) of a rule line such as 'SERVER UID(U) SERVICE(READ) ALLOW'.

    mask is the resource part ('' for a whole-key line), who the UID()/ROLE()
    operand text or None; access tokens are the rest, the ALLOW flag included.
    """
    tokens = split(line)
    if not tokens:
        raise Invalid("empty rule line")
    mask = ""
    if "(" not in tokens[0] and tokens[0].upper() not in LINE_FLAGS:
        mask, tokens = tokens[0], tokens[1:]
    who, access = None, []
    for token in tokens:
        op = operand(token)      # SyntaxProblem for text after a closing parenthesis
        if op.value is None and op.name not in LINE_FLAGS:
            raise Unsupported(f"rule line word {token}: not modeled by the dry-run engine")
        if op.value is not None and op.name not in LINE_KEYWORDS:
            raise Unsupported(f"rule line keyword {op.name}: not modeled by the dry-run engine")
        if op.name in ("UID", "ROLE"):
            who = f"{op.name}({op.value})"
        else:
            access.append(token.upper())
    return mask, who, access


# -- facts -------------------------------------------------------------------------------

def facts(state):
    """The facts of a simulated ACF2 database (vocabulary: esmgen.facts)."""
    table = _renderer_table()   # TEMPORARY: replaced by the simulator's own knowledge
    found = _identity_facts(state) | _passticket_facts(state) | pki.facts(state)
    for key, record in state.gso.items():
        record_type, _, name = key.partition(".")
        if record_type == "STC":
            found.add(fact("stc", name, record.get("logonid"), record.get("group")))
        elif record_type == "CLASMAP":
            found.add(fact("active", name))
    classes = _class_names(state, table)
    for rule_key, lines in state.rules.items():
        for line in lines:
            found.update(_rule_facts(rule_key, line, classes, table))
    return found


def _passticket_facts(state):
    return {fact("passticket", appl) for appl in state.passtickets} | \
        {fact("idmap", m["user"], m["label"]) for m in state.idmaps.values()}


def _identity_facts(state):
    found = set()
    for name, lid in state.users.items():
        found.add(fact("user", name))
        if lid["stc"] or lid.get("restrict"):
            found.add(fact("protected", name))
        if lid["group"]:
            found.add(fact("default-group", name, lid["group"]))
    for name, record in state.omvs_users.items():
        found.add(fact("omvs", name, record["home"], record["program"]))
    for name, record in state.omvs_groups.items():
        found.add(fact("group", name))
        if record["gid"] is not None:
            found.add(fact("omvs-group", name))
    for role, members in state.roles.items():
        found.add(fact("group", role))      # a role is ACF2's grouping of logonids
        found.update(fact("member", member, role) for member in members)
    return found


def _class_names(state, table):
    """Type code -> class name: the table first, then CLASMAP records of the state."""
    names = {}
    for key, record in state.gso.items():
        if key.startswith("CLASMAP.") and record.get("rsrctype"):
            names[record["rsrctype"]] = key.split(".", 1)[1]
    names.update(coded_classes(table, "type"))      # a shared code (SAF) stays type=SAF
    for cls, entry in table["classes"].items():
        if (entry or {}).get("dataset"):
            names[DATASET_TYPE] = cls
    names.setdefault(DATASET_TYPE, "DATASET")
    return names


def _rule_facts(rule_key, line, classes, table):
    rtype, key = rule_key.split(" ", 1)
    mask, who, access = rule_line(line)
    cls = classes.get(rtype, f"?{rtype}")
    name = f"{key}.{mask}" if mask else key
    level = _level(access, table["dataset_access"] if rtype == DATASET_TYPE else table["access"])
    if who in ("UID(-)", "ROLE(-)"):       # every user (UID), every user with a role (ROLE)
        return {fact("uacc", cls, name, level)} if level != "NONE" else set()
    grantee = who[who.index("(") + 1:-1] if who else "?"
    return {fact("access", cls, name, grantee, level)}


def _level(access, levels):
    """The neutral level whose table text matches the line's access part (ALLOW ignored).

    Two levels can share one text (data sets: UPDATE and CONTROL); the lower wins.
    """
    wanted = frozenset(token for token in access if token != "ALLOW")
    for level, text in levels.items():
        if text is not None and frozenset(text.upper().split()) == wanted:
            return level
    if wanted == {"PREVENT"}:
        return "NONE"
    return "?" + "+".join(token for token in access if token != "ALLOW")


def _renderer_table():
    from esmgen.renderer.backends import load_table
    return load_table("acf2")
