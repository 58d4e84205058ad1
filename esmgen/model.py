"""The ESM-neutral model: what must exist, independent of RACF, ACF2 or TSS.

Every object carries `meta` (component, purpose, spec position); meta is left
out of equality so two components asking for the same object agree.
"""

from dataclasses import dataclass, field
from typing import Optional, Tuple, Union

ACCESS_LEVELS = ("NONE", "READ", "UPDATE", "CONTROL", "ALTER")
UnixId = Union[int, str]  # a number or "auto"


@dataclass(frozen=True)
class Meta:
    component: str
    purpose: str
    where: str
    origin: str = ""      # the variables in the object's fields and where they were set


def _meta():
    return field(compare=False, repr=False, default=None)


@dataclass(frozen=True)
class Component:
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
    meta: Meta = _meta()


@dataclass(frozen=True)
class Group:
    name: str
    gid: Optional[UnixId] = None
    description: str = ""
    department: Optional[str] = None
    create: bool = True
    adopt: bool = False            # may exist already: created when missing, never deleted
    meta: Meta = _meta()
    # Delta decks only: the group exists without a GID, so the alter assigns one.
    assign_gid: bool = field(compare=False, default=False)


@dataclass(frozen=True)
class Omvs:
    uid: UnixId
    home: Optional[str] = None
    program: Optional[str] = None


@dataclass(frozen=True)
class User:
    name: str
    default_group: Optional[str] = None
    groups: Tuple[str, ...] = ()
    protected: bool = False
    full_name: str = ""
    description: str = ""
    department: Optional[str] = None
    omvs: Optional[Omvs] = None
    create: bool = True
    adopt: bool = False            # may exist already: created when missing, never deleted
    meta: Meta = _meta()
    # Delta decks only: the user exists without a UID, so the alter assigns one.
    assign_uid: bool = field(compare=False, default=False)

    @property
    def all_groups(self):
        """Default group first, then the other connected groups."""
        first = (self.default_group,) if self.default_group else ()
        return first + tuple(g for g in self.groups if g != self.default_group)


@dataclass(frozen=True)
class Connect:
    user: str
    group: str
    default: bool = False
    meta: Meta = _meta()


@dataclass(frozen=True)
class StartedTask:
    proc: str
    user: str
    group: Optional[str] = None
    trusted: bool = False
    privileged: bool = False
    trace: bool = False
    meta: Meta = _meta()


@dataclass(frozen=True)
class PassTicketKey:
    """A PassTicket application key: only the secret's name is in the model."""
    secret: str
    replay_protection: bool = False


@dataclass(frozen=True)
class Profile:
    cls: str
    name: str
    uacc: Optional[str] = None
    scope: str = "instance"
    define: bool = True
    owner: Optional[str] = None
    description: str = ""
    passticket: Optional[PassTicketKey] = None
    meta: Meta = _meta()


@dataclass(frozen=True)
class Grant:
    cls: str
    profile: str
    grantee: str
    grantee_kind: str   # "user" or "group"
    access: str
    scope: str = "instance"
    # On a profile the spec expects to exist (define: false): where it does not
    # exist the class does not protect the resource, so the grant is moot.
    conditional: bool = False
    meta: Meta = _meta()


@dataclass(frozen=True)
class Facility:
    """A multi-user facility (Top Secret MASTFAC) and the users who sign on to it."""
    name: str
    master: str
    users: Tuple[str, ...] = ()
    meta: Meta = _meta()


@dataclass(frozen=True)
class IdentityMap:
    """A distributed identity (a user name in a registry) mapped to a z/OS user."""
    user: str
    label: str
    distributed_id: str
    registry: str
    record: str            # ACF2 and TSS record id (1-8)
    meta: Meta = _meta()


@dataclass(frozen=True)
class CertificateMap:
    """Client certificates whose subject (and issuer) match the filters map to a user."""
    user: str
    label: str
    subject_filter: str
    record: str                    # TSS CERTMAP / ACF2 record id (1-8)
    issuer_filter: Optional[str] = None
    trust: bool = True
    meta: Meta = _meta()


@dataclass(frozen=True)
class Certificate:
    """A certificate esmgen generates (subject), imports (import_dsname), or,
    with neither, one that exists already and is only connected to rings."""
    owner: str                     # CERTAUTH, SITE or a user id
    label: str
    record: str                    # ACF2 CERTDATA / TSS DIGICERT record id (1-8)
    subject: Tuple[Tuple[str, str], ...] = ()
    ca: bool = False
    signed_by: Optional[str] = None          # label of a CERTAUTH certificate
    key_size: int = 2048
    expires: Optional[str] = None            # YYYY-MM-DD
    import_dsname: Optional[str] = None
    import_password: Optional[str] = None    # secret name
    meta: Meta = _meta()

    @property
    def create(self):
        return bool(self.subject or self.import_dsname)


@dataclass(frozen=True)
class RingConnection:
    owner: str
    label: str
    usage: str                     # certauth, personal, site
    default: bool = False


@dataclass(frozen=True)
class KeyRing:
    owner: str
    name: str
    record: str                    # ACF2 KEYRING / TSS KEYRING record id (1-8)
    connections: Tuple[RingConnection, ...] = ()
    meta: Meta = _meta()


@dataclass(frozen=True)
class TlsRule:
    """An AT-TLS rule: which connections TLS protects, and how (Policy Agent)."""
    name: str
    direction: str                 # inbound, outbound, both
    local_port: str                # "9443" or "9443-9445"
    role: str                      # server, server-with-client-auth, client
    remote_port: Optional[str] = None
    jobname: Optional[str] = None
    priority: int = 255
    client_auth: Optional[str] = None
    keyring: Optional[str] = None
    cert_validation: str = "rfc5280"
    protocols: Tuple[Tuple[str, bool], ...] = ()
    ciphers: Tuple[str, ...] = ()
    handshake_timeout: int = 10
    revocation: Tuple[Tuple[str, bool], ...] = ()
    app_client_cert_auth: bool = False
    meta: Meta = _meta()


@dataclass(frozen=True)
class TableOverride:
    """One value a spec sets under `esm_tables:` (a leaf of the ESM table)."""
    esm: str
    path: str                      # dotted: "classes.CSFSERV.type"
    value: object
    meta: Meta = _meta()


@dataclass(frozen=True)
class ClassUse:
    """A resource class the selected requirements use."""
    cls: str
    # the spec defines profiles in it: only then does a RACF setup deck activate
    # the class (activation starts enforcing every dormant profile in it)
    defines: bool = False
    meta: Meta = _meta()


@dataclass
class Model:
    components: Tuple[Component, ...]
    departments: Tuple[Department, ...] = ()
    groups: Tuple[Group, ...] = ()
    users: Tuple[User, ...] = ()
    connects: Tuple[Connect, ...] = ()
    started_tasks: Tuple[StartedTask, ...] = ()
    classes: Tuple[ClassUse, ...] = ()
    profiles: Tuple[Profile, ...] = ()
    grants: Tuple[Grant, ...] = ()
    facilities: Tuple[Facility, ...] = ()
    tls_rules: Tuple[TlsRule, ...] = ()
    identity_maps: Tuple[IdentityMap, ...] = ()
    certificate_maps: Tuple[CertificateMap, ...] = ()
    certificates: Tuple[Certificate, ...] = ()
    keyrings: Tuple[KeyRing, ...] = ()
    table_overrides: Tuple[TableOverride, ...] = ()
    variables: dict = field(default_factory=dict)
    used_variables: Tuple[str, ...] = ()       # the variables the selected components use
    identities: dict = field(default_factory=dict)  # name -> "user" | "group", all components
    esm: Optional[str] = None    # the ESM the components were chosen for, if any
