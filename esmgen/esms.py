"""The registry of ESMs: the one list every part of esmgen reads.

Each entry names the ESM and where each side keeps its knowledge of it:
the renderer's backend module and template folder (spec in, decks out),
the simulator's module (decks in, state out) and the listing checker's
message table (listings in, verdicts out), and the module that reads a
verify-deck listing into a simulator state (esmgen.listing.state: listings
in, state out; it may not exist yet for every ESM), and what an import from
RACF means for it (esmgen.importer.targets: unload in, spec out). Adding an ESM is one entry here
plus one module or folder per side, each written to that side's interface
(esmgen.renderer.backends.BackendModule, esmgen.simulator.EsmSimulator).

The module paths are written out in full, never built from the name, and
imported only by the side that uses them: the simulator never imports the
renderer, and a command imports only what it runs.
"""

from typing import NamedTuple


class Esm(NamedTuple):
    name: str          # --esm value, spec and table key (`esm_tables: racf:`), template folder
    title: str         # how decks and reports name it
    product: str       # zowe.yaml `zowe.setup.security.product` value, the three-ESM job's DD name
    backend: str       # renderer module (esmgen.renderer.backends.BackendModule)
    simulator: str     # simulator module (esmgen.simulator.EsmSimulator)
    messages: str      # the listing checker's message table, in esmgen/listing/messages/
    listing_state: str  # reads a verify-deck listing into a State (esmgen.listing.state)
    unload: object = None  # module that reads its database unload into a State (None: none read)
    translation: str = ""  # what an import from RACF means for it (esmgen.importer.targets)


REGISTRY = (
    Esm("racf", "RACF", "RACF", "esmgen.renderer.backends.racf", "esmgen.simulator.racf", "racf.yaml",
        "esmgen.listing.state.racf", "esmgen.simulator.racf.unload", "esmgen.importer.targets.racf"),
    Esm("acf2", "CA ACF2", "ACF2", "esmgen.renderer.backends.acf2", "esmgen.simulator.acf2", "acf2.yaml",
        "esmgen.listing.state.acf2", translation="esmgen.importer.targets.acf2"),
    Esm("tss", "CA Top Secret", "TSS", "esmgen.renderer.backends.tss", "esmgen.simulator.tss", "tss.yaml",
        "esmgen.listing.state.tss", translation="esmgen.importer.targets.tss"),
)

BY_NAME = {esm.name: esm for esm in REGISTRY}
NAMES = tuple(BY_NAME)                          # ("racf", "acf2", "tss")
BY_PRODUCT = {esm.product: esm for esm in REGISTRY}


def named(name):
    """The entry for an ESM name (any case); KeyError names the choices."""
    try:
        return BY_NAME[name.lower()]
    except KeyError:
        raise KeyError(f"unknown ESM {name!r}: choose {', '.join(NAMES)}") from None
