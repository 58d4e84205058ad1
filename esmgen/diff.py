"""Compare two resolved specs: what is added, removed or changed, and how risky.

Items are the ESM-neutral requirements of a model (one per group, user,
connection, started task, profile, grant, facility, department), keyed by
what identifies them and compared on the attributes esmgen manages.
"""

import json
from dataclasses import dataclass
from typing import Optional

from esmgen.model import ACCESS_LEVELS

HIGH_PREFIXES = ("BPX.", "IRR.", "SUPERUSER.")


@dataclass(frozen=True)
class Item:
    kind: str
    key: tuple
    value: tuple
    component: str
    obj: object

    def label(self):
        return describe(self.kind, self.key, self.value)


def items(model):
    """{(kind, key): Item} of everything the model requires."""
    found = {}

    def add(kind, key, value, obj):
        found[(kind, key)] = Item(kind, key, value, obj.meta.component, obj)

    for d in model.departments:
        add("department", (d.name,), (d.create,), d)
    for g in model.groups:
        add("group", (g.name,), (g.gid, g.department, g.create), g)
    for u in model.users:
        add("user", (u.name,), (u.default_group, u.protected, u.full_name, u.department, u.omvs, u.create), u)
    for c in model.connects:
        add("connect", (c.user, c.group), (c.default,), c)
    for s in model.started_tasks:
        add("stc", (s.proc,), (s.user, s.group, s.trusted, s.privileged, s.trace), s)
    for p in model.profiles:
        add("profile", (p.cls, p.name), (p.uacc, p.scope, p.define, p.owner), p)
    for g in model.grants:
        add("grant", (g.cls, g.profile, g.grantee), (g.access,), g)
    for f in model.facilities:
        add("facility", (f.name,), (f.master, f.users), f)
    for m in model.identity_maps:
        add("idmap", (m.user, m.label), (m.distributed_id, m.registry, m.record), m)
    for m in model.certificate_maps:
        add("certmap", (m.user, m.label), (m.subject_filter, m.issuer_filter, m.record, m.trust), m)
    for c in model.certificates:
        add("certificate", (c.owner, c.label), (c.record, c.subject, c.ca, c.signed_by, c.key_size,
                                                c.expires, c.import_dsname), c)
    for r in model.keyrings:
        add("keyring", (r.owner, r.name), (r.record, r.connections), r)
    return found


@dataclass
class Changes:
    added: list
    removed: list
    changed: list          # [(old Item, new Item)]

    def empty(self):
        return not (self.added or self.removed or self.changed)


def compare(old_model, new_model):
    old, new = items(old_model), items(new_model)
    return Changes(
        added=[new[k] for k in new if k not in old],
        removed=[old[k] for k in old if k not in new],
        changed=[(old[k], new[k]) for k in new if k in old and old[k].value != new[k].value])


# -- risk --------------------------------------------------------------------------

def risks(item):
    """Why an added or changed requirement deserves a second look."""
    flags = []
    if item.kind == "grant":
        cls, profile, _ = item.key
        level = ACCESS_LEVELS.index(item.value[0])
        if level >= ACCESS_LEVELS.index("UPDATE") and profile.startswith(HIGH_PREFIXES):
            flags.append(f"{item.value[0]} on {profile.split('.')[0]}.*")
        if level >= ACCESS_LEVELS.index("CONTROL"):
            flags.append(f"{item.value[0]} access")
    elif item.kind == "profile" and item.value[0] not in (None, "NONE"):
        flags.append(f"UACC {item.value[0]}")
    elif item.kind == "stc":
        flags += [name.upper() for name, on in (("trusted", item.value[2]), ("privileged", item.value[3])) if on]
    return flags


def access_move(old, new):
    """'raised' or 'lowered' for a grant whose level changed."""
    before, after = (ACCESS_LEVELS.index(i.value[0]) for i in (old, new))
    return "raised" if after > before else "lowered"


# -- reports -------------------------------------------------------------------------

def describe(kind, key, value):
    if kind == "grant":
        return f"{value[0]} on {key[0]} {key[1]} for {key[2]}"
    if kind == "profile":
        return f"{key[0]} profile {key[1]}" + (f" UACC {value[0]}" if value[0] else "")
    if kind == "stc":
        return f"started task {key[0]} runs as {value[0]}" + (f" / {value[1]}" if value[1] else "")
    if kind == "connect":
        return f"{key[0]} connected to {key[1]}" + (" (default group)" if value[0] else "")
    if kind == "certificate":
        return f"certificate {key[1]} of {key[0]}"
    if kind == "keyring":
        return f"key ring {key[1]} of {key[0]} ({len(value[1])} certificates)"
    if kind == "certmap":
        return f"certificates of {value[0]} map to {key[0]} ({key[1]})"
    if kind == "idmap":
        return f"{key[0]} mapped from {value[0]} in {value[1]} ({key[1]})"
    if kind == "facility":
        return f"facility {key[0]} (master {value[0]})"
    return f"{kind} {key[0]}"


def _entries(changes):
    """(component, section, text, flags) rows in a stable order."""
    rows = []
    for item in changes.added:
        rows.append((item.component, "added", item.label(), risks(item)))
    for item in changes.removed:
        rows.append((item.component, "removed", item.label(), []))
    for old, new in changes.changed:
        text = f"{new.kind} {' '.join(new.key)}: {old.label()} -> {new.label()}"
        if new.kind == "grant":
            text = f"{new.key[0]} {new.key[1]} for {new.key[2]}: {old.value[0]} -> {new.value[0]}" \
                   f" ({access_move(old, new)})"
        flags = risks(new) if new.kind != "grant" or access_move(old, new) == "raised" else []
        rows.append((new.component, "changed", text, flags))
    order = {"added": 0, "removed": 1, "changed": 2}
    return sorted(rows, key=lambda r: (r[0], order[r[1]], r[2]))


def report_markdown(changes, old_label, new_label, esm: Optional[str] = None):
    out = [f"# esmgen diff: {old_label} -> {new_label}" + (f" ({esm.upper()})" if esm else ""), ""]
    rows = _entries(changes)
    if not rows:
        return "\n".join(out + ["No change.", ""])
    high = sum(1 for r in rows if r[3])
    out += [f"{len(rows)} changes, {high} flagged high-risk.", ""]
    component = section = None
    for comp, sect, text, flags in rows:
        if comp != component:
            component, section = comp, None
            out += ([""] if out[-1] else []) + [f"## {comp}", ""]
        if sect != section:
            section = sect
            out += ([""] if out[-1] else []) + [f"### {sect.capitalize()}", ""]
        out.append(f"- {text}" + (f" **HIGH RISK: {', '.join(flags)}**" if flags else ""))
    return "\n".join(out) + "\n"


def report_json(changes, old_label, new_label, esm=None):
    rows = [{"component": c, "change": s, "what": t, "high_risk": f} for c, s, t, f in _entries(changes)]
    return json.dumps({"old": old_label, "new": new_label, "esm": esm, "changes": rows}, indent=1) + "\n"
