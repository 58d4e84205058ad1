"""The TSS state in the ESM-neutral fact vocabulary of esmgen.facts.

Resource keywords are named by the RACF class they stand for, from the
simulator's own RDT knowledge (`rdt`: predefined classes, and the classes a
deck added to the RDT, which are named as they are).
"""

from esmgen.facts import fact
from esmgen.simulator import pki
from esmgen.simulator.tss import rdt

# TSS ALL is full access, as RACF ALTER; the other levels share RACF's names.
FACT_LEVELS = {"ALL": "ALTER"}


def facts(state):
    """The set of fact lines a TSS state holds."""
    found = set()
    for acid, user in state.users.items():
        if user["type"] == "USER":
            found |= _user_facts(acid, user)
    for acid, group in state.groups.items():
        found.add(fact("group", acid))
        if group["gid"] is not None:
            found.add(fact("omvs-group", acid))
    found |= {fact("dept", d) for d, record in state.departments.items() if record["type"] == "DEPT"}
    found |= {fact("stc", proc, acid, None) for proc, acid in state.stc_table.items()}
    found |= {fact("passticket", appl) for appl in state.passtickets}
    found |= {fact("idmap", m["user"], m["label"]) for m in state.idmaps.values()}
    found |= {fact("certmap", m["user"], m["label"]) for m in state.certmaps.values()}
    found |= pki.facts(state)
    found |= _resource_facts(state)
    return found


def _resource_facts(state):
    found = set()
    for key, acid in state.ownership.items():
        keyword, prefix = key.split(" ", 1)
        found.add(fact("owns", acid, rdt.racf_class(state, keyword), prefix))
    for key, acl in state.permits.items():
        keyword, resource = key.split(" ", 1)
        cls = rdt.racf_class(state, keyword)
        for acid, level in acl.items():
            level = FACT_LEVELS.get(level, level)
            if acid != "ALL":
                found.add(fact("access", cls, resource, acid, level))
            elif level != "NONE":        # as RACF UACC: only access above NONE is a fact
                found.add(fact("uacc", cls, resource, level))
    return found


def _user_facts(acid, user):
    found = {fact("user", acid)}
    if user["protected"]:
        found.add(fact("protected", acid))
    if user["default_group"]:
        found.add(fact("default-group", acid, user["default_group"]))
    if user["uid"] is not None:
        found.add(fact("omvs", acid, user["home"], user["program"]))
    connected = set(user["groups"]) | ({user["default_group"]} if user["default_group"] else set())
    found |= {fact("connect", acid, group) for group in connected}
    found |= {fact("facility", acid, f) for f in user["facilities"]}
    found |= {fact("mastfac", acid, f) for f in user["mastfac"]}
    return found
