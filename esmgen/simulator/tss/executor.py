"""Top Secret commands against a simulated TSS security file: this module owns
the dispatch of `TSS <function>` and the ACID family (CREATE, ADDTO / REPLACE /
REMOVE of fields and ownership, DELETE, the STC and NDT tables, REFRESH); PERMIT
/ REVOKE are in permits, LIST / WHOHAS / WHOOWNS in listing, certificates in
pki_commands, the RDT in rdt and rdt_commands.

Every command but PROFILE is `TSS <function>(<acid>) keyword(value) ...`.
Behaviour from Broadcom "CA Top Secret for z/OS Command Functions" (CREATE,
ADDTO, REMOVE, REPLACE, DELETE, PERMIT, REVOKE, LIST, WHOHAS, WHOOWNS) and
the research notes (/work/shared/ESM-NOTES.md §1-6, esmgen-research §1-6, 12).
Every response is framed as TSS prints it: `TSS0300I <fn> FUNCTION
SUCCESSFUL`, or a reason line then `TSS0301I <fn> FUNCTION FAILED, RETURN
CODE = nn` ("Command Response Messages"). Reason ids seen in real output:
TSS0364E (department missing/invalid), TSS0293E (GID), TSS0211E (ACID
missing/invalid) from zowe-install-packaging#4115, and TSS0314E (ACID DOES
NOT EXIST) from LIST. Any other reason, and the return code, is marked
(assumed); so is every behaviour the notes call UNVERIFIED.

State: users (USER and PROFILE ACIDs), groups (GROUP ACIDs), departments
(DEPT and DIV ACIDs), stc_table (procname -> ACID), ownership ("KEYWORD
PREFIX" -> owning ACID), permits ("KEYWORD RESOURCE" -> {ACID: level}) and
rdt (site resource classes).
"""

import re

from esmgen.simulator.outcomes import (
    ERROR, EXISTS, NOT_FOUND, OK, REFRESH, BaseExecutor, Invalid, Unsupported, by_name,
)
from esmgen.simulator.tss.common import (
    CREATE_USER_FIELDS, FIRST_AUTO_ID, FUNCTIONS, GROUP_FIELDS, REPLACE_FIELDS, SPECIAL_ACIDS, TABLES,
    USER_FIELDS, NotThere, acid_of, covers, has_password, long_names, name_field, need_kind, need_words,
    new_user, path_of, required, resource_name, response, set_single, single, value_of,
)
from esmgen.simulator.tss.listing import ListCommands
from esmgen.simulator.tss.permits import PermitCommands
from esmgen.simulator.tss.pki_commands import PkiCommands
from esmgen.simulator.tss.rdt_commands import RdtCommands
from esmgen.simulator.state import copied


class Executor(PermitCommands, ListCommands, PkiCommands, RdtCommands, BaseExecutor):
    """TSS commands: CREATE / ADDTO / REPLACE / REMOVE / DELETE of ACIDs and their
    fields and ownerships here; the other families in the mixins."""



    # -- session -------------------------------------------------------------
    def role(self, command):
        words = command.text.upper().split()
        if words[:1] == ["TSS"] and len(words) > 1 and words[1].startswith("REFRESH"):
            return REFRESH                   # TSS REFRESH(acid) JOBNAME(*)
        return super().role(command)

    def cmd_PROFILE(self, operands):
        by_name(operands, {"MSGID", "NOMSGID", "PREFIX", "NOPREFIX"}, "PROFILE")
        return OK, "TSO profile set"

    def cmd_TSS(self, operands):
        if not operands:
            raise Invalid("TSS: no function given")
        word = operands[0].name
        function = FUNCTIONS.get(word)
        if function is None:
            raise Unsupported(f"TSS {word}: function not modeled by the dry-run engine")
        try:
            outcome, detail = getattr(self, f"_{function.lower()}")(operands[0].value, operands[1:])
        except NotThere as exc:
            outcome, detail = NOT_FOUND, str(exc)
        except Invalid as exc:
            outcome, detail = ERROR, str(exc)
        return outcome, response(word, outcome, detail)

    # -- CREATE --------------------------------------------------------------
    def _create(self, value, operands):
        acid = acid_of(value)
        ops = by_name(long_names(operands), {"TYPE", "NAME", "DEPT", "DEPARTMENT", "DIV", "DIVISION",
                                              "PROTECTED"} | CREATE_USER_FIELDS, "TSS CREATE")
        if "TYPE" not in ops:
            raise Unsupported("TSS CREATE without TYPE: the default type is not modeled")
        kind = (ops["TYPE"].value or "").upper()
        if kind not in ("USER", "GROUP", "PROFILE", "DEPT", "DIV"):
            raise Unsupported(f"TSS CREATE TYPE({kind}): ACID type not modeled")
        if self._find(acid)[1] is not None or acid in SPECIAL_ACIDS:
            # Only the TSS0301I framing is documented for this case (research §2).
            return EXISTS, f"ACID {acid} ALREADY EXISTS (reason id assumed)"
        name = name_field(ops.get("NAME"))
        if kind in ("DEPT", "DIV"):
            return self._create_scope(acid, kind, name, ops)
        return self._create_member(acid, kind, name, ops)

    def _create_scope(self, acid, kind, name, ops):
        """DEPT (optionally under a DIV) or DIV; zones are not modeled."""
        if "DEPT" in ops or "DEPARTMENT" in ops or "PROTECTED" in ops or CREATE_USER_FIELDS & set(ops):
            raise Invalid(f"DEPT/PROTECTED/user fields do not apply to a TYPE({kind}) ACID (assumed)")
        division = value_of(ops, "DIV", "DIVISION")
        if division is not None and kind == "DIV":
            raise Invalid("a division cannot be attached to a division (assumed)")
        if division is not None and self.state.departments.get(division, {}).get("type") != "DIV":
            raise Invalid(f"DIV({division}) is not a division ACID (assumed)")
        self.state.departments[acid] = {"type": kind, "name": name, "div": division}
        return OK, f"{kind} {acid} created"

    def _create_member(self, acid, kind, name, ops):
        """USER, PROFILE or GROUP: every one needs an existing department."""
        dept = value_of(ops, "DEPT", "DEPARTMENT")
        if not dept or self.state.departments.get(dept, {}).get("type") != "DEPT":
            # TSS0364E: the department is missing or invalid (issue #4115).
            raise Invalid(f"TSS0364E DEPARTMENT SPECIFICATION MISSING OR INVALID: DEPT({dept or ''})")
        if "DIV" in ops or "DIVISION" in ops:
            raise Invalid("DIV applies to department ACIDs only (assumed)")
        if "PROTECTED" in ops and kind != "USER":
            raise Invalid(f"PROTECTED applies to USER ACIDs, not TYPE({kind}) (assumed)")
        if kind == "GROUP":
            if CREATE_USER_FIELDS & set(ops):
                raise Invalid(f"{', '.join(sorted(CREATE_USER_FIELDS & set(ops)))}: not for a GROUP ACID (assumed)")
            self.state.groups[acid] = {"name": name, "dept": dept, "gid": None}
        else:
            user = new_user(kind, name, dept, "PROTECTED" in ops)
            self._create_fields(user, ops)
            self.state.users[acid] = user
        return OK, f"{kind} {acid} created in {dept}"

    def _create_fields(self, user, ops):
        """PASSWORD, SOURCE, PROFILE, DSNAME, FAC on CREATE (BC TSS Command
        Functions "Introduction": TSS CREATE(USER01) ... PASSWORD(1234,30,EXPIRE)
        SOURCE(GRAF0076) PROFILE(BUDGET,TAXES,CRIME) DSNAME(SYS.01); KB 27209:
        PASS(NOPW,0) FAC(STC)). The password itself is never kept."""
        if "PASSWORD" in ops:
            user["password"] = has_password(ops["PASSWORD"])
        for name in ("SOURCE", "DSNAME"):
            if name in ops:
                user[name.lower()] = path_of(ops[name], name).upper()
        if "PROFILE" in ops:
            profiles = need_words([w.upper() for w in ops["PROFILE"].words()], "PROFILE")
            for profile in profiles:
                if self.state.users.get(profile, {}).get("type") != "PROFILE":
                    raise Invalid(f"PROFILE({profile}): not a PROFILE ACID (assumed)")
            user["profiles"] = profiles
        if "FAC" in ops:
            user["facilities"] = need_words([w.upper() for w in ops["FAC"].words()], "FAC")

    # -- ADDTO ---------------------------------------------------------------
    def _addto(self, value, operands):
        acid = acid_of(value)
        if acid in TABLES:
            return self._add_table(acid, operands)
        if any(op.name == "IDMAP" for op in operands):
            return self._add_idmap(acid, operands)
        if any(op.name == "CERTMAP" for op in operands):
            return self._add_certmap(acid, operands)
        if any(op.name in ("DIGICERT", "KEYRING") for op in operands):
            return self._add_pki(acid, operands)
        ops, resources = self._operands(long_names(operands), USER_FIELDS | GROUP_FIELDS, "TSS ADDTO")
        kind, record = self._find(acid)
        if record is None:
            raise Invalid(f"TSS0314E ACID DOES NOT EXIST: {acid} (id assumed for ADDTO)")
        work, pending, changed = copied(record), {}, []
        # GROUP before DFLTGRP: `ADD(u) GROUP(g) DFLTGRP(g)` connects, then defaults.
        for name in sorted(ops, key=lambda n: n != "GROUP"):
            changed.append(self._add_field(acid, kind, work, name, ops[name]))
        for entry, op in resources:
            changed.append(self._add_owner(acid, entry.keyword, op, pending))
        record.update(work)
        self.state.ownership.update(pending)
        if any(changed):
            return OK, f"{acid} updated"
        return EXISTS, f"{acid}: everything given is already there (assumed outcome)"

    def _add_field(self, acid, kind, work, name, op):
        """Apply one ACID field to the working copy; False when it is already there."""
        need_kind(acid, kind, name)
        if name == "PASSWORD":
            # a password given by ADDTO replaces the one before (PASSWORD Keyword)
            before, work["password"] = work.get("password"), has_password(op)
            return before != work["password"] or work["password"]
        words = [w.upper() for w in op.words()]
        if name == "GROUP":
            return self._add_groups(work, need_words(words, name))
        if name == "DFLTGRP":
            return self._set_default_group(work, single(words, name), replace=False)
        if name in ("FAC", "MASTFAC"):
            key = "facilities" if name == "FAC" else "mastfac"
            new = [w for w in need_words(words, name) if w not in work[key]]
            work[key].extend(new)
            return bool(new)
        if name in ("UID", "GID"):
            return self._set_id(work, name, op, replace=False)
        return set_single(work, "home" if name == "HOME" else "program", path_of(op, name), name)

    def _add_groups(self, work, groups):
        for group in groups:
            if group not in self.state.groups:
                raise Invalid(f"GROUP({group}): not a GROUP ACID (assumed)")
        new = [g for g in groups if g not in work["groups"]]
        work["groups"].extend(new)
        return bool(new)

    def _set_default_group(self, work, group, replace):
        if group not in self.state.groups:
            raise Invalid(f"DFLTGRP({group}): not a GROUP ACID (assumed)")
        if group not in work["groups"]:
            # The default group is one the ACID is connected to (as RACF's DFLTGRP).
            raise Invalid(f"DFLTGRP({group}): the ACID is not connected to that group (assumed)")
        if work["default_group"] == group:
            return False
        if work["default_group"] and not replace:
            return False     # ADD does not change a set default group; REPLACE does (assumed)
        work["default_group"] = group
        return True

    def _set_id(self, work, name, op, replace):
        """UID/GID: a number or `?` (the next free id; UNVERIFIED: needs a site range)."""
        key = name.lower()
        text = (op.value or "").strip()
        if text == "?":
            if work[key] is not None:
                return False         # already has one; `?` asks for any
            work[key] = self._next_id(key)
            return True
        if not text.isdigit() or int(text) > 2147483647:
            reason = "TSS0293E INVALID VALUE FOR KEYWORD GID" if name == "GID" else \
                "INVALID VALUE FOR KEYWORD UID (id assumed)"
            raise Invalid(f"{reason}: {name}({text})")
        if work[key] == int(text):
            return False
        if work[key] is not None and not replace:
            raise Invalid(f"{name} is already {work[key]}; use REPLACE (assumed)")
        work[key] = int(text)
        return True

    def _next_id(self, key):
        records = self.state.users if key == "uid" else self.state.groups
        used = {record.get(key) for record in records.values()}
        number = FIRST_AUTO_ID
        while number in used:
            number += 1
        return number

    def _add_owner(self, acid, keyword, op, pending):
        """Ownership of a prefix; False when the ACID already owns it."""
        key = f"{keyword} {resource_name(op, keyword)}"
        owner = pending.get(key) or self.state.ownership.get(key)
        if owner == acid:
            return False
        if owner:
            # Taking over needs UNDERCUT, which can lose permits (BC KB 373871).
            raise Invalid(f"{key} is owned by {owner}; taking it over needs UNDERCUT (assumed message)")
        pending[key] = acid
        return True

    def _add_table(self, table, operands):
        if table == "NDT":
            return self._ndt(operands, replace=False)
        if table == "RDT":
            return self._rdt_add(operands)
        if table != "STC":
            raise Unsupported(f"TSS ADDTO({table}): table not modeled by the dry-run engine")
        ops = by_name(long_names(operands), {"PROCNAME", "ACID"}, "TSS ADDTO(STC)")
        proc, acid = required(ops, "PROCNAME"), required(ops, "ACID")
        current = self.state.stc_table.get(proc)
        if current is not None:
            # Re-ADD of a procname: UNVERIFIED (research §5); the entry is kept as it is.
            kept = "" if current == acid else f", kept with ACID {current}, not {acid}"
            return EXISTS, f"PROCNAME({proc}) is already in the STC table{kept} (assumed)"
        if self._find(acid)[1] is None:
            raise Invalid(f"TSS0314E ACID DOES NOT EXIST: ACID({acid}) (id assumed for the STC table)")
        self.state.stc_table[proc] = acid
        return OK, f"STC {proc} runs as {acid}"

    def _refresh(self, value, operands):
        """TSS REFRESH[(acid)] [JOBNAME(job|*)]: renews the ACID's security
        environment (Broadcom TSS Command Functions, REFRESH); nothing is stored."""
        by_name(operands, {"JOBNAME"}, "TSS REFRESH")
        if value is not None and self._find(acid_of(value))[1] is None:
            raise Invalid(f"TSS0314E ACID DOES NOT EXIST: {acid_of(value)} (id assumed for REFRESH)")
        return OK, f"{acid_of(value) if value else 'the issuer'} refreshed"

    # -- REPLACE -------------------------------------------------------------
    def _ndt(self, operands, replace):
        """PassTicket applications in the NDT (Broadcom TSS, PSTKAPPL keyword):
        PSTKAPPL(appl) SESSKEY(hex) [SIGNMULTI]. The key is never kept."""
        ops = by_name(operands, {"PSTKAPPL", "SESSKEY", "SIGNMULTI"}, "TSS NDT")
        appl = required(ops, "PSTKAPPL")
        key = required(ops, "SESSKEY")
        if not re.fullmatch(r"^[0-9A-Fa-f]{1,16}$", key):
            raise Invalid("SESSKEY() must be 1-16 hexadecimal digits")
        present = appl in self.state.passtickets
        if present and not replace:
            return EXISTS, f"PSTKAPPL({appl}) is already in the NDT (assumed)"
        if replace and not present:
            return NOT_FOUND, f"PSTKAPPL({appl}) is not in the NDT (assumed)"
        self.state.passtickets[appl] = {"multi_use": "SIGNMULTI" in ops}
        return OK, f"PassTicket application {appl} {'replaced' if replace else 'added'}"

    def _replace(self, value, operands):
        acid = acid_of(value)
        if acid == "NDT":
            return self._ndt(operands, replace=True)
        if acid == "RDT":
            return self._rdt_replace(operands)
        if acid in TABLES:
            raise Unsupported(f"TSS REPLACE({acid}): UNVERIFIED form, not modeled (research §5)")
        ops = by_name(operands, REPLACE_FIELDS, "TSS REPLACE")
        kind, record = self._find(acid)
        if record is None:
            return NOT_FOUND, f"TSS0314E ACID DOES NOT EXIST: {acid} (id assumed for REPLACE)"
        work = copied(record)
        for name, op in ops.items():
            self._replace_field(acid, kind, work, name, op)
        record.update(work)
        return OK, f"{acid} replaced"

    def _replace_field(self, acid, kind, work, name, op):
        if name == "NAME":
            work["name"] = name_field(op)
            return
        need_kind(acid, kind, name)
        if name == "PASSWORD":
            work["password"] = has_password(op)
        elif name == "DFLTGRP":
            self._set_default_group(work, single([w.upper() for w in op.words()], name), replace=True)
        elif name in ("UID", "GID"):
            self._set_id(work, name, op, replace=True)
        else:
            work["home" if name == "HOME" else "program"] = path_of(op, name)

    def _remove(self, value, operands):
        acid = acid_of(value)
        if acid in TABLES:
            return self._remove_table(acid, operands)
        if any(op.name in ("DIGICERT", "KEYRING") for op in operands):
            return self._remove_pki(acid, operands)
        if any(op.name == "CERTMAP" for op in operands):
            record = required(by_name(operands, {"CERTMAP"}, "TSS REMOVE CERTMAP"), "CERTMAP")
            if self.state.certmaps.pop(f"{acid} {record}", None) is None:
                return NOT_FOUND, f"{acid} has no CERTMAP({record}) (assumed)"
            return OK, f"{acid} CERTMAP({record}) removed"
        if any(op.name == "IDMAP" for op in operands):
            record = required(by_name(operands, {"IDMAP"}, "TSS REMOVE IDMAP"), "IDMAP")
            if self.state.idmaps.pop(f"{acid} {record}", None) is None:
                return NOT_FOUND, f"{acid} has no IDMAP({record}) (assumed)"
            return OK, f"{acid} IDMAP({record}) removed"
        ops, resources = self._operands(operands, {"GROUP", "FAC", "MASTFAC"}, "TSS REMOVE")
        kind, record = self._find(acid)
        if record is None:
            return NOT_FOUND, f"TSS0314E ACID DOES NOT EXIST: {acid} (id assumed for REMOVE)"
        work = copied(record)
        for name, op in ops.items():
            self._remove_field(acid, kind, work, name, op)
        owned = [self._owned_key(acid, entry.keyword, op) for entry, op in resources]
        record.update(work)
        for key in owned:
            del self.state.ownership[key]
        return OK, f"removed from {acid}"

    def _remove_field(self, acid, kind, work, name, op):
        need_kind(acid, kind, name)
        key = {"GROUP": "groups", "FAC": "facilities", "MASTFAC": "mastfac"}[name]
        for word in need_words([w.upper() for w in op.words()], name):
            if word not in work[key]:
                raise NotThere(f"{acid} has no {name}({word}) (id assumed)")
            if name == "GROUP" and work["default_group"] == word:
                raise Invalid(f"{acid}: {word} is the default group; REPLACE DFLTGRP first (assumed)")
            work[key].remove(word)

    def _owned_key(self, acid, keyword, op):
        key = f"{keyword} {resource_name(op, keyword)}"
        owner = self.state.ownership.get(key)
        if owner != acid:
            raise NotThere(f"{acid} does not own {key}" + (f" ({owner} does)" if owner else "")
                            + " (id assumed)")
        return key

    def _remove_table(self, table, operands):
        if table == "RDT":
            return self._rdt_remove(operands)
        if table == "NDT":
            appl = required(by_name(operands, {"PSTKAPPL"}, "TSS REMOVE(NDT)"), "PSTKAPPL")
            if self.state.passtickets.pop(appl, None) is None:
                return NOT_FOUND, f"PSTKAPPL({appl}) is not in the NDT (assumed)"
            return OK, f"PassTicket application {appl} removed"
        if table != "STC":
            raise Unsupported(f"TSS REMOVE({table}): table not modeled by the dry-run engine")
        proc = required(by_name(long_names(operands), {"PROCNAME"}, "TSS REMOVE(STC)"), "PROCNAME")
        if self.state.stc_table.pop(proc, None) is None:
            return NOT_FOUND, f"PROCNAME({proc}) is not in the STC table (id assumed)"
        return OK, f"STC {proc} removed"

    # -- DELETE --------------------------------------------------------------
    def _delete(self, value, operands):
        acid = acid_of(value)
        by_name(operands, set(), "TSS DELETE")
        if acid in SPECIAL_ACIDS:
            raise Invalid(f"{acid} is a special ACID and cannot be deleted (id assumed)")
        kind, record = self._find(acid)
        if record is None:
            return NOT_FOUND, f"TSS0314E ACID DOES NOT EXIST: {acid} (id assumed for DELETE)"
        owned = [k for k, owner in self.state.ownership.items() if owner == acid]
        self._check_deletable(acid, kind, owned)
        # BC TSS "PROCNAME Keyword": deleting an ACID the STC table still names
        # gives an error, but the ACID is deleted (the table entry stays)
        procs = sorted(p for p, a in self.state.stc_table.items() if a == acid)
        # DELETE page: TSS disconnects the ACID, revokes its permits and drops its ownership.
        for key in owned:
            del self.state.ownership[key]
        for key in list(self.state.permits):
            self._drop_permit(key, acid)
        del {"user": self.state.users, "group": self.state.groups,
             "scope": self.state.departments}[kind][acid]
        if procs:
            return ERROR, (f"{acid} is still the ACID of STC {', '.join(procs)}; the ACID is deleted,"
                           " the STC entry stays (message id assumed)")
        return OK, f"{acid} deleted"

    def _check_deletable(self, acid, kind, owned):
        """BC TSS Command Functions, "DELETE Function—Delete an ACID".

        Only a department or division (scope) has ACIDs in it and only a group
        has members, so deleting a user looks at no other ACID: an undo deck
        of N users takes N steps, not N x N.
        """
        members = []
        if kind == "scope":
            members += [a for a, r in list(self.state.users.items()) + list(self.state.groups.items())
                        if r.get("dept") == acid]
            members += [d for d, r in self.state.departments.items() if r.get("div") == acid]
        if kind == "group":
            members += [u for u, r in self.state.users.items()
                        if acid in r["groups"] or r["default_group"] == acid]
        if members:
            raise Invalid(f"{acid} still has ACIDs connected to it ({', '.join(sorted(members))})"
                          " (documented rule; message id assumed)")
        for key in owned:
            if any(covers(key, k) and set(acl) - {acid} for k, acl in self.state.permits.items()):
                raise Invalid(f"{acid} owns {key}, which is permitted to other ACIDs"
                              " (documented rule; message id assumed)")

    # -- lookups -------------------------------------------------------------
    def _find(self, acid):
        """(kind, record) of an ACID: kind user, group or scope (DEPT/DIV)."""
        for kind, records in (("user", self.state.users), ("group", self.state.groups),
                              ("scope", self.state.departments)):
            if acid in records:
                return kind, records[acid]
        return None, None
