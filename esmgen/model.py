"""The ESM-neutral model: what must exist, independent of RACF, ACF2 or TSS.

Every requirement is an immutable record (a NamedTuple: cheap to create at
start-up, see docs/performance.md) that carries `meta`: its component, its
purpose and its place in the spec. A Meta compares equal to every other
Meta, so where a requirement was written never makes two requirements
differ: two components asking for the same object ask for one object.
"""

from dataclasses import dataclass, field
from typing import NamedTuple, Optional, Tuple, Union

ACCESS_LEVELS = ("NONE", "READ", "UPDATE", "CONTROL", "ALTER")
UnixId = Union[int, str]  # a number or "auto"


class Meta(NamedTuple):
    """Where a requirement comes from: its component, why it is needed, its spec position."""
    component: str
    purpose: str
    where: object         # a loader.Place: formatted as FILE:LINE:COL when shown
    origin: str = ""      # the variables in the object's fields and where they were set

    # Equal to every Meta (see the module docstring).
    def __eq__(self, other):
        return isinstance(other, Meta)

    def __ne__(self, other):
        return not isinstance(other, Meta)

    def __hash__(self):
        return 0


class Component(NamedTuple):
    """A named group of requirements in the spec, chosen with --component."""
    name: str
    purpose: str
    source: str
    default: bool
    esms: Tuple[str, ...]

class Department(NamedTuple):
    """A Top Secret department ACID that owns the other ACIDs and resources."""
    name: str
    description: str = ""
    create: bool = True
    meta: Optional[Meta] = None

class Group(NamedTuple):
    """A group (RACF group, ACF2 OMVS group record or role, TSS GROUP ACID)."""
    name: str
    gid: Optional[UnixId] = None
    description: str = ""
    department: Optional[str] = None
    create: bool = True
    adopt: bool = False            # may exist already: created when missing, never deleted
    meta: Optional[Meta] = None
    # Delta decks only: the group exists without a GID, so the alter assigns one.
    assign_gid: bool = False

class Omvs(NamedTuple):
    """A user's z/OS UNIX identity: UID, home directory and shell."""
    uid: UnixId
    home: Optional[str] = None
    program: Optional[str] = None

class User(NamedTuple):
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
    adopt: bool = False            # may exist already: created when missing, never deleted
    meta: Optional[Meta] = None
    # Delta decks only: the user exists without a UID, so the alter assigns one.
    assign_uid: bool = False

    @property
    def all_groups(self):
        """Default group first, then the other connected groups."""
        first = (self.default_group,) if self.default_group else ()
        return first + tuple(g for g in self.groups if g != self.default_group)

class Connect(NamedTuple):
    """A user's membership of a group; default marks the user's default group."""
    user: str
    group: str
    default: bool = False
    meta: Optional[Meta] = None

class StartedTask(NamedTuple):
    """The user (and group) a started task's procedure runs as."""
    proc: str
    user: str
    group: Optional[str] = None
    trusted: bool = False
    privileged: bool = False
    trace: bool = False
    meta: Optional[Meta] = None

class PassTicketKey(NamedTuple):
    """A PassTicket application key: where the key is, never the key itself.

    secret: the name of a secret whose value the setup deck carries (legacy
    key); key_label: the ICSF CKDS label of a key the site loaded (RACF:
    a legacy DES key, or with enhanced an HMAC key); no key is then in any
    deck. ticket_type and timeout are enhanced PassTickets' settings.
    """
    secret: Optional[str] = None
    replay_protection: bool = True
    key_label: Optional[str] = None
    enhanced: bool = False
    ticket_type: Optional[str] = None
    timeout: Optional[int] = None

class Profile(NamedTuple):
    """A resource profile: class, name, universal access, who owns it."""
    cls: str
    name: str
    uacc: Optional[str] = None
    scope: str = "instance"
    define: bool = True
    owner: Optional[str] = None
    description: str = ""
    passticket: Optional[PassTicketKey] = None
    meta: Optional[Meta] = None

class Grant(NamedTuple):
    """Access of a user or group to one resource profile."""
    cls: str
    profile: str
    grantee: str
    grantee_kind: str   # "user" or "group"
    access: str
    scope: str = "instance"
    # On a profile the spec expects to exist (define: false): where it does not
    # exist the class does not protect the resource, so the grant is moot.
    conditional: bool = False
    meta: Optional[Meta] = None

class Facility(NamedTuple):
    """A multi-user facility (Top Secret MASTFAC) and the users who sign on to it."""
    name: str
    master: str
    users: Tuple[str, ...] = ()
    meta: Optional[Meta] = None

class IdentityMap(NamedTuple):
    """A distributed identity (a user name in a registry) mapped to a z/OS user."""
    user: str
    label: str
    distributed_id: str
    registry: str
    record: str            # ACF2 and TSS record id (1-8)
    meta: Optional[Meta] = None

class CertificateMap(NamedTuple):
    """Client certificates whose subject (and issuer) match the filters map to a user."""
    user: str
    label: str
    subject_filter: str
    record: str                    # TSS CERTMAP / ACF2 record id (1-8)
    issuer_filter: Optional[str] = None
    trust: bool = True
    meta: Optional[Meta] = None

class Certificate(NamedTuple):
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
    meta: Optional[Meta] = None
    # subject alternative names of a generated certificate: (("domain", host), ("ip", address))
    alt_names: Tuple[Tuple[str, str], ...] = ()

    @property
    def create(self):
        return bool(self.subject or self.import_dsname)

class RingConnection(NamedTuple):
    owner: str
    label: str
    usage: str                     # certauth, personal, site
    default: bool = False

class KeyRing(NamedTuple):
    owner: str
    name: str
    record: str                    # ACF2 KEYRING / TSS KEYRING record id (1-8)
    connections: Tuple[RingConnection, ...] = ()
    meta: Optional[Meta] = None

class TlsRule(NamedTuple):
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
    meta: Optional[Meta] = None

class TableOverride(NamedTuple):
    """One value a spec sets under `esm_tables:` (a leaf of the ESM table)."""
    esm: str
    path: str                      # dotted: "classes.CSFSERV.type"
    value: object
    meta: Optional[Meta] = None


class ClassUse(NamedTuple):
    """A resource class the selected requirements use (activated by setup)."""
    cls: str
    # the spec defines profiles in it: only then does a RACF setup deck activate
    # the class (activation starts enforcing every dormant profile in it)
    defines: bool = False
    meta: Optional[Meta] = None

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
