"""Operands of TSO-style commands: `NAME`, `NAME(value)`, `'quoted text'`.

Values may nest parentheses and contain apostrophe-quoted strings; `''`
inside quotes is one apostrophe. Anything unbalanced is a syntax error, as
it would be for the TSO parser.
"""

import re
from dataclasses import dataclass
from typing import Optional


class SyntaxProblem(ValueError):
    """The command cannot be parsed (unbalanced parenthesis or apostrophe)."""


@dataclass(frozen=True)
class Operand:
    name: str                 # upper-cased keyword, or the bare word
    value: Optional[str]      # raw text inside the parentheses, None without them
    text: str = ""            # the token as written (a profile name keeps its case)

    def items(self):
        """The value split into sub-operands (blank or comma separated)."""
        return split(self.value or "", commas=True)

    def words(self):
        """The value's items as plain strings, quotes removed."""
        return [unquote(item) for item in split(self.value or "", commas=True)]


# The characters split() must look at; everything between them is copied as is.
_SPECIAL = re.compile(r"[ '()]")
_SPECIAL_COMMAS = re.compile(r"[ ,'()]")


def split(text, commas=False):
    """Split at blanks (and commas) outside quotes and parentheses.

    Only the special characters are visited (a regular expression finds
    them), so a long operand costs one step, not one per character.
    """
    if "'" not in text and "(" not in text and ")" not in text:
        return text.replace(",", " ").split() if commas else text.split()
    items, start, depth, quoted = [], 0, 0, False
    for match in (_SPECIAL_COMMAS if commas else _SPECIAL).finditer(text):
        char = match.group()
        if char == "'":
            quoted = not quoted
        elif quoted:
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                raise SyntaxProblem(f"unbalanced parenthesis in: {text}")
        elif depth == 0:          # a separator outside quotes and parentheses
            position = match.start()
            if position > start:
                items.append(text[start:position])
            start = position + 1
    if quoted:
        raise SyntaxProblem(f"unbalanced apostrophe in: {text}")
    if depth:
        raise SyntaxProblem(f"unbalanced parenthesis in: {text}")
    if start < len(text):
        items.append(text[start:])
    return items


def operand(token):
    """One token as an Operand."""
    if token.startswith("'"):
        return Operand(unquote(token), None, token)
    if "(" in token:
        if not token.endswith(")"):
            raise SyntaxProblem(f"text after the closing parenthesis: {token}")
        name, _, rest = token.partition("(")
        # TSO parse takes blanks next to the parentheses as separators: `UACC( NONE)`,
        # as a `+` continuation after `(` leaves it, is UACC(NONE)
        return Operand(name.upper(), rest[:-1].strip(" "), token)
    return Operand(token.upper(), None, token)


def parse(text):
    """(verb, [Operand, ...]) of a command."""
    tokens = split(text)
    if not tokens:
        raise SyntaxProblem("empty command")
    return tokens[0].upper(), [operand(token) for token in tokens[1:]]


def unquote(text):
    """'O''Brien' -> O'Brien; unquoted text is returned as it is."""
    if len(text) >= 2 and text.startswith("'") and text.endswith("'"):
        return text[1:-1].replace("''", "'")
    return text
