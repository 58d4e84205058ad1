"""The ESM-neutral model: what must exist, independent of RACF, ACF2 or TSS.

Every object carries `meta` (component, purpose, spec position); meta is left
out of equality so two components asking for the same object agree.

The kinds that only some specs or ESMs have (PassTicket keys, identity and
certificate maps, certificates, key rings, AT-TLS rules, Top Secret
facilities, esm_tables overrides) are defined in esmgen.model_extra, and
this module gives them by name on first use: every run imports this module,
and making a dataclass costs about a millisecond, so a run without them
should not make theirs (docs/performance.md). Annotations name them in
quotes.
"""

from dataclasses import dataclass, field
from typing import Optional, Tuple, Union

ACCESS_LEVELS = ("NONE", "READ", "UPDATE", "CONTROL", "ALTER")
UnixId = Union[int, str]  # a number or "auto"


@dataclass(frozen=True)
class Meta:
    """Where a requirement comes from: its component, why it is needed, its spec position."""
    component: str
    purpose: str
    where: str


def meta_field():
    return field(compare=False, repr=False, default=None)


@dataclass(frozen=True)
class Component:
    """A named group of requirements in the spec, chosen with --component."""
    name: str
    purpose: str
    source: str
    default: bool
    esms: Tuple[str, ...]


@dataclass(frozen=True)
class Department:
    """A Top Secret department ACID that owns the other ACIDs and resources."""
    name: str
    description: str = ""
    create: bool = True
    meta: Meta = meta_field()


@dataclass(frozen=True)
class Group:
    """A group (RACF group, ACF2 OMVS group record or role, TSS GROUP ACID)."""
    name: str
    gid: Optional[UnixId] = None
    description: str = ""
    department: Optional[str] = None
    create: bool = True
    meta: Meta = meta_field()
    # Delta decks only: the group exists without a GID, so the alter assigns one.
    assign_gid: bool = field(compare=False, default=False)


@dataclass(frozen=True)
class Omvs:
    """A user's z/OS UNIX identity: UID, home directory and shell."""
    uid: UnixId
    home: Optional[str] = None
    program: Optional[str] = None


@dataclass(frozen=True)
class User:
    """A user (RACF user, ACF2 logonid, TSS USER ACID), protected or not."""
    name: str
    default_group: Optional[str] = None
    groups: Tuple[str, ...] = ()
    protected: bool = False
    full_name: str = ""
    description: str = ""
    department: Optional[str] = None
    omvs: Optional[Omvs] = None
    create: bool = True
    meta: Meta = meta_field()
    # Delta decks only: the user exists without a UID, so the alter assigns one.
    assign_uid: bool = field(compare=False, default=False)

    @property
    def all_groups(self):
        """Default group first, then the other connected groups."""
        first = (self.default_group,) if self.default_group else ()
        return first + tuple(g for g in self.groups if g != self.default_group)


@dataclass(frozen=True)
class Connect:
    """A user's membership of a group; default marks the user's default group."""
    user: str
    group: str
    default: bool = False
    meta: Meta = meta_field()


@dataclass(frozen=True)
class StartedTask:
    """The user (and group) a started task's procedure runs as."""
    proc: str
    user: str
    group: Optional[str] = None
    trusted: bool = False
    privileged: bool = False
    trace: bool = False
    meta: Meta = meta_field()


@dataclass(frozen=True)
class Profile:
    """A resource profile: class, name, universal access, who owns it."""
    cls: str
    name: str
    uacc: Optional[str] = None
    scope: str = "instance"
    define: bool = True
    owner: Optional[str] = None
    description: str = ""
    passticket: Optional["PassTicketKey"] = None
    meta: Meta = meta_field()


@dataclass(frozen=True)
class Grant:
    """Access of a user or group to one resource profile."""
    cls: str
    profile: str
    grantee: str
    grantee_kind: str   # "user" or "group"
    access: str
    scope: str = "instance"
    meta: Meta = meta_field()


@dataclass(frozen=True)
class ClassUse:
    """A resource class the selected requirements use (activated by setup)."""
    cls: str
    meta: Meta = meta_field()


@dataclass
class Model:
    """Everything the selected components require, merged, for one ESM or all."""
    components: Tuple[Component, ...]
    departments: Tuple[Department, ...] = ()
    groups: Tuple[Group, ...] = ()
    users: Tuple[User, ...] = ()
    connects: Tuple[Connect, ...] = ()
    started_tasks: Tuple[StartedTask, ...] = ()
    classes: Tuple[ClassUse, ...] = ()
    profiles: Tuple[Profile, ...] = ()
    grants: Tuple[Grant, ...] = ()
    facilities: Tuple["Facility", ...] = ()
    tls_rules: Tuple["TlsRule", ...] = ()
    identity_maps: Tuple["IdentityMap", ...] = ()
    certificate_maps: Tuple["CertificateMap", ...] = ()
    certificates: Tuple["Certificate", ...] = ()
    keyrings: Tuple["KeyRing", ...] = ()
    table_overrides: Tuple["TableOverride", ...] = ()
    variables: dict = field(default_factory=dict)
    identities: dict = field(default_factory=dict)  # name -> "user" | "group", all components
    esm: Optional[str] = None    # the ESM the components were chosen for, if any


_EXTRA = ("PassTicketKey", "IdentityMap", "CertificateMap", "Certificate", "RingConnection", "KeyRing",
          "TlsRule", "Facility", "TableOverride")


def __getattr__(name):
    """esmgen.model.Certificate and the other optional kinds, from esmgen.model_extra (PEP 562)."""
    if name in _EXTRA:
        from esmgen import model_extra
        return getattr(model_extra, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
