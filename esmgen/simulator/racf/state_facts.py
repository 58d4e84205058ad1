"""The facts of a simulated RACF database (vocabulary: esmgen.facts)."""

from esmgen.simulator import pki
from esmgen.facts import fact
from esmgen.simulator.racf.names import GENERIC_CHARS


def facts(state):
    """The facts of a simulated RACF database (vocabulary: esmgen.facts)."""
    found = set()
    for name, user in state.users.items():
        found.add(fact("user", name))
        if user["protected"]:
            found.add(fact("protected", name))
        if user["default_group"]:
            found.add(fact("default-group", name, user["default_group"]))
        if user["omvs"] and user["omvs"]["uid"] is not None:
            found.add(fact("omvs", name, user["omvs"]["home"], user["omvs"]["program"]))
        found.update(fact("connect", name, group) for group in user["groups"])
    for name, group in state.groups.items():
        found.add(fact("group", name))
        if group["gid"] is not None:
            found.add(fact("omvs-group", name))
    found.update(fact("active", cls) for cls, opts in state.classes.items() if opts["active"])
    found.update(fact("idmap", m["user"], m["label"]) for m in state.idmaps.values())
    found.update(fact("certmap", m["user"], m["label"]) for m in state.certmaps.values())
    found |= pki.facts(state)
    for key, profile in state.profiles.items():
        cls, name = key.split(" ", 1)
        proc = _started_proc(name, profile) if cls == "STARTED" else None
        if proc:
            stdata = profile["stdata"] or {}
            found.add(fact("stc", proc, stdata.get("user"), stdata.get("group")))
            continue
        found.add(fact("profile", cls, name))
        if profile.get("ssignon"):
            found.add(fact("passticket", name))
        if profile["uacc"] != "NONE":
            found.add(fact("uacc", cls, name, profile["uacc"]))
        found.update(fact("access", cls, name, who, level) for who, level in profile["acl"].items())
    return found


def _started_proc(name, profile):
    """The procedure a STARTED profile assigns a user for every job name, or None.
    IBM "Using the STARTED class" (z/OS Security Server RACF Security
    Administrator's Guide, icha700 "Using the STARTED class"): profile names are
    membername.jobname, so `PROC.*` (any job started from member PROC) stands
    for the procedure as a whole; so does a name without a period (the member
    alone) when its STDATA names a user."""
    member, dot, job = name.partition(".")
    if GENERIC_CHARS.search(member):
        return None
    if not dot:
        return member if (profile["stdata"] or {}).get("user") else None
    return member if job == "*" else None
