"""From a RACF state (read from an unload) and a scope to a spec document:
the walk over the state (identities.py, profiles.py, pki.py make the items)
and the filing of items into components.

The document is plain data (dicts in the order they are written, lists,
strings, numbers, booleans) that yamltext.dump writes; build() also returns
the findings: every item of the scope that the spec cannot carry exactly,
for RACF itself or for another ESM (translation.py says what each means).

Where an item goes:
- groups, users (default group, connections, protected, OMVS), started
  tasks (STARTED PROC.* with STDATA), data set and general resource
  profiles (UACC, access list), PassTicket profiles (a secret name, never a
  key), certificates by reference, key rings, identity and certificate maps;
- a component per kind, and per class for profiles; a profile that ACF2 or
  Top Secret cannot write goes to a component limited to the ESMs that can;
- a user, group or ID the scope refers to but does not hold is declared
  `create: false` in the component `racf-referenced`, and named in the
  report for the ESMs of a new system, which must define it first;
- a revoked user is declared `create: false` too: creating it would let it
  log on (safe default: never widen access).
Everything is sorted by name: the same unload and scope give the same text.
"""

from esmgen import esms, kinds
from esmgen.importer import identities, pki, profiles, translation
from esmgen.importer.context import Context

TSS_DEPARTMENT = "RACFIMP"
# The kinds (esmgen.kinds) an import makes, in the order the command counts them.
IMPORTED_KINDS = ("group", "user", "stc", "profile", "certificate", "keyring", "idmap", "certmap")
PKI_KINDS = ("keyring", "certificate", "idmap", "certmap")        # owned by a user, or named for one
REFERENCED = ("users and groups the imported items name but the scope does not hold: expected to exist,"
              " never created or changed")


def build(state, extras, selector, source, targets, department=TSS_DEPARTMENT):
    """(spec document, findings) for the objects the selector held.

    targets: {esm: Target}. A profile of a class an ESM's table does not map
    is not carried to that ESM; an item with a reserved name is not carried
    to that ESM, and an item naming one gets a copy without it there."""
    ctx = Context(state, extras, selector, source, targets)
    filing = _Filing(ctx)
    for name in sorted(state.groups):
        filing.put("racf-groups", "RACF groups", "group", identities.group(ctx, name))
    users = [identities.user(ctx, name) for name in sorted(state.users)]
    for name in sorted(ctx.revoked):
        filing.leave_out(name, "revoked-user")
    for item in users:
        filing.put("racf-users", "RACF users", "user", item)
    stcs, by_class = profiles.profiles(ctx)
    for item in stcs:
        filing.put("racf-started", "RACF started tasks (STARTED profiles)", "stc", item)
    for (cls, carried), items in sorted(by_class.items()):
        base, what = f"racf-{_slug(cls)}", f"RACF {cls} profiles"
        for item in items:
            filing.put(base, what, "profile", item, carried)
    pki.pki(ctx, filing.put)
    for section, kind in (("groups", "group"), ("users", "user")):
        for name in sorted(ctx.referenced[section]):
            # the same system holds it; a new one (translation: targets/) need not
            ctx.note(f"{kind} {name}", "outside-scope", [e for e in esms.NAMES if name not in filing.left_out[e]])
            filing.put("racf-referenced", REFERENCED, kind, {
                "name": name, "create": False,
                "purpose": source.said(f"RACF {kind} {name}, named by imported items, outside the scope")})
    doc = {"esmgen": 1,
           "title": f"RACF definitions from unload {source.label} of {source.date} (scope {source.scope})",
           "defaults": {"department": department, "owner": department},
           "components": filing.components(department)}
    # in the order found (by name, as the state is walked), each once: no sort of the whole list
    return doc, list(dict.fromkeys(ctx.findings))


class _Filing:
    """Items filed by component: one per kind (per class for profiles) and per
    set of ESMs that keep them as they are."""

    def __init__(self, ctx):
        self.ctx = ctx
        # per ESM, names its copy of every item leaves out, with the rule that says why
        self.left_out = {esm: dict.fromkeys(target.reserved, "reserved-name")
                         for esm, target in ctx.targets.items()}
        self.out = {}          # (component base, what it holds, spec key) -> {ESM tuple: [items]}

    def leave_out(self, name, rule):
        """From now on, the ESMs whose effect of rule drops its items get no item
        with this name and copies of the items that name it without it."""
        for esm in esms.NAMES:
            if translation.drops(rule, esm):
                self.left_out[esm].setdefault(name, rule)

    def put(self, base, what, kind, item, carried=esms.NAMES):
        """File an item of a kind (esmgen.kinds: its spec key) under a component
        for the ESMs that take it as it is; an ESM that leaves out a name the
        item holds gets a copy without it."""
        if item is None:
            return
        key = kinds.BY_NAME[kind].spec_key
        for esm_set, copy in self._views(kind, item, tuple(carried)):
            self.out.setdefault((base, what, key), {}).setdefault(esm_set, []).append(copy)

    def _views(self, kind, item, carried):
        named = _identities(kind, item)
        # look each of the item's few names up (set.isdisjoint(dict) would walk the whole dict)
        touched = [e for e in carried if any(name in self.left_out[e] for name in named)]
        if not touched:
            return [(carried, item)]
        views = [(tuple(e for e in carried if e not in touched), item)]
        label = f"{kind} {item.get('name') or item.get('proc') or item.get('label')}"
        for esm in touched:
            names = sorted(name for name in named if name in self.left_out[esm])
            copy = _without(kind, item, self.left_out[esm])
            for rule in sorted({self.left_out[esm][name] for name in names}):
                said = [name for name in names if self.left_out[esm][name] == rule]
                self.ctx.note(label, rule, (esm,), ("names " if copy else "is ") + " ".join(said))
            if copy is None:
                continue
            for index, (others, view) in enumerate(views):   # one copy for the ESMs that make the same one
                if others and others[0] in touched and view == copy:
                    views[index] = (others + (esm,), view)
                    break
            else:
                views.append(((esm,), copy))
        return [(esm_set, view) for esm_set, view in views if esm_set]

    def components(self, department):
        parts = {}
        for (base, what, key), by_esm in self.out.items():
            for carried in sorted(by_esm, key=lambda e: (-len(e), e)):
                name = base if len(carried) == len(esms.NAMES) else f"{base}-{'-'.join(carried)}"
                self._component(parts, name, what, None if name == base else list(carried), key, by_esm[carried])
        if any(key in part for part in parts.values() for key in ("users", "groups", "profiles")):
            parts["tss-department"] = {
                "purpose": "Top Secret: every ACID and owned resource prefix needs a department; the"
                           " imported ones go to this one (RACF has no departments).",
                "source": "esmgen import", "default": True, "esm": list(kinds.BY_NAME["department"].esms),
                "departments": [{"name": department, "description": "RACF IMPORT",
                                 "purpose": "Owns the ACIDs and resource prefixes imported from RACF."}]}
        return parts

    def _component(self, parts, name, what, esm, key, items):
        source = self.ctx.source
        component = parts.get(name)
        if component is None:
            component = parts[name] = {"purpose": source.said(what) + f" (scope {source.scope})",
                                       "source": f"RACF unload {source.label} of {source.date}",
                                       "default": True}
            if esm:
                component["esm"] = esm
        component.setdefault(key, []).extend(items)


def _identities(kind, item):
    """The user and group names an item holds (its own name for a user or group)."""
    if kind in ("user", "group"):
        names = {item["name"], item.get("default_group")} | set(item.get("groups", ()))
    elif kind == "stc":
        names = {item["user"], item.get("group")}
    elif kind == "profile":
        names = {g["id"] for g in item.get("grants", ())}
    else:
        names = {item.get("owner"), item.get("user")} | {c["owner"] for c in item.get("connect", ())}
    return names - {None}


def _without(kind, item, names):
    """A copy of the item that holds none of names, or None when the item is one of them."""
    if kind in ("user", "group") and item["name"] in names or kind == "stc" and item["user"] in names \
            or kind in PKI_KINDS and (item.get("owner") in names or item.get("user") in names):
        return None
    copy = dict(item)
    if copy.get("default_group") in names:
        del copy["default_group"]
    if copy.get("group") in names:
        del copy["group"]
    for key, field in (("groups", None), ("grants", "id"), ("connect", "owner")):
        if key in copy:
            kept = [v for v in copy[key] if (v[field] if field else v) not in names]
            if kept:
                copy[key] = kept
            else:
                del copy[key]
    return copy


def _slug(cls):
    """A class name as part of a component name (a-z 0-9 -)."""
    return "".join(c if c.isalnum() else {"#": "n", "$": "d", "@": "a"}.get(c, "-") for c in cls.lower())
