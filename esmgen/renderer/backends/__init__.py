"""One backend per ESM behind one interface.

A backend is its table (templates/<esm>/esm.yaml merged with the spec's
`esm_tables` overrides), its templates (templates/<esm>/macros.j2: one
macro per action and mode, `setup_user`, `undo_grant` ...), and a module
(racf.py, acf2.py, tss.py, named in esmgen.esms) written to BackendModule.
`Backend` binds the three for one ESM and one spec.
"""

import importlib
from dataclasses import replace
import os
from typing import Protocol

from esmgen import esms, kinds, resources
from esmgen.facts import fact
from esmgen.errors import Problem, SpecError
from esmgen.renderer.format import Style


# Every class entry has these keys, so templates can test them directly.
# templates/<esm>/esm.yaml says what each means for its ESM.
CLASS_DEFAULTS = {"dataset": False, "raclist": False, "generic": False, "mixed_case": False,
                  "max_length": 246, "member": None, "app_raclist": False, "program_control": False,
                  "type": None, "clasmap": False, "keyword": None, "prefix": "",
                  "max_owner": None, "max_permit": None, "use_instead": None, "unverified": False,
                  "rdt": None, "dynamic": False, "activate": True}

# Class keys that choose which commands a class gets. Only the shipped tables
# set them: they are not in the override schema (esmgen/schema.json), so a
# spec cannot turn a class into a data set class or reroute its refresh.
TABLE_ONLY_KEYS = ("dataset", "member", "app_raclist", "program_control", "prefix", "use_instead", "rdt",
                   "dynamic")

def deep_merge(base, override):
    """Return base updated by override, recursing into nested mappings."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_table(esm):
    return resources.load_yaml(os.path.join(resources.templates_dir(), esm, "esm.yaml"))


class BackendModule(Protocol):
    """What an ESM's renderer module provides; every function gets the model
    (esmgen.model.Model, for one ESM) and the merged table (a dict).

    check(model, table) -> [Problem]: what this ESM cannot express; any
        Problem stops the render (exit 2) before a record is written.
    warnings(model, table) -> [str]: what a documented limit says may not
        work (UNVERIFIED mappings, lengths past a vendor's figure); printed
        and repeated in the setup deck's header.
    notes(model, table) -> [str]: prerequisites and side effects the setup
        deck's header states.
    helpers(model, table) -> {name: callable}: what the templates call as
        `h.<name>` (name translations, lookups); never command text.
    required_facts(model, table) -> set of str: the facts (esmgen.facts) a
        setup deck for the model must leave in the ESM.
    MAPPING_FIELDS: (fields, meaning) a spec adds under esm_tables for a
        class the table does not map ({cls} stands for the class).
    CHECK_ON_SYSTEM: the command a site runs to confirm an UNVERIFIED
        class entry ({cls} and {keyword} are filled in).
    """

    MAPPING_FIELDS: tuple
    CHECK_ON_SYSTEM: str

    def check(self, model, table): ...

    def warnings(self, model, table): ...

    def notes(self, model, table): ...

    def helpers(self, model, table): ...

    def required_facts(self, model, table): ...


class Backend:
    """Everything esmgen knows about one ESM."""

    def __init__(self, esm, spec_doc=None):
        if esm not in esms.BY_NAME:
            raise ValueError(esm)
        self.esm = esm
        overrides = ((spec_doc.data or {}).get("esm_tables") or {}).get(esm, {}) if spec_doc else {}
        self.table = deep_merge(load_table(esm), overrides)
        self.table["classes"] = {cls: dict(CLASS_DEFAULTS, **(entry or {}))
                                 for cls, entry in self.table["classes"].items()}
        # A class the spec sets is the site's word: not unverified unless it says so.
        for cls, entry in ((overrides or {}).get("classes") or {}).items():
            self.table["classes"][cls]["unverified"] = bool((entry or {}).get("unverified", False))
        self.module = _module(esm)
        self.style = Style(**self.table["style"])

    def check(self, model):
        """Raise SpecError for what this ESM cannot express."""
        problems = self.module.check(model, self.table)
        if problems:
            raise SpecError(problems)

    def warnings(self, model):
        """Things the deck does that a documented limit says may not work, and
        what it changes beyond the spec's own objects."""
        return unix_level_warnings(model) + self.module.warnings(model, self.table)

    def notes(self, model):
        """Prerequisites and side effects the setup deck's header states (not
        warnings: the deck is right, the reader must know them)."""
        return self.module.notes(model, self.table)

    def required_facts(self, model, where_defined=False):
        """The facts a setup deck for this model must leave (esmgen.facts).

        where_defined: also the grants on profiles the spec expects to exist
        (define: false), for a system where those profiles do exist.
        """
        found = self.module.required_facts(model, self.table)
        if where_defined:
            found |= self.module.required_facts(_unconditional(model), self.table)
        return found

    def helpers(self, model):
        """Functions the templates call (name translations, lookups)."""
        return self.module.helpers(model, self.table)


def problem(obj, message):
    """A Problem at the object's place in the spec, saying where its variables were set."""
    return Problem(obj.meta.where, message + obj.meta.origin)


def _unconditional(model):
    """The model with every grant required, whether its profile is defined or not."""
    return replace(model, grants=tuple(g._replace(conditional=False) for g in model.grants))


def unix_level_warnings(model):
    """Defining BPX.DAEMON or BPX.SERVER switches the system to z/OS UNIX-level
    security (IBM z/OS UNIX System Services Planning, "BPX.DAEMON",
    "BPX.SERVER"; Zowe's own jobs warn the same)."""
    return [f"{p.meta.where}: FACILITY {p.name}: where it is not defined yet, setting it up switches"
            " z/OS UNIX to z/OS UNIX-level security at once, for the whole system: only superusers"
            " permitted to BPX.DAEMON keep daemon authority, every program a daemon loads must be"
            " program controlled, and servers without that set-up fail; test it before production"
            for p in model.profiles if p.cls == "FACILITY" and p.name in kinds.UNIX_LEVEL_SWITCHES and p.define]


def auto_ids(model):
    """Whether the model asks the ESM to assign UIDs or GIDs."""
    return any(u.omvs and u.omvs.uid == "auto" for u in model.users if u.create) or \
        any(g.gid == "auto" for g in model.groups if g.create)


def icsf_key_problems(model, esm_text):
    """PassTicket keys in ICSF (key_label, enhanced) are RACF's: for ACF2 and
    Top Secret the vendors document only a key value (esm_text says where)."""
    return [problem(p, f"PTKTDATA {p.name}: {esm_text}; no public documentation gives a form for a key"
                    " in ICSF or for enhanced PassTickets, so give the key as a secret (passticket: key:)")
            for p in model.profiles if p.passticket and (p.passticket.key_label or p.passticket.enhanced)]


def class_problems(model, table, esm, needed_key):
    """Problems for classes the table does not map (or maps without needed_key),
    and for classes the ESM keeps elsewhere than in resource rules."""
    problems = []
    for use in model.classes:
        entry = table["classes"].get(use.cls)
        if entry is not None and entry.get("use_instead"):
            problems.append(Problem(use.meta.where, f"class {use.cls} has no {table['name']} resource"
                                    f" rules: {entry['use_instead']}"))
        elif entry is None or (needed_key and not entry.get(needed_key) and not entry.get("dataset")):
            problems.append(Problem(use.meta.where, missing_mapping(use.cls, table["name"], esm,
                                                                    None if entry is None else needed_key)))
    return problems


def _module(esm):
    """The ESM's backend module (BackendModule), through the registry."""
    return importlib.import_module(esms.BY_NAME[esm].backend)


def missing_mapping(cls, name, esm, key=None):
    """The message for a class without a mapping: which fields to add, and where."""
    fields, meaning = _module(esm).MAPPING_FIELDS
    return (f"class {cls} has no {name} {key or 'mapping'}: add it to the spec as esm_tables: {{{esm}: {{classes:"
            f" {{{cls}: {fields}}}}}}} ({meaning.format(cls=cls)}; see docs/classes.md)")


def unverified_warnings(model, table, esm, fields):
    """One warning per class the model uses whose table entry is UNVERIFIED.

    fields: the entry keys the warning shows (the mapping no source settles).
    """
    found = []
    for use in model.classes:
        entry = table["classes"].get(use.cls) or {}
        if entry.get("unverified"):
            shown = ", ".join(f"{key}: {_yaml_value(entry.get(key))}" for key in fields)
            check = _module(esm).CHECK_ON_SYSTEM.format(cls=use.cls, keyword=entry.get("keyword"))
            found.append(f"{use.meta.where}: class {use.cls}: the {table['name']} mapping ({shown}) is"
                         f" UNVERIFIED: check {check}, then confirm it with esm_tables: {{{esm}:"
                         f" {{classes: {{{use.cls}: {{unverified: false}}}}}}}} or correct it there"
                         " (see docs/classes.md)")
    return found


def _yaml_value(value):
    return str(value).lower() if isinstance(value, bool) else value


def choice_problems(table, esm, choices):
    """Problems for table keys whose value is not one of the allowed choices."""
    problems = []
    for key, allowed in choices.items():
        if table.get(key) not in allowed:
            problems.append(Problem(f"esm_tables: {esm}: {key}", f"{table.get(key)!r} is not one of "
                                    + ", ".join(allowed)))
    return problems


def generic_tail(name):
    """Split a RACF-style name into (discrete part, generic tail).

    Only trailing generic qualifiers can be expressed by every ESM:
    'ZWE.*.**' -> ('ZWE', '*.**'); 'BPX.SERVER' -> ('BPX.SERVER', '').
    Returns None for generic characters anywhere else.
    """
    parts = name.split(".")
    tail = []
    while parts and parts[-1] in ("*", "**"):
        tail.insert(0, parts.pop())
    if not parts or any(c in p for p in parts for c in "*%"):
        return None
    return ".".join(parts), ".".join(tail)


def identity_facts(model, connect_word):
    """Facts every ESM shares for users, groups and started tasks."""
    found = set()
    for user in model.users:
        if user.create:
            found.add(fact("user", user.name))
            if user.protected:
                found.add(fact("protected", user.name))
            if user.default_group:
                found.add(fact("default-group", user.name, user.default_group))
            if user.omvs:
                found.add(fact("omvs", user.name, user.omvs.home, user.omvs.program))
    created = {u.name for u in model.users if u.create}
    for connect in model.connects:
        if connect.user in created or not connect.default:
            found.add(fact(connect_word, connect.user, connect.group))
    for group in model.groups:
        if group.create and group.gid is not None:
            found.add(fact("omvs-group", group.name))
    return found


def idmap_facts(model, label_of):
    """`idmap USER LABEL` facts; label_of says what the ESM keys a mapping by."""
    return {fact("idmap", m.user, label_of(m)) for m in model.identity_maps}


def pki_facts(model):
    """Certificates esmgen creates and the key rings it defines (any ESM)."""
    found = {fact("cert", c.owner, c.label) for c in model.certificates if c.create}
    for ring in model.keyrings:
        found.add(fact("ring", ring.owner, ring.name))
        for conn in ring.connections:
            found.add(fact("ring-cert", ring.owner, ring.name, conn.usage.upper(), conn.owner, conn.label))
            if conn.default:
                found.add(fact("ring-default", ring.owner, ring.name, conn.owner, conn.label))
    return found
