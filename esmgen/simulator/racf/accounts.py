"""RACF users, groups and their connections: ADDUSER, ALTUSER, DELUSER,
LISTUSER, ADDGROUP, ALTGROUP, DELGROUP, LISTGRP, CONNECT, REMOVE, and the
OMVS UID/GID assignment (AUTOUID, AUTOGID).

Behaviour and message ids from IBM z/OS Security Server RACF Command Language
Reference and RACF Messages and Codes; ids marked (assumed) are not
documented publicly for that case (see docs/dry-run.md). Name rules:
esmgen.simulator.racf.names.
"""

from esmgen.simulator import pki
from esmgen.simulator.outcomes import ERROR, EXISTS, NOT_FOUND, OK, Invalid, Unsupported
from esmgen.simulator.racf import names
from esmgen.simulator.racf.operands import number, suboperands, subject, subjects
from esmgen.simulator.syntax import unquote

FIRST_AUTO_ID = 1000     # AUTOUID/AUTOGID hand out the next free number from here


class Accounts:
    """Users, groups and connections."""

    # -- groups --------------------------------------------------------------
    def cmd_ADDGROUP(self, operands):
        _no_auto_for_lists(operands, "AUTOGID", "ADDGROUP")
        name, ops = subject(operands, {"OMVS", "DATA", "OWNER", "SUPGROUP"}, "ADDGROUP")
        problem = names.group_problem(name)
        if problem:
            # TSO parse rejects the operand before RACF runs (IKJ56702I INVALID ...)
            return ERROR, f"IKJ56702I INVALID GROUP, {name}: {problem} (message assumed)"
        if name in self.state.groups or name in self.state.users:
            return EXISTS, f"IKJ56702I INVALID GROUP, {name} (assumed: already defined)"
        group = {"gid": None, "data": ""}
        problem = self._group_fields(group, ops)
        if problem:
            return ERROR, problem
        self.state.groups[name] = group
        return OK, _assigned(f"group {name} defined", "Group", name, "GID", group["gid"], ops)

    def cmd_ALTGROUP(self, operands):
        name, ops = subject(operands, {"OMVS", "NOOMVS", "DATA", "OWNER", "SUPGROUP"}, "ALTGROUP")
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
            sub = suboperands(ops["OMVS"], {"GID", "AUTOGID", "NOGID", "SHARED"}, "OMVS")
            if "AUTOGID" in sub:
                problem = self._auto_id(group, "gid", "group")
                if problem:
                    return problem
            elif "GID" in sub:
                group["gid"] = number(sub["GID"])
                if group["gid"] is None:
                    return f"GID({sub['GID'].value}) is not a number"
        return None

    def cmd_DELGROUP(self, operands):
        name, _ = subject(operands, set(), "DELGROUP")
        if name not in self.state.groups:
            return NOT_FOUND, f"IKJ56702I INVALID GROUP, {name}"
        if any(name in user["groups"] for user in self.state.users.values()):
            return ERROR, f"IKJ56702I INVALID GROUP, {name} (users are still connected)"
        del self.state.groups[name]
        return OK, f"group {name} deleted"

    def cmd_LISTGRP(self, operands):
        name, _ = subject(operands, {"OMVS"}, "LISTGRP")
        if name not in self.state.groups:
            return NOT_FOUND, f"ICH51003I NAME NOT FOUND IN RACF DATA SET: {name}"
        return OK, f"INFORMATION FOR GROUP {name}"

    # -- users ---------------------------------------------------------------
    USER_OPERANDS = {"DFLTGRP", "NOPASSWORD", "PASSWORD", "PHRASE", "NOPHRASE", "OIDCARD", "NOOIDCARD",
                     "NAME", "DATA", "OMVS", "NOOMVS", "OWNER", "RESTRICTED", "NORESTRICTED"}

    def cmd_ADDUSER(self, operands):
        _no_auto_for_lists(operands, "AUTOUID", "ADDUSER")
        name, ops = subject(operands, self.USER_OPERANDS - {"NOOMVS", "NORESTRICTED", "OIDCARD"}, "ADDUSER")
        problem = names.user_problem(name)
        if problem:
            return ERROR, f"IKJ56702I INVALID USERID, {name}: {problem} (message assumed)"
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
        name, ops = subject(operands, self.USER_OPERANDS, "ALTUSER")
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
            sub = suboperands(ops["OMVS"], {"UID", "AUTOUID", "HOME", "PROGRAM", "SHARED"}, "OMVS")
            omvs = user["omvs"] or {"uid": None, "home": None, "program": None}
            if "AUTOUID" in sub:
                problem = self._auto_id(omvs, "uid", "user")
                if problem:
                    return problem
            elif "UID" in sub:
                omvs["uid"] = number(sub["UID"])
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
        name, _ = subject(operands, set(), "DELUSER")
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
        name, _ = subject(operands, {"OMVS"}, "LISTUSER")
        if name not in self.state.users:
            return NOT_FOUND, f"ICH30001I UNABLE TO LOCATE USER ENTRY {name}"
        return OK, f"USER={name}"

    def cmd_CONNECT(self, operands):
        users, ops = subjects(operands, {"GROUP", "AUTH", "AUTHORITY", "OWNER", "UACC"}, "CONNECT")
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
        users, ops = subjects(operands, {"GROUP", "OWNER"}, "REMOVE")
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


# -- helpers ---------------------------------------------------------------------

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
