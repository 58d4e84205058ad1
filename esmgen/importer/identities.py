"""Groups, users and started tasks of the state as spec items.

A revoked user is declared `create: false` (creating it would let it log on:
never widen access); a revoked connection is left out; RACF-only attributes
(SPECIAL, group-level attributes, connect authorities, the group tree) are
findings, never guessed into the spec."""

from esmgen.renderer import rules


def group(ctx, name):
    if ctx.refused("group", name, rules.check_id(name, "group")):
        return None
    found = ctx.state.groups[name]
    item = {"name": name, "purpose": ctx.source.said(f"RACF group {name}")}
    if found.get("gid") is not None:
        item["gid"] = found["gid"]
    ctx.text(item, "description", found.get("data", ""), f"group {name}")
    for key in ("supgroup", "owner"):
        value = ctx.extras.get(("groups", name), {}).get(key)
        if value:
            ctx.note(f"group {name}", "group-tree", detail=f"{key.upper()} {value}")
    return item


def user(ctx, name):
    if ctx.refused("user", name, rules.check_id(name, "user")):
        return None
    found = ctx.state.users[name]
    extra = ctx.extras.get(("users", name), {})
    if extra.get("revoked"):
        # declared only: its groups and OMVS data are RACF's, for a user setup never creates
        ctx.note(f"user {name}", "revoked-user")
        ctx.revoked.add(name)
        return {"name": name, "create": False,
                "purpose": ctx.source.said(f"RACF user {name}, revoked: never created by setup")}
    item = {"name": name, "purpose": ctx.source.said(f"RACF user {name}")}
    # a revoked connection gives the user nothing of the group: not connected here
    revoked = set(extra.get("connect_revoked", ()))
    groups = [g for g in found["groups"] if g and g not in revoked and rules.is_id(g)]
    default = found.get("default_group") if rules.is_id(found.get("default_group")) else None
    if default:
        item["default_group"] = default
        ctx.refer("groups", default)
    others = [g for g in groups if g != default]
    if others:
        item["groups"] = others
    for group_name in others:
        ctx.refer("groups", group_name)
    if found.get("protected"):
        item["protected"] = True
    ctx.text(item, "full_name", found.get("name", ""), f"user {name}")
    ctx.text(item, "description", found.get("data", ""), f"user {name}")
    _omvs(ctx, item, name, found.get("omvs"))
    _attributes(ctx, name, extra)
    return item


def _attributes(ctx, name, extra):
    for key in ("special", "operations", "auditor", "uaudit"):
        if extra.get(key):
            ctx.note(f"user {name}", "user-attribute", detail=key.upper())
    for key in ("group_special", "group_operations", "group_auditor", "connect_revoked"):
        for group_name in extra.get(key, ()):
            ctx.note(f"user {name}", "connect-attribute", detail=f"{key.upper()} in {group_name}")
    for group_name, authority in sorted(extra.get("connect_authority", {}).items()):
        ctx.note(f"user {name}", "connect-attribute", detail=f"AUTHORITY({authority}) in {group_name}")


def _omvs(ctx, item, name, omvs):
    if not omvs:
        return
    if omvs.get("uid") is None:
        ctx.note(f"user {name}", "omvs-no-uid")
        return
    value = {"uid": omvs["uid"]}
    for key in ("home", "program"):
        text = omvs.get(key)
        if text and rules.check_path(text, key) is None:
            value[key] = text
        elif text:
            ctx.note(f"user {name}", "value-refused", detail=f"OMVS {key.upper()} {text!r}")
    item["omvs"] = value


def started(ctx, name, profile):
    """The started task of a STARTED profile PROC.* with an STDATA user, else a finding."""
    proc, _, rest = name.partition(".")
    stdata = profile.get("stdata") or {}
    user_name = stdata.get("user", "")
    if rest != "*" or rules.check_id(proc) or not user_name or rules.check_id(user_name):
        ctx.note(f"STARTED {name}", "started-form",
                 detail=f"STDATA USER({user_name})" if user_name else "no STDATA user")
        return None
    item = {"proc": proc, "user": user_name, "purpose": ctx.source.said(f"RACF STARTED profile {name}")}
    ctx.refer("users", user_name)
    group_name = stdata.get("group")
    if group_name and group_name != "=MEMBER" and not rules.check_id(group_name):
        item["group"] = group_name
        ctx.refer("groups", group_name)
    for key in ("trusted", "privileged", "trace"):
        if stdata.get(key) == "YES":
            item[key] = True
            if key != "trace":
                ctx.note(f"STARTED {name}", f"stc-{key}")
    return item
