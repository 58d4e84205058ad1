"""Operand helpers shared by the RACF command families: the object a command
names first, sub-operands inside parentheses, access levels and AUDIT()."""

from esmgen.simulator.outcomes import Invalid
from esmgen.simulator.outcomes import by_name as _by_name
from esmgen.simulator.syntax import operand, split, unquote

LEVELS = ("NONE", "READ", "UPDATE", "CONTROL", "ALTER")

# AUDIT(access-attempt[(audit-access-level)] ...) on RDEFINE, RALTER, ADDSD and
# ALTDSD (IBM RACF Command Language Reference, "RDEFINE (Define general
# resource profile)", icha400/rdefine.htm, AUDIT operand; the page was not
# retrieved in full: grammar from the operand summary, UNVERIFIED in detail).
AUDIT_ATTEMPTS = ("ALL", "SUCCESS", "FAILURES", "NONE")
AUDIT_LEVELS = ("READ", "UPDATE", "CONTROL", "ALTER")


def by_name(operands, allowed, verb):
    """Keyword operands by name: RACF commands go through TSO parse, so a keyword may
    be shortened to a prefix no other keyword of the command shares (PERMIT ...
    CL(FACILITY) AC(READ)). Uniqueness is judged among the keywords the simulator
    models for the command, which may be fewer than RACF knows (docs/dry-run.md)."""
    return _by_name(operands, allowed, verb, prefixes=True)


def subject(operands, allowed, verb):
    """(name, {keyword: Operand}): the first operand names the object."""
    if not operands or operands[0].value is not None:
        raise Invalid(f"{verb}: the name of the object must come first")
    return operands[0].name, by_name(operands[1:], allowed, verb)


def subjects(operands, allowed, verb):
    """Like subject, but the name may be a list: CONNECT (U1,U2) GROUP(G)."""
    if not operands:
        raise Invalid(f"{verb}: the user id must come first")
    first = operands[0]
    names = split(first.value, commas=True) if first.name == "" and first.value else [first.name]
    return names, by_name(operands[1:], allowed, verb)


def class_subject(operands, allowed, verb):
    if len(operands) < 2 or operands[0].value is not None:
        raise Invalid(f"{verb}: the class and the profile name must come first")
    return operands[0].name, profile_name(operands[1]), by_name(operands[2:], allowed, verb)


def profile_name(op):
    """A profile name as written: classes such as EJBROLE keep mixed case."""
    return unquote(op.text) if op.value is None else op.name


def suboperands(op, allowed, verb):
    return by_name([operand(item) for item in split(op.value or "")], allowed, verb)


def number(op):
    text = (op.value or "").strip()
    return int(text) if text.isdigit() else None


def audit(op):
    """The AUDIT() value as RACF keeps it ({attempt: level}), or a problem text."""
    found = {}
    for item in split(op.value or ""):
        attempt = operand(item)
        name = attempt.name.upper()
        if name not in AUDIT_ATTEMPTS:
            return None, f"AUDIT: {name} is not ALL, SUCCESS, FAILURES or NONE"
        level = (attempt.value or "READ").strip().upper()
        if name != "NONE" and level not in AUDIT_LEVELS:
            return None, f"AUDIT: {name}({level}) is not READ, UPDATE, CONTROL or ALTER"
        found[name] = None if name == "NONE" else level
    if not found:
        return None, "AUDIT: give ALL, SUCCESS, FAILURES or NONE"
    return ({"NONE": None} if "NONE" in found else found), None
