"""Ordered plans: which action runs on which model object, in what order.

Setup runs dependencies first (classes, departments, groups, users, connects,
started tasks, profiles, grants, facilities, refreshes); undo runs the reverse
and leaves alone what esmgen does not own (class activation, objects declared
with `create: false` or `define: false`; the templates keep system-wide
profiles).
"""

from dataclasses import dataclass
from typing import Optional

from esmgen import kinds
from esmgen.model import Group, User

SETUP_PHASES = kinds.ACTIONS


@dataclass(frozen=True)
class Refresh:
    """Make the ESM pick up changes to one kind of object (or one class)."""
    topic: str   # "activation", "class", "user", "group", "omvs", "connect", "stc", "passticket", ...
    cls: Optional[str] = None


@dataclass(frozen=True)
class Step:
    """One action on one model object, in deck order, with its purpose."""
    action: str
    obj: object
    component: str
    purpose: str


def _included(action, obj):
    """Whether a deck acts on obj for action (objects declared to exist are only referenced)."""
    return kinds.BY_ACTION[action].included(obj)


def _objects(model, action):
    kind = kinds.BY_ACTION[action]
    return [obj for obj in kinds.objects(model, kind) if kind.included(obj)]


def _owned_objects(model, action):
    kind = kinds.BY_ACTION[action]
    return [obj for obj in kinds.objects(model, kind) if kinds.owned(kind, obj)]


def left_alone(model):
    """[(label, why)] of what an undo deck does not remove, for its comments."""
    found = []
    for kind in kinds.KINDS:
        if not kind.action:
            continue
        for obj in kinds.objects(model, kind):
            if kind.name == "class":
                found.append((kind.label(obj), "activation is system-wide and never undone"))
            elif getattr(obj, "adopt", False) and obj.create:
                found.append((kind.label(obj), "adopted: it may be the site's own (Top Secret: if setup"
                                               " created it, its department cannot be deleted while it stays)"))
            elif not getattr(obj, "create", True) or not getattr(obj, "define", True):
                found.append((kind.label(obj), "the spec expects it to exist"))
            elif getattr(obj, "scope", "") == "system" and kind.name == "profile":
                found.append((kind.label(obj), "system-wide: only esmgen's access is removed"))
    return found


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
        steps += [_step(action, obj) for obj in reversed(_owned_objects(model, action))]
    return steps + _refreshes(steps)


def plan_delta(old_model, new_model, added, removed, changed, undo_first=("grant",)):
    """Steps from OLD's state to NEW's: [(mode, step, model)], mode setup or undo.

    Additions and changes first, in setup order (a changed object of an action
    in undo_first first loses its old form, for ESMs that cannot replace a
    rule line or a UACC in place: the ESM table's `delta_undo_first`); then
    removals in undo order, so permits go before profiles, profiles and
    started tasks before users, users before groups; refreshes last.
    """
    swapped = {id(new): _assign_ids(old, new) for old, new in changed}
    changed = [(old, swapped[id(new)]) for old, new in changed]
    new_objs = {id(obj) for obj in added} | {id(new) for _, new in changed}
    old_of = {id(new): old for old, new in changed}
    gone = {id(obj) for obj in removed}
    removed_users = {obj.name for obj in removed if isinstance(obj, User)}
    entries = []
    old_classes = {c.cls for c in old_model.classes}
    entries += [("setup", _step("class", c), new_model) for c in new_model.classes if c.cls not in old_classes]
    for action in SETUP_PHASES[1:]:
        for obj in _objects(new_model, action):
            obj = swapped.get(id(obj), obj)
            if id(obj) not in new_objs:
                continue
            if id(obj) in old_of and _undone_first(action, old_of[id(obj)], obj, undo_first) \
                    and _included(action, old_of[id(obj)]):
                entries.append(("undo", _step(action, old_of[id(obj)]), old_model))
            entries.append(("setup", _step(action, obj), new_model))
    for action in reversed(SETUP_PHASES[1:]):
        for obj in reversed(_all_objects(old_model, action)):
            if id(obj) not in gone or not kinds.owned(kinds.BY_ACTION[action], obj) and action != "connect":
                continue
            if action == "connect" and obj.default and (obj.user in removed_users or
                                                         not _user_remains(new_model, obj.user)):
                continue        # the user's own undo leaves its default group
            entries.append(("undo", _step(action, obj), old_model))
    refreshes = _refreshes([step for _, step, _ in entries])
    return entries + [("setup", step, new_model) for step in refreshes]


def _undone_first(action, old, new, undo_first):
    """Whether the old form of a changed object goes first: its action is in
    undo_first, or "action.field" is and that field changed."""
    return action in undo_first or any(
        entry.partition(".")[0] == action and getattr(old, entry.partition(".")[2]) !=
        getattr(new, entry.partition(".")[2]) for entry in undo_first if "." in entry)


def _assign_ids(old, new):
    """An object that gains an `auto` UID/GID it did not have: the alter assigns it."""
    if isinstance(new, User) and new.omvs and new.omvs.uid == "auto" and not old.omvs:
        return new._replace(assign_uid=True)
    if isinstance(new, Group) and new.gid == "auto" and old.gid is None:
        return new._replace(assign_gid=True)
    return new


def _all_objects(model, action):
    return list(kinds.objects(model, kinds.BY_ACTION[action]))


def _user_remains(model, name):
    return any(user.name == name for user in model.users)


def _refresh_topics(step):
    """What a step changes. Users and groups also change memberships (their
    default-group connection, an ACF2 role), so they refresh those too."""
    action, obj = step.action, step.obj
    if action == "profile" and getattr(obj, "passticket", None):
        return [Refresh("class", obj.cls), Refresh("passticket")]
    if action in ("profile", "grant"):
        return [Refresh("class", obj.cls)]
    if action == "class":
        return [Refresh("activation")]          # one refresh of the class tables for all classes
    if action == "stc":
        return [Refresh("stc", "STARTED")]
    if action == "user" and obj.omvs or action == "group" and obj.gid is not None:
        return [Refresh(action), Refresh("connect"), Refresh("omvs")]
    if action in ("user", "group"):
        return [Refresh(action), Refresh("connect")]
    if action in ("connect", "facility", "idmap", "certmap"):
        return [Refresh(action)]
    if action in ("certificate", "keyring"):
        return [Refresh("certificate")]       # certificates and rings refresh together
    return []


def _refreshes(steps):
    """One Refresh per kind of change, in a fixed order, after all changes."""
    wanted = {}
    for step in steps:
        for refresh in _refresh_topics(step):
            wanted.setdefault(refresh, None)
    wanted = list(wanted)
    order = ("activation", "group", "user", "omvs", "connect", "idmap", "certmap", "certificate",
             "stc", "class", "passticket", "facility")
    wanted.sort(key=lambda r: (order.index(r.topic), r.cls or ""))
    return [Step("refresh", r, "", "") for r in wanted]
