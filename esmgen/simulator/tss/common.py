"""What every TSS command module shares: the fixed names and limits of Top
Secret commands, the response framing (TSS0300I / TSS0301I) and the small
operand readers. Sources are cited where each is defined.
"""

import re

from esmgen.simulator.outcomes import OK, Invalid
from esmgen.simulator.syntax import Operand, unquote

FIRST_AUTO_ID = 1000      # UID(?)/GID(?) hand out the next free number from here
RETURN_CODE = "08"        # (assumed) the RC TSS0301I shows for a failed function
NAME_LIMIT = 32           # NAME field (BC TSS User Guide; esmgen.renderer.backends.tss checks it too)
ACID_PATTERN = re.compile(r"^[A-Z0-9$#@%&=?]{1,8}$")   # BC TSS User Guide, ACID names

FUNCTIONS = {"GENCERT": "GENCERT", "CREATE": "CREATE", "CRE": "CREATE", "ADDTO": "ADDTO", "ADD": "ADDTO",
             "REMOVE": "REMOVE", "REM": "REMOVE", "REPLACE": "REPLACE", "REP": "REPLACE",
             "DELETE": "DELETE", "DEL": "DELETE", "PERMIT": "PERMIT", "PER": "PERMIT",
             "REVOKE": "REVOKE", "REV": "REVOKE", "LIST": "LIST", "WHOHAS": "WHOHAS",
             "WHOOWNS": "WHOOWNS", "REFRESH": "REFRESH"}
# Records that are not ACIDs; the STC table, the NDT's PassTicket entries and
# the classes added to the RDT are modeled.
TABLES = {"STC", "RDT", "NDT", "SDT"}
# DELETE page: these ACIDs can never be deleted.
SPECIAL_ACIDS = {"ALL", "STC", "AUDIT", "DLF", "RDT", "SDT"}

USER_FIELDS = {"GROUP", "DFLTGRP", "UID", "HOME", "OMVSPGM", "FAC", "MASTFAC", "PASSWORD"}
CREATE_USER_FIELDS = {"PASSWORD", "SOURCE", "PROFILE", "DSNAME", "FAC"}
# Short keyword spellings Broadcom's own pages use (KB 27209: PASS, PROCN).
LONG_NAMES = {"PASS": "PASSWORD", "PROCN": "PROCNAME"}
GROUP_FIELDS = {"GID"}
REPLACE_FIELDS = {"NAME", "DFLTGRP", "UID", "GID", "HOME", "OMVSPGM", "PASSWORD"}
LIST_FIELDS = {"DATA", "SEGMENT"}
# Documented TSS keywords the simulator does not model: unsupported. Any other
# unknown keyword is taken as a resource class missing from the RDT: error.
UNMODELED_KEYWORDS = {"UNDERCUT", "PHYSKEY", "FACILITY", "DAYS", "TIMES", "ACTION", "EXPIRES", "UNTIL",
                      "FOR", "PRIVPGM", "LIBRARY", "INSTDATA", "SECLABEL", "PHONE", "EMAIL", "TSOPROC",
                      "LANGUAGE", "OPCLASS", "SUSPEND", "ATTRIBUTE", "NOPWCHG", "PWVIEW", "CICS"}


class NotThere(Invalid):
    """Something to remove is absent: not-found, not an error."""


# -- helpers -------------------------------------------------------------------

def response(word, outcome, detail):
    if outcome == OK:
        return f"TSS0300I {word} FUNCTION SUCCESSFUL: {detail}"
    return f"{detail}; TSS0301I {word} FUNCTION FAILED, RETURN CODE = {RETURN_CODE} (rc assumed)"


def long_names(operands):
    """Operands with Broadcom's short keyword spellings written in full (LONG_NAMES)."""
    return [Operand(LONG_NAMES.get(op.name, op.name), op.value, op.text) for op in operands]


def acid_of(value):
    acid = (value or "").strip().upper()
    if not ACID_PATTERN.fullmatch(acid):
        # TSS0211E: accessor id missing or invalid (issue #4115: `TSS ADD() IBMFAC(..)`).
        raise Invalid(f"TSS0211E ACCESSOR-ID MISSING OR INVALID: ({value or ''})")
    return acid


def new_user(kind, name, dept, protected):
    return {"type": kind, "name": name, "dept": dept, "protected": protected, "groups": [],
            "default_group": None, "uid": None, "home": None, "program": None,
            "facilities": [], "mastfac": []}


def need_kind(acid, kind, name):
    wanted = "user" if name in USER_FIELDS else "group"
    if kind != wanted:
        raise Invalid(f"{name} does not apply to {acid} (a {kind} ACID) (assumed)")


def name_field(op):
    name = unquote(op.value or "") if op is not None else ""
    if not name.strip():
        raise Invalid("NAME is required (message id assumed)")
    if len(name) > NAME_LIMIT:
        raise Invalid(f"NAME is longer than {NAME_LIMIT} characters (message id assumed)")
    return name


def value_of(ops, *names):
    for name in names:
        if name in ops:
            return (ops[name].value or "").strip().upper()
    return None


def required(ops, name):
    value = value_of(ops, name)
    if not value:
        raise Invalid(f"{name}() is required (message id assumed)")
    return value


def need_words(words, name):
    if not words:
        raise Invalid(f"{name}() needs a value (message id assumed)")
    return words


def single(words, name):
    if len(words) != 1:
        raise Invalid(f"{name}() takes one value (message id assumed)")
    return words[0]


def path_of(op, name):
    path = unquote((op.value or "").strip())
    if not path:
        raise Invalid(f"{name}() needs a value (message id assumed)")
    return path


def set_single(work, key, value, name):
    if work[key] == value:
        return False
    if work[key] is not None:
        raise Invalid(f"{name} is already {work[key]}; use REPLACE (assumed)")
    work[key] = value
    return True


def label_of(ops):
    """LABLCERT, or the DIGICERT id when it is omitted (LABLCERT is optional on
    GENCERT and ADDTO DIGICERT; the default label is not documented: assumed)."""
    return unquote(ops["LABLCERT"].value or "") if "LABLCERT" in ops else required(ops, "DIGICERT")


def resource_name(op, keyword):
    resource = unquote((op.value or "").strip())
    if not resource or " " in resource:
        raise Invalid(f"{keyword}({op.value or ''}): one resource name is required (message id assumed)")
    return resource


def one_resource(resources, function):
    """(RDT entry, resource name) of the one resource keyword a command takes."""
    if len(resources) != 1:
        raise Invalid(f"TSS {function} takes exactly one resource keyword (message id assumed)")
    entry, op = resources[0]
    return entry, resource_name(op, entry.keyword)


def covering(table, keyword, resource):
    """The values of table ("KEYWORD PREFIX" -> value) whose prefix covers the
    resource, shortest prefix first: one look-up per prefix length."""
    keys = (f"{keyword} {resource[:length]}" for length in range(len(resource) + 1))
    return [table[key] for key in keys if key in table]


def owned_by_prefix(ownership, keyword, resource):
    """Some ACID owns a prefix of the resource: the same as any(covers(k, key) for k
    in ownership), by one look-up per prefix length instead of a scan of every owned
    prefix (a deck of N permits would otherwise take N x ownership steps)."""
    return any(f"{keyword} {resource[:length]}" in ownership for length in range(len(resource) + 1))


def covers(owned_key, key):
    """TSS owns and permits by prefix: 'IBMFAC BPX.' covers 'IBMFAC BPX.SERVER'."""
    owned_keyword, owned = owned_key.split(" ", 1)
    keyword, resource = key.split(" ", 1)
    return owned_keyword == keyword and resource.startswith(owned)


# PASSWORD(password|NOPW[,days][,EXP|EXPIRE|EXPIRED]): the interval is 0-255 days,
# 0 = never expires; NOPW = no password ("PASSWORD Keyword--For Administrators",
# CA Top Secret Command Functions, TSS_Command_zVM_ENU/658097, valid on z/OS;
# EXPIRE as in the r15 "Introduction" example PASSWORD(1234,30,EXPIRE)).
PASSWORD_EXPIRE = {"EXP", "EXPIRE", "EXPIRED"}


def has_password(op):
    """False for PASSWORD(NOPW[,..]), True for a password; Invalid when malformed.
    The password itself is never kept."""
    words = [w.strip().upper() for w in (op.value or "").split(",")]
    if not words[0]:
        raise Invalid("PASSWORD() needs a value (message id assumed)")
    if len(words) > 3:
        raise Invalid(f"PASSWORD({op.value}): at most password, interval, EXPIRED (assumed message)")
    if len(words) > 1 and words[1] and not (words[1].isdigit() and int(words[1]) <= 255):
        raise Invalid(f"PASSWORD({op.value}): the interval is 0-255 days (assumed message)")
    if len(words) > 2 and words[2] not in PASSWORD_EXPIRE:
        raise Invalid(f"PASSWORD({op.value}): the third value is EXPIRED (assumed message)")
    return words[0] != "NOPW"
