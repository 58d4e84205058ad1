"""Shared pieces of the ACF2 simulator: record-id and operand helpers, the
name and type code patterns, ACF2's not-found message."""

import re

from esmgen.simulator.outcomes import NOT_FOUND, OK, Invalid, Unsupported, by_name

NOT_FOUND_MSG = "ACF0A005 RECORD(S) NOT FOUND"    # Z#1734 (GSO DELETE)
# Logonids and role ids: 1-8 characters, first national or alphabetic (BC KB 237629).
NAME = re.compile(r"^[A-Z#$@][A-Z0-9#$@]{0,7}$")
TYPE_CODE = re.compile(r"^[A-Z0-9#$@]{3}$")

HEX16 = re.compile(r"^[0-9A-Fa-f]{16}$")


def subject(operands, allowed, verb):
    """(record id, {keyword: Operand}): the first operand names the record."""
    if not operands or operands[0].value is not None:
        raise Invalid(f"{verb}: the record id must come first")
    return operands[0].name, by_name(operands[1:], allowed, verb)


def abbreviates(word, keyword, shortest):
    """SET operands may be shortened to their capital letters ([ACF-SET],
    Broadcom "SET Subcommand": Control, Lid, Profile, Resource, Xref, DIvision)."""
    return len(word) >= shortest and keyword.startswith(word)


def set_setting(first):
    """The SET setting an operand names: SET C(GSO), SET R(FAC), SET P(USER), SET L."""
    if first.name in ("LOGONID", "RULE"):
        return first.name
    if first.name == "R":
        return "RESOURCE" if first.value is not None else None   # Rule is not shortened
    for keyword in ("CONTROL", "LID", "PROFILE", "RESOURCE", "XREF"):
        if abbreviates(first.name, keyword, 1):
            return keyword
    return None


def no_extra(ops, verb):
    if ops:
        raise Unsupported(f"{verb}: operand {next(iter(ops))} not modeled by the dry-run engine")


def check_id(name, what):
    if not NAME.fullmatch(name):
        raise Invalid(f"{name}: not a valid {what} id (1-8 characters, first A-Z # $ @)")


def included(ops):
    members = [m.upper() for m in ops["INCLUDE"].words()] if "INCLUDE" in ops else []
    for member in members:
        check_id(member, "logonid")
    return members


def number(op):
    text = (op.value or "").strip()
    if not text.isdigit():
        raise Invalid(f"{op.name}({op.value}): not a number")
    return int(text)


def mask_pattern(mask):
    """A regular expression for an ACF2 record mask: `*` one character, `-` any
    number of characters, including none (Broadcom KB 235259 "UID masks",
    https://knowledge.broadcom.com/external/article/235259; LIKE(lidmask) follows
    the logonid masking rules, CA ACF2 z/VM Administrator Guide 1084008)."""
    return re.compile("".join("." if ch == "*" else ".*" if ch == "-" else re.escape(ch)
                              for ch in mask.upper()) + "$")


def list_like(records, operands, what):
    """LIST LIKE(mask): the records whose ids match (LIKE is not abbreviated, z/VM 1084008)."""
    mask = operands[0].value.strip()
    by_name(operands[1:], set(), "LIST")
    pattern = mask_pattern(mask)
    names = sorted(name for name in records if pattern.match(name))
    if not names:
        return NOT_FOUND, f"{NOT_FOUND_MSG}: LIKE({mask}) (assumed for LIST of a {what})"
    return OK, f"{len(names)} {what}(s) listed: {' '.join(names[:10])}"
