"""ACF2 backend: rule keys and lines, role membership, checks.

An ACF2 rule set is keyed by the first qualifier of a name ($KEY); the rest
of the name is the rule line's resource mask, `-` matching any remaining
qualifiers (Broadcom KB 26426: extended lines need a one-qualifier key).
"""

from esmgen.facts import class_labels, fact
from esmgen.errors import Problem
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



# What a spec adds under esm_tables for a class the table does not map (docs/classes.md).
MAPPING_FIELDS = ("{type: <3-character type code>, clasmap: <true|false>}",
                  "type: the ACF2 resource type code of the class, see SHOW CLASMAP;"
                  " clasmap: true if the deck must insert the CLASMAP record")
# How a site checks a shipped entry before it confirms it (unverified warnings).
CHECK_ON_SYSTEM = "SHOW CLASMAP"

def check(model, table):
    problems = class_problems(model, table, "acf2", "type")
    problems += choice_problems(table, "acf2", {"rule_replace": ("exact", "all-levels")})
    for profile in model.profiles:
        if "-" in profile.name:
            # ACF2 reads '-' in a rule key or line as "any further qualifiers"
            problems.append(problem(profile, f"profile {profile.name!r}: ACF2 reads '-' in a"
                                    " rule as a mask for any qualifiers, so the name cannot be"
                                    " written as a rule"))
        elif generic_tail(profile.name) is None:
            problems.append(problem(profile, f"profile {profile.name!r}: ACF2 rules here can"
                                    " only use generic qualifiers (* or **) at the end"))
    problems += _grantee_problems(model, table)
    problems += icsf_key_problems(model, "ACF2 keeps a PassTicket key as SSKEY in its SSIGNON profile record")
    for cls, entry in table["classes"].items():
        code = entry.get("type")
        if code is not None and (not isinstance(code, str) or len(code) != 3):
            problems.append(Problem("esm_tables: acf2", f"class {cls}: type code {code!r} must be 3 characters"))
    return problems


def _grantee_problems(model, table):
    """What the chosen way of naming grantees (grant_via) cannot express."""
    if table["grant_via"] == "uid":
        if not table.get("user_rule_id"):
            return [Problem("esm_tables: acf2", "grant_via: uid needs user_rule_id, the site's UID mask"
                            " for one logonid (for example \"UID(*****{user})\" where five characters of"
                            " other fields come first; the ACF subcommand SHOW UID shows the layout)")]
        return [problem(g, f"grant of {g.access} on {g.cls} {g.profile} to group {g.grantee}: with"
                        " grant_via: uid ACF2 rule lines name UID masks, and a group has none; grant"
                        " to its members, or use grant_via: role (the default)")
                for g in model.grants if g.grantee_kind == "group"]
    return [problem(user, f"user {user.name}: its role {role!r} (user_role) is longer than 8 characters")
            for user in model.users if len(role := table["user_role"].format(user=user.name)) > 8]


def rule_who(table, grantee, kind):
    """How a rule line names a grantee (kind "user" or "group"), or everyone (kind None)."""
    if table["grant_via"] == "uid":
        return "UID(-)" if kind is None else table["user_rule_id"].format(user=grantee)
    if kind is None:
        return "ROLE(-)"
    return f"ROLE({grantee})" if kind == "group" else f"ROLE({user_role(table, grantee)})"


def user_role(table, user):
    """The role that holds one logonid for its grants (grant_via: role)."""
    return table["user_role"].format(user=user)


def rule_key(name):
    """'BPX.SERVER' -> 'BPX'; 'ZWE.*.**' -> 'ZWE'."""
    return name.split(".", 1)[0]


def rule_mask(name):
    """The rule line's resource part: 'BPX.SERVER' -> 'SERVER', 'ZWE.*.**' -> '-'."""
    discrete, tail = generic_tail(name)
    rest = discrete.split(".", 1)[1] if "." in discrete else ""
    if tail:
        rest = f"{rest}.-" if rest else "-"
    return rest


def helpers(model, table):
    members = {}
    for connect in model.connects:
        members.setdefault(connect.group, []).append(connect.user)

    def rule_id(grantee, kind):
        return rule_who(table, grantee, kind)

    roles_made = set()
    granted = {g.grantee for g in model.grants if g.grantee_kind == "user"}
    owned_users = {u.name for u in model.users if u.create and not u.adopt}

    def granted_role(user):
        """The role setup made for the user's grants, if any (grant_via: role)."""
        return user_role(table, user) if table["grant_via"] == "role" and user in granted else None

    def first_grant_to(grant):
        """The role a user's grant goes through, the first time this deck grants to the user;
        else None (grant_via: role; a group is its own role)."""
        if table["grant_via"] != "role" or grant.grantee_kind != "user" or grant.grantee in roles_made:
            return None
        roles_made.add(grant.grantee)
        return user_role(table, grant.grantee)

    def other_levels(access):
        return [level for level in table["access"] if level != access]

    def rule_parts(grant):
        """(key, mask, who) of a grant's rule line, in one call for speed."""
        return rule_key(grant.profile), rule_mask(grant.profile), rule_id(grant.grantee, grant.grantee_kind)

    records = {(c.owner, c.label): c.record for c in model.certificates}

    def cert_record(owner, label):
        """ACF2/TSS know a certificate by its record id, RACF by owner and label."""
        return records[(owner, label)]

    def clasmap_classes():
        """The model's classes whose deck inserts a CLASMAP record."""
        return [c.cls for c in model.classes if table["classes"].get(c.cls, {}).get("clasmap")]

    stc_users = {s.user for s in model.started_tasks}

    return {"first_grant_to": first_grant_to, "granted_role": granted_role,
            "owns_user": owned_users.__contains__, "everyone": rule_who(table, None, None),
            "user_role": lambda user: user_role(table, user),
            "runs_stc": stc_users.__contains__, "clasmap_classes": clasmap_classes, "cert_record": cert_record, "rule_key": rule_key, "rule_mask": rule_mask, "rule_id": rule_id, "rule_parts": rule_parts,
            "members": lambda group: members.get(group, []), "other_levels": other_levels}


def rule_name(name):
    """How ACF2 facts name a rule: KEY, or KEY.MASK ('ZWE.*.**' -> 'ZWE.-')."""
    mask = rule_mask(name)
    return f"{rule_key(name)}.{mask}" if mask else rule_key(name)


def required_facts(model, table):
    """The facts an ACF2 setup deck for this model must produce."""
    found = identity_facts(model, "member")
    members = {c.group for c in model.connects}
    found.update(fact("group", g.name) for g in model.groups
                 if g.create and (g.gid is not None or g.name in members))
    found.update(fact("stc", s.proc, s.user, s.group) for s in model.started_tasks)
    found.update(fact("active", c.cls) for c in model.classes if table["classes"][c.cls]["clasmap"])
    found.update(fact("passticket", p.name) for p in model.profiles if p.define and p.passticket)
    label = class_labels(table, "type")     # classes sharing a type code (SAF) read back alike
    for profile in model.profiles:
        if profile.passticket:
            continue            # a key record, not a rule
        if profile.define and profile.uacc and profile.uacc != "NONE":
            level = _stored_level(profile.cls, profile.uacc, table)
            found.add(fact("uacc", label.get(profile.cls, profile.cls), rule_name(profile.name), level))
    found.update(fact("access", label.get(g.cls, g.cls), rule_name(g.profile), _named(table, g),
                      _stored_level(g.cls, g.access, table)) for g in model.grants)
    if table["grant_via"] == "role":     # each user granted to holds a role of its own
        for user in {g.grantee for g in model.grants if g.grantee_kind == "user"}:
            found.update((fact("group", user_role(table, user)), fact("member", user, user_role(table, user))))
    found |= idmap_facts(model, lambda m: m.label) | pki_facts(model)
    return found


def _named(table, grant):
    """The name a grant's rule line reads back with: the role or UID mask inside the parentheses."""
    who = rule_who(table, grant.grantee, grant.grantee_kind)
    return who[who.index("(") + 1:-1]


def _stored_level(cls, level, table):
    """The level a rule line reads back as: levels sharing one rule text (data
    set UPDATE and CONTROL) read back as the lower one."""
    levels = table["dataset_access"] if table["classes"][cls]["dataset"] else table["access"]
    text = levels.get(level)
    return next((name for name, other in levels.items() if other == text), level)



def warnings(model, table):
    """Requirements the ACF2 deck can only describe, not carry out; UNVERIFIED
    type codes; classes whose rules share one type code."""
    found = [f"{m.meta.where}: certificate map {m.label}: the ACF2 CERTMAP syntax is not publicly"
             " documented; the deck carries it as comments for review, not as commands"
             for m in model.certificate_maps]
    found += unverified_warnings(model, table, "acf2", ("type", "clasmap"))
    if table["grant_via"] == "uid" and table.get("user_rule_id") == "UID({user})":
        found.append("esm_tables: acf2: user_rule_id UID({user}) matches every UID string that starts"
                     " with the logonid: right only where the site's @UID macro puts the logonid"
                     " first (SHOW UID shows the layout)")
    first = {}
    for use in model.classes:
        code = table["classes"].get(use.cls, {}).get("type")
        if code and code in first:
            found.append(f"{use.meta.where}: classes {first[code]} and {use.cls} are both ACF2 resource"
                         f" type {code}: their rules share one rule set per key, so a rule for a name in"
                         " one class also matches that name in the other (Broadcom KB 207311 gives each"
                         f" class its own type with a CLASMAP record; set it under esm_tables: acf2:"
                         f" classes: {use.cls}: type:)")
        elif code:
            first[code] = use.cls
    return found


def notes(model, table):
    """What AUTOUID and AUTOGID need."""
    if not auto_ids(model):
        return []
    # Broadcom KB 205482 "ACF2 AUTOIDOM automatic assignment of UID and GID"
    return ["AUTOUID/AUTOGID: ACF2 assigns the ids only where the GSO AUTOIDOM record gives"
            " the ranges; the deck does not insert it (it is system-wide)"]
