"""Pause the cyclic garbage collector around work that builds many small objects.

Reading a big deck or listing allocates hundreds of thousands of short-lived
objects and no reference cycles of note. The collector's full passes walk
every live object, and live objects grow with the input, so leaving it on
makes the time grow faster than the input (measured in docs/performance.md).
Memory in cycles is collected once the collector is back on.
"""

import gc
from contextlib import contextmanager


@contextmanager
def paused_gc():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
