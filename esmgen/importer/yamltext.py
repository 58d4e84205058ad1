"""The YAML text of a spec document: block style, two-space indent, keys in
the document's order, one meaning at any YAML version.

A string is written plain only when it cannot be read as anything else: it
starts with a letter, `_` or `/`, holds only letters, digits and `_ . $ # @ /
-`, and is not a YAML 1.1 boolean or null word (`NO` is false there). Every
other string is double-quoted with JSON's escapes, which YAML reads alike.
A list of plain strings is written in flow style (`[racf, tss]`).
"""

import json
import re

PLAIN_RE = re.compile(r"[A-Za-z_/][A-Za-z0-9_.$#@/-]*")
# printable ASCII without quote or backslash: double-quoted as it is (what json.dumps writes too)
QUOTABLE_RE = re.compile(r'[\x20-\x21\x23-\x5b\x5d-\x7e]*')
# YAML 1.1 booleans and nulls (case-insensitive): never plain
RESERVED = frozenset("y n yes no on off true false null".split())


def scalar(value):
    """One scalar as YAML text."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if PLAIN_RE.fullmatch(value) and value.lower() not in RESERVED:
        return value
    return quoted(value)


def quoted(text):
    """A double-quoted string, read alike as YAML and JSON: printable ASCII
    without quote or backslash as it is, else with JSON's escapes."""
    return f'"{text}"' if QUOTABLE_RE.fullmatch(text) else json.dumps(text)


def dump(doc):
    """The text of a document (a dict), ending with a line break."""
    lines = []
    _mapping(doc, "", lines, {})
    return "\n".join(lines) + "\n"


def _mapping(mapping, indent, lines, said, first_prefix=None):
    """said: {value: its YAML text} of the strings written so far (names repeat)."""
    prefix = first_prefix if first_prefix is not None else indent
    for key, value in mapping.items():
        head = f"{prefix}{key}:"
        prefix = indent
        if isinstance(value, str):
            text = said.get(value)
            if text is None:
                text = said[value] = scalar(value)
            lines.append(f"{head} {text}")
        elif isinstance(value, dict):
            lines.append(head)
            _mapping(value, indent + "  ", lines, said)
        elif isinstance(value, list):
            _sequence(head, value, indent, lines, said)
        else:
            lines.append(f"{head} {scalar(value)}")


def _sequence(head, value, indent, lines, said):
    if not value:
        lines.append(f"{head} []")
        return
    if all(isinstance(v, str) and scalar(v) == v for v in value):
        lines.append(f"{head} [{', '.join(value)}]")
        return
    lines.append(head)
    for item in value:
        if isinstance(item, dict):
            _mapping(item, indent + "    ", lines, said, first_prefix=indent + "  - ")
        else:
            lines.append(f"{indent}  - {scalar(item)}")
