"""One backend per ESM behind one interface.

A backend is its table (templates/<esm>/esm.yaml merged with the spec's
`esm_tables` overrides), its templates, and a small module (racf.py, acf2.py,
tss.py) with name translations and ESM-specific checks.
"""

import importlib
import os

from esmgen import resources
from esmgen.dryrun.facts import fact
from esmgen.errors import Problem, SpecError
from esmgen.format import Style

ESMS = ("racf", "acf2", "tss")

# Every class entry has these keys, so templates can test them directly.
CLASS_DEFAULTS = {"dataset": False, "raclist": False, "generic": False, "mixed_case": False,
                  "max_length": 246, "type": None, "clasmap": False, "keyword": None,
                  "unverified": False, "max_permit": None}


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


class Backend:
    """Everything esmgen knows about one ESM."""

    def __init__(self, esm, spec_doc=None):
        if esm not in ESMS:
            raise ValueError(esm)
        self.esm = esm
        overrides = ((spec_doc.data or {}).get("esm_tables") or {}).get(esm, {}) if spec_doc else {}
        self.table = deep_merge(load_table(esm), overrides)
        self.table["classes"] = {cls: dict(CLASS_DEFAULTS, **(entry or {}))
                                 for cls, entry in self.table["classes"].items()}
        self.module = importlib.import_module(f"esmgen.esm.{esm}")
        self.style = Style(**self.table["style"])

    def check(self, model):
        """Raise SpecError for what this ESM cannot express."""
        problems = self.module.check(model, self.table)
        if problems:
            raise SpecError(problems)

    def warnings(self, model):
        """Things the deck does that a documented limit says may not work."""
        check = getattr(self.module, "warnings", None)
        return check(model, self.table) if check else []

    def required_facts(self, model):
        """The facts a setup deck for this model must leave (esmgen.dryrun.facts)."""
        return self.module.required_facts(model, self.table)

    def helpers(self, model):
        """Functions the templates call (name translations, lookups)."""
        return self.module.helpers(model, self.table)


def class_problems(model, table, esm, needed_key):
    """Problems for classes the table does not map (or maps without needed_key)."""
    problems = []
    for use in model.classes:
        entry = table["classes"].get(use.cls)
        if entry is None or (needed_key and not entry.get(needed_key) and not entry.get("dataset")):
            problems.append(Problem(use.meta.where, f"class {use.cls} has no {table['name']} mapping"
                                    f"{' (' + needed_key + ')' if needed_key else ''}; add it under"
                                    f" esm_tables: {esm}: classes: {use.cls}:"))
    return problems


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
