"""Reading a RACF database unload (IRRDBU00 output, downloaded as text) into a
simulated RACF state, so an imported state gives the same facts as one built
by running RACF commands (esmgen.simulator.racf.state_facts).

Record layouts: esmgen.simulator.racf.unload_layouts (IBM "RACF database
unload utility records"). What the reader relies on:
- One record per line, the type in columns 1-4; a line may be shorter than
  IBM's full layout (trailing blanks trimmed, older releases) or padded past
  it (fixed-length records): missing columns read as blank.
- The records of one profile are adjacent but in no fixed order (a user's
  0203/0205 come before its 0200 in a real unload), so everything is keyed on
  names, and an object only some other record names (a 0505 for a profile
  with no 0500) is reported and left out.
- Encrypted data (passwords, PassTicket keys) is never unloaded (IBM
  "Operational considerations", icha700/wrdopc.htm): 0530 says only that a
  key is set.
- An unload holds no SETROPTS options. A class holding a profile marked
  GENERIC=YES had generic processing on when it was defined (otherwise RACF
  makes a discrete profile, ICH10321I), so GENERIC is set for that class;
  a data set profile with ** needs EGN (IBM "Generic profile rules - enhanced
  generic naming active"), so EGN is set when one exists. Nothing is active.
- The dynamic CDT classes (05C0 records of CDT profiles) are taken as built:
  an unload cannot show whether SETROPTS RACLIST(CDT) REFRESH ran since.

UnloadReport.extras holds, keyed like the state (("users", name), ("groups",
name), ("profiles", "CLASS NAME")), the settings of kept objects that
esmgen's spec cannot express (SPECIAL, group-level attributes, WARNING,
security levels, categories, conditional access...), only where they differ
from RACF's default, so `esmgen import` can name them. They are not State:
the state's facts, and audit, plan and dry-run on them, stay as they were.

Records of types esmgen does not read are counted (UnloadReport.unknown),
never fatal; a record that does not match its layout is a problem with its
line number. A file whose first line is not a record at all is refused
(UnloadError). Lines are read one at a time: a 20 MB unload streams, and with
`keep` the state holds only what the caller asks for.
"""

import re
from dataclasses import dataclass, field

from esmgen.errors import EsmgenError
from esmgen.simulator.racf.unload_layouts import EXTRAS, LAYOUTS, LEVELS
from esmgen.simulator.state import State

# Fact names (esmgen.facts) an unload cannot show: it holds no SETROPTS
# options, so whether a class is active is for SETROPTS LIST to say.
UNSEEN_FACTS = frozenset({"active"})
MAX_PROBLEMS = 1000          # problems kept with their text; the rest are only counted
RECORD = re.compile(r"[0-9A-Z]{4}(?: |$)")
DATE = re.compile(r"\d{4}[-/]\d\d[-/]\d\d")
YESNO = ("YES", "NO")

# RACF's reserved owners of CERTAUTH and SITE certificates (IBM R_datalib usage
# notes, https://www.ibm.com/support/knowledgecenter/SSLTBW_2.4.0/com.ibm.zos.v2r4.ichd100/usgntrdata.htm)
RESERVED_OWNERS = {"IRRCERTA": "CERTAUTH", "IRRSITEC": "SITE"}

# Classes whose profiles the command side keeps elsewhere (certificates,
# rings, certificate name filters, identity maps): their 0500 records are not
# profiles of the state.
PKI_CLASSES = frozenset(("DIGTCERT", "DIGTRING", "DIGTNMAP", "IDIDMAP"))


class UnloadError(EsmgenError):
    """The input is not a RACF database unload."""


@dataclass
class UnloadReport:
    """What reading an unload found: records per type, types not read,
    problems as (line number, text), and extras: (section, key) -> {setting:
    value} for settings of kept objects that the state does not hold (only
    values other than RACF's default; lists sorted)."""
    label: str
    lines: int = 0
    counts: dict = field(default_factory=dict)
    unknown: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)
    more_problems: int = 0
    extras: dict = field(default_factory=dict)

    def problem(self, line, text):
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append((line, text))
        else:
            self.more_problems += 1


def read_unload(lines, label, keep=None):
    """(State, UnloadReport) from the lines of an IRRDBU00 unload.

    keep(section, key) -> bool, if given, says which objects to hold: section
    is a State section ("users", "groups", "profiles", "certificates",
    "rings", "idmaps", "certmaps", "cdt") and key the name it would have there
    ("CLASS NAME" for profiles, "DATASET NAME" for data sets). Connections and
    OMVS data go with their user or group, access lists with their profile."""
    reader = _Reader(label, keep or _keep_all)
    number = 0
    for number, line in enumerate(lines, 1):
        reader.record(number, line.rstrip("\r\n"))
    reader.report.lines = number
    if not reader.report.counts and not reader.report.unknown:
        raise UnloadError(f"{label}: no RACF database unload (IRRDBU00) records found")
    reader.finish()
    return reader.state, reader.report


def _keep_all(section, key):
    return True


def records(lines, types):
    """(record type, {field: value}) of each line of one of `types` that matches
    its layout, in file order: a light pass for a caller that needs a few
    record types before the full read (esmgen import's group tree); lines
    that do not match are left for read_unload to report."""
    for line in lines:
        rtype = line[:4]
        if rtype in types:
            values, problem = _fields(line.rstrip("\r\n"), LAYOUTS[rtype])
            if problem is None:
                yield rtype, values


def _fields(line, layout):
    """{field: stripped value} of a record, or (None, why it does not match)."""
    size = len(line)
    if size > 4 and line[4] != " ":
        return None, "column 5 is not blank"
    values = {}
    for key, start, end, kind in layout:
        if size > end and line[end] != " ":
            return None, f"column {end + 1} after {key} (columns {start}-{end}) is not blank"
        value = line[start - 1:end].strip()
        values[key] = value
        if not value:
            if kind == "name":
                return None, f"{key} (columns {start}-{end}) is blank"
            continue
        if kind == "text" or kind == "name":
            continue
        problem = _kind_problem(kind, value)
        if problem:
            return None, f"{key} (columns {start}-{end}) {value!r} {problem}"
    return values, None


def _kind_problem(kind, value):
    if kind == "int" and not value.isdigit():
        return "is not a number"
    if kind == "yesno" and value not in YESNO:
        return "is not YES or NO"
    if kind == "level" and value not in LEVELS:
        return "is not an access level"
    if kind == "date" and not DATE.fullmatch(value):
        return "is not a date"
    return None


class _Reader:
    """One pass over the records; objects named before their basic record are
    created on demand and remembered as pending until it comes."""

    def __init__(self, label, keep):
        self.state = State("racf")
        self.report = UnloadReport(label)
        self.keep = keep
        self.pending = {}             # (section, key) -> line of the first record naming it
        self.cert_names = {}          # DIGTCERT profile -> (owner, label) from 0207
        self.cert_owners = {}         # DIGTCERT profile -> owner from its 0500 APPLDATA
        self.ring_profiles = {}       # DIGTRING profile -> line of its 0500
        self.ring_rows = []           # (line, fields) of 0562 records
        self.generic_classes = set()
        self.seen_record = False
        self.extras = {}              # (section, key) -> {setting: value, or a set while reading}
        self.line = ""                # the record being read, for its EXTRAS fields
        self.handlers = {rtype: getattr(self, f"_r{rtype}") for rtype in LAYOUTS}

    # -- one line ------------------------------------------------------------
    def record(self, number, line):
        rtype = line[:4]
        layout = LAYOUTS.get(rtype)
        if layout is None:
            if not RECORD.match(line):
                self._not_a_record(number, line)
                return
            self.report.unknown[rtype] = self.report.unknown.get(rtype, 0) + 1
            self.seen_record = True
            return
        self.seen_record = True
        self.report.counts[rtype] = self.report.counts.get(rtype, 0) + 1
        values, problem = _fields(line, layout)
        if problem:
            self.report.problem(number, f"{rtype} record does not match its layout: {problem}")
            return
        self.line = line
        problem = self.handlers[rtype](number, values)
        if problem:
            self.report.problem(number, f"{rtype} record: {problem}")

    def _not_a_record(self, number, line):
        if not self.seen_record:
            raise UnloadError(f"{self.report.label}:{number}: not a RACF database unload (IRRDBU00):"
                              f" the line does not start with a record type: {line[:40]!r}")
        self.report.problem(number, "not an IRRDBU00 record (no record type in columns 1-4)"
                            if line.strip() else "empty line")

    # -- objects on demand -----------------------------------------------------
    def _user(self, number, name):
        user = self.state.users.get(name)
        if user is None and self.keep("users", name):
            user = self.state.users[name] = _new_user()
            self.pending[("users", name)] = number
        return user

    def _group(self, number, name):
        group = self.state.groups.get(name)
        if group is None and self.keep("groups", name):
            group = self.state.groups[name] = {"gid": None, "data": ""}
            self.pending[("groups", name)] = number
        return group

    def _profile(self, number, cls, name):
        key = f"{cls} {name}"
        profile = self.state.profiles.get(key)
        if profile is None and self.keep("profiles", key):
            profile = self.state.profiles[key] = {"uacc": "NONE", "acl": {}, "stdata": None}
            self.pending[("profiles", key)] = number
        return profile

    def _basic(self, section, key):
        self.pending.pop((section, key), None)

    # -- settings the state does not hold (UnloadReport.extras) -----------------
    def _extra_fields(self, number, rtype):
        """{field: value} of this record's EXTRAS fields, or None (a problem
        reported; the state still takes the record's LAYOUTS fields)."""
        values, problem = _fields(self.line, EXTRAS[rtype])
        if problem:
            self.report.problem(number, f"{rtype} record does not match its layout: {problem}"
                                        " (read into the state, left out of the extras)")
        return values

    def _extra(self, section, key, setting, value):
        self.extras.setdefault((section, key), {})[setting] = value

    def _extra_add(self, section, key, setting, item):
        """Add item to a list setting (a set until _finish_extras sorts it)."""
        self.extras.setdefault((section, key), {}).setdefault(setting, set()).add(item)

    def _kept_profile(self, cls, name):
        """The profile key for a record only extras read (categories,
        conditional access), or None: not kept, or a certificate/ring/map
        class. Such records never create a profile; one that is never
        defined by a 0400/0500 is dropped from the extras in finish()."""
        if cls in PKI_CLASSES:
            return None
        key = f"{cls} {name}"
        return key if key in self.state.profiles or self.keep("profiles", key) else None

    def _profile_extras(self, number, rtype, key, f):
        e = self._extra_fields(number, rtype)
        if e is None:
            return
        if e["warning"] == "YES":
            self._extra("profiles", key, "warning", True)
        if e["seclevel"] and int(e["seclevel"]):
            self._extra("profiles", key, "level", int(e["seclevel"]))
        for setting in ("seclabel", "notify"):
            if e[setting]:
                self._extra("profiles", key, setting, e[setting])
        if f["generic"] == "YES" and not any(char in f["name"] for char in "*%"):
            self._extra("profiles", key, "generic_no_wildcard", True)

    def _conditional(self, key, f):
        """One conditional access entry: [who, access, WHEN class, WHEN name].
        A SERVAUTH entry names its profile in CACRITERIA, a CRITERIA entry
        its criterion in CANAME and value in CACRITERIA (UNVERIFIED: from
        mfpandas' field descriptions, not seen in a real unload)."""
        when = f["caname"]
        if f["criteria"]:
            if f["catype"] == "SERVAUTH" or not when:
                when = f["criteria"]
            elif f["catype"] == "CRITERIA":
                when = f"{when}({f['criteria']})"
        self._extra_add("profiles", key, "conditional", (f["who"], f["access"], f["catype"], when))

    # -- groups ------------------------------------------------------------------
    def _r0100(self, number, f):
        group = self._group(number, f["name"])
        if group is not None:
            group["data"] = f["data"]
            self._basic("groups", f["name"])
            for setting in ("supgroup", "owner"):
                if f[setting]:
                    self._extra("groups", f["name"], setting, f[setting])
            e = self._extra_fields(number, "0100")
            if e is not None and e["universal"] == "YES":
                self._extra("groups", f["name"], "universal", True)

    def _r0102(self, number, f):
        user = self._connect(number, f["member"], f["name"])
        if user is not None and f["auth"] and f["auth"] != "USE":
            authority = self.extras.setdefault(("users", f["member"]), {}).setdefault("connect_authority", {})
            authority[f["name"]] = f["auth"]

    def _r0120(self, number, f):
        group = self._group(number, f["name"])
        if group is not None:
            group["gid"] = int(f["gid"]) if f["gid"] else None

    # -- users ---------------------------------------------------------------------
    def _r0200(self, number, f):
        user = self._user(number, f["name"])
        if user is None:
            return None
        self._basic("users", f["name"])
        # USBD_NOPWD: PRO = protected (no password, no phrase), PHR = a phrase
        # and no password, YES = no password (OIDCARD logon), NO = a password
        # (IBM ppwint.htm); racf-generator leaves it blank: taken as NO.
        nopwd = f["nopwd"] or "NO"
        if nopwd not in ("YES", "NO", "PRO", "PHR"):
            return f"USBD_NOPWD {nopwd!r} is not YES, NO, PRO or PHR"
        user["protected"] = nopwd == "PRO"
        user["password"] = nopwd == "NO"
        user["phrase"] = nopwd == "PHR" or f["phr_alg"] in ("LEGACY", "KDFAES")
        user["default_group"] = f["defgrp"] or None
        user["name"] = f["programmer"]
        user["data"] = f["data"]
        e = self._extra_fields(number, "0200")
        for setting, value in (e or {}).items():         # SPECIAL, OPERATIONS, REVOKE...: YES or NO
            if value == "YES":
                self._extra("users", f["name"], setting, True)
        return None

    def _r0203(self, number, f):
        self._connect(number, f["name"], f["group"])

    def _r0205(self, number, f):
        user = self._connect(number, f["name"], f["group"])
        if user is None:
            return
        if f["revoke"] == "YES":
            self._extra_add("users", f["name"], "connect_revoked", f["group"])
        e = self._extra_fields(number, "0205")
        for setting, value in (e or {}).items():         # group-level attributes: YES or NO
            if value == "YES":
                self._extra_add("users", f["name"], setting, f["group"])

    def _connect(self, number, name, group):
        user = self._user(number, name)
        if user is not None and group not in user["groups"]:
            user["groups"].append(group)
        return user

    def _r0207(self, number, f):
        # USCERT: the user owns the certificate of that DIGTCERT profile under that label
        if not f["label"]:
            return "USCERT_CERTLABL is blank"
        self.cert_names[f["cert"]] = (_owner(f["name"]), f["label"])
        return None

    def _r0208(self, number, f):
        key = f"{f['name']} {f['label']}"
        if self.keep("certmaps", key):
            entry = self.state.certmaps.setdefault(key, _new_certmap(f["name"], f["label"]))
            entry["map"] = f["map"]

    def _r0209(self, number, f):
        key = f"{f['name']} {f['label']}"
        if self.keep("idmaps", key):
            entry = self.state.idmaps.setdefault(key, _new_idmap(f["name"], f["label"]))
            entry["map"] = f["map"]

    def _r0270(self, number, f):
        user = self._user(number, f["name"])
        if user is not None:
            user["omvs"] = {"uid": int(f["uid"]) if f["uid"] else None,
                            "home": f["home"] or None, "program": f["program"] or None}

    # -- data sets -----------------------------------------------------------------
    def _r0400(self, number, f):
        profile = self._profile(number, "DATASET", f["name"])
        if profile is None:
            return
        self._basic("profiles", f"DATASET {f['name']}")
        profile["uacc"] = f["uacc"] or "NONE"
        if f["generic"] == "YES":
            self.generic_classes.add("DATASET")
            if "**" in f["name"]:
                self.state.classes.setdefault("DATASET", _class_options())["egn"] = True
        elif f["generic"] == "NO":
            self._extra("profiles", f"DATASET {f['name']}", "discrete", True)
        self._profile_extras(number, "0400", f"DATASET {f['name']}", f)

    def _r0401(self, number, f):
        if not f["category"]:
            return "DSCAT_CATEGORY is blank"
        key = self._kept_profile("DATASET", f["name"])
        if key is not None:
            self._extra_add("profiles", key, "categories", int(f["category"]))
        return None

    def _r0402(self, number, f):
        key = self._kept_profile("DATASET", f["name"])
        if key is not None:
            self._conditional(key, f)

    def _r0404(self, number, f):
        profile = self._profile(number, "DATASET", f["name"])
        if profile is not None:
            profile["acl"][f["who"]] = f["access"]

    # -- general resources -------------------------------------------------------------
    def _r0500(self, number, f):
        cls, name = f["cls"], f["name"]
        if cls == "DIGTCERT":
            self.cert_owners[name] = _owner(f["appldata"]) if f["appldata"] else None
            return None
        if cls == "DIGTRING":
            self.ring_profiles.setdefault(name, number)
            return None
        if cls in PKI_CLASSES:
            return None
        if f["uacc"] and f["uacc"] not in LEVELS:
            return f"GRBD_UACC {f['uacc']!r} is not an access level"
        profile = self._profile(number, cls, name)
        if profile is None:
            return None
        self._basic("profiles", f"{cls} {name}")
        profile["uacc"] = f["uacc"] or "NONE"
        if f["appldata"]:
            profile["appldata"] = f["appldata"]
        if f["generic"] == "YES":
            self.generic_classes.add(cls)
        self._profile_extras(number, "0500", f"{cls} {name}", f)
        return None

    def _resource(self, number, f):
        """The profile a general resource record belongs to, or None (not kept,
        or a certificate/ring/map class)."""
        if f["cls"] in PKI_CLASSES:
            return None
        return self._profile(number, f["cls"], f["name"])

    def _r0502(self, number, f):
        if not f["category"]:
            return "GRCAT_CATEGORY is blank"
        key = self._kept_profile(f["cls"], f["name"])
        if key is not None:
            self._extra_add("profiles", key, "categories", int(f["category"]))
        return None

    def _r0503(self, number, f):
        profile = self._resource(number, f)
        if profile is not None:
            profile.setdefault("members", []).append(f["member"])

    def _r0505(self, number, f):
        profile = self._resource(number, f)
        if profile is not None:
            profile["acl"][f["who"]] = f["access"]

    def _r0507(self, number, f):
        key = self._kept_profile(f["cls"], f["name"])
        if key is not None:
            self._conditional(key, f)

    def _r0508(self, number, f):
        # GRFLTR_USER is a user ID, or a DIGTCRIT criteria profile name; only
        # user IDs (1-8 characters, no period) map like RACDCERT MAP ID(user).
        user = f["user"]
        if not user or len(user) > 8 or "." in user:
            return
        key = f"{user} {f['label']}"
        if self.keep("certmaps", key):
            entry = self.state.certmaps.setdefault(key, _new_certmap(user, f["label"]))
            entry["map"] = f["name"]
            entry["trusted"] = f["status"] == "TRUST"
            entry["filter"] = f["filter"]

    def _r0509(self, number, f):
        key = f"{f['user']} {f['label']}"
        if self.keep("idmaps", key):
            entry = self.state.idmaps.setdefault(key, _new_idmap(f["user"], f["label"]))
            entry["map"] = f["name"]
            entry["registry"] = f["registry"] or None

    def _r0530(self, number, f):
        if f["cls"] != "PTKTDATA":
            return f"SSIGNON data for class {f['cls']}, not PTKTDATA"
        profile = self._resource(number, f)
        if profile is not None:
            profile["ssignon"] = True
            if f["key_label"] and f["type"]:
                # enhanced PassTicket (EPTKEYLABEL): REPLAY defaults to NO
                profile["replay"] = f["replay"] or "NO"
        return None

    def _r0540(self, number, f):
        if f["cls"] != "STARTED":
            return f"STDATA for class {f['cls']}, not STARTED"
        profile = self._resource(number, f)
        if profile is not None:
            stdata = {key: f[key] for key in ("user", "group", "trusted", "privileged", "trace") if f[key]}
            profile["stdata"] = stdata
        return None

    def _r0560(self, number, f):
        return None if f["cls"] == "DIGTCERT" else f"certificate data for class {f['cls']}, not DIGTCERT"

    def _r0561(self, number, f):
        return None if f["cls"] == "DIGTCERT" else f"certificate references for class {f['cls']}, not DIGTCERT"

    def _r0562(self, number, f):
        if f["cls"] != "DIGTRING":
            return f"key ring data for class {f['cls']}, not DIGTRING"
        if f["usage"] not in ("PERSONAL", "SITE", "CERTAUTH"):
            return f"KEYR_CERT_USAGE {f['usage']!r} is not PERSONAL, SITE or CERTAUTH"
        self.ring_rows.append((number, f))
        return None

    def _r05C0(self, number, f):
        if f["cls"] != "CDT":
            return f"CDTINFO for class {f['cls']}, not CDT"
        profile = self._resource(number, f)
        info = _cdtinfo(f)
        if profile is not None:
            profile["cdtinfo"] = info
        if self.keep("cdt", f["name"]):
            self.state.cdt[f["name"]] = dict(info)
        return None

    # -- after the last line ---------------------------------------------------------------
    def finish(self):
        self._drop_pending()
        for user in self.state.users.values():
            group = user["default_group"]
            if group and group not in user["groups"]:
                user["groups"].insert(0, group)
        self._certificates()
        self._rings()
        for cls in self.generic_classes:
            self.state.classes.setdefault(cls, _class_options())["generic"] = True
        self._finish_extras()
        self.report.problems.sort()

    def _finish_extras(self):
        """Extras of the objects the state holds (a pending object was left
        out, a profile only a category or conditional record named was never
        defined), lists sorted."""
        for (section, key), settings in self.extras.items():
            if key not in getattr(self.state, section):
                continue
            for setting, value in settings.items():
                if isinstance(value, set):
                    settings[setting] = [list(item) if isinstance(item, tuple) else item for item in sorted(value)]
            self.report.extras[(section, key)] = settings

    def _drop_pending(self):
        basic = {"users": "0200", "groups": "0100", "profiles": "0400/0500"}
        for (section, key), number in sorted(self.pending.items(), key=lambda item: item[1]):
            self.report.problem(number, f"{key} is named here but has no {basic[section]} basic record:"
                                        " left out")
            del getattr(self.state, section)[key]

    def _certificates(self):
        for owner, label in self.cert_names.values():
            key = f"{owner} {label}"
            if self.keep("certificates", key):
                self.state.certificates[key] = {"owner": owner, "label": label, "record": None,
                                                "ca": owner == "CERTAUTH"}

    def _rings(self):
        """Rings from the DIGTRING profiles and their 0562 rows. The profile
        name is taken as owner.ring (a user ID holds no period, IBM "Syntax
        of RACF commands and operands"): the form is UNVERIFIED (notes 1.2)."""
        rings = {}
        for name, number in self.ring_profiles.items():
            rings[name] = self._ring(number, name)
        for number, f in self.ring_rows:
            ring = rings.get(f["name"]) if f["name"] in rings else self._ring(number, f["name"])
            rings[f["name"]] = ring
            if ring is None:
                continue
            owner, label = self.cert_names.get(f["cert"], (self.cert_owners.get(f["cert"]), None))
            label = f["label"] or label
            if owner is None or not label:
                self.report.problem(number, f"0562 record: no 0207 or DIGTCERT 0500 record gives the owner"
                                            f" and label of certificate {f['cert']}: left off ring {f['name']}")
                continue
            entry = {"owner": owner, "label": label, "usage": f["usage"], "default": f["default"] == "YES"}
            ring["certs"] = [c for c in ring["certs"] if (c["owner"], c["label"]) != (owner, label)] + [entry]

    def _ring(self, number, profile):
        owner, dot, name = profile.partition(".")
        if not dot or not name:
            self.report.problem(number, f"DIGTRING profile {profile} is not owner.ring: left out")
            return None
        owner = _owner(owner)
        key = f"{owner} {name}"
        if not self.keep("rings", key):
            return None
        ring = self.state.rings.setdefault(key, {"owner": owner, "name": name, "record": None, "certs": []})
        return ring


# -- values --------------------------------------------------------------------------

def _new_user():
    return {"default_group": None, "groups": [], "protected": False, "password": True, "phrase": False,
            "name": "", "data": "", "omvs": None}


def _new_certmap(user, label):
    return {"user": user, "label": label, "subject": None, "issuer": None}


def _new_idmap(user, label):
    return {"user": user, "label": label, "dn": None, "registry": None}


def _class_options():
    return {"active": False, "raclist": False, "generic": False}


def _owner(user):
    """The certificate owner as RACDCERT names it: CERTAUTH and SITE for RACF's reserved IDs."""
    return RESERVED_OWNERS.get(user.upper(), user)


def _cdtinfo(f):
    """CDTINFO as the command side keeps it (lower-case keywords, upper-case
    words; esmgen.simulator.racf.profiles._cdtinfo)."""
    info = {}
    for key in ("posit", "maxlength", "maxlenx", "defaultrc", "keyqualifiers"):
        if f[key]:
            info[key] = str(int(f[key]))
    for key in ("group", "member", "defaultuacc", "raclist", "genlist", "macprocessing", "case", "generic",
                "operations", "profilesallowed", "seclabelsrequired", "signal"):
        if f[key]:
            info[key] = f[key].upper()
    for key in ("first", "other"):
        words = [kind.upper() for kind in ("alpha", "national", "numeric", "special") if f[f"{key}_{kind}"] == "YES"]
        if words:
            info[key] = " ".join(words)
    return info
