"""RACF commands against a simulated RACF database.

Behaviour and message ids from IBM z/OS Security Server RACF Command Language
Reference and RACF Messages and Codes; ids marked (assumed) are not
documented publicly for that case (see docs/dry-run.md).
"""

import re

from esmgen.simulator import pki
from esmgen.facts import fact
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
from esmgen.simulator.syntax import operand, split, unquote

LEVELS = ("NONE", "READ", "UPDATE", "CONTROL", "ALTER")
FIRST_AUTO_ID = 1000     # AUTOUID/AUTOGID hand out the next free number from here


class Executor(BaseExecutor):
    aliases = {"AG": "ADDGROUP", "ALG": "ALTGROUP", "DG": "DELGROUP", "LG": "LISTGRP",
               "AU": "ADDUSER", "ALU": "ALTUSER", "DU": "DELUSER", "LU": "LISTUSER",
               "RDEF": "RDEFINE", "RALT": "RALTER", "RDEL": "RDELETE", "RL": "RLIST",
               "PE": "PERMIT", "AD": "ADDSD", "ALD": "ALTDSD", "DD": "DELDSD", "LD": "LISTDSD",
               "SETR": "SETROPTS", "CO": "CONNECT", "RE": "REMOVE"}

    # -- session and options -------------------------------------------------
    def cmd_PROFILE(self, operands):
        by_name(operands, {"MSGID", "NOMSGID", "PREFIX", "NOPREFIX"}, "PROFILE")
        return OK, "TSO profile set"

    def cmd_SETROPTS(self, operands):
        ops = by_name(operands, {"CLASSACT", "NOCLASSACT", "RACLIST", "NORACLIST", "GENERIC",
                                 "NOGENERIC", "GENCMD", "NOGENCMD", "EGN", "NOEGN", "REFRESH", "LIST",
                                 "WHEN", "NOWHEN"}, "SETROPTS")
        for name, key, value in (("CLASSACT", "active", True), ("NOCLASSACT", "active", False),
                                 ("NORACLIST", "raclist", False), ("NOGENERIC", "generic", False),
                                 ("GENCMD", "gencmd", True), ("NOGENCMD", "gencmd", False)):
            for cls in ops[name].words() if name in ops else ():
                self._cls(cls)[key] = value
        # IBM "Activating enhanced generic naming for the DATASET class (EGN
        # option)": EGN applies to DATASET only; without it ** is not allowed
        # in data set profiles ("When you can specify generic profile names").
        for name in ("EGN", "NOEGN"):
            if name in ops:
                self._cls("DATASET")["egn"] = name == "EGN"
        for name, value in (("WHEN", True), ("NOWHEN", False)):
            # program control (IBM "How program control works"): WHEN(PROGRAM) only
            for word in ops[name].words() if name in ops else ():
                if word.upper() != "PROGRAM":
                    raise Unsupported(f"SETROPTS {name}({word}): only PROGRAM is modeled")
                if "REFRESH" not in ops:
                    self._cls("PROGRAM")["when"] = value
        if "REFRESH" not in ops:
            for name, key in (("RACLIST", "raclist"), ("GENERIC", "generic")):
                for cls in ops[name].words() if name in ops else ():
                    self._cls(cls)[key] = True
        # ICH14063I: SETROPTS command complete (refreshes change nothing we model)
        return OK, "ICH14063I SETROPTS COMMAND COMPLETE"

    def _cls(self, cls):
        return self.state.classes.setdefault(cls.upper(), {"active": False, "raclist": False,
                                                           "generic": False})

    # -- groups --------------------------------------------------------------
    def cmd_ADDGROUP(self, operands):
        _no_auto_for_lists(operands, "AUTOGID", "ADDGROUP")
        name, ops = _subject(operands, {"OMVS", "DATA", "OWNER", "SUPGROUP"}, "ADDGROUP")
        if name in self.state.groups or name in self.state.users:
            return EXISTS, f"IKJ56702I INVALID GROUP, {name} (assumed: already defined)"
        group = {"gid": None, "data": ""}
        problem = self._group_fields(group, ops)
        if problem:
            return ERROR, problem
        self.state.groups[name] = group
        return OK, _assigned(f"group {name} defined", "Group", name, "GID", group["gid"], ops)

    def cmd_ALTGROUP(self, operands):
        name, ops = _subject(operands, {"OMVS", "NOOMVS", "DATA", "OWNER", "SUPGROUP"}, "ALTGROUP")
        if name not in self.state.groups:
            return NOT_FOUND, f"ICH51003I NAME NOT FOUND IN RACF DATA SET: {name} (assumed)"
        group = self.state.groups[name]
        before = group["gid"]
        problem = self._group_fields(group, ops)
        if problem:
            return ERROR, problem
        return OK, _assigned(f"group {name} altered", "Group", name, "GID", group["gid"], ops, before)

    def _group_fields(self, group, ops):
        if "DATA" in ops:
            group["data"] = unquote(ops["DATA"].value or "")
        if "NOOMVS" in ops:
            group["gid"] = None
        if "OMVS" in ops:
            sub = _sub(ops["OMVS"], {"GID", "AUTOGID", "NOGID", "SHARED"}, "OMVS")
            if "AUTOGID" in sub:
                problem = self._auto_id(group, "gid", "group")
                if problem:
                    return problem
            elif "GID" in sub:
                group["gid"] = _number(sub["GID"])
                if group["gid"] is None:
                    return f"GID({sub['GID'].value}) is not a number"
        return None

    def cmd_DELGROUP(self, operands):
        name, _ = _subject(operands, set(), "DELGROUP")
        if name not in self.state.groups:
            return NOT_FOUND, f"IKJ56702I INVALID GROUP, {name}"
        if any(name in user["groups"] for user in self.state.users.values()):
            return ERROR, f"IKJ56702I INVALID GROUP, {name} (users are still connected)"
        del self.state.groups[name]
        return OK, f"group {name} deleted"

    def cmd_LISTGRP(self, operands):
        name, _ = _subject(operands, {"OMVS"}, "LISTGRP")
        if name not in self.state.groups:
            return NOT_FOUND, f"ICH51003I NAME NOT FOUND IN RACF DATA SET: {name}"
        return OK, f"INFORMATION FOR GROUP {name}"

    # -- users ---------------------------------------------------------------
    USER_OPERANDS = {"DFLTGRP", "NOPASSWORD", "PASSWORD", "PHRASE", "NOPHRASE", "OIDCARD", "NOOIDCARD",
                     "NAME", "DATA", "OMVS", "NOOMVS", "OWNER", "RESTRICTED", "NORESTRICTED"}

    def cmd_ADDUSER(self, operands):
        _no_auto_for_lists(operands, "AUTOUID", "ADDUSER")
        name, ops = _subject(operands, self.USER_OPERANDS - {"NOOMVS", "NORESTRICTED", "OIDCARD"}, "ADDUSER")
        if name in self.state.users or name in self.state.groups:
            return EXISTS, f"IKJ56702I INVALID USERID, {name}"
        group = ops["DFLTGRP"].value if "DFLTGRP" in ops else None
        if group is not None and group not in self.state.groups:
            return ERROR, f"INVALID GROUP, {group}: DFLTGRP is not defined (assumed message)"
        # Without PASSWORD or NOPASSWORD, RACF makes the default group the
        # password (IBM "Protected user IDs"): the user is not protected.
        user = {"default_group": group, "groups": [group] if group else [], "protected": False,
                "password": True, "phrase": False, "name": "", "data": "", "omvs": None}
        problem = self._user_fields(user, ops)
        if problem:
            return ERROR, problem
        self.state.users[name] = user
        text = _assigned(f"user {name} defined", "User", name, "UID", _uid(user), ops)
        return OK, _ignored_nopassword(text, user, ops, "ICH01002I")

    def cmd_ALTUSER(self, operands):
        name, ops = _subject(operands, self.USER_OPERANDS, "ALTUSER")
        user = self.state.users.get(name)
        if user is None:
            return NOT_FOUND, f"ICH21001I {name} NOT DEFINED TO RACF (assumed)"
        if "DFLTGRP" in ops and ops["DFLTGRP"].value not in user["groups"]:
            # IBM ALTUSER: the new default group must be one the user is connected to
            return ERROR, f"DFLTGRP({ops['DFLTGRP'].value}): {name} is not connected to that group"
        before = _uid(user)
        problem = self._user_fields(user, ops)
        if problem:
            return ERROR, problem
        if "DFLTGRP" in ops:
            user["default_group"] = ops["DFLTGRP"].value
        text = _assigned(f"user {name} altered", "User", name, "UID", _uid(user), ops, before)
        return OK, _ignored_nopassword(text, user, ops, "ICH21041I")

    def _user_fields(self, user, ops):
        # A protected user has neither a password nor a phrase (IBM "Defining
        # protected user IDs"); NOPASSWORD is ignored while the user keeps a
        # phrase (ICH21041I on ALTUSER, ICH01002I on ADDUSER).
        if "PHRASE" in ops or "NOPHRASE" in ops:
            user["phrase"] = "PHRASE" in ops
        if "PASSWORD" in ops:
            user["password"] = True
        elif "NOPASSWORD" in ops and not user.get("phrase"):
            user["password"] = False
        user["protected"] = not user.get("password", not user["protected"]) and not user.get("phrase")
        for key in ("NAME", "DATA"):
            if key in ops:
                user[key.lower()] = unquote(ops[key].value or "")
        if "NOOMVS" in ops:
            user["omvs"] = None
        if "OMVS" in ops:
            sub = _sub(ops["OMVS"], {"UID", "AUTOUID", "HOME", "PROGRAM", "SHARED"}, "OMVS")
            omvs = user["omvs"] or {"uid": None, "home": None, "program": None}
            if "AUTOUID" in sub:
                problem = self._auto_id(omvs, "uid", "user")
                if problem:
                    return problem
            elif "UID" in sub:
                omvs["uid"] = _number(sub["UID"])
                if omvs["uid"] is None:
                    return f"UID({sub['UID'].value}) is not a number"
            for key in ("HOME", "PROGRAM"):
                if key in sub:
                    omvs[key.lower()] = unquote(sub[key].value or "")
            user["omvs"] = omvs
        return None

    def _used_ids(self, kind):
        return [u["omvs"]["uid"] for u in self.state.users.values() if u.get("omvs")] if kind == "uid" \
            else [g["gid"] for g in self.state.groups.values()]

    def _auto_id(self, record, kind, what):
        """AUTOUID/AUTOGID (IBM "Automatically assigning unique IDs using RACF
        commands"): an existing unique ID is kept; an existing ID another
        user or group shares makes the command fail with IRR52178I."""
        if record[kind] is not None:
            if self._used_ids(kind).count(record[kind]) > 1:
                return (f"IRR52178I The {what} already has a shared OMVS {kind.upper()} {record[kind]};"
                        f" AUTO{kind.upper()} cannot be used")
            return None
        record[kind] = self._next_id(kind)
        return None

    def _next_id(self, kind):
        used = set(self._used_ids(kind))
        number = self._first_id(kind)
        while number in used:
            number += 1
        return number

    def _first_id(self, kind):
        """Where automatic assignment starts: the APPLDATA of FACILITY
        BPX.NEXT.USER, 'uid/gid' with a number or a range start on each side
        (IBM "Setting up the BPX.NEXT.USER profile"); FIRST_AUTO_ID without it."""
        profile = self.state.profiles.get("FACILITY BPX.NEXT.USER") or {}
        sides = (profile.get("appldata") or "").split("/")
        side = (sides[0] if kind == "uid" else sides[1] if len(sides) > 1 else "").strip()
        start = side.split("-")[0].strip()
        return int(start) if start.isdigit() else FIRST_AUTO_ID

    def cmd_DELUSER(self, operands):
        name, _ = _subject(operands, set(), "DELUSER")
        if name not in self.state.users:
            return NOT_FOUND, f"IKJ56702I INVALID USERID, {name}"
        # IBM "DELUSER command messages": IBMUSER cannot be deleted (ICH04011I);
        # a user that is the HLQ of data set profiles is not deleted (ICH04009I)
        if name == "IBMUSER":
            return ERROR, "ICH04011I DELETION OF IBMUSER NOT ALLOWED"
        if any(key.startswith(f"DATASET {name}.") for key in self.state.profiles):
            return ERROR, f"ICH04009I {name} NOT DELETED: DATA SET PROFILES WITH HIGH-LEVEL QUALIFIER {name} EXIST"
        if any(m["user"] == name for m in self.state.idmaps.values()):
            return ERROR, f"ICH04018I {name} has distributed identity mappings: RACMAP DELMAP first"
        for key in [k for k, c in self.state.certificates.items() if c["owner"] == name]:
            pki.delete_certificate(self.state, name, self.state.certificates[key]["label"])  # ICH04014I
        for key in [k for k, r in self.state.rings.items() if r["owner"] == name]:
            del self.state.rings[key]                                                        # ICH04015I
        for key in [k for k, m in self.state.certmaps.items() if m["user"] == name]:
            del self.state.certmaps[key]                                                     # ICH04016I
        del self.state.users[name]     # access lists keep the id (IBM: use IRRRID00)
        return OK, f"user {name} deleted"

    def cmd_LISTUSER(self, operands):
        name, _ = _subject(operands, {"OMVS"}, "LISTUSER")
        if name not in self.state.users:
            return NOT_FOUND, f"ICH30001I UNABLE TO LOCATE USER ENTRY {name}"
        return OK, f"USER={name}"

    def cmd_CONNECT(self, operands):
        users, ops = _subjects(operands, {"GROUP", "AUTH", "AUTHORITY", "OWNER", "UACC"}, "CONNECT")
        group = ops["GROUP"].value if "GROUP" in ops else None
        # A user or group that is not defined: ICH51003I NAME NOT FOUND, then
        # ICH02003I (IBM "CONNECT command messages"; pyRACF test data)
        missing = ([group] if group not in self.state.groups else []) + \
            [name for name in users if name not in self.state.users]
        if missing:
            return ERROR, f"ICH51003I NAME NOT FOUND IN RACF DATA SET: {missing[0]}; ICH02003I USER(S) NOT CONNECTED"
        for name in users:
            if group not in self.state.users[name]["groups"]:
                self.state.users[name]["groups"].append(group)
        return OK, f"connected to {group}"

    def cmd_REMOVE(self, operands):
        users, ops = _subjects(operands, {"GROUP", "OWNER"}, "REMOVE")
        group = ops["GROUP"].value if "GROUP" in ops else None
        for name in users:
            user = self.state.users.get(name)
            if user is None or group not in user["groups"]:
                return NOT_FOUND, f"ICH03002I {name} WAS NOT CONNECTED TO GROUP {group}"     # pyRACF data
            if user["default_group"] == group:
                return ERROR, f"{name}: cannot remove the user from its default group {group}"
        for name in users:
            self.state.users[name]["groups"].remove(group)
        return OK, f"removed from {group}"

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
        label = unquote(_sub(ops[mode], {"LABEL"}, mode)["LABEL"].value or "") if ops[mode].value else None
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
        dn = unquote(_sub(ops["USERDIDFILTER"], {"NAME"}, "USERDIDFILTER")["NAME"].value or "")
        registry = unquote(_sub(ops["REGISTRY"], {"NAME"}, "REGISTRY")["NAME"].value or "")
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
        label = unquote(_sub(ops[mode], {"LABEL"}, mode)["LABEL"].value or "")
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
            sub = _sub(ops["SIGNWITH"], {"CERTAUTH", "LABEL"}, "SIGNWITH")
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
        inner = _sub(ops["CONNECT"], {"CERTAUTH", "SITE", "ID", "LABEL", "RING", "USAGE", "DEFAULT"}, "CONNECT")
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
        inner = _sub(ops["REMOVE"], {"CERTAUTH", "SITE", "ID", "LABEL", "RING"}, "REMOVE")
        _ring_and_label(inner, "REMOVE")
        ring = self.state.rings.get(f"{self._cert_owner(ops)} {inner['RING'].value}")
        if ring is None:
            return NOT_FOUND, f"IRRD114I ring {inner['RING'].value} does not exist"
        outcome, text = pki.disconnect(self.state, ring, self._cert_owner(inner), unquote(inner["LABEL"].value or ""))
        return outcome, ("IRRD116I " + text) if outcome == NOT_FOUND else text    # IBM gk01253

    def _label_and_owner(self, operands, verb):
        ops = by_name(operands, {verb, "CERTAUTH", "SITE", "ID"}, f"RACDCERT {verb}")
        label = unquote(_sub(ops[verb], {"LABEL"}, verb)["LABEL"].value or "")
        return label, self._cert_owner(ops, defined=verb != "DELETE")

    def _racdcert_delete(self, operands):
        label, owner = self._label_and_owner(operands, "DELETE")
        outcome, text = pki.delete_certificate(self.state, owner, label)
        return outcome, ("IRRD107I " + text) if outcome == NOT_FOUND else text

    def _racdcert_list(self, operands):
        ops = by_name(operands, {"LIST", "CERTAUTH", "SITE", "ID"}, "RACDCERT LIST")
        label = unquote(_sub(ops["LIST"], {"LABEL"}, "LIST")["LABEL"].value or "")
        owner = "CERTAUTH" if "CERTAUTH" in ops else "SITE" if "SITE" in ops else (ops["ID"].value or "").upper()
        return (OK, f"certificate {label} listed") if pki.has_certificate(self.state, owner, label) else \
            (NOT_FOUND, f"IRRD107I no certificate {label} for {owner}")

    # -- general resource profiles -----------------------------------------
    PROFILE_OPERANDS = {"UACC", "STDATA", "DATA", "OWNER", "APPLDATA", "NOAPPLDATA", "GENERIC",
                        "SSIGNON"}

    def cmd_RDEFINE(self, operands):
        cls, name, ops = _class_subject(operands, self.PROFILE_OPERANDS, "RDEFINE")
        if f"{cls} {name}" in self.state.profiles:
            return EXISTS, f"ICH10102I {name} ALREADY DEFINED TO CLASS {cls}."
        options = self.state.classes.get(cls)
        if options and not options["generic"] and not options.get("gencmd") and _GENERIC_CHARS.search(name):
            # IBM ICH10321I: with neither GENERIC nor GENCMD for the class RACF
            # creates a DISCRETE profile of that literal name, which never
            # matches as intended (delete it, enable generics, define again).
            # A class no SETROPTS named keeps the site's unknown setting.
            self._new_profile(cls, name, ops)
            return ERROR, (f"ICH10321I The profile name {name} contains generic characters, but generics are"
                           f" not enabled for class {cls}. A discrete profile has been created.")
        return self._new_profile(cls, name, ops)

    def _new_profile(self, cls, name, ops):
        """Define a profile with UACC(NONE) unless ops say otherwise."""
        profile = {"uacc": "NONE", "acl": {}, "stdata": None}
        problem = self._profile_fields(profile, ops)
        if problem:
            return ERROR, problem
        self.state.profiles[f"{cls} {name}"] = profile
        return OK, f"{cls} {name} defined"

    def cmd_RALTER(self, operands):
        cls, name, ops = _class_subject(operands, self.PROFILE_OPERANDS, "RALTER")
        profile = self.state.profiles.get(f"{cls} {name}")
        if profile is None:
            return NOT_FOUND, f"ICH11009I? {name} NOT DEFINED TO CLASS {cls} (assumed message)"
        problem = self._profile_fields(profile, ops)
        return (ERROR, problem) if problem else (OK, f"{cls} {name} altered")

    def _profile_fields(self, profile, ops):
        if "UACC" in ops:
            level = (ops["UACC"].value or "").upper()
            if level not in LEVELS:
                return f"UACC({level}) is not an access level"
            profile["uacc"] = level
        if "SSIGNON" in ops:
            problem = _ssignon(profile, ops["SSIGNON"])
            if problem:
                return problem
        if "APPLDATA" in ops:
            profile["appldata"] = unquote(ops["APPLDATA"].value or "")
        if "NOAPPLDATA" in ops:
            profile.pop("appldata", None)
        if "STDATA" in ops:
            sub = _sub(ops["STDATA"], {"USER", "GROUP", "TRUSTED", "PRIVILEGED", "TRACE"}, "STDATA")
            stdata = profile["stdata"] or {}
            for key, op in sub.items():
                stdata[key.lower()] = op.value
            profile["stdata"] = stdata
        return None

    def cmd_RDELETE(self, operands):
        cls, name, _ = _class_subject(operands, set(), "RDELETE")
        if self.state.profiles.pop(f"{cls} {name}", None) is None:
            return NOT_FOUND, f"ICH12102I {name} NOT DEFINED TO CLASS {cls}"
        return OK, f"{cls} {name} deleted"

    def cmd_RLIST(self, operands):
        cls, name, _ = _class_subject(operands, {"AUTHUSER", "ALL", "STDATA"}, "RLIST")
        if f"{cls} {name}" not in self.state.profiles:
            return NOT_FOUND, f"ICH13003I {name} NOT FOUND"
        return OK, f"CLASS {cls} NAME {name}"

    # -- data set profiles ---------------------------------------------------
    def cmd_ADDSD(self, operands):
        name, ops = _subject(operands, {"UACC", "GENERIC", "OWNER", "DATA"}, "ADDSD")
        name = unquote(name)
        key = f"DATASET {name}"
        if key in self.state.profiles:
            return EXISTS, f"{name} ALREADY DEFINED (assumed message)"
        hlq = name.split(".", 1)[0]
        if hlq not in self.state.users and hlq not in self.state.groups:
            return ERROR, f"ICH09006I USER OR GROUP {hlq} NOT DEFINED TO RACF"
        if "**" in name and self.state.classes.get("DATASET", {}).get("egn") is False:
            # IBM "When you can specify generic profile names": ** in a data set
            # profile needs SETROPTS EGN (known off only after SETROPTS NOEGN)
            return ERROR, f"{name}: ** needs SETROPTS EGN, which is not in effect (message id assumed)"
        return self._new_profile("DATASET", name, ops)

    def cmd_ALTDSD(self, operands):
        name, ops = _subject(operands, {"UACC", "GENERIC", "OWNER", "DATA"}, "ALTDSD")
        name = unquote(name)
        profile = self.state.profiles.get(f"DATASET {name}")
        if profile is None:
            return NOT_FOUND, f"ICH22001I {name} NOT DEFINED TO RACF"
        problem = self._profile_fields(profile, ops)
        return (ERROR, problem) if problem else (OK, f"data set profile {name} altered")

    def cmd_DELDSD(self, operands):
        name, _ = _subject(operands, {"GENERIC"}, "DELDSD")
        name = unquote(name)
        if self.state.profiles.pop(f"DATASET {name}", None) is None:
            return NOT_FOUND, f"ICH09020I {name} NOT DEFINED TO RACF"
        return OK, f"data set profile {name} deleted"

    def cmd_LISTDSD(self, operands):
        ops = by_name(operands, {"DATASET", "PREFIX", "GENERIC", "AUTHUSER", "ALL"}, "LISTDSD")
        if "PREFIX" in ops:
            # every data set profile whose name starts with the qualifier (IBM "LISTDSD")
            prefix = unquote(ops["PREFIX"].value or "")
            found = sorted(k.split(" ", 1)[1] for k in self.state.profiles if k.startswith(f"DATASET {prefix}."))
            if not found:
                return NOT_FOUND, f"no data set profiles with prefix {prefix} (message assumed)"
            return OK, f"INFORMATION FOR DATASET {' '.join(found)}"
        name = unquote(ops["DATASET"].value or "") if "DATASET" in ops else ""
        if f"DATASET {name}" not in self.state.profiles:
            return NOT_FOUND, f"ICH35003I NO RACF DESCRIPTION FOUND FOR {name} (assumed)"
        return OK, f"INFORMATION FOR DATASET {name}"

    # -- access lists ------------------------------------------------------
    def cmd_PERMIT(self, operands):
        if not operands or operands[0].value is not None:
            raise Invalid("PERMIT: the profile name must come first")
        ops = by_name(operands[1:], {"CLASS", "ID", "ACCESS", "DELETE", "GENERIC"}, "PERMIT")
        name = _profile_name(operands[0])
        cls = (ops["CLASS"].value or "").strip().upper() if "CLASS" in ops else "DATASET"
        if "ID" not in ops:
            return ERROR, "PERMIT: ID() is required (missing operand)"
        profile = self.state.profiles.get(f"{cls} {name}")
        if profile is None:
            return NOT_FOUND, f"ICH06004I {name} NOT DEFINED TO RACF"
        ids = ops["ID"].words()
        if "DELETE" in ops:
            missing = [i for i in ids if i not in profile["acl"]]
            for i in ids:
                profile["acl"].pop(i, None)
            if missing:
                return NOT_FOUND, f"ICH06002I {missing[0]} NOT AUTHORIZED, DELETE IGNORED"
            return OK, f"access removed from {name}"
        level = (ops["ACCESS"].value or "").upper() if "ACCESS" in ops else "READ"
        if level not in LEVELS:
            return ERROR, f"ACCESS({level}) is not an access level"
        unknown = [i for i in ids if i not in self.state.users and i not in self.state.groups and i != "*"]
        if unknown:
            return ERROR, f"ICH06007I {unknown[0]} NOT DEFINED TO RACF"
        for i in ids:
            profile["acl"][i] = level
        return OK, f"access {level} on {name}"


# -- operand helpers -----------------------------------------------------------

def _ssignon(profile, op):
    """SSIGNON of a PTKTDATA profile (IBM "Defining profiles in the PTKTDATA class",
    "Storing PassTicket keys encrypted in ICSF"): a legacy key KEYMASKED or
    KEYENCRYPTED (16 hex digits) or KEYLABEL (a CKDS label), or an enhanced
    key EPTKEYLABEL with TYPE, TIMEOUT and REPLAY. No key value is kept."""
    sub = _sub(op, {"KEYMASKED", "KEYENCRYPTED", "KEYLABEL", "EPTKEYLABEL", "TYPE", "TIMEOUT", "REPLAY"},
               "SSIGNON")
    keys = [name for name in ("KEYMASKED", "KEYENCRYPTED", "KEYLABEL", "EPTKEYLABEL") if name in sub]
    if len(keys) != 1:
        return "SSIGNON: give one of KEYMASKED, KEYENCRYPTED, KEYLABEL and EPTKEYLABEL"
    value = sub[keys[0]].value or ""
    if keys[0] in ("KEYMASKED", "KEYENCRYPTED") and not re.fullmatch(r"[0-9A-Fa-f]{16}", value):
        return "SSIGNON: the key must be 16 hexadecimal digits"
    if keys[0] in ("KEYLABEL", "EPTKEYLABEL") and not re.fullmatch(r"[A-Z#$@][A-Z0-9#$@.]{0,63}", value):
        return f"SSIGNON: {keys[0]}({value}) is not an ICSF key label"
    if keys[0] != "EPTKEYLABEL" and {"TYPE", "TIMEOUT", "REPLAY"} & set(sub):
        return "SSIGNON: TYPE, TIMEOUT and REPLAY go with EPTKEYLABEL (enhanced PassTickets)"
    profile["ssignon"] = True
    if keys[0] == "EPTKEYLABEL":
        profile["replay"] = (sub["REPLAY"].value or "").upper() if "REPLAY" in sub else "NO"
    return None


# Generic characters in a general resource profile name (IBM "Profile names
# for general resources"): %, *, ** and & (a RACFVARS variable).
_GENERIC_CHARS = re.compile(r"[*%&]")


def _ring_and_label(inner, verb):
    """IRRD121I: CONNECT and REMOVE need both the ring name and the label."""
    if "RING" not in inner or "LABEL" not in inner:
        raise Invalid(f"IRRD121I RACDCERT {verb}: both RING() and LABEL() must be specified")


def _no_auto_for_lists(operands, auto, verb):
    """A list of names: AUTOUID/AUTOGID fail with IRR52184I (IBM "Automatically
    assigning unique IDs using RACF commands"); other lists are not modeled."""
    if operands and operands[0].name == "" and operands[0].value is not None:
        if any(auto in (op.value or "").upper() for op in operands[1:] if op.name == "OMVS"):
            raise Invalid(f"IRR52184I {auto} cannot be used with a list of names on {verb}")
        raise Unsupported(f"{verb}: a list of names is not modeled by the dry-run engine")


def _uid(user):
    return user["omvs"]["uid"] if user.get("omvs") else None


def _assigned(text, what, name, kind, value, ops, before=None):
    """IRR52177I when AUTOUID/AUTOGID assigned a new value (IBM "Automatically
    assigning unique IDs using RACF commands")."""
    if "OMVS" in ops and f"AUTO{kind}" in (ops["OMVS"].value or "").upper() and value != before:
        return f"IRR52177I {what} {name} was assigned an OMVS {kind} value of {value}."
    return text


def _ignored_nopassword(text, user, ops, message):
    """NOPASSWORD is ignored while the user keeps a password phrase (IBM
    ICH01002I on ADDUSER, ICH21041I on ALTUSER)."""
    if "NOPASSWORD" in ops and user.get("phrase"):
        return f"{message} NOPASSWORD IGNORED: {text} still has a password phrase"
    return text


def _subject(operands, allowed, verb):
    """(name, {keyword: Operand}): the first operand names the object."""
    if not operands or operands[0].value is not None:
        raise Invalid(f"{verb}: the name of the object must come first")
    return operands[0].name, by_name(operands[1:], allowed, verb)


def _subjects(operands, allowed, verb):
    """Like _subject, but the name may be a list: CONNECT (U1,U2) GROUP(G)."""
    if not operands:
        raise Invalid(f"{verb}: the user id must come first")
    first = operands[0]
    names = split(first.value, commas=True) if first.name == "" and first.value else [first.name]
    return names, by_name(operands[1:], allowed, verb)


def _class_subject(operands, allowed, verb):
    if len(operands) < 2 or operands[0].value is not None:
        raise Invalid(f"{verb}: the class and the profile name must come first")
    return operands[0].name, _profile_name(operands[1]), by_name(operands[2:], allowed, verb)


def _profile_name(op):
    """A profile name as written: classes such as EJBROLE keep mixed case."""
    return unquote(op.text) if op.value is None else op.name


def _sub(op, allowed, verb):
    return by_name([operand(item) for item in split(op.value or "")], allowed, verb)


def _number(op):
    text = (op.value or "").strip()
    return int(text) if text.isdigit() else None


# -- facts -----------------------------------------------------------------------

def facts(state):
    """The facts of a simulated RACF database (vocabulary: esmgen.facts)."""
    found = set()
    for name, user in state.users.items():
        found.add(fact("user", name))
        if user["protected"]:
            found.add(fact("protected", name))
        if user["default_group"]:
            found.add(fact("default-group", name, user["default_group"]))
        if user["omvs"] and user["omvs"]["uid"] is not None:
            found.add(fact("omvs", name, user["omvs"]["home"], user["omvs"]["program"]))
        found.update(fact("connect", name, group) for group in user["groups"])
    for name, group in state.groups.items():
        found.add(fact("group", name))
        if group["gid"] is not None:
            found.add(fact("omvs-group", name))
    found.update(fact("active", cls) for cls, opts in state.classes.items() if opts["active"])
    found.update(fact("idmap", m["user"], m["label"]) for m in state.idmaps.values())
    found.update(fact("certmap", m["user"], m["label"]) for m in state.certmaps.values())
    found |= pki.facts(state)
    for key, profile in state.profiles.items():
        cls, name = key.split(" ", 1)
        proc = _started_proc(name, profile) if cls == "STARTED" else None
        if proc:
            stdata = profile["stdata"] or {}
            found.add(fact("stc", proc, stdata.get("user"), stdata.get("group")))
            continue
        found.add(fact("profile", cls, name))
        if profile.get("ssignon"):
            found.add(fact("passticket", name))
        if profile["uacc"] != "NONE":
            found.add(fact("uacc", cls, name, profile["uacc"]))
        found.update(fact("access", cls, name, who, level) for who, level in profile["acl"].items())
    return found


def _started_proc(name, profile):
    """The procedure a STARTED profile assigns a user for every job name, or None.
    IBM "Using the STARTED class" (z/OS Security Server RACF Security
    Administrator's Guide, icha700 "Using the STARTED class"): profile names are
    membername.jobname, so `PROC.*` (any job started from member PROC) stands
    for the procedure as a whole; so does a name without a period (the member
    alone) when its STDATA names a user."""
    member, dot, job = name.partition(".")
    if _GENERIC_CHARS.search(member):
        return None
    if not dot:
        return member if (profile["stdata"] or {}).get("user") else None
    return member if job == "*" else None
