"""Variables: spec defaults, overridden by zowe.yaml, then --values, then --set.

Strings anywhere in a spec may say `${name}`; an unknown name is an error.
"""

import difflib
import re
from dataclasses import dataclass, field

from esmgen import esms
from esmgen.renderer import rules
from esmgen.errors import Problem, SpecError

REFERENCE_RE = re.compile(r"\$\{([^}]*)\}")

KIND_CHECKS = {
    "user": lambda v: rules.check_id(v, "user id"),
    "group": lambda v: rules.check_id(v, "group name"),
    "acid": lambda v: rules.check_id(v, "ACID"),
    "stc": lambda v: rules.check_id(v, "started task name"),
    "name": lambda v: rules.check_id(v, "name"),
    "hlq": rules.check_hlq,
    "text": lambda v: rules.check_text(v, "text"),
    "profile": rules.check_profile_chars,
}


@dataclass
class Sources:
    """Where overrides come from, weakest first: zowe.yaml, values file, --set."""

    zowe_yaml: object = None      # loader.Document
    values: object = None         # loader.Document
    settings: list = field(default_factory=list)  # "NAME=VALUE" strings
    notes: list = field(default_factory=list)     # said to the user, not errors (missing zowe.yaml keys)


# zowe.yaml: the keys below `zowe.setup` that esmgen reads, and the product key.
ZOWE_SETUP = ("zowe", "setup")
PRODUCT_KEY = "zowe.setup.security.product"
# zwe resolves ${{ ... }} expressions (JavaScript) when it reads zowe.yaml; esmgen does not.
ZWE_TEMPLATE = "${{"


@dataclass(frozen=True)
class Value:
    """A variable's value and where it was set."""
    text: str
    origin: str   # where the value came from, for error messages


def resolve(spec_doc, sources):
    """Return {name: Value} for every variable the spec declares."""
    declared = (spec_doc.data or {}).get("variables") or {}
    overrides = {}
    problems = []
    _from_zowe_yaml(declared, sources.zowe_yaml, overrides, problems, sources.notes)
    _from_values(declared, sources.values, overrides, problems)
    _from_settings(declared, sources.settings, overrides, problems)
    for name, value in overrides.items():
        why = rules.check_variable_value(value.text)
        if why:
            problems.append(Problem(value.origin, f"variable {name}: {why}"))
    resolved = dict(overrides)
    for name in declared:
        if name not in resolved:
            _resolve_default(name, declared, spec_doc, resolved, (), problems)
    for name, spec in declared.items():
        check = KIND_CHECKS.get(spec.get("kind"))
        value = resolved.get(name)
        # an empty value is judged where it is used: a required field says "is empty"
        if check and value is not None and value.text and not rules.check_variable_value(value.text):
            why = check(value.text)
            if why:
                problems.append(Problem(value.origin, f"variable {name}: {why}"))
    if problems:
        raise SpecError(problems)
    return resolved


def _read_as(value):
    """Why a YAML value is not taken as text: what YAML made of it, and the cure."""
    kinds = {bool: "true/false", list: "a list", dict: "a mapping", type(None): "nothing"}
    kind = kinds.get(type(value), "a date" if hasattr(value, "year") else type(value).__name__)
    return f" (YAML read {kind}: quote the value to keep it as text)"


def _scalar_text(value):
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value)


def check_zowe_yaml(doc):
    """Problems that make a file unusable as zowe.yaml: not a mapping, no zowe.setup."""
    data = doc.data
    if not isinstance(data, dict):
        kind = "empty" if data is None else f"a {type(data).__name__}"
        return [Problem(doc.where(), f"not a zowe.yaml: the file is {kind}, not a mapping with zowe.setup")]
    setup = (data.get("zowe") or {}).get("setup") if isinstance(data.get("zowe"), dict) else None
    if not isinstance(setup, dict):
        return [Problem(doc.where(["zowe"] if "zowe" in data else []),
                        "not a zowe.yaml for esmgen: there is no zowe.setup section (esmgen reads"
                        " zowe.setup.security and zowe.setup.dataset)")]
    return []


def _zowe_value(doc, key):
    """(node, path) of a dotted key in zowe.yaml, or (None, path so far)."""
    node, path = doc.data, []
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None, path
        node, path = node[part], path + [part]
    return node, path


def _zowe_text(doc, key, node, path, problems):
    """A zowe.yaml value as text, or None after a problem."""
    text = _scalar_text(node)
    if text is None:
        problems.append(Problem(doc.where(path), f"{key} must be a plain value{_read_as(node)}"))
        return None
    if ZWE_TEMPLATE in text:
        problems.append(Problem(doc.where(path), f"{key} is a zwe template (${{{{ ... }}}}): zwe"
                                " evaluates these, esmgen does not; write the value itself"))
        return None
    return text


def _from_zowe_yaml(declared, doc, overrides, problems, notes=None):
    if doc is None:
        return
    unusable = check_zowe_yaml(doc)
    if unusable:
        problems.extend(unusable)
        return
    missing = []
    for name, spec in declared.items():
        key = spec.get("zowe_yaml")
        if not key:
            continue
        node, path = _zowe_value(doc, key)
        if node is None:
            missing.append(f"{key} ({name})")
            continue
        text = _zowe_text(doc, key, node, path, problems)
        if text is not None:
            overrides[name] = Value(text, f"{doc.where(path)} ({key})")
    if missing and notes is not None:
        notes.append(f"{doc.filename} does not set " + ", ".join(missing)
                     + ": the spec's defaults are used for them")


def zowe_product(doc):
    """(ESM name, where) from zowe.setup.security.product, or None when the file does not say."""
    if doc is None or check_zowe_yaml(doc):
        return None
    node, path = _zowe_value(doc, PRODUCT_KEY)
    if node is None:
        return None
    problems = []
    text = _zowe_text(doc, PRODUCT_KEY, node, path, problems)
    if problems:
        raise SpecError(problems)
    esm = esms.BY_PRODUCT.get(text.upper())
    if esm is None:
        raise SpecError(Problem(doc.where(path), f"{PRODUCT_KEY}: {text!r} is not one of "
                                + ", ".join(esms.BY_PRODUCT)))
    return esm.name, doc.where(path)


def _from_values(declared, doc, overrides, problems):
    if doc is None:
        return
    if doc.data is None:
        return
    if not isinstance(doc.data, dict):
        problems.append(Problem(doc.where(), "a values file must be a mapping of NAME: VALUE"))
        return
    for name, raw in doc.data.items():
        where = doc.where([name])
        if name not in declared:
            problems.append(Problem(doc.where_key([name]), f"unknown variable '{name}'{_known(declared, name)}"))
            continue
        text = _scalar_text(raw)
        if text is None:
            problems.append(Problem(where, f"variable {name} must be a plain value{_read_as(raw)}"))
        else:
            overrides[name] = Value(text, where)


def _from_settings(declared, settings, overrides, problems):
    for setting in settings:
        where = f"--set {setting}"
        name, sep, text = setting.partition("=")
        name = name.strip()
        if not sep or not name:
            problems.append(Problem(where, "expected NAME=VALUE"))
        elif name not in declared:
            problems.append(Problem(where, f"unknown variable '{name}'{_known(declared, name)}"))
        else:
            overrides[name] = Value(text, where)


def _known(declared, name=None):
    names = ", ".join(sorted(declared))
    if not names:
        return " (the spec declares no variables)"
    close = difflib.get_close_matches(name, list(declared), n=1, cutoff=0.6) if name else []
    return (f" (did you mean {close[0]}?" if close else " (") + f" known: {names})"


def _resolve_default(name, declared, spec_doc, resolved, stack, problems):
    if name in resolved:
        return resolved[name]
    where = spec_doc.place(["variables", name, "default"])
    if name in stack:
        cycle = " -> ".join(stack + (name,))
        problems.append(Problem(where, f"variable defaults refer to each other: {cycle}"))
        return None
    if "first_qualifier_of" in declared[name]:
        return _first_qualifier(name, declared, spec_doc, resolved, stack, problems)
    raw = str(declared[name]["default"])
    pieces = []
    last = 0
    for match in REFERENCE_RE.finditer(raw):
        ref = match.group(1)
        if ref not in declared:
            problems.append(Problem(where, f"unknown variable '${{{ref}}}'{_known(declared)}"))
            return None
        value = _resolve_default(ref, declared, spec_doc, resolved, stack + (name,), problems)
        if value is None:
            return None
        pieces.append(raw[last:match.start()])
        pieces.append(value.text)
        last = match.end()
    pieces.append(raw[last:])
    resolved[name] = Value("".join(pieces), where)
    return resolved[name]


def _first_qualifier(name, declared, spec_doc, resolved, stack, problems):
    """hlq_group follows hlq: the first qualifier of another variable, wherever that was set."""
    source = declared[name]["first_qualifier_of"]
    where = spec_doc.place(["variables", name, "first_qualifier_of"])
    if source not in declared:
        problems.append(Problem(where, f"unknown variable '{source}'{_known(declared)}"))
        return None
    if name in stack:
        problems.append(Problem(where, "variable defaults refer to each other: " + " -> ".join(stack + (name,))))
        return None
    value = _resolve_default(source, declared, spec_doc, resolved, stack + (name,), problems)
    if value is None:
        return None
    resolved[name] = Value(value.text.split(".", 1)[0], f"the first qualifier of {source} ({value.origin})")
    return resolved[name]


def substitute(raw, variables, where):
    """Replace ${name} in raw. Returns (text, names used); unknown names are errors."""
    if not isinstance(raw, str) or "${" not in raw:
        return raw, ()
    used = []

    def replace(match):
        ref = match.group(1)
        if ref not in variables:
            raise SpecError(Problem(where, f"unknown variable '${{{ref}}}'"))
        used.append(ref)
        return variables[ref].text

    return REFERENCE_RE.sub(replace, raw), tuple(used)
