"""The registry of requirement kinds: one record per kind of model object.

Every view of a model walks this list, so a kind cannot be forgotten by one
of them: the spec (which component key lists the objects, which ESMs have
the kind at all), the plan (which action handles the kind, in which
order), `diff` (what identifies an object, what is compared, how risky a
change is), the delta deck, `explain` (one row per object) and the facts
(which esmgen.facts names say an object exists). tests/test_kinds.py fails
when a Model field that holds requirements has no kind here, or a kind
lacks a view.

Secrets are never part of a kind's value or label: a PassTicket key is
known by the name of its secret only.
"""

from dataclasses import dataclass
from typing import Callable, Optional

from esmgen import esms
from esmgen.model import ACCESS_LEVELS

HIGH_PREFIXES = ("BPX.", "IRR.", "SUPERUSER.")
# AT-TLS: protocols that are broken or deprecated (RFC 8996 deprecates TLS 1.0 and 1.1).
OLD_PROTOCOLS = ("SSLv2", "SSLv3", "TLSv1", "TLSv1.1")
# ClientAuthType from the weakest check of a client certificate to the strongest.
CLIENT_AUTH_ORDER = (None, "passthru", "full", "required", "safcheck")


def _none(*_):
    return []


def _always(_):
    return True


@dataclass(frozen=True)
class Kind:
    """One kind of requirement and how every view of a model treats it."""
    name: str                  # word in reports and plans ("grant")
    attr: str                  # Model attribute that holds the objects
    title: str                 # section title in decks and reports
    key: Callable              # obj -> tuple that identifies it
    fields: tuple              # the attributes esmgen writes for it (diff compares them)
    label: Callable            # obj -> one line for a reviewer
    row: Callable              # obj -> explain row (KIND, NAME, WHO, ACCESS, DETAIL)
    action: Optional[str] = None      # deck action (macro suffix); None: not in command decks
    included: Callable = _always      # whether a setup or verify deck acts on the object
    owned: Optional[Callable] = None  # whether undo removes it (default: included)
    risks: Callable = _none           # obj -> flags for an added or changed object
    weakened: Callable = _none        # (old, new) -> flags for a change that weakens security
    removal_flags: tuple = ()         # flags when an object is removed (a table override)
    esms: tuple = esms.NAMES          # the ESMs that have this kind; others never see its objects
    spec_key: Optional[str] = None    # key under a spec component that lists the objects
    facts: tuple = ()                 # esmgen.facts names that say an object of it exists
    noun: str = ""                    # one object in a message ("started task"); default: name


def _join(*parts):
    return "; ".join(p for p in parts if p)


def _expected(obj):
    if not obj.create:
        return "expected to exist"
    return "adopted: created when missing, never deleted" if getattr(obj, "adopt", False) else ""


def _owned(obj):
    return obj.create and not getattr(obj, "adopt", False)


# -- identities ------------------------------------------------------------------

def _user_detail(user):
    extra = [g for g in user.groups if g != user.default_group]
    return _join("protected" if user.protected else "",
                 f"default group {user.default_group}" if user.default_group else "",
                 "also in " + " ".join(extra) if extra else "",
                 f"UID {user.omvs.uid}" if user.omvs else "", _expected(user))


def _stc_label(stc):
    return f"started task {stc.proc} runs as {stc.user}" + (f" / {stc.group}" if stc.group else "")


def _stc_risks(stc):
    return [flag for flag, on in (("TRUSTED", stc.trusted), ("PRIVILEGED", stc.privileged)) if on]


# -- profiles and grants ---------------------------------------------------------

def _passticket(profile):
    ticket = profile.passticket
    if ticket is None:
        return ""
    if ticket.enhanced:
        where = f"enhanced, ICSF key {ticket.key_label}"
    elif ticket.key_label:
        where = f"ICSF key {ticket.key_label}"
    else:
        where = f"secret {ticket.secret}"
    return f"PassTicket key ({where}), replay protection {'on' if ticket.replay_protection else 'off'}"


def _profile_label(p):
    return _join(f"{p.cls} profile {p.name}" + (f" UACC {p.uacc}" if p.uacc else ""), _passticket(p))


def _profile_row(p):
    return (f"{p.cls} profile", p.name, "", "",
            _join(f"UACC {p.uacc}" if p.uacc else "", "system-wide" if p.scope == "system" else "",
                  "expected to exist" if not p.define else "", _passticket(p)))


# FACILITY profiles whose mere definition changes z/OS UNIX for the whole
# system: z/OS UNIX-level security (IBM z/OS UNIX System Services Planning,
# "BPX.DAEMON", "BPX.SERVER").
UNIX_LEVEL_SWITCHES = ("BPX.DAEMON", "BPX.SERVER")


def _profile_risks(p):
    flags = [f"UACC {p.uacc}"] if p.uacc not in (None, "NONE") else []
    if p.passticket and not p.passticket.replay_protection:
        flags.append("PassTicket replay protection off")
    if p.cls == "FACILITY" and p.name in UNIX_LEVEL_SWITCHES and p.define:
        flags.append("where it is new, z/OS UNIX-level security for the whole system")
    return flags


def _profile_weakened(old, new):
    if old.passticket and new.passticket and (old.passticket.secret, old.passticket.key_label) != \
            (new.passticket.secret, new.passticket.key_label):
        return ["PassTicket key changed"]
    return []


def _grant_risks(grant):
    flags = []
    level = ACCESS_LEVELS.index(grant.access)
    if level >= ACCESS_LEVELS.index("UPDATE") and grant.profile.startswith(HIGH_PREFIXES):
        flags.append(f"{grant.access} on {grant.profile.split('.')[0]}.*")
    if level >= ACCESS_LEVELS.index("CONTROL"):
        flags.append(f"{grant.access} access")
    return flags


def access_move(old, new):
    """'raised' or 'lowered' for a grant whose level changed."""
    return "raised" if ACCESS_LEVELS.index(new.access) > ACCESS_LEVELS.index(old.access) else "lowered"


# -- PKI and mappings ---------------------------------------------------------------

def _cert_detail(c):
    if c.import_dsname:
        how = f"imported from {c.import_dsname}"
    elif c.subject:
        how = "generated: " + ", ".join(f"{k}={v}" for k, v in c.subject)
    else:
        how = "exists already"
    return _join(how, "certificate authority" if c.ca else "",
                 f"signed by {c.signed_by}" if c.signed_by else "",
                 f"expires {c.expires}" if c.expires else "")


def _ring_detail(r):
    return ", ".join(f"{c.owner}/{c.label} ({c.usage}{', default' if c.default else ''})"
                     for c in r.connections) or "no certificates"


def _ring_risks(ring):
    return [f"trusts {c.label}" for c in ring.connections if c.usage == "certauth"]


def _ring_weakened(old, new):
    before = {(c.owner, c.label) for c in old.connections if c.usage == "certauth"}
    return [f"trusts {c.label}" for c in new.connections
            if c.usage == "certauth" and (c.owner, c.label) not in before]


# -- AT-TLS ----------------------------------------------------------------------

def _tls_label(r):
    ports = r.local_port + (f" to remote {r.remote_port}" if r.remote_port else "")
    return _join(f"TLS rule {r.name}: {r.direction} port {ports}, {r.role}",
                 f"client authentication {r.client_auth}" if r.client_auth else "")


def _tls_row(r):
    on = [p for p, enabled in r.protocols if enabled]
    return ("TLS rule", r.name, r.jobname or "", r.role,
            _join(f"{r.direction} local port {r.local_port}",
                  f"remote port {r.remote_port}" if r.remote_port else "",
                  f"keyring {r.keyring}" if r.keyring else "",
                  f"client auth {r.client_auth}" if r.client_auth else "",
                  "protocols " + " ".join(on) if on else ""))


def _old_protocols(rule):
    return [p for p, enabled in rule.protocols if enabled and p in OLD_PROTOCOLS]


def _tls_risks(rule):
    flags = [f"{p} on" for p in _old_protocols(rule)]
    if rule.cert_validation == "any":
        flags.append("certificates not validated")
    return flags


def _tls_weakened(old, new):
    flags = []
    if CLIENT_AUTH_ORDER.index(new.client_auth) < CLIENT_AUTH_ORDER.index(old.client_auth):
        flags.append(f"client authentication {old.client_auth} -> {new.client_auth or 'off'}")
    flags += [f"{p} on" for p in _old_protocols(new) if p not in _old_protocols(old)]
    added = [c for c in new.ciphers if c not in old.ciphers]
    if added and old.ciphers:
        flags.append("cipher added: " + " ".join(added))
    if dict(old.revocation) != dict(new.revocation) and not any(dict(new.revocation).values()):
        flags.append("revocation checking off")
    if old.cert_validation != new.cert_validation and new.cert_validation == "any":
        flags.append("certificates not validated")
    return flags


def _override_label(o):
    return f"{o.esm.upper()} table {o.path} = {o.value}"


KINDS = (
    Kind("class", "classes", "resource classes", key=lambda c: (c.cls,), fields=(),
         label=lambda c: f"class {c.cls}", row=lambda c: ("class", c.cls, "", "", "active"),
         action="class",
         facts=("active",)),
    Kind("department", "departments", "departments", key=lambda d: (d.name,),
         fields=("create", "description"),
         label=lambda d: f"department {d.name}", row=lambda d: ("department", d.name, "", "", _expected(d)),
         action="department", included=lambda d: d.create,
         spec_key="departments", facts=("dept",), esms=("tss",)),
    Kind("group", "groups", "groups", key=lambda g: (g.name,),
         fields=("gid", "department", "create", "adopt", "description"),
         label=lambda g: f"group {g.name}",
         row=lambda g: ("group", g.name, "", "", _join(f"GID {g.gid}" if g.gid is not None else "",
                                                       _expected(g))),
         action="group", included=lambda g: g.create, owned=_owned,
         spec_key="groups", facts=("group", "omvs-group")),
    Kind("user", "users", "users", key=lambda u: (u.name,),
         fields=("default_group", "protected", "full_name", "department", "omvs", "create", "adopt",
                 "description"),
         label=lambda u: f"user {u.name}", row=lambda u: ("user", u.name, "", "", _user_detail(u)),
         action="user", included=lambda u: u.create, owned=_owned,
         spec_key="users", facts=("user", "protected", "default-group", "omvs")),
    Kind("connect", "connects", "group connections", key=lambda c: (c.user, c.group),
         fields=("default",),
         label=lambda c: f"{c.user} connected to {c.group}" + (" (default group)" if c.default else ""),
         row=lambda c: ("connection", c.group, c.user, "", "default group" if c.default else ""),
         action="connect", included=lambda c: not c.default,
         facts=("connect", "member")),
    Kind("idmap", "identity_maps", "distributed identity mapping", key=lambda m: (m.user, m.label),
         fields=("distributed_id", "registry", "record"),
         label=lambda m: f"{m.user} mapped from {m.distributed_id} in {m.registry} ({m.label})",
         row=lambda m: ("identity map", m.label, m.user, "", f"{m.distributed_id} in {m.registry}"),
         risks=lambda m: [f"logs on as {m.user}"], action="idmap",
         spec_key="identity_maps", facts=("idmap",), noun="identity map"),
    Kind("certmap", "certificate_maps", "certificate mapping", key=lambda m: (m.user, m.label),
         fields=("subject_filter", "issuer_filter", "record", "trust"),
         label=lambda m: f"certificates of {m.subject_filter} map to {m.user} ({m.label})",
         row=lambda m: ("certificate map", m.label, m.user, "",
                        _join(f"subject {m.subject_filter}",
                              f"issuer {m.issuer_filter}" if m.issuer_filter else "",
                              "trusted" if m.trust else "not trusted")),
         risks=lambda m: [f"logs on as {m.user}"] if m.trust else [], action="certmap",
         spec_key="certificate_maps", facts=("certmap",), noun="certificate map"),
    Kind("certificate", "certificates", "certificates", key=lambda c: (c.owner, c.label),
         fields=("record", "subject", "ca", "signed_by", "key_size", "expires", "import_dsname",
                 "import_password"),
         label=lambda c: f"certificate {c.label} of {c.owner}",
         row=lambda c: ("certificate", c.label, c.owner, "", _cert_detail(c)),
         risks=lambda c: ["certificate authority"] if c.ca and c.create else [],
         action="certificate", included=lambda c: c.create,
         spec_key="certificates", facts=("cert",)),
    Kind("keyring", "keyrings", "key rings", key=lambda r: (r.owner, r.name),
         fields=("record", "connections"),
         label=lambda r: f"key ring {r.name} of {r.owner} ({len(r.connections)} certificates)",
         row=lambda r: ("key ring", r.name, r.owner, "", _ring_detail(r)),
         risks=_ring_risks, weakened=_ring_weakened, action="keyring",
         spec_key="keyrings", facts=("ring", "ring-cert", "ring-default"), noun="key ring"),
    Kind("stc", "started_tasks", "started tasks", key=lambda s: (s.proc,),
         fields=("user", "group", "trusted", "privileged", "trace"), label=_stc_label,
         row=lambda s: ("started task", s.proc, s.user + (f" / {s.group}" if s.group else ""), "",
                        _join(*[n for n in ("trusted", "privileged", "trace") if getattr(s, n)])),
         risks=_stc_risks, action="stc",
         spec_key="started_tasks", facts=("stc",), noun="started task"),
    Kind("profile", "profiles", "resource profiles", key=lambda p: (p.cls, p.name),
         fields=("uacc", "scope", "define", "owner", "passticket", "description"),
         label=_profile_label, row=_profile_row, risks=_profile_risks, weakened=_profile_weakened,
         action="profile", included=lambda p: p.define,
         spec_key="profiles", facts=("profile", "owns", "uacc", "passticket")),
    Kind("grant", "grants", "access", key=lambda g: (g.cls, g.profile, g.grantee), fields=("access",),
         label=lambda g: f"{g.access} on {g.cls} {g.profile} for {g.grantee}",
         row=lambda g: (f"{g.cls} access", g.profile, g.grantee, g.access, g.grantee_kind),
         risks=_grant_risks, action="grant",
         facts=("access",)),
    Kind("facility", "facilities", "multi-user facilities", key=lambda f: (f.name,),
         fields=("master", "users"),
         label=lambda f: f"facility {f.name} (master {f.master})",
         row=lambda f: ("facility", f.name, ", ".join((f.master,) + f.users), "", "master: " + f.master),
         action="facility",
         spec_key="facilities", facts=("facility", "mastfac"), esms=("tss",)),
    Kind("tls", "tls_rules", "AT-TLS rules", key=lambda r: (r.name,),
         fields=("direction", "local_port", "remote_port", "role", "jobname", "priority", "client_auth",
                 "keyring", "cert_validation", "protocols", "ciphers", "handshake_timeout", "revocation",
                 "app_client_cert_auth"),
         label=_tls_label, row=_tls_row, risks=_tls_risks, weakened=_tls_weakened,
         spec_key="tls", noun="TLS rule"),
    Kind("override", "table_overrides", "ESM table overrides", key=lambda o: (o.esm, o.path),
         fields=("value",), label=_override_label,
         row=lambda o: ("table override", f"{o.esm}: {o.path}", "", "", str(o.value)),
         risks=lambda o: ["ESM table override"], removal_flags=("ESM table override",)),
)

def owned(kind, obj):
    """Whether undo removes obj: what setup creates, minus what may be a site's."""
    return (kind.owned or kind.included)(obj)


def value(kind, obj):
    """What diff compares of obj: its fields, in order."""
    return tuple(getattr(obj, name) for name in kind.fields)


BY_NAME = {kind.name: kind for kind in KINDS}
# The deck actions in setup order (undo runs them in reverse).
ACTIONS = tuple(kind.action for kind in KINDS if kind.action)
BY_ACTION = {kind.action: kind for kind in KINDS if kind.action}


def objects(model, kind):
    """Every object of one kind in the model."""
    return getattr(model, kind.attr)
