"""esmgen's cache: work that every run would repeat, done once and kept in the
user's cache directory ($XDG_CACHE_HOME/esmgen, else ~/.cache/esmgen):

- each Jinja template compiled to Python code (esmgen.renderer.render gives Jinja a
  bytecode cache over store());
- the validator fastjsonschema writes for esmgen's schema, compiled
  (esmgen.renderer.spec, with the extra `fast`);
- the data of each YAML file that ships with esmgen, the bundled catalog and
  the ESM tables, as the loader parsed it (load_data).

An entry is named by a SHA-256 digest of everything that decides its
content: for a template its text, name and file, the Jinja and Python
versions and the environment's options; for the validator the schema, the
settings and the fastjsonschema version; for data the file's bytes, how it
is parsed and the versions of esmgen, PyYAML and Python. A changed file
therefore never meets an old entry: it gets a new one. An entry that cannot
be read, is cut short or holds something else is ignored and the work is
done again; a directory that cannot be created or written leaves esmgen
doing the work in memory on every run, as it did before the cache. Entries
are marshal data (code objects, or dicts, lists and scalars), never pickles.
Writing an entry removes the entries of the same file that were not written
for KEEP_DAYS days, so edits do not pile up entries without end, while two
installed versions of esmgen in use at the same time keep one entry each.

The compiled code runs and the data becomes decks, so the cache directory
must be the user's own: one owned by someone else, or writable by group or
others, is not used (docs/security.md).
"""

import hashlib
import marshal
import os
import sys
import tempfile
import time

import yaml

from esmgen import __version__

FORMAT = b"esmgen cache entry 1\n"
KEEP_DAYS = 30
# What a data entry may hold at its top: a package file is a mapping or a
# list. (Inside, the types YAML's safe loaders build that marshal can store;
# data with a value marshal cannot store, a date say, is not cached.)
DATA_TYPES = (dict, list)


def cache_dir():
    """Where esmgen's cache lives: $XDG_CACHE_HOME/esmgen, else ~/.cache/esmgen.

    The XDG Base Directory specification says a relative $XDG_CACHE_HOME is
    to be ignored. None when there is no home directory to use.
    """
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "esmgen")


def usable_dir(path):
    """Create path (mode 0700) if need be; True when it is ours alone to trust."""
    if path is None:
        return False
    try:
        os.makedirs(path, mode=0o700, exist_ok=True)
        info = os.stat(path)
    except OSError:
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False
    return not info.st_mode & 0o022


def store():
    """The Store of the cache directory, or None when there is none to use.

    Looked up on every use, not once: it costs a stat, and the tests change
    XDG_CACHE_HOME between uses.
    """
    directory = cache_dir()
    return Store(directory) if usable_dir(directory) else None


class Store:
    """Entries in one directory: `<stem>-<key>.cache` (key: a hex digest),
    each a header naming itself followed by a marshal payload."""

    def __init__(self, directory):
        self.directory = directory

    def _path(self, stem, key):
        return os.path.join(self.directory, f"{stem}-{key}.cache")

    @staticmethod
    def _header(stem, key):
        return FORMAT + f"{stem}-{key}".encode("ascii") + b"\n"

    def read(self, stem, key):
        """The entry's value, or None when it is missing or unreadable."""
        try:
            with open(self._path(stem, key), "rb") as handle:
                data = handle.read()
        except OSError:
            return None
        header = self._header(stem, key)
        if not data.startswith(header):
            return None
        try:
            return marshal.loads(data[len(header):])
        except (EOFError, ValueError, TypeError):
            return None

    def write(self, stem, key, value):
        """Write the entry under a temporary name and rename it: a reader never
        sees half an entry. Failing to write only loses the saving."""
        try:
            payload = marshal.dumps(value)
        except ValueError:          # something marshal cannot store
            return
        try:
            handle, temporary = tempfile.mkstemp(dir=self.directory, prefix=".tmp-")
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(self._header(stem, key) + payload)
            os.replace(temporary, self._path(stem, key))
        except OSError:
            try:
                os.unlink(temporary)
            except OSError:
                pass
            return
        self._prune(stem, key)

    def _prune(self, stem, key):
        """Remove the stem's other entries that are older than KEEP_DAYS."""
        keep = os.path.basename(self._path(stem, key))
        limit = time.time() - KEEP_DAYS * 86400
        try:
            names = os.listdir(self.directory)
        except OSError:
            return
        for name in names:
            if (name.startswith(stem + "-") and name.endswith(".cache") and name != keep
                    and len(name) == len(keep)):            # the same stem, not a longer one
                path = os.path.join(self.directory, name)
                try:
                    if os.stat(path).st_mtime < limit:
                        os.unlink(path)
                except OSError:
                    pass


def entry_stem(kind, name):
    """A readable start of an entry's file name: template-racf-macros.j2."""
    return kind + "-" + "".join(c if (c.isascii() and c.isalnum()) or c in "._" else "-" for c in name)


def digest(*parts):
    return hashlib.sha256(b"\0".join(p if isinstance(p, bytes) else p.encode("utf-8")
                                     for p in parts)).hexdigest()


# -- parsed package data ----------------------------------------------------------

def load_data(path, raw, how, parse):
    """parse(raw), the data of the package file at path whose bytes are raw,
    from the cache when it holds it. `how` names the parser: entries of
    different parsers never mix."""
    entries = store()
    if entries is None:
        return parse(raw)
    # The file and its folder name the entry: racf/esm.yaml and tss/esm.yaml are pruned apart.
    stem = entry_stem("data", os.path.join(os.path.basename(os.path.dirname(path)), os.path.basename(path)))
    key = digest(repr((__version__, yaml.__version__, how, sys.version_info[:2], marshal.version)), raw)
    data = entries.read(stem, key)
    if isinstance(data, DATA_TYPES):
        return data
    data = parse(raw)
    if isinstance(data, DATA_TYPES):
        entries.write(stem, key, data)
    return data
