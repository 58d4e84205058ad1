"""Name and value rules: the one place that says what a value may hold.

Every check returns None for a good value, else the reason, and matches the
whole string (`re.fullmatch`): a trailing line break, a control character or
a character outside printable ASCII never passes (decks are EBCDIC records).

Sources: IBM RACF Command Language Reference (user/group ids, profile
lengths), Broadcom Top Secret and ACF2 docs (ACID, logonid), IBM JCL
Reference (member and job names). docs/security.md lists what is rejected.
"""

import re

ID_RE = re.compile(r"[A-Z#$@][A-Z0-9#$@]{0,7}")
QUALIFIER_RE = re.compile(r"[A-Z#$@][A-Z0-9#$@-]{0,7}")
PRINTABLE_RE = re.compile(r"[\x20-\x7e]*")
PATH_RE = re.compile(r"/[A-Za-z0-9._/#$@+-]*")
CONTROL_RE = re.compile(r"[^\x20-\x7e]")
# Prose (purposes, sources) may be written as folded YAML blocks: line breaks
# and tabs read as blanks, anything else outside printable ASCII is refused.
PROSE_RE = re.compile(r"[\x20-\x7e\t\n\r]*")
MAX_UNIX_ID = 2147483647
MAX_VARIABLE = 255        # a JCL symbol's value is at most 255 characters (IBM JCL Reference)

# Character sequences that could end an operand, a command or the job early.
FORBIDDEN_EVERYWHERE = (";", "/*", "*/", "\t")


def is_id(value):
    """True for a 1-8 character name A-Z 0-9 # $ @, the first not a digit."""
    return isinstance(value, str) and ID_RE.fullmatch(value) is not None


def describe_control(value):
    """How to name the first bad character of a value in a message."""
    bad = CONTROL_RE.search(value)
    if bad is None:
        return ""
    char = bad.group(0)
    if char == "\n" and bad.start() == len(value) - 1:
        return ("ends with a line break (a YAML block scalar `|` or `>` keeps it:"
                " write the value on the key's line)")
    if char in "\r\n":
        return "contains a line break"
    if char.isprintable():
        return f"contains {char!r} (U+{ord(char):04X}), which is not printable ASCII"
    return f"contains the control character U+{ord(char):04X}"


def check_plain(value, what="value", limit=None):
    """None when value is printable ASCII without control characters (and within limit)."""
    if not isinstance(value, str):
        return f"{what} must be a string"
    if CONTROL_RE.search(value):
        return f"{what} {describe_control(value)}"
    if limit is not None and len(value) > limit:
        return f"{what} is {len(value)} characters; the limit is {limit}"
    return None


def check_variable_value(value):
    """Every variable value, whatever its kind: printable ASCII, at most 255 characters."""
    return check_plain(value, "the value", MAX_VARIABLE)


def check_prose(value, what="purpose", limit=2000):
    """None for reviewer prose: printable ASCII, line breaks and tabs allowed."""
    if not isinstance(value, str):
        return f"{what} must be a string"
    if not PROSE_RE.fullmatch(value):
        return f"{what} {describe_control(value.replace(chr(10), ' ').replace(chr(9), ' ').replace(chr(13), ' '))}"
    if len(value) > limit:
        return f"{what} is {len(value)} characters; the limit is {limit}"
    return None


def prose(value):
    """Prose as one line: every run of blanks, tabs and line breaks is one blank."""
    return " ".join(value.split())


def check_id(value, what="id"):
    """None when value is a valid 1-8 character user/group/STC name, else why not."""
    if not isinstance(value, str) or not value:
        return f"{what} must be a non-empty string"
    why = check_plain(value, f"{what} {value!r}")
    if why:
        return why
    if value != value.upper() and is_id(value.upper()):
        return f"{what} '{value}' must be upper case ('{value.upper()}')"
    if not is_id(value):
        return (f"{what} '{value}' is not valid: 1-8 characters A-Z 0-9 # $ @,"
                " the first not a digit")
    return None


def check_hlq(value):
    """None when value is a valid data set high-level qualifier chain."""
    if not isinstance(value, str) or not value:
        return "data set prefix must be a non-empty string"
    why = check_plain(value, f"data set prefix {value!r}")
    if why:
        return why
    if len(value) > 35:
        return f"data set prefix '{value}' is longer than 35 characters"
    for qualifier in value.split("."):
        if not QUALIFIER_RE.fullmatch(qualifier):
            return (f"data set prefix '{value}': qualifier '{qualifier}' must be 1-8"
                    " characters A-Z 0-9 # $ @ -, the first A-Z # $ @")
    return None


def check_text(value, what="text", limit=255):
    """None when value is safe inside an apostrophe-quoted operand."""
    if not isinstance(value, str):
        return f"{what} must be a string"
    why = check_plain(value, f"{what} {value!r}", limit)
    if why:
        return why
    for bad in FORBIDDEN_EVERYWHERE:
        if bad in value:
            return f"{what} {value!r} contains {bad!r}, which could end the command early"
    if value.count("(") != value.count(")"):
        return f"{what} {value!r} has unbalanced parentheses"
    if '"' in value:
        return f"{what} {value!r} contains a double quote"
    if value.endswith(("-", "+")):
        return f"{what} {value!r} ends with '{value[-1]}', read by TSO as a continuation"
    return None


def check_required_text(value, what, limit=255):
    """check_text for a field that must not be empty."""
    if isinstance(value, str) and not value:
        return f"{what} is empty"
    return check_text(value, what, limit)


def check_path(value, what="path"):
    """None when value is an absolute z/OS UNIX path usable without quotes."""
    if not isinstance(value, str) or not PATH_RE.fullmatch(value):
        return (f"{what} {value!r} must be an absolute path of A-Z a-z 0-9 . _ / # $ @ + -"
                " (no blanks, quotes or parentheses)")
    if len(value) > 1023:
        return f"{what} is longer than 1023 characters"
    if "/*" in value or value.endswith(("-", "+")):
        return f"{what} {value!r} would be read as a comment or a continuation"
    return None


def check_unix_id(value, what="id"):
    if value == "auto":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_UNIX_ID:
        return f"{what} {value!r} must be 'auto' or a number from 0 to {MAX_UNIX_ID}"
    return None


DECIMAL_RE = re.compile(r"0|[1-9][0-9]{0,9}")


def unix_id_number(text):
    """The int of a decimal UID/GID written as text ('1000'), else None."""
    return int(text) if isinstance(text, str) and DECIMAL_RE.fullmatch(text) else None


PROFILE_CHARS_RE = re.compile(r"[A-Za-z0-9#$@._*%/:-]+")


def check_profile_chars(value):
    """None when a profile name has no blank, quote, comma, parenthesis or symbol character."""
    if not isinstance(value, str) or not value:
        return "profile name must be a non-empty string"
    why = check_plain(value, f"profile name {value!r}")
    if why:
        return why
    if "&" in value:
        return (f"profile name {value!r} contains '&', which RACF reads as a RACFVARS"
                " variable and JCL as a symbol")
    if not PROFILE_CHARS_RE.fullmatch(value):
        return (f"profile name {value!r} may contain only A-Z a-z 0-9 # $ @ . _ * % / : -"
                " (no blanks, quotes, commas or parentheses)")
    if value.endswith(("-", "+")) or "/*" in value or "*/" in value:
        return f"profile name {value!r} would be read as a continuation or a comment"
    return None


PORT_RE = re.compile(r"([1-9][0-9]{0,4})(?:-([1-9][0-9]{0,4}))?")


def check_port_range(value):
    """None when value is a TCP port (1-65535) or a range 'LOW-HIGH', in ASCII decimal."""
    match = PORT_RE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return f"port {value!r} must be a number from 1 to 65535 or a range such as 9443-9445"
    numbers = [int(n) for n in match.groups() if n is not None]
    if not all(1 <= n <= 65535 for n in numbers) or numbers != sorted(numbers):
        return f"port {value!r} must be 1-65535, and a range must run from low to high"
    return None


KEYRING_RE = re.compile(r"([A-Z#$@][A-Z0-9#$@]{0,7}/)?[A-Za-z0-9#$@._-]{1,237}")


def check_keyring(value):
    """None for a SAF key ring name, optionally OWNER/RING."""
    if not isinstance(value, str) or not KEYRING_RE.fullmatch(value):
        return f"key ring {value!r} must be RING or OWNER/RING (letters, digits, # $ @ . _ -)"
    return None


# ICSF CKDS key label: 1-64 characters, the first alphabetic or national,
# then alphanumeric, national or period, periods between tokens (IBM ICSF
# Application Programmer's Guide, "Key label").
KEY_LABEL_RE = re.compile(r"[A-Z#$@][A-Z0-9#$@]*(\.[A-Z#$@][A-Z0-9#$@]*)*")


def check_key_label(value):
    """None for an ICSF key label (upper case, as RACF passes it to ICSF)."""
    if not isinstance(value, str) or len(value) > 64 or not KEY_LABEL_RE.fullmatch(value):
        return (f"ICSF key label {value!r} must be 1-64 characters A-Z 0-9 # $ @ in tokens joined by"
                " periods, each token starting with a letter or # $ @")
    return None


# A DNS host name: labels of 1-63 letters, digits and hyphens, not starting or
# ending with a hyphen, joined by periods, at most 253 characters (RFC 1123).
DNS_NAME_RE = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")


def check_dns_name(value):
    """None for a DNS host name (a certificate's subject alternative name)."""
    if not isinstance(value, str) or len(value) > 253 or not DNS_NAME_RE.fullmatch(value):
        return f"host name {value!r} must be DNS labels (letters, digits, hyphens) joined by periods"
    return None


def check_ip_address(value):
    """None for an IPv4 or IPv6 address written in full (no prefix length, no zone)."""
    import ipaddress
    try:
        if not isinstance(value, str) or "%" in value or "/" in value:
            raise ValueError(value)
        ipaddress.ip_address(value)
    except ValueError:
        return f"IP address {value!r} must be an IPv4 or IPv6 address"
    return None


JOBNAME_FILTER_RE = re.compile(r"[A-Z#$@][A-Z0-9#$@]{0,7}\*?|\*")


def check_jobname(value):
    """None for a job name, optionally ending in * (AT-TLS job name filter)."""
    if not isinstance(value, str) or not JOBNAME_FILTER_RE.fullmatch(value):
        return f"job name {value!r} must be 1-8 characters A-Z 0-9 # $ @, optionally ending in *"
    return None


RING_NAME_RE = re.compile(r"[A-Za-z0-9#$@._-]{1,237}")


def check_ring_name(value):
    if not isinstance(value, str) or not RING_NAME_RE.fullmatch(value):
        return f"key ring name {value!r} must be 1-237 characters A-Z a-z 0-9 # $ @ . _ -"
    return None


def check_cert_owner(value):
    """CERTAUTH, SITE or a user id."""
    return None if value in ("CERTAUTH", "SITE") else check_id(value, "certificate owner")


DATE_RE = re.compile(r"20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")


def check_date(value):
    """None for a YYYY-MM-DD date in this century."""
    if not isinstance(value, str) or not DATE_RE.fullmatch(value):
        return f"date {value!r} must be YYYY-MM-DD (20xx)"
    return None


CLASS_RE = re.compile(r"[A-Z][A-Z0-9#$@]{0,7}")


def check_class(value):
    """A resource class name: 1-8 characters A-Z 0-9 # $ @, the first a letter."""
    if not isinstance(value, str) or not CLASS_RE.fullmatch(value):
        return f"class {value!r} must be 1-8 characters A-Z 0-9 # $ @, the first a letter"
    return None
