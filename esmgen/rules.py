"""Name and value rules shared by variable checks and spec validation.

Sources: IBM RACF Command Language Reference (user/group ids, profile lengths),
Broadcom Top Secret and ACF2 docs (ACID, logonid), IBM JCL Reference (member
and job names). The README lists what is rejected.
"""

import re

ID_RE = re.compile(r"^[A-Z#$@][A-Z0-9#$@]{0,7}$")
QUALIFIER_RE = re.compile(r"^[A-Z#$@][A-Z0-9#$@-]{0,7}$")
PRINTABLE_RE = re.compile(r"^[\x20-\x7e]*$")
PATH_RE = re.compile(r"^/[A-Za-z0-9._/#$@+-]*$")
MAX_UNIX_ID = 2147483647

# Character sequences that could end an operand, a command or the job early.
FORBIDDEN_EVERYWHERE = (";", "/*", "*/", "\t")


def check_id(value, what="id"):
    """None when value is a valid 1-8 character user/group/STC name, else why not."""
    if not isinstance(value, str) or not value:
        return f"{what} must be a non-empty string"
    if value != value.upper() and ID_RE.fullmatch(value.upper()):
        return f"{what} '{value}' must be upper case ('{value.upper()}')"
    if not ID_RE.fullmatch(value):
        return (f"{what} '{value}' is not valid: 1-8 characters A-Z 0-9 # $ @,"
                " the first not a digit")
    return None


def check_hlq(value):
    """None when value is a valid data set high-level qualifier chain."""
    if not isinstance(value, str) or not value:
        return "data set prefix must be a non-empty string"
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
    if not PRINTABLE_RE.fullmatch(value):
        return f"{what} {value!r} has characters other than printable ASCII"
    if len(value) > limit:
        return f"{what} is {len(value)} characters; the limit is {limit}"
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


PROFILE_CHARS_RE = re.compile(r"^[A-Za-z0-9#$@._*%&/:-]+$")


def check_profile_chars(value):
    """None when a profile name has no blank, quote, comma or parenthesis."""
    if not isinstance(value, str) or not value:
        return "profile name must be a non-empty string"
    if not PROFILE_CHARS_RE.fullmatch(value):
        return (f"profile name {value!r} may contain only A-Z a-z 0-9 # $ @ . _ * % & / : -"
                " (no blanks, quotes, commas or parentheses)")
    if value.endswith(("-", "+")) or "/*" in value or "*/" in value:
        return f"profile name {value!r} would be read as a continuation or a comment"
    return None


def check_port_range(value):
    """None when value is a TCP port (1-65535) or a range 'LOW-HIGH'."""
    low, _, high = str(value).partition("-")
    try:
        numbers = [int(low)] + ([int(high)] if high else [])
    except ValueError:
        return f"port {value!r} must be a number from 1 to 65535 or a range such as 9443-9445"
    if not all(1 <= n <= 65535 for n in numbers) or numbers != sorted(numbers):
        return f"port {value!r} must be 1-65535, and a range must run from low to high"
    return None


KEYRING_RE = re.compile(r"^([A-Z#$@][A-Z0-9#$@]{0,7}/)?[A-Za-z0-9#$@._-]{1,237}$")


def check_keyring(value):
    """None for a SAF key ring name, optionally OWNER/RING."""
    if not isinstance(value, str) or not KEYRING_RE.fullmatch(value):
        return f"key ring {value!r} must be RING or OWNER/RING (letters, digits, # $ @ . _ -)"
    return None


def check_jobname(value):
    """None for a job name, optionally ending in * (AT-TLS job name filter)."""
    if not isinstance(value, str) or not re.fullmatch(r"^[A-Z#$@][A-Z0-9#$@]{0,7}\*?$|^\*$", value):
        return f"job name {value!r} must be 1-8 characters A-Z 0-9 # $ @, optionally ending in *"
    return None


RING_NAME_RE = re.compile(r"^[A-Za-z0-9#$@._-]{1,237}$")


def check_ring_name(value):
    if not isinstance(value, str) or not RING_NAME_RE.fullmatch(value):
        return f"key ring name {value!r} must be 1-237 characters A-Z a-z 0-9 # $ @ . _ -"
    return None


def check_cert_owner(value):
    """CERTAUTH, SITE or a user id."""
    return None if value in ("CERTAUTH", "SITE") else check_id(value, "certificate owner")


def check_date(value):
    """None for a YYYY-MM-DD date in this century."""
    if not isinstance(value, str) or not re.fullmatch(r"^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", value):
        return f"date {value!r} must be YYYY-MM-DD (20xx)"
    return None
