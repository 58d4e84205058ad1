"""The renderer side: spec in, decks out.

spec (a YAML spec and its variables -> the ESM-neutral model), plan (the
model -> ordered steps), render (steps -> each ESM's template macros, one
backend per ESM in backends/), format (the one record formatter), jcl (the
job around the records); deckset, diff, explain and attls are the other
views of a model. Nothing here imports esmgen.simulator or esmgen.listing.
"""
