"""Ordered plans: which action runs on which model object, in what order.

Setup runs dependencies first (classes, departments, groups, users, connects,
started tasks, profiles, grants, facilities, refreshes); undo runs the reverse
and leaves alone what esmgen does not own (class activation, objects declared
with `create: false` or `define: false`; the templates keep system-wide
profiles).
"""

from dataclasses import dataclass
from typing import Optional

SETUP_PHASES = ("class", "department", "group", "user", "connect", "stc",
                "profile", "grant", "facility")


@dataclass(frozen=True)
class Refresh:
    """Make the ESM pick up changes to one kind of object (or one class)."""
    topic: str   # "activation", "class", "user", "group", "connect", "stc", "facility"
    cls: Optional[str] = None


@dataclass(frozen=True)
class Step:
    action: str
    obj: object
    component: str
    purpose: str


def _objects(model, action):
    return {
        "class": model.classes,
        "department": [d for d in model.departments if d.create],
        "group": [g for g in model.groups if g.create],
        "user": [u for u in model.users if u.create],
        "connect": [c for c in model.connects if not c.default],
        "stc": model.started_tasks,
        "profile": [p for p in model.profiles if p.define],
        "grant": model.grants,
        "facility": model.facilities,
    }[action]


def _step(action, obj):
    return Step(action, obj, obj.meta.component, obj.meta.purpose)


def plan_setup(model):
    """Every definition in dependency order, then the refreshes they need."""
    steps = [_step(a, o) for a in SETUP_PHASES for o in _objects(model, a)]
    return steps + _refreshes(steps)


def plan_verify(model):
    """One listing per requirement, in setup order; changes nothing."""
    return [_step(a, o) for a in SETUP_PHASES for o in _objects(model, a)]


def plan_undo(model):
    """Remove what setup defined, in reverse order, then refresh.

    System-wide profiles are still visited: the ESM templates decide what
    of them esmgen owns (a TSS ownership record, an ACF2 UACC line) and
    leave the profile itself alone.
    """
    steps = []
    for action in reversed(SETUP_PHASES):
        if action == "class":
            continue  # class activation is system-wide: never undone
        steps += [_step(action, obj) for obj in reversed(list(_objects(model, action)))]
    return steps + _refreshes(steps)


def _refresh_topics(step):
    """What a step changes. Users and groups also change memberships (their
    default-group connection, an ACF2 role), so they refresh those too."""
    action, obj = step.action, step.obj
    if action in ("profile", "grant"):
        return [Refresh("class", obj.cls)]
    if action == "class":
        return [Refresh("activation", obj.cls)]
    if action == "stc":
        return [Refresh("stc", "STARTED")]
    if action in ("user", "group"):
        return [Refresh(action), Refresh("connect")]
    if action in ("connect", "facility"):
        return [Refresh(action)]
    return []


def _refreshes(steps):
    """One Refresh per kind of change, in a fixed order, after all changes."""
    wanted = {}
    for step in steps:
        for refresh in _refresh_topics(step):
            wanted.setdefault(refresh, None)
    wanted = list(wanted)
    order = ("activation", "group", "user", "connect", "stc", "class", "facility")
    wanted.sort(key=lambda r: (order.index(r.topic), r.cls or ""))
    return [Step("refresh", r, "", "") for r in wanted]
