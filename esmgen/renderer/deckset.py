"""A deck set: every deck of a selection as PDS-safe members in one directory.

`esmgen render --out-dir DIR` writes, for each ESM of the selection, its
setup, verify and undo decks (RACFSET, RACFVER, RACFUND, ACF2SET, ...) and a
MANIFEST member recording what they were made from; `--check` writes nothing
and fails when a member is missing or out of date. File names are the member
names themselves (no extension), so the directory uploads 1:1 into a PDS.

This module must not import esmgen.cli (the CLI imports it).
"""

import difflib
import hashlib
import os
import textwrap

from esmgen import __version__, api, esms
from esmgen.errors import EsmgenError
from esmgen.files import write_atomic
from esmgen.renderer.rules import ID_RE
from esmgen.renderer.secrets import InertSecrets, Recorded

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


MANIFEST_WIDTH = 80        # an FB 80 PDS member


def manifest_text(loaded, fmt, members, secret=(), placeholders=()):
    """Deterministic records of at most 80 columns describing the members.

    One `KEY value` per record: `esmgen`, `format`, `spec` (a long label is
    carried on `spec+` records), `spec-sha256`, a `component` record per
    component, then a `member NAME SHA256` record per member, and `secret
    NAME` for members that hold secret values and `placeholder NAME` for
    members that stand in for a deck with secrets (without --with-secrets).
    `parse_manifest` reads it back.
    """
    label = loaded.spec_label
    room = MANIFEST_WIDTH - len("spec+ ")
    records = ["* esmgen deck set: what these members were made from, and their sha256",
               f"esmgen {__version__}", f"format {fmt}"]
    records += [("spec " if i == 0 else "spec+ ") + label[i:i + room] for i in range(0, len(label), room)]
    records += [f"spec-sha256 {loaded.spec_sha256}"]
    records += [f"component {name}" for name in loaded.selected]
    records += [f"member {name} {hashlib.sha256(_encode(name, text)).hexdigest()}"
                for name, text in sorted(members.items())]
    records += [f"secret {name}" for name in sorted(secret)]
    records += [f"placeholder {name}" for name in sorted(placeholders)]
    assert max(map(len, records)) <= MANIFEST_WIDTH
    return "\n".join(records) + "\n"


def parse_manifest(text):
    """{"esmgen", "format", "spec", "spec_sha256", "components", "members": {NAME: sha256},
    "secret": [...], "placeholders": [...]} of a MANIFEST; EsmgenError when it is not one."""
    found = {"spec": "", "components": [], "members": {}, "secret": [], "placeholders": []}
    for number, record in enumerate(text.splitlines(), 1):
        key, _, value = record.partition(" ")
        if key == "*" or not record:
            continue
        if key in ("esmgen", "format"):
            found[key] = value
        elif key in ("spec", "spec+"):
            found["spec"] += value
        elif key == "spec-sha256":
            found["spec_sha256"] = value
        elif key == "component":
            found["components"].append(value)
        elif key == "member" and len(value.split()) == 2:
            name, digest = value.split()
            found["members"][name] = digest
        elif key in ("secret", "placeholder"):
            found["secret" if key == "secret" else "placeholders"].append(value)
        else:
            raise EsmgenError(f"MANIFEST record {number} is not one esmgen writes")
    return found


def plan_deck_set(loaded, esm, fmt="jcl", job=None, with_secrets=False):
    """Render every deck of a set in memory: {member name: text}.

    `esm` is racf, acf2, tss or all; each ESM gets its own setup, verify and
    undo deck (with all, three single-ESM decks per kind, not the combined
    product job), plus MANIFEST. Both `render --out-dir` and `--check` call
    this first; nothing is written here.

    A setup deck that needs secrets is a placeholder (comments only, saying
    how to get the deck) unless with_secrets is set: deck sets are meant
    for version control, secrets are not. `secret_members(members)` names
    the members that do hold secrets.
    """
    if esm not in esms.NAMES + ("all",):
        raise EsmgenError(f"unknown ESM '{esm}': choose {', '.join(esms.NAMES)} or all")
    if fmt not in FORMATS:
        raise EsmgenError(f"unknown format '{fmt}': choose {' or '.join(FORMATS)}")
    members, secret, placeholders = {}, [], []
    for name in api.esms_for(esm):
        for kind in KINDS:
            member = member_name(name, kind)
            asked = Recorded(InertSecrets())
            text = api.render(loaded, name, kind, fmt, job, secrets=asked)
            if asked.used and with_secrets:
                text = api.render(loaded, name, kind, fmt, job)
                secret.append(member)
            elif asked.used:
                text = placeholder_text(name, kind, fmt, asked.used)
                placeholders.append(member)
            _encode(member, text)
            members[member] = text
    members[MANIFEST] = manifest_text(loaded, fmt, members, secret, placeholders)
    _check_name(MANIFEST)
    return members


def placeholder_text(esm, kind, fmt, names):
    """A member that stands in for a deck with secrets: comments only, never runnable."""
    lines = [f"esmgen {__version__}: placeholder for the {esm.upper()} {kind} deck.",
             f"That deck holds secret values ({', '.join(names)}), so deck sets leave it out.",
             f"Get it with: esmgen render --esm {esm} --kind {kind} --format {fmt} --secrets FILE",
             "or write the set with --with-secrets and keep those members out of version control."]
    wrapped = [part for line in lines for part in textwrap.wrap(line, 62, break_on_hyphens=False)]
    if fmt == "jcl":
        return "".join(f"//* {line}\n" for line in wrapped)
    return "".join(f"/* {line:<62} */\n" for line in wrapped)


def secret_members(members):
    """Members of a planned set that hold secret values (from its MANIFEST)."""
    return set(parse_manifest(members[MANIFEST])["secret"])


def _ordered(members):
    """Member names with MANIFEST last, so a new manifest never precedes its decks."""
    return sorted(members, key=lambda name: (name == MANIFEST, name))


def write_deck_set(directory, members):
    """Write a planned set into `directory` (created if needed); returns the member names.

    Used by `render --out-dir DIR` (without --check). Each member is its own
    file, named exactly as the member, written atomically; MANIFEST goes last.
    Members the directory's old MANIFEST lists but the new set does not are
    removed (esmgen wrote them); other files are left alone.
    """
    for name in members:
        _check_name(name)
    data = {name: _encode(name, text) for name, text in members.items()}
    secret = secret_members(members)
    try:
        os.makedirs(directory, exist_ok=True)
    except OSError as exc:
        raise EsmgenError(f"{directory}: cannot create the directory: {exc.strerror}") from None
    gone = extra_members(directory, members)
    written = []
    for name in _ordered(data):
        write_atomic(os.path.join(directory, name), data[name], secret=name in secret)
        written.append(name)
    for name in gone:
        try:
            os.unlink(os.path.join(directory, name))
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise EsmgenError(f"{os.path.join(directory, name)}: cannot remove: {exc.strerror}") from None
    return written


def _read(path):
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None
    except OSError as exc:
        raise EsmgenError(f"{path}: cannot read: {exc.strerror}") from None


def extra_members(directory, members):
    """Members the directory's MANIFEST lists that the planned set does not have."""
    old = _read(os.path.join(directory, MANIFEST))
    if old is None:
        return []
    try:
        listed = parse_manifest(old.decode("ascii", "replace"))["members"]
    except EsmgenError:
        return []
    return sorted(name for name in listed if name not in members and ID_RE.fullmatch(name))


def check_deck_set(directory, members):
    """[(member, state, detail)] for every member that is not current, sorted by name.

    state is `missing` (no file), `stale` (the file differs; detail is a short
    unified diff) or `extra` (the directory's MANIFEST lists it, the set no
    longer has it). Used by `render --out-dir DIR --check`, which writes
    nothing and exits 1 when the list is not empty.
    """
    found = []
    for name, text in sorted(members.items()):
        _check_name(name)
        current = _read(os.path.join(directory, name))
        wanted = _encode(name, text)
        if current is None:
            found.append((name, "missing", ""))
        elif current != wanted:
            found.append((name, "stale", _short_diff(name, current, wanted)))
    found += [(name, "extra", "") for name in extra_members(directory, members)]
    return sorted(found)


def _short_diff(name, current, wanted, limit=20):
    """The first lines of a unified diff between the member's file and the planned text."""
    diff = list(difflib.unified_diff(current.decode("ascii", "replace").splitlines(),
                                     wanted.decode("ascii").splitlines(),
                                     f"{name} (in the directory)", f"{name} (from the spec)", lineterm="", n=1))
    more = len(diff) - limit
    return "\n".join(diff[:limit] + ([f"... {more} more diff lines"] if more > 0 else []))


def stale_members(directory, members):
    """Sorted names of the members that are missing, stale or extra (check_deck_set)."""
    return [name for name, _, _ in check_deck_set(directory, members)]
