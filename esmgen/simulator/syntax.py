"""Operands of TSO-style commands: `NAME`, `NAME(value)`, `'quoted text'`.

Values may nest parentheses and contain apostrophe-quoted strings; `''`
inside quotes is one apostrophe. Anything unbalanced is a syntax error, as
it would be for the TSO parser.
"""

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


def split(text, commas=False):
    """Split at blanks (and commas) outside quotes and parentheses."""
    items, current, depth, quoted = [], [], 0, False
    separators = " ," if commas else " "
    for char in text:
        if char == "'":
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
            if depth < 0:
                raise SyntaxProblem(f"unbalanced parenthesis in: {text}")
        if char in separators and not quoted and depth == 0:
            if current:
                items.append("".join(current))
                current = []
            continue
        current.append(char)
    if quoted:
        raise SyntaxProblem(f"unbalanced apostrophe in: {text}")
    if depth:
        raise SyntaxProblem(f"unbalanced parenthesis in: {text}")
    if current:
        items.append("".join(current))
    return items


def operand(token):
    """One token as an Operand."""
    if token.startswith("'"):
        return Operand(unquote(token), None, token)
    if "(" in token:
        if not token.endswith(")"):
            raise SyntaxProblem(f"text after the closing parenthesis: {token}")
        name, _, rest = token.partition("(")
        return Operand(name.upper(), rest[:-1], token)
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
