"""Data set and general resource profiles of the state as spec items, and the
findings of their names: the form of a generic name (each ESM's effect in
targets/), classes a table does not map, data set profiles without a user or
group for their first qualifier, access the spec cannot hold, and profiles
a more general one also covers."""

import itertools
import re

from esmgen import esms
from esmgen.importer import identities
from esmgen.model import ACCESS_LEVELS
from esmgen.renderer import rules
from esmgen.renderer.backends import generic_tail
from esmgen.simulator.racf.names import generic_regex

SECRET_NAME_RE = re.compile(r"[^a-z0-9_]")
NO_REPLAY = "NO REPLAY PROTECTION"        # RACF legacy PassTickets: APPLDATA turns replay protection off
# extras setting -> the rule of its finding
EXTRA_RULES = (("warning", "warning-mode"), ("level", "security-label"), ("seclabel", "security-label"),
               ("categories", "security-label"), ("generic_no_wildcard", "generic-no-wildcard"),
               ("discrete", "discrete-dataset"), ("notify", "notify"))


def profiles(ctx):
    """(started task items, {(class, ESMs that keep them): [profile items]}), by name."""
    stcs, found, secrets, class_problems = [], {}, {}, {}
    for key in sorted(ctx.state.profiles):
        cls, name = key.split(" ", 1)
        profile = ctx.state.profiles[key]
        if cls == "STARTED":
            stc = identities.started(ctx, name, profile)
            if stc:
                stcs.append(stc)
            continue
        if cls not in class_problems:       # a database has few classes and many profiles
            class_problems[cls] = rules.check_class(cls)
        item, carried = _profile(ctx, cls, name, profile, class_problems[cls], secrets)
        if item:
            found.setdefault((cls, carried), []).append(item)
    _precedence(ctx, found)
    return stcs, found


def _profile(ctx, cls, name, profile, class_problem, secrets):
    """(spec item, ESMs whose decks keep it), or (None, ()) when none does."""
    label = f"{cls} {name}"
    if cls == "CDT":
        ctx.note(label, "cdt-class")
        return None, ()
    problem = class_problem or rules.check_profile_chars(name)
    if problem or "${" in name:
        ctx.note(label, "name-refused", detail=problem or "contains ${")
        return None, ()
    first = len(ctx.findings)
    _name_forms(ctx, cls, name)
    unmapped = tuple(e for e in esms.NAMES if cls not in ctx.targets[e].classes)
    if unmapped:
        ctx.note(label, "class-unmapped", unmapped)
    if cls == "DATASET":
        _dataset_owner(ctx, name)
    # an ESM keeps the profile unless a rule of its own leaves it out there
    said = ctx.findings[first:]
    carried = tuple(e for e in esms.NAMES if not any(e in f.esms and f.rule in ctx.dropping[e] for f in said))
    if not carried:
        return None, ()
    item = {"class": cls, "name": name, "purpose": ctx.source.said(f"RACF {cls} profile {name}")}
    uacc = profile.get("uacc", "NONE")
    item["uacc"] = uacc if uacc in ACCESS_LEVELS else "NONE"
    if uacc not in ACCESS_LEVELS:
        ctx.note(label, "level-not-in-spec", detail=f"UACC({uacc})")
    elif uacc != "NONE":
        ctx.note(label, "uacc", detail=f"UACC({uacc})")
    if cls == "PTKTDATA" and profile.get("ssignon"):
        item["passticket"] = _passticket(ctx, name, profile, secrets)
    grants = _grants(ctx, label, profile.get("acl", {}), uacc)
    if grants:
        item["grants"] = grants
    _extras(ctx, label)
    return item, carried


def _dataset_owner(ctx, name):
    """RACF needs a data set profile's first qualifier to be a user or group
    (IBM "Standard data set naming conventions"); the rule says which ESMs
    cannot take the profile where the database has neither."""
    hlq = name.split(".", 1)[0]
    section = ctx.known(hlq)
    if section:
        ctx.refer(section, hlq)
    else:
        ctx.note(f"DATASET {name}", "dataset-hlq", detail=f"{hlq} is no user or group")


def _name_forms(ctx, cls, name):
    """The findings of a profile name's form: generic characters inside it,
    a '-', its generic last qualifier or none (each ESM's effect in targets/)."""
    label = f"{cls} {name}"
    split = generic_tail(name)
    if split is None:
        ctx.note(label, "generic-inside")
        return
    if "-" in name:
        ctx.note(label, "dash-in-name")
    tail = split[1]
    if not tail:
        ctx.note(label, "name-as-prefix")
    elif cls == "DATASET" and tail == "*":
        ctx.note(label, "generic-one", detail="ends .*")
    else:
        ctx.note(label, "generic-any", detail=f"ends .{tail}")


def _grants(ctx, label, acl, uacc):
    grants = []
    floor = ACCESS_LEVELS.index(uacc) if uacc in ACCESS_LEVELS else 0
    for who in sorted(acl):
        access = acl[who]
        if who == "*":
            ctx.note(label, "id-star", detail=f"ID(*) {access}")
            continue
        if access not in ACCESS_LEVELS:
            ctx.note(label, "level-not-in-spec", detail=f"ID({who}) {access}")
            continue
        if not rules.is_id(who):
            ctx.note(label, "name-refused", detail=f"ID({who!r}) {access}")
            continue
        section = ctx.known(who)
        if section is None:
            ctx.note(label, "unknown-id", detail=f"ID({who}) {access}")
            continue
        ctx.refer(section, who)
        grants.append({"id": who, "access": access})
        if ACCESS_LEVELS.index(access) < floor:
            ctx.note(label, "below-uacc", detail=f"ID({who}) {access} below UACC({uacc})")
    return grants


def _passticket(ctx, name, profile, secrets):
    """The PassTicket key as a secret name (an unload never holds the key)."""
    secret = "ptkt_" + SECRET_NAME_RE.sub("_", name.lower())[:27]
    if secrets.setdefault(secret, name) != name:
        secret = f"{secret[:26]}_{len(secrets)}"
    ctx.note(f"PTKTDATA {name}", "passticket-key", detail=f"secret {secret}")
    value = {"key": secret}
    if NO_REPLAY in (profile.get("appldata") or "").upper() or profile.get("replay") == "YES":
        value["replay_protection"] = False
    return value


def _extras(ctx, label):
    extra = ctx.extras.get(("profiles", label), {})
    for key, rule in EXTRA_RULES:
        if extra.get(key):
            ctx.note(label, rule, detail=_said(key, extra[key]))
    for who, access, when_class, when_name in extra.get("conditional", ()):
        ctx.note(label, "conditional-access", detail=f"ID({who}) {access} WHEN({when_class}({when_name}))")


def _precedence(ctx, found):
    """A finding for every imported profile that a more general one of the
    same class also covers: which one decides differs per ESM. A generic
    can cover a name only if its qualifiers before the first generic
    character are the name's first qualifiers, so each name looks up
    only the generics filed under its own leading qualifiers."""
    generics, names = {}, []
    for (cls, _), items in found.items():
        for item in items:
            name = item["name"]
            names.append((cls, name))
            if "*" in name or "%" in name:
                literal = tuple(itertools.takewhile(lambda q: "*" not in q and "%" not in q, name.split(".")))
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
            ctx.note(f"{cls} {name}", "precedence", detail="also covered by " + ", ".join(sorted(wider)))


def _said(key, value):
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value)
    return key.upper() if value is True else f"{key.upper()} {value}"
