"""What every part of an import shares: where the state came from (Source),
what each ESM's tables allow (Target), the findings so far (Finding), and the
Context that the parts write them to and check values with."""

import re
from typing import NamedTuple

from esmgen import esms
from esmgen.importer import translation
from esmgen.renderer import rules

NOT_SHOWN_RE = re.compile(r"[^\x20-\x7e]")


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


class Context:
    """The state being imported and what the import has found so far."""

    def __init__(self, state, extras, selector, source, targets):
        self.state, self.extras, self.selector, self.source = state, extras, selector, source
        self.targets = targets
        # per ESM, the rules whose items its decks leave out (translation.Effect.drops)
        self.dropping = {esm: {rule for rule in translation.RULES if translation.drops(rule, esm)}
                         for esm in esms.NAMES}
        self.findings = []
        self.referenced = {"users": set(), "groups": set()}
        self.revoked = set()         # users revoked in RACF: declared, never created

    def note(self, item, rule, esm_names=esms.NAMES, detail=""):
        self.findings.append(Finding(shown(item), rule, tuple(esm_names), shown(detail)))

    def refused(self, kind, name, problem):
        """True (and a finding) when a name from the unload is not one the spec takes."""
        if problem:
            self.note(f"{kind} {name}", "name-refused", detail=problem)
        return bool(problem)

    def text(self, item, key, value, what):
        """Set item[key] to descriptive text the spec takes; else a finding."""
        if not value:
            return
        if rules.check_text(value, key) is None:
            item[key] = value
        else:
            self.note(what, "value-refused", detail=f"{key} {value!r}")

    def refer(self, section, name):
        """An identity an imported item names: declared when the scope does not hold it."""
        held = self.state.users if section == "users" else self.state.groups
        if name not in held:
            self.referenced[section].add(name)

    def known(self, name):
        """"users" or "groups" for a name the database has (held or only seen), else None."""
        if name in self.state.users or name in self.selector.seen_users:
            return "users"
        if name in self.state.groups or name in self.selector.seen_groups:
            return "groups"
        return None


def shown(text):
    """Text for a report line: a character outside printable ASCII (a refused
    name may hold any) as its code, e.g. \\x0a, never the character itself."""
    if not NOT_SHOWN_RE.search(text):
        return text
    return NOT_SHOWN_RE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256
                            else f"\\u{ord(m.group()):04x}", text)
