"""Compare two resolved specs: what is added, removed or changed, and how risky.

Items are the ESM-neutral requirements of a model, one per object of every
kind in esmgen.kinds (users to TLS rules and ESM table overrides), keyed by
what identifies them and compared on everything esmgen writes for them.
"""

import json
from dataclasses import dataclass
from typing import Optional

from esmgen import kinds


@dataclass(frozen=True)
class Item:
    kind: str
    key: tuple
    value: tuple
    component: str
    obj: object
    purpose: str = ""          # deck comments only: a change here changes no command

    def label(self):
        return kinds.BY_NAME[self.kind].label(self.obj)


def items(model):
    """{(kind, key): Item} of everything the model requires, for every kind."""
    found = {}
    for kind in kinds.KINDS:
        if kind.name == "class":
            continue            # classes follow from profiles and grants
        for obj in kinds.objects(model, kind):
            key = kind.key(obj)
            found[(kind.name, key)] = Item(kind.name, key, kinds.value(kind, obj), obj.meta.component, obj,
                                           obj.meta.purpose)
    return found


@dataclass
class Changes:
    added: list
    removed: list
    changed: list          # [(old Item, new Item)]: what the commands do changes
    reworded: list = ()    # [(old Item, new Item)]: only the purpose (a deck comment) changes

    def empty(self):
        return not (self.added or self.removed or self.changed or self.reworded)


def compare(old_model, new_model):
    old, new = items(old_model), items(new_model)
    both = [k for k in new if k in old]
    return Changes(
        added=[new[k] for k in new if k not in old],
        removed=[old[k] for k in old if k not in new],
        changed=[(old[k], new[k]) for k in both if old[k].value != new[k].value],
        reworded=[(old[k], new[k]) for k in both
                  if old[k].value == new[k].value and old[k].purpose != new[k].purpose])


# -- risk --------------------------------------------------------------------------

def risks(item):
    """Why an added or changed requirement deserves a second look."""
    return kinds.BY_NAME[item.kind].risks(item.obj)


def change_risks(old, new):
    """Flags of a changed requirement: its own risks, unless it only lowers
    access, plus what the change weakens."""
    kind = kinds.BY_NAME[new.kind]
    flags = [] if new.kind == "grant" and kinds.access_move(old.obj, new.obj) == "lowered" \
        else kind.risks(new.obj)
    return flags + [f for f in kind.weakened(old.obj, new.obj) if f not in flags]


# -- reports -------------------------------------------------------------------------

def _shown(value):
    """A field's value as a reviewer reads it (a PassTicket key by its secret's name)."""
    if hasattr(value, "secret"):
        return f"secret {value.secret}" + ("" if value.replay_protection else ", no replay protection")
    if isinstance(value, tuple) and value and all(hasattr(v, "label") for v in value):
        return "[" + ", ".join(f"{v.owner}/{v.label} {v.usage}" for v in value) + "]"
    return "-" if value in (None, "", ()) else str(value)


def _changed_fields(old, new):
    """'description ZOWE ADMINS -> ZOWE ADMINISTRATORS; gid ...' for the fields that changed."""
    names = kinds.BY_NAME[new.kind].fields
    return "; ".join(f"{name} {_shown(a)} -> {_shown(b)}"
                     for name, a, b in zip(names, old.value, new.value) if a != b)


def _entries(changes):
    """(component, section, text, flags) rows in a stable order."""
    rows = []
    for item in changes.added:
        rows.append((item.component, "added", item.label(), risks(item)))
    for item in changes.removed:
        rows.append((item.component, "removed", item.label(),
                     list(kinds.BY_NAME[item.kind].removal_flags)))
    for old, new in changes.changed:
        text = f"{new.label()}: {_changed_fields(old, new)}"
        if new.kind == "grant":
            text = f"{new.key[0]} {new.key[1]} for {new.key[2]}: {old.value[0]} -> {new.value[0]}" \
                   f" ({kinds.access_move(old.obj, new.obj)})"
        rows.append((new.component, "changed", text, change_risks(old, new)))
    for old, new in changes.reworded:
        rows.append((new.component, "changed", f"{new.label()}: purpose {old.purpose!r} -> {new.purpose!r}"
                     " (deck comments only)", []))
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
