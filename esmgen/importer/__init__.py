"""esmgen import: from what an ESM holds to a spec, and what a conversion changes.

This side reads a database unload (through the simulator's reader: the same
State that audit and plan use) and writes a spec document plus a translation
report. It owns: the scope of an import (scope.py); turning State into spec
items (build.py walks the state and files items into components;
identities.py, profiles.py and pki.py make them; context.py is what they
share); the spec's YAML text (yamltext.py); and the rules by which RACF
definitions carry to the other ESMs, each with its vendor source
(translation.py, one module per ESM in targets/, report.py).

It never renders: the command checks the spec it writes with the renderer,
like any spec (esmgen/commands/importer.py). The renderer never imports it.
"""
