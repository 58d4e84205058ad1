"""Top Secret backend: resource prefixes, permit targets, checks.

TSS owns and permits by prefix: 'ZWE.*.**' becomes the prefix 'ZWE.' and a
discrete name stays as it is (Broadcom TSS Command Functions, PERMIT).
"""

from esmgen.dryrun.facts import fact
from esmgen.esm import (
    choice_problems,
    class_problems,
    generic_tail,
    identity_facts,
    idmap_facts,
    pki_facts,
    problem,
)

NAME_LIMIT = 32   # TSS NAME field


def check(model, table):
    problems = class_problems(model, table, "tss", "keyword")
    problems += choice_problems(table, "tss", {"group_permit": ("acid", "members"),
                                               "permit_replace": ("revoke-first", "permit-only"),
                                               "stc_replace": ("remove-first", "add-only")})
    for obj in list(model.users) + list(model.groups):
        if obj.create and not obj.department:
            problems.append(problem(obj, f"{obj.name}: Top Secret needs a department for every"
                                    " ACID it creates (set `department:` or `defaults: department:`)"))
    for group in model.groups:
        if group.create and len(group.description) > NAME_LIMIT:
            problems.append(problem(group, f"group {group.name}: description is used as the TSS"
                                    f" NAME and must be at most {NAME_LIMIT} characters"))
    for profile in model.profiles:
        if generic_tail(profile.name) is None:
            problems.append(problem(profile, f"profile {profile.name!r}: Top Secret prefixes can"
                                    " only have generic qualifiers (* or **) at the end"))
        elif profile.define and not profile.owner:
            problems.append(problem(profile, f"profile {profile.name!r}: Top Secret needs an owner"
                                    " (set `owner:` or `defaults: owner:`)"))
    return problems


def warnings(model, table):
    """Permits longer than the class's documented permit length."""
    found = []
    for grant in model.grants:
        limit = table["classes"].get(grant.cls, {}).get("max_permit")
        name = resource(grant.profile)
        if limit and len(name) > limit:
            found.append(f"{grant.meta.where}: Top Secret documents {grant.cls} permits as at most"
                         f" {limit} characters; {name} has {len(name)} (UNVERIFIED how TSS treats it)")
    return found


def resource(name):
    """'ZWE.*.**' -> 'ZWE.'; 'BPX.SERVER' -> 'BPX.SERVER'."""
    discrete, tail = generic_tail(name)
    return f"{discrete}." if tail else discrete


def helpers(model, table):
    members = {}
    for connect in model.connects:
        members.setdefault(connect.group, []).append(connect.user)

    def permit_targets(grant):
        """ACIDs a grant is permitted to, following table group_permit."""
        if grant.grantee_kind == "group" and table["group_permit"] == "members":
            return members.get(grant.grantee, [])
        return [grant.grantee]

    def unix_id(value):
        return table["auto_id"] if value == "auto" else value

    def shares_stc_user(stc):
        """Another started task of the model runs under the same ACID."""
        return any(other.user == stc.user and other.proc != stc.proc for other in model.started_tasks)

    records = {(c.owner, c.label): c.record for c in model.certificates}

    def cert_record(owner, label):
        """ACF2/TSS know a certificate by its record id, RACF by owner and label."""
        return records[(owner, label)]

    return {"cert_record": cert_record, "resource": resource, "permit_targets": permit_targets, "unix_id": unix_id,
            "shares_stc_user": shares_stc_user}


def required_facts(model, table):
    """The facts a Top Secret setup deck for this model must produce."""
    found = identity_facts(model, "connect")
    found.update(fact("dept", d.name) for d in model.departments if d.create)
    found.update(fact("group", g.name) for g in model.groups if g.create)
    for stc in model.started_tasks:
        found.update({fact("stc", stc.proc, stc.user, None), fact("facility", stc.user, "STC")})
    for facility in model.facilities:
        found.add(fact("mastfac", facility.master, facility.name))
        found.update(fact("facility", user, facility.name) for user in facility.users)
    for profile in model.profiles:
        if profile.define and profile.passticket:
            found.add(fact("passticket", profile.name))     # an NDT entry, not an owned prefix
        elif profile.define:
            found.add(fact("owns", profile.owner, profile.cls, resource(profile.name)))
            if profile.uacc and profile.uacc != "NONE":
                found.add(fact("uacc", profile.cls, resource(profile.name), profile.uacc))
    targets = helpers(model, table)["permit_targets"]
    for grant in model.grants:
        found.update(fact("access", grant.cls, resource(grant.profile), acid, grant.access)
                     for acid in targets(grant))
    found |= idmap_facts(model, lambda m: m.label) | pki_facts(model)
    found |= {fact("certmap", m.user, m.label) for m in model.certificate_maps}
    return found
