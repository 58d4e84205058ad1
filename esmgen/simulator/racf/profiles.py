"""RACF general resource and data set profiles and their access lists:
RDEFINE, RALTER, RDELETE, RLIST, ADDSD, ALTDSD, DELDSD, LISTDSD, PERMIT.

Every class named must be in the CDT (esmgen.simulator.racf.cdt), static
or dynamic. Sources (IBM z/OS Security Server RACF Messages and Codes and
Command Language Reference):
- ICH10321I (idg11143.htm): a generic-looking name in a class with neither
  GENERIC nor GENCMD becomes a discrete profile of that literal name.
- ICH10313I (gk00211.htm): a profile name cannot end with %*.
- ICH10102I already defined; ICH12102I (RDELETE) not defined; ICH13003I
  (RLIST) not found; ICH06004I, ICH06002I, ICH06007I, ICH06010I ("PERMIT
  command messages", icha600/permit.htm); ICH09006I, ICH09020I, ICH22001I
  (data set profiles).
- "Considerations for resource group profiles": no generic names in a
  grouping class.
- RLIST (icha400/rlist.htm): `RLIST class *` lists every profile of the
  class; ALL, AUTHUSER, STDATA, SSIGNON, GENERIC, NORACF, RESGROUP select
  what is shown (the syntax section was not retrieved: accepted as list
  options, UNVERIFIED detail).
- LISTDSD PREFIX(hlq): every data set profile under hlq (UNVERIFIED wording).
"""

import re

from esmgen.simulator.outcomes import ERROR, EXISTS, NOT_FOUND, OK, Invalid
from esmgen.simulator.racf.operands import by_name
from esmgen.simulator.racf import cdt, names
from esmgen.simulator.racf.operands import LEVELS, audit, class_subject, profile_name, suboperands, subject
from esmgen.simulator.syntax import unquote

PROFILE_OPERANDS = {"UACC", "STDATA", "DATA", "OWNER", "APPLDATA", "NOAPPLDATA", "GENERIC", "SSIGNON",
                    "AUDIT", "CDTINFO"}
DATASET_OPERANDS = {"UACC", "GENERIC", "OWNER", "DATA", "AUDIT"}
RLIST_OPTIONS = {"AUTHUSER", "ALL", "STDATA", "SSIGNON", "GENERIC", "NORACF", "RESGROUP", "CDTINFO"}


class Profiles:
    """General resource profiles, data set profiles and PERMIT."""

    # -- general resources -------------------------------------------------
    def cmd_RDEFINE(self, operands):
        cls, name, ops = class_subject(operands, PROFILE_OPERANDS, "RDEFINE")
        entry = self.class_entry(cls, "RDEFINE")
        problem = self._name_problem(cls, name, entry)
        if problem:
            return ERROR, problem
        if f"{cls} {name}" in self.state.profiles:
            return EXISTS, f"ICH10102I {name} ALREADY DEFINED TO CLASS {cls}."
        if names.is_generic(name) and not self.generics_on(cls):
            # ICH10321I: RACF creates a DISCRETE profile of that literal name,
            # which never matches as intended (delete it, enable generics,
            # define again). A new database has NOGENERIC for every class.
            outcome, text = self._new_profile(cls, name, ops)
            if outcome != OK:
                return outcome, text
            return ERROR, (f"ICH10321I The profile name {name} contains generic characters, but generics are"
                           f" not enabled for class {cls}. A discrete profile has been created.")
        return self._new_profile(cls, name, ops)

    def _name_problem(self, cls, name, entry):
        if cls == "CDT":
            problem = cdt.class_name_problem(name)
            if problem:
                return f"{problem} (assumed message)"
        if name.endswith("%*"):
            return "ICH10313I Profile cannot be defined. Profile names cannot end with '%*'."
        if len(name) > cdt.max_length(entry):
            return (f"{cls} {name}: the name is longer than the {cdt.max_length(entry)} characters the"
                    f" class allows (assumed message)")
        if names.is_generic(name) and not cdt.generic_allowed(entry):
            return f"{cls} {name}: class {cls} holds no generic profile names (assumed message)"
        return None

    def _new_profile(self, cls, name, ops):
        """Define a profile with UACC(NONE) unless ops say otherwise."""
        profile = {"uacc": "NONE", "acl": {}, "stdata": None}
        problem = self._profile_fields(cls, profile, ops)
        if problem:
            return ERROR, problem
        self.state.profiles[f"{cls} {name}"] = profile
        return OK, f"{cls} {name} defined"

    def cmd_RALTER(self, operands):
        cls, name, ops = class_subject(operands, PROFILE_OPERANDS, "RALTER")
        self.class_entry(cls, "RALTER")
        profile = self.state.profiles.get(f"{cls} {name}")
        if profile is None:
            return NOT_FOUND, f"ICH11009I? {name} NOT DEFINED TO CLASS {cls} (assumed message)"
        problem = self._profile_fields(cls, profile, ops)
        return (ERROR, problem) if problem else (OK, f"{cls} {name} altered")

    def _profile_fields(self, cls, profile, ops):
        if "UACC" in ops:
            level = (ops["UACC"].value or "").upper()
            if level not in LEVELS:
                return f"UACC({level}) is not an access level"
            profile["uacc"] = level
        if "AUDIT" in ops:
            value, problem = audit(ops["AUDIT"])
            if problem:
                return problem
            profile["audit"] = value
        if "CDTINFO" in ops:
            problem = _cdtinfo(cls, profile, ops["CDTINFO"])
            if problem:
                return problem
        if "SSIGNON" in ops:
            problem = _ssignon(profile, ops["SSIGNON"])
            if problem:
                return problem
        if "APPLDATA" in ops:
            profile["appldata"] = unquote(ops["APPLDATA"].value or "")
        if "NOAPPLDATA" in ops:
            profile.pop("appldata", None)
        if "STDATA" in ops:
            inner = suboperands(ops["STDATA"], {"USER", "GROUP", "TRUSTED", "PRIVILEGED", "TRACE"}, "STDATA")
            stdata = profile["stdata"] or {}
            for key, op in inner.items():
                stdata[key.lower()] = op.value
            profile["stdata"] = stdata
        return None

    def cmd_RDELETE(self, operands):
        cls, name, _ = class_subject(operands, set(), "RDELETE")
        self.class_entry(cls, "RDELETE")
        if self.state.profiles.pop(f"{cls} {name}", None) is None:
            return NOT_FOUND, f"ICH12102I {name} NOT DEFINED TO CLASS {cls}"
        return OK, f"{cls} {name} deleted"

    def cmd_RLIST(self, operands):
        cls, name, _ = class_subject(operands, RLIST_OPTIONS, "RLIST")
        self.class_entry(cls, "RLIST")
        if name == "*":
            found = sorted(k.split(" ", 1)[1] for k in self.state.profiles if k.startswith(f"{cls} "))
            if not found:
                return NOT_FOUND, f"ICH13003I * NOT FOUND (no profiles in class {cls})"
            return OK, f"CLASS {cls} NAMES {' '.join(found)}"
        if f"{cls} {name}" not in self.state.profiles:
            return NOT_FOUND, f"ICH13003I {name} NOT FOUND"
        return OK, f"CLASS {cls} NAME {name}"

    # -- data set profiles ---------------------------------------------------
    def cmd_ADDSD(self, operands):
        name, ops = subject(operands, DATASET_OPERANDS, "ADDSD")
        name = unquote(name)
        key = f"DATASET {name}"
        if key in self.state.profiles:
            return EXISTS, f"{name} ALREADY DEFINED (assumed message)"
        hlq = name.split(".", 1)[0]
        if hlq not in self.state.users and hlq not in self.state.groups:
            return ERROR, f"ICH09006I USER OR GROUP {hlq} NOT DEFINED TO RACF"
        problem = names.dataset_problem(name, self.egn())
        if problem:
            return ERROR, f"{problem} (message id assumed)"
        return self._new_profile("DATASET", name, ops)

    def cmd_ALTDSD(self, operands):
        name, ops = subject(operands, DATASET_OPERANDS, "ALTDSD")
        name = unquote(name)
        profile = self.state.profiles.get(f"DATASET {name}")
        if profile is None:
            return NOT_FOUND, f"ICH22001I {name} NOT DEFINED TO RACF"
        problem = self._profile_fields("DATASET", profile, ops)
        return (ERROR, problem) if problem else (OK, f"data set profile {name} altered")

    def cmd_DELDSD(self, operands):
        name, _ = subject(operands, {"GENERIC"}, "DELDSD")
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
        name = profile_name(operands[0])
        cls = (ops["CLASS"].value or "").strip().upper() if "CLASS" in ops else "DATASET"
        if cls != "DATASET":
            self.class_entry(cls, "PERMIT")
        if "ID" not in ops:
            return ERROR, "PERMIT: ID() is required (missing operand)"
        if "GENERIC" in ops and not self.generics_on(cls):
            return ERROR, "ICH06010I GENERIC INVALID, GENERIC COMMAND PROCESSING IS INACTIVE."
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


# -- operand values ------------------------------------------------------------

def _cdtinfo(cls, profile, op):
    """CDTINFO(...) of a profile in class CDT: the dynamic class definition,
    kept as {keyword: value} and checked when SETROPTS RACLIST(CDT) builds
    the table (ICH14079I, esmgen.simulator.racf.cdt.build_problem)."""
    if cls != "CDT":
        return f"CDTINFO is valid only for profiles in class CDT, not {cls} (assumed message)"
    inner = suboperands(op, cdt.CDTINFO_KEYWORDS, "CDTINFO")
    info = dict(profile.get("cdtinfo") or {})
    for key, item in inner.items():
        info[key.lower()] = " ".join(w.upper() for w in item.words()) if item.value is not None else "YES"
    profile["cdtinfo"] = info
    return None


def _ssignon(profile, op):
    """SSIGNON of a PTKTDATA profile (IBM "Defining profiles in the PTKTDATA class",
    "Storing PassTicket keys encrypted in ICSF"): a legacy key KEYMASKED or
    KEYENCRYPTED (16 hex digits) or KEYLABEL (a CKDS label), or an enhanced
    key EPTKEYLABEL with TYPE, TIMEOUT and REPLAY. No key value is kept."""
    inner = suboperands(op, {"KEYMASKED", "KEYENCRYPTED", "KEYLABEL", "EPTKEYLABEL", "TYPE", "TIMEOUT", "REPLAY"},
                "SSIGNON")
    keys = [name for name in ("KEYMASKED", "KEYENCRYPTED", "KEYLABEL", "EPTKEYLABEL") if name in inner]
    if len(keys) != 1:
        return "SSIGNON: give one of KEYMASKED, KEYENCRYPTED, KEYLABEL and EPTKEYLABEL"
    value = inner[keys[0]].value or ""
    if keys[0] in ("KEYMASKED", "KEYENCRYPTED") and not re.fullmatch(r"[0-9A-Fa-f]{16}", value):
        return "SSIGNON: the key must be 16 hexadecimal digits"
    if keys[0] in ("KEYLABEL", "EPTKEYLABEL") and not re.fullmatch(r"[A-Z#$@][A-Z0-9#$@.]{0,63}", value):
        return f"SSIGNON: {keys[0]}({value}) is not an ICSF key label"
    if keys[0] != "EPTKEYLABEL" and {"TYPE", "TIMEOUT", "REPLAY"} & set(inner):
        return "SSIGNON: TYPE, TIMEOUT and REPLAY go with EPTKEYLABEL (enhanced PassTickets)"
    profile["ssignon"] = True
    if keys[0] == "EPTKEYLABEL":
        profile["replay"] = (inner["REPLAY"].value or "").upper() if "REPLAY" in inner else "NO"
    return None
