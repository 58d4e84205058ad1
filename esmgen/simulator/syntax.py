"""Operands of TSO-style commands: `NAME`, `NAME(value)`, `'quoted text'`.

Values may nest parentheses and contain apostrophe-quoted strings; `''`
inside quotes is one apostrophe. Anything unbalanced is a syntax error, as
it would be for the TSO parser.
"""

import re
from functools import lru_cache
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


# The characters the careful path looks at; everything between them is copied as is.
_SPECIAL = re.compile(r"[ '()]")
_SPECIAL_COMMAS = re.compile(r"[ ,'()]")
# A text whose parentheses balance and nest at most two deep (ACF2's
# RECKEY k ADD(UID(x) SERVICE(READ) ALLOW)), as almost every command's do.
_BALANCED = re.compile(r"[^()]*(?:\((?:[^()]|\([^()]*\))*\)[^()]*)*")
# The same with no blank inside the parentheses: the words are the tokens.
_NO_BLANK_INSIDE = re.compile(r"[^()]*(?:\((?:[^() ]|\([^() ]*\))*\)[^()]*)*")


def split(text, commas=False):
    """Split at blanks (and commas) outside quotes and parentheses."""
    if "'" not in text:
        if "(" not in text and ")" not in text:
            return text.replace(",", " ").split() if commas else text.split()
        if not commas and "  " not in text:
            if _NO_BLANK_INSIDE.fullmatch(text):
                return text.strip(" ").split(" ")     # every word is a whole token
            if _BALANCED.fullmatch(text):
                return _split_balanced(text)
    elif not commas and "\0" not in text:
        return _split_quoted(text)
    return _split_carefully(text, commas)


_HIDDEN = re.compile("\0(\\d+)\0")


def _split_quoted(text):
    """split() of a text with apostrophe strings: each string is hidden behind a
    placeholder with no blank or parenthesis, the rest split as above, and the
    strings put back; anything unusual takes the careful path."""
    parts = text.split("'")
    if len(parts) % 2 == 0:
        return _split_carefully(text, False)          # an apostrophe is not closed: its error
    strings = parts[1::2]
    outside = parts[0::2]
    hidden = "".join(part + (f"\0{index}\0" if index < len(strings) else "")
                     for index, part in enumerate(outside))
    if "  " in hidden or ("(" in hidden or ")" in hidden) and not _BALANCED.fullmatch(hidden):
        return _split_carefully(text, False)
    words = _split_balanced(hidden) if "(" in hidden or ")" in hidden else hidden.split(" ")
    return [_HIDDEN.sub(lambda m: f"'{strings[int(m.group(1))]}'", word) if "\0" in word else word
            for word in words if word]


def _split_balanced(text):
    """split() of a text _BALANCED matches, with single blanks: words are joined
    again while a parenthesis they opened is still open."""
    tokens, pending, depth = [], None, 0
    for word in text.split(" "):
        if not word:
            continue
        opened = word.count("(") - word.count(")") if "(" in word or ")" in word else 0
        if pending is None:
            if opened == 0:
                tokens.append(word)
            else:
                pending, depth = word, opened
            continue
        pending, depth = f"{pending} {word}", depth + opened
        if depth == 0:
            tokens.append(pending)
            pending = None
    return tokens


def _split_carefully(text, commas):
    """split() one special character at a time: quotes, any depth, and the errors."""
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


@lru_cache(maxsize=8192)
def operand(token):
    """One token as an Operand (cached: decks repeat tokens such as ACCESS(READ))."""
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
