"""Writing output files: a reader sees the old file or the whole new one.

The new content is written to an anonymous file in the target's directory
(Linux O_TMPFILE: it has no name, so nothing is left behind if esmgen is
killed, even by SIGKILL), then given a temporary name and renamed over the
target. Where O_TMPFILE is not available a named temporary file is used;
SIGTERM during the write removes it. Files that hold secrets are created
with mode 0600; other new files get the usual mode (0666 less the umask);
an existing file keeps its mode. A symbolic link is written through (its
target is replaced); anything but a regular file is refused. shown_name is
how any output names a file it read or wrote.
"""

import os
import re
import signal
import stat
import tempfile
from contextlib import contextmanager

from esmgen.errors import EsmgenError


class OutputError(EsmgenError):
    """An output file that cannot or must not be written."""


def shown_name(path):
    """A file's name as decks, purposes and reports show it: its base name in
    printable ASCII (a file name can hold any byte; a line break would start
    a new line of the output)."""
    return re.sub(r"[^\x20-\x7e]", "?", os.path.basename(path))


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def target_of(path):
    """The file that writing `path` replaces: a symlink's target, checked to be a regular file."""
    real = os.path.realpath(path)
    try:
        info = os.stat(real)
    except FileNotFoundError:
        if not os.path.isdir(os.path.dirname(real) or "."):
            raise OutputError(f"{path}: cannot write: the directory"
                              f" {os.path.dirname(path) or '.'} does not exist") from None
        return real, None
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"{path}: not a regular file; esmgen writes only regular files")
    return real, info


def refuse_inputs(path, inputs):
    """OutputError when path is one of the input files (esmgen never overwrites its input)."""
    for given in inputs:
        if not given or given == "-":
            continue
        try:
            same = os.path.samefile(path, given)
        except OSError:
            continue        # one of them does not exist: not the same file
        if same:
            raise OutputError(f"{path}: this is an input file ({given}); write the output elsewhere")


@contextmanager
def _cleanup_on_sigterm(names):
    """Remove the named temporary files if SIGTERM arrives, then die of it."""
    def handler(signum, frame):
        for name in names:
            try:
                os.unlink(name)
            except OSError:
                pass
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:          # not the main thread: no handler can be set
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def write_atomic(path, data, secret=False):
    """Write bytes (or ASCII text) to path atomically; see the module docstring."""
    if isinstance(data, str):
        data = data.encode("ascii")
    real, info = target_of(path)
    mode = 0o600 if secret else (stat.S_IMODE(info.st_mode) if info else 0o666 & ~_umask())
    directory = os.path.dirname(real)
    names = []
    try:
        with _cleanup_on_sigterm(names):
            if not _write_anonymous(directory, data, mode, names):
                fd, name = tempfile.mkstemp(dir=directory, prefix=".esmgen-", suffix=".tmp")
                names.append(name)
                _fill(fd, data, mode)
            os.replace(names[0], real)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    finally:
        for name in names:
            if os.path.lexists(name):
                os.unlink(name)


def _fill(fd, data, mode):
    """Write data to fd with its final mode, flushed to disk; closes fd."""
    with os.fdopen(fd, "wb") as out:
        os.fchmod(out.fileno(), mode)
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _write_anonymous(directory, data, mode, names):
    """Write data to an unnamed file, then name it (appended to names); False if unsupported."""
    fd = _anonymous(directory)
    if fd is None:
        return False
    try:
        os.fchmod(fd, mode)
        with os.fdopen(os.dup(fd), "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        name = _named(fd, directory)
    except OSError:
        return False            # e.g. no /proc: fall back to a named temporary file
    finally:
        os.close(fd)
    names.append(name)
    return True


def _anonymous(directory):
    """An unnamed file in directory (O_TMPFILE), or None where that is not supported."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None:
        return None
    try:
        return os.open(directory, flag | os.O_WRONLY, 0o600)
    except OSError:
        return None


def _named(fd, directory):
    """Give an anonymous file a temporary name in directory, for the rename."""
    for _ in range(100):
        name = os.path.join(directory, f".esmgen-{os.urandom(6).hex()}.tmp")
        try:
            os.link(f"/proc/self/fd/{fd}", name, follow_symlinks=True)
            return name
        except FileExistsError:
            continue
    raise OSError("cannot name a temporary file")
