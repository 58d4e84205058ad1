"""Listings in, state out: one module per ESM reads the SYSTSPRT listing of
esmgen's own verify deck into the simulator's State for that ESM.

Each module exposes `read_listing(text, label) -> (State, ListingReport)`
(esmgen.listing.state.report).
"""
