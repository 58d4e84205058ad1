"""The outcome of one command, in one vocabulary for every side of esmgen.

The simulator (`dry-run`) and the listing checker (`check-output`) both
give each command one of these outcomes; a deck marks the steps whose
failure it plans with a comment both readers recognise:

    /* esmgen-expect: exists */        (in ACF mode: * esmgen-expect: exists)

before a create that a second run finds done (the alter after it
converges the object), or `not-found` before a delete that clears the way
for an add. A marked command that ends with one of its planned outcomes is
`expected`; an unmarked one is judged as it is, so a hand-written deck is
judged strictly. This module is neutral: it imports nothing of esmgen.
"""

import re
from functools import lru_cache

OK = "ok"
EXPECTED = "expected"            # a planned outcome of a marked step
EXISTS = "exists"                # the object was already there: nothing changed
NOT_FOUND = "not-found"
UNKNOWN = "unknown"              # check-output: a message id no table knows
ERROR = "error"
NOT_AUTHORIZED = "not-authorized"
UNKNOWN_COMMAND = "unknown-command"
UNSUPPORTED = "unsupported"      # dry-run: a command or operand the simulator does not model

# Best first, worst last: a command's worst message decides its outcome.
SEVERITY = (OK, EXPECTED, EXISTS, NOT_FOUND, UNKNOWN, UNSUPPORTED, ERROR, NOT_AUTHORIZED, UNKNOWN_COMMAND)
PASSING = (OK, EXPECTED)
PLANNABLE = (EXISTS, NOT_FOUND)  # outcomes a deck may mark as planned

MARKER = "esmgen-expect:"
_MARKER_TEXT = re.compile(r"esmgen-expect:\s*((?:exists|not-found)(?:\s*,\s*(?:exists|not-found))*)\s*")
_TSO_COMMENT = re.compile(r"\s*/\*\s*(.*?)\s*\*/\s*")
_STAR_COMMENT = re.compile(r"\*\s*(.*?)\s*")


def marker_text(outcomes):
    """The comment text that marks the next command's planned outcomes."""
    planned = [o for o in outcomes if o in PLANNABLE]
    if not planned or len(planned) != len(outcomes):
        raise ValueError(f"a deck can plan only {', '.join(PLANNABLE)}: {outcomes}")
    return f"{MARKER} {', '.join(planned)}"


@lru_cache(maxsize=256)           # a deck repeats a few marker records many times
def marker_outcomes(record, star=False):
    """The planned outcomes a comment record marks, or None when it is no marker.

    record: one whole deck record; star: ACF mode, where `*` in column 1
    starts a comment.
    """
    if MARKER not in record:
        return None                   # most comments: no regular expression needed
    match = (_STAR_COMMENT if star else _TSO_COMMENT).fullmatch(record)
    if match is None:
        return None
    found = _MARKER_TEXT.fullmatch(match.group(1))
    if found is None:
        return None
    return frozenset(part.strip() for part in found.group(1).split(","))


def judged(outcome, planned):
    """The outcome as reported: `expected` when the deck planned it."""
    return EXPECTED if planned and outcome in planned else outcome


def passing(outcome):
    return outcome in PASSING


def worst(outcomes):
    return max(outcomes, key=SEVERITY.index, default=OK)
