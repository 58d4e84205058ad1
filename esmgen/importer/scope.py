"""What an import takes from a database: the scope options, checked where they
enter, and the `keep` predicate the unload reader asks for each object.

A scope is a union: an object is imported when any option selects it. There
is no default; without a scope the command refuses (a whole database is
never imported by accident), and `--all` says "everything" out loud.

Masks are RACF-like and match a whole name: `*` stands for any characters
(periods included), `%` for exactly one. They are upper case, as RACF
stores user, group and data set names; a general resource mask is matched
as written (some classes hold mixed case).
"""

import re
from dataclasses import dataclass, field

from esmgen.errors import EsmgenError
from esmgen.renderer.rules import ID_RE, QUALIFIER_RE
from esmgen.simulator.racf.unload import records

# Masks: the renderer's name rules (esmgen.renderer.rules) with * and %.
ID_MASK_RE = re.compile(r"[A-Z0-9#$@*%]{1,8}")
DATASET_MASK_RE = re.compile(r"[A-Z0-9#$@*%.-]{1,44}")
CLASS_RE = re.compile(r"[A-Z][A-Z0-9#$@]{0,7}")
RESOURCE_MASK_RE = re.compile(r"[A-Za-z0-9#$@._*%/:-]{1,246}")


class ScopeError(EsmgenError):
    """A scope option whose value cannot be a mask or name."""


def mask_regex(mask):
    """The compiled full-match pattern of a mask (`*` any characters, `%` one)."""
    parts = ((".*" if c == "*" else "." if c == "%" else re.escape(c)) for c in mask)
    return re.compile("".join(parts), re.DOTALL)


@dataclass
class Scope:
    """The scope options of one import, checked (parse() builds it)."""
    everything: bool = False
    users: tuple = ()          # masks
    groups: tuple = ()         # masks
    trees: tuple = ()          # group names: the group, its subgroups and their users
    datasets: tuple = ()       # first qualifiers or masks
    resources: tuple = ()      # (class, mask or None)
    started: tuple = ()        # masks of STARTED profile names

    def empty(self):
        return not (self.everything or self.users or self.groups or self.trees or self.datasets
                    or self.resources or self.started)

    def describe(self):
        """The scope as the options that give it (for purposes and reports)."""
        if self.everything:
            return "--all"
        words = [f"--users {m}" for m in self.users] + [f"--groups {m}" for m in self.groups]
        words += [f"--group-tree {g}" for g in self.trees] + [f"--datasets {d}" for d in self.datasets]
        words += [f"--resources {c}:{m}" if m else f"--resources {c}" for c, m in self.resources]
        words += [f"--started {m}" for m in self.started]
        return " ".join(words)


def _checked(option, value, pattern, what):
    if not isinstance(value, str) or pattern.fullmatch(value) is None:
        raise ScopeError(f"{option} {value!r}: {what}")
    return value


def parse(everything=False, users=(), groups=(), trees=(), datasets=(), resources=(), started=()):
    """A Scope from the option values (ScopeError names the option and value)."""
    scope = Scope(everything=everything)
    scope.users = tuple(_checked("--users", m.upper(), ID_MASK_RE, "a user mask is 1-8 characters"
                                 " A-Z 0-9 # $ @ with * and %") for m in users)
    scope.groups = tuple(_checked("--groups", m.upper(), ID_MASK_RE, "a group mask is 1-8 characters"
                                  " A-Z 0-9 # $ @ with * and %") for m in groups)
    scope.trees = tuple(_checked("--group-tree", g.upper(), ID_RE, "a group name is 1-8 characters"
                                 " A-Z 0-9 # $ @, the first not a digit") for g in trees)
    scope.datasets = tuple(_checked("--datasets", d.upper(), DATASET_MASK_RE, "give a high-level"
                                    " qualifier or a data set mask (A-Z 0-9 # $ @ - . * %)")
                           for d in datasets)
    scope.resources = tuple(_resource(value) for value in resources)
    scope.started = tuple(_checked("--started", m.upper(), RESOURCE_MASK_RE, "a STARTED profile mask"
                                   " (PROC.JOBNAME, with * and %)") for m in started)
    return scope


def _resource(value):
    cls, colon, mask = value.partition(":")
    _checked("--resources", cls.upper(), CLASS_RE, "give CLASS or CLASS:MASK (a class is 1-8"
             " characters A-Z 0-9 # $ @, the first a letter)")
    if colon:
        if RESOURCE_MASK_RE.fullmatch(mask) is None:
            raise ScopeError(f"--resources {value!r}: the mask after CLASS: may hold only"
                             " A-Z a-z 0-9 # $ @ . _ * % / : -")
    if cls.upper() == "DATASET":
        raise ScopeError(f"--resources {value!r}: data set profiles are chosen with --datasets")
    return cls.upper(), (mask if colon else None)


@dataclass
class Selector:
    """The reader's `keep`: which objects of the unload to hold. It also
    remembers every user and group name the reader asked about, so an access
    list entry or a connection outside the scope can be declared as what it is."""
    scope: Scope
    tree_groups: frozenset = frozenset()
    tree_users: frozenset = frozenset()
    seen_users: set = field(default_factory=set)
    seen_groups: set = field(default_factory=set)

    def __post_init__(self):
        s = self.scope
        self._users = [mask_regex(m) for m in s.users]
        self._groups = [mask_regex(m) for m in s.groups]
        self._datasets = [(None, d) if QUALIFIER_RE.fullmatch(d) else (mask_regex(d), None) for d in s.datasets]
        self._resources = {}
        for cls, mask in s.resources:
            self._resources.setdefault(cls, []).append(mask_regex(mask) if mask else None)
        self._started = [mask_regex(m) for m in s.started]

    def __call__(self, section, key):
        if self.scope.everything:          # every object is held, so none is outside the scope
            return section != "cdt"
        if section == "users":
            self.seen_users.add(key)
            return self.user(key)
        if section == "groups":
            self.seen_groups.add(key)
            return self.group(key)
        if section == "profiles":
            return self.profile(*key.split(" ", 1))
        if section == "cdt":
            return False            # a spec cannot define classes: reported, never imported
        return self.scope.everything or self.user(key.split(" ", 1)[0])

    def user(self, name):
        return self.scope.everything or name in self.tree_users or _any(self._users, name)

    def group(self, name):
        return self.scope.everything or name in self.tree_groups or _any(self._groups, name)

    def profile(self, cls, name):
        if self.scope.everything:
            return True
        if cls == "DATASET":
            return any(name.split(".", 1)[0] == hlq if hlq else pattern.fullmatch(name)
                       for pattern, hlq in self._datasets)
        if cls == "STARTED" and _any(self._started, name):
            return True
        masks = self._resources.get(cls)
        return masks is not None and any(m is None or m.fullmatch(name) for m in masks)


def _any(patterns, name):
    return any(p.fullmatch(name) for p in patterns)


def group_tree(lines, roots):
    """(groups, users) of the trees under `roots`: each root, its subgroups at
    every depth (0100 superior group), and the users connected to any of them
    (0102 group members, 0203 and 0205 user connections). One pass over the
    lines (the unload reader's records()); no State is built."""
    children, members, names = {}, {}, set()
    for rtype, f in records(lines, ("0100", "0102", "0203", "0205")):
        if rtype == "0100":
            names.add(f["name"])
            children.setdefault(f["supgroup"], []).append(f["name"])
        elif rtype == "0102":
            members.setdefault(f["name"], []).append(f["member"])
        else:                       # the same connection from the user's side
            members.setdefault(f["group"], []).append(f["name"])
    groups, todo = set(), [root for root in roots if root in names]
    while todo:
        group = todo.pop()
        if group not in groups:
            groups.add(group)
            todo.extend(children.get(group, ()))
    users = {user for group in groups for user in members.get(group, ())}
    return frozenset(groups), frozenset(users)
