"""Listings in, state out: what an ESM's verify-deck listing proves, as a simulator State.

One module per ESM (esmgen.esms names it: `Esm.listing_state`), each with

    read_listing(text, label) -> (State, ListingReport)

text is the SYSTSPRT of the ESM's verify deck (esmgen.listing.check splits it
into command blocks), label names it in messages. The State
(esmgen.simulator.state) holds only the objects the listing shows; an object
the ESM answered "not found" for is absent. `esmgen.simulator.engine.state_facts`
then gives the facts the listing proves, for audit, plan and dry-run.

Never fatal: a block of a command the module does not read is counted in
`ListingReport.unknown`, a block whose output does not match its documented
format is a problem with its listing line. Only text that is no batch TSO
listing at all is refused (esmgen.listing.check.ListingError, an EsmgenError).

Nothing here imports the renderer (esmgen.renderer): a listing is judged by
what the vendor documents, not by what esmgen's decks ask for.
"""

from dataclasses import dataclass, field

MAX_PROBLEMS = 1000          # problems kept with their text; the rest are only counted


@dataclass
class ListingReport:
    """What reading a listing found: command blocks read per verb, objects the
    ESM said are absent, blocks not read per verb, problems and notes as
    (listing line, text)."""
    label: str
    blocks: int = 0
    counts: dict = field(default_factory=dict)
    absent: int = 0
    unknown: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)
    more_problems: int = 0
    notes: list = field(default_factory=list)

    def problem(self, line, text):
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append((line, text))
        else:
            self.more_problems += 1

    def note(self, line, text):
        if len(self.notes) < MAX_PROBLEMS:
            self.notes.append((line, text))

    def read(self, verb):
        self.counts[verb] = self.counts.get(verb, 0) + 1

    def not_read(self, verb):
        self.unknown[verb] = self.unknown.get(verb, 0) + 1
