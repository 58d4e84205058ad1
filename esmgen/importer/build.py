"""From a RACF state (read from an unload) and a scope to a spec document.

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
  `create: false` in the component `racf-referenced`;
- a revoked user is declared `create: false` too: creating it would let it
  log on (safe default: never widen access).
Everything is sorted by name: the same unload and scope give the same text.
"""

import itertools
import re
from typing import NamedTuple

from esmgen import esms, kinds
from esmgen.importer import translation
from esmgen.renderer import rules
from esmgen.renderer.backends import generic_tail

SPEC_LEVELS = ("NONE", "READ", "UPDATE", "CONTROL", "ALTER")
SECRET_NAME_RE = re.compile(r"[^a-z0-9_]")
NO_REPLAY = "NO REPLAY PROTECTION"        # RACF legacy PassTickets: APPLDATA turns replay protection off
TSS_DEPARTMENT = "RACFIMP"
PKI = "RACF certificates (by reference) and key rings"
MAPS = "RACF identity and certificate name filter maps"


class Finding(NamedTuple):
    """One item the spec does not carry exactly: which rule (translation.RULES),
    for which ESMs, with the item's own detail."""
    item: str
    rule: str
    esms: tuple
    detail: str = ""


class Source(NamedTuple):
    """Where the state came from, for purposes: file name, unload date, scope."""
    label: str
    date: str
    scope: str

    def said(self, what):
        return f"{what}: from RACF unload {self.label} of {self.date}"


class Target(NamedTuple):
    """What esmgen's tables give one ESM (the renderer's esm.yaml): the classes
    it maps, and the names it keeps for its own records (Top Secret's ALL)."""
    classes: frozenset
    reserved: frozenset = frozenset()


def build(state, extras, selector, source, targets, department=TSS_DEPARTMENT):
    """(spec document, findings) for the objects the selector held.

    targets: {esm: Target}. A profile of a class an ESM's table does not map
    is not carried to that ESM; an item with a reserved name is not carried
    to that ESM, and an item naming one gets a copy without it there."""
    builder = _Builder(state, extras, selector, source, targets)
    components = builder.components(department)
    doc = {"esmgen": 1,
           "title": f"RACF definitions from unload {source.label} of {source.date} (scope {source.scope})",
           "defaults": {"department": department, "owner": department},
           "components": components}
    # in the order found (by name, as the state is walked), each once: no sort of the whole list
    return doc, list(dict.fromkeys(builder.findings))


class _Builder:
    def __init__(self, state, extras, selector, source, targets):
        self.state, self.extras, self.selector, self.source = state, extras, selector, source
        self.targets = targets
        self.reserved = {esm: target.reserved for esm, target in targets.items() if target.reserved}
        self.dropping = {esm: {rule for rule in translation.RULES if translation.drops(rule, esm)}
                         for esm in esms.NAMES}
        self.findings = []
        self.referenced = {"users": set(), "groups": set()}
        self.secrets = {}
        self.out = {}          # (component base, what it holds, spec key) -> {ESM tuple: [items]}
        self.class_problems = {}

    def note(self, item, rule, esm_names=esms.NAMES, detail=""):
        self.findings.append(Finding(_shown(item), rule, tuple(esm_names), _shown(detail)))

    # -- the document ---------------------------------------------------------
    def components(self, department):
        for name in sorted(self.state.groups):
            self._put("racf-groups", "RACF groups", "groups", "group", self.group(name))
        for name in sorted(self.state.users):
            self._put("racf-users", "RACF users", "users", "user", self.user(name))
        stcs, profiles = self.profiles()
        for item in stcs:
            self._put("racf-started", "RACF started tasks (STARTED profiles)", "started_tasks", "stc", item)
        for (cls, carried), items in sorted(profiles.items()):
            base, what = f"racf-{_slug(cls)}", f"RACF {cls} profiles"
            for item in items:
                self._put(base, what, "profiles", "profile", item, carried)
        self._pki()
        self._references()
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
        component = parts.get(name)
        if component is None:
            component = parts[name] = {"purpose": self.source.said(what) + f" (scope {self.source.scope})",
                                       "source": f"RACF unload {self.source.label} of {self.source.date}",
                                       "default": True}
            if esm:
                component["esm"] = esm
        component.setdefault(key, []).extend(items)

    def _put(self, base, what, key, kind, item, carried=esms.NAMES):
        """File an item under a component for the ESMs that take it as it is; an
        ESM that keeps a name the item holds for itself gets a copy without it."""
        if item is None:
            return
        for esm_set, copy in self._views(kind, item, tuple(carried)):
            self.out.setdefault((base, what, key), {}).setdefault(esm_set, []).append(copy)

    def _views(self, kind, item, carried):
        named = _identities(kind, item)
        touched = [e for e in carried if named & self.reserved.get(e, frozenset())]
        if not touched:
            return [(carried, item)]
        views = [(tuple(e for e in carried if e not in touched), item)]
        label = f"{kind} {item.get('name') or item.get('proc') or item.get('label')}"
        for esm in touched:
            names = sorted(named & self.reserved[esm])
            copy = _without(kind, item, self.reserved[esm])
            self.note(label, "reserved-name", (esm,), ("names " if copy else "is ") + " ".join(names))
            if copy is not None:
                views.append(((esm,), copy))
        return [(esm_set, view) for esm_set, view in views if esm_set]

    # -- identities -------------------------------------------------------------
    def group(self, name):
        if self._refused("group", name, rules.check_id(name, "group")):
            return None
        group = self.state.groups[name]
        item = {"name": name, "purpose": self.source.said(f"RACF group {name}")}
        if group.get("gid") is not None:
            item["gid"] = group["gid"]
        self._text(item, "description", group.get("data", ""), f"group {name}")
        for key in ("supgroup", "owner"):
            value = self.extras.get(("groups", name), {}).get(key)
            if value:
                self.note(f"group {name}", "group-tree", detail=f"{key.upper()} {value}")
        return item

    def user(self, name):
        if self._refused("user", name, rules.check_id(name, "user")):
            return None
        user = self.state.users[name]
        item = {"name": name, "purpose": self.source.said(f"RACF user {name}")}
        extra = self.extras.get(("users", name), {})
        if extra.get("revoked"):
            # declared only: its groups and OMVS data are RACF's, for a user setup never creates
            self.note(f"user {name}", "revoked-user")
            return {"name": name, "create": False,
                    "purpose": self.source.said(f"RACF user {name}, revoked: never created by setup")}
        # a revoked connection gives the user nothing of the group: not connected here
        revoked = set(extra.get("connect_revoked", ()))
        groups = [g for g in user["groups"] if g and g not in revoked and rules.is_id(g)]
        default = user.get("default_group") if rules.is_id(user.get("default_group")) else None
        if default:
            item["default_group"] = default
        others = [g for g in groups if g != default]
        if others:
            item["groups"] = others
        for group in groups:
            self._refer("groups", group)
        if user.get("protected"):
            item["protected"] = True
        self._text(item, "full_name", user.get("name", ""), f"user {name}")
        self._text(item, "description", user.get("data", ""), f"user {name}")
        self._omvs(item, name, user.get("omvs"))
        for key in ("special", "operations", "auditor", "uaudit"):
            if extra.get(key):
                self.note(f"user {name}", "user-attribute", detail=key.upper())
        for key in ("group_special", "group_operations", "group_auditor", "connect_revoked"):
            for group in extra.get(key, ()):
                self.note(f"user {name}", "connect-attribute", detail=f"{key.upper()} in {group}")
        for group, authority in sorted(extra.get("connect_authority", {}).items()):
            self.note(f"user {name}", "connect-attribute", detail=f"AUTHORITY({authority}) in {group}")
        return item

    def _omvs(self, item, name, omvs):
        if not omvs:
            return
        if omvs.get("uid") is None:
            self.note(f"user {name}", "omvs-no-uid")
            return
        value = {"uid": omvs["uid"]}
        for key in ("home", "program"):
            text = omvs.get(key)
            if text and rules.check_path(text, key) is None:
                value[key] = text
            elif text:
                self.note(f"user {name}", "value-refused", detail=f"OMVS {key.upper()} {text!r}")
        item["omvs"] = value

    def _refused(self, kind, name, problem):
        """True (and a finding) when a name from the unload is not one the spec takes."""
        if problem:
            self.note(f"{kind} {name}", "name-refused", detail=problem)
        return bool(problem)

    def _text(self, item, key, value, what):
        if not value:
            return
        if rules.check_text(value, key) is None:
            item[key] = value
        else:
            self.note(what, "value-refused", detail=f"{key} {value!r}")

    def _refer(self, section, name):
        """An identity an imported item names: declared when the scope does not hold it."""
        held = self.state.users if section == "users" else self.state.groups
        if name not in held:
            self.referenced[section].add(name)

    # -- profiles -------------------------------------------------------------------
    def profiles(self):
        stcs, profiles = [], {}
        for key in sorted(self.state.profiles):
            cls, name = key.split(" ", 1)
            profile = self.state.profiles[key]
            if cls == "STARTED":
                stc = self.started(name, profile)
                if stc:
                    stcs.append(stc)
                continue
            item, carried = self.profile(cls, name, profile)
            if item:
                profiles.setdefault((cls, carried), []).append(item)
        self._precedence(profiles)
        return stcs, profiles

    def _precedence(self, profiles):
        """A finding for every imported profile that a more general one of the
        same class also covers: which one decides differs per ESM. A generic
        can cover a name only if its qualifiers before the first generic
        character are the name's first qualifiers, so each name looks up
        only the generics filed under its own leading qualifiers."""
        generics, names = {}, []
        for (cls, _), items in profiles.items():
            for item in items:
                name = item["name"]
                names.append((cls, name))
                if "*" in name or "%" in name:
                    parts = name.split(".")
                    literal = tuple(itertools.takewhile(lambda q: "*" not in q and "%" not in q, parts))
                    generics.setdefault((cls, literal), []).append(name)
        patterns = {}
        for cls, name in names:
            parts = tuple(name.split("."))
            wider = []
            for depth in range(len(parts) + 1):
                for generic in generics.get((cls, parts[:depth]), ()):
                    if generic == name:
                        continue
                    pattern = patterns.get((cls, generic)) or patterns.setdefault((cls, generic),
                                                                                 generic_regex(generic, cls))
                    if pattern.fullmatch(name):
                        wider.append(generic)
            if wider:
                self.note(f"{cls} {name}", "precedence", detail="also covered by " + ", ".join(sorted(wider)))

    def started(self, name, profile):
        proc, _, rest = name.partition(".")
        stdata = profile.get("stdata") or {}
        user = stdata.get("user", "")
        if rest != "*" or rules.check_id(proc) or not user or rules.check_id(user):
            self.note(f"STARTED {name}", "started-form",
                      detail=f"STDATA USER({user})" if user else "no STDATA user")
            return None
        item = {"proc": proc, "user": user, "purpose": self.source.said(f"RACF STARTED profile {name}")}
        self._refer("users", user)
        group = stdata.get("group")
        if group and group != "=MEMBER" and not rules.check_id(group):
            item["group"] = group
            self._refer("groups", group)
        for key in ("trusted", "privileged", "trace"):
            if stdata.get(key) == "YES":
                item[key] = True
                if key != "trace":
                    self.note(f"STARTED {name}", f"stc-{key}")
        return item

    def profile(self, cls, name, profile):
        """(spec item, ESMs whose decks keep it), or (None, ()) when none does."""
        label = f"{cls} {name}"
        if cls == "CDT":
            self.note(label, "cdt-class")
            return None, ()
        problem = self._class_problem(cls) or rules.check_profile_chars(name)
        if problem or "${" in name:
            self.note(label, "name-refused", detail=problem or "contains ${")
            return None, ()
        first = len(self.findings)
        self._name_forms(cls, name)
        unmapped = tuple(e for e in esms.NAMES if cls not in self.targets[e].classes)
        if unmapped:
            self.note(label, "class-unmapped", unmapped)
        if cls == "DATASET":
            self._dataset_owner(name)
        # an ESM keeps the profile unless a rule of its own leaves it out there
        said = self.findings[first:]
        carried = tuple(e for e in esms.NAMES if not any(e in f.esms and f.rule in self.dropping[e] for f in said))
        if not carried:
            return None, ()
        item = {"class": cls, "name": name, "purpose": self.source.said(f"RACF {cls} profile {name}")}
        uacc = profile.get("uacc", "NONE")
        item["uacc"] = uacc if uacc in SPEC_LEVELS else "NONE"
        if uacc not in SPEC_LEVELS:
            self.note(label, "level-not-in-spec", detail=f"UACC({uacc})")
        elif uacc != "NONE":
            self.note(label, "uacc", detail=f"UACC({uacc})")
        if cls == "PTKTDATA" and profile.get("ssignon"):
            item["passticket"] = self._passticket(name, profile)
        grants = self._grants(label, profile.get("acl", {}), uacc)
        if grants:
            item["grants"] = grants
        self._profile_extras(label, cls, name)
        return item, carried

    def _class_problem(self, cls):
        """rules.check_class, once per class (a database has few classes and many profiles)."""
        if cls not in self.class_problems:
            self.class_problems[cls] = rules.check_class(cls)
        return self.class_problems[cls]

    def _dataset_owner(self, name):
        """RACF needs a data set profile's first qualifier to be a user or group
        (IBM "Standard data set naming conventions"); the rule says which ESMs
        cannot take the profile where the database has neither."""
        hlq = name.split(".", 1)[0]
        if hlq in self.state.users or hlq in self.selector.seen_users:
            self._refer("users", hlq)
        elif hlq in self.state.groups or hlq in self.selector.seen_groups:
            self._refer("groups", hlq)
        else:
            self.note(f"DATASET {name}", "dataset-hlq", detail=f"{hlq} is no user or group")

    def _name_forms(self, cls, name):
        """The findings of a profile name's form: generic characters inside it,
        a '-', its generic last qualifier or none (each ESM's effect in targets/)."""
        label = f"{cls} {name}"
        split = generic_tail(name)
        if split is None:
            self.note(label, "generic-inside")
            return
        if "-" in name:
            self.note(label, "dash-in-name")
        tail = split[1]
        if not tail:
            self.note(label, "name-as-prefix")
        elif cls == "DATASET" and tail == "*":
            self.note(label, "generic-one", detail="ends .*")
        else:
            self.note(label, "generic-any", detail=f"ends .{tail}")

    def _grants(self, label, acl, uacc):
        grants = []
        for who in sorted(acl):
            access = acl[who]
            if who == "*":
                self.note(label, "id-star", detail=f"ID(*) {access}")
                continue
            if access not in SPEC_LEVELS:
                self.note(label, "level-not-in-spec", detail=f"ID({who}) {access}")
                continue
            if not rules.is_id(who):
                self.note(label, "name-refused", detail=f"ID({who!r}) {access}")
                continue
            if who in self.state.users or who in self.selector.seen_users:
                self._refer("users", who)
            elif who in self.state.groups or who in self.selector.seen_groups:
                self._refer("groups", who)
            else:
                self.note(label, "unknown-id", detail=f"ID({who}) {access}")
                continue
            grants.append({"id": who, "access": access})
            if SPEC_LEVELS.index(access) < SPEC_LEVELS.index(uacc if uacc in SPEC_LEVELS else "NONE"):
                self.note(label, "below-uacc", detail=f"ID({who}) {access} below UACC({uacc})")
        return grants

    def _passticket(self, name, profile):
        secret = "ptkt_" + SECRET_NAME_RE.sub("_", name.lower())[:27]
        if self.secrets.setdefault(secret, name) != name:
            secret = f"{secret[:26]}_{len(self.secrets)}"
        self.note(f"PTKTDATA {name}", "passticket-key", detail=f"secret {secret}")
        value = {"key": secret}
        if NO_REPLAY in (profile.get("appldata") or "").upper() or profile.get("replay") == "YES":
            value["replay_protection"] = False
        return value

    def _profile_extras(self, label, cls, name):
        extra = self.extras.get(("profiles", label), {})
        for key, rule in (("warning", "warning-mode"), ("level", "security-label"), ("seclabel", "security-label"),
                          ("categories", "security-label"), ("generic_no_wildcard", "generic-no-wildcard"),
                          ("discrete", "discrete-dataset"), ("notify", "notify")):
            if extra.get(key):
                self.note(label, rule, detail=_said(key, extra[key]))
        for who, access, when_class, when_name in extra.get("conditional", ()):
            self.note(label, "conditional-access", detail=f"ID({who}) {access} WHEN({when_class}({when_name}))")

    # -- certificates, rings, maps -----------------------------------------------------
    def _pki(self):
        records = _Records()
        seen = set()
        for key in sorted(self.state.rings):
            ring = self.state.rings[key]
            if self._refused("key ring", key, rules.check_id(ring["owner"], "key ring owner")
                             or rules.check_ring_name(ring["name"])
                             or next((rules.check_cert_owner(c["owner"]) or rules.check_text(c["label"], "label")
                                      for c in ring["certs"]
                                      if rules.check_cert_owner(c["owner"]) or rules.check_text(c["label"], "label")),
                                     None)):
                continue
            connect = [{"owner": c["owner"], "label": c["label"], "usage": c["usage"].lower(),
                        **({"default": True} if c["default"] else {})}
                       for c in sorted(ring["certs"], key=lambda c: (c["owner"], c["label"]))]
            item = {"owner": ring["owner"], "name": ring["name"], "record": records.next("K"),
                    "purpose": self.source.said(f"RACF key ring {ring['owner']}/{ring['name']}")}
            if connect:
                item["connect"] = connect
            self._put("racf-pki", PKI, "keyrings", "ring", item)
            self._refer("users", ring["owner"])
            seen.update((c["owner"], c["label"]) for c in connect)
        seen.update((c["owner"], c["label"]) for c in self.state.certificates.values()
                    if not self._refused("certificate", f"{c['owner']}/{c['label']}",
                                         rules.check_cert_owner(c["owner"]) or rules.check_text(c["label"], "label")))
        for owner, label in sorted(seen):
            self._put("racf-pki", PKI, "certificates", "certificate",
                      {"owner": owner, "label": label, "record": records.next("C"),
                       "purpose": self.source.said(f"existing certificate {owner}/{label}")})
            if owner not in ("CERTAUTH", "SITE"):
                self._refer("users", owner)
        if seen:
            self.note("certificates", "certificate-reference")
        for _, entry in sorted(self.state.idmaps.items()):
            self._put("racf-maps", MAPS, "identity_maps", "map",
                      self._map(entry, "distributed_id", "dn", records, "R"))
        for _, entry in sorted(self.state.certmaps.items()):
            self._put("racf-maps", MAPS, "certificate_maps", "map",
                      self._map(entry, "subject_filter", "subject", records, "M"))

    def _map(self, entry, key, field, records, prefix):
        kind = "identity map" if prefix == "R" else "certificate map"
        value = entry.get(field)
        registry = entry.get("registry")
        if self._refused(kind, f"{entry['user']}/{entry['label']}", rules.check_id(entry["user"], "user")
                         or rules.check_text(entry["label"], "label")
                         or (value and rules.check_text(value, field)) or (registry and rules.check_text(registry, "registry"))):
            return None
        if not value or (prefix == "R" and not registry):
            self.note(f"{kind} {entry['user']}/{entry['label']}", "map-incomplete")
            return None
        self._refer("users", entry["user"])
        item = {"user": entry["user"], "label": entry["label"], key: value, "record": records.next(prefix),
                "purpose": self.source.said(f"RACF {kind} {entry['label']}")}
        if prefix == "R":
            item["registry"] = registry
        elif entry.get("issuer"):
            item["issuer_filter"] = entry["issuer"]
        return item

    def _references(self):
        what = ("users and groups the imported items name but the scope does not hold: expected to exist,"
                " never created or changed")
        for group in sorted(self.referenced["groups"]):
            self._put("racf-referenced", what, "groups", "group", {
                "name": group, "create": False,
                "purpose": self.source.said(f"RACF group {group}, named by imported items, outside the scope")})
        for user in sorted(self.referenced["users"]):
            self._put("racf-referenced", what, "users", "user", {
                "name": user, "create": False,
                "purpose": self.source.said(f"RACF user {user}, named by imported items, outside the scope")})


class _Records:
    """ACF2 and Top Secret record ids (1-8 characters) for certificates,
    rings and maps, numbered in the document's order."""

    def __init__(self):
        self.count = 0

    def next(self, prefix):
        self.count += 1
        return f"{prefix}{self.count:07d}"


NOT_SHOWN_RE = re.compile(r"[^\x20-\x7e]")


def _shown(text):
    """Text for a report line: a character outside printable ASCII (a refused
    name may hold any) as its code, e.g. \\x0a, never the character itself."""
    return NOT_SHOWN_RE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256
                            else f"\\u{ord(m.group()):04x}", text) if NOT_SHOWN_RE.search(text) else text


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
            or kind in ("ring", "certificate", "map") and (item.get("owner") in names or item.get("user") in names):
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


def generic_regex(name, cls):
    """What names a RACF generic profile name covers, as a full-match pattern
    (IBM "Generic profile rules - enhanced generic naming active" and "Profile
    names for general resources"): % one character but a period; * within a
    qualifier any characters of it; a final .* one qualifier (data sets) or one
    or more (general resources); .** any number of qualifiers, none included."""
    parts = name.split(".")
    out = []
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part == "**":
            out.append(r"(?:\.[^.]+)*" if index else r"[^.]+(?:\.[^.]+)*")
            continue
        if part == "*" and last and cls != "DATASET":
            out.append(r"\.[^.]+(?:\.[^.]+)*" if index else r"[^.]+(?:\.[^.]+)*")
            continue
        text = "".join("[^.]*" if c == "*" else "[^.]" if c == "%" else re.escape(c) for c in part)
        out.append(("\\." if index else "") + text)
    return re.compile("".join(out))


def _slug(cls):
    """A class name as part of a component name (a-z 0-9 -)."""
    return "".join(c if c.isalnum() else {"#": "n", "$": "d", "@": "a"}.get(c, "-") for c in cls.lower())


def _said(key, value):
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value)
    return key.upper() if value is True else f"{key.upper()} {value}"
