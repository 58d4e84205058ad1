"""Operands of TSO-style commands: `NAME`, `NAME(value)`, `'quoted text'`.

Values may nest parentheses and contain apostrophe-quoted strings; `''`
inside quotes is one apostrophe. Anything unbalanced is a syntax error, as
it would be for the TSO parser.
"""

import re
from typing import NamedTuple, Optional


class SyntaxProblem(ValueError):
    """The command cannot be parsed (unbalanced parenthesis or apostrophe)."""


class Operand(NamedTuple):
    name: str                 # upper-cased keyword, or the bare word
    value: Optional[str]      # raw text inside the parentheses, None without them
    text: str = ""            # the token as written (a profile name keeps its case)

    def items(self):
        """The value split into sub-operands (blank or comma separated)."""
        return split(self.value or "", commas=True)

    def words(self):
        """The value's items as plain strings, quotes removed."""
        return [unquote(item) for item in split(self.value or "", commas=True)]


# A token: plain text, apostrophe strings ('' inside is one apostrophe) and
# parenthesised values nested up to three deep. A text made only of such
# tokens and separators is split by the regular expressions alone; anything
# else (deeper nesting, an unbalanced character) takes the careful path.
_QUOTED = r"'(?:[^']|'')*'"
_DEPTH3 = r"\((?:[^'()]|%s)*\)" % _QUOTED
_DEPTH2 = r"\((?:[^'()]|%s|%s)*\)" % (_QUOTED, _DEPTH3)
_DEPTH1 = r"\((?:[^'()]|%s|%s)*\)" % (_QUOTED, _DEPTH2)


def _token(plain):
    return r"(?:%s|%s|%s)+" % (plain, _QUOTED, _DEPTH1)


_TOKEN = re.compile(_token(r"[^ '()]+"))
_TOKEN_COMMAS = re.compile(_token(r"[^ ,'()]+"))
_WHOLE = re.compile(r" *(?:%s *)*" % _token(r"[^ '()]+"))
_WHOLE_COMMAS = re.compile(r"[ ,]*(?:%s[ ,]*)*" % _token(r"[^ ,'()]+"))

# The characters the careful path must look at; everything between them is copied as is.
_SPECIAL = re.compile(r"[ '()]")
_SPECIAL_COMMAS = re.compile(r"[ ,'()]")


def split(text, commas=False):
    """Split at blanks (and commas) outside quotes and parentheses."""
    if "'" not in text and "(" not in text and ")" not in text:
        return text.replace(",", " ").split() if commas else text.split()
    if (_WHOLE_COMMAS if commas else _WHOLE).fullmatch(text):
        return (_TOKEN_COMMAS if commas else _TOKEN).findall(text)
    return _split_carefully(text, commas)


def _split_carefully(text, commas):
    """split() one special character at a time: any depth, and the errors."""
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
