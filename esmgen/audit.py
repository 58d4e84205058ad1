"""Audit: the facts a spec requires against the facts an ESM state holds.

Both sides speak the vocabulary of esmgen.facts: the required facts come
from the renderer's backend (`explain --facts`), the state's from the
simulator (`dry-run --facts`, or a state read from an unload). This module
compares two such sets and knows neither side: it imports no renderer and
no simulator module, so the judgement cannot lean on how either is built.

Each fact name has a *key* (what identifies the thing) and a *value* (what
the spec says about it), e.g. `access CLASS NAME ID LEVEL` is keyed by
CLASS NAME ID and its value is LEVEL. A requirement is
* `present`   the state holds the same fact;
* `different` the state holds the key with another value (`actual`);
* `missing`   the state holds nothing with that key: not in effect;
* `unseen`    the source cannot show facts of this name (a RACF unload holds
              no SETROPTS options, so no `active CLASS`): not drift, and the
              report says what to check on the system instead.
Facts without a value (`user U`, `connect U G`, ...) are present or missing.

`extra` lists what the spec does not ask for on its own profiles (a CLASS
NAME of a required profile, access or uacc fact): access for ids the spec
does not grant, and a UACC the spec does not set. Extra access above NONE,
and a `different` access or UACC above the required level, widen access and
carry the RISK flag.
"""

import json
from typing import NamedTuple, Optional

PRESENT, MISSING, DIFFERENT, EXTRA, UNSEEN = "present", "missing", "different", "extra", "unseen"
STATUSES = (MISSING, DIFFERENT, UNSEEN, PRESENT)    # the report's order
WIDER = "RISK: wider access"

LEVELS = ("NONE", "READ", "UPDATE", "CONTROL", "ALTER")
RANK = {level: rank for rank, level in enumerate(LEVELS)}


class Shape(NamedTuple):
    """How one fact name's fields split into key and value."""
    arity: int              # fields after the name
    key: tuple              # positions of the key fields
    wide: int               # the field that takes the words left over (a label with blanks)

    def value(self):
        return tuple(i for i in range(self.arity) if i not in self.key)


# Per fact name of esmgen.facts (its docstring lists them with their fields).
SHAPES = {
    "user": Shape(1, (0,), 0),
    "protected": Shape(1, (0,), 0),
    "default-group": Shape(2, (0,), 1),         # U -> G: a user has one default group
    "omvs": Shape(3, (0,), 1),                  # U -> HOME PROGRAM
    "group": Shape(1, (0,), 0),
    "omvs-group": Shape(1, (0,), 0),
    "connect": Shape(2, (0, 1), 1),
    "member": Shape(2, (0, 1), 1),
    "dept": Shape(1, (0,), 0),
    "stc": Shape(3, (0,), 0),                   # PROC -> USER GROUP
    "facility": Shape(2, (0, 1), 1),
    "mastfac": Shape(2, (0, 1), 1),
    "active": Shape(1, (0,), 0),
    "profile": Shape(2, (0, 1), 1),
    "owns": Shape(3, (1, 2), 2),                # CLASS PREFIX -> ACID: a prefix has one owner
    "uacc": Shape(3, (0, 1), 1),                # CLASS NAME -> LEVEL
    "access": Shape(4, (0, 1, 2), 1),           # CLASS NAME ID -> LEVEL
    "passticket": Shape(1, (0,), 0),
    "idmap": Shape(2, (0, 1), 1),
    "certmap": Shape(2, (0, 1), 1),
    "cert": Shape(2, (0, 1), 1),
    "ring": Shape(2, (0, 1), 1),
    "ring-cert": Shape(5, (0, 1, 3, 4), 4),     # OWNER NAME CERTOWNER LABEL -> USAGE
    "ring-default": Shape(4, (0, 1), 3),        # OWNER NAME -> CERTOWNER LABEL: one default per ring
}

# facts on a profile: the CLASS NAME they name
ON_PROFILE = ("profile", "access", "uacc")


class Fact(NamedTuple):
    """One fact line split by its shape."""
    line: str
    name: str
    key: tuple
    value: tuple


def parse(line):
    """The Fact of a line; a line of an unknown name or too few fields is all key."""
    name, _, rest = line.partition(" ")
    words = rest.split(" ") if rest else []
    shape = SHAPES.get(name)
    if shape is None or len(words) < shape.arity:
        return Fact(line, name, tuple(words), ())
    spare = len(words) - shape.arity
    fields = words[:shape.wide] + [" ".join(words[shape.wide:shape.wide + spare + 1])] \
        + words[shape.wide + spare + 1:]
    return Fact(line, name, tuple(fields[i] for i in shape.key), tuple(fields[i] for i in shape.value()))


class Finding(NamedTuple):
    fact: str                   # the required fact, or the extra fact found
    status: str                 # present, missing, different, extra
    actual: Optional[str]       # the state's fact(s) with the same key ("; " between); None when missing
    risk: Optional[str]         # WIDER or None


class Audit(NamedTuple):
    requirements: list          # Finding per required fact, in fact order
    extra: list                 # Finding per extra fact

    def summary(self):
        counts = {status: 0 for status in (PRESENT, MISSING, DIFFERENT, UNSEEN)}
        for finding in self.requirements:
            counts[finding.status] += 1
        counts = {"required": len(self.requirements), **counts, EXTRA: len(self.extra)}
        counts["risk"] = sum(1 for f in self.requirements + self.extra if f.risk)
        return counts

    def clean(self):
        """Everything present as specified and nothing extra."""
        return not self.extra and all(f.status in (PRESENT, UNSEEN) for f in self.requirements)


def compare(required, found, unseen=()):
    """The Audit of required facts (lines) against the facts found in a state (lines);
    unseen: fact names the state's source cannot show."""
    have = set(found)
    by_key = {}
    for fact in map(parse, sorted(have)):
        by_key.setdefault((fact.name, fact.key), []).append(fact)
    wanted = [parse(line) for line in sorted(set(required))]
    findings = [Finding(fact.line, UNSEEN, None, None) if fact.name in unseen else _judge(fact, have, by_key)
                for fact in wanted]
    return Audit(findings, _extra(wanted, by_key))


def _judge(fact, have, by_key):
    if fact.line in have:
        return Finding(fact.line, PRESENT, fact.line, None)
    same_key = by_key.get((fact.name, fact.key))
    if not same_key:
        return Finding(fact.line, MISSING, None, None)
    wider = fact.name in ("access", "uacc") and any(_above(f.value[0], fact.value[0]) for f in same_key)
    return Finding(fact.line, DIFFERENT, "; ".join(f.line for f in same_key), WIDER if wider else None)


def _above(level, than):
    """level grants more than `than` (levels outside NONE..ALTER compare as nothing)."""
    return level in RANK and than in RANK and RANK[level] > RANK[than]


def _extra(wanted, by_key):
    """Access and UACC on the spec's own profiles that the spec does not ask for."""
    profiles = {fact.key[:2] for fact in wanted if fact.name in ON_PROFILE and len(fact.key) >= 2}
    asked = {(fact.name, fact.key) for fact in wanted}
    extra = []
    for (name, key), facts in sorted(by_key.items()):
        if name in ("access", "uacc") and key[:2] in profiles and (name, key) not in asked:
            for fact in facts:
                widens = not fact.value or fact.value[0] != "NONE"
                extra.append(Finding(fact.line, EXTRA, fact.line, WIDER if widens else None))
    return extra


# -- reports -------------------------------------------------------------------------

SECTION_TITLES = {MISSING: "Missing (not in effect)", DIFFERENT: "Different", EXTRA: "Extra (not in the spec)",
                  UNSEEN: "Not shown by this source (check on the system, e.g. SETROPTS LIST)", PRESENT: "Present"}


def summary_line(counts):
    line = (f"{counts['required']} requirements: {counts[PRESENT]} present, {counts[MISSING]} missing,"
            f" {counts[DIFFERENT]} different" + (f", {counts[UNSEEN]} not shown by the source" if counts[UNSEEN] else "")
            + f"; {counts[EXTRA]} extra")
    return line + (f"; {counts['risk']} flagged {WIDER}." if counts["risk"] else ".")


def _item(finding):
    text = f"- `{finding.fact}`"
    if finding.status == DIFFERENT:
        text += f": found `{finding.actual}`"
    return text + (f" **{finding.risk}**" if finding.risk else "")


def report_markdown(audit, state_label, spec_label, esm_title):
    """The report for people: summary, then missing, different, extra, present."""
    counts = audit.summary()
    out = [f"# esmgen audit: {state_label} against {spec_label} ({esm_title})", "", summary_line(counts), ""]
    out.append("Everything the spec requires is present as specified, and nothing extra."
               if audit.clean() else "The state has drifted from the spec.")
    sections = {status: [f for f in audit.requirements if f.status == status] for status in STATUSES}
    sections[EXTRA] = audit.extra
    for status in (MISSING, DIFFERENT, EXTRA, UNSEEN, PRESENT):
        if sections[status]:
            out += ["", f"## {SECTION_TITLES[status]}", ""] + [_item(f) for f in sections[status]]
    return "\n".join(out) + "\n"


def report_json(audit, state_label, spec_label, esm):
    """The report for programs: requirements [{fact, status, actual, risk}], extra, summary."""
    return json.dumps({
        "esm": esm, "state": state_label, "spec": spec_label,
        "requirements": [{"fact": f.fact, "status": f.status, "actual": f.actual, "risk": f.risk}
                         for f in audit.requirements],
        "extra": [{"fact": f.fact, "risk": f.risk} for f in audit.extra],
        "summary": audit.summary(),
    }, indent=1) + "\n"


# Which fields of a fact name a user, a group, or a "CLASS NAME" profile.
_NAMES = {"user": ("u",), "protected": ("u",), "default-group": ("u", "g"), "omvs": ("u",),
          "connect": ("u", "g"), "group": ("g",), "omvs-group": ("g",), "stc": ("proc", "u", "g"),
          "profile": ("p",), "uacc": ("p",), "access": ("p", "ug"), "passticket": ("appl",)}


def named_objects(facts):
    """The users, groups and profiles ("CLASS NAME") the facts name: all that a
    reader of a big database must hold for an audit of them (an id on an access
    list may be a user or a group; a started task's profile is PROC.* or PROC)."""
    users, groups, profiles = set(), set(), set()
    for line in facts:
        name, *fields = line.split(" ")
        roles = _NAMES.get(name, ())
        values = iter(fields)
        for role in roles:
            if role == "p":
                profiles.add(f"{next(values, '')} {next(values, '')}")
                continue
            value = next(values, "-")
            if role == "proc":
                profiles.update({f"STARTED {value}.*", f"STARTED {value}"})
            elif role == "appl":
                profiles.add(f"PTKTDATA {value}")
            else:
                if "u" in role:
                    users.add(value)
                if "g" in role:
                    groups.add(value)
    return {"users": users - {"-"}, "groups": groups - {"-"}, "profiles": profiles}
