"""JCL IF/THEN/ELSE/ENDIF conditions, decided before the job runs where that is possible.

The relational expression (z/OS MVS JCL Reference, "IF/THEN/ELSE/ENDIF
statement construct", "Relational-expression keywords", "Priorities of
operators"):

* keywords RC, ABEND, ABENDCC, RUN, alone or after `stepname.` (or
  `stepname.procstep.`); ABEND and RUN also stand alone, meaning `= TRUE`;
* comparisons GT > LT < NG ¬> NL ¬< EQ = NE ¬= GE >= LE <=, then NOT ¬,
  AND &, OR |, with parentheses;
* RC is the highest return code of the steps that ran so far (0 when none
  has); an expression naming a step that did not run is false.

A simulator knows none of the return codes: a condition is decided only
when it does not depend on a step that runs before it (`RC = 0` ahead of
every step is true; `STEP9.RC = 0` naming a later step is false).
Otherwise the answer is None (unknown), and the reader refuses the steps
that depend on it rather than guess.
"""

import re

_TOKEN = re.compile(r"\s*(¬=|¬>|¬<|>=|<=|=|>|<|¬|&|\||\(|\)|[A-Z0-9#$@.]+)")
_COMPARE = {
    "GT": lambda a, b: a > b, ">": lambda a, b: a > b,
    "LT": lambda a, b: a < b, "<": lambda a, b: a < b,
    "NG": lambda a, b: a <= b, "¬>": lambda a, b: a <= b,
    "NL": lambda a, b: a >= b, "¬<": lambda a, b: a >= b,
    "EQ": lambda a, b: a == b, "=": lambda a, b: a == b,
    "NE": lambda a, b: a != b, "¬=": lambda a, b: a != b,
    "GE": lambda a, b: a >= b, ">=": lambda a, b: a >= b,
    "LE": lambda a, b: a <= b, "<=": lambda a, b: a <= b,
}
_KEYWORDS = ("RC", "ABEND", "ABENDCC", "RUN")


class ConditionError(ValueError):
    """The expression is not a JCL relational expression."""


def decide(expression, ran):
    """True, False or None (unknown) for an IF expression; ran: names of the steps before it
    that run (an unnamed step as "")."""
    tokens = _tokens(expression.upper().replace("\\", "¬"))
    parser = _Parser(tokens, list(ran))
    value = parser.expression()
    if parser.position != len(tokens):
        raise ConditionError(f"unexpected {tokens[parser.position]!r} in: {expression}")
    return value


def _tokens(text):
    tokens, position = [], 0
    text = text.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match:
            raise ConditionError(f"cannot read: {text[position:]}")
        tokens.append(match.group(1))
        position = match.end()
        while position < len(text) and text[position] == " ":
            position += 1
    return tokens


class _Parser:
    def __init__(self, tokens, ran):
        self.tokens = tokens
        self.position = 0
        self.ran = ran

    def peek(self):
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self):
        token = self.peek()
        if token is None:
            raise ConditionError("the expression ends too early")
        self.position += 1
        return token

    def expression(self):
        value = self.conjunction()
        while self.peek() in ("OR", "|"):
            self.take()
            value = _or(value, self.conjunction())
        return value

    def conjunction(self):
        value = self.negation()
        while self.peek() in ("AND", "&"):
            self.take()
            value = _and(value, self.negation())
        return value

    def negation(self):
        if self.peek() in ("NOT", "¬"):
            self.take()
            value = self.negation()
            return None if value is None else not value
        return self.primary()

    def primary(self):
        token = self.take()
        if token == "(":
            value = self.expression()
            if self.take() != ")":
                raise ConditionError("a parenthesis is not closed")
            return value
        step, keyword = _keyword(token)
        if self.peek() in _COMPARE:
            compare = _COMPARE[self.take()]
            return self.compared(step, keyword, compare, self.take())
        if keyword in ("ABEND", "RUN"):
            return self.compared(step, keyword, _COMPARE["="], "TRUE")
        raise ConditionError(f"{token} needs a comparison")

    def compared(self, step, keyword, compare, operand):
        if step is not None and step not in self.ran:
            return False               # a step that did not run: the expression is false
        if keyword == "RC":
            if not operand.isdigit():
                raise ConditionError(f"RC compares with a number, not {operand}")
            return compare(0, int(operand)) if step is None and not self.ran else None
        if keyword in ("ABEND", "RUN"):
            if operand not in ("TRUE", "FALSE"):
                raise ConditionError(f"{keyword} compares with TRUE or FALSE, not {operand}")
            if step is None and not self.ran and keyword == "ABEND":
                return compare(False, operand == "TRUE")
            return None
        # ABENDCC: no abend code before any step has run
        return compare("", operand) if step is None and not self.ran else None


def _keyword(token):
    """(step name or None, keyword) of RC, STEP.RC, STEP.PROCSTEP.RC ..."""
    parts = token.split(".")
    if parts[-1] not in _KEYWORDS or len(parts) > 3:
        raise ConditionError(f"{token} is not RC, ABEND, ABENDCC or RUN")
    return (parts[0] if len(parts) > 1 else None), parts[-1]


def _or(left, right):
    if left is True or right is True:
        return True
    return None if left is None or right is None else False


def _and(left, right):
    if left is False or right is False:
        return False
    return None if left is None or right is None else True
