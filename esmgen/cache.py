"""The compiled-template cache: each Jinja template is compiled to Python
code once, and later runs load that code from the user's cache directory
($XDG_CACHE_HOME/esmgen, else ~/.cache/esmgen).

An entry is named by a SHA-256 digest of everything that decides the
compiled code: the template's text, its name and file, the Jinja and Python
versions and the environment's options. A changed template therefore never
meets old code: it gets a new entry. An entry that cannot be read, is cut
short or holds something else is ignored and the template is compiled again;
a directory that cannot be created or written leaves esmgen compiling in
memory, as it did before the cache. Only code objects are stored
(marshal), never pickles. Writing a new entry for a template removes that
template's entries not written for KEEP_DAYS days, so edits to the templates
do not pile up entries without end, while two installed versions of esmgen
in use at the same time keep one entry each.

The compiled code runs when a deck is rendered, so the cache directory must
be the user's own: one owned by someone else, or writable by group or
others, is not used (docs/security.md).
"""

import hashlib
import marshal
import os
import sys
import tempfile
import time
import types

import jinja2
from jinja2.bccache import Bucket

from esmgen import __version__

FORMAT = b"esmgen compiled template 1\n"
KEEP_DAYS = 30


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


class TemplateCache(jinja2.BytecodeCache):
    """Jinja's bytecode cache interface over files named by content digests."""

    def __init__(self, directory):
        self.directory = directory

    @staticmethod
    def _salt(environment):
        """What besides the template decides its compiled code."""
        options = tuple(getattr(environment, name) for name in (
            "block_start_string", "block_end_string", "variable_start_string",
            "variable_end_string", "comment_start_string", "comment_end_string",
            "line_statement_prefix", "line_comment_prefix", "trim_blocks", "lstrip_blocks",
            "newline_sequence", "keep_trailing_newline", "autoescape", "optimized"))
        return repr((__version__, jinja2.__version__, sys.implementation.cache_tag,
                     sys.version_info[:2], sorted(environment.extensions), options))

    def get_bucket(self, environment, name, filename, source):
        digest = hashlib.sha256("\0".join(
            (self._salt(environment), name, filename or "", source)).encode("utf-8")).hexdigest()
        # The file name starts with the template's name, for pruning (dump_bytecode).
        bucket = Bucket(environment, f"{_slug(name)}-{digest}", digest)
        self.load_bytecode(bucket)
        return bucket

    def _path(self, bucket):
        return os.path.join(self.directory, bucket.key + ".code")

    def _header(self, bucket):
        return FORMAT + bucket.key.encode("ascii") + b"\n"

    def load_bytecode(self, bucket):
        try:
            with open(self._path(bucket), "rb") as handle:
                data = handle.read()
        except OSError:
            return
        header = self._header(bucket)
        if not data.startswith(header):
            return
        try:
            code = marshal.loads(data[len(header):])
        except (EOFError, ValueError, TypeError):
            return
        if isinstance(code, types.CodeType):
            bucket.code = code

    def dump_bytecode(self, bucket):
        """Write the entry under a temporary name and rename it: a reader
        never sees half an entry. Failing to write only loses the saving."""
        try:
            handle, temporary = tempfile.mkstemp(dir=self.directory, prefix=".tmp-")
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(self._header(bucket) + marshal.dumps(bucket.code))
            os.replace(temporary, self._path(bucket))
        except OSError:
            try:
                os.unlink(temporary)
            except OSError:
                pass
            return
        self._prune(bucket)

    def _prune(self, bucket):
        """Remove this template's other entries that are older than KEEP_DAYS."""
        prefix = bucket.key[:-len(bucket.checksum)]
        limit = time.time() - KEEP_DAYS * 86400
        try:
            names = os.listdir(self.directory)
        except OSError:
            return
        for name in names:
            if name.startswith(prefix) and name.endswith(".code") and name != bucket.key + ".code":
                path = os.path.join(self.directory, name)
                try:
                    if os.stat(path).st_mtime < limit:
                        os.unlink(path)
                except OSError:
                    pass


def _slug(name):
    """A template name as part of a file name: racf/macros.j2 -> racf-macros.j2."""
    return "".join(c if (c.isascii() and c.isalnum()) or c in "._" else "-" for c in name)


def template_cache():
    """The cache to give Jinja, or None to compile in memory."""
    directory = cache_dir()
    return TemplateCache(directory) if usable_dir(directory) else None
