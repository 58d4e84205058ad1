"""The simulated database of one ESM, as plain data that saves to JSON.

Every ESM uses the sections it has: RACF users, groups, connections,
profiles with access lists and STDATA, class options, the dynamic CDT; ACF2 logonids,
OMVS profile records, roles, GSO records, rules; Top Secret ACIDs,
departments, the STC table, the classes added to the RDT, ownership and
permits.
"""

import json
from dataclasses import asdict, dataclass, field

from esmgen import esms

SECTIONS = ("users", "groups", "roles", "classes", "profiles", "gso", "rules",
            "omvs_users", "omvs_groups", "stc_table", "ownership", "permits", "departments",
            "passtickets", "idmaps", "certmaps", "certificates", "rings", "rdt",
            "cdt")


# What each section maps a name to (everything else maps to an object).
SHAPES = {"roles": list, "rules": list, "stc_table": str, "ownership": str}


def copied(value):
    """A copy of plain state data (dicts, lists, scalars): what copy.deepcopy does
    for it, without deepcopy's bookkeeping (a state holds no shared objects)."""
    if type(value) is dict:
        return {key: copied(item) for key, item in value.items()}
    if type(value) is list:
        return [copied(item) for item in value]
    return value


@dataclass
class State:
    esm: str
    users: dict = field(default_factory=dict)        # name -> attributes
    groups: dict = field(default_factory=dict)       # name -> attributes
    roles: dict = field(default_factory=dict)        # ACF2 role -> [logonids]
    classes: dict = field(default_factory=dict)      # RACF class -> {active, raclist, generic}
    profiles: dict = field(default_factory=dict)     # RACF "CLASS NAME" -> {uacc, acl, stdata}
    gso: dict = field(default_factory=dict)          # ACF2 "STC.x"/"CLASMAP.x" -> fields
    rules: dict = field(default_factory=dict)        # ACF2 "TYPE KEY" -> [rule lines]
    omvs_users: dict = field(default_factory=dict)   # ACF2 USER/OMVS profile records
    omvs_groups: dict = field(default_factory=dict)  # ACF2 GROUP/OMVS profile records
    stc_table: dict = field(default_factory=dict)    # TSS procname -> acid
    ownership: dict = field(default_factory=dict)    # TSS "KEYWORD PREFIX" -> acid
    permits: dict = field(default_factory=dict)      # TSS "KEYWORD RESOURCE" -> {acid: access}
    departments: dict = field(default_factory=dict)  # TSS dept -> {name}
    passtickets: dict = field(default_factory=dict)  # ACF2 SSIGNON / TSS NDT appl -> {multi_use}; keys never kept
    idmaps: dict = field(default_factory=dict)       # "USER RECORD-OR-LABEL" -> {user, label, dn, registry}
    certmaps: dict = field(default_factory=dict)     # "USER RECORD-OR-LABEL" -> {user, label, subject, issuer}
    certificates: dict = field(default_factory=dict)  # "OWNER LABEL" -> {owner, label, record, ca}
    rings: dict = field(default_factory=dict)        # "OWNER NAME" -> {owner, name, record, certs}
    # -- TSS (esmgen/simulator/tss/rdt_commands.py writes it) --
    rdt: dict = field(default_factory=dict)          # TSS site class -> {aclst: [[level, bits]], defacc,
    #                                                  maxlen, maxown, attr: [..], mask, rescode}
    # -- RACF ------------------------------------------------------------------
    # classes (above): per class {active, raclist, generic, gencmd}, DATASET also egn.
    # cdt: the dynamic class descriptor table as the last SETROPTS RACLIST(CDT)
    # [REFRESH] built it from the CDT profiles: class -> CDTINFO {posit, maxlength,
    # generic, raclist, ...} (esmgen.simulator.racf.cdt).
    cdt: dict = field(default_factory=dict)

    def to_json(self):
        return json.dumps(asdict(self), indent=1, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text):
        """A state saved by to_json; ValueError for anything of another shape."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("esm") not in esms.NAMES:
            raise ValueError(f"expected an object with esm {', '.join(esms.NAMES)}")
        unknown = set(data) - set(SECTIONS) - {"esm"}
        if unknown:
            raise ValueError(f"unknown state sections: {', '.join(sorted(unknown))}")
        for name in SECTIONS:
            section = data.get(name, {})
            if not isinstance(section, dict) or not all(isinstance(k, str) for k in section):
                raise ValueError(f"section {name} must map names to values")
            shape = SHAPES.get(name, dict)
            if not all(isinstance(v, shape) for v in section.values()):
                raise ValueError(f"section {name}: every value must be a {shape.__name__}")
        return cls(**data)

    def copy(self):
        return State.from_json(self.to_json())
