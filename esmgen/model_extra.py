"""The model's requirement kinds that only some specs or ESMs have:
PassTicket keys, identity and certificate maps, certificates and key rings,
AT-TLS rules, Top Secret facilities, esm_tables overrides.

They are the same kind of records as those in esmgen.model (which names
them too), kept apart so that a run whose spec has none of them does not
create their classes (see esmgen.model).
"""

from dataclasses import dataclass
from typing import Optional, Tuple

from esmgen.model import Meta, meta_field


@dataclass(frozen=True)
class PassTicketKey:
    """A PassTicket application key: only the secret's name is in the model."""
    secret: str
    replay_protection: bool = False


@dataclass(frozen=True)
class IdentityMap:
    """A distributed identity (a user name in a registry) mapped to a z/OS user."""
    user: str
    label: str
    distributed_id: str
    registry: str
    record: str            # ACF2 and TSS record id (1-8)
    meta: Meta = meta_field()


@dataclass(frozen=True)
class CertificateMap:
    """Client certificates whose subject (and issuer) match the filters map to a user."""
    user: str
    label: str
    subject_filter: str
    record: str                    # TSS CERTMAP / ACF2 record id (1-8)
    issuer_filter: Optional[str] = None
    trust: bool = True
    meta: Meta = meta_field()


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
    meta: Meta = meta_field()

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
    meta: Meta = meta_field()


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
    meta: Meta = meta_field()


@dataclass(frozen=True)
class Facility:
    """A multi-user facility (Top Secret MASTFAC) and the users who sign on to it."""
    name: str
    master: str
    users: Tuple[str, ...] = ()
    meta: Meta = meta_field()


@dataclass(frozen=True)
class TableOverride:
    """One value a spec sets under `esm_tables:` (a leaf of the ESM table)."""
    esm: str
    path: str                      # dotted: "classes.CSFSERV.type"
    value: object
    meta: Meta = meta_field()
