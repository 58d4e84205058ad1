"""Top Secret backend: resource prefixes, permit targets, checks.

TSS owns and permits by prefix: 'ZWE.*.**' becomes the prefix 'ZWE.' and a
discrete name stays as it is (Broadcom TSS Command Functions, PERMIT).
"""

from esmgen.facts import class_labels, fact
from esmgen.renderer.backends import (
    auto_ids,
    choice_problems,
    class_problems,
    generic_tail,
    icsf_key_problems,
    identity_facts,
    idmap_facts,
    pki_facts,
    problem,
    unverified_warnings,
)

NAME_LIMIT = 32   # TSS NAME field



# What a spec adds under esm_tables for a class the table does not map (docs/classes.md).
MAPPING_FIELDS = ("{keyword: <resource class keyword>}",
                  "keyword: the Top Secret resource class, see TSS LIST(RDT);"
                  " optional max_permit: <1-255>, the longest name a permit may have")
# How a site checks a shipped entry before it confirms it (unverified warnings).
CHECK_ON_SYSTEM = "TSS LIST(RDT) RESCLASS({keyword})"

def check(model, table):
    problems = class_problems(model, table, "tss", "keyword")
    problems += icsf_key_problems(model, "Top Secret keeps a PassTicket key as SESSKEY in the NDT")
    problems += choice_problems(table, "tss", {"group_permit": ("acid", "members"),
                                               "permit_replace": ("revoke-first", "permit-only"),
                                               "stc_replace": ("remove-first", "add-only")})
    reserved = set(table.get("reserved_ids", ()))
    for obj in list(model.users) + list(model.groups) + list(model.departments):
        if obj.name in reserved:
            problems.append(problem(obj, f"{obj.name}: Top Secret keeps this name for a record of its own"
                                    f" ({', '.join(sorted(reserved))}); a user, group or department cannot"
                                    " have it"))
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
        elif profile.define and not profile.owner and profile.scope != "system":
            # a system-wide resource without an owner is the site's: setup only permits
            problems.append(problem(profile, f"profile {profile.name!r}: Top Secret needs an owner"
                                    " (set `owner:` or `defaults: owner:`)"))
    return problems



def warnings(model, table):
    """Names longer than the class's documented owner or permit length; RACF
    batch surrogates, which TSS SURROGAT does not cover; UNVERIFIED keywords."""
    found = unverified_warnings(model, table, "tss", ("keyword",))
    classes = table["classes"]
    for profile in model.profiles:
        entry = classes.get(profile.cls, {})
        limit = entry.get("max_owner")
        name = resource(profile.name, entry.get("prefix", ""))
        if profile.define and not profile.passticket and limit and len(name) > limit:
            found.append(f"{profile.meta.where}: Top Secret documents {profile.cls} owned prefixes"
                         f" ({entry['keyword']}) as at most {limit} characters; {name} has {len(name)}"
                         " (UNVERIFIED how TSS treats it; a shorter prefix can be owned by hand)")
    for grant in model.grants:
        entry = classes.get(grant.cls, {})
        limit = entry.get("max_permit")
        name = resource(grant.profile, entry.get("prefix", ""))
        if limit and len(name) > limit:
            found.append(f"{grant.meta.where}: Top Secret documents {grant.cls} permits as at most"
                         f" {limit} characters; {name} has {len(name)} (UNVERIFIED how TSS treats it)")
        if entry.get("keyword") == "SURROGAT" and grant.profile.endswith(".SUBMIT"):
            # Broadcom KB 13409; TSS SURROGAT is CICS preset-terminal security only
            user = grant.profile[:-len(".SUBMIT")]
            found.append(f"{grant.meta.where}: SURROGAT {grant.profile}: Top Secret's SURROGAT class covers"
                         " CICS preset terminals only; a batch surrogate is"
                         f" TSS PERMIT({grant.grantee}) ACID({user}) (Broadcom KB 13409), which this deck"
                         " does not write")
    return found


def notes(model, table):
    """What automatic UIDs and GIDs need."""
    if not auto_ids(model):
        return []
    return [f"UID/GID {table['auto_id']}: Top Secret assigns the ids only where the site has set up"
            " automatic assignment (which options that takes is not publicly documented); the deck"
            " sets none (they are system-wide)"]


def resource(name, prefix=""):
    """'ZWE.*.**' -> 'ZWE.'; 'BPX.SERVER' -> 'BPX.SERVER'; with prefix 'DSNR.',
    'DB2A.BATCH' -> 'DSNR.DB2A.BATCH'."""
    discrete, tail = generic_tail(name)
    return f"{prefix}{discrete}." if tail else f"{prefix}{discrete}"


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

    def class_resource(name, cls):
        """The TSS resource name of a profile of class cls (its prefix, if any, in front)."""
        return resource(name, table["classes"][cls]["prefix"])

    return {"cert_record": cert_record, "resource": class_resource, "permit_targets": permit_targets,
            "unix_id": unix_id, "shares_stc_user": shares_stc_user}


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
    label = class_labels(table, "keyword")   # classes sharing a keyword read back alike
    prefix = {cls: entry["prefix"] for cls, entry in table["classes"].items()}
    for profile in model.profiles:
        cls = label.get(profile.cls, profile.cls)
        if profile.define and profile.passticket:
            found.add(fact("passticket", profile.name))     # an NDT entry, not an owned prefix
        elif profile.define:
            name = resource(profile.name, prefix.get(profile.cls, ""))
            if profile.owner:       # else a system-wide resource the site owns
                found.add(fact("owns", profile.owner, cls, name))
            if profile.uacc and profile.uacc != "NONE":
                found.add(fact("uacc", cls, name, profile.uacc))
    targets = helpers(model, table)["permit_targets"]
    for grant in model.grants:
        name = resource(grant.profile, prefix.get(grant.cls, ""))
        found.update(fact("access", label.get(grant.cls, grant.cls), name, acid, grant.access)
                     for acid in targets(grant))
    found |= idmap_facts(model, lambda m: m.label) | pki_facts(model)
    found |= {fact("certmap", m.user, m.label) for m in model.certificate_maps}
    return found
