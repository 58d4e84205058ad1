"""The facts of a simulated ACF2 database (vocabulary: esmgen.facts).

Type codes are named by class through the simulator's own CLASMAP knowledge
(clasmap.py: ACF2's defaults plus the state's CLASMAP records); levels come
from what each rule entry allows (entries.level).
"""

from esmgen.facts import fact
from esmgen.simulator import pki
from esmgen.simulator.acf2 import clasmap
from esmgen.simulator.acf2.entries import level, parse_entry

DATASET_TYPE = "RULE"    # rules key type for SET RULE: data set rules have no type code, and a
                         # real 3-character code (DSN is DSNR's default) must not collide with it
DATASET_CLASS = "DATASET"


def facts(state):
    """The facts of a simulated ACF2 database."""
    found = _identity_facts(state) | _passticket_facts(state) | pki.facts(state)
    for key, record in state.gso.items():
        record_type, _, name = key.partition(".")
        if record_type == "STC":
            found.add(fact("stc", name, record.get("logonid"), record.get("group")))
        elif record_type == "CLASMAP":
            found.add(fact("active", name))
    classes = clasmap.class_names(state)
    classes[DATASET_TYPE] = DATASET_CLASS
    for rule_key, lines in state.rules.items():
        for line in lines:
            found.update(_rule_facts(rule_key, line, classes))
    return found


def _passticket_facts(state):
    return {fact("passticket", appl) for appl in state.passtickets} | \
        {fact("idmap", m["user"], m["label"]) for m in state.idmaps.values()}


def _identity_facts(state):
    found = set()
    for name, lid in state.users.items():
        found.add(fact("user", name))
        if lid["stc"] or lid.get("restrict"):
            found.add(fact("protected", name))
        if lid["group"]:
            found.add(fact("default-group", name, lid["group"]))
    for name, record in state.omvs_users.items():
        found.add(fact("omvs", name, record["home"], record["program"]))
    for name, record in state.omvs_groups.items():
        found.add(fact("group", name))
        if record["gid"] is not None:
            found.add(fact("omvs-group", name))
    for role, members in state.roles.items():
        found.add(fact("group", role))      # a role is ACF2's grouping of logonids
        found.update(fact("member", member, role) for member in members)
    return found


def _rule_facts(rule_key, line, classes):
    rtype, key = rule_key.split(" ", 1)
    entry = parse_entry(line, lenient=True)
    cls = classes.get(rtype, f"?{rtype}")
    name = f"{key}.{entry.mask}" if entry.mask else key
    granted = level(entry, rtype == DATASET_TYPE)
    if entry.who in ("UID(-)", "ROLE(-)", "UID(*)", ""):
        # every user (UID(-), shown as UID(*) by the decompiler, KB 54066; a
        # data set entry without UID() is for all UIDs), every user with a role (ROLE(-))
        return {fact("uacc", cls, name, granted)} if granted != "NONE" else set()
    grantee = entry.who[entry.who.index("(") + 1:-1]
    return {fact("access", cls, name, grantee, granted)}
