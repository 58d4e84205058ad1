"""Variables: spec defaults, overridden by zowe.yaml, then --values, then --set.

Strings anywhere in a spec may say `${name}`; an unknown name is an error.
"""

import re
from dataclasses import dataclass, field

from esmgen import rules
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
    _from_zowe_yaml(declared, sources.zowe_yaml, overrides, problems)
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
        if check and value is not None and not rules.check_variable_value(value.text):
            why = check(value.text)
            if why:
                problems.append(Problem(value.origin, f"variable {name}: {why}"))
    if problems:
        raise SpecError(problems)
    return resolved


def _scalar_text(value):
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value)


def _from_zowe_yaml(declared, doc, overrides, problems):
    if doc is None:
        return
    for name, spec in declared.items():
        key = spec.get("zowe_yaml")
        if not key:
            continue
        node, path = doc.data, []
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                node = None
                break
            node, path = node[part], path + [part]
        if node is None:
            continue
        text = _scalar_text(node)
        if text is None:
            problems.append(Problem(doc.where(path), f"{key} must be a plain value, got {node!r}"))
        else:
            overrides[name] = Value(text, f"{doc.where(path)} ({key})")


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
            problems.append(Problem(doc.where_key([name]), f"unknown variable '{name}'{_known(declared)}"))
            continue
        text = _scalar_text(raw)
        if text is None:
            problems.append(Problem(where, f"variable {name} must be a plain value, got {raw!r}"))
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
            problems.append(Problem(where, f"unknown variable '{name}'{_known(declared)}"))
        else:
            overrides[name] = Value(text, where)


def _known(declared):
    names = ", ".join(sorted(declared))
    return f" (known: {names})" if names else " (the spec declares no variables)"


def _resolve_default(name, declared, spec_doc, resolved, stack, problems):
    if name in resolved:
        return resolved[name]
    where = spec_doc.place(["variables", name, "default"])
    if name in stack:
        cycle = " -> ".join(stack + (name,))
        problems.append(Problem(where, f"variable defaults refer to each other: {cycle}"))
        return None
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
