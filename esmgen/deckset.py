"""A deck set: every deck of a selection as PDS-safe members in one directory.

`esmgen render --out-dir DIR` writes, for each ESM of the selection, its
setup, verify and undo decks (RACFSET, RACFVER, RACFUND, ACF2SET, ...) and a
MANIFEST member recording what they were made from; `--check` writes nothing
and fails when a member is missing or out of date. File names are the member
names themselves (no extension), so the directory uploads 1:1 into a PDS.

This module must not import esmgen.cli (the CLI imports it).
"""

import hashlib
import json
import os

from esmgen import __version__, api
from esmgen.errors import EsmgenError
from esmgen.esm import ESMS
from esmgen.files import write_atomic
from esmgen.rules import ID_RE

KINDS = ("setup", "verify", "undo")
FORMATS = ("jcl", "tso")
MANIFEST = "MANIFEST"
_KIND_SUFFIX = {"setup": "SET", "verify": "VER", "undo": "UND"}


def member_name(esm, kind):
    """The PDS member for one ESM's deck of one kind: RACFSET, TSSUND, ..."""
    name = esm.upper() + _KIND_SUFFIX[kind]
    _check_name(name)
    return name


def _check_name(name):
    if not isinstance(name, str) or not ID_RE.fullmatch(name):
        raise EsmgenError(f"'{name}' is not a PDS-safe member name:"
                          " 1-8 characters A-Z 0-9 # $ @, the first not a digit")


def _encode(name, text):
    """The bytes written for a member: ASCII, "\\n" line ends."""
    try:
        return text.encode("ascii")
    except UnicodeEncodeError as exc:
        raise EsmgenError(f"member {name}: text is not ASCII"
                          f" (character {exc.start + 1}: {text[exc.start]!r})") from None


def manifest_text(loaded, fmt, members):
    """Deterministic JSON (sorted keys, no timestamps) describing the members."""
    files = {name: hashlib.sha256(_encode(name, text)).hexdigest()
             for name, text in members.items()}
    manifest = {
        "esmgen": __version__,
        "spec": loaded.spec_label,
        "spec_sha256": loaded.spec_sha256,
        "components": list(loaded.selected),
        "format": fmt,
        "files": files,
    }
    return json.dumps(manifest, sort_keys=True, indent=2, ensure_ascii=True) + "\n"


def plan_deck_set(loaded, esm, fmt="jcl", job=None):
    """Render every deck of a set in memory: {member name: text}.

    `esm` is racf, acf2, tss or all; each ESM gets its own setup, verify and
    undo deck (with all, three single-ESM decks per kind, not the combined
    product job), plus MANIFEST. Both `render --out-dir` and `--check` call
    this first; nothing is written here.
    """
    if esm not in ESMS + ("all",):
        raise EsmgenError(f"unknown ESM '{esm}': choose {', '.join(ESMS)} or all")
    if fmt not in FORMATS:
        raise EsmgenError(f"unknown format '{fmt}': choose {' or '.join(FORMATS)}")
    members = {}
    for name in api.esms_for(esm):
        for kind in KINDS:
            member = member_name(name, kind)
            text = api.render(loaded, name, kind, fmt, job)
            _encode(member, text)
            members[member] = text
    members[MANIFEST] = manifest_text(loaded, fmt, members)
    _check_name(MANIFEST)
    return members


def _ordered(members):
    """Member names with MANIFEST last, so a new manifest never precedes its decks."""
    return sorted(members, key=lambda name: (name == MANIFEST, name))


def write_deck_set(directory, members):
    """Write a planned set into `directory` (created if needed); returns the member names.

    Used by `render --out-dir DIR` (without --check). Each member is its own
    file, named exactly as the member, written atomically (temp file in the
    same directory, then os.replace); MANIFEST goes last. Other files in the
    directory are left alone.
    """
    for name in members:
        _check_name(name)
    data = {name: _encode(name, text) for name, text in members.items()}
    os.makedirs(directory, exist_ok=True)
    written = []
    for name in _ordered(data):
        write_atomic(os.path.join(directory, name), data[name])
        written.append(name)
    return written


def stale_members(directory, members):
    """Sorted member names whose file is missing or differs (byte for byte) from the plan.

    Used by `render --out-dir DIR --check`: it writes nothing, and the CLI
    exits 1 when this list is not empty, 0 when every member is current.
    Files in the directory that are not members are ignored.
    """
    stale = []
    for name, text in members.items():
        _check_name(name)
        try:
            with open(os.path.join(directory, name), "rb") as handle:
                current = handle.read()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            current = None
        if current != _encode(name, text):
            stale.append(name)
    return sorted(stale)
