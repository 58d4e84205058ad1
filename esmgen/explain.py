"""Reviewer views of a model: who gets what, per component."""


def _rows(model, component):
    rows = []
    for group in model.groups:
        if group.meta.component == component:
            detail = f"GID {group.gid}" if group.gid is not None else ""
            rows.append(("group", group.name, "", "", _join(detail, _not_created(group))))
    for user in model.users:
        if user.meta.component == component:
            rows.append(("user", user.name, "", "", _join(*_user_details(user))))
    for stc in model.started_tasks:
        if stc.meta.component == component:
            runs_as = stc.user + (f" / {stc.group}" if stc.group else "")
            flags = [n for n in ("trusted", "privileged", "trace") if getattr(stc, n)]
            rows.append(("started task", stc.proc, runs_as, "", _join(*flags)))
    for profile in model.profiles:
        if profile.meta.component == component:
            detail = _join(f"UACC {profile.uacc}" if profile.uacc else "",
                           "system-wide" if profile.scope == "system" else "",
                           "expected to exist" if not profile.define else "")
            rows.append((f"{profile.cls} profile", profile.name, "", "", detail))
    for grant in model.grants:
        if grant.meta.component == component:
            rows.append((f"{grant.cls} access", grant.profile, grant.grantee, grant.access,
                         grant.grantee_kind))
    for facility in model.facilities:
        if facility.meta.component == component:
            rows.append(("facility", facility.name, ", ".join((facility.master,) + facility.users),
                         "", "master: " + facility.master))
    for idmap in model.identity_maps:
        if idmap.meta.component == component:
            rows.append(("identity map", idmap.label, idmap.user, "",
                         f"{idmap.distributed_id} in {idmap.registry}"))
    for certmap in model.certificate_maps:
        if certmap.meta.component == component:
            rows.append(("certificate map", certmap.label, certmap.user, "",
                         f"subject {certmap.subject_filter}"
                         + (f"; issuer {certmap.issuer_filter}" if certmap.issuer_filter else "")))
    for dept in model.departments:
        if dept.meta.component == component:
            rows.append(("department", dept.name, "", "", _not_created(dept)))
    return rows


def _user_details(user):
    details = ["protected" if user.protected else ""]
    if user.default_group:
        details.append(f"default group {user.default_group}")
    extra = [g for g in user.groups if g != user.default_group]
    if extra:
        details.append("also in " + " ".join(extra))
    if user.omvs:
        details.append(f"UID {user.omvs.uid}")
    details.append(_not_created(user))
    return details


def _not_created(obj):
    return "" if obj.create else "expected to exist"


def _join(*parts):
    return "; ".join(p for p in parts if p)


def explain_text(model, esm_label=""):
    """A table per component: KIND, NAME, WHO, ACCESS, DETAIL."""
    out = []
    headers = ("KIND", "NAME", "WHO", "ACCESS", "DETAIL")
    for component in model.components:
        rows = _rows(model, component.name)
        if not rows:
            continue
        out.append(f"{component.name}: {component.purpose}")
        if component.source:
            out.append(f"  source: {component.source}")
        widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(4)]
        for row in [headers] + rows:
            cells = [str(c).ljust(w) for c, w in zip(row[:4], widths)]
            out.append(("  " + "  ".join(cells) + "  " + row[4]).rstrip())
        out.append("")
    if esm_label:
        out.insert(0, f"Requirements for {esm_label}:\n")
    return "\n".join(out).rstrip() + "\n"


def components_text(doc):
    out = []
    for name, raw in doc.data["components"].items():
        flags = ["default" if raw.get("default") else "optional"]
        if "esm" in raw:
            flags.append("only " + ", ".join(raw["esm"]))
        out.append(f"{name} ({'; '.join(flags)})")
        out.append(f"  {raw['purpose']}")
        if raw.get("source"):
            out.append(f"  source: {raw['source']}")
    return "\n".join(out) + "\n"
