"""Writing output files so a reader sees the old file or the whole new one."""

import os
import tempfile


def write_atomic(path, data):
    """Write bytes (or ASCII text) to a temporary file beside path, then rename."""
    if isinstance(data, str):
        data = data.encode("ascii")
    directory = os.path.dirname(os.path.abspath(path))
    handle, temp = tempfile.mkstemp(dir=directory, prefix=".esmgen-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
