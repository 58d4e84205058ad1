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
import functools
import re

from esmgen.simulator import pki
from esmgen.facts import coded_classes, fact, inverse
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
from esmgen.simulator.syntax import Operand, unquote

FIRST_AUTO_ID = 1000      # UID(?)/GID(?) hand out the next free number from here
RETURN_CODE = "08"        # (assumed) the RC TSS0301I shows for a failed function
NAME_LIMIT = 32           # NAME field (BC TSS User Guide; esmgen.renderer.backends.tss checks it too)
ACID_PATTERN = re.compile(r"^[A-Z0-9$#@%&=?]{1,8}$")   # BC TSS User Guide, ACID names

FUNCTIONS = {"GENCERT": "GENCERT", "CREATE": "CREATE", "CRE": "CREATE", "ADDTO": "ADDTO", "ADD": "ADDTO",
             "REMOVE": "REMOVE", "REM": "REMOVE", "REPLACE": "REPLACE", "REP": "REPLACE",
             "DELETE": "DELETE", "DEL": "DELETE", "PERMIT": "PERMIT", "PER": "PERMIT",
             "REVOKE": "REVOKE", "REV": "REVOKE", "LIST": "LIST", "WHOHAS": "WHOHAS",
             "WHOOWNS": "WHOOWNS", "REFRESH": "REFRESH"}
# Records that are not ACIDs; the STC table, the NDT's PassTicket entries and
# the classes added to the RDT are modeled.
TABLES = {"STC", "RDT", "NDT", "SDT"}
# DELETE page: these ACIDs can never be deleted.
SPECIAL_ACIDS = {"ALL", "STC", "AUDIT", "DLF", "RDT", "SDT"}

USER_FIELDS = {"GROUP", "DFLTGRP", "UID", "HOME", "OMVSPGM", "FAC", "MASTFAC"}
CREATE_USER_FIELDS = {"PASSWORD", "SOURCE", "PROFILE", "DSNAME", "FAC"}
# Short keyword spellings Broadcom's own pages use (KB 27209: PASS, PROCN).
LONG_NAMES = {"PASS": "PASSWORD", "PROCN": "PROCNAME"}
GROUP_FIELDS = {"GID"}
REPLACE_FIELDS = {"NAME", "DFLTGRP", "UID", "GID", "HOME", "OMVSPGM"}
LIST_FIELDS = {"DATA", "SEGMENT"}


@functools.lru_cache(maxsize=1)
def _tss_table():
    # esmgen.renderer.backends is data and tables only; the renderer stays out of the engine.
    from esmgen.renderer.backends import load_table
    return load_table("tss")


def resource_keywords():
    """The resource class keywords of the shipped TSS table (IBMFAC, DATASET ...)."""
    return frozenset(entry["keyword"] for entry in _tss_table()["classes"].values()
                     if entry and entry.get("keyword"))


def access_levels():
    """TSS access levels the table maps (NONE READ UPDATE CONTROL ALL)."""
    return frozenset(_tss_table()["access"].values())


class Executor(BaseExecutor):

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
        except _NotThere as exc:
            outcome, detail = NOT_FOUND, str(exc)
        except Invalid as exc:
            outcome, detail = ERROR, str(exc)
        return outcome, _response(word, outcome, detail)

    # -- CREATE --------------------------------------------------------------
    def _create(self, value, operands):
        acid = _acid(value)
        ops = by_name(_long_names(operands), {"TYPE", "NAME", "DEPT", "DEPARTMENT", "DIV", "DIVISION",
                                              "PROTECTED"} | CREATE_USER_FIELDS, "TSS CREATE")
        if "TYPE" not in ops:
            raise Unsupported("TSS CREATE without TYPE: the default type is not modeled")
        kind = (ops["TYPE"].value or "").upper()
        if kind not in ("USER", "GROUP", "PROFILE", "DEPT", "DIV"):
            raise Unsupported(f"TSS CREATE TYPE({kind}): ACID type not modeled")
        if self._find(acid)[1] is not None or acid in SPECIAL_ACIDS:
            # Only the TSS0301I framing is documented for this case (research §2).
            return EXISTS, f"ACID {acid} ALREADY EXISTS (reason id assumed)"
        name = _name(ops.get("NAME"))
        if kind in ("DEPT", "DIV"):
            return self._create_scope(acid, kind, name, ops)
        return self._create_member(acid, kind, name, ops)

    def _create_scope(self, acid, kind, name, ops):
        """DEPT (optionally under a DIV) or DIV; zones are not modeled."""
        if "DEPT" in ops or "DEPARTMENT" in ops or "PROTECTED" in ops or CREATE_USER_FIELDS & set(ops):
            raise Invalid(f"DEPT/PROTECTED/user fields do not apply to a TYPE({kind}) ACID (assumed)")
        division = _value(ops, "DIV", "DIVISION")
        if division is not None and kind == "DIV":
            raise Invalid("a division cannot be attached to a division (assumed)")
        if division is not None and self.state.departments.get(division, {}).get("type") != "DIV":
            raise Invalid(f"DIV({division}) is not a division ACID (assumed)")
        self.state.departments[acid] = {"type": kind, "name": name, "div": division}
        return OK, f"{kind} {acid} created"

    def _create_member(self, acid, kind, name, ops):
        """USER, PROFILE or GROUP: every one needs an existing department."""
        dept = _value(ops, "DEPT", "DEPARTMENT")
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
            user = _new_user(kind, name, dept, "PROTECTED" in ops)
            self._create_fields(user, ops)
            self.state.users[acid] = user
        return OK, f"{kind} {acid} created in {dept}"

    def _create_fields(self, user, ops):
        """PASSWORD, SOURCE, PROFILE, DSNAME, FAC on CREATE (BC TSS Command
        Functions "Introduction": TSS CREATE(USER01) ... PASSWORD(1234,30,EXPIRE)
        SOURCE(GRAF0076) PROFILE(BUDGET,TAXES,CRIME) DSNAME(SYS.01); KB 27209:
        PASS(NOPW,0) FAC(STC)). The password itself is never kept."""
        if "PASSWORD" in ops:
            words = [w.upper() for w in ops["PASSWORD"].words()]
            if not words or not words[0]:
                raise Invalid("PASSWORD() needs a value (message id assumed)")
            user["password"] = words[0] != "NOPW"       # NOPW: no password ("PASSWORD Keyword")
        for name in ("SOURCE", "DSNAME"):
            if name in ops:
                user[name.lower()] = _path(ops[name], name).upper()
        if "PROFILE" in ops:
            profiles = _need_words([w.upper() for w in ops["PROFILE"].words()], "PROFILE")
            for profile in profiles:
                if self.state.users.get(profile, {}).get("type") != "PROFILE":
                    raise Invalid(f"PROFILE({profile}): not a PROFILE ACID (assumed)")
            user["profiles"] = profiles
        if "FAC" in ops:
            user["facilities"] = _need_words([w.upper() for w in ops["FAC"].words()], "FAC")

    # -- ADDTO ---------------------------------------------------------------
    def _addto(self, value, operands):
        acid = _acid(value)
        if acid in TABLES:
            return self._add_table(acid, operands)
        if any(op.name == "IDMAP" for op in operands):
            return self._add_idmap(acid, operands)
        if any(op.name == "CERTMAP" for op in operands):
            return self._add_certmap(acid, operands)
        if any(op.name in ("DIGICERT", "KEYRING") for op in operands):
            return self._add_pki(acid, operands)
        ops = by_name(operands, USER_FIELDS | GROUP_FIELDS | resource_keywords(), "TSS ADDTO")
        kind, record = self._find(acid)
        if record is None:
            raise Invalid(f"TSS0314E ACID DOES NOT EXIST: {acid} (id assumed for ADDTO)")
        work, pending, changed = copy.deepcopy(record), {}, []
        # GROUP before DFLTGRP: `ADD(u) GROUP(g) DFLTGRP(g)` connects, then defaults.
        for name in sorted(ops, key=lambda n: n != "GROUP"):
            if name in resource_keywords():
                changed.append(self._add_owner(acid, name, ops[name], pending))
            else:
                changed.append(self._add_field(acid, kind, work, name, ops[name]))
        record.update(work)
        self.state.ownership.update(pending)
        if any(changed):
            return OK, f"{acid} updated"
        return EXISTS, f"{acid}: everything given is already there (assumed outcome)"

    def _add_field(self, acid, kind, work, name, op):
        """Apply one ACID field to the working copy; False when it is already there."""
        _need_kind(acid, kind, name)
        words = [w.upper() for w in op.words()]
        if name == "GROUP":
            return self._add_groups(work, _need_words(words, name))
        if name == "DFLTGRP":
            return self._set_default_group(work, _single(words, name), replace=False)
        if name in ("FAC", "MASTFAC"):
            key = "facilities" if name == "FAC" else "mastfac"
            new = [w for w in _need_words(words, name) if w not in work[key]]
            work[key].extend(new)
            return bool(new)
        if name in ("UID", "GID"):
            return self._set_id(work, name, op, replace=False)
        return _set_single(work, "home" if name == "HOME" else "program", _path(op, name), name)

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
        key = f"{keyword} {_resource(op, keyword)}"
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
            return self._add_rdt(operands)
        if table != "STC":
            raise Unsupported(f"TSS ADDTO({table}): table not modeled by the dry-run engine")
        ops = by_name(_long_names(operands), {"PROCNAME", "ACID"}, "TSS ADDTO(STC)")
        proc, acid = _required(ops, "PROCNAME"), _required(ops, "ACID")
        current = self.state.stc_table.get(proc)
        if current is not None:
            # Re-ADD of a procname: UNVERIFIED (research §5); the entry is kept as it is.
            kept = "" if current == acid else f", kept with ACID {current}, not {acid}"
            return EXISTS, f"PROCNAME({proc}) is already in the STC table{kept} (assumed)"
        if self._find(acid)[1] is None:
            raise Invalid(f"TSS0314E ACID DOES NOT EXIST: ACID({acid}) (id assumed for the STC table)")
        self.state.stc_table[proc] = acid
        return OK, f"STC {proc} runs as {acid}"

    def _add_rdt(self, operands):
        """A site resource class: TSS ADD(RDT) RESCLASS(c) [RESCODE(hex)] ACLST(..) MAXLEN(n) ATTR(..)
        (Broadcom KB 45185, KB 113125). The ACLST levels must be unique and in
        descending order of their hex values, else permits store a lower level."""
        ops = by_name(operands, {"RESCLASS", "RESCODE", "ACLST", "MAXLEN", "ATTR", "DEFACC"}, "TSS ADDTO(RDT)")
        cls = _required(ops, "RESCLASS").upper()
        if cls in self.state.rdt:
            return EXISTS, f"RESCLASS({cls}) is already in the RDT (assumed)"
        maxlen = _required(ops, "MAXLEN") if "MAXLEN" in ops else "8"
        if not maxlen.isdigit():
            raise Invalid(f"MAXLEN({maxlen}): not a number")
        self.state.rdt[cls] = {"aclst": (ops["ACLST"].value or "") if "ACLST" in ops else "",
                               "maxlen": int(maxlen),
                               "attr": (ops["ATTR"].value or "") if "ATTR" in ops else ""}
        return OK, f"RESCLASS({cls}) added to the RDT"

    def _refresh(self, value, operands):
        """TSS REFRESH[(acid)] [JOBNAME(job|*)]: renews the ACID's security
        environment (Broadcom TSS Command Functions, REFRESH); nothing is stored."""
        by_name(operands, {"JOBNAME"}, "TSS REFRESH")
        if value is not None and self._find(_acid(value))[1] is None:
            raise Invalid(f"TSS0314E ACID DOES NOT EXIST: {_acid(value)} (id assumed for REFRESH)")
        return OK, f"{_acid(value) if value else 'the issuer'} refreshed"

    # -- REPLACE -------------------------------------------------------------
    def _ndt(self, operands, replace):
        """PassTicket applications in the NDT (Broadcom TSS, PSTKAPPL keyword):
        PSTKAPPL(appl) SESSKEY(hex) [SIGNMULTI]. The key is never kept."""
        ops = by_name(operands, {"PSTKAPPL", "SESSKEY", "SIGNMULTI"}, "TSS NDT")
        appl = _required(ops, "PSTKAPPL")
        key = _required(ops, "SESSKEY")
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
        acid = _acid(value)
        if acid == "NDT":
            return self._ndt(operands, replace=True)
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
            work["name"] = _name(op)
            return
        _need_kind(acid, kind, name)
        if name == "DFLTGRP":
            self._set_default_group(work, _single([w.upper() for w in op.words()], name), replace=True)
        elif name in ("UID", "GID"):
            self._set_id(work, name, op, replace=True)
        else:
            work["home" if name == "HOME" else "program"] = _path(op, name)

    # -- REMOVE --------------------------------------------------------------
    def _add_idmap(self, acid, operands):
        """TSS ADDTO(acid) IDMAP(recid) IDMAPDN('..') IDMAPRN('..') IDLABEL('..')
        (Broadcom TSS "IDMAPRN Keyword"; IDMAPDN and IDMAPRN are required)."""
        ops = by_name(operands, {"IDMAP", "IDMAPDN", "IDMAPRN", "IDLABEL"}, "TSS ADDTO IDMAP")
        if self._find(acid)[1] is None:
            raise Invalid(f"TSS0314E ACID DOES NOT EXIST: {acid} (id assumed for ADDTO)")
        record = _required(ops, "IDMAP")
        key = f"{acid} {record}"
        if key in self.state.idmaps:
            return EXISTS, f"{acid} already has IDMAP({record}) (assumed)"
        dn, registry = (unquote(_required(ops, n)) for n in ("IDMAPDN", "IDMAPRN"))
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
        owner = self._pki_owner(_acid(value))
        ops = by_name(operands, {"DIGICERT", "SUBJECTN", "KEYSIZE", "NADATE", "LABLCERT", "KEYUSAGE",
                                 "SIGNWITH", "ALTNAME"}, "TSS GENCERT")
        for name in ("DIGICERT", "SUBJECTN"):
            _required(ops, name)
        signed_by = None
        if "SIGNWITH" in ops:
            ca_owner, _, ca_record = (ops["SIGNWITH"].value or "").partition(",")
            signed_by = pki.find_by_record(self.state, self._pki_owner(ca_owner.strip().upper()),
                                           ca_record.strip().upper())
            if signed_by is None:
                raise Invalid(f"SIGNWITH({ops['SIGNWITH'].value}): no such certificate (assumed)")
        usage = (ops["KEYUSAGE"].value or "").upper() if "KEYUSAGE" in ops else ""
        return pki.add_certificate(self.state, owner, _label(ops), _required(ops, "DIGICERT"),
                                   signed_by=signed_by, ca="CERTSIGN" in usage)

    def _add_pki(self, acid, operands):
        owner = self._pki_owner(acid)
        ops = by_name(operands, {"DIGICERT", "DCDSN", "LABLCERT", "PKCSPASS", "TRUST", "KEYRING", "LABLRING",
                                 "RINGDATA", "USAGE", "DEFAULT"}, "TSS ADDTO")
        if "DIGICERT" in ops:
            # Cookbook "Add a Certificate to an ACID": DIGICERT and DCDSN are required
            if "DCDSN" not in ops:
                raise Invalid("DCDSN() is needed to add a certificate (message id assumed)")
            return pki.add_certificate(self.state, owner, _label(ops), _required(ops, "DIGICERT"))
        record = _required(ops, "KEYRING")
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
        usage = _value(ops, "USAGE") or "PERSONAL"
        return pki.connect(self.state, ring, cert_owner, label, usage, "DEFAULT" in ops)

    def _remove_pki(self, acid, operands):
        owner = self._pki_owner(acid)
        ops = by_name(operands, {"DIGICERT", "KEYRING"}, "TSS REMOVE")
        if "DIGICERT" in ops:
            label = pki.find_by_record(self.state, owner, _required(ops, "DIGICERT"))
            if label is None:
                return NOT_FOUND, f"{acid} has no DIGICERT({ops['DIGICERT'].value}) (assumed)"
            return pki.delete_certificate(self.state, owner, label)
        ring = pki.ring_by_record(self.state, owner, _required(ops, "KEYRING"))
        if ring is None:
            return NOT_FOUND, f"{acid} has no KEYRING({ops['KEYRING'].value}) (assumed)"
        return pki.delete_ring(self.state, owner, ring["name"])

    def _list_pki(self, acid, operands):
        if acid not in self.CERT_OWNERS and self._find(acid)[1] is None:
            return NOT_FOUND, f"TSS0314E ACID DOES NOT EXIST: {acid}"
        owner = self._pki_owner(acid)
        ops = by_name(operands, {"DIGICERT", "KEYRING"}, "TSS LIST")
        found = pki.find_by_record(self.state, owner, _required(ops, "DIGICERT")) if "DIGICERT" in ops \
            else pki.ring_by_record(self.state, owner, _required(ops, "KEYRING"))
        return (OK, f"{acid} listed") if found else (NOT_FOUND, f"{acid}: no such record (assumed)")

    def _add_certmap(self, acid, operands):
        """TSS ADDTO(acid) CERTMAP(recid) SDNFILTR('..') [IDNFILTR('..')] LABLCMAP('..') [TRUST]
        (Broadcom TSS cookbook, certificate name filters)."""
        ops = by_name(operands, {"CERTMAP", "SDNFILTR", "IDNFILTR", "LABLCMAP", "TRUST"}, "TSS ADDTO CERTMAP")
        if self._find(acid)[1] is None:
            raise Invalid(f"TSS0314E ACID DOES NOT EXIST: {acid} (id assumed for ADDTO)")
        record = _required(ops, "CERTMAP")
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
        acid = _acid(value)
        if acid in TABLES:
            return self._remove_table(acid, operands)
        if any(op.name in ("DIGICERT", "KEYRING") for op in operands):
            return self._remove_pki(acid, operands)
        if any(op.name == "CERTMAP" for op in operands):
            record = _required(by_name(operands, {"CERTMAP"}, "TSS REMOVE CERTMAP"), "CERTMAP")
            if self.state.certmaps.pop(f"{acid} {record}", None) is None:
                return NOT_FOUND, f"{acid} has no CERTMAP({record}) (assumed)"
            return OK, f"{acid} CERTMAP({record}) removed"
        if any(op.name == "IDMAP" for op in operands):
            record = _required(by_name(operands, {"IDMAP"}, "TSS REMOVE IDMAP"), "IDMAP")
            if self.state.idmaps.pop(f"{acid} {record}", None) is None:
                return NOT_FOUND, f"{acid} has no IDMAP({record}) (assumed)"
            return OK, f"{acid} IDMAP({record}) removed"
        ops = by_name(operands, {"GROUP", "FAC", "MASTFAC"} | resource_keywords(), "TSS REMOVE")
        kind, record = self._find(acid)
        if record is None:
            return NOT_FOUND, f"TSS0314E ACID DOES NOT EXIST: {acid} (id assumed for REMOVE)"
        work, owned = copy.deepcopy(record), []
        for name, op in ops.items():
            if name in resource_keywords():
                owned.append(self._owned_key(acid, name, op))
            else:
                self._remove_field(acid, kind, work, name, op)
        record.update(work)
        for key in owned:
            del self.state.ownership[key]
        return OK, f"removed from {acid}"

    def _remove_field(self, acid, kind, work, name, op):
        _need_kind(acid, kind, name)
        key = {"GROUP": "groups", "FAC": "facilities", "MASTFAC": "mastfac"}[name]
        for word in _need_words([w.upper() for w in op.words()], name):
            if word not in work[key]:
                raise _NotThere(f"{acid} has no {name}({word}) (id assumed)")
            if name == "GROUP" and work["default_group"] == word:
                raise Invalid(f"{acid}: {word} is the default group; REPLACE DFLTGRP first (assumed)")
            work[key].remove(word)

    def _owned_key(self, acid, keyword, op):
        key = f"{keyword} {_resource(op, keyword)}"
        owner = self.state.ownership.get(key)
        if owner != acid:
            raise _NotThere(f"{acid} does not own {key}" + (f" ({owner} does)" if owner else "")
                            + " (id assumed)")
        return key

    def _remove_table(self, table, operands):
        if table == "NDT":
            appl = _required(by_name(operands, {"PSTKAPPL"}, "TSS REMOVE(NDT)"), "PSTKAPPL")
            if self.state.passtickets.pop(appl, None) is None:
                return NOT_FOUND, f"PSTKAPPL({appl}) is not in the NDT (assumed)"
            return OK, f"PassTicket application {appl} removed"
        if table != "STC":
            raise Unsupported(f"TSS REMOVE({table}): table not modeled by the dry-run engine")
        proc = _required(by_name(_long_names(operands), {"PROCNAME"}, "TSS REMOVE(STC)"), "PROCNAME")
        if self.state.stc_table.pop(proc, None) is None:
            return NOT_FOUND, f"PROCNAME({proc}) is not in the STC table (id assumed)"
        return OK, f"STC {proc} removed"

    # -- DELETE --------------------------------------------------------------
    def _delete(self, value, operands):
        acid = _acid(value)
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
            if any(_covers(key, k) and set(acl) - {acid} for k, acl in self.state.permits.items()):
                raise Invalid(f"{acid} owns {key}, which is permitted to other ACIDs"
                              " (documented rule; message id assumed)")

    # -- PERMIT / REVOKE -----------------------------------------------------
    def _permit(self, value, operands):
        acid = self._grantee(value)
        ops = by_name(operands, {"ACCESS"} | resource_keywords(), "TSS PERMIT")
        keyword, resource = _one_resource(ops, "PERMIT")
        if "ACCESS" not in ops:
            raise Unsupported("TSS PERMIT without ACCESS: the class's RDT DEFACC is not modeled"
                              " (BC TSS Command Functions, DEFACC keyword)")
        level = _single([w.upper() for w in ops["ACCESS"].words()], "ACCESS")
        if level not in access_levels():
            raise Unsupported(f"ACCESS({level}): access level not modeled")
        key = f"{keyword} {resource}"
        if not _owned(self.state.ownership, keyword, resource):
            # UNVERIFIED (notes §2.5): the exact failure for an unowned resource.
            raise Invalid(f"{keyword}({resource}) is not owned by any ACID; ADD ownership first"
                          " (resource not owned, assumed message)")
        acl = self.state.permits.setdefault(key, {})
        before = acl.get(acid)
        acl[acid] = level
        # Re-PERMIT replaces the level (UNVERIFIED, research §4).
        return OK, f"{acid} has {level} on {keyword}({resource})" + (
            f" (was {before})" if before and before != level else "")

    def _revoke(self, value, operands):
        acid = self._grantee(value, must_exist=False)
        ops = by_name(operands, resource_keywords(), "TSS REVOKE")
        keyword, resource = _one_resource(ops, "REVOKE")
        key = f"{keyword} {resource}"
        if acid not in self.state.permits.get(key, {}):
            # REVOKE of an absent permit: expected to fail, id UNVERIFIED (research §4).
            return NOT_FOUND, f"{acid} is not permitted to {keyword}({resource}) (id assumed)"
        self._drop_permit(key, acid)
        return OK, f"{acid} revoked from {keyword}({resource})"

    def _grantee(self, value, must_exist=True):
        acid = _acid(value)
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
        acid = _acid(value)
        if acid == "RDT":
            by_name(operands, {"RESCLASS"}, "TSS LIST(RDT)")
            return OK, "RDT listed (the RDT is not simulated)"
        if acid == "STC":
            return self._list_stc(by_name(_long_names(operands), {"PROCNAME", "PREFIX"}, "TSS LIST(STC)"))
        if any(op.name in ("DIGICERT", "KEYRING") for op in operands):
            return self._list_pki(acid, operands)
        if acid == "NDT":
            appl = _required(by_name(operands, {"PSTKAPPL"}, "TSS LIST(NDT)"), "PSTKAPPL")
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
        proc = _required(ops, "PROCNAME")
        found = [p for p in self.state.stc_table if p == proc or ("PREFIX" in ops and p.startswith(proc))]
        if not found:
            # Output for an absent procname is not documented publicly.
            return NOT_FOUND, f"PROCNAME({proc}) is not in the STC table (assumed)"
        return OK, f"ACCESSORID = *STC* PROCNAME = {', '.join(sorted(found))}"

    def _whohas(self, value, operands):
        keyword, resource = self._query(value, operands, "WHOHAS")
        owners = _covering(self.state.ownership, keyword, resource)
        holders = sorted(a for acl in _covering(self.state.permits, keyword, resource) for a in acl)
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
        owners = _covering(self.state.ownership, keyword, resource)
        if not owners:
            return NOT_FOUND, f"{keyword}({resource}) is not owned (id assumed)"
        return OK, f"{', '.join(owners)} OWNS {keyword} {resource}"

    def _query(self, value, operands, function):
        if value is not None:
            raise Invalid(f"TSS {function} takes no ACID")
        ops = by_name(operands, {"DATA"} | resource_keywords(), f"TSS {function}")
        return _one_resource(ops, function)

    # -- lookups -------------------------------------------------------------
    def _find(self, acid):
        """(kind, record) of an ACID: kind user, group or scope (DEPT/DIV)."""
        for kind, records in (("user", self.state.users), ("group", self.state.groups),
                              ("scope", self.state.departments)):
            if acid in records:
                return kind, records[acid]
        return None, None


class _NotThere(Invalid):
    """Something to remove is absent: not-found, not an error."""


# -- helpers -------------------------------------------------------------------

def _response(word, outcome, detail):
    if outcome == OK:
        return f"TSS0300I {word} FUNCTION SUCCESSFUL: {detail}"
    return f"{detail}; TSS0301I {word} FUNCTION FAILED, RETURN CODE = {RETURN_CODE} (rc assumed)"


def _long_names(operands):
    """Operands with Broadcom's short keyword spellings written in full (LONG_NAMES)."""
    return [Operand(LONG_NAMES.get(op.name, op.name), op.value, op.text) for op in operands]


def _acid(value):
    acid = (value or "").strip().upper()
    if not ACID_PATTERN.fullmatch(acid):
        # TSS0211E: accessor id missing or invalid (issue #4115: `TSS ADD() IBMFAC(..)`).
        raise Invalid(f"TSS0211E ACCESSOR-ID MISSING OR INVALID: ({value or ''})")
    return acid


def _new_user(kind, name, dept, protected):
    return {"type": kind, "name": name, "dept": dept, "protected": protected, "groups": [],
            "default_group": None, "uid": None, "home": None, "program": None,
            "facilities": [], "mastfac": []}


def _need_kind(acid, kind, name):
    wanted = "user" if name in USER_FIELDS else "group"
    if kind != wanted:
        raise Invalid(f"{name} does not apply to {acid} (a {kind} ACID) (assumed)")


def _name(op):
    name = unquote(op.value or "") if op is not None else ""
    if not name.strip():
        raise Invalid("NAME is required (message id assumed)")
    if len(name) > NAME_LIMIT:
        raise Invalid(f"NAME is longer than {NAME_LIMIT} characters (message id assumed)")
    return name


def _value(ops, *names):
    for name in names:
        if name in ops:
            return (ops[name].value or "").strip().upper()
    return None


def _required(ops, name):
    value = _value(ops, name)
    if not value:
        raise Invalid(f"{name}() is required (message id assumed)")
    return value


def _need_words(words, name):
    if not words:
        raise Invalid(f"{name}() needs a value (message id assumed)")
    return words


def _single(words, name):
    if len(words) != 1:
        raise Invalid(f"{name}() takes one value (message id assumed)")
    return words[0]


def _path(op, name):
    path = unquote((op.value or "").strip())
    if not path:
        raise Invalid(f"{name}() needs a value (message id assumed)")
    return path


def _set_single(work, key, value, name):
    if work[key] == value:
        return False
    if work[key] is not None:
        raise Invalid(f"{name} is already {work[key]}; use REPLACE (assumed)")
    work[key] = value
    return True


def _label(ops):
    """LABLCERT, or the DIGICERT id when it is omitted (LABLCERT is optional on
    GENCERT and ADDTO DIGICERT; the default label is not documented: assumed)."""
    return unquote(ops["LABLCERT"].value or "") if "LABLCERT" in ops else _required(ops, "DIGICERT")


def _resource(op, keyword):
    resource = unquote((op.value or "").strip())
    if not resource or " " in resource:
        raise Invalid(f"{keyword}({op.value or ''}): one resource name is required (message id assumed)")
    return resource


def _one_resource(ops, function):
    keywords = [name for name in ops if name in resource_keywords()]
    if len(keywords) != 1:
        raise Invalid(f"TSS {function} takes exactly one resource keyword (message id assumed)")
    return keywords[0], _resource(ops[keywords[0]], keywords[0])


def _covering(table, keyword, resource):
    """The values of table ("KEYWORD PREFIX" -> value) whose prefix covers the
    resource, shortest prefix first: one look-up per prefix length."""
    keys = (f"{keyword} {resource[:length]}" for length in range(len(resource) + 1))
    return [table[key] for key in keys if key in table]


def _owned(ownership, keyword, resource):
    """Some ACID owns a prefix of the resource: the same as any(_covers(k, key) for k
    in ownership), by one look-up per prefix length instead of a scan of every owned
    prefix (a deck of N permits would otherwise take N x ownership steps)."""
    return any(f"{keyword} {resource[:length]}" in ownership for length in range(len(resource) + 1))


def _covers(owned_key, key):
    """TSS owns and permits by prefix: 'IBMFAC BPX.' covers 'IBMFAC BPX.SERVER'."""
    owned_keyword, owned = owned_key.split(" ", 1)
    keyword, resource = key.split(" ", 1)
    return owned_keyword == keyword and resource.startswith(owned)


# -- facts ---------------------------------------------------------------------

def facts(state):
    """The TSS state in the ESM-neutral fact vocabulary of esmgen.facts."""
    table = _renderer_table()   # TEMPORARY: replaced by the simulator's own knowledge
    classes = coded_classes(table, "keyword")
    levels = inverse(table["access"])
    found = set()
    for acid, user in state.users.items():
        if user["type"] == "USER":
            found |= _user_facts(acid, user)
    for acid, group in state.groups.items():
        found.add(fact("group", acid))
        if group["gid"] is not None:
            found.add(fact("omvs-group", acid))
    found |= {fact("dept", d) for d, record in state.departments.items() if record["type"] == "DEPT"}
    found |= {fact("stc", proc, acid, None) for proc, acid in state.stc_table.items()}
    found |= {fact("passticket", appl) for appl in state.passtickets}
    found |= {fact("idmap", m["user"], m["label"]) for m in state.idmaps.values()}
    found |= {fact("certmap", m["user"], m["label"]) for m in state.certmaps.values()}
    found |= pki.facts(state)
    for key, acid in state.ownership.items():
        keyword, prefix = key.split(" ", 1)
        found.add(fact("owns", acid, classes.get(keyword, keyword), prefix))
    for key, acl in state.permits.items():
        keyword, resource = key.split(" ", 1)
        cls = classes.get(keyword, keyword)
        for acid, level in acl.items():
            level = levels.get(level, level)
            if acid != "ALL":
                found.add(fact("access", cls, resource, acid, level))
            elif level != "NONE":        # as RACF UACC: only access above NONE is a fact
                found.add(fact("uacc", cls, resource, level))
    return found


def _user_facts(acid, user):
    found = {fact("user", acid)}
    if user["protected"]:
        found.add(fact("protected", acid))
    if user["default_group"]:
        found.add(fact("default-group", acid, user["default_group"]))
    if user["uid"] is not None:
        found.add(fact("omvs", acid, user["home"], user["program"]))
    connected = set(user["groups"]) | ({user["default_group"]} if user["default_group"] else set())
    found |= {fact("connect", acid, group) for group in connected}
    found |= {fact("facility", acid, f) for f in user["facilities"]}
    found |= {fact("mastfac", acid, f) for f in user["mastfac"]}
    return found


def _renderer_table():
    from esmgen.renderer.backends import load_table
    return load_table("tss")
