"""RACF backend: checks and template helpers."""

from esmgen.facts import fact
from esmgen.renderer.backends import (
    auto_ids,
    class_problems,
    identity_facts,
    idmap_facts,
    pki_facts,
    problem,
    unverified_warnings,
)



# What a spec adds under esm_tables for a class the table does not map (docs/classes.md).
MAPPING_FIELDS = ("{raclist: <true|false>, generic: <true|false>, max_length: <1-246>}",
                  "raclist: the class is RACLISTed; generic: generic profiles are enabled;"
                  " max_length: the class's MAXLENGTH, see RLIST CDT {cls} CDTINFO")
# How a site checks a shipped entry before it confirms it (unverified warnings).
CHECK_ON_SYSTEM = "RLIST CDT {cls} CDTINFO and SETROPTS LIST"

def check(model, table):
    problems = (class_problems(model, table, "racf", None) + _dataset_owner_problems(model)
                + _egn_problems(model, table))
    for profile in model.profiles:
        entry = table["classes"].get(profile.cls)
        if entry is None:
            continue
        limit = entry.get("max_length", 246)
        if len(profile.name) > limit:
            problems.append(problem(profile, f"{profile.cls} profile {profile.name!r} is longer"
                                    f" than {limit} characters"))
        if not entry.get("mixed_case") and profile.name != profile.name.upper():
            problems.append(problem(profile, f"{profile.cls} profile {profile.name!r} must be"
                                    " upper case (the class does not keep mixed case)"))
        if entry.get("member") and any(c in profile.name for c in "*%"):
            # IBM RACF Security Administrator's Guide, "Considerations for resource group profiles"
            problems.append(problem(profile, f"{profile.cls} profile {profile.name!r}: a resource"
                                    " grouping class cannot have generic profile names; define the generic"
                                    f" profile in its member class {entry['member']}"))
    return problems


def warnings(model, table):
    """Classes whose shipped entry no public source settles."""
    return unverified_warnings(model, table, "racf", ("raclist", "generic", "mixed_case"))


def notes(model, table):
    """What AUTOUID and AUTOGID need; the issuer RDEFINE puts on every new profile."""
    found = []
    if auto_ids(model):
        # IBM "Automatically assigning unique IDs using RACF commands" (autocom);
        # "Setting up the BPX.NEXT.USER profile" (bpxnext)
        found.append("AUTOUID/AUTOGID: RACF assigns the ids only with its database at AIM stage 2 or"
                     " higher, SHARED.IDS defined and the FACILITY profile BPX.NEXT.USER giving the ranges"
                     " in its APPLDATA; the deck defines none of them (they are system-wide)")
    if any(p.define and not table["classes"].get(p.cls, {}).get("dataset") for p in model.profiles):
        # IBM RACF Command Language Reference, RDEFINE
        found.append("RDEFINE puts the user who runs the deck on each new profile's access list with"
                     " ALTER unless SETROPTS NOADDCREATOR is in effect; remove it afterwards with"
                     " PERMIT profile CLASS(class) DELETE ID(userid) where that is not wanted")
    return found


def _dataset_owner_problems(model):
    """RACF defines a data set profile only under a user or group (ICH09006I)."""
    problems = []
    for profile in model.profiles:
        if profile.cls == "DATASET" and profile.define:
            hlq = profile.name.split(".", 1)[0]
            if hlq not in model.identities:
                problems.append(problem(profile, f"data set profile {profile.name!r}: RACF needs"
                                        f" its first qualifier {hlq} to be a user or group; declare it in"
                                        " the spec (create: false if it exists already)"))
    return problems


def without_egn(name):
    """The NOEGN form of a data set profile name, or None if it has none.

    Without SETROPTS EGN a trailing `.*` matches one or more qualifiers, so
    'ZWE.*.**' becomes 'ZWE.*' (the same data sets) and 'ZWE.**' becomes
    'ZWE.*' (all but a data set named just ZWE). A name without ** stays.
    """
    if "**" not in name:
        return name
    for tail in (".*.**", ".**"):
        head = name[:-len(tail)]
        if name.endswith(tail) and "**" not in head:
            return head + ".*"
    return None


def _dataset_names(model):
    for profile in model.profiles:
        if profile.cls == "DATASET":
            yield profile, profile.name
    for grant in model.grants:
        if grant.cls == "DATASET":
            yield grant, grant.profile


def _egn_problems(model, table):
    """Without EGN a data set profile may hold ** only where a .* can stand for it."""
    if table.get("egn", True):
        return []
    return [problem(obj, f"data set profile {name!r}: without SETROPTS EGN (esm_tables racf egn: false)"
                    " RACF accepts ** nowhere in a data set profile, and only a trailing .*.** or .**"
                    " has a NOEGN form (.*); write the profile without **")
            for obj, name in _dataset_names(model) if without_egn(name) is None]


def helpers(model, table):
    def is_generic(name):
        return any(c in name for c in "*%")

    def dsname(name):
        """The data set profile name as this RACF database takes it (EGN or not)."""
        return name if table.get("egn", True) else without_egn(name)

    def stc_profile(proc):
        return table["stc_profile"].format(proc=proc)

    def uses_egn():
        return table.get("egn", True) and any("**" in name for _, name in _dataset_names(model))

    return {"is_generic": is_generic, "stc_profile": stc_profile, "dsname": dsname,
            "uses_egn": uses_egn}


def required_facts(model, table):
    """The facts a RACF setup deck for this model must produce."""
    found = identity_facts(model, "connect")
    found.update(fact("group", g.name) for g in model.groups if g.create)
    found.update(fact("stc", s.proc, s.user, s.group) for s in model.started_tasks)
    # program control is SETROPTS WHEN(PROGRAM), not an active class; a class
    # is activated only where the spec defines profiles in it
    found.update(fact("active", c.cls) for c in model.classes
                 if c.defines and table["classes"][c.cls].get("activate") is not False
                 and not table["classes"][c.cls]["dataset"] and not table["classes"][c.cls]["program_control"])
    if model.started_tasks:
        found.add(fact("active", "STARTED"))      # the setup deck activates STARTED for its profiles
    for profile in model.profiles:
        if profile.define:
            found.add(fact("profile", profile.cls, profile.name))
            if profile.passticket:
                found.add(fact("passticket", profile.name))
            if profile.uacc and profile.uacc != "NONE":
                found.add(fact("uacc", profile.cls, profile.name, profile.uacc))
    # a grant on a profile that may not exist is required only where it does
    found.update(fact("access", g.cls, g.profile, g.grantee, g.access) for g in model.grants
                 if not g.conditional)
    found |= idmap_facts(model, lambda m: m.label) | pki_facts(model)
    found |= {fact("certmap", m.user, m.label) for m in model.certificate_maps}
    if model.identity_maps:
        found.add(fact("active", "IDIDMAP"))      # the setup deck activates the class
    if model.certificate_maps:
        found.add(fact("active", "DIGTNMAP"))
    return found
