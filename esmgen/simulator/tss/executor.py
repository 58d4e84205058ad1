"""Top Secret commands against a simulated TSS security file.

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
PREFIX" -> owning ACID) and permits ("KEYWORD RESOURCE" -> {ACID: level}).
"""

import copy
import re

from esmgen.simulator import pki
from esmgen.simulator.outcomes import (
    ERROR,
    EXISTS,
    NOT_FOUND,
    OK,
    BaseExecutor,
    Invalid,
    Unsupported,
    by_name,
)
from esmgen.simulator.syntax import unquote
from esmgen.simulator.tss import rdt
from esmgen.simulator.tss.common import (
    CREATE_USER_FIELDS, FIRST_AUTO_ID, FUNCTIONS, GROUP_FIELDS, LIST_FIELDS, REPLACE_FIELDS, SPECIAL_ACIDS,
    TABLES, UNMODELED_KEYWORDS, USER_FIELDS, NotThere, acid_of, covering, covers, has_password, label_of,
    long_names,
    name_field, need_kind, need_words, new_user, one_resource, owned_by_prefix, path_of, required,
    resource_name, response, set_single, single, value_of,
)
from esmgen.simulator.tss.rdt_commands import RdtCommands


class Executor(RdtCommands, BaseExecutor):

    # -- session -------------------------------------------------------------
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
        work, pending, changed = copy.deepcopy(record), {}, []
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
        work = copy.deepcopy(record)
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

    # -- REMOVE --------------------------------------------------------------
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
        work = copy.deepcopy(record)
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

    # -- PERMIT / REVOKE -----------------------------------------------------
    def _permit(self, value, operands):
        acid = self._grantee(value)
        ops, resources = self._operands(operands, {"ACCESS"}, "TSS PERMIT")
        entry, resource = one_resource(resources, "PERMIT")
        keyword = entry.keyword
        level = self._access(entry, ops)
        if entry.site and entry.max_permit and len(resource) > entry.max_permit:
            # MAXLEN: the longest name a PERMIT of the class takes (BC TSS User Guide 531517)
            raise Invalid(f"{keyword}({resource}): longer than the class's MAXLEN({entry.max_permit})"
                          " (assumed message)")
        key = f"{keyword} {resource}"
        if not owned_by_prefix(self.state.ownership, keyword, resource):
            # UNVERIFIED (notes §2.5): the exact failure for an unowned resource.
            raise Invalid(f"{keyword}({resource}) is not owned by any ACID; ADD ownership first"
                          " (resource not owned, assumed message)")
        acl = self.state.permits.setdefault(key, {})
        before = acl.get(acid)
        acl[acid] = level
        # Re-PERMIT replaces the level (UNVERIFIED, research §4).
        return OK, f"{acid} has {level} on {keyword}({resource})" + (
            f" (was {before})" if before and before != level else "")

    def _access(self, entry, ops):
        """The level a PERMIT grants: ACCESS, else the class's DEFACC ("DEFACC
        Keyword", BC TSS Command Functions 524920); the class's ACLST governs
        which levels are valid ("ACCESS Keyword", 917729)."""
        if "ACCESS" not in ops:
            return entry.defacc
        level = single([w.upper() for w in ops["ACCESS"].words()], "ACCESS")
        if level not in entry.levels():
            raise Invalid(f"ACCESS({level}) is not an access level of resource class {entry.keyword}"
                          f" (ACLST {','.join(entry.levels())}) (assumed message)")
        return level

    def _operands(self, operands, fields, verb):
        """({NAME: Operand} of the command's own keywords, [(RDT entry, Operand)] of
        its resource keywords). A keyword that is neither, and not a documented one
        left unmodeled, names a resource class the RDT does not have: error."""
        rest, resources = [], []
        for op in operands:
            entry = None if op.name in fields else rdt.lookup(self.state, op.name)
            if entry is None:
                rest.append(op)
            else:
                resources.append((entry, op))
        try:
            return by_name(rest, fields, verb), resources
        except Unsupported:
            for op in rest:
                if op.name not in fields and op.name not in UNMODELED_KEYWORDS \
                        and not any(field.startswith(op.name) for field in fields):
                    raise Invalid(f"{verb}: {op.name} is not a keyword of the command nor a resource class"
                                  " in the RDT (assumed message)") from None
            raise

    def _revoke(self, value, operands):
        acid = self._grantee(value, must_exist=False)
        _, resources = self._operands(operands, set(), "TSS REVOKE")
        entry, resource = one_resource(resources, "REVOKE")
        keyword = entry.keyword
        key = f"{keyword} {resource}"
        if acid not in self.state.permits.get(key, {}):
            # REVOKE of an absent permit: expected to fail, id UNVERIFIED (research §4).
            return NOT_FOUND, f"{acid} is not permitted to {keyword}({resource}) (id assumed)"
        self._drop_permit(key, acid)
        return OK, f"{acid} revoked from {keyword}({resource})"

    def _grantee(self, value, must_exist=True):
        acid = acid_of(value)
        if acid == "ALL" or not must_exist:
            return acid
        kind, record = self._find(acid)
        if record is None:
            raise Invalid(f"TSS0314E ACID DOES NOT EXIST: {acid} (id assumed for PERMIT)")
        if kind == "scope":
            # PERMIT page (z/OS r15 and z/VM): no permits to department or division ACIDs.
            # r15 also names GROUP ACIDs; Zowe's decks permit them, so they are accepted.
            raise Invalid(f"{acid} is a {record['type']} ACID; resources cannot be permitted to it"
                          " (message id assumed)")
        return acid

    def _drop_permit(self, key, acid):
        acl = self.state.permits.get(key, {})
        acl.pop(acid, None)
        if not acl:
            self.state.permits.pop(key, None)   # an emptied entry leaves no trace

    # -- LIST / WHOHAS / WHOOWNS ----------------------------------------------
    def _list(self, value, operands):
        acid = acid_of(value)
        if acid == "RDT":
            return self._rdt_list(operands)
        if acid == "STC":
            return self._list_stc(by_name(long_names(operands), {"PROCNAME", "PREFIX"}, "TSS LIST(STC)"))
        if any(op.name in ("DIGICERT", "KEYRING", "LABLRING") for op in operands):
            return self._list_pki(acid, operands)
        if acid == "NDT":
            appl = required(by_name(operands, {"PSTKAPPL"}, "TSS LIST(NDT)"), "PSTKAPPL")
            if appl not in self.state.passtickets:
                return NOT_FOUND, f"PSTKAPPL({appl}) is not in the NDT (assumed)"
            return OK, f"PSTKAPPL({appl}) listed (SESSKEY not shown)"
        by_name(operands, LIST_FIELDS, "TSS LIST")
        if acid == "ACIDS":
            return OK, "all ACIDs listed"
        if self._find(acid)[1] is None:
            return NOT_FOUND, f"TSS0314E ACID DOES NOT EXIST: {acid}"
        return OK, f"ACCESSORID = {acid}"

    def _list_stc(self, ops):
        if "PROCNAME" not in ops:
            return OK, "STC table listed"
        proc = required(ops, "PROCNAME")
        found = [p for p in self.state.stc_table if p == proc or ("PREFIX" in ops and p.startswith(proc))]
        if not found:
            # Output for an absent procname is not documented publicly.
            return NOT_FOUND, f"PROCNAME({proc}) is not in the STC table (assumed)"
        return OK, f"ACCESSORID = *STC* PROCNAME = {', '.join(sorted(found))}"

    def _whohas(self, value, operands):
        keyword, resource = self._query(value, operands, "WHOHAS")
        owners = covering(self.state.ownership, keyword, resource)
        holders = sorted(a for acl in covering(self.state.permits, keyword, resource) for a in acl)
        if not owners and not holders:
            return NOT_FOUND, f"no owner or permit covers {keyword}({resource}) (id assumed)"
        return OK, f"RESOURCE = {resource} OWNER({', '.join(owners) or '-'})" + (
            f" XAUTH ACID({', '.join(holders)})" if holders else "")

    def _whoowns(self, value, operands):
        keyword, resource = self._query(value, operands, "WHOOWNS")
        if resource == "*":
            # KB 45615: WHOOWNS class(*) lists every owned name of the class
            owned = sorted(f"{owner} OWNS {key.split(' ', 1)[1]}" for key, owner in self.state.ownership.items()
                           if key.split(" ", 1)[0] == keyword)
            if not owned:
                return NOT_FOUND, f"no {keyword} resource is owned (id assumed)"
            return OK, "; ".join(owned)
        owners = covering(self.state.ownership, keyword, resource)
        if not owners:
            return NOT_FOUND, f"{keyword}({resource}) is not owned (id assumed)"
        return OK, f"{', '.join(owners)} OWNS {keyword} {resource}"

    def _query(self, value, operands, function):
        if value is not None:
            raise Invalid(f"TSS {function} takes no ACID")
        _, resources = self._operands(operands, {"DATA"}, f"TSS {function}")
        entry, resource = one_resource(resources, function)
        return entry.keyword, resource

    # -- lookups -------------------------------------------------------------
    def _find(self, acid):
        """(kind, record) of an ACID: kind user, group or scope (DEPT/DIV)."""
        for kind, records in (("user", self.state.users), ("group", self.state.groups),
                              ("scope", self.state.departments)):
            if acid in records:
                return kind, records[acid]
        return None, None
