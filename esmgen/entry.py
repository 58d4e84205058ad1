"""The process of one `esmgen` command, from start to exit (the console
script and `python -m esmgen` start here; esmgen.cli defines the commands).

It owns how that process uses Python's cyclic garbage collector. Importing
esmgen and its dependencies creates tens of thousands of objects that live
until the process ends; left to itself, the collector walks all of them
several times while they are imported and once more at exit, which costs
about a sixth of a small run (docs/performance.md, "Start-up"). So the
collector is paused while esmgen is imported, and what the imports created
is then frozen (gc.freeze): later collections, the one at exit included,
leave it alone. The collector runs as usual on everything the command
itself creates; esmgen.api pauses it while it builds a big spec's objects.
"""

import gc


def main():
    enabled = gc.isenabled()
    gc.disable()
    try:
        from esmgen.cli import run
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
    run()
