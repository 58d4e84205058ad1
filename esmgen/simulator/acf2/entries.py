"""ACF2 rule entries: one line of a rule set, parsed, checked and written in
one canonical (decompiled) form, and the access level it grants.

Sources:
[KB54066] Broadcom KB 54066 "ACF70050 ... EXECUTE ACCESS WAS SET TO THE READ
  ACCESS" (data set access READ/WRITE/ALLOC/EXEC with (A)llow (L)og (P)revent,
  short forms R(A) E(P), the decompiler prints keywords in full),
  https://knowledge.broadcom.com/external/article/54066
[KB206578] Broadcom KB 206578 and "Translating SAF Access Levels" (CA ACF2 for
  z/VM r12 Administrator Guide, page 1084294): resource rule services are
  READ, UPDATE, ADD, DELETE, EXECUTE; SAF READ -> READ, UPDATE -> UPDATE,
  CONTROL -> DELETE, ALTER -> ADD; services are not hierarchical, so a rule
  lists every service it allows,
  https://ftpdocs.broadcom.com/cadocs/0/CA%20ACF2%20for%20z%20VM%20r12%20SP3-z%20VM-ENU/Bookshelf_Files/HTML/ACF2VM--Administrator%20Guide/1084294.html
[KB14489] Broadcom KB 14489: RECKEY ... DEL removes the entry that matches the
  whole rule entry, https://knowledge.broadcom.com/external/article/14489
[ACF-DB2] CA ACF2 Option for DB2 r1.3 "rule entry" syntax (UID/ROLE/USER,
  SHIFT, ACTIVE, UNTIL, FOR, SERVICE, DATA, ALLOW|LOG|PREVENT, NEXTKEY).
"""

from functools import lru_cache
from typing import NamedTuple

from esmgen.simulator.outcomes import Invalid, Unsupported
from esmgen.simulator.syntax import operand, split

# Resource rule services in the order a decompiled rule lists them [KB206578].
SERVICES = ("READ", "UPDATE", "DELETE", "ADD", "EXECUTE")
# SAF level a cumulative service set stands for [KB206578]: each level adds one service.
SERVICE_LEVELS = {frozenset(SERVICES[:1]): "READ", frozenset(SERVICES[:2]): "UPDATE",
                  frozenset(SERVICES[:3]): "CONTROL", frozenset(SERVICES[:4]): "ALTER"}
# Data set access keywords, their documented one-letter forms, and their values [KB54066].
DATASET_KEYWORDS = ("READ", "WRITE", "ALLOC", "EXEC")
DATASET_SHORT = {"R": "READ", "W": "WRITE", "A": "ALLOC", "E": "EXEC"}
DATASET_VALUES = {"A", "L", "P"}      # allow, log (allow and record), prevent
# SAF level of the data set accesses a line allows (data set UPDATE and
# CONTROL are both WRITE, Endevor "Map Authorization Values"; the lower one is named).
DATASET_LEVELS = {frozenset({"READ", "EXEC"}): "READ", frozenset({"READ", "WRITE", "EXEC"}): "UPDATE",
                  frozenset(DATASET_KEYWORDS): "ALTER"}
FLAGS = ("ALLOW", "LOG", "PREVENT")
WHO = ("UID", "ROLE", "USER")
# Other rule entry keywords, written after the access part in this order [ACF-DB2].
OTHER = ("DATA", "SOURCE", "SHIFT", "LIB", "PGM", "VOL", "ACTIVE", "UNTIL", "FOR", "EXPIRE", "NEXTKEY")


class Entry(NamedTuple):
    """A rule entry: resource mask ('' for the whole key), who, access, the rest."""
    mask: str
    who: str            # 'ROLE(R1)', 'UID(-)' or '' (every user)
    services: tuple     # resource rules: SERVICE() names in SERVICES order; () if none
    dataset: tuple      # data set rules: (keyword, value) in DATASET_KEYWORDS order
    other: tuple        # ('KEY(value)', ...) in OTHER order
    flag: str           # ALLOW, LOG, PREVENT or ''

    def text(self):
        """The entry as stored and compared (KB 14489: DEL matches the whole entry)."""
        parts = [self.mask] if self.mask else []
        if self.who:
            parts.append(self.who)
        if self.services:
            parts.append(f"SERVICE({','.join(self.services)})")
        parts.extend(f"{key}({value})" for key, value in self.dataset)
        parts.extend(self.other)
        if self.flag:
            parts.append(self.flag)
        return " ".join(parts)


@lru_cache(maxsize=4096)     # a deck deletes a line and adds it again right after
def canonical(line):
    """(Entry, its canonical text) of a rule line; Invalid or Unsupported as parse_entry."""
    entry = parse_entry(line)
    return entry, entry.text()


@lru_cache(maxsize=4096)
def parse_entry(line, lenient=False):
    """The Entry of a rule line such as 'SERVER ROLE(R1) SERVICE(READ) ALLOW'.

    lenient (facts of a hand-made state): unknown SERVICE values are kept, not refused.
    """
    tokens = split(line)
    if not tokens:
        raise Invalid("empty rule entry")
    mask = ""
    if "(" not in tokens[0] and tokens[0].upper() not in FLAGS:
        mask, tokens = tokens[0], tokens[1:]
    who, services, dataset, other, flags = "", (), {}, {}, []
    for token in tokens:
        op = operand(token)      # SyntaxProblem for text after a closing parenthesis
        name = DATASET_SHORT.get(op.name, op.name) if op.value is not None else op.name
        if op.value is None:
            if name not in FLAGS:
                raise Unsupported(f"rule entry word {token}: not modeled by the dry-run engine")
            flags.append(name)
        elif name in WHO:
            if who:
                raise Invalid(f"rule entry {line}: only one of UID(), ROLE(), USER() (assumed message)")
            who = f"{name}({op.value})"
        elif name == "SERVICE":
            services = _services(op, lenient)
        elif name in DATASET_KEYWORDS:
            dataset[name] = _dataset_value(op)
        elif name in OTHER:
            other[name] = f"{name}({op.value})"
        else:
            raise Unsupported(f"rule entry keyword {op.name}: not modeled by the dry-run engine")
    if len(flags) > 1:
        raise Invalid(f"rule entry {line}: only one of ALLOW, LOG, PREVENT (assumed message)")
    if services and dataset:
        raise Invalid(f"rule entry {line}: SERVICE() is for resource rules, READ()/WRITE() for "
                      "data set rules (assumed message)")
    return Entry(mask, who, services, tuple((k, dataset[k]) for k in DATASET_KEYWORDS if k in dataset),
                 tuple(other[k] for k in OTHER if k in other), flags[0] if flags else "")


def _services(op, lenient):
    names = [word.upper() for word in op.words()]
    unknown = [name for name in names if name not in SERVICES]
    if unknown and not lenient:
        # KB 206578: the services are READ UPDATE ADD DELETE EXECUTE; CONTROL and
        # ALTER are SAF levels, not ACF2 services. ACF2's message id is not public.
        raise Invalid(f"SERVICE({op.value}): {', '.join(unknown)} is not an ACF2 service "
                      "(READ, UPDATE, ADD, DELETE, EXECUTE) (assumed message)")
    if not names:
        raise Invalid("SERVICE(): at least one service is needed (assumed message)")
    known = [name for name in SERVICES if name in names]
    return tuple(known + sorted(set(unknown)))


def _dataset_value(op):
    value = (op.value or "").strip().upper()
    if value not in DATASET_VALUES:
        raise Invalid(f"{op.name}({op.value}): the access is A, L or P (KB 54066) (assumed message)")
    return value


def level(entry, dataset):
    """The access level facts write for an entry.

    SAF's cumulative sets read back as READ/UPDATE/CONTROL/ALTER; any other
    set is written as ACF2 holds it (`SERVICE(UPDATE)`, `WRITE(A)`), which a
    READ check does not pass; PREVENT is NONE.
    """
    if entry.flag == "PREVENT":
        return "NONE"
    if dataset:
        return _dataset_level(entry)
    if not entry.services:
        return "ALLOW"     # no SERVICE(): which services that allows is UNVERIFIED
    if any(name not in SERVICES for name in entry.services):
        return f"?SERVICE({','.join(entry.services)})"
    return SERVICE_LEVELS.get(frozenset(entry.services), f"SERVICE({','.join(entry.services)})")


def _dataset_level(entry):
    allowed = {key for key, value in entry.dataset if value != "P"}
    if "READ" in allowed:
        allowed.add("EXEC")      # KB 54066: EXEC is raised to READ's access (ACF70050)
    if not allowed:
        return "NONE"
    named = DATASET_LEVELS.get(frozenset(allowed))
    if named:
        return named
    return " ".join(f"{key}(A)" for key in DATASET_KEYWORDS if key in allowed).replace(" ", "+")
