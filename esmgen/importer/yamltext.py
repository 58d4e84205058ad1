"""The YAML text of a spec document: block style, two-space indent, keys in
the document's order, one meaning at any YAML version.

A string is written plain only when it cannot be read as anything else: it
starts with a letter, `_` or `/`, holds only letters, digits and `_ . $ # @ /
-`, and is not a YAML 1.1 boolean or null word (`NO` is false there). Every
other string is double-quoted with JSON's escapes, which YAML reads alike.
A list of plain scalars is written in flow style (`[racf, tss]`).
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
    if QUOTABLE_RE.fullmatch(value):
        return f'"{value}"'
    return json.dumps(value)


def dump(doc):
    """The text of a document (a dict), ending with a line break."""
    lines = []
    _mapping(doc, "", lines)
    return "\n".join(lines) + "\n"


def _mapping(mapping, indent, lines, first_prefix=None):
    prefix = first_prefix if first_prefix is not None else indent
    for key, value in mapping.items():
        _entry(f"{prefix}{key}:", value, indent, lines)
        prefix = indent


def _entry(head, value, indent, lines):
    if isinstance(value, dict):
        lines.append(head)
        _mapping(value, indent + "  ", lines)
    elif isinstance(value, list):
        if value and all(not isinstance(v, (dict, list)) for v in value) and \
                all(scalar(v) == v for v in value if isinstance(v, str)):
            lines.append(f"{head} [{', '.join(scalar(v) for v in value)}]")
            return
        lines.append(head if value else f"{head} []")
        for item in value:
            if isinstance(item, dict):
                _mapping(item, indent + "    ", lines, first_prefix=indent + "  - ")
            else:
                lines.append(f"{indent}  - {scalar(item)}")
    else:
        lines.append(f"{head} {scalar(value)}")
